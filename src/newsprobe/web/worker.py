"""Analyses of the web UI run in a worker process, never in the server's own.

A paste that makes a component hang (a pathological regular expression holds the GIL, and a
thread cannot be stopped) would otherwise freeze every request of the server.  Here the
analysis runs in one long-lived worker process (started on the first analysis, with the
pipeline loaded once); the server waits for its answer at most ``timeout`` seconds — the
ingest's time limit — then kills the worker, answers "timeout", and starts a fresh worker
for the next analysis.  Analyses take turns (one worker, as the pipeline lock did before);
other requests never wait for one.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from newsprobe.corpus.api import DEFAULT_TIMEOUT

#: ``work(data, name, lang, max_bytes)`` → an Analysis; run in the worker process.
Work = Callable[[bytes, str | None, str, int], Any]


class AnalysisFailed(RuntimeError):
    """The analysis did not finish: timed out, or the worker died (one line)."""


def analyse_bytes(data: bytes, name: str | None, lang: str, max_bytes: int) -> Any:
    from newsprobe.api import analyze_bytes

    return analyze_bytes(data, name=name, lang=lang, max_bytes=max_bytes)


def _serve(conn: Connection, work: Work) -> None:
    from newsprobe.read import InputError

    try:
        while True:
            job = conn.recv()
            if job is None:
                return
            try:
                conn.send(("ok", work(*job)))
            except InputError as exc:
                conn.send(("input", str(exc)))
            except Exception as exc:  # a failing component: the request fails, not the worker
                conn.send(("error", f"{type(exc).__name__}: {exc}"[:500]))
    except (EOFError, OSError, KeyboardInterrupt):
        return


class AnalysisWorker:
    """One worker process and the lock that makes analyses take turns."""

    def __init__(self, *, timeout: float = DEFAULT_TIMEOUT, work: Work = analyse_bytes) -> None:
        self.timeout = timeout
        self._work = work
        self._lock = threading.Lock()
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None

    def _start(self) -> Connection:
        if self._process is not None and self._process.is_alive() and self._conn is not None:
            return self._conn
        from newsprobe.corpus.pool import context

        ctx = context()
        parent, child = ctx.Pipe()
        process = ctx.Process(target=_serve, args=(child, self._work), daemon=True)
        process.start()
        child.close()
        self._process, self._conn = process, parent
        return parent

    def _kill(self) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            conn.close()
        if process is not None:
            process.kill()
            process.join(5)

    def run(self, data: bytes, name: str | None, lang: str, max_bytes: int) -> Any:
        """The Analysis; :class:`newsprobe.read.InputError` for bad input,
        :class:`AnalysisFailed` where the worker timed out, died or failed."""
        from newsprobe.read import InputError

        # the one before may take up to the time limit itself
        if not self._lock.acquire(timeout=self.timeout * 2 + 10):
            raise AnalysisFailed("the server is busy with other analyses; try again later")
        try:
            conn = self._start()
            try:
                conn.send((data, name, lang, max_bytes))
                if not conn.poll(self.timeout):
                    self._kill()
                    raise AnalysisFailed(
                        f"the analysis took longer than {self.timeout:g} s and was stopped"
                    )
                kind, payload = conn.recv()
            except (EOFError, OSError, BrokenPipeError):
                self._kill()
                raise AnalysisFailed("the analysis worker died on this input") from None
        finally:
            self._lock.release()
        if kind == "input":
            raise InputError(payload)
        if kind == "error":
            raise AnalysisFailed(f"the analysis failed: {payload}")
        return payload

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(OSError):
                    self._conn.send(None)
            self._kill()


_SHARED: dict[float, AnalysisWorker] = {}
_SHARED_LOCK = threading.Lock()


def shared_worker(timeout: float = DEFAULT_TIMEOUT) -> AnalysisWorker:
    """The process's worker for this time limit (apps of one process share it)."""
    with _SHARED_LOCK:
        worker = _SHARED.get(timeout)
        if worker is None:
            worker = _SHARED[timeout] = AnalysisWorker(timeout=timeout)
        return worker
