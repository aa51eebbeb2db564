"""Task ``speakers_10k``: who really said it on 10kGNAD articles (derStandard), against the
project's own labels (``gold/speakers_10kgnad.tsv``) — the same questions as task ``speakers``
on differently sourced news (Austrian, not Wikinews).

Each gold statement names its article, the character offset of its cue word (or, for a
statement without a cue of its own, of its sentence's first character), the real speaker,
whether the speaker needs an antecedent and the source type.  The article is analysed as the
product does (``analyze_bytes``).  A statement is *found* when an attribution's cue covers the
anchor's word, else when an attribution's message covers the anchor.  Per found statement,
*speaker right* and *type right* as in task ``speakers`` (:func:`speakers.names_match`,
:func:`speakers.predicted_speaker`).  Splits: ``dev10k`` (failures may be read, shown in
``LAST_ERRORS``), ``cold10k``, ``cold10k2`` and ``cold10k3`` (scored cold; their failures are never
printed; cold10k2 and cold10k3 are rich in pronoun and description speakers).  The corpus
is CC BY-NC-SA: evaluation and rule development only.

10kGNAD's texts have lost their quotation marks, so a direct quote that runs on for a few
sentences after its frame ("…, sagt Kurz. Ich habe recht bekommen.") reads as the writer's own
indicative sentences.  The gold keeps such statements (anchored at their sentence):
statements without a cue of their own, these and Konjunktiv continuations, are most of what
*found* misses (24 of 37 on dev10k in round 11) and most statements whose speaker needs an
antecedent.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

from newsprobe.eval.base import EvalError, Metric, TaskResult, require_path
from newsprobe.eval.source_gold import analyse_articles, gold_lines, read_articles
from newsprobe.eval.speakers import Rate, names_match, predicted_speaker, rate_metrics
from newsprobe.model import Analysis, Attribution, SourceType

GOLD = Path(__file__).parent / "gold" / "speakers_10kgnad.tsv"
SPLITS = ("dev10k", "cold10k", "cold10k2", "cold10k3")
#: Cold splits: their failures are never printed.
COLD = frozenset({"cold10k", "cold10k2", "cold10k3"})
#: The wrong speakers and types of the last run's development split, for reading.
LAST_ERRORS: list[str] = []
_TYPES = frozenset(t.value for t in SourceType)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Statement:
    article: int
    anchor: int
    speaker: str
    antecedent: bool
    type: str
    split: str


def read_gold(path: Path = GOLD) -> list[Statement]:
    """The gold statements; a malformed line is an :class:`EvalError` naming it."""
    out: list[Statement] = []
    for number, cells in gold_lines(path):
        if len(cells) != 6:
            raise EvalError(f"{path}:{number}: expected 6 tab-separated cells, got {len(cells)}")
        article, anchor, speaker, ante, kind, split = cells
        if not (article.isdigit() and anchor.isdigit()) or ante not in ("0", "1"):
            raise EvalError(f"{path}:{number}: bad article, anchor or antecedent")
        if kind not in _TYPES or split not in SPLITS:
            raise EvalError(f"{path}:{number}: unknown type {kind!r} or split {split!r}")
        out.append(Statement(int(article), int(anchor), speaker, ante == "1", kind, split))
    return out


def match(analysis: Analysis, anchor: int) -> Attribution | None:
    """The attribution whose cue covers the word at ``anchor``, else one whose message
    covers ``anchor``; None when newsprobe has no statement there."""
    word = _WORD.match(analysis.text, anchor)
    end = word.end() if word else anchor + 1
    for att in analysis.attributions:
        if att.cue is not None and att.cue.start < end and anchor < att.cue.end:
            return att
    for att in analysis.attributions:
        if att.message.start <= anchor < att.message.end:
            return att
    return None


def score(gold: list[Statement], analyses: dict[int, Analysis]) -> tuple[list[Metric], list[str]]:
    """Metrics per split (and ``all``) and the readable failures of the non-cold splits."""
    rates: dict[tuple[str, str], Rate] = {}
    errors: list[str] = []
    for g in gold:
        analysis = analyses.get(g.article)
        att = match(analysis, g.anchor) if analysis is not None else None
        keys = (g.split, "all")
        for split in keys:
            rates.setdefault((split, "found"), Rate()).add(att is not None)
        if att is None or analysis is None:
            if g.split not in COLD:
                errors.append(f"{g.split} {g.article}@{g.anchor}: not found ({g.speaker!r})")
            continue
        name, kind, aliases = predicted_speaker(analysis, att)
        ok = names_match(g.speaker, name, aliases)
        for split in keys:
            rates.setdefault((split, "speaker right"), Rate()).add(ok)
            if g.antecedent:
                rates.setdefault((split, "speaker right, antecedent needed"), Rate()).add(ok)
            rates.setdefault((split, "type right"), Rate()).add(kind == g.type)
            rates.setdefault((split, f"type right: {g.type}"), Rate()).add(kind == g.type)
        if (not ok or kind != g.type) and g.split not in COLD:
            errors.append(
                f"{g.split} {g.article}@{g.anchor}{' ante' if g.antecedent else ''}: "
                f"gold {g.speaker!r} ({g.type}) got {name!r} ({kind})"
            )
    return rate_metrics(rates, (*SPLITS, "all")), errors


def run(data: Path | None, *, fmt: str | None = None, limit: int | None = None) -> TaskResult:
    """Score the gold statements of 10kGNAD's test.csv."""

    if data is None:
        raise EvalError("task 'speakers_10k' needs 10kGNAD's test.csv: pass --data PATH")
    path = require_path(data)
    gold = read_gold()
    numbers = sorted({g.article for g in gold})[:limit]
    gold = [g for g in gold if g.article in numbers]
    texts = read_articles(path, set(numbers))
    started = time.perf_counter()
    analyses, failures = analyse_articles(texts)
    metrics, errors = score(gold, analyses)
    LAST_ERRORS[:] = errors
    return TaskResult.timed(
        started,
        "speakers_10k",
        data,
        fmt or "10kgnad",
        len(texts),
        metrics,
        notes=[
            f"{len(gold)} hand-labelled statements in {len(texts)} 10kGNAD test articles "
            "(eval/gold/speakers_10kgnad.tsv); dev10k: failures read; cold10k, cold10k2, "
            "cold10k3: only totals are read"
        ],
        failures=failures[:20],
    )
