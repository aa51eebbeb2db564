"""Repairs of German tags the tagger gets wrong, applied to the attribution view's tokens
(:func:`newsprobe.attribution.view.build`) before any rule reads them.

* a demonstrative or "beide" standing alone is a pronoun ("Dieser sagte");
* a capitalised adjective after an article with no noun after it is a noun ("Die
  47-Jährige sagte");
* "der/die/das" read as a demonstrative pronoun before its adjective or noun is the article
  ("Das staatliche Fernsehen berichtete");
* a zu-infinitive with "zu" between particle and verb read as an adjective or participle
  is an infinitive with "zu" ("beizumessen");
* a past-tense verb read as an attributive adjective is the finite verb ("Kritiker
  glaubten, …", "Sie bezeichneten die Einigung als …", "…, räumte Anna Berg ein");
* a cue verb's form read as a predicative adjective or an adverb where a verb stands is the
  verb (:func:`_cue_verbs_misread`: "Der Minister erhob Vorwürfe", "Die Opposition verlange
  eine Aufklärung", "…, dass die Regierung verlange,", "bekanntgegeben worden").

Moved out of view.py (the demonstrative, nominalised and past-tense rules as they were).
"""

from __future__ import annotations

import re
from typing import Protocol

from newsprobe.attribution.marks import GERMAN_MARKS
from newsprobe.language.pos import verb_mood


class Tok(Protocol):
    """What the repairs read and set of a view token (:class:`newsprobe.attribution.view.Tok`:
    this module stays below view.py)."""

    i: int
    text: str
    low: str
    tag: str
    stts: str | None
    lemma: str
    mood: str | None
    token_mood: str | None
    zu_inf: bool


def repair_german(toks: list[Tok], cue_verbs: frozenset[str] = frozenset()) -> None:
    """Every repair, in order, over a text's tokens (``cue_verbs``: the lemmas of the cue
    lexicon's verbs, for :func:`_cue_verbs_misread`)."""
    _cue_verbs_misread(toks, cue_verbs)
    _adjectives_read_as_verbs(toks)
    _nominalised(toks)
    _articles_read_as_pronouns(toks)
    _infixed_infinitives(toks)
    _finite_past(toks)
    _demonstrative_pronouns(toks)


#: Demonstratives that stand alone for a person ("Dieser sagte"); "diese" is as often a
#: thing or a plural ("Diese geht davon aus" of a research field).
_DEMONSTRATIVES = frozenset(["dieser", "jener"])
#: "beide" read as a determiner (PIAT) with no noun after it: a plural group that speaks
#: ("Das teilten die beiden mit", "Die beiden erklärten, …").
_STANDALONE_DETERMINERS = {"PDAT": _DEMONSTRATIVES, "PIAT": frozenset(["beide", "beiden"])}


def _demonstrative_pronouns(toks: list[Tok]) -> None:
    """A demonstrative (or "beide") the tagger read as a determiner with no noun after it
    stands alone ("Dieser sagte, …", "erklärte diese", "teilten die beiden mit"): the
    tagger's PDAT/PIAT becomes a pronoun, or a noun after an article ("die beiden", like
    "die Verletzte" in :func:`_nominalised`)."""
    for k, t in enumerate(toks):
        if t.low not in _STANDALONE_DETERMINERS.get(t.stts or "", ()):
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is None or (nxt.i == t.i + 1 and nxt.tag not in _NOUN_LIKE and nxt.tag != "ADV"):
            after_article = k > 0 and toks[k - 1].i == t.i - 1 and toks[k - 1].low in _ARTICLES
            t.tag = "NOUN" if after_article and t.stts == "PIAT" else "PRON"


