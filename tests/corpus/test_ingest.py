"""Ingest: every input becomes an article, a duplicate or a failure; reruns add nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from corpus_inputs import german

from newsprobe import Corpus
from newsprobe.corpus.ingest import IngestError


def accounting(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "articles": one("SELECT count(*) FROM articles"),
        "duplicates": one("SELECT count(*) FROM inputs WHERE status = 'duplicate'"),
        "failures": one("SELECT count(*) FROM failures"),
    }


def test_mixed_folder_is_fully_accounted_for(mixed_inputs, tmp_path: Path) -> None:
    root, expected = mixed_inputs
    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        report = corpus.ingest([root], workers=0, max_bytes=expected["max_bytes"])
        assert report.added == expected["articles"]
        assert report.duplicates == expected["duplicates"]
        assert report.failed == expected["failures"]
        assert report.inputs == report.added + report.duplicates + report.failed
        failures = {(Path(f.path).name, f.record): f for f in corpus.failures()}
        assert set(failures) == {
            ("c.jsonl", 2),
            ("c.jsonl", 4),
            ("f.warc.gz", 3),
            ("empty.txt", None),
            ("binary.txt", None),
            ("big.txt", None),
        }
        assert "not valid JSON" in failures["c.jsonl", 2].reason
        assert (
            failures["c.jsonl", 2].offset
            == len((root / "c.jsonl").read_bytes().split(b"\n")[0]) + 1
        )
        assert "no 'text' or 'html'" in failures["c.jsonl", 4].reason
        assert "truncated" in failures["f.warc.gz", 3].reason
        assert "binary" in failures["binary.txt", None].reason
        assert "over the size limit" in failures["big.txt", None].reason
        assert failures["empty.txt", None].reason == "empty file"
        # metadata from JSON lines and WARC headers reach the articles
        kurier = corpus.articles(outlet="Kurier")
        assert len(kurier) == 2
        dated = [a for a in kurier if a.published]
        assert [a.published.isoformat() for a in dated] == ["2024-05-02T06:00:00"]  # UTC
        assert dated[0].url == "https://kurier.example/1"
        assert dated[0].source_path.endswith("c.jsonl#1")
        urls = {a.url for a in corpus.articles(limit=100) if a.url and "hafen" in a.url}
        assert urls == {"https://hafen.example/0", "https://hafen.example/1"}
    assert accounting(db) == {k: v for k, v in expected.items() if k != "max_bytes"}


def test_rerun_adds_nothing_and_retries_failures(mixed_inputs, tmp_path: Path) -> None:
    root, expected = mixed_inputs
    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        corpus.ingest([root], workers=0, max_bytes=expected["max_bytes"])
        before = accounting(db)
        again = corpus.ingest([root], workers=0, max_bytes=expected["max_bytes"])
        assert (again.added, again.duplicates) == (0, 0)
        assert again.skipped == expected["articles"] + expected["duplicates"]
        assert again.failed == expected["failures"]  # failures are retried, and fail again
        assert accounting(db) == before
        assert {f.attempts for f in corpus.failures()} == {2}


def test_a_fixed_failure_leaves_the_failures_table(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    bad = folder / "late.txt"
    bad.write_bytes(b"")
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.ingest([folder], workers=0)
        assert len(corpus.failures()) == 1
        bad.write_text(german(5), encoding="utf-8")
        report = corpus.ingest([folder], workers=0)
        assert report.added == 1 and corpus.failures() == []


def test_same_text_in_different_files_is_one_article(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(german(1), encoding="utf-8")
    (folder / "b.txt").write_text(german(1) + "\n\n\n", encoding="utf-8")  # other bytes
    with Corpus(tmp_path / "c.db") as corpus:
        report = corpus.ingest([folder], workers=0)
        assert (report.added, report.duplicates) == (1, 1)
        # moved elsewhere: same bytes, known without analysing again
        moved = tmp_path / "moved"
        (folder / "a.txt").rename(moved.with_suffix(".txt"))
        report = corpus.ingest([moved.with_suffix(".txt")], workers=0)
        assert (report.added, report.duplicates) == (0, 1)


def test_nothing_to_ingest_is_an_error(tmp_path: Path) -> None:
    with Corpus(tmp_path / "c.db") as corpus, pytest.raises(IngestError, match="no such file"):
        corpus.ingest([tmp_path / "nope"], workers=0)


def test_missing_paths_beside_real_ones_are_failures(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(german(2), encoding="utf-8")
    with Corpus(tmp_path / "c.db") as corpus:
        report = corpus.ingest([tmp_path / "a.txt", tmp_path / "gone.txt"], workers=0)
        assert (report.added, report.failed) == (1, 1)
        [failure] = corpus.failures()
        assert failure.stage == "discover" and failure.reason == "no such file or folder"


def test_worker_pool_gives_the_same_result(mixed_inputs, tmp_path: Path) -> None:
    root, expected = mixed_inputs
    db = tmp_path / "pool.db"
    with Corpus(db) as corpus:
        report = corpus.ingest([root], workers=2, max_bytes=expected["max_bytes"])
        assert report.workers == 2 and len(report.peak_rss_mb) >= 1
        assert all(0 < mb < 2000 for mb in report.peak_rss_mb.values())
    assert accounting(db) == {k: v for k, v in expected.items() if k != "max_bytes"}


def test_a_record_that_kills_its_worker_is_a_failure_and_the_rest_go_on(tmp_path: Path) -> None:
    from corpus_inputs import crashing_batch

    from newsprobe.corpus import ingest as ing
    from newsprobe.corpus.discover import discover

    src = tmp_path / "a.jsonl"
    texts = [german(i) for i in range(12)]
    texts[5] = "CRASH " + texts[5]
    src.write_text(
        "\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in texts), encoding="utf-8"
    )
    with Corpus(tmp_path / "c.db") as corpus:
        counts = ing.Counts()
        writer = ing.Writer(corpus.store, counts, 0, None)
        files, _ = discover([str(src)])
        tasks = ing._tasks(corpus.store, writer, counts, ing._records(files, 10**6))
        ing.run_pool(tasks, writer, counts, 10**6, 2, work=crashing_batch, initializer=None)
        writer.flush()
        assert (counts.added, counts.failed) == (11, 1)
        [failure] = corpus.failures()
        assert failure.record == 6 and "worker process died" in failure.reason
