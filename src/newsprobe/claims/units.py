"""Sentences as the claims component sees them: tokens with their tags, quotation state and
the clause fragments a sentence splits into.

A sentence is cut into *fragments* at clause boundaries (";", ":", dashes, a comma before a
conjunction, relative pronoun or quotation, a coordinating conjunction before a finite verb).
A fragment that starts a coordinate clause opens a new *unit*; dependent fragments join the
unit before them.  Cues scope over their unit (when they stand in its head fragment) or over
their own fragment (when they stand in a dependent one).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsprobe.attribution.view import Tok, claims_sentences
from newsprobe.claims.lexicon import Lexicon
from newsprobe.model import Analysis, Block, Sentence

# Outer quotation marks: opener -> closers.
_QUOTES: dict[str, str] = {
    "„": '“”"',
    "‚": "‘’",
    "“": "”“",
    '"': '"“”',
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "‘": "’",
}
_QUOTE_CHARS = re.compile("[" + re.escape("".join(_QUOTES)) + "]")
_CLAUSE_PUNCT = frozenset({";", ":", "–", "—", "--"})


@dataclass(slots=True)
class Fragment:
    """Tokens ``first``..``last`` (inclusive, indices into the view's tokens) of a clause."""

    first: int
    last: int
    kind: str  # "head" (starts a unit), "dependent", or "resume" (the head after a dependent)
    unit: int = 0


@dataclass
class SentenceView:
    index: int
    sentence: Sentence
    block: Block | None
    toks: list[Tok]
    fragments: list[Fragment] = field(default_factory=list)

    @property
    def has_quoted(self) -> bool:
        """Whether any token stands inside quotation marks."""
        return any(t.quoted for t in self.toks)

    def words(self, first: int = 0, last: int | None = None) -> list[Tok]:
        last = len(self.toks) - 1 if last is None else last
        return [t for t in self.toks[first : last + 1] if t.is_word]

    def unit_fragments(self, unit: int) -> list[Fragment]:
        return [f for f in self.fragments if f.unit == unit]


def quoted_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character ranges of ``text[start:end]`` inside outer quotation marks (marks included).

    An unclosed quotation runs to ``end``.  Straight single quotes are ignored (apostrophes).
    """
    ranges: list[tuple[int, int]] = []
    opened: int | None = None
    closers = ""
    for match in _QUOTE_CHARS.finditer(text, start, end):
        pos = match.start()
        ch = text[pos]
        if opened is None:
            # A straight double quote glued to a preceding letter closes nothing: skip it.
            if (
                ch == '"'
                and pos > start
                and text[pos - 1].isalnum()
                and not (pos + 1 < end and text[pos + 1].isalnum())
            ):
                continue
            opened, closers = pos, _QUOTES[ch]
        elif ch in closers:
            ranges.append((opened, pos + 1))
            opened = None
    if opened is not None:
        ranges.append((opened, end))
    return ranges


_SCRATCH = "claims.views"


def sentence_views(analysis: Analysis) -> list[SentenceView]:
    """One view per sentence, tokens attached, quotation marks resolved per block (built once
    per run and shared by the claims components)."""
    key = (len(analysis.text), len(analysis.sentences), len(analysis.tokens))
    cached = analysis._scratch.get(_SCRATCH)
    if cached is not None and cached[0] == key:
        return cached[1]
    views = _build_views(analysis)
    analysis._scratch[_SCRATCH] = (key, views)
    return views


def _build_views(analysis: Analysis) -> list[SentenceView]:
    """The views over the token objects of the attribution view (its tokens carry what the
    claims rules read: see :mod:`newsprobe.attribution.view`)."""
    text = analysis.text
    blocks = {b.id: b for b in analysis.blocks}
    sents = claims_sentences(analysis)
    quoted: dict[int | None, tuple[list[int], list[int]]] = {}
    views = []
    for index, sentence in enumerate(analysis.sentences):
        block = blocks.get(sentence.block) if sentence.block is not None else None
        key = block.id if block is not None else None
        if key not in quoted:
            lo, hi = (block.start, block.end) if block is not None else (0, len(text))
            ranges = quoted_ranges(text, lo, hi)
            quoted[key] = ([a for a, _ in ranges], [b for _, b in ranges])
        toks = sents[index].toks
        _join_particles(toks)
        starts, ends = quoted[key]
        if starts:
            # the ranges are in order and apart: the one that may hold a token is the last
            # to start at or before it
            for tok in toks:
                k = bisect_right(starts, tok.start) - 1
                tok.quoted = k >= 0 and tok.end <= ends[k]
        views.append(SentenceView(index, sentence, block, toks))
    return views


_PARTICLES = frozenset(
    {
        "an",
        "auf",
        "aus",
        "ab",
        "bei",
        "ein",
        "mit",
        "nach",
        "vor",
        "zu",
        "zurück",
        "weg",
        "fest",
        "hin",
        "her",
        "los",
        "vorbei",
        "weiter",
        "fort",
        "heraus",
        "hinaus",
        "herein",
        "hinein",
        "dar",
        "frei",
        "bekannt",
        "statt",
        "teil",
        "vorher",
        "voran",
        "zusammen",
    }
)


#: What may follow a clause-final particle the tagger read as a preposition.
_PARTICLE_FOLLOWERS = frozenset({",", ".", ";", ":", "!", "?", "und", "oder"})


_FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})


def _join_particles(toks: list[Tok]) -> None:
    """Give a finite verb with a separated particle its full lemma ("wirft … vor" ->
    "vorwerfen", "treten … an" -> "antreten").  The tagger sometimes calls a clause-final
    particle a preposition; before a clause boundary it is taken as the particle."""
    n = len(toks)
    for k, tok in enumerate(toks):
        pos = tok.pos
        if pos is None:
            continue
        if pos != "PTKVZ" and not (
            tok.low in _PARTICLES and (k + 1 == n or toks[k + 1].low in _PARTICLE_FOLLOWERS)
        ):
            continue
        for j in range(k - 1, -1, -1):
            verb = toks[j]
            # headlines drop the article, and the tagger may call the finite verb a
            # participle ("Verband kündigt Proteste an"); a real one would hold the particle
            # ... or an infinitive where the clause has no finite verb ("Metaller stimmen
            # Tarifabschluss zu")
            if (
                verb.pos == "VVFIN"
                or (verb.pos == "VVPP" and not verb.low.startswith("ge"))
                or (verb.pos == "VVINF" and not any(t.pos in _FINITE for t in toks[:k]))
            ):
                if not verb.claim_lemma.startswith(tok.low):
                    verb.claim_lemma = tok.low + verb.claim_lemma
                break
            if verb.low in (",", ";", ":"):
                break


def _verb_soon(toks: Sequence[Tok], k: int) -> bool:
    """A verb right after a conjunction at ``k`` ("und erhält", "doch lässt"): a coordinate
    clause.  Any verb tag counts: the tagger calls some finite verbs infinitives."""
    return any(t.pos is not None and t.pos.startswith("V") for t in toks[k + 1 : k + 3])


def split_fragments(view: SentenceView, lex: Lexicon) -> list[Fragment]:
    """Cut the sentence into clause fragments and number their units (see module doc)."""
    toks = view.toks
    coordinators = lex.word_set("coordinators")
    subordinators = lex.word_set("subordinators")
    tagged = any(t.pos is not None for t in toks)
    starts: list[tuple[int, str]] = [(0, "head")]
    n = len(toks)
    for k in range(1, n):
        prev, tok = toks[k - 1], toks[k]
        kind: str | None = None
        if prev.low in _CLAUSE_PUNCT and n - k >= 3:
            kind = "head"
        elif prev.low == ",":
            if tok.low in coordinators and tok.low not in ("und", "oder", "and", "or"):
                kind = "head"
            elif tok.low in ("und", "oder", "and", "or"):
                kind = "head" if (not tagged or _verb_soon(toks, k)) else None
            elif tok.low in subordinators:
                kind = "dependent" if _is_subordinate(tok, tagged) else None
            elif tok.quoted != prev.quoted or (k >= 2 and toks[k - 2].quoted != tok.quoted):
                kind = "dependent"  # „…“, sagte sie / sagte sie: „…“
            elif starts[-1][1] == "dependent" and _resumes(tok, tagged, lex.language):
                kind = "resume"  # "Die Flucht …, wo …, bietet …"
        elif tok.low in coordinators and tok.low in ("und", "oder", "aber", "doch", "sondern"):
            if tagged and _verb_soon(toks, k) and k > 1:
                kind = "head"
        elif tok.low == "but" and k > 1:
            kind = "head"
        if kind is not None:
            starts.append((k, kind))
    fragments: list[Fragment] = []
    for j, (first, kind) in enumerate(starts):
        last = starts[j + 1][0] - 1 if j + 1 < len(starts) else n - 1
        fragments.append(Fragment(first, last, kind))
    unit = -1
    for fragment in fragments:
        if fragment.kind == "head":
            unit += 1
        fragment.unit = max(unit, 0)
    view.fragments = fragments
    return fragments


_EN_AUX = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
        "does",
        "did",
        "do",
        "said",
        "says",
    }
)


def _resumes(tok: Tok, tagged: bool, language: str) -> bool:
    """Whether ``tok`` (after a comma that closes a dependent clause) continues the head."""
    if tagged:
        return tok.is_finite
    return language == "en" and tok.low in _EN_AUX


def _is_subordinate(tok: Tok, tagged: bool) -> bool:
    if not tagged or tok.pos is None:
        return True
    # Articles ("die Lage") and prepositions ("bis 2030") are no clause starts.
    return not tok.pos.startswith(("ART", "APPR", "ADJ", "NN", "CARD"))


def span_of(view: SentenceView, first: int, last: int) -> tuple[int, int]:
    """Character offsets of tokens ``first``..``last``, without clause punctuation at the
    edges (a clause ends before the comma that separates it)."""
    toks = view.toks
    while first < last and toks[first].low in (",", ";", ":", "–", "—", "--"):
        first += 1
    while last > first and toks[last].low in (",", ";", ":", "–", "—", "--"):
        last -= 1
    return toks[first].start, toks[last].end


def ends_as_question(view: SentenceView) -> bool:
    """The sentence ends with "?" outside quotation marks."""
    for tok in reversed(view.toks):
        if tok.low in ("“", "”", '"', "»", "«", "’", "‘", ")", "'"):
            continue
        return tok.low == "?" and not tok.quoted
    return False
