"""Task ``subjectivity``: opinion vs. everything else against CLEF CheckThat! 2025 task 1
(German), whose sentences are labelled SUBJ (the author's subjective view) or OBJ.

A sentence counts as SUBJ when the claims component gives any of its claims the status
``opinion`` (attributed opinions are someone else's and count as OBJ, as in the task's
guidelines).  The data is CC BY-NC-SA 4.0: evaluation only, never used to build the lexicons.
Reported: macro-F1 over SUBJ/OBJ (the task's measure), accuracy, SUBJ precision/recall/F1,
beside the all-OBJ majority baseline.
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

from newsprobe.eval.base import EvalError, Metric, TaskResult, require_path
from newsprobe.eval.claims import analyse_sentence
from newsprobe.eval.labels import macro_f1
from newsprobe.model import ClaimStatus
from newsprobe.training.counts import ratio

FORMATS = ("checkthat",)
LABELS = ("SUBJ", "OBJ")
DEFAULT_FILE = "dev_de.tsv"


def data_file(data: Path) -> Path:
    require_path(data)
    if data.is_dir():
        path = data / DEFAULT_FILE
        if not path.is_file():
            raise EvalError(f"no {DEFAULT_FILE} in {data}")
        return path
    return data


def read(path: Path) -> list[tuple[str, str]]:
    """``(sentence, label)`` rows of a CheckThat TSV (sentence_id, sentence, label)."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise EvalError(f"{path}: not a UTF-8 CheckThat TSV ({exc})") from None
    if not rows or not {"sentence", "label"} <= set(rows[0]):
        raise EvalError(f"{path}: expected the columns sentence_id, sentence, label")
    items = [(r["sentence"], r["label"].strip()) for r in rows if r.get("label")]
    bad = [label for _, label in items if label not in LABELS]
    if bad:
        raise EvalError(f"{path}: unknown label {bad[0]!r} (expected SUBJ or OBJ)")
    return items


def predict(sentence: str, language: str = "de") -> str:
    analysis = analyse_sentence(sentence, language)
    opinion = any(c.status is ClaimStatus.OPINION for c in analysis.claims)
    return "SUBJ" if opinion else "OBJ"


def _metrics(system: str, pairs: list[tuple[str, str]]) -> list[Metric]:
    n = len(pairs)
    tp = sum(1 for g, p in pairs if g == p == "SUBJ")
    fp = sum(1 for g, p in pairs if g == "OBJ" and p == "SUBJ")
    fn = sum(1 for g, p in pairs if g == "SUBJ" and p == "OBJ")
    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    return [
        Metric(system=system, name="macro-F1", value=macro_f1(pairs, LABELS), n=n),
        Metric(system=system, name="accuracy", value=ratio(sum(g == p for g, p in pairs), n), n=n),
        Metric(system=system, name="SUBJ precision", value=precision, n=n),
        Metric(system=system, name="SUBJ recall", value=recall, n=n),
        Metric(
            system=system,
            name="SUBJ F1",
            value=ratio(2 * precision * recall, precision + recall),
            n=n,
        ),
    ]


def run(data: Path | None, *, fmt: str | None = None, limit: int | None = None) -> TaskResult:
    if data is None:
        raise EvalError("task 'subjectivity' needs a dataset: pass --data PATH")
    started = time.perf_counter()
    path = data_file(data)
    items = read(path)[:limit]
    if not items:
        raise EvalError(f"empty dataset: {path}")
    pairs = [(label, predict(sentence)) for sentence, label in items]
    subj = sum(1 for g, _ in pairs if g == "SUBJ")
    notes = [
        f"{path.name}: {len(pairs)} sentences, {subj} SUBJ; SUBJ = any claim with status opinion",
        "CC BY-NC-SA 4.0 data: evaluation only; no lexicon was built or tuned from it",
    ]
    return TaskResult(
        task="subjectivity",
        dataset=str(data),
        format=fmt or "checkthat",
        n_items=len(pairs),
        metrics=_metrics("newsprobe", pairs)
        + _metrics("majority (OBJ)", [(g, "OBJ") for g, _ in pairs]),
        seconds=time.perf_counter() - started,
        notes=notes,
    )
