"""Where a headline says more than its backing, beyond the backing's cues — rules the headline
check (:mod:`newsprobe.claims.headline`) and :mod:`newsprobe.claims.stance` apply:

- **a party speaking in its own interest about this very claim** (:func:`own_interest`): a
  speaker who is not independent (a ministry, mayor, company, union, school head — anyone but an
  expert or a court) claiming an effect, a success, a cause or a superlative ("Das Programm
  wirkt", "had cut air pollution dramatically", "the fastest-selling launch in our history",
  "Unsere Kontrollen retten Leben").  Such a claim is the speaker's own assessment: a headline
  that states it as fact drops who makes it.  A speaker's word on plain facts (what happened,
  what it decided) stays strong;
- **a politician's word in reported speech** (:func:`politician_says`): "Finanzsenator Kramer
  sagte, Bremen halte damit die Schuldenbremse ein" — a party in politics vouches for its own
  cause; a count it reports ("hätten sich 1,2 Millionen impfen lassen") is its office's data;
- **a plan with a later target** (:func:`later_target`): "will bis 2028 verzichten", "plans to
  apply next year" — a headline in the present with no date of its own ("Alpenfrisch verzichtet
  auf Plastikbecher") reports the plan as done;
- **a ceiling stated as the figure** (:func:`capped`): "will bis zu 1.500 Stellen abbauen",
  "a tax of up to 4 euros" under "streicht 1.500 Stellen", "4 euros a night" (round 10);
- **a part stated as the whole** (:func:`partial`): the backing says "teilweise", "in Teilen",
  "part of", "some", the headline drops it, or says "alle", "ganz", "all", "across".
"""

from __future__ import annotations

import re
from itertools import pairwise

from newsprobe.claims.numbers import quantities
from newsprobe.claims.similarity import fold
from newsprobe.model import Analysis, Claim, Cue, SourceType, Span, Token

#: Beginnings of words that claim an effect, a success, a cause or a rank (folded).
_EFFECT_DE = (
    "erfolg",
    "wirkt",
    "wirken",
    "wirksam",
    "wirkungslos",
    "rettet",
    "retten",
    "schutzt",
    "schutzen",
    "gesteigert",
    "steigert",
    "verbessert",
    "bewahrt",
    "beste",
    "besten",
    "historisch",
    "vollstandig",
    "gefahrlich",
    "gescheitert",
    "scheitert",
    "spurbar",
    "dramatisch",
    "zuruckzufuhren",
    "zuruckgefuhrt",
    "verdank",
    "vertreib",
    "vertrieb",
    "verantwortlich",
)
_EFFECT_EN = (
    "success",
    "effective",
    "works",
    "worked",
    "saves",
    "saved",
    "protects",
    "protected",
    "improves",
    "improved",
    "boost",
    "best",
    "fastest",
    "biggest",
    "historic",
    "dramatic",
    "failed",
    "fails",
    "on track",
    "thanks to",
    "credit",
    "driven",
    "drove",
    "drive away",
    "transform",
    "unaffordable",
    "safer",
)
#: Beginnings of words of a goal met or a state improved ("werde seine Jahresziele erreichen",
#: "halte die Schuldenbremse ein", "slowed cognitive decline"): a party's success in its own
#: words — counted only where the headline states that success too (a trial's size in the
#: same sentence is a plain fact).
_SUCCESS = (
    "erreich", "einhalt", "eingehalten", "besser", "gelung", "gelingt", "robust", "achiev",
    "better", "slowed", "slows", "robust",
)  # fmt: skip
#: Beginnings of words that judge safety, lawfulness, truth, fairness or means — a party's
#: verdict on its own case ("Kundendaten seien nicht in Gefahr gewesen", "its contracts
#: complied with EU law", "false and misleading") as much as an effect is (folded).
_VERDICT_DE = (
    "gefahr",
    "rechtmass",
    "rechtswidrig",
    "verfassungswidrig",
    "unzulassig",
    "unbegrundet",
    "haltlos",
    "irrefuhr",
    "einzelfall",
    "einzelfallen",
    "ausschliesslich",
    "finanzierbar",
    "unbezahlbar",
    "ungerecht",
)
_VERDICT_EN = (
    "complie",
    "comply",
    "lawful",
    "unlawful",
    "illegal",
    "misleading",
    "baseless",
    "unfounded",
    "isolated",
    "solely",
    "unfair",
)
_VERDICT = _VERDICT_DE + _VERDICT_EN
#: Whole words of the same (as beginnings they would catch other words: "sicherheit").
_VERDICT_WORDS = frozenset(
    {"sicher", "falsch", "unfair", "false", "cannot", "safe", "unsafe", "zu spat", "too late"}
)
#: Source types whose assessment counts as independent.
_INDEPENDENT = frozenset({SourceType.EXPERT, SourceType.DOCUMENT, SourceType.UNRESOLVED})
#: Speakers' words that name them independent (where no source was typed).
_INDEPENDENT_WORDS = (
    "forscher",
    "wissenschaft",
    "experte",
    "expertin",
    "gericht",
    "statistisch",
    "research",
    "scientist",
    "expert",
    "court",
    "study",
    "studie",
    "statistic",
)


