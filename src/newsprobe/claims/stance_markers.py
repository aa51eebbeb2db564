"""Words that mark how sure a claim is beyond :mod:`newsprobe.claims.stance`'s word lists —
rules that need a word's neighbours (round 9 of the headline check):

- **an intention's "to"** (:func:`intends_to`): "expects to deliver", "agreed to pay" — not
  "safe to drink", "found to be safe";
- **a prediction, not a decision** (``FUTURE``): "werde", "would" in reported speech;
- **a plan noun the headline names** (``PLAN_NOUNS``): the backing's topic, not its plan;
- **a supposition** (:func:`believed`): "Detectives believe …", "Die Ermittler gehen davon aus";
- **a forecast verb apart from its preposition** (:func:`separated_forecast`): "rechnen für
  das kommende Jahr mit …";
- **a speech act the lexicon lacks** (:func:`speech_acts`): a vow, a doubt, "macht …
  verantwortlich";
- **a cue in a relative clause** (:func:`in_relative`): "Der Mann, der … haben soll, wurde
  festgenommen" — its reserve stays in that clause;
- **a verb of calling that judges nothing** (:func:`judging`): "a strike called by the union",
  "called for talks", "called off";
- **a changed risk** (``CHANGE``, ``RISK_NOUN``): "Sauna cuts hypertension risk" states a
  change, it leaves nothing open;
- **a "to" of a result or a goal, not of a plan** (:func:`result_to`): "stabbed teenager to
  death", "jailed to 2030", "rises to 3 percent" (round 10);
- **a role noun as a compound's head** (:func:`role_noun`): "Landesgeschäftsführerin",
  "Bezirksleiter" speak for an organisation (round 10);
- **a risk verb in the body** (:func:`threats`): "drohen ihm zehn Jahre Haft", "threatens the
  colonies" leave undone what they threaten, unlike a threat someone makes ("droht mit
  Streik") (round 11);
- **a cause named as someone's reading** (:func:`causal`): "führte den Rückgang auf … zurück",
  "attributed the fall to …" (round 11).
"""

from __future__ import annotations

import re
from typing import Protocol

from newsprobe.claims.similarity import fold
from newsprobe.model import Cue, Token


class _List(Protocol):
    def word(self, form: str) -> bool: ...

    def find(self, forms: list[tuple[str, ...]]) -> list[int]: ...


class _Phrases(Protocol):
    phrases: list[tuple[str, ...]]


class StanceWords(Protocol):
    """The lists of :class:`newsprobe.claims.stance.StanceWords` these rules read."""

    @property
    def belief(self) -> _List: ...

    @property
    def belief_faith(self) -> _List: ...

    @property
    def belief_split(self) -> _Phrases: ...

    @property
    def speech_acts(self) -> _List: ...

    @property
    def relative(self) -> _List: ...


#: Words before a "to" that make it an intention ("expects to deliver", "agreed to pay",
#: "is to close"), not an adjective's or a participle's ("safe to drink", "found to be").
INTEND_TO = frozenset(
    {"expect", "expects", "expected", "aim", "aims", "aimed", "hope", "hopes", "hoped", "want",
     "wants", "wanted", "agree", "agrees", "agreed", "seek", "seeks", "sought", "promise",
     "promises", "promised", "pledge", "pledges", "pledged", "vow", "vows", "vowed", "going",
     "due", "is", "are", "was", "were", "intend", "intends", "intended", "plan", "plans",
     "planned", "decide", "decides", "decided", "set", "prepared", "ready", "offered", "offers"}
)  # fmt: skip
#: The future auxiliaries of reported speech ("werde", "would"): a prediction, not a decision.
FUTURE = frozenset({"werden", "would"})
#: Plan nouns (folded): a backing's topic where the headline names it too.
PLAN_NOUNS = frozenset({"plan", "plans", "plane", "planen", "vorhaben"})
#: Beginnings of verbs that change an amount (folded): a risk they change is stated.
CHANGE = (
    "cut", "lower", "reduc", "raise", "increas", "rise", "rising", "double", "halve", "senk",
    "erhoh", "steig", "sink", "verringer", "verdoppel", "minder", "halbier", "reduzier",
)  # fmt: skip
#: Risk nouns (folded, also as compound heads: "Demenzrisiko").
RISK_NOUN = re.compile(r"(risk|risiko|risiken|gefahr|danger|threat)s?$")
#: A forecast verb whose preposition stands apart from it ("rechnen für das kommende Jahr mit
#: einem Wachstum"; the contiguous "rechnen mit" is in ``forecast``): verb forms, the
#: prepositions that complete them, and how far apart they may stand.
_SEPARATED_FORECAST = (
    frozenset({"rechnen", "rechnet", "rechnete", "rechneten"}),
    frozenset({"mit", "damit"}),
    8,
)
#: The parts of speech that close a judgement with "halten … für" (STTS: adjective, noun).
_DEEMED_AS = frozenset({"ADJD", "ADJA", "NN"})
#: How far a separable verb's particle may stand from the verb (``split_belief``).
_SPLIT_REACH = 12
#: The parts of speech of nouns (STTS): a speech-act word tagged so is its noun.
_NOUN_TAGS = frozenset({"NN", "NE"})
#: Verb forms that take "verantwortlich" as a blame ("macht … verantwortlich").
_BLAME = frozenset({"macht", "machen", "machte", "machten"})


