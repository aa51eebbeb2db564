"""Batch runs on a real local Dask cluster (2 worker processes): the stored result equals an
ingest of the same inputs; a worker killed with ``kill -9`` mid-run costs no record and
duplicates none; a shard that kills its worker ends as a failure row, not a hung run."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from batch_work import CRASH_ANALYSIS, KILL_DASK_WORKER
from corpus_inputs import german

from newsprobe import Corpus
from newsprobe.batch.load import load
from newsprobe.batch.run import Settings, batch
from newsprobe.batch.shards import SHARDS, finished, plan, shard_records
from newsprobe.store.schema import LAYER_COLUMNS, LAYER_TABLES
from pgtest import pg_schema

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """Two worker processes; a task whose worker dies twice is given up (KilledWorker)."""
    import dask

    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 1}),
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            memory_limit=0,
        ) as c,
    ):
        yield c.scheduler_address


def dump(corpus: Corpus) -> dict[str, Any]:
    """Everything stored, without ids and clock times: articles and layer rows keyed by the
    article's text hash, inputs and failures by path and offset."""
    store = corpus._store
    conn: Any = store.conn  # type: ignore[attr-defined]
    sha = dict(conn.execute("SELECT id, text_sha256 FROM articles").fetchall())
    out: dict[str, Any] = {}
    cols = [n for n, _ in store.table_columns("articles") if n not in {"id", "added_at"}]
    out["articles"] = sorted(
        conn.execute(f"SELECT {', '.join(cols)} FROM articles").fetchall(), key=repr
    )
    for table in LAYER_TABLES:
        names = ", ".join(f'"{c}"' for c in LAYER_COLUMNS[table])
        rows = conn.execute(f"SELECT article_id, {names} FROM {table}").fetchall()
        out[table] = sorted(((sha[r[0]], *r[1:]) for r in rows), key=repr)
    rows = conn.execute(
        'SELECT path, "offset", record, raw_sha256, article_id, status, outlet, url, title,'
        " published FROM inputs"
    ).fetchall()
    out["inputs"] = sorted(((*r[:4], sha[r[4]], *r[5:]) for r in rows), key=repr)
    out["failures"] = sorted(
        conn.execute(
            'SELECT path, "offset", record, stage, reason, raw_sha256 FROM failures'
        ).fetchall(),
        key=repr,
    )
    return out


