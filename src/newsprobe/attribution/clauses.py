"""Clause analysis for the cue rules: clause boundaries, finite verbs, where a reported
clause ends, the mood of a message.  Shared by the rule mixins of :mod:`cues`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsprobe.attribution.lexicon import CueLexicon
from newsprobe.attribution.marks import Quote
from newsprobe.attribution.phrases import is_boundary, named_after_article, quoted_name
from newsprobe.attribution.view import Tok

FINAL = frozenset(".!?…:")
VERB_CLASSES = frozenset({"VFIN", "VPP", "VINF"})
WORDS = re.compile(r"\w+")
#: Separable verb particles; the tagger sometimes reads a clause-final one as a preposition.
PARTICLES = frozenset(
    [
        "an",
        "auf",
        "aus",
        "ein",
        "mit",
        "vor",
        "zu",
        "ab",
        "bei",
        "fest",
        "hin",
        "her",
        "zurück",
        "weiter",
        "bekannt",
        "dar",
        "nach",
        "hervor",
        "heraus",
        "klar",
        "vorher",
        "voraus",
    ]
)
#: Articles that never open a subject: dative and accusative forms.
#: ("Mir hat er gesagt, …": first and second person objects, too.)
NOT_NOMINATIVE = frozenset(
    [
        "dem",
        "den",
        "einem",
        "einen",
        "diesem",
        "diesen",
        "ihm",
        "ihnen",
        "mir",
        "mich",
        "dir",
        "dich",
        "uns",
        "euch",
    ]
)
#: Demonstratives fronted as the object of the cue verb ("Dies teilte ein Sprecher mit").
FRONTED_OBJECTS = frozenset(["dies", "das", "dieses", "solches", "folgendes", "folgendes:"])
_CLAUSE_ONLY_MSG = frozenset({"indirect", "direct", "partial", "mixed"})
WERDEN = frozenset({"werden", "wird", "wurde", "wurden", "worden", "werde", "würde"})
NOT_SPEECH_OBJECTS = frozenset(["es", "das", "dies", "was"])
SO_STOP = frozenset(["dass", "daß", "ob", "wie", "weil", "wenn", "als"])
#: Verbs that are cues only with a source phrase ("aus dem Bericht geht hervor").
SOURCE_ONLY_VERBS = frozenset(["hervorgehen"])
#: Prepositions before a source that also mean "in accordance with" ("gemäß dem Gesetz").
SOURCE_ONLY_PREPS = frozenset(["gemäß"])
#: Words that open the content clause of a speech noun ("die Forderung, dass …").
CONTENT_CLAUSE_OPENERS = frozenset(["dass", "daß", "ob", "wonach"])
#: Conjunctions after which a second verb shares the first one's subject.
COORDINATORS = frozenset(["und", "sowie", "aber", "doch", "jedoch", "oder"])


@dataclass
class Context:
    """What the rules need besides the sentence: the text, the quotes and the lexicon."""

    text: str
    quotes: list[Quote]
    lex: CueLexicon
    #: The last words of the people the article names in full ("Bieber" of "Florian
    #: Bieber"): a name later, even where the word is also a noun or adjective.
    surnames: frozenset[str] = frozenset()


def has_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a letter or digit (a message, not a stray mark)."""
    return any(ch.isalnum() for ch in text[start:end])


def char_span(toks: list[Tok], a: int, b: int) -> tuple[int, int]:
    """Character offsets of tokens ``a`` to ``b - 1``."""
    return toks[a].start, toks[b - 1].end


def content_end(toks: list[Tok]) -> int:
    """Index after the last token that is not sentence-final punctuation."""
    end = len(toks)
    while end > 0 and toks[end - 1].tag == "PUNCT" and toks[end - 1].text in FINAL:
        end -= 1
    return end


def clause(toks: list[Tok], i: int) -> tuple[int, int]:
    """The clause around token ``i``: between the nearest boundaries (commas, colons, quote
    marks, dashes, brackets).  A short quoted name after an article is no boundary ("Wie
    die „Aktion Deutschland hilft“ mitteilte": :func:`phrases.named_after_article`)."""
    cs = i
    while cs > 0:
        if toks[cs - 1].text == ")" and (o := _bracket_open(toks, cs - 1)) is not None:
            cs = o  # a bracket inside the clause ("mit X (Awoda, dt. Arbeiterpartei) bekräftigt")
        elif toks[cs - 1].is_mark and named_after_article(toks, cs - 1):
            cs = _quote_opening(toks, cs - 1)
        elif is_boundary(toks[cs - 1]):
            break
        else:
            cs -= 1
    ce = i + 1
    while ce < len(toks):
        if toks[ce].text == "(" and (c := _bracket_close(toks, ce)) is not None:
            ce = c + 1
        elif (
            toks[ce].is_mark
            and ce > 0
            and toks[ce - 1].tag == "DET"
            and (c := quoted_name(toks, ce)) is not None
        ):
            ce = c
        elif is_boundary(toks[ce]):
            break
        else:
            ce += 1
    return cs, ce


