"""Batch ingest: discover → read records → analyse in worker processes → one writer.

The calling process reads the input files, skips records that an earlier run stored (same
path, offset and raw hash), hands the rest to a pool of worker processes in small batches,
and is the only process that writes to the database: results are committed in batches, so a
run killed at any point (even ``kill -9``) leaves only whole articles behind and the same
command later picks up where it stopped.  Every record ends as an article, a duplicate of
one (same raw bytes or same canonical text), or a row in ``failures``.

A worker that dies (crash, out of memory) breaks the pool: it is restarted and the batches
that were in flight are retried one record at a time, so only the record that kills a
worker again is recorded as a failure.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from newsprobe.corpus.discover import discover
from newsprobe.corpus.records import Bad, Record, iter_records
from newsprobe.corpus.worker import BatchResult, Task, analyse_batch, warm_up
from newsprobe.read import DEFAULT_MAX_BYTES
from newsprobe.store.base import (
    FailureWrite,
    InputRef,
    KnownWrite,
    Outcome,
    Store,
    WriteItem,
)
from newsprobe.store.rows import IngestReport

#: Records per worker task (amortises inter-process overhead without hurting balance).
BATCH = 4
#: Commit after this many writes or this many seconds, whichever comes first.
COMMIT_EVERY = 64
COMMIT_SECONDS = 1.0


class IngestError(ValueError):
    """Nothing to ingest (no input files found): one line for the command line."""


@dataclass
class Counts:
    inputs: int = 0
    added: int = 0
    duplicates: int = 0
    skipped: int = 0
    failed: int = 0
    done_bytes: int = 0
    peaks: dict[int, float] = field(default_factory=dict)
    #: Seconds spent (summed over workers) reading + analysing, flattening, and writing.
    analyse_seconds: float = 0.0
    flatten_seconds: float = 0.0
    write_seconds: float = 0.0

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


class _Writer:
    """The single writer: buffers write items and commits them in batches."""

    def __init__(self, store: Store, counts: Counts, total: int,
                 progress: Progress | None) -> None:
        self.store = store
        self.counts = counts
        self.total = total
        self.progress = progress
        self.pending = _Pending()

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
        if (len(self.pending.items) >= COMMIT_EVERY
                or time.monotonic() - self.pending.since >= COMMIT_SECONDS):
            self.flush()

    def flush(self) -> None:
        pending, self.pending = self.pending, _Pending()
        if pending.items:
            started = time.perf_counter()
            outcomes: list[Outcome] = self.store.write(pending.items)
            self.counts.write_seconds += time.perf_counter() - started
            for outcome in outcomes:
                if outcome == "added":
                    self.counts.added += 1
                elif outcome == "duplicate":
                    self.counts.duplicates += 1
                else:
                    self.counts.failed += 1
            self.counts.done_bytes += sum(pending.sizes)
        if self.progress is not None:
            self.progress(self.counts, self.total)


def _records(files: Sequence[Path], max_bytes: int) -> Iterator[tuple[Record | Bad, int]]:
    """Records of every file, each with the number of file bytes it accounts for."""
    for path in files:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        items = iter_records(path, max_bytes=max_bytes)
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


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def ingest(store: Store, paths: Sequence[str], *, workers: int | None = None,
           max_bytes: int | None = None, progress: bool | Progress = False,
           exclude: Sequence[Path] = ()) -> IngestReport:
    """Ingest everything under ``paths`` into ``store``; see the module docstring.

    ``workers=0`` analyses in this process (no pool); ``progress=True`` shows a rich progress
    bar on stderr, or pass a callback.  Raises :class:`IngestError` when no input file is
    found at all.
    """
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
    writer = _Writer(store, counts, total, bar.update if bar else _callback(progress))
    for m in missing:
        counts.inputs += 1
        writer.add(FailureWrite(InputRef(path=m.path), "discover", m.reason), 0)
    try:
        tasks = _tasks(store, writer, counts, _records(files, max_bytes))
        if n_workers == 0:
            _run_inline(tasks, writer, counts, max_bytes)
        else:
            _run_pool(tasks, writer, counts, max_bytes, n_workers)
    finally:
        writer.flush()
        if bar:
            bar.stop()
    seconds = time.perf_counter() - started
    return IngestReport(
        inputs=counts.inputs, added=counts.added, duplicates=counts.duplicates,
        skipped=counts.skipped, failed=counts.failed, seconds=round(seconds, 3),
        workers=n_workers,
        articles_per_second=round(counts.processed / seconds, 2) if seconds else 0.0,
        peak_rss_mb={str(pid): mb for pid, mb in sorted(counts.peaks.items())},
        analyse_seconds=round(counts.analyse_seconds, 3),
        flatten_seconds=round(counts.flatten_seconds, 3),
        write_seconds=round(counts.write_seconds, 3),
    )


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _callback(progress: bool | Progress) -> Progress | None:
    return None if isinstance(progress, bool) else progress


def _tasks(store: Store, writer: _Writer, counts: Counts,
           records: Iterator[tuple[Record | Bad, int]]) -> Iterator[tuple[Task, int]]:
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
            writer.add(KnownWrite(task.ref, known), size)
        else:
            yield task, size


def _record_result(result: BatchResult, sizes: Sequence[int], writer: _Writer,
                   counts: Counts) -> None:
    counts.peaks[result.pid] = max(counts.peaks.get(result.pid, 0.0), result.peak_rss_mb)
    counts.analyse_seconds += result.analyse_seconds
    counts.flatten_seconds += result.flatten_seconds
    for write, size in zip(result.writes, sizes, strict=True):
        writer.add(write, size)


def _run_inline(tasks: Iterator[tuple[Task, int]], writer: _Writer, counts: Counts,
                max_bytes: int) -> None:
    for task, size in tasks:
        _record_result(analyse_batch([task], max_bytes), [size], writer, counts)


def _batches(tasks: Iterator[tuple[Task, int]], size: int) -> Iterator[list[tuple[Task, int]]]:
    batch: list[tuple[Task, int]] = []
    for item in tasks:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _pool(n_workers: int, initializer: Callable[[], None] | None = warm_up
          ) -> ProcessPoolExecutor:
    # forkserver: workers start from a clean process (no inherited database handle or
    # progress-bar thread) yet cheaply, with newsprobe already imported.
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload(["newsprobe.corpus.worker"])
    return ProcessPoolExecutor(max_workers=n_workers, mp_context=ctx, initializer=initializer)


def _run_pool(tasks: Iterator[tuple[Task, int]], writer: _Writer, counts: Counts,
              max_bytes: int, n_workers: int,
              work: Callable[[list[Task], int], BatchResult] = analyse_batch,
              initializer: Callable[[], None] | None = warm_up) -> None:
    window = n_workers * 3
    source = _batches(tasks, BATCH)
    retry: deque[list[tuple[Task, int]]] = deque()
    pool = _pool(n_workers, initializer)
    inflight: dict[Future[BatchResult], list[tuple[Task, int]]] = {}
    suspects: set[Future[BatchResult]] = set()  # retried records, run alone
    exhausted = False
    try:
        while True:
            if retry:
                if not inflight:  # one retried record at a time, so a crash names its record
                    future = pool.submit(work, [t for t, _ in retry[0]], max_bytes)
                    inflight[future] = retry.popleft()
                    suspects.add(future)
            else:
                while not exhausted and len(inflight) < window:
                    batch = next(source, None)
                    if batch is None:
                        exhausted = True
                        break
                    inflight[pool.submit(work, [t for t, _ in batch], max_bytes)] = batch
            if not inflight:
                return
            done, _ = wait(inflight, timeout=COMMIT_SECONDS, return_when=FIRST_COMPLETED)
            if not done:
                writer.flush()  # commits what is there and keeps the progress bar moving
                continue
            broken = False
            for future in done:
                batch = inflight.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    broken = True
                    if future in suspects:
                        task, size = batch[0]
                        writer.add(FailureWrite(task.ref, "analyse", "the worker process died "
                                                "on this record (crash or out of memory)"),
                                   size)
                    else:
                        retry.extend([item] for item in batch)
                    continue
                finally:
                    suspects.discard(future)
                _record_result(result, [s for _, s in batch], writer, counts)
            if broken:
                # The pool is gone with every batch still in it: retry those records singly.
                for batch in inflight.values():
                    retry.extend([item] for item in batch)
                inflight.clear()
                suspects.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(n_workers, initializer)
    finally:
        for future in inflight:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


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
            TextColumn("[bold]ingest"), BarColumn(), TaskProgressColumn(),
            TextColumn("{task.fields[articles]}"), TimeElapsedColumn(),
            TextColumn("eta"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=False,
        )
        self.task = self.progress.add_task("ingest", total=max(1, total), articles="")
        self.progress.start()

    def update(self, counts: Counts, total: int) -> None:
        elapsed = max(1e-9, time.monotonic() - self.started)
        rate = counts.processed / elapsed
        text = (f"{counts.added:,} new · {counts.duplicates:,} dup · {counts.skipped:,} done "
                f"before · {counts.failed:,} failed · {rate:,.1f} articles/s")
        self.progress.update(self.task, completed=min(counts.done_bytes, max(1, total)),
                             articles=text)

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.progress.stop()
