"""Task ``corpus``: a benchmark of the corpus layer, not a test.

The articles are written to a JSONL file and ingested into a fresh database with 1 and with 2
worker processes (``repeats`` runs each, median reported): the full pipeline plus storage,
end to end as ``newsprobe ingest`` does it, including worker start-up.  Also reported: the
steady rate after the first commit, peak resident memory per worker, database size per
article (and the share of the stored full-analysis JSON), and the latency of 20 typical
full-text searches (median and p95 of per-query medians).

Data: a 10kGNAD-style CSV (``label;'text'``; its articles come from DER STANDARD) or anything
``newsprobe ingest`` reads (a folder, a JSONL file…).
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from newsprobe.eval.base import EvalError, Metric, TaskResult, median, ours, require_path, spread
from newsprobe.eval.speed import read_10kgnad

FORMATS = ("10kgnad", "files")
DEFAULT_REPEATS = 3
WORKERS = (1, 2)
SEARCH_REPEATS = 5

#: Typical searches over German news: names, topics, prefixes, phrases, boolean queries.
QUERIES = (
    "Regierung",
    "Flüchtlinge",
    "Bundesliga",
    "Wien",
    "Trump",
    "Klimawandel",
    "Polizei",
    "Facebook",
    "Griechenland",
    "Syrien",
    "Wahl*",
    "Arbeitslos*",
    '"Europäische Union"',
    '"künstliche Intelligenz"',
    "Steuer AND Reform",
    "Apple OR Google",
    "Fußball NOT Frauen",
    "Studie Forscher",
    "Bank Zinsen",
    "Olympische Spiele",
)


def write_jsonl(data: Path, fmt: str, limit: int | None, folder: Path) -> tuple[Path, int]:
    """The first articles of a 10kGNAD CSV as JSONL in ``folder``, and their number."""
    if fmt == "files":
        return data, -1
    articles = read_10kgnad(data, limit or 10**9)
    target = folder / "articles.jsonl"
    with target.open("w", encoding="utf-8") as handle:
        for article in articles:
            record = {"text": article.data.decode("utf-8"), "outlet": "DER STANDARD"}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target, len(articles)


def _ingest_once(source: Path, db: Path, workers: int) -> dict[str, float]:
    from newsprobe.corpus.api import Corpus
    from newsprobe.corpus.ingest import Counts

    first: list[tuple[float, int]] = []

    def progress(counts: Counts, total: int) -> None:
        if not first and counts.processed:
            first.append((time.perf_counter(), counts.processed))

    started = time.perf_counter()
    with Corpus(db) as corpus:
        report = corpus.ingest([source], workers=workers, progress=progress)
        ended = time.perf_counter()
    steady = 0.0
    if first and ended > first[0][0]:
        steady = (report.added + report.duplicates + report.failed - first[0][1]) / (
            ended - first[0][0]
        )
    return {
        "rate": report.articles_per_second,
        "steady": steady,
        "startup": (first[0][0] - started) if first else 0.0,
        "peak": max(report.peak_rss_mb.values(), default=0.0),
        "added": report.added,
        "failed": report.failed,
        "seconds": ended - started,
        "analyse_ms": 1000 * report.analyse_seconds / max(1, report.added + report.failed),
        "flatten_ms": 1000 * report.flatten_seconds / max(1, report.added),
        "write_ms": 1000 * report.write_seconds / max(1, report.added + report.failed),
    }


def _db_size(db: Path) -> tuple[int, int, int]:
    """``(bytes, articles, bytes of stored full analyses)`` after a checkpoint."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        blobs = conn.execute("SELECT coalesce(sum(length(data)), 0) FROM analyses").fetchone()[0]
    finally:
        conn.close()
    size = sum(p.stat().st_size for p in (db, Path(f"{db}-wal")) if p.exists())
    return size, articles, blobs


