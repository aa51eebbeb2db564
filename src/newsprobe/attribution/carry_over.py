"""Reported speech that runs on past the narrator's own sentences, and Konjunktiv clauses
inside a narrated sentence (used by :mod:`newsprobe.attribution.continuations`).

* **Carry-over across narration**: a Konjunktiv I sentence that opens with a connective
  ("Auch sei …", "Außerdem seien …", "Zudem habe …", "So seien …", "Bisher habe man …")
  goes on with the account of the last attribution even where indicative sentences of the
  narrator stand between ("Die Behörde teilte mit, die Maschinen seien unsicher. Sie wurden
  im Mai gekauft. Auch sei die Dokumentation unvollständig."): the connective ties it to
  what was said before, the Konjunktiv says it is still said.  A plain Konjunktiv I after
  such a sentence is left alone (its speaker is more often someone else: tried before on
  the development part, lower source precision).  The run stops at a new attribution (a
  new speaker takes it over), a paragraph break, a time or scene shift ("Am Montag …",
  "Unterdessen …", "Später …"), an imagined case, a sentence with a frame of its own that
  the cue rules missed (:func:`own_frame`), or after :data:`MAX_CARRY` sentences.  In a
  text without any quotation marks (10kGNAD has lost them) the indicative sentences
  between are often the speaker's own words, and no connective is needed.
* **A Konjunktiv I main clause after an indicative one** in the same sentence ("Zwölf
  Reisende wurden verletzt, die Verletzten seien Touristen.", "…, und er wolle sie nun
  begleiten."): the clause carries on the attribution right before, as a sentence in
  Konjunktiv would; the indicative part stays the narrator's.
"""

from __future__ import annotations

from newsprobe.attribution.lexicon import CueLexicon
from newsprobe.attribution.orphans import exhortative
from newsprobe.attribution.view import Tok

#: How many sentences back an attribution may stand for a carried-over Konjunktiv I
#: sentence with a connective.
MAX_CARRY = 4

#: How many sentences a text needs per quote to count as one that lost its quotation
#: marks: a long article with one quoted slogan or title and dozens of statements framed
#: without marks ("Macht die Grenzen dicht!" among a derStandard interview's bare "…, sagt
#: Kurz.") marks none of its statements; an article that quotes its speakers has a quote
#: every few sentences.
SENTENCES_PER_QUOTE = 40
#: How many statements in the indicative framed after their words ("Das ist ein Unsinn,
#: sagt X.") show that a text with a quote left has lost the marks of the others: a text
#: that quotes its speakers marks such words, and reports in Konjunktiv what it does not.
BARE_FRAMED = 2


def unmarked_text(sents: list[list[Tok]], bare_framed: int = 0) -> bool:
    """Whether a text (its sentences' tokens) has lost its quotation marks: none at all;
    or fewer than one quote per :data:`SENTENCES_PER_QUOTE` sentences, so that the marks
    left cannot be what marks its statements, where ``bare_framed`` (statements in the
    indicative, unquoted, framed after their words) reaches :data:`BARE_FRAMED` (10kGNAD,
    scraped or converted text)."""
    marks = sum(1 for toks in sents for t in toks if t.is_mark)
    if marks == 0:
        return True
    quotes = {t.quote for toks in sents for t in toks if t.is_mark and t.quote is not None}
    return bare_framed >= BARE_FRAMED and max(len(quotes), 1) * SENTENCES_PER_QUOTE <= len(sents)


#: Openers that tie a sentence to the account before it.
CONNECTIVES = frozenset(
    [
        "auch", "außerdem", "zudem", "ferner", "überdies", "so", "jedoch", "allerdings",
        "dort", "bisher", "weiter", "weiterhin", "darüber", "zugleich", "gleichzeitig",
        "dennoch", "daher", "deshalb", "deswegen", "demnach", "vielmehr", "ebenso",
        "ebenfalls", "dabei", "darum", "insgesamt", "aber", "denn", "schließlich",
        "allein", "nur", "zwar", "trotzdem", "somit", "folglich", "hingegen",
    ]
)  # fmt: skip

#: Sentence openers that shift the time or scene: the account before is over.
TIME_OPENERS = frozenset(
    [
        "unterdessen", "inzwischen", "mittlerweile", "später", "zuvor", "danach",
        "anschließend", "gestern", "heute", "morgen", "damals", "seither", "seitdem",
        "vorher", "nachher",
    ]
)  # fmt: skip

#: Prepositions that, with a time noun after them, open a new time ("Am Montag …").
_TIME_PREPS = frozenset(["am", "im", "seit", "bis", "nach", "vor", "ab", "in"])
#: Time nouns after such a preposition.
_TIME_NOUNS = frozenset(
    [
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "sonnabend", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
        "september", "oktober", "november", "dezember", "abend", "morgen", "vormittag",
        "nachmittag", "mittag", "wochenende", "jahr", "frühjahr", "sommer", "herbst",
        "winter", "woche", "monat", "nacht", "tag", "anschluss",
    ]
)  # fmt: skip


def _words(toks: list[Tok]) -> list[Tok]:
    return [t for t in toks if t.is_word]


def connective(toks: list[Tok]) -> bool:
    """Whether the sentence opens with a connective ("Auch …", "So …")."""
    words = _words(toks)
    return bool(words) and words[0].low in CONNECTIVES


