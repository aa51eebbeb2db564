"""The worker processes of an ingest, each fed over its own pipe.

Unlike a ``ProcessPoolExecutor``, the ingesting process knows which record every worker is on
and since when: a worker stuck on one record (a component that hangs, in Python or in C) is
killed when the time limit passes and replaced on its own, and a worker that dies names the
record it died on; the other workers go on undisturbed.

A worker answers each record on its own (one :class:`~newsprobe.corpus.worker.BatchResult`
per record, in the order sent), so a record's clock starts when the worker answered the one
before it, or when it was sent to an idle worker.  A busy worker is sent at most one batch
ahead, and only one small enough to wait in the pipe's buffer, so a send never waits on a busy
(or stuck) worker, and a worker never waits for its next batch while the ingesting process
reads input or commits.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from multiprocessing.reduction import ForkingPickler
from typing import Any, Literal

from newsprobe.corpus.worker import BatchResult, Task

#: ``work(tasks, max_bytes)``: analyse records in a worker (one record per call here).
Work = Callable[[list[Task], int], BatchResult]
#: A record handed to a worker, with the number of input bytes it accounts for.
Item = tuple[Task, int]
EventKind = Literal["ready", "result", "died"]
#: The largest batch (pickled) sent to a worker that is still busy with the one before; less
#: where the pipe's buffer is smaller (see :func:`ahead_limit`), so that the send cannot block.
AHEAD_BYTES = 32 * 1024


def ahead_limit(conn: Connection) -> int:
    """What may be sent on ``conn`` while nobody reads it: half its socket's send buffer, at
    most :data:`AHEAD_BYTES` (Linux: ~200 KB buffers; macOS: 8 KB); 0, nothing sent ahead,
    where the connection is no socket or its buffer cannot be read."""
    import socket

    try:
        sock = socket.fromfd(conn.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
    except (OSError, ValueError, AttributeError):
        return 0
    try:
        return min(AHEAD_BYTES, sock.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) // 2)
    except OSError:
        return 0
    finally:
        sock.close()  # a duplicate of the descriptor: the connection stays open


def serve(
    conn: Connection, work: Work, max_bytes: int, initializer: Callable[[], None] | None
) -> None:
    """Worker process: initialise, report ready, then answer every record it is sent with
    one result, until it is sent ``None`` or its pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the ingesting process's business
    if initializer is not None:
        initializer()
    try:
        conn.send(("ready", os.getpid()))
        while True:
            tasks = conn.recv()
            if tasks is None:
                return
            for task in tasks:
                conn.send(("result", work([task], max_bytes)))
    except (EOFError, OSError):  # the ingesting process went away
        return


def context() -> BaseContext:
    # forkserver: workers start from a clean process (no inherited database handle or
    # progress-bar thread) yet cheaply, with newsprobe already imported.
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload(["newsprobe.corpus.pool"])  # type: ignore[attr-defined]
    return ctx


@dataclass(eq=False)
class Worker:
    """One worker process and what the ingesting process knows about it."""

    process: BaseProcess
    conn: Connection
    #: When it was started, or when the record it is on began.
    since: float = field(default_factory=time.monotonic)
    #: Set once the worker reported ready (initialised, models loaded).
    pid: int | None = None
    #: Records sent and not answered yet, in order: the first is the one it is on.
    pending: deque[Item] = field(default_factory=deque)
    #: Records not yet answered of each batch sent (at most two: the one it is on, one ahead).
    batches: deque[int] = field(default_factory=deque)
    #: The largest batch (pickled bytes) sent while it is busy (:func:`ahead_limit`).
    ahead_bytes: int = 0

    @property
    def idle(self) -> bool:
        return self.pid is not None and not self.pending

    @property
    def hungry(self) -> bool:
        """Ready and without a batch waiting behind the one it is on."""
        return self.pid is not None and len(self.batches) < 2

    def answered(self) -> Item:
        """The record it answered (the first pending one)."""
        if self.batches:
            self.batches[0] -= 1
            if self.batches[0] <= 0:
                self.batches.popleft()
        return self.pending.popleft()

    def forget(self) -> list[Item]:
        """Every record sent and not answered, taken back (the worker is gone)."""
        items = list(self.pending)
        self.pending.clear()
        self.batches.clear()
        return items