#: Particles after "call" that make it no judgement ("called by", "called for", "called off").
_NOT_JUDGING_AFTER = frozenset({"by", "for", "on", "off", "up", "in"})
_CALL = frozenset({"call", "calls", "called", "calling"})


def judging(toks: list[Token], found: list[int]) -> list[int]:
    """The positions of ``found`` (judging verbs) less a "call" that organises, demands or
    cancels ("a one-day strike called by the Verdi union", "called for talks")."""
    return [
        k
        for k in found
        if not (
            fold(toks[k].text) in _CALL
            and k + 1 < len(toks)
            and fold(toks[k + 1].text) in _NOT_JUDGING_AFTER
        )
    ]


def intends_to(toks: list[Token], k: int) -> bool:
    """Whether the "to" at ``k`` follows a verb of intention."""
    return k > 0 and toks[k - 1].text.lower() in INTEND_TO


def believed(toks: list[Token], forms: list[tuple[str, ...]], words: StanceWords) -> list[int]:
    """Positions of verbs of belief or supposition (``belief``) that open what the claim
    says: a "that"-clause or report follows them, not a noun they take ("they believe in");
    also a separable one whose particle closes the clause (``belief_split``: "Die Polizei
    geht von Brandstiftung aus")."""
    found = []
    for k in words.belief.find(forms):
        end = k + 1
        while end < len(toks) and 0 not in words.belief.find(forms[k:end]):
            end += 1  # past the whole entry ("nehmen an"), not its own particle
        if end < len(toks) and words.belief_faith.word(fold(toks[end].text)):
            continue  # "glauben an", "believe in": faith, not a supposition
        found.append(k)
    return found[:1] or split_belief(toks, forms, words)


def split_belief(toks: list[Token], forms: list[tuple[str, ...]], words: StanceWords) -> list[int]:
    """Where a separable verb of supposition stands whose particle ends its clause (the
    verb by its lemma, so any inflection: "geht … aus", "gingen … aus"), with one of the
    entry's prepositions between them where it names some."""
    for verb, particle, *preps in (p for p in words.belief_split.phrases if len(p) >= 2):
        for k, alts in enumerate(forms):
            if verb not in alts:
                continue
            for j in range(k + 1, min(k + _SPLIT_REACH, len(toks))):
                word = fold(toks[j].text)
                if word in (",", ";") or (word == "." and j > k + 1):
                    break
                closes = j + 1 == len(toks) or not toks[j + 1].text[:1].isalnum()
                if word == particle and closes:
                    between = {fold(t.text) for t in toks[k + 1 : j]}
                    if not preps or between & set(preps):
                        return [k]
                    break
    return []


def separated_forecast(toks: list[Token]) -> list[int]:
    """Where a forecast verb stands whose preposition follows a few words later."""
    verbs, preps, gap = _SEPARATED_FORECAST
    for k, tok in enumerate(toks):
        if fold(tok.text) in verbs and any(
            fold(t.text) in preps for t in toks[k + 2 : k + 2 + gap] if t.text != ","
        ):
            return [k]
    return []


