"""Speakers the cue rules left out, found from the clause around a speech verb:

* a second verb coordinated with the first shares its subject ("Wahlbeobachter monieren …,
  sprechen aber davon, …", "Sie räumte ein …, sprach aber von …");
* the subject right after the finite verb of an inverted clause ("…, sagte dieser",
  "In einem Interview sagte der Anwalt der Familie …");
* the noun phrase that opens the clause, appositions between commas included ("Eine der
  größten Oppositionsgruppen des Landes, die Koalition … (CUD), behauptete, …");
* a main clause after a comma whose article the tagger read as a relative pronoun
  ("…, die Organisation bezweifelt aber, dass …").

Dative and accusative phrases ("dem Sender", "Reportern"), object pronouns and passive or
impersonal cues get no speaker.
"""

from __future__ import annotations

from newsprobe.attribution.found import Found
from newsprobe.attribution.lexicon import CueLexicon
from newsprobe.attribution.phrases import head_of, is_boundary, np_right
from newsprobe.attribution.view import Sent, Tok
from newsprobe.language.words import OBJECT_FORMS_DE, word_set

_VERB_CUES = frozenset(
    {"speech_verb", "cognition_verb", "narrated_speech", "narrated_thought", "narrated_stance"}
)
_NOT_SUBJECT = OBJECT_FORMS_DE | word_set(
    "ihr mir uns euch es das dies was sich diesem diesen jenem jenen"
)
_COORD = frozenset(["und", "aber", "sowie", "doch", "jedoch", "sondern"])
_NOMINATIVE_PRONOUNS = frozenset(["er", "sie", "dieser", "diese", "jener", "jene"])


def fill_subjects(founds: list[Found], sents: list[Sent], lex: CueLexicon) -> None:
    """Give verb-cue attributions without a speaker the subject of their clause."""
    by_sentence: dict[int, list[Found]] = {}
    for f in founds:
        by_sentence.setdefault(f.sentence, []).append(f)
    for f in founds:
        if f.speakers or f.parent is not None or f.cue is None or f.cue[2] not in _VERB_CUES:
            continue
        if not 0 <= f.sentence < len(sents):
            continue
        toks = sents[f.sentence].toks
        verb = next((t for t in toks if t.start == f.cue[0]), None)
        if verb is None or verb.quote is not None:
            continue
        np = _coordinated(f, verb, toks, by_sentence.get(f.sentence, []))
        if np is None:
            np = _after_verb(verb, toks, lex) if verb.tag == "VFIN" else None
        if np is None:
            np = clause_start(verb, toks, lex)
        if np is None:
            np = _shared_subject(verb, toks, lex)
        if np is None:
            np = _article_read_as_relative(verb, toks, lex)
        if np is None:
            continue
        a, b = np
        f.speakers = [(toks[a].start, toks[b - 1].end)]
        head = head_of(toks, np)
        f.heads = [(head.start, head.end)] if head is not None else []
        f.anaphoric = b - a == 1 and toks[a].tag in ("PRON", "POSS", "DET")
        f.confidence = min(f.confidence, 0.6)


def _coordinated(f: Found, verb: Tok, toks: list[Tok], same: list[Found]) -> tuple[int, int] | None:
    """The speaker of an earlier verb cue of the sentence joined by "und"/"aber"."""
    for other in same:
        if other is f or not other.speakers or other.cue is None or other.cue[0] >= verb.start:
            continue
        between = [t for t in toks if other.cue[1] <= t.start < verb.start]
        if any(t.low in _COORD for t in between) and not any(
            t.tag in ("SCONJ", "REL") for t in between[:2]
        ):
            s, e = other.speakers[0]
            a = next((t.i for t in toks if t.start == s), None)
            b = next((t.i + 1 for t in toks if t.end == e), None)
            if a is not None and b is not None:
                return a, b
    return None


def _after_verb(verb: Tok, toks: list[Tok], lex: CueLexicon) -> tuple[int, int] | None:
    """ "…, sagte dieser", "Am Montag erklärte der Minister …": the subject after an
    inverted finite verb (a nominative pronoun, or a phrase with a determiner or a name)."""
    k = verb.i + 1
    while k < len(toks) and toks[k].tag == "ADV" and k - verb.i < 3:
        k += 1
    if k >= len(toks) or toks[k].quote is not None:
        return None
    t = toks[k]
    if t.low in _NOT_SUBJECT:
        return None
    if t.low in _NOMINATIVE_PRONOUNS and t.tag in ("PRON", "DET"):
        return k, k + 1
    np = np_right(toks, k, lex)
    if np is None:
        return None
    first = toks[np[0]]
    if first.tag == "DET" or first.tag == "PROPN":
        return np
    return None


