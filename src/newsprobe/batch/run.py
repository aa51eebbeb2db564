"""Batch runs on a Dask cluster: ``newsprobe batch INPUTS --out DIR``.

The inputs are cut into shards (:mod:`newsprobe.batch.shards`); every shard is one Dask task
that analyses its records and writes one Parquet file per table plus a completion marker into
``DIR/shards/<id>/`` (built under a temporary name, renamed into place).  A rerun submits only
the shards without a finished folder; a task the scheduler retries (its worker died) or runs
twice cannot add rows twice, because a shard's folder appears whole, once.

Inside a Dask worker the records are analysed by the ingest's worker pool
(:mod:`newsprobe.corpus.pool`), one analysis process per Dask worker, started (and its models
loaded) as soon as the worker joins the run (:mod:`newsprobe.batch.warm`) and kept from shard
to shard: the per-record time limit, the replacement of a process that crashes
or runs out of memory, and the "died twice on this record" failure are those of
``newsprobe ingest``.  A shard that kills its Dask worker itself every time it is tried
(``distributed.scheduler.allowed-failures``) becomes one failure row, and the run goes on.

``newsprobe load DIR --db …`` (:mod:`newsprobe.batch.load`) merges the finished shards into a
store.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from newsprobe.batch.analysis import (
    RunStopped,
    Settings,
    analysis_pool,
    close_pool,
    stop_run,
    stopped,
    worker_analysis,
)
from newsprobe.batch.shards import (
    Shard,
    ShardOutput,
    is_done,
    plan,
    shard_records,
    write_failed_shard,
    write_shard,
)
from newsprobe.corpus.discover import discover
from newsprobe.corpus.ingest import Counts, Writer, run_pool
from newsprobe.corpus.records import Bad
from newsprobe.corpus.worker import Task
from newsprobe.store.base import FailureWrite, InputRef, WriteItem
from newsprobe.store.flatten import CODEC

#: Shard size of plain JSON Lines files when none is given: enough shards for every worker
#: to get several (balance), none bigger than this.
MAX_SHARD_BYTES = 64 * 1024 * 1024
MIN_SHARD_BYTES = 256 * 1024
SHARDS_PER_WORKER = 8
#: Dask settings of a local cluster: no statistical profiler in the workers (it samples the
#: task thread every 10 ms: about 1.5 % of a core per worker, for a dashboard nobody sees).
LOCAL_CONFIG: dict[str, Any] = {"distributed.worker.profile.enabled": False}
INSTALL_HINT = "newsprobe batch needs Dask: pip install 'newsprobe[dask]'"


class BatchError(ValueError):
    """A batch run that cannot start (no inputs, no Dask, bad scheduler): one line."""


@dataclass
class BatchReport:
    """What one batch run did."""

    shards: int = 0
    done_before: int = 0
    written: int = 0
    failed_shards: int = 0
    records: int = 0
    articles: int = 0
    failures: int = 0
    timeouts: int = 0
    seconds: float = 0.0
    workers: int = 0
    articles_per_second: float = 0.0
    analyse_seconds: float = 0.0
    #: Seconds until the cluster was up (local cluster started, or scheduler reached).
    start_seconds: float = 0.0
    #: Seconds writing Parquet, and CPU seconds of the tasks' threads in the Dask workers
    #: (reading records, handing them over, writing), summed over shards.
    write_seconds: float = 0.0
    task_cpu_seconds: float = 0.0
    #: Seconds the analysis processes waited between one shard and the next, summed.
    handover_seconds: float = 0.0
    #: Seconds to stop the analysis processes and the cluster at the end.
    close_seconds: float = 0.0
    peak_rss_mb: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


# -- the task (runs on a Dask worker) --------------------------------------------------------
class _Collect:
    """Stands in for the ingest's writer: keeps each record's write under its number."""

    def __init__(self, output: ShardOutput, numbers: dict[tuple[str, int], int]) -> None:
        self.output = output
        self.numbers = numbers

    def add(self, item: WriteItem, size: int) -> None:
        ref = item.input
        n = self.numbers[(ref.path, ref.offset)]
        self.output.writes.append((n, cast(Any, item)))

    def flush(self) -> None:
        pass


def run_shard(shard: Shard, out: str, settings: Settings, run: str = "") -> dict[str, Any]:
    """Analyse ``shard`` and write its folder under ``out``; a summary of what it did.

    A shard already finished (by an earlier run, or a twin attempt) is left as it is; one
    of a run that was stopped (:func:`stop_run`) raises :class:`RunStopped`."""
    out_dir = Path(out)
    if stopped(run):
        raise RunStopped(run)
    if is_done(out_dir, shard):
        return {"id": shard.id, "status": "done before"}
    started = time.perf_counter()
    cpu_started = time.thread_time()
    output = ShardOutput(shard)
    numbers: dict[tuple[str, int], int] = {}
    collect = _Collect(output, numbers)
    counts = Counts()

    def tasks() -> Iterator[tuple[Task, int]]:
        for n, item in enumerate(shard_records(shard, settings.max_bytes)):
            if stopped(run):  # (out of run_pool, which stops its analysis process)
                raise RunStopped(run)
            numbers[(item.path, item.offset)] = n
            counts.inputs += 1
            if isinstance(item, Bad):
                ref = InputRef(path=item.path, offset=item.offset, record=item.record)
                collect.add(FailureWrite(ref, "read", item.reason), 0)
                continue
            if item.url:
                output.urls[n] = item.url
            yield Task(item, item.sha256), 0

    analysis = worker_analysis()
    with analysis.lock:  # one shard at a time per analysis process
        # (how long the analysis process had nothing to do since the shard before)
        last = analysis.last_shard_end
        handover = time.perf_counter() - last if last is not None else 0.0
        pool = analysis_pool(analysis, settings)
        try:
            run_pool(
                tasks(),
                cast(Writer, collect),
                counts,
                settings.max_bytes,
                1,
                timeout=settings.timeout or None,
                pool=pool,
            )
        except BaseException:
            analysis.pool = None
            pool.close()
            raise
        analysis.last_shard_end = time.perf_counter()
    _leave_thread_pool()  # the next shard starts analysing while this one is written
    failures = sum(1 for _, w in output.writes if isinstance(w, FailureWrite))
    summary = {
        "status": "ok",
        "codec": CODEC,
        "records": counts.inputs,
        "articles": len(output.writes) - failures,
        "failures": failures,
        "timeouts": counts.timeouts,
        "seconds": round(time.perf_counter() - started, 3),
        "analyse_seconds": round(counts.analyse_seconds, 3),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "peak_rss_mb": max(counts.peaks.values(), default=0.0),
        "peaks": {str(pid): mb for pid, mb in counts.peaks.items()},
    }
    writing = time.perf_counter()
    written = write_shard(out_dir, output, summary)
    return {
        "id": shard.id,
        **summary,
        "status": "ok" if written else "done before",
        "write_seconds": round(time.perf_counter() - writing, 3),
        "handover_seconds": round(handover, 3),
        "task_cpu_seconds": round(time.thread_time() - cpu_started, 3),
    }


def _leave_thread_pool() -> None:
    """Give this task's thread slot back to its Dask worker (``secede``), so that the
    worker starts its next shard, whose records go to the analysis process at once, while
    this task writes its Parquet files; nothing outside a Dask worker."""
    try:
        from distributed import get_worker, secede

        get_worker()
    except (ImportError, ValueError):
        return
    secede()


# -- the driver ------------------------------------------------------------------------------
#: ``callback(report, total_shards)`` after every finished shard.
Progress = Callable[[BatchReport, int], None]


def _client(scheduler: str | None, workers: int | None) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise BatchError(INSTALL_HINT) from None
    if scheduler:
        try:
            return Client(scheduler, timeout="30s"), None
        except (OSError, TimeoutError) as exc:
            raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    import dask

    from newsprobe.corpus.ingest import default_workers

    with dask.config.set(LOCAL_CONFIG):  # (the nannies hand the settings to the workers)
        cluster = _local_cluster(LocalCluster, workers or default_workers())
    return Client(cluster), cluster


def _local_cluster(local_cluster: Any, workers: int) -> Any:
    """A cluster on this machine whose Dask workers are threads of this process, each with
    its own analysis process: a Dask worker here only reads records, hands them over and
    writes Parquet, so worker processes would add a start (an interpreter importing Dask
    and newsprobe, about 1 s each), a nanny, heartbeats and copies over sockets, and
    nothing else.  What a worker process's death would test is the analysis process's, and
    that is replaced as in ``ingest``; killing this process stops the run, and the next run
    redoes only the shards without a finished folder."""
    return local_cluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=False,
        dashboard_address=None,
        memory_limit=0,  # the analysis process has its own limit per record (ingest's)
        silence_logs=logging.ERROR,  # the progress lines and the summary say what happens
    )


def shard_bytes_for(files: Sequence[Path], n_workers: int, given: int | None) -> int:
    if given:
        return given
    total = sum(p.stat().st_size for p in files if p.exists())
    return max(
        MIN_SHARD_BYTES, min(MAX_SHARD_BYTES, total // max(1, n_workers * SHARDS_PER_WORKER))
    )


def batch(
    paths: Sequence[str],
    out: Path,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    shard_bytes: int | None = None,
    settings: Settings = Settings(),
    progress: Progress | None = None,
) -> BatchReport:
    """Run every unfinished shard of ``paths`` on Dask, writing into ``out``.

    ``scheduler``: the address of a running scheduler (``tcp://host:8786``); else a local
    cluster of ``workers`` workers (default: CPU cores; threads of this process, each with
    its own analysis process) lives for the run."""
    started = time.perf_counter()
    files, missing = discover(paths, exclude=[])
    if not files:
        reasons = "; ".join(f"{m.path}: {m.reason}" for m in missing) or "no paths given"
        raise BatchError(f"nothing to analyse ({reasons})")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BatchError(f"{out}: cannot create folder: {exc.strerror or exc}") from None
    for m in missing:  # recorded as ingest records them: a "discover" failure
        print(f"newsprobe batch: {m.path}: {m.reason}", file=sys.stderr)
        if not is_done(out, Shard(m.path)):
            write_failed_shard(out, Shard(m.path), m.reason, stage="discover")
    client, cluster = _client(scheduler, workers)
    report = BatchReport()
    closing = 0.0
    run = uuid.uuid4().hex
    try:
        from newsprobe.batch.warm import AnalysisPlugin

        # every worker (and any that joins later) starts its analysis process now
        client.register_plugin(AnalysisPlugin(settings))
        report.start_seconds = round(time.perf_counter() - started, 3)
        n_workers = len(client.scheduler_info().get("workers", {})) or (workers or 1)
        report.workers = n_workers
        shards = plan(files, shard_bytes_for(files, n_workers, shard_bytes), n_workers)
        report.shards = len(shards)
        todo = [s for s in shards if not is_done(out, s)]
        report.done_before = len(shards) - len(todo)
        _run(client, todo, out, settings, run, report, progress, started)
    except BaseException:  # Ctrl-C, or the driver failed: no shard goes on or starts
        with contextlib.suppress(Exception):
            client.run(stop_run, run)
        raise
    finally:
        closing = time.perf_counter()
        with contextlib.suppress(Exception):  # the analysis processes end with the run
            client.unregister_worker_plugin(AnalysisPlugin.name)
        with contextlib.suppress(Exception):
            client.run(close_pool)
        with contextlib.suppress(Exception):
            client.close()
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close()
            # the local cluster's analysis processes are this process's children: none may
            # outlive the run (the interpreter would wait for it at exit)
            close_pool()
    report.seconds = round(time.perf_counter() - started, 3)
    report.close_seconds = round(time.perf_counter() - closing, 3) if closing else 0.0
    report.write_seconds = round(report.write_seconds, 3)
    report.task_cpu_seconds = round(report.task_cpu_seconds, 3)
    report.handover_seconds = round(report.handover_seconds, 3)
    report.articles_per_second = (
        round(report.records / report.seconds, 2) if report.seconds else 0.0
    )
    return report


def _run(
    client: Any,
    todo: list[Shard],
    out: Path,
    settings: Settings,
    run: str,
    report: BatchReport,
    progress: Progress | None,
    started: float,
) -> None:
    from distributed import as_completed

    if not todo:
        return
    by_key = {}
    futures = []
    for shard in todo:
        future = client.submit(
            run_shard,
            shard,
            str(out),
            settings,
            run,
            key=f"newsprobe-shard-{shard.id}",
            retries=1,
        )
        by_key[future.key] = shard
        futures.append(future)
    try:
        _collect(as_completed(futures), by_key, out, report, progress, started)
    except BaseException:
        with contextlib.suppress(Exception):
            client.cancel(futures)  # queued shards never start
        raise


def _collect(
    completed: Any,
    by_key: dict[Any, Shard],
    out: Path,
    report: BatchReport,
    progress: Progress | None,
    started: float,
) -> None:
    for future in completed:
        shard = by_key[future.key]
        try:
            result = future.result()
        except Exception as exc:  # KilledWorker: the shard killed its worker every time
            reason = _one_line(f"shard {shard.label} failed: {type(exc).__name__}: {exc}")
            write_failed_shard(out, shard, reason)
            report.failed_shards += 1
            report.failures += 1
        else:
            if result.get("status") == "ok":
                report.written += 1
                report.records += int(result.get("records", 0))
                report.articles += int(result.get("articles", 0))
                report.failures += int(result.get("failures", 0))
                report.timeouts += int(result.get("timeouts", 0))
                report.analyse_seconds += float(result.get("analyse_seconds", 0.0))
                report.write_seconds += float(result.get("write_seconds", 0.0))
                report.task_cpu_seconds += float(result.get("task_cpu_seconds", 0.0))
                report.handover_seconds += float(result.get("handover_seconds", 0.0))
                for pid, mb in dict(result.get("peaks", {})).items():
                    process = f"{result.get('host')}:{pid}"  # an analysis process
                    report.peak_rss_mb[process] = max(
                        report.peak_rss_mb.get(process, 0.0), float(mb)
                    )
            else:
                report.done_before += 1
        report.seconds = time.perf_counter() - started
        if progress is not None:
            progress(report, report.shards)


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= 500 else line[:499] + "…"
