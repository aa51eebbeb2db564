"""The Python API over a stored corpus: ``from newsprobe import Corpus``.

>>> from newsprobe import Corpus
>>> with Corpus("newsprobe.db") as corpus:              # created (empty) if missing
...     corpus.ingest(["archive/", "crawl.warc.gz"])    # analyse in parallel, store
...     hits = corpus.search("Waffenruhe", outlet="Der Standard", since="2024-01-01")
...     quotes = corpus.quotes(speaker="Putin")
...     analysis = corpus.article(hits[0].article_id)   # the full stored Analysis

Every query returns typed rows (:mod:`newsprobe.store.rows`), pydantic models that dump to
JSON with ``.model_dump(mode="json")``.  Signatures here are stable: new keyword arguments may be
added, nothing is removed or reordered.  Name filters (``outlet``, ``speaker``, ``about``) are
case-insensitive substring matches; dates accept ``datetime``, ``date`` or ISO strings and
``until`` is inclusive (a bare date means the whole day).

A :class:`Corpus` holds one connection; use it from one thread (open one per thread or per
web request — SQLite in WAL mode lets readers run while an ingest writes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from newsprobe.corpus.limits import DEFAULT_TIMEOUT
from newsprobe.model import Analysis
from newsprobe.store import Store, open_store, store_location
from newsprobe.store.filters import ArticleFilter, Page, QuoteFilter, given
from newsprobe.store.rows import (
    AddResult,
    ArticleRow,
    CorpusStats,
    EntityProfile,
    EntityRow,
    FailureRow,
    IngestReport,
    InputRow,
    OutletSourcing,
    QuoteRow,
    SearchHit,
)
from newsprobe.store.story_rows import StoryMember, StoryRow
from newsprobe.stories.update import StoryUpdater, backfill, rebuild

if TYPE_CHECKING:
    from newsprobe.corpus.ingest import Counts
    from newsprobe.corpus.tables import Columns

__all__ = [
    "AddResult",
    "ArticleRow",
    "Corpus",
    "CorpusStats",
    "EntityProfile",
    "EntityRow",
    "FailureRow",
    "IngestReport",
    "InputRow",
    "OutletSourcing",
    "QuoteRow",
    "SearchHit",
]

DEFAULT_DB = "newsprobe.db"


class Corpus:
    """A corpus of analysed articles in an embedded database (SQLite by default).

    ``Corpus(path)`` opens (and creates or migrates) the database at ``path``.  With
    ``readonly=True`` the file must exist and nothing is written (no migration either).
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, readonly: bool = False) -> None:
        self.path = Path(path)
        #: The database as given (a file path, or a ``postgresql://`` URL).
        self.location = store_location(path)
        self._store: Store = open_store(self.location, readonly=readonly)
        self._stories: StoryUpdater | None = None

    # -- lifecycle --------------------------------------------------------------------------
    def close(self) -> None:
        """Close the database connection."""
        self._store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Corpus({self.location!r})"

    @property
    def store(self) -> Store:
        """The underlying store (for tools that need the raw layer tables, e.g. exports)."""
        return self._store

    # -- writing ----------------------------------------------------------------------------
    def add(self, analysis: Analysis, *, source: str | None = None) -> AddResult:
        """Store one analysed article with all its layers.

        Deduplicated by the hash of the canonical text: adding the same article twice returns
        the existing id with ``added=False``.  ``source`` overrides ``analysis.meta.source_path``
        as the recorded origin.  Committed before returning.
        """
        result = self._store.add(analysis, source=source)
        if result.added:
            self._story_updater().run()
        return result

    # -- stories ----------------------------------------------------------------------------
    def _story_updater(self) -> StoryUpdater:
        if self._stories is None:
            self._stories = StoryUpdater(self._store)
        return self._stories

    def update_stories(self) -> int:
        """Cluster articles not yet in a story (ingest and :meth:`add` do this themselves)."""
        backfill(self._store)
        return self._story_updater().run()

    def rebuild_stories(self, *, features: bool = True) -> int:
        """Forget every story and cluster all articles from scratch; how many were clustered.
        ``features``: compute the articles' story features again from their stored analyses
        (articles ingested by an older version get this version's features)."""
        self._stories = rebuild(self._store, features=features)
        return self._stories.clustered

    def stories(
        self, *, min_articles: int = 1, limit: int | None = None, offset: int = 0
    ) -> list[StoryRow]:
        """Stories with at least ``min_articles`` articles, largest and latest first."""
        return self._store.stories(min_articles=min_articles, limit=limit, offset=offset)

    def count_stories(self, *, min_articles: int = 1) -> int:
        return self._store.count_stories(min_articles=min_articles)

    def story(self, story_id: int) -> tuple[StoryRow, list[StoryMember]]:
        """A story and its articles (by publication time)."""
        return self._store.story(story_id)

    def story_ids(self, article_ids: Iterable[int]) -> dict[int, int]:
        """The story id of each article that is in one."""
        return self._store.story_ids(list(article_ids))

    def ingest(
        self,
        paths: str | Path | Iterable[str | Path],
        *,
        workers: int | None = None,
        max_bytes: int | None = None,
        progress: bool | Callable[[Counts, int], None] = False,
        timeout: float | None = DEFAULT_TIMEOUT,
        columns: Columns | None = None,
    ) -> IngestReport:
        """Find, read, analyse and store every article under ``paths``.

        ``paths`` are files, folders (searched recursively) or glob patterns; readable are
        ``.txt``, ``.html/.htm``, ``.json`` (an object or an array of objects), ``.jsonl``
        (``.gz`` too), ``.warc/.warc.gz``, Common Crawl ``.warc.wet.gz`` and tables
        (``.csv``/``.tsv``/``.parquet``, a row an article; ``columns`` names the columns
        where the header does not tell).  ``workers``: analysis processes (default: CPU
        count; 0 analyses in this process).  Resumable: records already stored are skipped;
        every record becomes an article, a duplicate of one, or a row in :meth:`failures`.
        ``max_bytes``: records over this size are failures (default 20 MB).  ``progress``:
        ``True`` shows a progress bar on stderr; a callable gets ``(counts, total_bytes)``
        after every commit.  ``timeout``: seconds one record may take (reading + analysis);
        a record that takes longer becomes a failure "timeout after N s" and its worker
        process is replaced (``None`` or 0: no limit; with ``workers=0`` the limit is a
        signal, which cannot stop code that never returns to Python).  Raises
        :class:`newsprobe.corpus.ingest.IngestError` when the paths name no input file at all.
        """
        from newsprobe.corpus.ingest import ingest

        if isinstance(paths, str | Path):
            paths = [paths]
        return ingest(
            self._store,
            [str(p) for p in paths],
            workers=workers,
            max_bytes=max_bytes,
            progress=progress,
            timeout=timeout,
            columns=columns,
        )

    # -- reading ----------------------------------------------------------------------------
    def article(self, id: int) -> Analysis:
        """The full stored :class:`Analysis` of article ``id`` (no re-analysis).

        Raises :class:`KeyError` if there is no such article.
        """
        return self._store.article(id)

    def articles(
        self,
        where: ArticleFilter | None = None,
        *,
        limit: int = 100,
        offset: int = 0,
        **filters: Any,
    ) -> list[ArticleRow]:
        """Stored articles, newest published first (undated last), filtered and paged.

        Filter by an :class:`ArticleFilter` or its fields as keywords (``outlet``, ``language``,
        ``since``, ``until``)."""
        return self._store.articles(given(ArticleFilter, where, filters), Page(limit, offset))

    def count_articles(self, where: ArticleFilter | None = None, **filters: Any) -> int:
        """How many articles :meth:`articles` pages through with the same filters."""
        return self._store.count_articles(given(ArticleFilter, where, filters))

    def article_rows(self, ids: Iterable[int]) -> list[ArticleRow]:
        """The rows (title, outlet, published, language, counts…) of articles ``ids``, in the
        order given, without loading their analyses; unknown ids are left out."""
        return self._store.article_rows(list(ids))

    def inputs(self, article_id: int) -> list[InputRow]:
        """Every input that gave article ``article_id``'s text, with the outlet, URL, title
        and date it came with: first the one that created the article, then its duplicates
        (the same text read again, e.g. the same agency story from other outlets), by date.
        Empty for an unknown id."""
        return self._store.inputs(article_id)

    def search(
        self, query: str, where: ArticleFilter | None = None, *, limit: int = 20, **filters: Any
    ) -> list[SearchHit]:
        """Full-text search over titles and texts, best match first, filtered as
        :meth:`articles`.

        ``query`` uses SQLite FTS5 syntax (words, ``"exact phrase"``, ``prefix*``, ``AND``,
        ``OR``, ``NOT``); text that is not valid FTS5 syntax is searched as plain words.
        Each hit carries a snippet with the matched terms as ``highlights``.
        """
        return self._store.search(query, given(ArticleFilter, where, filters), limit)

    def quotes(
        self,
        where: QuoteFilter | None = None,
        *,
        limit: int | None = 100,
        offset: int = 0,
        **filters: Any,
    ) -> list[QuoteRow]:
        """Attributed statements ("who said what"), newest first, filtered and paged.

        Filter by a :class:`QuoteFilter` or its fields as keywords: ``speaker`` matches the
        speaker as written, its entity name or an alias; ``about`` matches entities named
        inside the statement's message; ``outlet``, ``article``; ``since``/``until`` bound the
        article's publication date as in :meth:`search` (undated articles are left out by a
        date filter).
        """
        return self._store.quotes(given(QuoteFilter, where, filters), Page(limit, offset))

    def count_quotes(self, where: QuoteFilter | None = None, **filters: Any) -> int:
        """How many statements :meth:`quotes` pages through with the same filters."""
        return self._store.count_quotes(given(QuoteFilter, where, filters))

    def sources(
        self, *, outlet: str | None = None, genre: str | None = None
    ) -> list[OutletSourcing]:
        """The sourcing profile per outlet: source types, anonymous share, hedging rate
        (``genre``: ``news`` leaves commentary out, ``opinion`` counts only commentary)."""
        return self._store.sources(outlet=outlet, genre=genre)

    def entities(self, *, top: int = 20, type: str | None = None) -> list[EntityRow]:
        """The ``top`` entities by number of articles naming them (then by mentions)."""
        return self._store.entities(top=top, type=type)

    def entity(self, key: str) -> EntityProfile:
        """One entity: mentions over time (per day), quotes by and about it, its articles.

        ``key`` is an :attr:`EntityRow.key` (``Q7747`` or ``PER:wladimir putin``) or a name,
        which picks the entity with the most articles among those with that name or alias.
        Raises :class:`KeyError` if nothing matches.
        """
        return self._store.entity(key)

    def failures(self, *, limit: int | None = None) -> list[FailureRow]:
        """Inputs that did not become articles: path, record offset, stage and reason."""
        return self._store.failures(limit=limit)

    def stats(self) -> CorpusStats:
        """Counts of articles, inputs, duplicates, failures, outlets, languages and layers."""
        return self._store.stats()

    # -- export -----------------------------------------------------------------------------
    def export(
        self,
        out_dir: str | Path,
        *,
        format: str = "jsonl",
        layers: Sequence[str] | None = None,
        raw_csv: bool = False,
    ) -> list[Path]:
        """Write one file per layer table (``articles.jsonl``, ``quotes``…) into ``out_dir``.

        ``format`` is ``jsonl``, ``csv`` or ``parquet``; columns are stable (see
        :data:`newsprobe.store.schema.EXPORT_COLUMNS`).  Returns the written paths.
        """
        from newsprobe.corpus.export import export

        return export(self._store, Path(out_dir), format=format, layers=layers, raw_csv=raw_csv)