def _search_latency(db: Path) -> tuple[list[float], int]:
    from newsprobe.corpus.api import Corpus

    per_query: list[float] = []
    hits = 0
    with Corpus(db, readonly=True) as corpus:
        corpus.search("Regierung")  # warm the page cache
        for query in QUERIES:
            times = []
            for _ in range(SEARCH_REPEATS):
                started = time.perf_counter()
                found = corpus.search(query, limit=20)
                times.append(1000 * (time.perf_counter() - started))
            hits += len(found)
            per_query.append(median(times))
    return per_query, hits


#: The figures of one worker count taken from each run's ``key``: (name, key, how the runs
#: combine, unit, note), in the order they are reported after the rates.
PER_RUN: tuple[tuple[str, str, Callable[[list[float]], float], str, str], ...] = (
    ("steady articles/s", "steady", median, "/s", "after the first commit (models loaded)"),
    ("start-up s", "startup", median, "s", ""),
    ("peak MB per worker", "peak", max, "MB", ""),
    ("read + pipeline ms/article", "analyse_ms", median, "ms", ""),
    ("flatten ms/article", "flatten_ms", median, "ms", ""),
    ("write ms/article", "write_ms", median, "ms", ""),
)


def dataset(task: str, data: Path | None, fmt: str | None) -> tuple[Path, str]:
    """The dataset of a corpus benchmark and its format (a ``.csv`` file is 10kGNAD)."""
    if data is None:
        raise EvalError(f"task '{task}' needs a dataset: pass --data PATH (e.g. a 10kGNAD CSV)")
    require_path(data)
    if fmt is None:
        fmt = "10kgnad" if data.is_file() and data.suffix.lower() == ".csv" else "files"
    if fmt not in FORMATS:
        raise EvalError(f"unknown format {fmt!r} for task '{task}'; known: {', '.join(FORMATS)}")
    return data, fmt


def run(
    data: Path | None,
    *,
    fmt: str | None = None,
    limit: int | None = None,
    repeats: int | None = None,
) -> TaskResult:
    """Ingest ``repeats`` times per worker count (default 3; 1 for a ``limit``ed quick
    check) and search the last database."""
    repeats = repeats or (DEFAULT_REPEATS if limit is None else 1)
    data, fmt = dataset("corpus", data, fmt)
    started = time.perf_counter()
    metrics: list[Metric] = []
    notes: list[str] = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="newsprobe-corpus-bench-") as tmp:
        folder = Path(tmp)
        source, n = write_jsonl(data, fmt, limit, folder)
        last_db: Path | None = None
        for workers in WORKERS:
            runs = []
            for r in range(repeats):
                db = folder / f"w{workers}-r{r}.db"
                runs.append(_ingest_once(source, db, workers))
                last_db = db
            n = int(runs[-1]["added"] + runs[-1]["failed"]) if n < 0 else n
            label = f"{workers} worker" + ("s" if workers > 1 else "")
            rate = median([x["rate"] for x in runs])
            note = f"median of {repeats} runs, start-up included"
            metrics += [
                ours(f"articles/s, {label}", rate, "/s", n, note),
                ours(f"articles/s per worker, {label}", rate / workers, "/s", n),
            ]
            for name, key, combine, unit, note in PER_RUN:
                value = combine([x[key] for x in runs])
                metrics.append(ours(f"{name}, {label}", value, unit, n, note))
            if runs[-1]["failed"]:
                failures.append(
                    f"{int(runs[-1]['failed'])} of {n} records became failures "
                    f"({label}); see `newsprobe failures`"
                )
        assert last_db is not None
        size, articles, blobs = _db_size(last_db)
        per_query, hits = _search_latency(last_db)
    metrics += [
        ours("DB KB per article", size / 1024 / max(1, articles), "KB", articles),
        ours("stored analysis JSON, share of DB", blobs / size if size else 0.0, n=articles),
        *spread("search ms", per_query, "ms"),
    ]
    notes.append(
        f"{len(QUERIES)} queries, {hits} hits in total (limit 20 each), each query "
        f"timed {SEARCH_REPEATS} times; per-query medians summarised"
    )
    notes.append("throughput is end to end: read, full pipeline, flatten, one SQLite writer")
    return TaskResult.timed(
        started, "corpus", data, fmt, n, metrics, notes=notes, failures=failures
    )
