"""Batch ingest: discover → read records → analyse in worker processes → one writer.

The calling process reads the input files, skips records that an earlier run stored (same
path, offset and raw hash), hands the rest to a pool of worker processes in small batches,
and is the only process that writes to the database: results are committed in batches, so a
run killed at any point (even ``kill -9``) leaves only whole articles behind and the same
command later picks up where it stopped.  Every record ends as an article, a duplicate of
one (same raw bytes or same canonical text), or a row in ``failures``.

Workers answer record by record (:mod:`newsprobe.corpus.pool`), so the ingesting process
knows which record each one is on: a record that takes longer than the time limit (default
120 s) becomes a failure "timeout after N s" and its worker is killed and replaced; a worker
that dies (crash, out of memory) is replaced and its record tried once more, and only a record
that kills a worker twice is recorded as a failure.  The other workers never stop.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsprobe.corpus.discover import discover
from newsprobe.corpus.limits import DEFAULT_TIMEOUT
from newsprobe.corpus.pool import Work, WorkerPool
from newsprobe.corpus.records import Bad, Record, iter_records
from newsprobe.corpus.tables import Columns
from newsprobe.corpus.worker import BatchResult, Task, analyse_batch, timeout_reason, warm_up
from newsprobe.read import DEFAULT_MAX_BYTES
from newsprobe.store.base import (
    FailureWrite,
    InputRef,
    KnownWrite,
    Outcome,
    Outcomes,
    Store,
    WriteItem,
)
from newsprobe.store.rows import IngestReport
from newsprobe.stories.update import StoryUpdater

#: Records per worker task (amortises inter-process overhead without hurting balance).
BATCH = 4
#: Commit after this many writes or this many seconds, whichever comes first.
COMMIT_EVERY = 64
COMMIT_SECONDS = 1.0
#: A worker must be ready (models loaded) within this many seconds of its start…
STARTUP_SECONDS = 600.0
#: …and workers that exit before they are ready this many times in a row stop the ingest.
STARTUP_DEATHS = 3


class IngestError(ValueError):
    """Nothing to ingest (no input files found): one line for the command line."""


@dataclass
class Counts(Outcomes):
    inputs: int = 0
    timeouts: int = 0
    done_bytes: int = 0
    peaks: dict[int, float] = field(default_factory=dict)
    #: Seconds spent (summed over workers) reading + analysing, flattening, and writing.
    analyse_seconds: float = 0.0
    flatten_seconds: float = 0.0
    write_seconds: float = 0.0
    #: Seconds spent clustering stored articles into stories (the writer).
    story_seconds: float = 0.0

    @property
    def processed(self) -> int:
        return self.added + self.duplicates + self.failed


#: ``callback(counts, total_bytes)`` after every commit (the progress bar).
Progress = Callable[[Counts, int], None]


@dataclass
class _Pending:
    items: list[WriteItem] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    since: float = field(default_factory=time.monotonic)


class Writer:
    """The single writer: buffers write items and commits them in batches."""

    def __init__(self, store: Store, counts: Counts, total: int, progress: Progress | None) -> None:
        self.store = store
        self.counts = counts
        self.total = total
        self.progress = progress
        self.pending = _Pending()
        self.stories = StoryUpdater(store)

    def add(self, item: WriteItem, size: int) -> None:
        self.pending.items.append(item)
        self.pending.sizes.append(size)
        self._maybe_flush()

    def skip(self, size: int) -> None:
        """A record stored by an earlier run: counted, nothing to write."""
        self.counts.skipped += 1
        self.counts.done_bytes += size
        self._maybe_flush()

    def _maybe_flush(self) -> None:
        if (
            len(self.pending.items) >= COMMIT_EVERY
            or time.monotonic() - self.pending.since >= COMMIT_SECONDS
        ):
            self.flush()

    def flush(self) -> None:
        pending, self.pending = self.pending, _Pending()
        if pending.items:
            started = time.perf_counter()
            outcomes: list[Outcome] = self.store.write(pending.items)
            self.counts.write_seconds += time.perf_counter() - started
            self.counts.count(outcomes)
            self.counts.done_bytes += sum(pending.sizes)
            if "added" in outcomes:
                started = time.perf_counter()
                self.stories.run()
                self.counts.story_seconds += time.perf_counter() - started
        if self.progress is not None:
            self.progress(self.counts, self.total)


def _records(
    files: Sequence[Path], max_bytes: int, columns: Columns | None = None
) -> Iterator[tuple[Record | Bad, int]]:
    """Records of every file, each with the number of file bytes it accounts for."""
    for path in files:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        items = _guarded(path, iter_records(path, max_bytes=max_bytes, columns=columns))
        last: tuple[Record | Bad, int] | None = None
        used = 0
        for item in items:
            if last is not None:
                yield last
            share = len(item.data) if isinstance(item, Record) else item.size
            share = min(share, max(0, size - used))
            used += share
            last = (item, share)
        if last is not None:  # the last record of a file carries the rest of its bytes
            yield last[0], last[1] + max(0, size - used)


def _guarded(path: Path, items: Iterator[Record | Bad]) -> Iterator[Record | Bad]:
    """``items``, and where reading raises anyway (a bug, an unforeseen kind of bad data),
    one failure for the rest of the file instead of an ingest stopped for good."""
    offset = 0
    try:
        for item in items:
            offset = item.offset
            yield item
    except Exception as exc:  # one bad file never stops the run
        yield Bad(str(path), offset, None, f"cannot read the rest of the file: {exc!r}"[:500])


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def ingest(
    store: Store,
    paths: Sequence[str],
    *,
    workers: int | None = None,
    max_bytes: int | None = None,
    progress: bool | Progress = False,
    exclude: Sequence[Path] = (),
    timeout: float | None = DEFAULT_TIMEOUT,
    columns: Columns | None = None,
) -> IngestReport:
    """Ingest everything under ``paths`` into ``store``; see the module docstring.

    ``columns``: which columns of CSV/TSV/Parquet inputs hold text, title, date, url, outlet.

    ``workers=0`` analyses in this process (no pool); ``progress=True`` shows a rich progress
    bar on stderr, or pass a callback.  ``timeout``: seconds a record may take (``None`` or
    0: no limit).  Raises :class:`IngestError` when no input file is found at all, or when
    the worker processes cannot start.
    """
    if timeout is not None and timeout < 0:
        raise IngestError("timeout must be >= 0 seconds (0: no limit)")
    started = time.perf_counter()
    max_bytes = max_bytes or DEFAULT_MAX_BYTES
    n_workers = default_workers() if workers is None else max(0, workers)
    db = getattr(store, "path", None)
    skip = [*exclude, *([db, Path(f"{db}-wal"), Path(f"{db}-shm")] if db else [])]
    files, missing = discover(paths, exclude=skip)
    if not files:
        reasons = "; ".join(f"{m.path}: {m.reason}" for m in missing) or "no paths given"
        raise IngestError(f"nothing to ingest ({reasons})")
    total = sum(_size(p) for p in files)
    counts = Counts()
    bar = _progress_bar(progress, total)
    writer = Writer(store, counts, total, bar.update if bar else _callback(progress))
    for m in missing:
        counts.inputs += 1
        writer.add(FailureWrite(InputRef(path=m.path), "discover", m.reason), 0)
    try:
        tasks = _tasks(store, writer, counts, _records(files, max_bytes, columns))
        if n_workers == 0:
            _run_inline(tasks, writer, counts, max_bytes, timeout or None)
        else:
            run_pool(tasks, writer, counts, max_bytes, n_workers, timeout=timeout or None)
    finally:
        writer.flush()
        if bar:
            bar.stop()
    seconds = time.perf_counter() - started
    return IngestReport(
        inputs=counts.inputs,
        **counts.outcomes(),
        timeouts=counts.timeouts,
        seconds=round(seconds, 3),
        workers=n_workers,
        articles_per_second=round(counts.processed / seconds, 2) if seconds else 0.0,
        peak_rss_mb={str(pid): mb for pid, mb in sorted(counts.peaks.items())},
        analyse_seconds=round(counts.analyse_seconds, 3),
        flatten_seconds=round(counts.flatten_seconds, 3),
        write_seconds=round(counts.write_seconds, 3),
        story_seconds=round(counts.story_seconds, 3),
    )


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _callback(progress: bool | Progress) -> Progress | None:
    return None if isinstance(progress, bool) else progress


def _tasks(
    store: Store, writer: Writer, counts: Counts, records: Iterator[tuple[Record | Bad, int]]
) -> Iterator[tuple[Task, int]]:
    """Records that need analysing; the rest (bad, already stored, same bytes as a stored
    article) go straight to the writer."""
    for item, size in records:
        counts.inputs += 1
        if isinstance(item, Bad):
            ref = InputRef(path=item.path, offset=item.offset, record=item.record)
            writer.add(FailureWrite(ref, "read", item.reason), size)
            continue
        task = Task(item, item.sha256)
        done, known = store.input_state(task.ref)
        if done:
            writer.skip(size)
        elif known is not None:
            writer.add(KnownWrite(task.ref, known, url=item.url), size)
        else:
            yield task, size


def _record_result(
    result: BatchResult, sizes: Sequence[int], writer: Writer, counts: Counts
) -> None:
    counts.peaks[result.pid] = max(counts.peaks.get(result.pid, 0.0), result.peak_rss_mb)
    counts.analyse_seconds += result.analyse_seconds
    counts.flatten_seconds += result.flatten_seconds
    counts.timeouts += result.timeouts
    for write, size in zip(result.writes, sizes, strict=True):
        writer.add(write, size)


def _run_inline(
    tasks: Iterator[tuple[Task, int]],
    writer: Writer,
    counts: Counts,
    max_bytes: int,
    timeout: float | None = None,
) -> None:
    for task, size in tasks:
        _record_result(analyse_batch([task], max_bytes, timeout=timeout), [size], writer, counts)


def run_pool(
    tasks: Iterator[tuple[Task, int]],
    writer: Writer,
    counts: Counts,
    max_bytes: int,
    n_workers: int,
    work: Work = analyse_batch,
    initializer: Callable[[], None] | None = warm_up,
    timeout: float | None = None,
    pool: WorkerPool | None = None,
) -> None:
    """Analyse ``tasks`` in ``n_workers`` processes, writing results as they come.

    ``pool``: an open pool to use (and leave open) instead of starting one (a batch worker
    keeps its pool, models loaded, from one shard to the next).

    A worker that takes longer than ``timeout`` seconds on one record is killed and replaced;
    the record is a failure "timeout after N s".  A worker that dies on a record is replaced
    and the record tried once more; if a worker dies on it again the record is a failure.
    Records a lost worker had not started yet are handed out again."""
    redo: deque[tuple[Task, int]] = deque()
    died_once: set[tuple[str, int]] = set()
    state = {"exhausted": False}

    def next_batch() -> list[tuple[Task, int]]:
        batch: list[tuple[Task, int]] = []
        while redo and len(batch) < BATCH:
            batch.append(redo.popleft())
        while not state["exhausted"] and len(batch) < BATCH:
            item = next(tasks, None)
            if item is None:
                state["exhausted"] = True
            else:
                batch.append(item)
        return batch

    def feed(pool: WorkerPool) -> None:
        """A batch for every worker that can take one (idle, or busy with none waiting)."""
        for worker in pool.hungry():
            batch = next_batch()
            if not batch:
                return
            if not pool.send(worker, batch):  # too big to wait in the pipe: sent when idle
                redo.extendleft(reversed(batch))

    first = next_batch()
    if not first:
        return  # nothing to analyse: no worker needed
    redo.extend(first)
    startup_deaths = 0
    with (
        contextlib.nullcontext(pool)
        if pool is not None
        else WorkerPool(n_workers, work, max_bytes, initializer)
    ) as pool:
        while True:
            feed(pool)
            if not pool.busy() and not redo and state["exhausted"]:
                return
            now = time.monotonic()
            wake = now + COMMIT_SECONDS
            if timeout:
                wake = min(
                    [
                        wake,
                        *(
                            w.since + timeout
                            for w in pool.workers
                            if w.pid is not None and w.pending
                        ),
                    ]
                )
            events = pool.poll(wake - now)
            results: list[tuple[BatchResult, int]] = []
            failures: list[tuple[FailureWrite, int]] = []
            for event in events:
                worker = event.worker
                if event.kind == "ready":
                    startup_deaths = 0
                elif event.kind == "result":
                    _, size = worker.answered()
                    results.append((event.payload, size))
                elif event.kind == "died":
                    if worker.pid is None:
                        startup_deaths += 1
                        if startup_deaths >= STARTUP_DEATHS:
                            worker.process.join(timeout=5)
                            raise IngestError(
                                f"worker processes exit while starting "
                                f"(exit code {worker.process.exitcode}); try "
                                "`--workers 0` to see the error"
                            )
                    elif worker.pending:
                        (task, size), *rest = worker.forget()
                        redo.extendleft(reversed(rest))
                        key = (task.record.path, task.record.offset)
                        if key in died_once:
                            failures.append(
                                (
                                    FailureWrite(
                                        task.ref,
                                        "analyse",
                                        "the worker process died on this record "
                                        "(crash or out of memory)",
                                    ),
                                    size,
                                )
                            )
                        else:
                            died_once.add(key)
                            redo.appendleft((task, size))
                    worker.forget()
                    pool.replace(worker)
            now = time.monotonic()
            for worker in list(pool.workers):
                if worker.pid is None:
                    if now - worker.since > STARTUP_SECONDS:
                        raise IngestError(
                            f"a worker process did not start within {STARTUP_SECONDS:g} s"
                        )
                elif timeout and worker.pending and now - worker.since > timeout:
                    (task, size), *rest = worker.forget()
                    redo.extendleft(reversed(rest))
                    failures.append(
                        (FailureWrite(task.ref, "analyse", timeout_reason(timeout)), size)
                    )
                    counts.timeouts += 1
                    pool.replace(worker)
            # Workers get their next records before the writer commits.
            feed(pool)
            for result, size in results:
                _record_result(result, [size], writer, counts)
            for failure, size in failures:
                writer.add(failure, size)
            if not events:
                writer.flush()  # commits what is there and keeps the progress bar moving


def _progress_bar(progress: bool | Progress, total: int) -> _Bar | None:
    if progress is True:
        return _Bar(total)
    return None


class _Bar:
    """A rich progress bar on stderr: bytes done, articles, rate, failures, ETA."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.started = time.monotonic()
        self.progress = Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[articles]}"),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self.task = self.progress.add_task("ingest", total=max(1, total), articles="")
        self.progress.start()

    def update(self, counts: Counts, total: int) -> None:
        elapsed = max(1e-9, time.monotonic() - self.started)
        rate = counts.processed / elapsed
        text = (
            f"{counts.added:,} new · {counts.duplicates:,} dup · {counts.skipped:,} done "
            f"before · {counts.failed:,} failed · {rate:,.1f} articles/s"
        )
        self.progress.update(
            self.task, completed=min(counts.done_bytes, max(1, total)), articles=text
        )

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.progress.stop()
