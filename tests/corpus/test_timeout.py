"""A record that hangs (a component stuck in a loop) must not stall an ingest: it becomes a
failure "timeout after N s", its worker is replaced, and the run goes on."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from corpus_inputs import (
    STUCK_SECONDS,
    dying_initializer,
    flaky_batch,
    german,
    hanging_batch,
)
from typer.testing import CliRunner

from newsprobe import Corpus
from newsprobe.cli import app
from newsprobe.corpus import ingest as ing
from newsprobe.corpus import worker
from newsprobe.corpus.discover import discover
from newsprobe.corpus.ingest import IngestError


def write_jsonl(path: Path, texts: list[str], **extra: object) -> Path:
    path.write_text(
        "\n".join(json.dumps({"text": t, **extra}, ensure_ascii=False) for t in texts) + "\n",
        encoding="utf-8",
    )
    return path


def run_pool(corpus: Corpus, src: Path, workers: int, **options: object) -> ing.Counts:
    counts = ing.Counts()
    writer = ing.Writer(corpus.store, counts, 0, None)
    files, _ = discover([str(src)])
    tasks = ing._tasks(corpus.store, writer, counts, ing._records(files, 10**6))
    try:
        ing.run_pool(tasks, writer, counts, 10**6, workers, **options)  # type: ignore[arg-type]
    finally:
        writer.flush()
    return counts


def test_a_hanging_record_times_out_and_its_worker_is_replaced(tmp_path: Path) -> None:
    texts = [german(i) for i in range(10)]
    texts[3] = "HANG " + texts[3]
    src = write_jsonl(tmp_path / "a.jsonl", texts)
    started = time.monotonic()
    with Corpus(tmp_path / "c.db") as corpus:
        counts = run_pool(corpus, src, 1, work=hanging_batch, initializer=None, timeout=0.5)
        elapsed = time.monotonic() - started
        assert (counts.added, counts.failed, counts.timeouts) == (9, 1, 1)
        [failure] = corpus.failures()
        assert (failure.record, failure.stage, failure.reason) == (
            4,
            "analyse",
            "timeout after 0.5 s",
        )
        # the records after the stuck one were analysed by a fresh worker
        assert len(counts.peaks) == 2
        assert corpus.count_articles() == 9
    assert elapsed < 8


def test_two_workers_one_stuck_the_other_goes_on(tmp_path: Path) -> None:
    texts = [german(i) for i in range(16)]
    texts[0] = "HANG " + texts[0]
    texts[9] = "HANG " + texts[9]
    src = write_jsonl(tmp_path / "a.jsonl", texts)
    with Corpus(tmp_path / "c.db") as corpus:
        counts = run_pool(corpus, src, 2, work=hanging_batch, initializer=None, timeout=0.4)
        assert (counts.added, counts.failed, counts.timeouts) == (14, 2, 2)
        assert sorted(f.record for f in corpus.failures()) == [1, 10]
        assert {f.reason for f in corpus.failures()} == {"timeout after 0.4 s"}


def test_a_worker_that_dies_once_gets_a_second_chance(tmp_path: Path) -> None:
    marker = tmp_path / "died"
    texts = [german(i) for i in range(6)]
    texts[2] = "FLAKY " + texts[2]
    src = write_jsonl(tmp_path / "a.jsonl", texts, marker=str(marker))
    with Corpus(tmp_path / "c.db") as corpus:
        counts = run_pool(corpus, src, 1, work=flaky_batch, initializer=None, timeout=5)
        assert marker.exists()  # it did die once
        assert (counts.added, counts.failed) == (6, 0) and corpus.failures() == []


def test_workers_that_cannot_start_stop_the_ingest_with_a_reason(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", [german(1)])
    with Corpus(tmp_path / "c.db") as corpus, pytest.raises(IngestError, match="starting"):
        run_pool(corpus, src, 1, work=hanging_batch, initializer=dying_initializer)


def slow_pipeline() -> object:
    """A pipeline stuck in a loop on articles about Rosenfeld (german(2), german(8))."""

    def run(analysis: object) -> object:
        end = time.monotonic() + STUCK_SECONDS
        while "Rosenfeld" in analysis.text and time.monotonic() < end:  # type: ignore[attr-defined]
            time.sleep(0.01)
        return analysis

    return run


def test_inline_ingest_and_cli_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "pipeline", slow_pipeline)
    src = write_jsonl(tmp_path / "a.jsonl", [german(i) for i in range(4)])
    with Corpus(tmp_path / "api.db") as corpus:
        report = corpus.ingest(src, workers=0, timeout=0.3)
        assert (report.added, report.failed, report.timeouts) == (3, 1, 1)
        [failure] = corpus.failures()
        assert (failure.record, failure.reason) == (3, "timeout after 0.3 s")
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(
        app,
        [
            "ingest",
            str(src),
            "--db",
            str(db),
            "--workers",
            "0",
            "--timeout",
            "0.25",
            "--no-progress",
        ],
        env={"NO_COLOR": "1"},
    )
    assert result.exit_code == 0, result.output
    assert "3 added" in result.stdout and "1 failed (1 timed out)" in result.stdout
    result = CliRunner().invoke(app, ["failures", "--db", str(db), "-f", "json"])
    [row] = json.loads(result.stdout)
    assert row["reason"] == "timeout after 0.25 s" and row["record"] == 3
    bad = CliRunner().invoke(app, ["ingest", str(src), "--db", str(db), "--timeout", "-1"])
    assert bad.exit_code == 2
