"""Issue 20, cases 4 and 5: one poison record never stops an ingest, a compression bomb is
cut off, repeated lines are counted rather than stored one by one."""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
from pathlib import Path

import pytest

from newsprobe import Corpus
from newsprobe.corpus import records

GOOD = (
    "Stadt plant neue Radwege\n\nDer Stadtrat von Auenberg hat am Dienstag neue Radwege "
    "beschlossen. Bürgermeisterin Anna Weber sagte, die Kosten lägen bei 120.000 Euro."
)


def _failures(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    return [r[0] for r in conn.execute("SELECT reason FROM failures ORDER BY reason")]


def _count(db: Path, sql: str) -> int:
    return sqlite3.connect(db).execute(sql).fetchone()[0]


def test_nested_json_and_symlink_loop_become_failure_rows(tmp_path: Path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    deep = "[" * 1500 + "]" * 1500
    (root / "deep.jsonl").write_text(
        '{"text": ' + deep + "}\n" + json.dumps({"text": GOOD + " Zwei."}) + "\n"
    )
    (root / "deep.json").write_text(deep)
    (root / "loop.txt").symlink_to(root / "loop.txt")
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "pipe.txt")
    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        report = corpus.ingest([root], workers=0)
    assert report.added == 2  # good.txt and the second line of deep.jsonl
    reasons = " | ".join(_failures(db))
    assert reasons.count("nested too deeply") == 2, reasons
    assert "symbolic link loop" in reasons
    if hasattr(os, "mkfifo"):
        assert "named pipe" in reasons and "empty file" not in reasons


def test_a_compression_bomb_is_cut_off_and_repeats_are_counted(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(records, "MIN_DECOMPRESSED", 256 * 1024)
    line = json.dumps({"text": GOOD}).encode() + b"\n"
    bomb = tmp_path / "bomb.jsonl.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as handle:
        for _ in range(40_000):  # 7 MB decompressed, some 20 KB on disk
            handle.write(line)
    assert bomb.stat().st_size < 100_000
    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        report = corpus.ingest([bomb], workers=0)
    assert report.added == 1
    reasons = _failures(db)
    assert any("compression bomb" in r for r in reasons), reasons
    assert any("line repeated" in r and "counted" in r for r in reasons), reasons
    assert _count(db, "SELECT count(*) FROM inputs") < 10  # not one row per line


def test_repeated_lines_are_one_failure_row(tmp_path: Path):
    line = json.dumps({"text": GOOD}) + "\n"
    path = tmp_path / "rep.jsonl"
    path.write_text(line * 500 + json.dumps({"text": GOOD + " Anders."}) + "\n")
    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        report = corpus.ingest([path], workers=0)
    assert report.added == 2
    assert _failures(db) == [
        "line repeated 499 more times (identical to line 1): counted, not stored one by one"
    ]


@pytest.mark.parametrize("exc", [RecursionError("deep"), MemoryError(), ValueError("odd")])
def test_any_exception_while_reading_is_a_failure_and_the_run_goes_on(tmp_path, monkeypatch, exc):
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.jsonl").write_text(json.dumps({"text": GOOD}) + "\n")
    (root / "b.txt").write_text(GOOD + " Noch einer.", encoding="utf-8")
    real = records._jsonl

    def broken(path, max_bytes):
        yield from real(path, max_bytes)
        raise exc

    monkeypatch.setattr(records, "_jsonl", broken)
    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        report = corpus.ingest([root], workers=0)
    assert report.added == 2
    assert any("cannot read the rest of the file" in r for r in _failures(db))
