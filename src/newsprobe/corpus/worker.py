"""The analysis step of an ingest, run in worker processes: a record in, rows to write out.

Each worker builds the pipeline once (models load on its first article) and turns every
record into an :class:`~newsprobe.store.ArticleWrite` or a
:class:`~newsprobe.store.FailureWrite`; it never touches the database.
"""

from __future__ import annotations

import contextlib
import gc
import os
import resource
import signal
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

from newsprobe.corpus.records import Record
from newsprobe.isotime import iso_datetime
from newsprobe.model import Status
from newsprobe.pipeline import Options, Pipeline
from newsprobe.read import InputError, read_bytes
from newsprobe.store.base import ArticleWrite, FailureWrite, InputRef
from newsprobe.store.flatten import prepare

_PIPELINE: Pipeline | None = None
_REASON_MAX = 500


def pipeline() -> Pipeline:
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = Pipeline.select(None, Options())
    return _PIPELINE


@dataclass(frozen=True)
class Task:
    """A record to analyse (with its raw hash, computed by the reader)."""

    record: Record
    raw_sha256: str

    @property
    def ref(self) -> InputRef:
        r = self.record
        return InputRef(path=r.path, offset=r.offset, record=r.record, raw_sha256=self.raw_sha256)


@dataclass(frozen=True)
class BatchResult:
    """What a worker sends back for a batch: one write per task, and its memory so far."""

    writes: list[ArticleWrite | FailureWrite]
    pid: int
    peak_rss_mb: float
    #: CPU-side time of the batch: reading + pipeline, and flattening for the store.
    analyse_seconds: float = 0.0
    flatten_seconds: float = 0.0
    #: Records that ran past their time limit (failures "timeout after N s").
    timeouts: int = 0


class RecordTimeout(BaseException):
    """Raised in the analysing thread when a record runs past its time limit.

    A ``BaseException``, so that a component's ``except Exception`` does not swallow it."""


def timeout_reason(seconds: float) -> str:
    """The failure reason of a record that ran past ``seconds``."""
    return f"timeout after {seconds:g} s"


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`RecordTimeout` in this thread after ``seconds`` (``SIGALRM``).

    Only where a signal can do it: POSIX, the main thread, and code that returns to the
    interpreter (a loop stuck in C is not interrupted; worker processes are killed by the
    ingesting process instead).  Elsewhere, or with no limit, the body runs unbounded."""
    if (
        not seconds
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def _alarm(signum: int, frame: object) -> None:
        raise RecordTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _hint_name(record: Record) -> str:
    """The name given to the reader: it picks the input kind from the suffix."""
    if record.kind == "json":
        return record.path + ".json" if not record.path.endswith(".json") else record.path
    if record.kind == "html":
        return record.path + ".html"
    return record.path


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _REASON_MAX else line[: _REASON_MAX - 1] + "…"


def analyse(
    task: Task, max_bytes: int, clock: list[float] | None = None
) -> ArticleWrite | FailureWrite:
    """Read, analyse and flatten one record; never raises for bad input or a failing layer.

    ``clock``, if given, gets the seconds spent analysing and flattening added to its two
    items."""
    started = time.perf_counter()
    record = task.record
    name = _hint_name(record)
    try:
        raw = read_bytes(record.data, name=name, max_bytes=max_bytes)
        raw.meta.source_path = record.label
        if record.url and not raw.meta.url:
            raw.meta.url = record.url
        if record.fetched and raw.meta.read_at is None:
            with contextlib.suppress(ValueError):  # a WARC-Date: when the page was fetched
                raw.meta.read_at = iso_datetime(record.fetched)
        analysis = pipeline()(raw.to_analysis())
    except InputError as exc:
        message = str(exc)
        if exc.path and message.startswith(f"{exc.path}: "):
            message = message[len(exc.path) + 2 :]
        return FailureWrite(task.ref, "read", _one_line(message))
    except Exception as exc:  # a failing component must not stop the run
        return FailureWrite(task.ref, "analyse", _one_line(f"{type(exc).__name__}: {exc}"))
    if analysis.status is not Status.OK or not analysis.text.strip():
        why = analysis.warnings[-1] if analysis.warnings else "no article text"
        if not why.startswith("no article"):
            why = f"no article found: {why}"
        return FailureWrite(task.ref, "analyse", _one_line(why))
    analysed = time.perf_counter()
    try:
        return ArticleWrite(task.ref, prepare(analysis))
    except Exception as exc:
        return FailureWrite(task.ref, "store", _one_line(f"{type(exc).__name__}: {exc}"))
    finally:
        if clock is not None:
            clock[0] += analysed - started
            clock[1] += time.perf_counter() - analysed


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB (Linux: KiB; macOS: bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def analyse_batch(tasks: list[Task], max_bytes: int, timeout: float | None = None) -> BatchResult:
    """Worker entry point: analyse ``tasks`` in order.

    ``timeout`` bounds each record with :func:`time_limit` (used when analysing in the
    ingesting process; worker processes are bounded from outside)."""
    clock = [0.0, 0.0]
    writes: list[ArticleWrite | FailureWrite] = []
    timeouts = 0
    for task in tasks:
        write: ArticleWrite | FailureWrite | None = None
        try:
            with time_limit(timeout):
                write = analyse(task, max_bytes, clock)
        except RecordTimeout:
            if write is None:  # (an alarm just after the record was done changes nothing)
                write = FailureWrite(task.ref, "analyse", timeout_reason(timeout or 0))
                timeouts += 1
        assert write is not None
        writes.append(write)
    return BatchResult(
        writes=writes,
        pid=os.getpid(),
        peak_rss_mb=round(peak_rss_mb(), 1),
        analyse_seconds=clock[0],
        flatten_seconds=clock[1],
        timeouts=timeouts,
    )


def warm_up() -> None:
    """Pool initializer: build the pipeline and load its models before the first task.

    Workers ignore Ctrl-C: the ingesting process handles it (commits, shuts the pool down).
    """
    from newsprobe.api import analyze_text

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    pipeline()
    with contextlib.suppress(Exception):  # a broken layer shows up per article, with a reason
        analyze_text(
            "Berlin (dpa) - Die Regierung sagte am Montag, sie prüfe den Plan.\n\n"
            "Der Minister erklärte, es gebe noch keine Entscheidung."
        )
    quiet_garbage_collector()


#: Allocations between young-generation collections in a worker (Python's default is 700).
GC_THRESHOLD = (50_000, 20, 100)


def quiet_garbage_collector() -> None:
    """Move the loaded models out of the collector's sight and collect less often.

    An analysis builds some ten thousand small objects (tokens, spans, features) that
    reference counting frees; with the default thresholds the cyclic collector still ran
    every 700 allocations and rescanned the long-lived models, about 15 % of a worker's CPU.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)
