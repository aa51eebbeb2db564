"""The analysis process of each Dask worker, started as the worker joins a batch run.

Registered by :func:`newsprobe.batch.run.batch` as a worker plugin: every worker of the
cluster, and every worker that joins (or a nanny restarts) while the run lasts, starts its
analysis process at once, so the models load while the run is still being planned and the
first shard is on its way, not after it arrived.  Unregistering the plugin at the end stops
the processes.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from newsprobe.batch.analysis import Settings, close_pool, start_pool


class AnalysisPlugin(WorkerPlugin):  # type: ignore[misc]
    name = "newsprobe-analysis"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        # in a thread: starting a process must not hold up the worker's event loop (a task
        # arriving meanwhile waits for the pool under its lock)
        threading.Thread(
            target=_start, args=(self.settings, str(worker.id)), name="newsprobe-warm-up"
        ).start()

    def teardown(self, worker: Any) -> None:
        close_pool(str(worker.id))


def _start(settings: Settings, worker_id: str) -> None:
    # a pool that cannot start fails the first shard with its reason (run_shard starts it)
    with contextlib.suppress(Exception):
        start_pool(settings, worker_id)