def carried_over(toks: list[Tok], verb: Tok, gap: int, unmarked: bool = False) -> bool:
    """Whether a sentence ``gap`` sentences after an attribution, with indicative
    sentences between, still carries it on (see the module doc); ``unmarked``: the text
    has no quotation marks at all, so the indicative sentences between may be the
    speaker's own words, and no connective is needed."""
    return (
        gap <= MAX_CARRY
        and verb.mood == "subj1"
        and not exhortative(toks, verb)
        and (unmarked or connective(toks))
    )


def scene_shift(toks: list[Tok]) -> bool:
    """Whether the sentence opens a new time or scene ("Am Montag …", "Unterdessen …",
    "Im März 2007 …")."""
    words = _words(toks)
    if not words:
        return False
    first = words[0].low
    if first in TIME_OPENERS:
        return True
    if first in _TIME_PREPS and len(words) > 1:
        nxt = words[1:4]
        return any(w.low in _TIME_NOUNS or (w.text.isdigit() and len(w.text) == 4) for w in nxt)
    return False


def subjunctive_clause(toks: list[Tok], verb: Tok, lex: CueLexicon) -> int | None:
    """The first token of a Konjunktiv I main clause that follows the indicative main
    clause of ``verb`` after a comma or semicolon ("…, die Verletzten seien …", "…, und er
    wolle …"), or None: the clause is no subordinate or relative one, holds no quote and
    is no instruction with "man"; the part before it has no speech word whose content the
    clause may be (:func:`_speech_word`: "Von Obama liegt die Äußerung vor, er werde …"),
    and no zu-infinitive ("…, sie zu provozieren, in die Falle werde man nicht gehen")."""
    if verb.mood != "ind":
        return None
    k = verb.i + 1
    n = len(toks)
    while k < n:
        t = toks[k]
        if t.zu_inf or _speech_word(t, lex):
            return None
        if t.text in (",", ";") and t.quote is None:
            start = k + 1
            if start < n and toks[start].low in ("und", "aber", "doch", "denn"):
                start += 1
            found = _clause_verb(toks, start)
            if found is not None:
                return start
        k += 1
    return None


def _speech_word(t: Tok, lex: CueLexicon) -> bool:
    """A speech or thought verb or noun: its content may be the clause after it."""
    if t.tag in ("VFIN", "VPP", "VINF"):
        return lex.verb_type(t.lemma) is not None
    return t.tag == "NOUN" and (
        t.text in lex.clause_nouns or t.text in lex.colon_nouns or lex.is_source_noun(t.text)
    )


#: Words that open a clause that is no main clause of its own ("…, sondern der Fotograf
#: sei …", "…, als werde …", "…, da der Grund vorliege").
_NOT_MAIN = frozenset(["sondern", "als", "wie", "wenn", "ob", "da", "weil", "so", "denn"])


def _clause_verb(toks: list[Tok], start: int) -> Tok | None:
    """The Konjunktiv I finite verb of a main clause starting at ``start``: a phrase (no
    subordinator, relative or question word, no verb first) and then the verb, with more
    of the clause after it (a verb at the clause's end closes a subordinate clause:
    "…, sie habe", "…, da der Grund vorliege")."""
    if start >= len(toks) or toks[start].tag in ("VFIN", "SCONJ", "WH", "CONJ"):
        return None
    if toks[start].low in _NOT_MAIN:
        return None
    if toks[start].tag == "REL":
        # (the tagger reads an article after a comma as a relative pronoun: "…, die
        # Verletzten seien …"; a relative clause goes on without a noun: "…, die sei …")
        if start + 1 >= len(toks) or toks[start + 1].tag not in ("NOUN", "ADJ"):
            return None
        start += 1
    for t in toks[start:]:
        if t.text in (",", ";", ":") or t.quote is not None:
            return None
        if t.tag in ("SCONJ", "REL", "WH"):
            return None
        if t.tag in ("VPP", "VINF"):
            return None  # (a participle or infinitive before the finite verb: verb-final)
        if t.tag == "VFIN":
            after = toks[t.i + 1] if t.i + 1 < len(toks) else None
            if (
                t.mood == "subj1"
                and t.i > start
                and after is not None
                and after.is_word
                and not exhortative(toks, t)
            ):
                return t
            return None
    return None


def own_frame(toks: list[Tok], verb: Tok, lex: CueLexicon) -> bool:
    """Whether the sentence has a frame of its own that the cue rules missed, and so
    carries nothing on: a finite speech verb after the main verb ("…, heißt es in der
    Klage", "…, betonte der Bischof"), or an indicative verb right after a comma ("…, gab
    der Chef zu bedenken": the inverted frame of a statement)."""
    particles = [t.low for t in toks[verb.i + 1 :] if t.stts == "PTKVZ"]
    for t in toks[verb.i + 1 :]:
        if t.tag != "VFIN" or t.quote is not None:
            continue
        if t.mood == "ind" and toks[t.i - 1].text == ",":
            return True
        lemmas = [t.lemma, *(p + t.lemma for p in particles)]
        if any(lex.verb_type(m) is not None for m in lemmas) or t.lemma == "heißen":
            return True
    return False
