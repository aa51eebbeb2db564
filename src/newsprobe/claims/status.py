"""The status of every clause of a sentence, and the claims they merge into.

Precedence within a clause: question > attributed > hedged > opinion > asserted.  A sentence
whose clauses share one status is one claim over the whole sentence; where statuses differ,
each run of clauses with the same status becomes its own claim.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsprobe.claims.cues import HEDGE_TYPES, Found, find_cues
from newsprobe.claims.lexicon import Lexicon
from newsprobe.claims.units import (
    Fragment,
    SentenceView,
    ends_as_question,
    span_of,
    split_fragments,
)
from newsprobe.intervals import IntervalIndex
from newsprobe.model import Analysis, Attribution, ClaimStatus, Cue

#: Opinion cues of a clause must weigh at least this much to make it an opinion.
OPINION_THRESHOLD = 2.0
#: Share of a clause's words that must lie in an attribution (or quotation) to make it one.
COVERAGE = 0.5
ATTRIBUTION_TYPES = frozenset({"attribution", "speech_verb", "subjunctive", "quotation"})
OPINION_TYPES = frozenset(
    {
        "opinion",
        "opinion_strong",
        "intensifier",
        "deontic",
        "first_person",
        "exclamation",
        "rhetorical",
        "directive",
    }
)
_PRECEDENCE = (
    ClaimStatus.QUESTION,
    ClaimStatus.ATTRIBUTED,
    ClaimStatus.HEDGED,
    ClaimStatus.OPINION,
    ClaimStatus.ASSERTED,
)
_MARKS = frozenset('„“”"«»‹›‚‘’')
_PARENTHETICAL_TYPES = frozenset({"hedge_phrase", "attribution", "speech_verb", "hedge"})


@dataclass
class ClauseResult:
    """One claim-to-be: fragments ``first``..``last`` (indices into the view's fragments)."""

    first: int
    last: int
    status: ClaimStatus
    cues: list[Found] = field(default_factory=list)
    attributions: list[int] = field(default_factory=list)


class AttributionIndex:
    """Which attributions cover which tokens (by character offsets)."""

    def __init__(self, attributions: Sequence[Attribution]) -> None:
        self._items = IntervalIndex(
            sorted((a.start, a.end, a.id) for a in attributions if a.end > a.start)
        )
        self._by_id = {a.id: a for a in attributions}

    def within(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """Attributions overlapping ``start:end`` as ``(start, end, id)``, sorted (an
        interval index: a scan of every attribution per sentence was quadratic)."""
        return self._items.overlapping(start, end)

    def get(self, attribution_id: int) -> Attribution | None:
        return self._by_id.get(attribution_id)

    def __bool__(self) -> bool:
        return bool(self._items)


def classify(view: SentenceView, lex: Lexicon, index: AttributionIndex) -> list[ClauseResult]:
    """Split the sentence into clauses, give each a status and merge runs of equal status."""
    cues = find_cues(view, lex)
    near = index.within(view.sentence.start, view.sentence.end) if index else []
    if near:
        near = _own_reading(view, cues, index, near)
    quoting = view.has_quoted
    if not cues and not near and not quoting:
        # Nothing sets one clause apart from another (no cue, no attribution, no quote):
        # every clause is a question or asserted alike, and the sentence is one claim.
        view.fragments = [Fragment(0, len(view.toks) - 1, "head")]
        status = ClaimStatus.QUESTION if ends_as_question(view) else ClaimStatus.ASSERTED
        return [ClauseResult(0, 0, status)]
    fragments = split_fragments(view, lex)
    n = len(fragments)
    scopes: list[list[Found]] = [[] for _ in fragments]
    parenthetical: dict[int, int] = {}  # fragment -> the fragment whose status it takes
    for cue in cues:
        f = _fragment_index(fragments, cue.first)
        host = _host(view, fragments, f, cue)
        if host is not None:
            parenthetical[f] = host
            targets = _scope(fragments, host)
        else:
            # a condition holds its main clause (in the unit), not only its own clause
            whole = fragments[f].kind != "dependent" or cue.type == "conditional"
            targets = _scope(fragments, f) if whole else [f]
        for t in targets:
            scopes[t].append(cue)
    # a fragment with no token inside quotation marks has no quotation cue
    quoted = [_quoted_cue(view, fr) for fr in fragments] if quoting else [None] * n
    covered = [_covered_by(view, fr, near) for fr in fragments]
    question = ends_as_question(view)
    opinion = _opinion_scores(fragments, scopes)
    statuses: list[ClaimStatus] = []
    for f in range(n):
        found = scopes[f]
        if question:
            status = ClaimStatus.QUESTION
        elif covered[f] or quoted[f] or any(c.type in ATTRIBUTION_TYPES for c in found):
            status = ClaimStatus.ATTRIBUTED
        elif any(c.type in HEDGE_TYPES for c in found):
            status = ClaimStatus.HEDGED
        elif opinion[fragments[f].unit] >= OPINION_THRESHOLD:
            status = ClaimStatus.OPINION
        else:
            status = ClaimStatus.ASSERTED
        statuses.append(status)
    for f, host in parenthetical.items():
        statuses[f] = statuses[host]
    results: list[ClauseResult] = []
    for f in range(n):
        if results and results[-1].status == statuses[f]:
            results[-1].last = f
        else:
            results.append(ClauseResult(f, f, statuses[f]))
    for result in results:
        seen: set[Found] = set()
        for f in range(result.first, result.last + 1):
            for cue in scopes[f]:
                if cue not in seen and _relevant(cue, result.status):
                    seen.add(cue)
                    result.cues.append(cue)
            quote = quoted[f]
            if quote is not None and not any(c.type == "quotation" for c in result.cues):
                result.cues.append(quote)
            for a in covered[f]:
                if a not in result.attributions:
                    result.attributions.append(a)
        result.cues.sort(key=lambda c: c.first)
    return results


def _relevant(cue: Found, status: ClaimStatus) -> bool:
    if cue.type in HEDGE_TYPES:
        return status is not ClaimStatus.ASSERTED
    if cue.type in ATTRIBUTION_TYPES:
        return status is ClaimStatus.ATTRIBUTED
    return status is ClaimStatus.OPINION


def _fragment_index(fragments: list[Fragment], k: int) -> int:
    for i, fr in enumerate(fragments):
        if fr.first <= k <= fr.last:
            return i
    return len(fragments) - 1


def _scope(fragments: list[Fragment], f: int) -> list[int]:
    unit = fragments[f].unit
    return [i for i, fr in enumerate(fragments) if fr.unit == unit]


def _host(view: SentenceView, fragments: list[Fragment], f: int, cue: Found) -> int | None:
    """For a parenthetical fragment ("wie es scheint", "sagte sie", "so der Sprecher"), the
    fragment whose clause it comments on; else None."""
    if len(fragments) < 2 or cue.type not in _PARENTHETICAL_TYPES:
        return None
    fr = fragments[f]
    words = [k for k in range(fr.first, fr.last + 1) if view.toks[k].is_word]
    outside = [k for k in words if not cue.first <= k <= cue.last]
    if len(outside) > (2 if cue.type in ("speech_verb", "attribution") else 0):
        return None
    if cue.type == "speech_verb" and fr.kind == "head" and f == 0:
        return None  # "Er sagte, …": the frame opens the sentence and scopes forward
    if f > 0:
        return f - 1
    return f + 1


def _quoted_cue(view: SentenceView, fr: Fragment) -> Found | None:
    words = [k for k in range(fr.first, fr.last + 1) if view.toks[k].is_word]
    if not words:
        return None
    inside = [k for k in words if view.toks[k].quoted]
    if len(inside) / len(words) < 0.6:
        return None
    # The cue is a quotation mark of the fragment (opening or closing), else its first word.
    marks = [
        k
        for k in range(fr.first, fr.last + 1)
        if view.toks[k].quoted and not view.toks[k].is_word and view.toks[k].text in _MARKS
    ]
    first = marks[0] if marks else inside[0]
    return Found(first, first, "quotation", ClaimStatus.ATTRIBUTED, 1.0, "quotation")


#: Our cues that win over an attribution whose cue or speaker they overlap: "Berichten
#: zufolge" and "is said to" are hearsay (hedged), "Meiner Meinung nach" the author's opinion.
_OWN_READING = frozenset({"hedge_phrase", "unconfirmed", "opinion_strong", "hedge"})
_FIRST_PERSON = frozenset(
    {"ich", "wir", "mir", "mich", "uns", "meiner", "unserer", "i", "we", "me", "us", "my", "our"}
)


def _own_reading(
    view: SentenceView,
    cues: list[Found],
    index: AttributionIndex,
    near: list[tuple[int, int, int]],
) -> list[tuple[int, int, int]]:
    """Attributions that stay attributions: not those whose cue or speaker is one of our
    hedge/opinion phrases, nor those whose speaker is the author ("ich", "wir")."""
    ours = [
        (view.toks[c.first].start, view.toks[c.last].end) for c in cues if c.type in _OWN_READING
    ]
    kept = []
    for item in near:
        attribution = index.get(item[2])
        if attribution is None:
            continue
        parts = [*attribution.speakers, *([attribution.cue] if attribution.cue else [])]
        if any(p.start < e and s < p.end for p in parts for s, e in ours):
            continue
        speakers = [" ".join(p.text.lower().split()) for p in attribution.speakers]
        if speakers and all(sp in _FIRST_PERSON for sp in speakers):
            continue
        kept.append(item)
    return kept


def _covered_by(view: SentenceView, fr: Fragment, near: list[tuple[int, int, int]]) -> list[int]:
    if not near:
        return []
    words = [view.toks[k] for k in range(fr.first, fr.last + 1) if view.toks[k].is_word]
    if not words:
        return []
    # words are sorted and disjoint: those inside ``s:e`` are a run found by bisection
    starts = [tok.start for tok in words]
    ends = [tok.end for tok in words]
    counts: dict[int, int] = {}
    first: dict[int, tuple[int, int]] = {}
    for position, (s, e, a) in enumerate(near):
        lo, hi = bisect_left(starts, s), bisect_right(ends, e)
        if hi > lo:
            counts[a] = counts.get(a, 0) + hi - lo
            first.setdefault(a, (lo, position))
    order = sorted(counts, key=first.__getitem__)  # as a scan word by word would list them
    return [a for a in order if counts[a] / len(words) >= COVERAGE]


def _opinion_scores(fragments: list[Fragment], scopes: list[list[Found]]) -> dict[int, float]:
    scores: dict[int, float] = {}
    seen: set[tuple[int, Found]] = set()
    for f, fr in enumerate(fragments):
        scores.setdefault(fr.unit, 0.0)
        for cue in scopes[f]:
            if cue.type in OPINION_TYPES and (fr.unit, cue) not in seen:
                seen.add((fr.unit, cue))
                scores[fr.unit] += cue.weight
    return scores


def cue_span(analysis: Analysis, view: SentenceView, cue: Found) -> Cue:
    """The :class:`Cue` span of a found cue."""
    first, last = view.toks[cue.first], view.toks[cue.last]
    lemma = first.claim_lemma if cue.first == cue.last else cue.key
    return Cue.of(analysis.text, first.start, last.end, type=cue.type, lemma=lemma)


def clause_span(view: SentenceView, result: ClauseResult) -> tuple[int, int]:
    """Character offsets of a clause result (the whole sentence when it covers all of it)."""
    if result.first == 0 and result.last == len(view.fragments) - 1:
        return view.sentence.start, view.sentence.end
    first = view.fragments[result.first].first
    last = view.fragments[result.last].last
    start, end = span_of(view, first, last)
    if result.last == len(view.fragments) - 1:
        end = view.sentence.end
    return start, end