def _folded(toks: list[Token]) -> list[str]:
    return [fold(t.text) for t in toks]


#: Whole words of the same (their stems would catch other words: "protection").
_EFFECT_WORDS = frozenset({"protect", "work", "improve", "save"})


def effect_words(toks: list[Token], *, verdicts: bool = True) -> list[int]:
    """Positions of the words that claim an effect, a success, a cause or a rank, or (with
    ``verdicts``) judge safety, lawfulness, truth, fairness or means."""
    words = _folded(toks)
    found = []
    for k, w in enumerate(words):
        pair = f"{w} {words[k + 1]}" if k + 1 < len(words) else w
        effect = w.startswith(_EFFECT_DE + _EFFECT_EN) or w in _EFFECT_WORDS or pair in _EFFECT_EN
        verdict = verdicts and (
            w.startswith(_VERDICT) or w in _VERDICT_WORDS or pair in _VERDICT_WORDS
        )
        if effect or verdict:
            found.append(k)
    return found


#: Words by which a speaker speaks of itself (folded).
_SELF = frozenset(
    {"es", "wir", "uns", "unser", "unsere", "unseren", "it", "its", "we", "our", "us"}
)


def own_interest(
    analysis: Analysis,
    claim: Claim,
    sources: list,
    speakers: list[str],
    toks: list[Token],
    focus: frozenset[str] = frozenset(),
) -> list[int] | None:
    """The positions of the effect words of an attributed claim whose speaker is no
    independent source (None: it is no such claim)."""
    names = " ".join([*speakers, *(s.name for s in sources)])
    if not names:  # "Verkehrsminister X sagte, …" with no speaker resolved: who speaks opens it
        cue = next((c for c in claim.cues if c.type in ("speech_verb", "attribution")), None)
        if cue is None:
            return None
        names = " ".join(t.text for t in toks if t.end <= cue.start)
    if any(s.type in _INDEPENDENT for s in sources):
        return None
    if any(w in fold(names) for w in _INDEPENDENT_WORDS):
        return None
    said = [
        (p.start, p.end)
        for a in claim.attributions
        if 0 <= a < len(analysis.attributions)
        for p in analysis.attributions[a].speakers
    ]
    said += [(c.start, c.end) for c in claim.cues]
    said += [(m.start, m.end) for s in sources for m in s.mentions]
    # an authority's finding on lawfulness ("fined for illegally discharging sewage, the
    # Environment Agency said") is its office, not its own cause: only its effects count
    # — unless it speaks of itself ("es habe ausschließlich militärische Ziele angegriffen")
    official = (
        bool(sources)
        and all(s.type is SourceType.OFFICIAL for s in sources)
        and not any(fold(t.text) in _SELF for t in toks)
    )
    success = [
        k
        for k, t in enumerate(toks)
        if fold(t.text).startswith(_SUCCESS) and fold(t.lemma or t.text)[:5] in focus
    ]
    spoken = [
        k
        for k in sorted({*effect_words(toks, verdicts=not official), *success})
        if not any(s <= toks[k].start and toks[k].end <= e for s, e in said)
    ]
    return spoken or None


def politician_says(
    analysis: Analysis, claim: Claim, sources: list, toks: list[Token]
) -> list[int] | None:
    """The position of the reported-speech verb of a claim only politicians make, in
    Konjunktiv or after a verb of saying, or only people of no independent office make, in
    Konjunktiv (None: the claim is not such; see the module doc)."""
    if not sources or any(s.type not in _PARTIES for s in sources):
        return None
    if any(t.kind == "number" for t in toks):
        return None  # a count the office keeps
    reported = [k for k, t in enumerate(toks) if t.mood in ("subj1", "subj2")]
    if any(s.type is not SourceType.POLITICIAN for s in sources):
        # a person of no office ("sagte er" of a coach, a lobbyist): the Konjunktiv alone
        people = {e for e in (s.entity for s in sources) if e is not None}
        if not reported or not people or not all(_person(analysis, e) for e in people):
            return None
        return reported[:1]
    reported = reported or [
        k
        for k, t in enumerate(toks)
        if any(c.type == "speech_verb" and c.start <= t.start < c.end for c in claim.cues)
    ]
    return reported[:1] or None