@dataclass(frozen=True)
class Event:
    worker: Worker
    kind: EventKind
    payload: Any = None


class WorkerPool:
    """``size`` worker processes running ``work``; see the module docstring."""

    def __init__(
        self, size: int, work: Work, max_bytes: int, initializer: Callable[[], None] | None
    ) -> None:
        self._ctx = context()
        self._args = (work, max_bytes, initializer)
        self.workers: list[Worker] = []
        try:
            for _ in range(size):
                self.workers.append(self._spawn())
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _spawn(self) -> Worker:
        parent, child = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(
            target=serve,
            args=(child, *self._args),  # type: ignore[attr-defined]
            name="newsprobe-ingest-worker",
        )
        process.start()
        child.close()  # the worker's end lives in the worker only: its exit reads as EOF here
        return Worker(process, parent, ahead_bytes=ahead_limit(parent))

    def hungry(self) -> list[Worker]:
        """Workers that can be sent a batch: idle ones first, then busy ones with none ahead."""
        return sorted((w for w in self.workers if w.hungry), key=lambda w: bool(w.pending))

    def busy(self) -> bool:
        return any(w.pending for w in self.workers)

    def send(self, worker: Worker, items: list[Item]) -> bool:
        """Hand ``items`` to a hungry worker: False (nothing sent) when it is busy and the
        batch is too big to wait in the pipe (``worker.ahead_bytes``).  An idle worker's clock
        starts now; a busy one's keeps running for the record it is on."""
        assert worker.hungry, "work is only sent to workers without a batch waiting"
        data = bytes(ForkingPickler.dumps([task for task, _ in items]))
        if worker.pending and len(data) > worker.ahead_bytes:
            return False
        if not worker.pending:
            worker.since = time.monotonic()
        worker.pending.extend(items)
        worker.batches.append(len(items))
        with contextlib.suppress(OSError):  # it died meanwhile: the next poll says so
            worker.conn.send_bytes(data)
        return True

    def poll(self, timeout: float) -> list[Event]:
        """Messages and exits of the workers, waiting up to ``timeout`` seconds for one."""
        by_conn = {w.conn: w for w in self.workers}
        by_sentinel = {w.process.sentinel: w for w in self.workers}
        events: list[Event] = []
        seen: set[int] = set()
        for obj in wait([*by_conn, *by_sentinel], max(0.0, timeout)):
            worker = by_conn.get(obj) or by_sentinel[obj]  # type: ignore[index, call-overload]
            if id(worker) in seen:
                continue
            seen.add(id(worker))
            try:
                while worker.conn.poll():
                    kind, payload = worker.conn.recv()
                    events.append(Event(worker, kind, payload))
                    now = time.monotonic()
                    if kind == "ready":
                        worker.pid = int(payload)
                        worker.since = now
                    elif kind == "result":
                        worker.since = now  # the next record starts now
            except (EOFError, OSError):
                events.append(Event(worker, "died"))
                continue
            if not worker.process.is_alive():
                events.append(Event(worker, "died"))
        return events

    def replace(self, worker: Worker) -> Worker:
        """Kill ``worker`` (if it still runs) and start a fresh one in its place."""
        self._kill(worker)
        fresh = self._spawn()
        self.workers[self.workers.index(worker)] = fresh
        return fresh

    @staticmethod
    def _kill(worker: Worker) -> None:
        with contextlib.suppress(OSError, ValueError):
            worker.process.kill()
        worker.process.join(timeout=10)
        worker.conn.close()

    def close(self) -> None:
        """Stop idle workers cleanly and kill busy ones (their records are not written, so
        the next run does them again)."""
        for w in self.workers:
            if w.pending or w.pid is None:
                with contextlib.suppress(OSError, ValueError):
                    w.process.kill()
            else:
                with contextlib.suppress(OSError, ValueError):
                    w.conn.send(None)
        deadline = time.monotonic() + 10
        for w in self.workers:
            w.process.join(timeout=max(0.1, deadline - time.monotonic()))
            if w.process.is_alive():
                self._kill(w)
            else:
                w.conn.close()
        self.workers = []