def speech_acts(toks: list[Token], forms: list[tuple[str, ...]], words: StanceWords) -> list[int]:
    """Positions of ``speech_acts``; "macht … verantwortlich" also with words between."""
    # a noun is no act of speech ("Bahn hat Versprechen gebrochen": the promise is the object)
    found = [k for k in words.speech_acts.find(forms) if toks[k].pos not in _NOUN_TAGS]
    for k, tok in enumerate(toks):
        if fold(tok.text) in _BLAME and any(
            fold(t.text) == "verantwortlich" for t in toks[k + 1 :]
        ):
            found.append(k)
    return sorted(set(found))


def in_relative(
    toks: list[Token], cue: Cue, words: StanceWords, focus: frozenset[str] = frozenset()
) -> bool:
    """Whether ``cue`` stands in a relative clause ("Der Mann, der … haben soll, wurde
    festgenommen"; "A man who allegedly stole …") with the main clause around it — and the
    headline's words (``focus``) lie rather in the main clause than in the relative one."""
    at = next((k for k, t in enumerate(toks) if t.start >= cue.start), None)
    if at is None:
        return False
    for k in range(at - 1, max(-1, at - 12), -1):
        low = fold(toks[k].text)
        if toks[k].text in (".", ";", ":"):
            return False
        if words.relative.word(low) and k > 0:
            before = toks[k - 1]
            german = toks[0].pos is not None
            if german and before.text != ",":
                continue
            if not german and not before.text[:1].isalpha():
                continue
            # the main clause goes on after the relative one (after the cue's last word:
            # "people who walk … may have a lower risk" has its main verb in the cue)
            rest = [t for t in toks[at + 1 :] if t.start >= cue.end]
            if german:
                end = next((j for j, t in enumerate(rest) if t.text == ","), None)
                if end is None or end >= len(rest) - 2:
                    return False
            else:
                aux = {"has", "have", "had", "is", "was", "were", "are", "will"}
                end = next((j for j, t in enumerate(rest[:10]) if fold(t.text) in aux), None)
                if end is None:
                    return False
            # the main clause, less the noun the relative clause hangs on, says something
            # of the headline's ("Man arrested …"), not only the relative clause ("Man stole …")
            main = toks[: k - 2] + rest[end:]
            return not focus or overlap(main, focus) >= 1
        if toks[k].text == ",":
            return False
    return False


def overlap(toks: list[Token], focus: frozenset[str]) -> int:
    return sum(1 for t in toks if fold(t.lemma or t.text)[:5] in focus and len(t.text) > 2)


#: Role nouns of someone who speaks for an organisation (folded), and their use as the head of
#: a compound ("Landesgeschäftsführerin", "Bezirksleiter", "Pressesprecher").
_ROLE_NOUNS = frozenset(
    {"sprecher", "sprecherin", "geschaftsfuhrer", "geschaftsfuhrerin", "chef", "chefin",
     "vorsitzende", "vorsitzender", "spokesman", "spokeswoman", "spokesperson"}
)  # fmt: skip
_ROLE_HEADS = ("sprecher", "sprecherin", "geschaftsfuhrer", "geschaftsfuhrerin", "chef",
               "chefin", "vorsitzende", "vorsitzender", "leiter", "leiterin")  # fmt: skip


def role_noun(word: str) -> bool:
    """Whether ``word`` (folded) names someone who speaks for an organisation, alone or as
    the head of a compound."""
    return word in _ROLE_NOUNS or any(
        word.endswith(noun) and len(word) > len(noun) + 2 for noun in _ROLE_HEADS
    )


#: Words after a "to" that make it a result or a goal ("stabbed to death", "sent to prison").
_RESULTS = frozenset({"death", "prison", "jail", "hospital", "life", "court", "safety"})
#: Determiners after a "to": a noun phrase follows, no infinitive.
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this"})


def result_to(toks: list[Token], k: int) -> bool:
    """Whether the "to" at ``k`` of an untagged English headline leads to a result, a goal or
    an amount ("to death", "to the hospital", "to 3 percent"), after a verb in -ed ("sentenced
    to", "stabbed … to"), not to the infinitive of a plan ("Line to reopen")."""
    if toks[k].text.lower() != "to":
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None:
        return False
    low = nxt.text.lower()
    if low in _RESULTS or low in _DETERMINERS or nxt.kind == "number":
        return True
    return k > 0 and toks[k - 1].text.lower().endswith("ed") and len(toks[k - 1].text) > 4


