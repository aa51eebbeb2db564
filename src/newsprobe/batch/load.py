"""``newsprobe load DIR --db …``: merge the finished shards of a batch run into a store.

Shards are loaded in input order (file, then offset), record by record, through the same
:meth:`~newsprobe.store.base.Store.write` an ingest uses: a record whose path, offset and raw
hash are stored already is skipped, one with the raw bytes of a stored article is recorded as
its duplicate, one with the text of a stored article too — so loading twice, or a shard that
overlaps an earlier ingest, adds nothing twice.  Every shard is committed in batches and then
noted in ``DIR/loaded/<database key>``; a rerun passes over the noted shards and redoes at most
the one it was in (its records are then skipped one by one).
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newsprobe.batch.shards import ShardError, finished, read_writes
from newsprobe.store.base import ArticleWrite, KnownWrite, Outcomes, Store, WriteItem
from newsprobe.store.flatten import CODEC
from newsprobe.stories.update import StoryUpdater, backfill

#: Writes per transaction.
COMMIT_EVERY = 64


@dataclass
class LoadReport(Outcomes):
    shards: int = 0
    loaded_before: int = 0
    loaded: int = 0
    records: int = 0
    seconds: float = 0.0
    records_per_second: float = 0.0

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


#: ``callback(report)`` after every loaded shard.
Progress = Callable[[LoadReport], None]


def _journal(out: Path, location: str) -> Path:
    key = hashlib.sha1(location.encode("utf-8")).hexdigest()[:16]
    return out / "loaded" / f"{key}.txt"


def load(store: Store, out: Path, *, location: str, progress: Progress | None = None) -> LoadReport:
    """Load every finished shard under ``out`` not loaded into ``location`` before."""
    started = time.perf_counter()
    if not out.is_dir():
        raise ShardError(f"{out}: no such folder (write it with `newsprobe batch … --out {out}`)")
    shards = finished(out)
    if not shards:
        raise ShardError(f"{out}: no finished shards (run `newsprobe batch … --out {out}`)")
    journal = _journal(out, location)
    done = set(journal.read_text(encoding="utf-8").split()) if journal.is_file() else set()
    journal.parent.mkdir(parents=True, exist_ok=True)
    report = LoadReport(shards=len(shards))
    with journal.open("a", encoding="utf-8") as notes:
        for folder, info in shards:
            if info.get("id") in done:
                report.loaded_before += 1
                continue
            if info.get("codec", CODEC) != CODEC:
                raise ShardError(
                    f"{folder}: analyses in codec {info.get('codec')!r}, this newsprobe "
                    f"reads {CODEC!r} (run the batch again with this version)"
                )
            _load_shard(store, folder, report)
            notes.write(f"{info['id']}\n")
            notes.flush()
            os.fsync(notes.fileno())
            report.loaded += 1
            report.seconds = time.perf_counter() - started
            if progress is not None:
                progress(report)
    if report.added:  # shards carry no story features: computed here, then clustered
        backfill(store)
        StoryUpdater(store).run()
    report.seconds = round(time.perf_counter() - started, 3)
    report.records_per_second = round(report.records / report.seconds, 2) if report.seconds else 0.0
    return report


def _load_shard(store: Store, folder: Path, report: LoadReport) -> None:
    """The shard's records in batches of :data:`COMMIT_EVERY`: one lookup of the whole
    batch's inputs (stored already? same raw bytes as a stored article?), then one write."""
    writes = read_writes(folder)
    for start in range(0, len(writes), COMMIT_EVERY):
        part = writes[start : start + COMMIT_EVERY]
        report.records += len(part)
        articles = [w.input for w, _ in part if isinstance(w, ArticleWrite)]
        states = iter(store.input_states(articles) if articles else [])
        batch: list[WriteItem] = []
        for write, url in part:
            if isinstance(write, ArticleWrite):
                done, known = next(states)
                if done:
                    report.skipped += 1
                    continue
                if known is not None:
                    batch.append(KnownWrite(write.input, known, url=url))
                    continue
            batch.append(write)
        if batch:
            report.count(store.write(batch))