#: Source types whose word on a contested claim is a party's.
_PARTIES = frozenset({SourceType.POLITICIAN, SourceType.OTHER})


def _person(analysis: Analysis, entity: int) -> bool:
    return any(m.entity == entity and m.type.value == "PER" for m in analysis.mentions)


# -- a plan with a later target -----------------------------------------------------------
_YEAR = re.compile(r"^(19|20)\d\d$")
#: Words before a year that make it a target ("bis 2028", "from 2040").
_TARGET_PREPS = frozenset({"bis", "ab", "von", "by", "from", "until", "in", "im", "zum", "ende"})
#: Phrases of a later time (folded words, in order).
_LATER = (
    ("next", "year"),
    ("next", "spring"),
    ("next", "summer"),
    ("next", "autumn"),
    ("next", "month"),
    ("in", "the", "spring"),
    ("in", "the", "summer"),
    ("in", "the", "autumn"),
    ("in", "the", "fall"),
    ("kommenden", "jahr"),
    ("nachsten", "jahr"),
    ("kommendes", "jahr"),
    ("nachstes", "jahr"),
    ("im", "fruhjahr"),
    ("im", "sommer"),
    ("im", "herbst"),
)


def later_target(toks: list[Token]) -> int | None:
    """Where a later target of a plan stands ("bis 2028", "next year", "im Sommer")."""
    words = _folded(toks)
    for k, w in enumerate(words):
        if _YEAR.match(w) and k > 0 and words[k - 1] in _TARGET_PREPS:
            return k
        if _YEAR.match(w) and k + 1 < len(toks) and _infinitive(toks[k + 1]):
            return k  # "das Kraftwerk 2027 stillzulegen"
        for phrase in _LATER:
            if tuple(words[k : k + len(phrase)]) == phrase:
                return k
        if _later_time(words, k):
            return k
    return None


#: Nouns of a time a plan may target ("zum Jahreswechsel", "ab dem nächsten Schuljahr").
_TIME_NOUNS = frozenset(
    {"jahreswechsel", "jahresende", "jahresbeginn", "jahresanfang", "schuljahr", "semester",
     "wintersemester", "sommersemester", "quartal", "halbjahr", "monat", "monatsende", "woche",
     "winter", "fruhjahr", "fruhling", "sommer", "herbst", "sommerferien", "fahrplanwechsel",
     "januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september",
     "oktober", "november", "dezember", "year", "month", "week", "quarter", "spring", "summer",
     "autumn", "fall", "january", "february", "march", "june", "july", "october"}
)  # fmt: skip
#: Words before a time noun that set it ahead ("ab", "zum", "bis", "nächsten", "coming").
_AHEAD_OF_TIME = frozenset(
    {"ab", "zum", "bis", "kommenden", "kommendes", "kommende", "nachsten", "nachstes",
     "nachste", "next", "coming", "until", "by"}
)  # fmt: skip
_ARTICLES = frozenset({"dem", "der", "den", "the", "this"})


def _later_time(words: list[str], k: int) -> bool:
    """Whether a later time starts at ``k``: a word that sets a time ahead, then (past an
    article and "nächsten") a time noun ("zum Jahreswechsel", "ab dem nächsten Schuljahr",
    "until next spring")."""
    if words[k] not in _AHEAD_OF_TIME:
        return False
    j = k + 1
    while j < len(words) and (words[j] in _ARTICLES or words[j] in _AHEAD_OF_TIME):
        j += 1
    return j < len(words) and words[j] in _TIME_NOUNS


def _infinitive(tok: Token) -> bool:
    """A German verb not in the past participle (an infinitive, with "zu" inside or not:
    "stillzulegen", "schließen"; the tagger may call a zu-infinitive finite)."""
    return tok.pos is not None and tok.pos.startswith("V") and tok.pos != "VVPP"


#: Words of a headline that say the act has begun ("seit Februar", "bereits", "already").
_BEGUN = frozenset({"seit", "seitdem", "bereits", "schon", "since", "already"})


