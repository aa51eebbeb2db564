"""The ``claims`` component: every sentence (or clause) of the article with its certainty
status — asserted, attributed, hedged, opinion or question — and the cues behind it."""

from __future__ import annotations

from newsprobe.claims.lexicon import LANGUAGES, lexicon
from newsprobe.claims.status import AttributionIndex, classify, clause_span, cue_span
from newsprobe.claims.units import SentenceView, sentence_views
from newsprobe.model import Analysis, Block, BlockKind, Claim
from newsprobe.options import Options

#: The claim role of each block kind; kinds not listed hold no claims (bylines, credits…).
ROLES: dict[BlockKind, str] = {
    BlockKind.HEADLINE: "headline",
    BlockKind.KICKER: "kicker",
    BlockKind.TEASER: "teaser",
    BlockKind.HIGHLIGHT: "highlight",
    BlockKind.CAPTION: "caption",
    BlockKind.SUBHEADING: "subheading",
    BlockKind.PARAGRAPH: "body",
    BlockKind.QUOTE_BLOCK: "body",
    BlockKind.LIST_ITEM: "body",
}
#: Roles that count as the article's text below the headline: the verdict weighs their claims
#: and the headline check looks for backing among them (captions and highlights are furniture).
EVIDENCE_ROLES = frozenset({"teaser", "subheading", "body"})
#: Roles whose blocks are often labels ("Automation fears"): claims only when they say something.
_LABEL_ROLES = frozenset({"kicker", "subheading"})


def role_of(block: Block | None) -> str | None:
    if block is None:
        return "body"
    if block.duplicate_of is not None:
        return None
    return ROLES.get(block.kind)


def _says_something(view: SentenceView) -> bool:
    words = view.words()
    if any(t.pos is not None for t in view.toks):
        return any(t.pos is not None and t.pos.startswith("V") for t in words)
    return len(words) >= 4 or any(t.quoted for t in words)


class ClaimsComponent:
    name = "claims"

    requires: tuple[str, ...] = ("pos", "sources")

    def __call__(self, analysis: Analysis, options: Options) -> None:
        analysis.claims = []
        if not analysis.sentences:
            return
        language = analysis.meta.language
        if language not in LANGUAGES:
            analysis.warnings.append(
                f"claims: no cue lexicon for language {language or 'unknown'!r}; English cues "
                "are used, so hedges and opinions in this language are mostly not recognised"
            )
        lex = lexicon(language)
        index = AttributionIndex(analysis.attributions)
        text = analysis.text
        for view in sentence_views(analysis):
            role = role_of(view.block)
            if role is None or not any(t.text[:1].isalpha() for t in view.toks):
                continue
            if role in _LABEL_ROLES and not _says_something(view):
                continue
            for result in classify(view, lex, index):
                start, end = clause_span(view, result)
                sources: list[int] = []
                for a in result.attributions:
                    source = _source_of(index, a)
                    if source is not None and source not in sources:
                        sources.append(source)
                cues = [cue_span(analysis, view, c) for c in result.cues]
                for a in result.attributions:
                    attribution = index.get(a)
                    cue = attribution.cue if attribution is not None else None
                    if (
                        cue is not None
                        and start <= cue.start
                        and cue.end <= end
                        and not any(c.start < cue.end and cue.start < c.end for c in cues)
                    ):
                        cues.append(cue.model_copy())
                cues.sort(key=lambda c: c.start)
                analysis.claims.append(
                    Claim.of(
                        text,
                        start,
                        end,
                        id=len(analysis.claims),
                        sentence=view.index,
                        block=view.block.id if view.block is not None else None,
                        role=role,
                        status=result.status,
                        cues=cues,
                        attributions=result.attributions,
                        sources=sources,
                    )
                )


def _source_of(index: AttributionIndex, attribution_id: int) -> int | None:
    """The source of an attribution, following ``continues`` to the one that named it."""
    seen: set[int] = set()
    current = index.get(attribution_id)
    while current is not None and current.id not in seen:
        if current.source is not None:
            return current.source
        seen.add(current.id)
        current = index.get(current.continues) if current.continues is not None else None
    return None
