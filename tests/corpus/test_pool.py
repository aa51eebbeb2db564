"""The worker pool sends a busy worker its next batch ahead, so that it never waits for work
while the ingesting process reads or commits — but only one batch, and only one small enough
to wait in the pipe, so that a send never blocks on a busy or stuck worker."""

from __future__ import annotations

import json
import time

from corpus_inputs import german, slow_batch

from newsprobe.corpus.pool import AHEAD_BYTES, Event, WorkerPool
from newsprobe.corpus.records import Record
from newsprobe.corpus.worker import Task


def _item(i: int, text: str) -> tuple[Task, int]:
    data = json.dumps({"text": text}).encode()
    record = Record(path="in.jsonl", offset=i * 100, record=i + 1, kind="json", data=data)
    return Task(record, raw_sha256=f"{i:064x}"), len(data)


def _events(pool: WorkerPool, kind: str, n: int, seconds: float = 30.0) -> list[Event]:
    got: list[Event] = []
    deadline = time.monotonic() + seconds
    while len(got) < n and time.monotonic() < deadline:
        got += [e for e in pool.poll(0.5) if e.kind == kind]
    assert len(got) == n, f"{len(got)} {kind} events of {n}"
    return got


def test_a_busy_worker_gets_one_small_batch_ahead() -> None:
    with WorkerPool(1, slow_batch, 10**6, None) as pool:
        _events(pool, "ready", 1)
        [worker] = pool.workers
        first = [_item(i, german(i)) for i in range(2)]
        ahead = [_item(i, german(i)) for i in range(2, 4)]
        assert pool.send(worker, first)
        assert worker.hungry and not worker.idle
        assert pool.hungry() == [worker]
        assert pool.send(worker, ahead)  # waits in the pipe
        assert not worker.hungry and pool.hungry() == []
        results = _events(pool, "result", 4)
        for event in results:
            event.worker.answered()
        stored = [r.payload.writes[0].input.record for r in results]
        assert stored == [1, 2, 3, 4]  # in the order sent
        assert worker.idle and worker.hungry and not worker.batches


def test_a_big_batch_waits_until_the_worker_is_idle() -> None:
    with WorkerPool(1, slow_batch, 10**6, None) as pool:
        _events(pool, "ready", 1)
        [worker] = pool.workers
        assert pool.send(worker, [_item(0, german(0))])
        big = [_item(1, "Wort " * (AHEAD_BYTES // 4))]
        assert not pool.send(worker, big)  # would not fit the pipe: not sent
        assert [t.record.record for t, _ in worker.pending] == [1]
        [result] = _events(pool, "result", 1)
        result.worker.answered()
        assert worker.idle
        assert pool.send(worker, big)  # an idle worker takes any size
        [result] = _events(pool, "result", 1)
        assert result.payload.writes[0].input.record == 2


def test_forget_takes_back_every_record_sent() -> None:
    with WorkerPool(1, slow_batch, 10**6, None) as pool:
        _events(pool, "ready", 1)
        [worker] = pool.workers
        pool.send(worker, [_item(0, german(0)), _item(1, german(1))])
        pool.send(worker, [_item(2, german(2))])
        taken = worker.forget()
        assert [t.record.record for t, _ in taken] == [1, 2, 3]
        assert worker.idle and not worker.batches


def test_the_ahead_limit_follows_the_pipes_buffer() -> None:
    import multiprocessing

    from newsprobe.corpus.pool import ahead_limit

    ends = multiprocessing.Pipe(duplex=True)  # a socket pair: its buffer is read
    assert 0 < ahead_limit(ends[0]) <= AHEAD_BYTES
    ends[0].send("still open")  # the duplicate descriptor was closed, not the connection
    assert ends[1].recv() == "still open"
    reader, _ = multiprocessing.Pipe(duplex=False)  # a plain pipe: nothing is sent ahead
    assert ahead_limit(reader) == 0
