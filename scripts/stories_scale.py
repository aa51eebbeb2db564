"""How long re-clustering a large corpus takes, and how much the live window holds.

Generates ``--articles`` synthetic articles (no pipeline: story features drawn from a
vocabulary of words and entities, grouped into events of 1-12 reports over a few days, a
quarter of the events with agency copies), stores their features in a fresh SQLite store
and times :func:`newsprobe.stories.update.rebuild` (forget all stories, cluster every
article from scratch: what ``newsprobe stories --rebuild`` does), then checks that it gave
the same stories as clustering in batches::

    PYTHONPATH=src .venv/bin/python scripts/stories_scale.py --articles 100000

A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

from newsprobe.store.sqlite import SQLiteStore
from newsprobe.stories import minhash
from newsprobe.stories.update import StoryUpdater, rebuild

_COLUMNS = (
    "text_sha256, title, outlet, language, published, status, analysis_version, chars, "
    "blocks, sentences, tokens, mentions, entities, attributions, sources, claims, findings, "
    "text, added_at"
)


def generate(n: int, seed: int = 7) -> list[tuple]:
    """``(published, title, outlet, terms_json, signature, shingles, agency)`` per article,
    in publication order (about 400 articles a day)."""
    rng = random.Random(seed)
    words = [f"wort{i}" for i in range(30000)]
    entities = [f"Q{i}" for i in range(1, 8000)]
    start = datetime(2024, 1, 1)
    out: list[tuple] = []
    minute = 0
    while len(out) < n:
        base_words = rng.sample(words, 12)
        base_ents = rng.sample(entities, 4)
        copies = rng.random() < 0.25
        agency_sig = minhash.encode(
            np.array([rng.getrandbits(32) for _ in range(minhash.PERMUTATIONS)], dtype=np.uint32)
        )
        for k in range(rng.randint(1, 12)):
            minute += rng.randint(0, 8)
            t = start + timedelta(minutes=minute + 60 * k)
            terms = {f"w:{w}": 1.0 for w in rng.sample(base_words, 8)}
            terms.update({f"w:{w}": 1.0 for w in rng.sample(words, 4)})
            terms.update({f"e:{e}": 2.5 for e in rng.sample(base_ents, 3)})
            terms.update({f"t:{w}": 0.0 for w in base_words[:2]})
            sig = (
                agency_sig
                if copies and k < 3
                else minhash.encode(
                    np.array(
                        [rng.getrandbits(32) for _ in range(minhash.PERMUTATIONS)], dtype=np.uint32
                    )
                )
            )
            out.append(
                (
                    t.isoformat(),
                    f"event {len(out)}",
                    f"outlet{rng.randint(1, 40)}",
                    json.dumps(terms, separators=(",", ":")),
                    sig,
                    200,
                    "dpa" if copies else None,
                )
            )
            if len(out) >= n:
                break
    out.sort(key=lambda r: r[0])
    return out


def fill(path: Path, rows: list[tuple]) -> None:
    SQLiteStore(path).close()  # create the schema
    conn = sqlite3.connect(path)
    conn.execute("BEGIN")
    now = datetime(2025, 1, 1).isoformat()
    for i, (t, title, outlet, terms, sig, shingles, agency) in enumerate(rows, start=1):
        conn.execute(
            f"INSERT INTO articles (id, {_COLUMNS}) VALUES "
            "(?, ?, ?, ?, 'de', ?, 'ok', 'x', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '', ?)",
            (i, f"h{i}", title, outlet, t, now),
        )
        conn.execute(
            "INSERT INTO story_features VALUES (?, ?, ?, ?, ?, ?)",
            (i, t, terms, sig, shingles, agency),
        )
    conn.execute("COMMIT")
    conn.close()


def assignments(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT article_id, story_id, joined_by, copy_of FROM story_articles ORDER BY 1"
        ).fetchall()
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    rows = generate(args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "scale.db"
        fill(db, rows)
        store = SQLiteStore(db)
        started = time.perf_counter()
        updater = rebuild(store, features=False)  # synthetic features, no analyses
        seconds = time.perf_counter() - started
        live = len(updater.clusterer.stories) if updater.clusterer else 0
        stories = store.count_stories()
        multi = store.count_stories(min_articles=2)
        store.close()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{args.articles:,} articles re-clustered from scratch in {seconds:.1f} s "
            f"({seconds * 1000 / args.articles:.2f} ms/article): {stories:,} stories, "
            f"{multi:,} with 2+ articles; live window at the end: {live:,} stories; "
            f"peak RSS {rss:.0f} MB"
        )
        first = assignments(db)
        # The same articles clustered as ingest does it: 5,000 at a time, each time with a
        # new updater whose state is reloaded from the store.
        store = SQLiteStore(db)
        store.reset_stories()
        while StoryUpdater(store).run(limit=5000):
            pass
        store.close()
        print(
            "incremental (state reloaded from the store) == from scratch:", assignments(db) == first
        )


if __name__ == "__main__":
    main()
