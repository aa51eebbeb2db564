"""CPU seconds per process role of a run (``ingest`` or ``batch``), for the ``scale`` task.

Wall-clock rates on a shared machine say little; CPU time per role says where the work goes.
A thread samples the CPU times of every process below this one (psutil) until the run ends
and keeps each process's last figure; the roles are told apart by how the process was
started:

* ``driver``: this process (ingest: reading, the SQLite writer, story clustering; batch:
  the Dask client, scheduler and nannies), less the sampling thread itself;
* ``dask workers``: processes started by ``multiprocessing`` spawn (the Dask workers);
* ``analysis``: processes forked by a forkserver (the analysis processes of both);
* ``other``: forkservers, resource trackers.

A process that ends between two samples loses at most one interval of its CPU time (the
analysis processes end with the run, after their last sample of at most ``INTERVAL``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

INTERVAL = 0.2
ROLES = ("analysis", "driver", "dask workers", "other")


@dataclass
class CpuRoles:
    seconds: dict[str, float] = field(default_factory=dict)
    wall: float = 0.0

    @property
    def total(self) -> float:
        return sum(self.seconds.values())


def _role(process: object, psutil: object) -> str:
    try:
        cmd = " ".join(process.cmdline())  # type: ignore[attr-defined]
        parent = process.parent()  # type: ignore[attr-defined]
        parent_cmd = " ".join(parent.cmdline()) if parent is not None else ""
    except psutil.Error:  # type: ignore[attr-defined]
        return "other"
    if "multiprocessing.forkserver" in cmd:
        return "analysis" if "multiprocessing.forkserver" in parent_cmd else "other"
    if "spawn_main" in cmd:
        return "dask workers"
    return "other"


@contextmanager
def cpu_roles() -> Iterator[CpuRoles]:
    """CPU seconds per role of what runs inside the ``with`` block (psutil needed)."""
    import psutil

    result = CpuRoles()
    me = psutil.Process()
    last: dict[int, tuple[str, float]] = {}
    stop = threading.Event()
    sampler_cpu = [0.0]

    def sample() -> None:
        started = time.thread_time()
        while True:
            for child in me.children(recursive=True):
                try:
                    times = child.cpu_times()
                except psutil.Error:
                    continue
                role = last[child.pid][0] if child.pid in last else _role(child, psutil)
                last[child.pid] = (role, times.user + times.system)
            sampler_cpu[0] = time.thread_time() - started
            if stop.wait(INTERVAL):
                return

    cpu0, wall0 = time.process_time(), time.perf_counter()
    thread = threading.Thread(target=sample, name="cpu-roles", daemon=True)
    thread.start()
    try:
        yield result
    finally:
        stop.set()
        thread.join()
        result.wall = time.perf_counter() - wall0
        seconds = dict.fromkeys(ROLES, 0.0)
        seconds["driver"] = max(0.0, time.process_time() - cpu0 - sampler_cpu[0])
        for role, cpu in last.values():
            seconds[role] += cpu
        result.seconds = seconds