#: Verbs of risk or threat (folded) in a body claim: what they put at risk has not happened
#: ("Bei einer Verurteilung drohen ihm zehn Jahre Haft", "the spill threatens the colonies").
_THREATS = frozenset(
    {"drohen", "droht", "drohte", "drohten", "gefahrdet", "gefahrden", "gefahrdete",
     "riskieren", "riskiert", "threaten", "threatens", "threatened", "threatening", "endanger",
     "endangers", "endangered"}
)  # fmt: skip
#: Words after such a verb that make it a speech act, a threat someone makes ("droht mit
#: Streik", "droht, … zu", "threatened to resign").
_THREAT_ACTS = frozenset({"mit", "damit", ",", "to"})


def threats(toks: list[Token]) -> list[int]:
    """Positions of risk verbs that leave what they threaten undone (not a threat someone
    makes: "Verdi droht mit Streik")."""
    return [
        k
        for k, tok in enumerate(toks)
        if fold(tok.text) in _THREATS
        and (k + 1 >= len(toks) or toks[k + 1].text.lower() not in _THREAT_ACTS)
    ]


#: Verbs that name a cause as someone's reading (folded): "führte den Rückgang auf … zurück",
#: "attributed the fall to …", "credited the checks"; a separated German verb is its lemma
#: with the particle after it.
_CAUSAL = frozenset(
    {"zuruckfuhren", "zuruckgefuhrt", "zuruckfuhrt", "attribute", "attributes", "attributed",
     "credit", "credits", "credited"}
)  # fmt: skip
_CAUSAL_SPLIT = ("fuhren", "zuruck")


def causal(toks: list[Token]) -> list[int]:
    """Positions of verbs by which someone names a cause (:data:`_CAUSAL`), not a noun."""
    found = []
    for k, tok in enumerate(toks):
        if tok.pos is not None and not tok.pos.startswith("V"):
            continue
        form, lemma = fold(tok.text), fold(tok.lemma or tok.text)
        split = lemma == _CAUSAL_SPLIT[0] and any(
            fold(t.text) == _CAUSAL_SPLIT[1] for t in toks[k:]
        )
        if form in _CAUSAL or lemma in _CAUSAL or split:
            found.append(k)
    return found


def deemed(toks: list[Token]) -> list[int]:
    """Where someone deems something so ("Verbraucherschützer halten die Erhöhung für
    unzulässig"): "halten" by its lemma, then "für" and an adjective or noun that closes the
    clause (not a participle: "hält die Straße für den Verkehr gesperrt")."""
    for k, tok in enumerate(toks):
        if fold(tok.lemma or tok.text) != "halten":
            continue
        for j in range(k + 2, min(k + _SPLIT_REACH, len(toks))):
            if toks[j].text in (",", ";"):
                break
            if fold(toks[j].text) != "fur":
                continue
            end = next((i for i in range(j + 1, len(toks)) if not toks[i].text[:1].isalnum()), None)
            last = toks[(end if end is not None else len(toks)) - 1]
            if end != j + 1 and (last.pos is None or last.pos in _DEEMED_AS):
                return [k]
            break
    return []


def names_cause(toks: list[Token]) -> bool:
    """Whether the tokens hold a verb by which someone names a cause (the headline reports the
    reading itself: "Kallweit führt Rückgang auf Streifen zurück")."""
    return bool(causal(toks))


#: Marks after which a trailing verb of saying names its speaker ("…, the company said").
_SPEAKER_AFTER = frozenset({",", "“", "”", '"', "«", "»"})


def speaker_words(
    toks: list[Token], forms: list[tuple[str, ...]], cue_start: int
) -> list[tuple[str, ...]]:
    """The forms of the words that name who speaks before a verb of saying at ``cue_start``:
    the clause's first four words ("Campaigners said …"), or, after the message ("The chief
    executive … is stepping down, the company said"), the words between the last comma or
    quotation mark and the verb."""
    before = [k for k, t in enumerate(toks) if t.end <= cue_start]
    marks = [k for k in before if toks[k].text in _SPEAKER_AFTER]
    if marks and marks[-1] >= 4:
        return [forms[k] for k in before if k > marks[-1]][:4]
    return [forms[k] for k in before][:4]
