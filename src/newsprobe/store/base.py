"""The store interface: what any database backend provides to the corpus layer.

Writes come in batches of :data:`WriteItem` (one transaction per batch, so an interrupted
ingest loses at most the batch in flight and a rerun redoes it); reads return the typed rows
of :mod:`newsprobe.store.rows`.  :class:`newsprobe.store.sqlite.SQLiteStore` is the embedded
implementation; a server database implements the same protocol.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Literal, Protocol

from newsprobe.model import Analysis
from newsprobe.store.filters import ArticleFilter, Page, QuoteFilter
from newsprobe.store.rows import (
    AddResult,
    ArticleRow,
    CorpusStats,
    EntityProfile,
    EntityRow,
    FailureRow,
    InputRow,
    OutletSourcing,
    QuoteRow,
    SearchHit,
)
from newsprobe.store.story_base import StoryStore

#: Where an ingest failure happened.
Stage = Literal["discover", "read", "analyse", "store"]


class StoreError(ValueError):
    """A bad store request (unknown article, bad date, unreadable database…): one line."""


class StoriesMoved(StoreError):
    """Another process clustered articles since this one read the story state: reload it and
    cluster again (a server store with several writers)."""


@dataclass(frozen=True)
class InputRef:
    """One input record: a file, or a record inside one (JSONL line, WARC record…)."""

    path: str
    offset: int = 0
    record: int | None = None
    raw_sha256: str | None = None


@dataclass
class Prepared:
    """An analysis flattened into table rows, ready to write (built in worker processes).

    ``article`` maps articles columns to values; ``layers`` maps a layer table to its rows as
    tuples in :data:`newsprobe.store.schema.LAYER_COLUMNS` order, without the article id.
    """

    text_sha256: str
    article: dict[str, Any]
    analysis_blob: bytes
    layers: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    #: ``story_features`` columns after ``article_id`` and ``time``: terms JSON, signature,
    #: shingles, agency (:mod:`newsprobe.stories.features`); None: not computed.
    story: tuple[str, str | None, int, str | None] | None = None


@dataclass(frozen=True)
class ArticleWrite:
    """Store an analysed article read from ``input``."""

    input: InputRef
    prepared: Prepared


@dataclass(frozen=True)
class KnownWrite:
    """``input`` has the same raw bytes as stored article ``article_id``: record, add nothing.

    The input's metadata is that of the earlier input with the same bytes; ``url`` is the
    address its container gave (a WARC record's target URI), which may differ."""

    input: InputRef
    article_id: int
    url: str | None = None


@dataclass(frozen=True)
class FailureWrite:
    """``input`` did not become an article."""

    input: InputRef
    stage: Stage
    reason: str


WriteItem = ArticleWrite | KnownWrite | FailureWrite

#: Outcome of one write item.
Outcome = Literal["added", "duplicate", "failed"]


@dataclass
class Outcomes:
    """What became of the records sent to a store: new articles, texts stored before,
    records an earlier run stored already (``skipped``), failures.  The ingest and the load
    of batch shards count the same way."""

    added: int = 0
    duplicates: int = 0
    skipped: int = 0
    failed: int = 0

    def outcomes(self) -> dict[str, int]:
        """The four counts by name (as a report's fields)."""
        return {f.name: getattr(self, f.name) for f in fields(Outcomes)}

    def count(self, outcomes: Iterable[Outcome]) -> None:
        """Count the outcomes of one :meth:`Store.write`."""
        for outcome in outcomes:
            if outcome == "added":
                self.added += 1
            elif outcome == "duplicate":
                self.duplicates += 1
            else:
                self.failed += 1


class Store(StoryStore, Protocol):
    """A database of analysed articles."""

    def close(self) -> None: ...

    def schema_version(self) -> int: ...

    # -- writes ---------------------------------------------------------------------------
    def add(self, analysis: Analysis, *, source: str | None = None) -> AddResult: ...

    def write(self, items: Sequence[WriteItem]) -> list[Outcome]:
        """Write a batch in one transaction; one outcome per item, in order."""
        ...

    def input_state(self, ref: InputRef) -> tuple[bool, int | None]:
        """``(done, article_id)``: ``done`` when ``ref`` (same path, offset and hash) was
        already stored; else the id of an article with the same raw hash, if any."""
        ...

    def input_states(self, refs: Sequence[InputRef]) -> list[tuple[bool, int | None]]:
        """:meth:`input_state` of each of ``refs``, in a few queries."""
        ...

    # -- reads ----------------------------------------------------------------------------
    def article(self, id: int) -> Analysis: ...

    def articles(self, where: ArticleFilter, page: Page) -> list[ArticleRow]: ...

    def count_articles(self, where: ArticleFilter) -> int:
        """How many articles :meth:`articles` pages through with the same filters."""
        ...

    def article_rows(self, ids: Sequence[int]) -> list[ArticleRow]:
        """The rows of articles ``ids``, in that order; unknown ids are left out."""
        ...

    def inputs(self, article_id: int) -> list[InputRow]:
        """Every input record of an article: the one that created it, then its duplicates."""
        ...

    def search(self, query: str, where: ArticleFilter, limit: int) -> list[SearchHit]: ...

    def quotes(self, where: QuoteFilter, page: Page) -> list[QuoteRow]: ...

    def count_quotes(self, where: QuoteFilter) -> int:
        """How many statements :meth:`quotes` pages through with the same filters."""
        ...

    def sources(self, *, outlet: str | None, genre: str | None) -> list[OutletSourcing]: ...

    def entities(self, *, top: int, type: str | None) -> list[EntityRow]: ...

    def entity(self, key: str) -> EntityProfile: ...

    def failures(self, *, limit: int | None) -> list[FailureRow]: ...

    def stats(self) -> CorpusStats: ...

    # -- raw tables (exports) -------------------------------------------------------------
    def table_columns(self, table: str) -> list[tuple[str, str]]:
        """``(name, sql type)`` of an export table's columns, in stable order."""
        ...

    def table_rows(self, table: str, batch: int = 1000) -> Iterator[list[tuple[Any, ...]]]:
        """The rows of an export table in batches, ordered by key."""
        ...
