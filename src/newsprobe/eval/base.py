"""What every evaluation task shares: its result model, the task record and the error type."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel, Field

from newsprobe.training.gold import DataError
from newsprobe.training.gold import require_path as require_path

#: Where ``default_data`` paths are resolved from, relative to the project checkout.
SHARED_DATA = Path("..") / "shared" / "data"


#: A bad dataset path or format (one class with the trainers' gold readers).
EvalError = DataError


class Metric(BaseModel):
    """One figure for one system, e.g. ``trafilatura`` / ``f1`` / 0.91 over ``n`` items."""

    system: str
    name: str
    value: float
    n: int | None = Field(default=None, description="How many items the figure is over.")
    note: str = ""
    unit: str = Field(default="", description="'' for a ratio in [0, 1], else 'ms', '/s', ….")


def figure(
    system: str, name: str, value: float, unit: str = "", n: int | None = None, note: str = ""
) -> Metric:
    """One :class:`Metric`, positionally: the tasks' one shorthand for their figures."""
    return Metric(system=system, name=name, value=value, n=n, unit=unit, note=note)


def ours(name: str, value: float, unit: str = "", n: int | None = None, note: str = "") -> Metric:
    """A figure of newsprobe itself (system ``newsprobe``)."""
    return figure("newsprobe", name, value, unit, n, note)


def spread(name: str, values: Sequence[float], unit: str, suffix: str = "") -> list[Metric]:
    """The median and the 95th percentile of newsprobe's ``values`` (one per item)."""
    return [
        ours(f"{name} (median){suffix}", median(values), unit, len(values)),
        ours(f"{name} (p95){suffix}", percentile(values, 95), unit, len(values)),
    ]


class TaskResult(BaseModel):
    """The outcome of running one task on one dataset."""

    task: str
    dataset: str = Field(description="The dataset path as given.")
    format: str
    n_items: int
    metrics: list[Metric] = Field(default_factory=list)
    seconds: float = 0.0
    notes: list[str] = Field(default_factory=list)
    failures: list[str] = Field(default_factory=list, description="Items that could not be run.")

    @classmethod
    def timed(
        cls,
        started: float,
        task: str,
        dataset: object,
        fmt: str,
        n_items: int,
        metrics: list[Metric],
        **more: Any,
    ) -> TaskResult:
        """The result of a run that began at ``started`` (a :func:`time.perf_counter`
        reading); ``dataset`` as given (a path, or words for a bundled set)."""
        return cls(
            task=task,
            dataset=str(dataset),
            format=fmt,
            n_items=n_items,
            metrics=metrics,
            seconds=time.perf_counter() - started,
            **more,
        )

    def to_json(self, *, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent)

    def systems(self) -> list[str]:
        """The systems measured, in order of first appearance."""
        return list(dict.fromkeys(m.system for m in self.metrics))

    def metric_names(self) -> list[str]:
        return list(dict.fromkeys(m.name for m in self.metrics))

    def get(self, system: str, name: str) -> Metric | None:
        return next((m for m in self.metrics if m.system == system and m.name == name), None)


class Runner(Protocol):
    def __call__(self, data: Path | None, *, fmt: str | None, limit: int | None) -> TaskResult: ...


@dataclass(frozen=True)
class Task:
    """An evaluation task: a name, the dataset formats it reads and how to run it."""

    name: str
    description: str
    formats: tuple[str, ...]
    #: Datasets under ``../shared/data`` that ``make bench`` runs this task on, when present.
    default_data: tuple[str, ...]
    runner: Runner
    #: The task also runs with no dataset at all (``data=None``), e.g. on bundled samples.
    runs_without_data: bool = False
    #: Metric names shown in the compact README summary.
    summary_metrics: tuple[str, ...] = field(default_factory=tuple)

    def run(
        self, data: Path | None, *, fmt: str | None = None, limit: int | None = None
    ) -> TaskResult:
        if data is None and not self.runs_without_data:
            raise EvalError(f"task {self.name!r} needs a dataset: pass --data PATH")
        if fmt is not None and fmt not in self.formats:
            raise EvalError(
                f"unknown format {fmt!r} for task {self.name!r}; known: {', '.join(self.formats)}"
            )
        if limit is not None and limit < 1:
            raise EvalError(f"--limit must be at least 1, got {limit}")
        return self.runner(data, fmt=fmt, limit=limit)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0–100) by linear interpolation between closest ranks."""
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


Extractor = Callable[[bytes], str]


#: Scores the items of one gold file as one system: ``(system name, items)`` to the metrics and
#: the notes.
ItemScorer = Callable[[str, list[Any]], tuple[list[Metric], list[str]]]
#: Scores one gold file as one system: ``(gold file, system name, limit)`` to the metrics,
#: the notes and the number of items scored.
FileScorer = Callable[[Path, str, "int | None"], tuple[list[Metric], list[str], int]]


def run_gold_files(
    task: str,
    data: Path | None,
    *,
    bundled: Path,
    bundled_name: str,
    pattern: str,
    note: str,
    fmt: str,
    limit: int | None,
    read: Callable[[Path], Sequence[Any]] | None = None,
    score: ItemScorer | None = None,
    score_file: FileScorer | None = None,
    order: Callable[[Path], Any] | None = None,
) -> TaskResult:
    """Score one gold file, or every file matching ``pattern`` in a folder (without ``data``
    the bundled folder ``bundled``, called ``bundled_name`` in the result), each file as one
    system named after it (the part of its name ``pattern``'s ``*`` stands for); a single
    file is the system ``newsprobe``.  ``read`` gives a file's items, of which the first
    ``limit`` are scored.  ``order`` sorts a folder's files (default: by name); the last one
    gives the task's headline figure in the bench summary."""
    started = time.perf_counter()
    path = require_path(data if data is not None else bundled)
    files = sorted(path.glob(pattern), key=order) if path.is_dir() else [path]
    if not files:
        raise EvalError(f"empty dataset: no {pattern} files in {path}")
    prefix = pattern.split("*")[0]
    metrics: list[Metric] = []
    notes = [note]
    n_items = 0
    for gold in files:
        system = gold.stem.removeprefix(prefix) if len(files) > 1 else "newsprobe"
        if score_file is not None:  # a task that needs the file itself (its name, its notes)
            found, file_notes, n = score_file(gold, system, limit)
        elif read is not None and score is not None:
            items = list(read(gold))[:limit]
            (found, file_notes), n = score(system, items), len(items)
        else:
            raise TypeError("run_gold_files needs read and score, or score_file")
        metrics += found
        notes += [f"{gold.stem}: {line}" for line in file_notes]
        n_items += n
    return TaskResult.timed(
        started,
        task,
        str(data) if data is not None else bundled_name,
        fmt,
        n_items,
        metrics,
        notes=notes,
    )