def _quote_opening(toks: list[Tok], close: int) -> int:
    """The opening mark of the quote whose closing mark is ``close``."""
    k = close
    while k > 0 and toks[k - 1].quote == toks[close].quote:
        k -= 1
    return k


#: The longest bracket read as part of a clause (in tokens).
_MAX_BRACKET = 12


def _bracket_open(toks: list[Tok], close: int) -> int | None:
    """The "(" that the ")" at ``close`` closes, when the bracket is short and holds no
    clause of its own (no finite verb)."""
    for k in range(close - 1, max(-1, close - _MAX_BRACKET), -1):
        if toks[k].text == "(":
            return k
        if toks[k].text in (")", "„", "“") or toks[k].tag == "VFIN":
            return None
    return None


def _bracket_close(toks: list[Tok], open_: int) -> int | None:
    """The ")" closing the "(" at ``open_`` under the same conditions."""
    for k in range(open_ + 1, min(len(toks), open_ + _MAX_BRACKET)):
        if toks[k].text == ")":
            return k
        if toks[k].text in ("(", "„", "“") or toks[k].tag == "VFIN":
            return None
    return None


def first_finite(toks: list[Tok], a: int, b: int) -> Tok | None:
    """The first finite verb in tokens ``a`` to ``b - 1`` outside quotes, or None."""
    for k in range(a, b):
        if toks[k].tag == "VFIN" and toks[k].quote is None:
            return toks[k]
    return None


#: Subordinators of adverbial clauses: what they open is not a reported statement.
ADVERBIAL_SUBORDINATORS = frozenset(
    [
        "bis",
        "während",
        "nachdem",
        "bevor",
        "ehe",
        "obwohl",
        "obgleich",
        "weil",
        "da",
        "damit",
        "um",
        "sobald",
        "solange",
        "seit",
        "seitdem",
        "indem",
        "falls",
        "sofern",
        "wenn",
        "als",
    ]
)


def main_finite(toks: list[Tok], a: int, b: int) -> Tok | None:
    """The finite verb of a main clause in ``[a, b)``: one that no subordinator or relative
    pronoun before it (in its comma-delimited stretch) introduces."""
    sub = False
    for k in range(a, b):
        t = toks[k]
        if t.quote is not None:
            continue
        if t.text in (",", ";", ":"):
            sub = False
        elif t.tag in ("SCONJ", "REL") or (t.tag == "WH" and k > a):
            sub = True
        elif t.tag == "VFIN" and not sub:
            return t
    return None


def _main_clause_at(toks: list[Tok], i: int, last: int) -> bool:
    """Whether a main clause in the indicative starts at token ``i``: its finite verb within
    the first four words ("…, und gewiß hat diese …", "…, so bittet er …", "…, sie wollen
    …", "…, wiederholte er")."""
    if i >= last or toks[i].tag in ("REL", "SCONJ", "WH") or toks[i].quote is not None:
        return False
    for k in range(i, min(last, i + 4)):
        t = toks[k]
        if t.tag in ("REL", "SCONJ", "WH", "PUNCT") or t.quote is not None:
            return False
        if t.tag == "VFIN":
            return t.mood == "ind"
    return False


#: Verbs that stand after "zu" as the last word of a zu-infinitive the tagger reads as
#: finite ("getrunken zu haben", "gewesen zu sein", "kandidieren zu wollen").
_ZU_AUXILIARIES = frozenset(
    ["haben", "sein", "werden", "wollen", "können", "müssen", "dürfen", "sollen", "lassen"]
)


#: Conjunctions that open an adverbial zu-infinitive, not what a speech act says.
_ADVERBIAL_INFINITIVES = frozenset(["um", "ohne", "statt", "anstatt", "außer"])


def is_zu_infinitive(toks: list[Tok], j: int) -> bool:
    """Token ``j`` is a zu-infinitive, also where the tagger misses it: an auxiliary after
    "zu" ("abgeschrieben zu haben": tagged finite, and left so for the claims layer), or a
    verb with "zu" after its particle that the tagger calls a participle ("zurückzutreten",
    "voranzutreiben")."""
    t = toks[j]
    if t.zu_inf:
        return True
    if t.tag not in ("VFIN", "VINF", "VPP"):
        return False
    if (
        j > 0
        and toks[j - 1].low == "zu"
        and (t.low in _ZU_AUXILIARIES or toks[j - 1].tag == "PART")
    ):
        return True  # ("nahe zu stehen": the particle before any verb makes it one)
    if t.tag == "VFIN" or len(t.low) < 7 or not t.low.endswith("en"):
        return False
    low, lemma = t.low, t.lemma
    k = low.find("zu", 1)
    while k > 0:
        if low[:k] + low[k + 2 :] == lemma:
            return True
        k = low.find("zu", k + 1)
    return False