_ARTICLES = frozenset(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem"])
_AGE_WORD = re.compile(r"^\d+-jährige[rn]?$")


def _nominalised(toks: list[Tok]) -> None:
    """A capitalised adjective after an article with no noun after it is a noun ("Die
    47-Jährige sagte", "der Verletzte erklärte"): the tagger's ADJA becomes NOUN."""
    for k in range(1, len(toks)):
        t = toks[k]
        if t.stts != "ADJA" or toks[k - 1].low not in _ARTICLES:
            continue
        letter = next((c for c in t.text if c.isalpha()), "")
        if not letter.isupper() and not _AGE_WORD.match(t.text):  # "der 81-jährige"
            continue
        if t.i == 0 or toks[k - 1].i != t.i - 1:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.i == t.i + 1 and nxt.tag in _NOUN_LIKE:
            continue
        t.tag = "NOUN"


_NOUN_LIKE = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET"})


def _finite_past(toks: list[Tok]) -> None:
    """A past-tense verb the tagger read as an attributive adjective ("Kritiker glaubten,
    dass …", "Die Ärzte kündigten an, …"): an ADJA in -te/-ten whose lemma is a verb and
    that no noun follows is the clause's finite verb.  So is one an article or a personal
    pronoun follows, which no attributive adjective stands before ("Sie bezeichneten die
    Einigung als …", "Am Montag veröffentlichte das Ministerium …"), and one a name
    follows where no noun phrase is open before it ("…, räumte Anna Berg ein", not "der
    bekannte Peter Müller")."""
    for k, t in enumerate(toks):
        if t.stts != "ADJA" or not t.low.endswith(("te", "ten")):
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.tag in _NOUN_LIKE and not _opens_clause_after(toks, k):
            continue
        lemma = t.lemma
        if lemma.endswith(("en", "ern", "eln")) and lemma != t.low and t.low[:3] == lemma[:3]:
            t.tag = "VFIN"
            t.mood = t.token_mood = "ind"


def _opens_clause_after(toks: list[Tok], k: int) -> bool:
    """After ``toks[k]`` (a verb-like ADJA) stands an article or personal pronoun, or a name
    (a first name the tagger may read as a noun) right after a comma or at the sentence's
    start, where no noun phrase is open (see :func:`_finite_past`)."""
    nxt = toks[k + 1]
    if nxt.i != toks[k].i + 1:
        return False
    if nxt.stts in ("ART", "PPER"):
        return True
    name = nxt.tag == "PROPN" or (
        nxt.stts == "NN" and k + 2 < len(toks) and toks[k + 2].tag == "PROPN"
    )
    if not name:
        return False
    return toks[k].i == 0 or (toks[k - 1].i == toks[k].i - 1 and toks[k - 1].text == ",")


#: Endings of an inflected attributive adjective.
_ADJA_ENDINGS = ("e", "en", "er", "es", "em")
#: Words before an article that make it open its clause ("Das sagen Experten", "und die
#: wollen …"), where a verb may follow a pronoun the tagger read as an article.
_CLAUSE_OPENERS = frozenset(["und", "oder", "aber", "doch", "denn", "sondern"])


def _adjectives_read_as_verbs(toks: list[Tok]) -> None:
    """ "der Präsident der autonomen Region", "die umstrittenen Pläne": a lower-case word
    the tagger read as a verb between an article inside a clause and the noun right after
    it is that noun's attributive adjective (no verb stands there)."""
    for k in range(2, len(toks) - 1):
        t, art, prev, nxt = toks[k], toks[k - 1], toks[k - 2], toks[k + 1]
        if (
            t.stts not in ("VVFIN", "VVINF", "VAFIN", "VAINF")
            or not t.text[:1].islower()
            or not t.low.endswith(_ADJA_ENDINGS)
            or art.stts != "ART"
            or nxt.stts not in ("NN", "NE")
            or not (prev.i + 2 == art.i + 1 == t.i == nxt.i - 1)
        ):
            continue
        if prev.tag == "PUNCT" or prev.low in _CLAUSE_OPENERS or prev.stts in ("KON", "KOUS"):
            continue  # "…, die wollen Geld": the clause opens with the pronoun
        t.tag, t.stts = "ADJ", "ADJA"
        t.mood = t.token_mood = None


#: Demonstratives the tagger reads as standing alone before a noun phrase.
_ARTICLE_FORMS = frozenset(["das", "der", "die", "den", "dem", "des"])
#: STTS tags of the word after an article: an adjective or a noun.
_AFTER_ARTICLE = frozenset(["ADJA", "NN", "NNA", "NE"])


def _articles_read_as_pronouns(toks: list[Tok]) -> None:
    """ "Das staatliche Fernsehen berichtete …", "Das Weiße Haus verlangte …": a
    "der/die/das" the tagger read as a demonstrative pronoun (PDS) right before an
    adjective or a noun of its phrase is its article."""
    for k in range(len(toks) - 1):
        t = toks[k]
        if t.stts != "PDS" or t.low not in _ARTICLE_FORMS:
            continue
        nxt = toks[k + 1]
        if (
            nxt.i == t.i + 1
            and nxt.stts in _AFTER_ARTICLE
            and (nxt.stts == "ADJA" or nxt.text[:1].isupper())
        ):
            t.tag = "DET"


#: A separable verb's particle, "zu" and the verb: "beizumessen", "zurückzutreten" (not
#: "hinzugezogen": "hinzu" is a particle of its own and "gezogen" a participle).
_INFIXED_ZU = re.compile(
    r"^(?:ab|an|auf|aus|bei|dar|durch|ein|fest|fort|frei|her|heraus|herein|hervor|hin|los|mit"
    r"|nach|um|vor|voran|voraus|vorbei|weg|weiter|wieder|zu|zurück|zusammen)"
    r"zu[a-zäöüß]{3,}(?:en|ern|eln)$"
)
#: Tags the tagger gives an infixed zu-infinitive it does not know.
_INFIXED_MISREAD = frozenset(["ADJA", "ADJD", "ADV", "VVPP", "VVFIN", "VVINF"])


def _infixed_infinitives(toks: list[Tok]) -> None:
    """A zu-infinitive with "zu" between particle and verb that the tagger read as an
    adjective, a participle or a finite verb ("Sie schlug vor, den Punkten Vorrang
    beizumessen", "Er drohte zurückzutreten"): at the end of its clause (no noun or
    adjective after it: "die einzureichenden Unterlagen" is an adjective) it is an
    infinitive with "zu", and none of its clause's finite verb."""
    for k, t in enumerate(toks):
        if t.stts not in _INFIXED_MISREAD or t.zu_inf or not _INFIXED_ZU.match(t.text):
            continue
        if t.low.startswith("hinzu") and not t.low.startswith("hinzuzu"):
            continue  # "hinzugezogen", "hinzukaufen": "hinzu" is the particle
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.i == t.i + 1 and nxt.tag in ("NOUN", "PROPN", "ADJ"):
            continue
        t.tag, t.zu_inf, t.mood = "VINF", True, None


#: Tags the tagger gives a cue verb's form it does not read as a verb ("erhob" ADJD,
#: "verlange" ADV).
_VERB_MISREAD = frozenset(["ADJD", "ADV"])
#: Coarse tags of a subject noun phrase before a verb in second place.
_SUBJECT_TAGS = frozenset(["DET", "ADJ", "NOUN", "PROPN", "NUM", "POSS", "PRON"])
#: What opens a clause whose finite verb stands last (STTS).
_VERB_LAST_OPENERS = frozenset(["KOUS", "PRELS", "PRELAT", "PWS", "PWAV"])
_CLAUSE_BOUNDARIES = frozenset([",", ";", ":", "(", ")", "–", "—", "-"]) | GERMAN_MARKS
#: Passive auxiliaries after a participle ("bekanntgegeben worden", "angekündigt wurde").
_PASSIVE_AUX = frozenset(["worden", "wurde", "wurden", "werden", "wird"])
_NOT_CUE_VERBS = frozenset(["sein", "haben", "werden"])


def _cue_verbs_misread(toks: list[Tok], cue_verbs: frozenset[str]) -> None:
    """A cue verb's form the tagger read as a predicative adjective or an adverb ("Der
    Minister erhob schwere Vorwürfe", "Die Opposition verlange eine Aufklärung") is a verb
    where a verb stands: second in its clause right after a subject noun phrase with no
    finite verb before it, or last in a clause a subordinator or relative pronoun opens
    ("…, dass die Regierung verlange, …") — a finite verb; right before a passive
    auxiliary ("bekanntgegeben worden") — a participle.  Only a form other than the lemma
    whose lemma (simplemma's) is one of ``cue_verbs`` is read again; the tagger's model is
    not touched."""
    for k, t in enumerate(toks):
        if t.lemma not in cue_verbs or t.lemma in _NOT_CUE_VERBS or t.low == t.lemma:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].i == t.i + 1 else None
        if (
            nxt is not None
            and t.low.endswith(("t", "en"))
            and (
                (t.stts in _VERB_MISREAD and nxt.low in _PASSIVE_AUX)
                # no finite verb stands right before "worden" ("bekanntgemacht worden");
                # before "wird" the rules read a finite "zitiert" as the tagger has it
                or (t.stts == "VVFIN" and nxt.low == "worden")
            )
        ):
            t.tag, t.mood, t.token_mood = "VPP", None, None
            continue
        # "gesagt", "bekanntgegeben": no finite form
        participle = (t.low.startswith("ge") and not t.lemma.startswith("ge")) or (
            "ge" in t.low[2:-2] and t.low.endswith(("t", "en"))
        )
        if (
            t.stts in _VERB_MISREAD
            and not participle
            and (_verb_second(toks, k) or _verb_last(toks, k, nxt))
        ):
            t.tag = "VFIN"
            t.mood = t.token_mood = verb_mood(t.text, t.lemma, False)


