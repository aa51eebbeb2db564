"""Task ``scale``: batch runs on Dask and PostgreSQL against SQLite (a benchmark, not a test).

* ``newsprobe batch`` on a local Dask cluster of 1 and of 2 worker processes, end to end
  (cluster start, model loading, Parquet shards), against ``newsprobe ingest`` with the same
  number of workers on the same JSONL file: articles/s, speed-up 1 → 2 workers, overhead.
  The shards are cut for 2 workers (about 16, tapering towards the end) for both counts.
* CPU milliseconds per article of each run by process role (:mod:`newsprobe.eval.cpu_roles`:
  analysis processes, driver, Dask workers), which a busy machine disturbs far less than
  the wall-clock rates; and the batch's phases (cluster start, close, the analysis
  processes' wait between shards, Parquet writing).
* The batch output loaded into SQLite and into PostgreSQL (``newsprobe load``: the store's
  own write cost), ``ingest`` into PostgreSQL with 2 workers, database size per article,
  full-text search (the ``corpus`` task's 20 queries, median and p95 of per-query medians)
  and who-said-what (``quotes`` by speaker and about an entity, for the 10 most frequent
  entities) on both.
* Per-article costs for the projection in ``docs/scale.md``: worker CPU seconds per article
  (wall time × workers of the 2-worker batch), bytes per article in each database.

PostgreSQL: the server at ``NEWSPROBE_BENCH_PG`` (or ``NEWSPROBE_TEST_PG``, which ``.ci/run``
sets); without one those figures are left out with a note.  Data: a 10kGNAD-style CSV
(converted to JSONL) or a JSONL file.
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsprobe.eval.base import Metric, TaskResult, median, ours, spread
from newsprobe.eval.corpus_bench import QUERIES, dataset, write_jsonl
from newsprobe.eval.cpu_roles import ROLES, CpuRoles, cpu_roles

FORMATS = ("10kgnad", "files")
WORKERS = (1, 2)
REPEATS = 3
ENV = ("NEWSPROBE_BENCH_PG", "NEWSPROBE_TEST_PG")


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


@contextmanager
def _pg_schema() -> Iterator[str | None]:
    url = next((os.environ[e] for e in ENV if os.environ.get(e)), None)
    if url is None:
        yield None
        return
    from urllib.parse import quote

    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in url else "?"
    try:
        yield f"{url}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def _latencies(location: str, calls: list[Callable[[Any], Any]]) -> list[float]:
    """Median of 5 timings per call, in ms."""
    from newsprobe.corpus.api import Corpus

    out = []
    with Corpus(location, readonly=True) as corpus:
        calls[0](corpus)  # warm caches
        for call in calls:
            times = []
            for _ in range(5):
                started = time.perf_counter()
                call(corpus)
                times.append(1000 * (time.perf_counter() - started))
            out.append(median(times))
    return out


def _queries(location: str) -> tuple[list[Callable[[Any], Any]], list[Callable[[Any], Any]]]:
    from newsprobe.corpus.api import Corpus

    with Corpus(location, readonly=True) as corpus:
        names = [e.name for e in corpus.entities(top=10)]
    search = [lambda c, q=q: c.search(q, limit=20) for q in QUERIES]
    who = [lambda c, n=n: c.quotes(speaker=n, limit=50) for n in names] + [
        lambda c, n=n: c.quotes(about=n, limit=50) for n in names
    ]
    return search, who


def _cpu_metrics(
    metric: Callable[..., None], kind: str, label: str, ms: dict[str, float], n: int, runs: int
) -> None:
    parts = ", ".join(f"{role} {ms[role]:.1f}" for role in ROLES if ms[role] >= 0.05)
    metric(
        f"{kind} CPU ms per article, {label}",
        ms["total"],
        "ms",
        n,
        f"median of {runs}, all processes: {parts}",
    )
    for role in ("driver", "dask workers"):
        if ms[role] >= 0.05:
            metric(f"{kind} CPU ms per article, {label}: {role}", ms[role], "ms", n)


def _phase_metrics(metric: Callable[..., None], label: str, reports: list[Any], n: int) -> None:
    """Where a batch run's wall time goes besides analysing (medians over the runs)."""
    for name, attr, note in (
        ("cluster start s", "start_seconds", "until the workers are up"),
        ("close s", "close_seconds", "analysis processes and cluster stopped"),
        (
            "analysis wait between shards s",
            "handover_seconds",
            "summed over workers: an analysis process without records between shards",
        ),
        ("Parquet writing s", "write_seconds", "summed over shards; overlaps the next shard"),
    ):
        metric(
            f"batch {name}, {label}",
            median([float(getattr(r, attr)) for r in reports]),
            "s",
            n,
            note,
        )


