"""Each Dask worker's analysis process, and what a batch task needs besides its shard.

One analysis process per Dask worker (the ingest's worker pool,
:mod:`newsprobe.corpus.pool`): started when the worker joins a run
(:mod:`newsprobe.batch.warm`) or on its first shard, kept from shard to shard, used by one
shard at a time.  A Dask worker is a process on a cluster; a local run's workers are threads
of one process, so the state is kept per worker id.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from newsprobe.corpus.limits import DEFAULT_TIMEOUT
from newsprobe.corpus.pool import Work, WorkerPool
from newsprobe.corpus.worker import analyse_batch, warm_up
from newsprobe.read import DEFAULT_MAX_BYTES

#: Environment that Dask gives its workers and the analysis process must not inherit:
#: ``MALLOC_TRIM_THRESHOLD_=65536`` makes glibc hand freed memory back after nearly every
#: article, which costs the analysis process about 4 % of its CPU (measured).
NOT_INHERITED = ("MALLOC_TRIM_THRESHOLD_",)


class RunStopped(Exception):
    """Raised in a shard's task when its run was stopped (Ctrl-C, an error in the driver):
    the shard is left unwritten, for the next run."""


@dataclass(frozen=True)
class Settings:
    """What every task needs besides its shard."""

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float | None = DEFAULT_TIMEOUT
    #: ``module:function`` analysing a list of tasks (default: the ingest's analyse_batch).
    work: str | None = None


@dataclass(eq=False)
class _Analysis:
    """One Dask worker's analysis process: started when the worker joins the run (or on
    its first shard), kept from shard to shard, used by one shard at a time."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    pool: WorkerPool | None = None
    key: tuple[Any, ...] = ()
    #: When the analysis process was handed the last record of the shard before.
    last_shard_end: float | None = None


#: By Dask worker id: one on a cluster's worker process; several in a local cluster's
#: process, whose workers are threads (see :func:`_local_cluster`).
_ANALYSES: dict[str, _Analysis] = {}
_ANALYSES_LOCK = threading.Lock()
#: Runs stopped by their driver: their shards stop at the next record and are not written.
_STOPPED: set[str] = set()


def stopped(run: str) -> bool:
    return run in _STOPPED


def stop_run(run: str) -> None:
    """Stop run ``run``'s shards on this worker (run on every worker when a driver stops)."""
    _STOPPED.add(run)


def _worker_id() -> str:
    """The id of the Dask worker running this task ("" outside one)."""
    try:
        from distributed import get_worker

        return str(get_worker().id)
    except (ImportError, ValueError):
        return ""


def worker_analysis(worker_id: str | None = None) -> _Analysis:
    with _ANALYSES_LOCK:
        return _ANALYSES.setdefault(_worker_id() if worker_id is None else worker_id, _Analysis())


def _work(settings: Settings) -> Work:
    if not settings.work:
        return analyse_batch
    module, _, name = settings.work.partition(":")
    return cast(Work, getattr(importlib.import_module(module), name))


def analysis_pool(analysis: _Analysis, settings: Settings) -> WorkerPool:
    """The worker's analysis process for ``settings`` (the caller holds its lock)."""
    key = (settings.max_bytes, settings.work)
    if analysis.pool is None or analysis.key != key:
        if analysis.pool is not None:
            analysis.pool.close()
            analysis.pool = None
        # Dask starts its worker processes as daemonic processes, which multiprocessing
        # forbids to have children; the analysis process is ours to stop (and exits when its
        # pipe closes, should this worker be killed), so the flag is lifted for it.
        multiprocessing.current_process()._config.pop("daemon", None)  # type: ignore[attr-defined]
        with _environment_without(NOT_INHERITED):
            analysis.pool = WorkerPool(1, _work(settings), settings.max_bytes, warm_up)
        analysis.key = key
    return analysis.pool


@contextlib.contextmanager
def _environment_without(names: Sequence[str]) -> Iterator[None]:
    """``os.environ`` without ``names`` while processes are started (the forkserver the
    analysis processes fork from keeps the environment it started with)."""
    saved = {n: os.environ.pop(n) for n in names if n in os.environ}
    try:
        yield
    finally:
        os.environ.update(saved)


def start_pool(settings: Settings, worker_id: str | None = None) -> None:
    """Start the analysis process of Dask worker ``worker_id`` (default: the one running
    this task) now; it loads its models meanwhile."""
    analysis = worker_analysis(worker_id)
    with analysis.lock:
        analysis_pool(analysis, settings)


def close_pool(worker_id: str | None = None) -> None:
    """Stop the analysis process of Dask worker ``worker_id``, or (default) of every worker
    in this process (run on every worker at the end of a run)."""
    with _ANALYSES_LOCK:
        if worker_id is None:
            analyses = list(_ANALYSES.values())
            _ANALYSES.clear()
        else:
            analyses = [_ANALYSES.pop(worker_id)] if worker_id in _ANALYSES else []
    for analysis in analyses:
        with analysis.lock:
            if analysis.pool is not None:
                analysis.pool.close()
                analysis.pool = None