def _clause_start(toks: list[Tok], k: int) -> int:
    """Index of the first token of ``toks[k]``'s clause (after a boundary, in its
    sentence)."""
    s = k
    while s > 0 and toks[s - 1].i == toks[s].i - 1 and toks[s - 1].text not in _CLAUSE_BOUNDARIES:
        s -= 1
    return s


def _verb_second(toks: list[Tok], k: int) -> bool:
    """Whether ``toks[k]`` follows a subject noun phrase that opens its clause (after
    "und"/"aber"), with no finite verb before it: "Die Opposition [verlange] …"."""
    s = _clause_start(toks, k)
    if s < k and toks[s].stts == "KON":
        s += 1
    before = toks[s:k]
    return (
        bool(before)
        and len(before) <= 6
        and all(x.tag in _SUBJECT_TAGS for x in before)
        and before[-1].tag in ("NOUN", "PROPN", "PRON")
        and (before[-1].tag != "PRON" or before[-1].stts == "PPER")
    )


def _verb_last(toks: list[Tok], k: int, nxt: Tok | None) -> bool:
    """Whether ``toks[k]`` closes a clause a subordinator or relative pronoun opens, with
    no finite verb in it: "…, dass die Regierung [verlange], …"."""
    if nxt is not None and nxt.text not in _CLAUSE_BOUNDARIES and nxt.text not in ".!?":
        return False
    s = _clause_start(toks, k)
    return (
        s < k - 1
        and toks[s].stts in _VERB_LAST_OPENERS
        and not any(x.tag == "VFIN" for x in toks[s + 1 : k])
    )
