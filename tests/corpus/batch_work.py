"""Analysis functions for the batch tests, run in the analysis processes of Dask workers:
the real analysis, slowed down or made to crash on marked records."""

from __future__ import annotations

import os
import signal
import time

from newsprobe.corpus.worker import BatchResult, Task, analyse_batch

KILL_DASK_WORKER = b"KILL-THE-DASK-WORKER"
CRASH_ANALYSIS = b"CRASH-THE-ANALYSIS-PROCESS"


def slow(tasks: list[Task], max_bytes: int) -> BatchResult:
    """The real analysis, 0.25 s slower per record (so that a test can act mid-run)."""
    time.sleep(0.25)
    return analyse_batch(tasks, max_bytes)


def crashing(tasks: list[Task], max_bytes: int) -> BatchResult:
    """Crash on marked records: this analysis process, or the Dask worker above it."""
    for task in tasks:
        if KILL_DASK_WORKER in task.record.data:
            import psutil

            # analysis process <- (forkserver) <- Dask worker, started by its nanny (spawn)
            for process in psutil.Process().parents():
                if "spawn_main" in " ".join(process.cmdline()):
                    os.kill(process.pid, signal.SIGKILL)
                    break
            os._exit(1)
        if CRASH_ANALYSIS in task.record.data:
            os._exit(1)
    return analyse_batch(tasks, max_bytes)