def run(data: Path | None, *, fmt: str | None = None, limit: int | None = None) -> TaskResult:
    from newsprobe.batch.load import load
    from newsprobe.batch.run import SHARDS_PER_WORKER, Settings, batch
    from newsprobe.corpus.api import Corpus

    data, fmt = dataset("scale", data, fmt)
    started = time.perf_counter()
    metrics: list[Metric] = []
    notes: list[str] = []
    repeats = REPEATS if limit is None else 1

    def metric(name: str, value: float, unit: str, n: int, note: str = "") -> None:
        metrics.append(ours(name, value, unit, n, note))

    with tempfile.TemporaryDirectory(prefix="newsprobe-scale-bench-") as tmp:
        folder = Path(tmp)
        source, n = write_jsonl(data, fmt, limit, folder)
        shard_bytes = max(1, source.stat().st_size // (max(WORKERS) * SHARDS_PER_WORKER))
        rates: dict[tuple[str, int], float] = {}
        cpu: dict[tuple[str, int], dict[str, float]] = {}
        for workers in WORKERS:
            label = f"{workers} worker" + ("s" if workers > 1 else "")
            for kind in ("ingest", "batch"):
                runs = []
                roles: list[CpuRoles] = []
                phases: list[Any] = []
                for r in range(repeats):
                    with cpu_roles() as used:
                        if kind == "ingest":
                            db = folder / f"ingest-w{workers}-r{r}.db"
                            with Corpus(db) as c:
                                report, secs = _timed(
                                    lambda c=c, w=workers: c.ingest([source], workers=w)
                                )
                            n = report.added + report.duplicates + report.failed
                        else:
                            out = folder / f"batch-w{workers}-r{r}"
                            report, secs = _timed(
                                lambda out=out, w=workers: batch(
                                    [str(source)],
                                    out,
                                    workers=w,
                                    shard_bytes=shard_bytes,
                                    settings=Settings(),
                                )
                            )
                            n = report.records
                            phases.append(report)
                    runs.append(n / secs)
                    roles.append(used)
                rates[(kind, workers)] = median(runs)
                cpu[(kind, workers)] = {
                    role: 1000 * median([u.seconds[role] for u in roles]) / max(1, n)
                    for role in ROLES
                }
                cpu[(kind, workers)]["total"] = 1000 * median([u.total for u in roles]) / max(1, n)
                _cpu_metrics(metric, kind, label, cpu[(kind, workers)], n, len(roles))
                if phases:
                    _phase_metrics(metric, label, phases, n)
                metric(
                    f"{kind} articles/s, {label}",
                    rates[(kind, workers)],
                    "/s",
                    n,
                    f"median of {repeats}, end to end (start-up included)",
                )
            metric(
                f"batch overhead vs ingest, {label}",
                rates[("ingest", workers)] / rates[("batch", workers)] - 1,
                "",
                n,
                "time of batch / time of ingest − 1 (load not included)",
            )
            metric(
                f"batch CPU overhead vs ingest, {label}",
                cpu[("batch", workers)]["total"] / cpu[("ingest", workers)]["total"] - 1,
                "",
                n,
                "CPU per article of batch / of ingest − 1, all processes (ingest's include "
                "the SQLite writer and story clustering, which batch leaves to load)",
            )
        metric(
            "batch speed-up 1 → 2 workers",
            rates[("batch", 2)] / rates[("batch", 1)],
            "×",
            n,
        )
        metric("ingest speed-up 1 → 2 workers", rates[("ingest", 2)] / rates[("ingest", 1)], "×", n)
        metric(
            "worker CPU s per article (batch, 2 workers)",
            2 / rates[("batch", 2)],
            "s",
            n,
            "wall time × workers / articles: the projection's unit cost",
        )
        shards = folder / "batch-w2-r0"
        metric(
            "shard output KB per article",
            sum(f.stat().st_size for f in shards.rglob("*.parquet")) / 1024 / max(1, n),
            "KB",
            n,
            "Parquet (zstd), all tables",
        )
        sqlite_db = folder / "loaded.db"
        with Corpus(sqlite_db) as c:
            loaded, secs = _timed(lambda: load(c._store, shards, location=str(sqlite_db)))
        metric("load articles/s, SQLite", loaded.records / secs, "/s", n)
        with Corpus(sqlite_db) as c:
            articles = c.stats().articles
        metric(
            "DB KB per article, SQLite",
            sum(p.stat().st_size for p in folder.glob("loaded.db*")) / 1024 / articles,
            "KB",
            articles,
        )
        search, who = _queries(str(sqlite_db))
        for name, calls in (("search", search), ("who-said-what", who)):
            ms = _latencies(str(sqlite_db), calls)
            metrics.extend(spread(f"{name} ms", ms, "ms", ", SQLite"))
        with _pg_schema() as url:
            if url is None:
                notes.append("PostgreSQL figures left out: set NEWSPROBE_BENCH_PG to a server URL")
            else:
                with Corpus(url) as c:
                    loaded, secs = _timed(lambda c=c: load(c._store, shards, location=url))
                    metric("load articles/s, PostgreSQL", loaded.records / secs, "/s", n)
                    stats = c.stats()
                metric(
                    "DB KB per article, PostgreSQL",
                    stats.db_bytes / 1024 / max(1, stats.articles),
                    "KB",
                    stats.articles,
                    "tables and indexes",
                )
                for name, calls in (("search", search), ("who-said-what", who)):
                    ms = _latencies(url, calls)
                    metrics.extend(spread(f"{name} ms", ms, "ms", ", PostgreSQL"))
            with _pg_schema() as url2:
                if url2 is not None:
                    with Corpus(url2) as c:
                        report, secs = _timed(lambda c=c: c.ingest([source], workers=2))
                    metric(
                        "ingest articles/s, 2 workers, PostgreSQL",
                        (report.added + report.duplicates + report.failed) / secs,
                        "/s",
                        n,
                        "compare: ingest articles/s, 2 workers (SQLite)",
                    )
    notes.append(
        f"machine: {os.cpu_count()} CPUs (shared with other work: compare figures of one run)"
    )
    return TaskResult(
        task="scale",
        dataset=str(data),
        format=fmt,
        n_items=n,
        metrics=metrics,
        seconds=round(time.perf_counter() - started, 2),
        notes=notes,
    )
