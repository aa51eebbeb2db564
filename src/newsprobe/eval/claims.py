"""Task ``claims``: certainty status of single sentences against the project's own gold sets.

The gold sets in ``newsprobe/claims/gold/`` are sentences written for newsprobe:
``claims_gold.tsv`` (68 German, 32 English; the development set, written alongside the rules)
and ``claims_heldout.tsv`` (26 German, 14 English; written after the rules froze and scored
once).  Each sentence is labelled asserted / attributed / hedged / opinion / question, with its
cues, and analysed on its own as one paragraph (language forced from the gold) through every
component ``claims`` needs; its predicted status is the status of the claims covering most of
it.  Reported: accuracy (all, per language), macro-F1 over the five statuses, recall of the
gold cues, and the confusion matrix (in the notes and as counts).  Pass one file, or the
folder to score each file as a column.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from newsprobe.eval.base import EvalError, Metric, TaskResult, require_path, run_gold_files
from newsprobe.eval.labels import Tally
from newsprobe.model import Analysis, Block, BlockKind, ClaimStatus, Metadata
from newsprobe.training.counts import ratio
from newsprobe.training.gold import gold_dir

FORMATS = ("tsv",)
LABELS = tuple(s.value for s in ClaimStatus)
_SHORT = {
    "asserted": "asr",
    "attributed": "att",
    "hedged": "hdg",
    "opinion": "opn",
    "question": "qst",
}


@dataclass(frozen=True)
class GoldItem:
    id: str
    language: str
    label: str
    cues: tuple[str, ...]
    sentence: str


def read_gold(path: Path) -> list[GoldItem]:
    """Items of a gold TSV (``#`` lines are comments; the first other line is the header)."""
    require_path(path)
    lines = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or rows[0][:5] != ["id", "lang", "label", "cues", "sentence"]:
        raise EvalError(f"{path}: expected the columns id, lang, label, cues, sentence")
    items = []
    for number, row in enumerate(rows[1:], 2):
        if len(row) != 5 or row[2] not in LABELS:
            raise EvalError(f"{path}: row {number} is not id, lang, label, cues, sentence")
        cues = tuple(c for c in row[3].split("|") if c)
        items.append(GoldItem(row[0], row[1], row[2], cues, row[4]))
    if not items:
        raise EvalError(f"empty dataset: {path}")
    return items


def analyse_sentence(sentence: str, language: str, until: str = "claims") -> Analysis:
    """One sentence as a one-paragraph article, through ``until`` and all it requires."""
    from newsprobe.pipeline import Options, Pipeline, resolve

    analysis = Analysis(text=sentence, meta=Metadata(language=language))
    analysis.blocks = [Block.of(sentence, 0, len(sentence), id=0, kind=BlockKind.PARAGRAPH)]
    names = [n for n in resolve([until]) if n != "layout"]
    return Pipeline(names=names, options=Options(lang=language))(analysis)


def dominant_status(analysis: Analysis) -> str:
    """The status of the claims covering most characters (asserted when there are none)."""
    covered: Counter[str] = Counter()
    for claim in analysis.claims:
        covered[claim.status.value] += claim.end - claim.start
    return covered.most_common(1)[0][0] if covered else ClaimStatus.ASSERTED.value


def run(data: Path | None, *, fmt: str | None = None, limit: int | None = None) -> TaskResult:
    """Score one gold TSV, or every ``*.tsv`` of a folder (each file is one column)."""
    return run_gold_files(
        "claims",
        data,
        bundled=gold_dir(),
        bundled_name="bundled claims gold sets",
        pattern="*.tsv",
        read=read_gold,
        score=_score,
        note="gold: sentences written for newsprobe; claims_gold is the development set "
        "(written alongside the rules), claims_heldout was scored once after they froze",
        fmt=fmt or "tsv",
        limit=limit,
    )


def _score(system: str, items: list[GoldItem]) -> tuple[list[Metric], list[str]]:
    tally = Tally(LABELS)
    cue_hits = cue_total = 0
    for item in items:
        analysis = analyse_sentence(item.sentence, item.language)
        tally.add(item.id, item.language, item.label, dominant_status(analysis), item.sentence)
        found = {c.text.lower() for claim in analysis.claims for c in claim.cues}
        for cue in item.cues:
            cue_total += 1
            cue_hits += cue.lower() in found
    n = len(tally.pairs)
    metrics = [
        *tally.overall(system),
        Metric(system=system, name="cue recall", value=ratio(cue_hits, cue_total), n=cue_total),
        *tally.per_language(system),
    ]
    counts = Counter(tally.pairs)
    for g in LABELS:
        for p in LABELS:
            if counts.get((g, p)):
                metrics.append(
                    Metric(
                        system=system,
                        name=f"gold {g} -> {p}",
                        value=counts[(g, p)],
                        n=n,
                        unit="sentences",
                    )
                )
    return metrics, [*tally.confusion(_SHORT), *tally.mistakes[:20]]
