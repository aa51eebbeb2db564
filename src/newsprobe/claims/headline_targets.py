"""What the headline check checks (:mod:`newsprobe.claims.headline`): the headline with its
kicker and the highlights (:func:`checked_targets`), and the coordinate clauses of each claim
(:func:`clauses_of`: "A, doch B" -> A, B).  Split from the component in round 14.
"""

from __future__ import annotations

from newsprobe.claims.checked import Clause
from newsprobe.claims.lexicon import lexicon
from newsprobe.claims.units import SentenceView, span_of, split_fragments
from newsprobe.layout.genre import is_genre_label
from newsprobe.model import Analysis, Block, BlockKind, Claim, Span

#: Non-word tokens that end a clause and belong to it ("4 %").
_KEEP = frozenset({"%", "‰"})


def checked_targets(analysis: Analysis) -> list[tuple[str, Span, list[Claim]]]:
    text = analysis.text
    by_block: dict[int, list[Claim]] = {}
    for claim in analysis.claims:
        if claim.block is not None:
            by_block.setdefault(claim.block, []).append(claim)
    targets: list[tuple[str, Span, list[Claim]]] = []
    headline = analysis.headline
    if headline is not None and by_block.get(headline.id):
        kicker = kicker_of(analysis, headline)
        if kicker is not None:
            span = Span.of(text, kicker.start, headline.end)
            claims = by_block.get(kicker.id, []) + by_block[headline.id]
            targets.append(("kicker_headline", span, claims))
        else:
            targets.append(
                ("headline", Span.of(text, headline.start, headline.end), by_block[headline.id])
            )
    for block in analysis.blocks_of(BlockKind.HIGHLIGHT):
        if block.duplicate_of is None and by_block.get(block.id):
            span = Span.of(text, block.start, block.end)
            targets.append(("highlight", span, by_block[block.id]))
    return targets


def kicker_of(analysis: Analysis, headline: Block) -> Block | None:
    """The kicker belonging to the headline, when it stands right before it ("Putin: …")."""
    for block in analysis.blocks_of(BlockKind.KICKER):
        between = analysis.text[block.end : headline.start]
        if (
            block.parent == headline.id
            and not is_genre_label(block.text)  # "Gastkommentar": the genre, not a source
            and block.end <= headline.start
            and not any(c.isalnum() for c in between)
        ):
            return block
    return None


def clauses_of(analysis: Analysis, views: dict[int, SentenceView], claim: Claim) -> list[Clause]:
    """The coordinate clauses of a claim ("A, doch B" -> A, B), leading conjunctions dropped."""
    view = views.get(claim.sentence) if claim.sentence is not None else None
    text = analysis.text
    if view is None or not view.toks:
        return [Clause(Span.of(text, claim.start, claim.end), claim.status)]
    lex = lexicon(analysis.meta.language)
    split_fragments(view, lex)
    skip = lex.word_set("coordinators")
    clauses: list[Clause] = []
    units = sorted({f.unit for f in view.fragments})
    for unit in units:
        frags = view.unit_fragments(unit)
        first, last = frags[0].first, frags[-1].last
        toks = view.toks
        while first < last and (toks[first].low in skip or not toks[first].is_word):
            first += 1
        while last > first and not toks[last].is_word and toks[last].text not in _KEEP:
            last -= 1
        start, end = span_of(view, first, last)
        start, end = max(start, claim.start), min(end, claim.end)
        if end <= start or not any(c.isalpha() for c in text[start:end]):
            continue
        clauses.append(Clause(Span.of(text, start, end), claim.status))
    return clauses or [Clause(Span.of(text, claim.start, claim.end), claim.status)]
