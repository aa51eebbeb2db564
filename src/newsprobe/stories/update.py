"""Keep a store's stories up to date: cluster the articles not yet in a story.

Ingest calls :meth:`StoryUpdater.run` after every committed batch (a new article joins a live
story or opens one); ``newsprobe stories --rebuild`` forgets the stories, computes every
article's story features again from its stored analysis (``--keep-features``: keeps them)
and clusters every article again from scratch, in the same id order, which gives the same
stories as ingest with this version.
"""

from __future__ import annotations

import time

from newsprobe.store.base import Store, StoriesMoved
from newsprobe.stories.cluster import Clusterer
from newsprobe.stories.features import extract

#: Articles clustered per transaction.
BATCH = 2000
#: Times a run reloads the story state after another process clustered meanwhile (each
#: reload follows another writer's progress: a bound against a bug, not against contention).
RELOADS = 1000


class StoryUpdater:
    """Clusters a store's pending articles; holds the live window between runs."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.clusterer: Clusterer | None = None
        self.seconds = 0.0
        self.clustered = 0

    def _load(self) -> Clusterer:
        last_id, clock = self.store.story_progress()
        since_time, since_article = Clusterer.live_bounds(last_id, clock)
        stories, copies = self.store.story_live(since_time, since_article)
        return Clusterer.from_state(self.store.story_df(), stories, copies, last_id, clock)

    def run(self, limit: int | None = None) -> int:
        """Cluster the pending articles (at most ``limit``); how many were clustered."""
        started = time.perf_counter()
        if self.clusterer is None:
            self.clusterer = self._load()
        done = reloads = 0
        while limit is None or done < limit:
            size = BATCH if limit is None else min(BATCH, limit - done)
            items = self.store.story_pending(self.clusterer.last_id, size)
            if not items:
                break
            batch = self.clusterer.add(items)
            try:
                self.store.write_stories(batch)
            except StoriesMoved:  # another writer clustered: start from the stored state
                reloads += 1
                if reloads > RELOADS:
                    raise
                self.clusterer = self._load()
                continue
            done += len(items)
        self.seconds += time.perf_counter() - started
        self.clustered += done
        return done


def backfill(store: Store) -> int:
    """Compute the story features of articles stored without them (before schema 4)."""
    done = 0
    while True:
        ids = store.story_missing_features(BATCH)
        if not ids:
            return done
        rows = []
        for article_id in ids:
            f = extract(store.article(article_id))
            rows.append((article_id, f.terms_json(), f.signature, f.shingles, f.agency))
        store.write_story_features(rows)
        done += len(rows)


def rebuild(store: Store, *, features: bool = True) -> StoryUpdater:
    """Forget every story and cluster all articles again from scratch.

    ``features`` (the default): the story features are computed again from the stored
    analyses first, so articles ingested by an older newsprobe are clustered on the
    features this version extracts (the same ones ingest computes now); else the stored
    features are kept (only those missing are computed)."""
    store.reset_stories(features=features)
    backfill(store)
    updater = StoryUpdater(store)
    updater.run()
    return updater