#: Articles the tagger reads as relative pronouns after a comma.
_ARTICLES = frozenset(["der", "die", "das"])


def _article_read_as_relative(
    verb: Tok, toks: list[Tok], lex: CueLexicon
) -> tuple[int, int] | None:
    """ "…, die Organisation bezweifelt aber, dass …", "…, die Agentur „X“ dagegen spricht
    von …": after a comma, "der/die/das" + a noun phrase right before a finite verb that
    has more of its clause after it is a main clause (verb second) opening with an article,
    not a relative clause (whose finite verb would close it: "…, die Kritiker fordern.")."""
    # (a present tense in "-t" the tagger may read as a participle: "bezweifelt")
    if verb.tag not in ("VFIN", "VPP") or verb.i + 1 >= len(toks) or is_boundary(toks[verb.i + 1]):
        return None
    k = verb.i - 1
    while k > 0 and toks[k].tag == "ADV":
        k -= 1
    # the article: after a comma, before the phrase that ends at the verb
    for a in range(k, max(0, k - 8), -1):
        if toks[a].low in _ARTICLES and toks[a].tag == "REL" and toks[a - 1].text == ",":
            np = np_right(toks, a + 1, lex)
            if np is None or np[1] != k + 1 or toks[a + 1].tag not in ("ADJ", "NOUN", "PROPN"):
                return None
            return a, np[1]
    return None


def _shared_subject(verb: Tok, toks: list[Tok], lex: CueLexicon) -> tuple[int, int] | None:
    """ "Wahlbeobachter monieren Unregelmäßigkeiten, sprechen aber davon, …": a finite verb
    right after a comma or conjunction shares the subject of the clause before it."""
    if verb.i < 2 or not (toks[verb.i - 1].text == "," or toks[verb.i - 1].low in _COORD):
        return None
    first = next((t for t in toks[: verb.i - 1] if t.tag == "VFIN" and t.quote is None), None)
    if first is None or any(t.tag in ("SCONJ", "REL", "WH") for t in toks[first.i + 1 : verb.i]):
        return None
    return clause_start(first, toks, lex)


def clause_start(verb: Tok, toks: list[Tok], lex: CueLexicon) -> tuple[int, int] | None:
    """The phrase that opens the verb's main clause when only appositions (between commas,
    brackets or dashes) stand between it and the finite verb."""
    k = 0
    while k < verb.i and toks[k].tag in ("CONJ", "ADV"):
        k += 1
    if k >= verb.i or toks[k].low in _NOT_SUBJECT or toks[k].quote is not None:
        return None
    np = np_right(toks, k, lex)
    if np is None or np[1] > verb.i:
        return None
    np = _after_genitive(toks, np, verb, lex)
    end = np[1]
    j = end
    # appositions: ", die Koalition … (CUD)," up to the verb
    while j < verb.i and toks[j].text in (",", "–", "-", "(") and j + 1 < verb.i:
        # (a comma right before the verb closes the phrase, it opens no apposition:
        # "Der Repräsentant, Wolfgang Petritsch, begrüßte …" with the apposition in it)
        close = next(
            (m for m in range(j + 1, verb.i) if toks[m].text in (",", "–", "-", ")")), None
        )
        if close is None or any(toks[m].tag in ("VFIN", "SCONJ") for m in range(j, close)):
            return None
        j = close + 1
        if j < verb.i and toks[j].text == ",":
            j += 1
        end = j
    if j != verb.i and not (j < verb.i and toks[j].text == "," and j + 1 == verb.i):
        return None
    while end > np[0] and toks[end - 1].text in (",", "–", "-"):
        end -= 1
    first = toks[np[0]]
    if first.tag not in ("DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ"):
        return None
    return np[0], end


def _after_genitive(
    toks: list[Tok], np: tuple[int, int], verb: Tok, lex: CueLexicon
) -> tuple[int, int]:
    """A name in the Saxon genitive with the phrase it governs ("Berlins Regierender
    Bürgermeister Klaus Wowereit", "Osttimors Außenminister"): ``np`` through that phrase
    (``np`` itself when it is not such a name)."""
    s, e = np
    if e - s != 1 or toks[s].tag != "PROPN" or not toks[s].text.endswith("s"):
        return np
    if e >= verb.i or toks[e].tag not in ("ADJ", "NOUN"):
        return np
    rest = np_right(toks, e, lex)
    if rest is None or rest[1] > verb.i:
        return np
    return s, rest[1]