def zu_clause_ahead(toks: list[Tok], k: int, last: int) -> bool:
    """A zu-infinitive clause opens at token ``k`` (after a cue verb's comma): a
    zu-infinitive comes before any finite verb or subordinator of another clause
    ("angekündigt, von seinem Amt zurückzutreten", "gab an, nur ein Bier getrunken zu
    haben", "schlug vor, zu prüfen, ob …"); not an adverbial one ("um … zu verhindern",
    "ohne … zu prüfen")."""
    if k < last and toks[k].low in _ADVERBIAL_INFINITIVES:
        return False
    for j in range(k, last):
        t = toks[j]
        if t.quote is not None and not t.is_mark:
            continue
        if is_zu_infinitive(toks, j):
            return True
        if t.tag == "VFIN" and j + 2 < last and toks[j + 1].low == "zu":
            continue  # "veruntreut zu haben": a participle the tagger reads as finite
        if t.tag == "REL" and j == k and j + 1 < last and toks[j + 1].tag in ("NOUN", "ADJ"):
            continue  # ", den Haushalt vorlegen zu können": an article the tagger reads as relative
        if t.tag in ("VFIN", "SCONJ", "REL", "WH") or t.text in (";", ":"):
            return False
    return False


def clause_end(toks: list[Tok], k: int, last: int, *, infinitive: bool = False) -> int:
    """Where a verb-final clause opened at token ``k`` (dass, ob, wh-word; or, with
    ``infinitive``, a zu-infinitive after ``k``) ends: after its own verb, at the first
    comma, semicolon, colon or dash that a main clause in the indicative follows.  What
    depends on it (a relative clause, a zu-infinitive, "sondern dass …", more reported
    clauses in Konjunktiv after a semicolon) stays in the message."""
    seen = False
    for i in range(k + 1, last):
        t = toks[i]
        if t.quote is not None and not t.is_mark:
            continue
        if (infinitive and is_zu_infinitive(toks, i)) or t.tag == "VFIN":
            seen = True
        elif seen and t.text in (",", ";", ":", "—", "–") and _main_clause_at(toks, i + 1, last):
            return i
    return last


def v2_end(
    toks: list[Tok], k: int, last: int, frame_verb: Callable[[Tok], bool] | None = None
) -> int:
    """Where a reported main clause in Konjunktiv ends: where a main clause in the
    indicative follows a comma, semicolon or colon ("…, und gewiß hat …"), or, given
    ``frame_verb``, where "und" joins a cue verb in the indicative, the framing sentence's
    second verb ("erklärte, sie sei eine Gefahr und kündigte an, …" without its comma; a
    clause in the indicative goes on: "Ich glaube, die Betriebe zahlen schlecht und sind
    …")."""
    first = first_finite(toks, k, last)
    reported = frame_verb is not None and first is not None and first.mood in ("subj1", "subj2")
    for i in range(k + 1, last):
        t = toks[i]
        if t.quote is None and t.text in (",", ";", ":") and _main_clause_at(toks, i + 1, last):
            return i
        if (
            reported
            and frame_verb is not None
            and t.quote is None
            and t.low in COORDINATORS
            and i + 1 < last
            and toks[i + 1].tag == "VFIN"
            and toks[i + 1].mood == "ind"
            and toks[i + 1].quote is None
            and frame_verb(toks[i + 1])
        ):
            return i
    return last


def message_mood(toks: list[Tok], a: int, b: int) -> str | None:
    """Mood of the message's finite verb: the first with a mood (main clause first)."""
    for k in range(a, b):
        if toks[k].tag == "VFIN" and toks[k].mood:
            return toks[k].mood
    return None


#: Tags of the words a subject noun phrase before a finite verb is made of.
_NP_TAGS = frozenset(["DET", "ADJ", "NUM", "NOUN", "PROPN", "POSS"])


def subject_phrase(toks: list[Tok], a: int, b: int) -> bool:
    """Whether ``toks[a:b]`` is one noun phrase of at most eight words that can be the
    subject of a main clause after a frame: "…, 200 feste und 300 freie Mitarbeiter sollen
    …" (no preposition, no second verb, nothing quoted)."""
    if b - a > 8 or toks[b - 1].tag not in ("NOUN", "PROPN"):
        return False
    if toks[a].tag == "REL" and toks[a + 1].tag in ("ADJ", "NOUN"):
        a += 1  # "die neuen Regeln": an article the tagger took for a relative pronoun
    return all(
        x.quote is None
        and (x.tag in _NP_TAGS or (x.tag == "CONJ" and x.low in ("und", "oder", "sowie")))
        for x in toks[a:b]
    )