#: Words of a backing that set its plan ahead ("ab dem 1. Februar sollen", "from March").
_AHEAD = frozenset(
    {"ab", "from", "starting", "kunftig", "soll", "sollen", "will", "wollen", "plant", "plans",
     "planned", "geplant", "intends"}
)  # fmt: skip


def ahead(toks: list[Token]) -> bool:
    """Whether a backing sets its plan ahead (a start date, a modal of intent, a plan verb):
    a decision already in force ("die beschlossene Maskenpflicht gilt seit Montag") is not."""
    return any(w in _AHEAD for w in _folded(toks))


def begun(toks: list[Token]) -> bool:
    """Whether a headline clause says its act has begun or is done ("zahlen seit Februar
    weniger", "already pays")."""
    return any(w in _BEGUN for w in _folded(toks))


_FUTURE = frozenset({"wird", "werden", "will", "soll", "sollen", "to", "plant", "plans", "would"})


def dated(toks: list[Token]) -> bool:
    """Whether a headline clause carries a date, a year or a future of its own."""
    words = _folded(toks)
    return any(_YEAR.match(w) or w in _FUTURE for w in words) or later_target(toks) is not None


# -- a part stated as the whole -------------------------------------------------------------
#: Adverbs that limit the predicate to a part ("teilweise abgeschlossen", "partly closed").
_PARTIAL = (
    ("teilweise",),
    ("grosstenteils",),
    ("partly",),
    ("partially",),
)
#: A part named as such or a few: they count where the headline says "all", "ganz".
_SOME = (
    ("in", "teilen"),
    ("teil", "der"),
    ("teil", "des"),
    ("teile", "der"),
    ("teile", "des"),
    ("part", "of"),
    ("parts", "of"),
    ("einige",),
    ("einzelne",),
    ("some",),
    ("mehrere",),
    ("several",),
)
#: Words that claim the whole.
_WHOLE = frozenset(
    {
        "alle",
        "allen",
        "aller",
        "ganz",
        "ganze",
        "ganzen",
        "komplett",
        "vollstandig",
        "gesamte",
        "gesamten",
        "samtliche",
        "all",
        "entire",
        "entirely",
        "whole",
        "every",
        "fully",
        "completely",
        "across",
    }
)


#: Adverbs that stop short of the whole ("fast allen Hauptstraßen", "almost all schools"):
#: they count before a word of the whole, where the headline says "all" without them.
_NEARLY = frozenset({"fast", "nahezu", "beinahe", "annahernd", "almost", "nearly", "virtually"})
#: Most, not all ("die meisten", "most of the", "the majority of").
_MOST = (
    ("die", "meisten"),
    ("den", "meisten"),
    ("der", "meisten"),
    ("mehrheit", "der"),
    ("most", "of"),
    ("majority", "of"),
)
#: The limits a backing sets that count only where the headline claims the whole.
_LIMITED = (*_SOME, *((n, w) for n in sorted(_NEARLY) for w in sorted(_WHOLE)), *_MOST)


