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
from importlib.resources import files
from pathlib import Path

from newsprobe.eval.base import EvalError, Metric, TaskResult, ratio, require_path, run_gold_files
from newsprobe.model import Analysis, Block, BlockKind, ClaimStatus, Metadata

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


def gold_dir() -> Path:
    """The bundled gold sets: ``claims_gold.tsv`` (development) and ``claims_heldout.tsv``."""
    return Path(str(files("newsprobe.claims").joinpath("gold")))


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


def macro_f1(pairs: list[tuple[str, str]], labels: tuple[str, ...]) -> float:
    scores = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        if tp + fp + fn == 0:
            continue
        precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
        scores.append(ratio(2 * precision * recall, precision + recall))
    return sum(scores) / len(scores) if scores else 0.0


def confusion_notes(pairs: list[tuple[str, str]], labels: tuple[str, ...]) -> list[str]:
    counts = Counter(pairs)
    head = " ".join(f"{_SHORT.get(p, p):>4}" for p in labels)
    notes = [f"confusion matrix (rows: gold, columns: predicted) {'':>10}{head}"]
    for g in labels:
        row = " ".join(f"{counts.get((g, p), 0):>4}" for p in labels)
        notes.append(f"confusion {g:<10} {row}")
    return notes


def run(data: Path | None, *, fmt: str | None = None, limit: int | None = None) -> TaskResult:
    """Score one gold TSV, or every ``*.tsv`` of a folder (each file is one column)."""
    return run_gold_files(
        "claims",
        data,
        bundled=gold_dir(),
        bundled_name="bundled claims gold sets",
        pattern="*.tsv",
        score_file=_score_file,
        note="gold: sentences written for newsprobe; claims_gold is the development set "
        "(written alongside the rules), claims_heldout was scored once after they froze",
        fmt=fmt or "tsv",
        limit=limit,
    )


def _score_file(gold: Path, system: str, limit: int | None) -> tuple[list[Metric], list[str], int]:
    items = read_gold(gold)[:limit]
    return (*_score(system, items), len(items))


def _score(system: str, items: list[GoldItem]) -> tuple[list[Metric], list[str]]:
    pairs: list[tuple[str, str]] = []
    by_language: dict[str, list[bool]] = {}
    cue_hits = cue_total = 0
    mistakes: list[str] = []
    for item in items:
        analysis = analyse_sentence(item.sentence, item.language)
        predicted = dominant_status(analysis)
        pairs.append((item.label, predicted))
        by_language.setdefault(item.language, []).append(predicted == item.label)
        found = {c.text.lower() for claim in analysis.claims for c in claim.cues}
        for cue in item.cues:
            cue_total += 1
            cue_hits += cue.lower() in found
        if predicted != item.label:
            mistakes.append(
                f"wrong {item.id}: gold {item.label}, predicted {predicted}: {item.sentence}"
            )
    n = len(pairs)
    correct = sum(1 for g, p in pairs if g == p)
    metrics = [
        Metric(system=system, name="accuracy", value=ratio(correct, n), n=n),
        Metric(system=system, name="macro-F1", value=macro_f1(pairs, LABELS), n=n),
        Metric(system=system, name="cue recall", value=ratio(cue_hits, cue_total), n=cue_total),
    ]
    for language, hits in sorted(by_language.items()):
        metrics.append(
            Metric(
                system=system,
                name=f"accuracy {language}",
                value=ratio(sum(hits), len(hits)),
                n=len(hits),
            )
        )
    counts = Counter(pairs)
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
    return metrics, [*confusion_notes(pairs, LABELS), *mistakes[:20]]
