"""Nothing lost: `kill -9` in the middle of an ingest, then the same command again, ends with
every article stored exactly once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from corpus_inputs import german

N = 100


def count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:  # not created yet
        return 0


def command(src: Path, db: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "newsprobe.cli",
        "ingest",
        str(src),
        "--db",
        str(db),
        "--workers",
        "1",
        "--no-progress",
    ]


def test_kill_9_mid_ingest_then_rerun_stores_everything_once(tmp_path: Path) -> None:
    src = tmp_path / "articles.jsonl"
    src.write_text(
        "\n".join(
            json.dumps({"text": german(i), "outlet": "Kurier"}, ensure_ascii=False)
            for i in range(N)
        )
        + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "c.db"
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.Popen(
        command(src, db),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        env=env,
    )
    deadline = time.monotonic() + 180
    try:
        while count(db) < 5:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline, "ingest committed nothing in time"
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its workers, mid-run
        proc.wait(timeout=30)
    at_kill = count(db)
    assert 5 <= at_kill < N, "the kill should land in the middle of the run"

    done = subprocess.run(command(src, db), capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    conn = sqlite3.connect(db)
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    assert one("SELECT count(*) FROM articles") == N
    assert one("SELECT count(DISTINCT text) FROM articles") == N
    assert one("SELECT count(*) FROM inputs") == N
    assert one('SELECT count(DISTINCT "offset") FROM inputs') == N
    assert one("SELECT count(*) FROM failures") == 0
    assert one("SELECT count(*) FROM analyses") == N
    assert one("PRAGMA integrity_check") == "ok"
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    assert one("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Radwege'") == N
    offsets = {r[0] for r in conn.execute('SELECT "offset" FROM inputs')}
    data = src.read_bytes()
    line_starts = {0} | {i + 1 for i, b in enumerate(data[:-1]) if b == ord("\n")}
    assert offsets == line_starts
    assert f"{N - at_kill:,} added" in done.stdout and f"{at_kill:,} already stored" in done.stdout