def _find(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> list[int]:
    return [k for k in range(len(words)) for p in phrases if tuple(words[k : k + len(p)]) == p]


#: Words between the two figures of a part of a whole ("31 der 48", "9 of the 12").
_OF = frozenset({"der", "von", "of", "out"})


def _fractions(toks: list[Token]) -> list[int]:
    """The positions of parts of a whole told by two figures ("31 der 48 Grundschulen", "nine
    out of the 12 schools"), where the part is less than the whole."""
    language = "de" if any(t.pos for t in toks) else "en"
    found = quantities(toks, language)
    out = []
    for a, b in pairwise(found):
        between = [fold(t.text) for t in toks[a.last + 1 : b.first]]
        if (
            between
            and len(between) <= 3
            and between[0] in _OF
            and not a.percent
            and not b.percent
            and 0 < a.value < b.value
        ):
            out.append(a.first)
    return out


def partial(
    analysis: Analysis, headline: list[Token], backing: list[tuple[Claim, list[Token]]]
) -> list[Cue] | None:
    """The cues of a backing that limits to a part what the headline states whole (None:
    the headline keeps the limit, or no backing has one)."""
    said = _folded(headline)
    if _find(said, _PARTIAL + _SOME) or any(w in _NEARLY for w in said):
        return None
    whole = any(w in _WHOLE for w in said)
    cues: list[Cue] = []
    for _, toks in backing:
        words = _folded(toks)
        found = _find(words, _PARTIAL + (_LIMITED if whole else ()))
        found += _fractions(toks) if whole else []
        if not found:
            return None  # an equally good backing states it without limit
        for k in found:
            cues.append(Cue.of(analysis.text, toks[k].start, toks[k].end, type="partial"))
    return cues or None


def capped(
    analysis: Analysis, headline: list[Token], backing: list[tuple[Claim, list[Token]]]
) -> list[Cue] | None:
    """The cues of backing that gives the headline's exact figure only as a ceiling ("bis zu
    1.500", "up to 4 euros"; None: the headline keeps the ceiling, or a backing states the
    figure itself)."""
    language = analysis.meta.language or "en"
    wanted = [q for q in quantities(headline, language) if q.low == q.high]
    if not wanted:
        return None
    cues: list[Cue] = []
    for _, toks in backing:
        found = quantities(toks, language)
        for w in wanted:
            same = [q for q in found if q.percent == w.percent and q.value == w.value]
            if any(q.low == q.high for q in same):
                return None  # the backing states the figure itself
            for q in same:
                if q.high == q.value and q.low < q.value / 2:  # a ceiling: from 0 up to it
                    first, last = toks[q.first], toks[q.last]
                    cues.append(Cue.of(analysis.text, first.start, last.end, type="partial"))
    return cues or None


# -- a single case stated as a rule ---------------------------------------------------------
#: Determiners of a single case ("eine Schule", "a school", "one incident").
_SINGLE = frozenset(
    {"ein", "eine", "einem", "einer", "einen", "eines", "a", "an", "one", "single", "einzigen"}
)


def _plural(tok: Token, language: str) -> bool:
    """Whether a noun stands in the plural (by its form against its lemma)."""
    if tok.pos is not None and not tok.pos.startswith(("NN", "NOUN")):
        return False
    text, lemma = fold(tok.text), fold(tok.lemma or tok.text)
    if text == lemma or not text.startswith(lemma[:-1]):
        return False
    if language == "de":
        return text.endswith(("e", "en", "er", "n")) and not text.endswith(lemma + "s")
    return text.endswith("s")


def generalised(
    analysis: Analysis, headline: list[Token], backing: list[tuple[Claim, list[Token]]]
) -> list[Cue] | None:
    """The cues of a backing that names a single case ("Eine Schule in Leicester hat …") of
    what the headline states of many ("Leicester schools ban …"): the headline's plural noun
    stands in the backing only after a singular determiner, and nowhere in the text in the
    plural (None: it is no such case)."""
    language = analysis.meta.language or "en"
    if any(any(c.isdigit() for c in t.text) for t in headline):
        return None  # a count, not a rule
    plural = {fold(t.lemma or t.text) for t in headline if len(t.text) > 3 and _plural(t, language)}
    if not plural:
        return None
    cues: list[Cue] = []
    single: set[str] = set()
    for _, toks in backing:
        for k, t in enumerate(toks):
            lemma = fold(t.lemma or t.text)
            after_single = k > 0 and fold(toks[k - 1].text) in _SINGLE
            if lemma in plural and after_single and not _plural(t, language):
                single.add(lemma)
                cues.append(Cue.of(analysis.text, toks[k - 1].start, t.end, type="partial"))
    if not cues:
        return None
    own = {(t.start, t.end) for t in headline}
    for t in analysis.tokens:
        if (t.start, t.end) in own or fold(t.lemma or t.text) not in single:
            continue
        if _plural(t, language):
            return None  # the text speaks of several elsewhere
    return cues


# -- the rules above over a clause and its backing claims -----------------------------------
def later_all(analysis: Analysis, span: Span, claims: list[Claim]) -> bool:
    """Whether every backing plan sets a later target and the clause has no date of its own."""
    if dated(_tokens_in(analysis, span.start, span.end)):
        return False
    return all(later_target(_tokens_in(analysis, c.start, c.end)) is not None for c in claims)


def limited(
    analysis: Analysis, span: Span, claims: list[Claim], fact: bool = False
) -> list[Cue] | None:
    """The cues of backing that holds only for a part of what the clause states whole, for a
    single case of what it states of many, or (``fact``: a clause that states the act, not a
    plan) gives its figure only as a ceiling."""
    backing = [(c, _tokens_in(analysis, c.start, c.end)) for c in claims]
    headline = _tokens_in(analysis, span.start, span.end)
    return (
        partial(analysis, headline, backing)
        or generalised(analysis, headline, backing)
        or (capped(analysis, headline, backing) if fact else None)
    )


def _tokens_in(analysis: Analysis, start: int, end: int) -> list[Token]:
    return [t for t in analysis.tokens if t.start >= start and t.end <= end]