@pytest.fixture(params=["sqlite", "postgres"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "loaded.db")
        return
    with pg_schema() as url:
        yield url


def test_jsonl_ranges_read_every_line_once_with_ingest_numbers(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    lines = [json.dumps({"text": german(i)}, ensure_ascii=False) for i in range(25)]
    lines.insert(7, "")  # a blank line keeps its number
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole = [(r.offset, r.record) for r in shard_records(plan([src], 1 << 30)[0], 1 << 20)]
    shards = plan([src], 2000)
    assert len(shards) > 3 and shards[-1].end is None
    parts = [(r.offset, r.record) for s in shards for r in shard_records(s, 1 << 20)]
    assert parts == whole and len(whole) == 25


def test_batch_then_load_equals_ingest(
    cluster: str, mixed_inputs: tuple[Path, dict[str, int]], tmp_path: Path, target: str
) -> None:
    root, expected = mixed_inputs
    max_bytes = expected["max_bytes"]
    (root / "more.jsonl").write_text(  # cut into several shards below
        "\n".join(
            json.dumps({"text": german(20 + i), "outlet": "Tagesblatt"}, ensure_ascii=False)
            for i in range(12)
        )
        + "\n",
        encoding="utf-8",
    )
    paths = [str(root), str(tmp_path / "not-there.jsonl")]  # a path that names nothing
    with Corpus(tmp_path / "ingest.db") as c:
        c.ingest(paths, workers=1, max_bytes=max_bytes)
        want = dump(c)
    assert len(want["failures"]) == expected["failures"] + 1
    out = tmp_path / "out"
    settings = Settings(max_bytes=max_bytes)
    report = batch(paths, out, scheduler=cluster, shard_bytes=4000, settings=settings)
    assert report.shards > 10 and report.written == report.shards and report.failed_shards == 0
    assert report.articles + report.failures == report.records
    with Corpus(target) as c:
        first = load(c._store, out, location=c.location)
        assert first.added == expected["articles"] + 12
        got = dump(c)
        again = load(c._store, out, location=c.location)
        assert again.loaded == 0 and again.loaded_before == first.shards
        assert dump(c) == got
        clustered = c._store.conn.execute(  # type: ignore[attr-defined]
            "SELECT count(*) FROM story_articles s JOIN story_features f USING (article_id)"
        ).fetchone()[0]
        assert clustered == first.added  # every loaded article has features and a story
    assert got == want
    # a rerun of the batch finds every shard done and writes nothing
    rerun = batch(paths, out, scheduler=cluster, shard_bytes=4000, settings=settings)
    assert rerun.done_before == rerun.shards and rerun.written == 0


def _texts(n: int) -> list[str]:
    return [
        json.dumps({"text": german(i), "outlet": "Kurier"}, ensure_ascii=False) for i in range(n)
    ]


def test_worker_killed_mid_run_loses_and_doubles_nothing(cluster: str, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(_texts(40)) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    client = distributed.Client(cluster)
    killed: list[int] = []

    def kill_one() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            if any((out / SHARDS).glob("*/_SUCCESS.json")):
                pids = sorted(client.run(os.getpid).values())
                os.kill(pids[0], signal.SIGKILL)
                killed.append(pids[0])
            time.sleep(0.05)

    killer = threading.Thread(target=kill_one)
    killer.start()
    try:
        report = batch(
            [str(src)],
            out,
            scheduler=cluster,
            shard_bytes=1500,
            settings=Settings(work="batch_work:slow"),
        )
    finally:
        killer.join()
        client.close()
    assert killed, "no worker was killed"
    # (a shard the killed worker finished just before it died is found done by its retry)
    assert report.failed_shards == 0 and report.written + report.done_before == report.shards
    assert sum(info["records"] for _, info in finished(out)) == 40
    with Corpus(tmp_path / "c.db") as c:
        load(c._store, out, location=c.location)
        stats = c.stats()
        assert (stats.articles, stats.inputs, stats.failures) == (40, 40, 0)


def test_a_shard_that_kills_its_worker_is_a_failure_row(cluster: str, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.jsonl").write_text("\n".join(_texts(4)) + "\n", encoding="utf-8")
    (src / "deadly.jsonl").write_text(
        json.dumps({"text": german(5) + KILL_DASK_WORKER.decode()}) + "\n", encoding="utf-8"
    )
    (src / "crash.jsonl").write_text(
        "\n".join(
            [
                json.dumps({"text": german(6)}, ensure_ascii=False),
                json.dumps({"text": german(7) + CRASH_ANALYSIS.decode()}, ensure_ascii=False),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    started = time.monotonic()
    report = batch(
        [str(src)], out, scheduler=cluster, settings=Settings(work="batch_work:crashing")
    )
    assert time.monotonic() - started < 240
    assert report.failed_shards == 1 and report.written == 2
    with Corpus(tmp_path / "c.db") as c:
        load(c._store, out, location=c.location)
        failures = {Path(f.path).name: f for f in c.failures()}
        assert set(failures) == {"deadly.jsonl", "crash.jsonl"}
        assert "KilledWorker" in failures["deadly.jsonl"].reason
        assert "died on this record" in failures["crash.jsonl"].reason
        assert failures["crash.jsonl"].record == 2
        assert c.stats().articles == 5


def test_local_cluster_of_two_workers_equals_ingest(tmp_path: Path) -> None:
    """Without a scheduler the run starts its own cluster (its workers are threads here,
    each with an analysis process of its own); its shards taper towards the end."""
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(_texts(16)) + "\n", encoding="utf-8")
    with Corpus(tmp_path / "ingest.db") as c:
        c.ingest([str(src)], workers=1)
        want = dump(c)
    out = tmp_path / "out"
    report = batch([str(src)], out, workers=2, shard_bytes=2000)
    sizes = [s.size for s in plan([src], 2000, 2)]
    assert len(sizes) > len(plan([src], 2000)) and sizes[-1] < sizes[0]
    assert report.workers == 2 and report.written == report.shards == len(sizes)
    assert len(report.peak_rss_mb) == 2  # one analysis process per worker
    with Corpus(tmp_path / "loaded.db") as c:
        assert load(c._store, out, location=c.location).added == 16
        assert dump(c) == want
