"""The ``headline_check`` component: does the body back the headline and the highlights?

For the headline (with its kicker, when one belongs to it) and each highlight, every
coordinate clause ("Kremlchef gewährt Assad Asyl" / "lässt eigene Truppen im Stich") is matched
against the claims of teaser, subheadings and body (:mod:`newsprobe.claims.matcher`, a
replaceable class).  Then certainty is compared:

- ``unsupported``: no claim of the body backs the clause;
- ``overstated``: the clause is stated as fact, but every backing claim is hedged, opinion, a
  question, or attributed with a hedge or only to weak sources (anonymous, social media);
- ``supported``: otherwise.

A headline or highlight gets the worst verdict of its clauses.  The component also fills
``analysis.verdict`` (:mod:`newsprobe.claims.verdict`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsprobe.claims.component import EVIDENCE_ROLES
from newsprobe.claims.cues import HEDGE_TYPES
from newsprobe.claims.lexicon import lexicon
from newsprobe.claims.matcher import LexicalMatcher, Matcher, MatchIndex
from newsprobe.claims.templates import Templates, templates
from newsprobe.claims.units import SentenceView, sentence_views, span_of, split_fragments
from newsprobe.claims.verdict import build_verdict
from newsprobe.model import (
    WEAK_SOURCE_TYPES,
    Analysis,
    Block,
    BlockKind,
    Claim,
    ClaimStatus,
    Cue,
    Evidence,
    Finding,
    FindingVerdict,
    Span,
)
from newsprobe.options import Options

#: At most this many backing claims are kept per clause.
MAX_EVIDENCE = 6
_SEVERITY = {
    FindingVerdict.SUPPORTED: 0,
    FindingVerdict.OVERSTATED: 1,
    FindingVerdict.UNSUPPORTED: 2,
}


@dataclass
class Clause:
    """One checked clause of a headline or highlight and what the body offers for it."""

    span: Span
    status: ClaimStatus
    verdict: FindingVerdict = FindingVerdict.UNSUPPORTED
    evidence: list[tuple[Claim, float]] = field(default_factory=list)
    hedges: list[Cue] = field(default_factory=list)
    weak_sources: list[int] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)


@dataclass
class Checked:
    """A finding with the clause that decided it (the verdict's summary reads these)."""

    finding: Finding
    clauses: list[Clause]

    @property
    def worst(self) -> Clause:
        return max(self.clauses, key=lambda c: _SEVERITY[c.verdict])


class HeadlineCheckComponent:
    name = "headline_check"
    requires: tuple[str, ...] = ("claims",)

    def __init__(self, matcher: Matcher | None = None) -> None:
        self.matcher: Matcher = matcher or LexicalMatcher()

    def __call__(self, analysis: Analysis, options: Options) -> None:
        analysis.findings = []
        analysis.verdict = None
        if not analysis.claims:
            if analysis.sentences:
                analysis.verdict = build_verdict(analysis, [])
            return
        words = templates(analysis.meta.language)
        candidates = [c for c in analysis.claims if c.role in EVIDENCE_ROLES]
        index = self.matcher.index(analysis, candidates)
        views = {v.index: v for v in sentence_views(analysis)}
        sources_ran = "sources" in analysis.components
        checked: list[Checked] = []
        for role, span, claims in _targets(analysis):
            clauses = [c for claim in claims for c in _clauses(analysis, views, claim)]
            if not clauses:
                continue
            for clause in clauses:
                _judge(analysis, index, clause, sources_ran)
            finding = _finding(analysis, len(analysis.findings), role, span, clauses, words)
            analysis.findings.append(finding)
            checked.append(Checked(finding, clauses))
        analysis.verdict = build_verdict(analysis, checked)


# -- what is checked --------------------------------------------------------------------------
def _targets(analysis: Analysis) -> list[tuple[str, Span, list[Claim]]]:
    text = analysis.text
    by_block: dict[int, list[Claim]] = {}
    for claim in analysis.claims:
        if claim.block is not None:
            by_block.setdefault(claim.block, []).append(claim)
    targets: list[tuple[str, Span, list[Claim]]] = []
    headline = analysis.headline
    if headline is not None and by_block.get(headline.id):
        kicker = _kicker_of(analysis, headline)
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


def _kicker_of(analysis: Analysis, headline: Block) -> Block | None:
    """The kicker belonging to the headline, when it stands right before it ("Putin: …")."""
    for block in analysis.blocks_of(BlockKind.KICKER):
        between = analysis.text[block.end : headline.start]
        if (
            block.parent == headline.id
            and block.end <= headline.start
            and not any(c.isalnum() for c in between)
        ):
            return block
    return None


def _clauses(analysis: Analysis, views: dict[int, SentenceView], claim: Claim) -> list[Clause]:
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
        while last > first and not toks[last].is_word:
            last -= 1
        start, end = span_of(view, first, last)
        start, end = max(start, claim.start), min(end, claim.end)
        if end <= start or not any(c.isalpha() for c in text[start:end]):
            continue
        clauses.append(Clause(Span.of(text, start, end), claim.status))
    return clauses or [Clause(Span.of(text, claim.start, claim.end), claim.status)]


# -- judging ----------------------------------------------------------------------------------
def _judge(analysis: Analysis, index: MatchIndex, clause: Clause, sources_ran: bool) -> None:
    supports = index.support(clause.span)[:MAX_EVIDENCE]
    clause.evidence = [(analysis.claims[s.claim], s.score) for s in supports]
    if not clause.evidence:
        clause.verdict = FindingVerdict.UNSUPPORTED
        return
    strong = False
    for claim, _ in clause.evidence:
        is_strong, hedges, weak = _strength(analysis, claim, sources_ran)
        strong = strong or is_strong
        if not is_strong:
            for cue in hedges:
                if not any((c.start, c.end) == (cue.start, cue.end) for c in clause.hedges):
                    clause.hedges.append(cue)
            for source in weak:
                if source not in clause.weak_sources:
                    clause.weak_sources.append(source)
            for speaker in _speakers(analysis, claim):
                if speaker not in clause.speakers:
                    clause.speakers.append(speaker)
    if clause.status is not ClaimStatus.ASSERTED or strong:
        clause.verdict = FindingVerdict.SUPPORTED
    else:
        clause.verdict = FindingVerdict.OVERSTATED


def _strength(
    analysis: Analysis, claim: Claim, sources_ran: bool
) -> tuple[bool, list[Cue], list[int]]:
    """Whether a backing claim carries the outlet's or a solid source's certainty; the hedge
    cues and weak sources that make it fall short."""
    hedges = [c for c in claim.cues if c.type in HEDGE_TYPES]
    if claim.status is ClaimStatus.ASSERTED:
        return True, [], []
    if claim.status is not ClaimStatus.ATTRIBUTED:
        return False, hedges, []
    sources = [analysis.sources[i] for i in claim.sources if 0 <= i < len(analysis.sources)]
    weak = [s.id for s in sources if s.type in WEAK_SOURCE_TYPES]
    if hedges:
        return False, hedges, weak
    if sources:
        return len(weak) < len(sources), [], weak
    return not sources_ran, [], []  # sources were looked for and none was found


def _speakers(analysis: Analysis, claim: Claim) -> list[str]:
    """Speakers of the claim's attributions (names for the summary when no source is known)."""
    names = []
    for a in claim.attributions:
        if 0 <= a < len(analysis.attributions):
            names += [" ".join(s.text.split()) for s in analysis.attributions[a].speakers]
    return names


# -- the finding ------------------------------------------------------------------------------
def basis(analysis: Analysis, clause: Clause, words: Templates) -> str:
    """What a clause's backing rests on, in words ("rests on …", "only reports it with …")."""
    parts = []
    names = source_names(analysis, clause.weak_sources, words) or clause.speakers[:3]
    if names:
        parts.append(words.get("basis", "sources").format(sources=words.join(names)))
    cues = _cue_words(clause.hedges)
    if cues:
        parts.append(words.get("basis", "hedges").format(cues=", ".join(cues)))
    if not parts:
        parts.append(words.get("basis", "nothing"))
    return words.top("and").join(parts)


def source_names(analysis: Analysis, ids: list[int], words: Templates) -> list[str]:
    names = []
    for i in ids[:4]:
        if 0 <= i < len(analysis.sources):
            source = analysis.sources[i]
            label = words.source_type(source.type.value)
            names.append(f"{' '.join(source.name.split())} ({label})")
    return names


def _cue_words(cues: list[Cue]) -> list[str]:
    seen: list[str] = []
    for cue in sorted(cues, key=lambda c: c.start):
        word = " ".join(cue.text.split()).lower()
        if word not in seen:
            seen.append(word)
    return seen[:4]


def _finding(
    analysis: Analysis, id_: int, role: str, span: Span, clauses: list[Clause], words: Templates
) -> Finding:
    text = analysis.text
    worst = max(clauses, key=lambda c: _SEVERITY[c.verdict])
    evidence: dict[int, Evidence] = {}
    for clause in clauses:
        for claim, score in clause.evidence:
            if claim.id in evidence and evidence[claim.id].score >= score:
                continue
            evidence[claim.id] = Evidence.of(
                text,
                claim.start,
                claim.end,
                sentence=claim.sentence,
                claim=claim.id,
                score=score,
                status=claim.status,
                sources=list(claim.sources),
            )
    cues: list[Cue] = []
    for clause in clauses:
        if clause.verdict is FindingVerdict.OVERSTATED:
            cues += [c.model_copy() for c in clause.hedges]
    several = len(clauses) > 1
    part = words.quote(worst.span.text) if several else words.get("finding", "part_all")
    subject = words.quote(worst.span.text) if several else words.get("finding", "subject_all")
    if worst.verdict is FindingVerdict.UNSUPPORTED:
        reason = words.get("finding", "unsupported").format(part=part)
    elif worst.verdict is FindingVerdict.OVERSTATED:
        reason = words.get("finding", "overstated").format(
            role=words.role(role), subject=subject, basis=basis(analysis, worst, words)
        )
    else:
        how = (
            "supported_how_same"
            if worst.status is not ClaimStatus.ASSERTED
            else ("supported_how_fact")
        )
        reason = words.get("finding", "supported").format(
            n=len(evidence), part=part, how=words.get("finding", how)
        )
    return Finding.of(
        text,
        span.start,
        span.end,
        id=id_,
        role=role,
        verdict=worst.verdict,
        evidence=sorted(evidence.values(), key=lambda e: (-e.score, e.start)),
        cues=sorted(cues, key=lambda c: c.start),
        reason=reason,
    )