#: Endings of an inflected participle or adjective before its noun ("genannte", "genannten").
_ATTRIBUTIVE_ENDINGS = ("e", "en", "em", "er", "es")


def attributive_verb(toks: list[Tok], t: Tok) -> bool:
    """A verb form the tagger read as a verb that stands as an adjective between a
    preposition and its noun ("auf nicht weiter bezeichnete Quellen", "aus bisher
    unbestätigten Berichten"): no verb of the clause, no cue."""
    if t.tag not in ("VFIN", "VPP") or not t.low.endswith(_ATTRIBUTIVE_ENDINGS):
        return False
    if t.i + 1 >= len(toks) or toks[t.i + 1].tag != "NOUN":
        return False
    j = t.i - 1
    while j >= 0 and toks[j].tag in ("ADV", "ADJD") and t.i - j <= 3:
        j -= 1
    return j >= 0 and j < t.i and toks[j].tag == "ADP" and toks[j].quote is None


def finite_past_insertion(toks: list[Tok], k: int, last: int) -> Tok | None:
    """The finite verb in Konjunktiv of a reported main clause from ``k`` whose subject
    carries an insertion between commas ("dem Generalsekretär, Supachai Panitchpakdi, sei
    …", "Yang Peiyi, die gesungen hatte, wären …"): a noun phrase, the insertion, then the
    verb; None otherwise."""
    if k >= last:
        return None
    j = k
    if toks[k].tag == "REL" and k + 1 < last and toks[k + 1].tag in ("ADJ", "NOUN"):
        j = k + 1  # "dem gegenwärtigen …": an article the tagger took for a relative pronoun
    while j < last and toks[j].tag in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "POSS"):
        j += 1
    if (
        j <= k + (toks[k].tag == "REL")
        or j >= last
        or toks[j].text != ","
        or toks[j - 1].tag not in ("NOUN", "PROPN")
    ):
        return None
    close = next((i for i in range(j + 1, min(last, j + 12)) if toks[i].text == ","), None)
    if close is None or close + 1 >= last or any(x.is_mark for x in toks[j:close]):
        return None
    fin = toks[close + 1]
    return fin if fin.tag == "VFIN" and fin.mood in ("subj1", "subj2") else None


def fragment_preposition(toks: list[Tok], t: Tok, a: int) -> int:
    """Where a quoted fragment's phrase starts: at the preposition that governs it ("sprach
    von einer „vollständigen Zerstörung“"), else at the quote (``a``); not "mit", which
    names whom one spoke with."""
    k = a - 1
    while k > t.i and toks[k].tag in ("DET", "ADJ"):
        k -= 1
    return k if k > t.i and toks[k].tag == "ADP" and toks[k].low != "mit" else a


#: What may stand between a closing frame's verb and the "und" of a second verb: the
#: speaker and the frame's adverbials, not another clause.
_NOT_IN_FRAME = frozenset(["VFIN", "SCONJ", "REL", "WH"])


#: Coordinators that open a second main clause after a closing frame and its comma ("…,
#: sagt Kurz, aber die Hanni und ich meinen das Gleiche").
_CLAUSE_AFTER_FRAME = frozenset(["aber", "doch", "denn", "jedoch", "allerdings"])


def frame_then_verb(toks: list[Tok], t: Tok, cs: int) -> int | None:
    """ "Die Lage ist ernst, sagte X und fügte hinzu: …", "…, sagte X, und fügte hinzu,
    …", "…, sagt X – und fügt an: …": a frame opening with its verb right after a comma
    and closed by "und" and a second finite verb; the index of that "und", else None.
    So is a frame closed by a comma and a coordinator that opens a second main clause
    ("Ein unglücklicher Begriff sei das, sagt Kurz, aber wir meinen das Gleiche": the
    statement before the frame, which the text without quotation marks gives as such); the
    index of that comma."""
    if cs < 2 or toks[cs - 1].text != "," or toks[cs].i != t.i or toks[cs - 2].quote is not None:
        return None
    for k in range(t.i + 1, len(toks) - 1):
        x = toks[k]
        if x.low in ("und", "sowie") and k > t.i + 1:
            j = k + 1
            while j < len(toks) - 1 and toks[j].tag == "ADV":
                j += 1
            return k if toks[j].tag == "VFIN" else None
        if (
            x.text == ","
            and k > t.i + 1
            and toks[k + 1].low in _CLAUSE_AFTER_FRAME
            and any(y.tag == "VFIN" for y in toks[k + 2 :])
        ):
            return k
        if x.tag in _NOT_IN_FRAME or x.quote is not None or x.text in (":", ";"):
            return None
    return None
