"""The server store: PostgreSQL (``--db postgresql://user@host/db``), behind :class:`Store`.

For a corpus that several people and processes use at once: many ``ingest`` / ``load``
processes write concurrently (articles are claimed by their text hash with ``INSERT … ON
CONFLICT DO NOTHING``, inputs and failures are upserts, and a batch that deadlocks with
another writer is rolled back and written again), while the web UI and the query commands
read.  Full-text search uses PostgreSQL's ``german`` / ``english`` text-search configurations
(``simple`` for other languages): ``websearch_to_tsquery`` syntax (``"a phrase"``, ``-word``,
``or``) plus FTS5-style ``word*`` prefixes and ``NOT``, ranked with ``ts_rank_cd`` (title
weighs more), snippets from ``ts_headline``.

The read queries are those of the SQLite store (:mod:`newsprobe.store.queries`), run through
:class:`PgConnection`, which takes their ``?`` placeholders; the schema is
:mod:`newsprobe.store.pg_schema`.  Needs ``psycopg`` 3 (``pip install 'newsprobe[postgres]'``;
LGPL-3.0, an optional dependency).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from newsprobe.store import queries, story_sql
from newsprobe.store.base import (
    ArticleWrite,
    FailureWrite,
    KnownWrite,
    Outcome,
    Prepared,
    StoreError,
    StoriesMoved,
    WriteItem,
)
from newsprobe.store.filters import ArticleFilter
from newsprobe.store.flatten import CODEC
from newsprobe.store.pg_schema import PG_MIGRATIONS, VERSION_TABLE
from newsprobe.store.profiles import apply_profiles, update_profiles
from newsprobe.store.rows import CorpusStats, SearchHit
from newsprobe.store.schema import EXPORT_HIDDEN, EXPORT_TABLES, LAYER_COLUMNS, SCHEMA_VERSION
from newsprobe.store.sqlite import ARTICLE_COLUMNS, SQLiteStore, utc_now
from newsprobe.store.story_rows import StoryBatch

INSTALL_HINT = "a PostgreSQL store needs psycopg 3: pip install 'newsprobe[postgres]'"
SCHEMES = ("postgresql", "postgres")
#: Times a batch is written again after a deadlock or serialization failure.
RETRIES = 8
_ENTITY_KEY = LAYER_COLUMNS["entities"].index("key")
_ENTITY_TYPE = LAYER_COLUMNS["entities"].index("type")
_PG_TYPES = {
    "integer": "INTEGER",
    "bigint": "INTEGER",
    "smallint": "INTEGER",
    "double precision": "REAL",
    "real": "REAL",
    "bytea": "BLOB",
}


def is_url(location: object) -> bool:
    return str(location).split(":", 1)[0].lower() in SCHEMES and ":/" in str(location)


def display(url: str) -> str:
    """``url`` without its password (for messages and stats)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{netloc[-1]}"))


@lru_cache(maxsize=512)
def translate(sql: str) -> str:
    """SQLite-style ``?`` placeholders as psycopg's ``%s`` (``%`` escaped), outside quotes."""
    out: list[str] = []
    quote: str | None = None
    for ch in sql:
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "?":
            out.append("%s")
            continue
        out.append("%%" if ch == "%" else ch)
    return "".join(out)


class PgConnection:
    """A psycopg connection that runs the SQLite store's query text."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        cursor = self.raw.cursor()
        if params:
            cursor.execute(translate(sql), tuple(params))
        else:
            cursor.execute(sql)
        return cursor

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> Any:
        cursor = self.raw.cursor()
        cursor.executemany(translate(sql), rows)
        return cursor

    def close(self) -> None:
        self.raw.close()


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise StoreError(INSTALL_HINT) from None
    return psycopg


def _statements(script: str) -> list[str]:
    """Split a migration on ``;`` at line ends outside ``$$`` bodies."""
    out, current, in_body = [], [], False
    for line in script.splitlines():
        current.append(line)
        in_body ^= line.count("$$") % 2 == 1
        if not in_body and line.rstrip().endswith(";"):
            text = "\n".join(current).strip()
            if text:
                out.append(text)
            current = []
    if "\n".join(current).strip():
        raise StoreError("incomplete statement in migration script")
    return out


def _migrate(conn: PgConnection, where: str) -> int:
    psycopg = _psycopg()
    if len(PG_MIGRATIONS) != SCHEMA_VERSION:
        raise StoreError(
            f"this newsprobe's PostgreSQL schema has {len(PG_MIGRATIONS)} migrations, its SQLite "
            f"schema {SCHEMA_VERSION}: port the missing ones to store/pg_schema.py"
        )
    with conn.raw.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.newsprobe'))")
        found = conn.execute(
            "SELECT count(*) FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_name = ?",
            (VERSION_TABLE,),
        ).fetchone()[0]
        if not found:
            others = conn.execute(
                "SELECT count(*) FROM information_schema.tables"
                " WHERE table_schema = current_schema()"
            ).fetchone()[0]
            if others:
                raise StoreError(
                    f"{where}: schema {_schema(conn)!r} has tables that are not newsprobe's "
                    "(use an empty database or another schema: ?options=-csearch_path%3Dname)"
                )
            conn.execute(f"CREATE TABLE {VERSION_TABLE} (version INTEGER NOT NULL)")
            conn.execute(f"INSERT INTO {VERSION_TABLE} VALUES (0)")
        version = int(conn.execute(f"SELECT version FROM {VERSION_TABLE}").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{where}: schema version {version} is newer than this newsprobe "
                f"({SCHEMA_VERSION}); upgrade newsprobe"
            )
        try:
            for target in range(version, SCHEMA_VERSION):
                for statement in _statements(PG_MIGRATIONS[target]):
                    conn.execute(statement)
                conn.execute(f"UPDATE {VERSION_TABLE} SET version = ?", (target + 1,))
        except psycopg.Error as exc:
            raise StoreError(f"{where}: migration failed: {exc}") from None
    return SCHEMA_VERSION


def _schema(conn: PgConnection) -> str:
    return str(conn.execute("SELECT current_schema()").fetchone()[0])


#: One statement (one round trip) for an article, its stored analysis and its search vector.
_INSERT_ARTICLE = (
    f"WITH a AS (INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})"
    " ON CONFLICT (text_sha256) DO NOTHING RETURNING id),"
    " b AS (INSERT INTO analyses (article_id, codec, data) SELECT id, ?, ? FROM a),"
    " f AS (INSERT INTO articles_fts (article_id, config, tsv) SELECT id, np_ts_config(?),"
    " setweight(to_tsvector(np_ts_config(?), ?), 'A')"
    " || setweight(to_tsvector(np_ts_config(?), ?), 'B') FROM a)"
    " SELECT id FROM a"
)


def _copy_sql(table: str) -> str:
    cols = ", ".join(f'"{c}"' for c in ("article_id", *LAYER_COLUMNS[table]))
    return f"COPY {table} ({cols}) FROM STDIN"


#: COPY statements of the tables written with each article: its layers and story features.
_COPY = {
    **{t: _copy_sql(t) for t in LAYER_COLUMNS},
    "story_features": "COPY story_features (article_id, time, terms, signature, shingles, agency)"
    " FROM STDIN",
}
#: Stories are written under this lock (exclusive); article writes hold it shared, so a story
#: writer sees every article whose id was handed out before it, committed (ids are clustered in
#: order: none may commit below an id already clustered).
_STORY_LOCK = "hashtext(current_schema() || '.stories')"


class PostgresStore(SQLiteStore):
    """The :class:`newsprobe.store.Store` on a PostgreSQL database (see the module doc).

    Shares the SQLite store's input bookkeeping and read queries (through
    :class:`PgConnection`); writing, search, stats and table introspection are its own."""

    def __init__(self, url: str, *, readonly: bool = False) -> None:
        psycopg = _psycopg()
        self.url = url
        self.readonly = readonly
        self.label = display(url)
        try:
            raw = psycopg.connect(url, autocommit=True, connect_timeout=30)
        except psycopg.Error as exc:
            raise StoreError(f"{self.label}: cannot connect: {_first_line(exc)}") from None
        self.conn = PgConnection(raw)  # type: ignore[assignment]
        #: The last clustered article id of the story state this process works from.
        self._story_after: int | None = None
        #: Layer rows waiting for the batch's COPY (None: each article copies its own).
        self._layers: dict[str, list[tuple[Any, ...]]] | None = None
        #: Inputs written in this batch whose old failure rows go at its end.
        self._cleared: set[tuple[str, int]] = set()
        try:
            if readonly:
                version = self._version()
                if version != SCHEMA_VERSION:
                    raise StoreError(
                        f"{self.label}: schema version {version}, this newsprobe reads "
                        f"{SCHEMA_VERSION} (open it writable once to migrate)"
                    )
                self.conn.execute("SET default_transaction_read_only = on")
            else:
                _migrate(self.conn, self.label)  # type: ignore[arg-type]
        except psycopg.Error as exc:
            raw.close()
            raise StoreError(f"{self.label}: {_first_line(exc)}") from None
        except BaseException:
            raw.close()
            raise

    @property
    def path(self) -> None:  # type: ignore[override]
        """No file: nothing for an ingest to leave out of its inputs."""
        return None

    def _version(self) -> int:
        try:
            row = self.conn.execute(f"SELECT version FROM {VERSION_TABLE}").fetchone()
        except _psycopg().Error:
            raise StoreError(f"{self.label}: not a newsprobe database (no schema)") from None
        return int(row[0])

    def schema_version(self) -> int:
        return self._version()

    # -- writes ---------------------------------------------------------------------------
    def write(self, items: Sequence[WriteItem]) -> list[Outcome]:
        psycopg = _psycopg()
        if self.readonly:
            raise StoreError(f"{self.label}: opened read-only")
        retry = (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure)
        batched = True
        for attempt in range(RETRIES + 1):
            try:
                now = utc_now()
                with self.conn.raw.transaction():
                    # Layer rows of the whole batch go in one COPY per table at the end; should
                    # that fail (a row the flattening let through), the batch is written again
                    # article by article, where the bad one becomes a failure of its own.
                    self.conn.execute(f"SELECT pg_advisory_xact_lock_shared({_STORY_LOCK})")
                    self._layers = {t: [] for t in _COPY} if batched else None
                    self._cleared = set()
                    outcomes = [self._write_one(item, now) for item in items]
                    if self._layers is not None:
                        self._copy_layers(self._layers)
                    if self._cleared:  # failures of these inputs are history now
                        paths, offsets = zip(*self._cleared, strict=True)
                        self.conn.execute(
                            "DELETE FROM failures f USING unnest(?::text[], ?::bigint[])"
                            ' AS d(path, off) WHERE f.path = d.path AND f."offset" = d.off',
                            (list(paths), list(offsets)),
                        )
                    return outcomes
            except retry:
                if attempt == RETRIES:
                    raise
                time.sleep(0.05 * (attempt + 1))
            except psycopg.Error:
                if not batched:
                    raise
                batched = False  # once more, each article on its own

            finally:
                self._layers = None
        raise AssertionError("unreachable")

    def _copy_layers(self, layers: dict[str, list[tuple[Any, ...]]]) -> None:
        cursor = self.conn.raw.cursor()
        for table, rows in layers.items():
            if rows:
                with cursor.copy(_COPY[table]) as copy:
                    for r in rows:
                        copy.write_row(r)

    def _write_one(self, item: WriteItem, now: str) -> Outcome:
        psycopg = _psycopg()
        if isinstance(item, FailureWrite):
            self._cleared.discard((item.input.path, item.input.offset))
            self._failure(item.input, item.stage, item.reason, now)
            return "failed"
        if self._layers is not None:  # batched: an error fails the batch (written again)
            return self._store_one(item, now)
        try:
            with self.conn.raw.transaction():  # a savepoint
                return self._store_one(item, now)
        except (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure):
            raise
        except psycopg.Error as exc:
            self._failure(item.input, "store", f"cannot store: {_first_line(exc)}", now)
            return "failed"

    def _store_one(self, item: KnownWrite | ArticleWrite, now: str) -> Outcome:
        outcome = self._article_and_input(item, now)
        if self._layers is not None:
            self._cleared.add((item.input.path, item.input.offset))
        else:
            self.conn.execute(
                'DELETE FROM failures WHERE path = ? AND "offset" = ?',
                (item.input.path, item.input.offset),
            )
        return outcome

    def _article(self, prepared: Prepared, now: str) -> tuple[Outcome, int]:
        values = {**prepared.article, "text_sha256": prepared.text_sha256, "added_at": now}
        language = values.get("language")
        row = self.conn.execute(
            _INSERT_ARTICLE,
            [
                *(values.get(c) for c in ARTICLE_COLUMNS),
                CODEC,
                prepared.analysis_blob,
                language,
                language,
                values.get("title") or "",
                language,
                values["text"],
            ],
        ).fetchone()
        if row is None:  # stored by now, by this or another process
            found = self.conn.execute(
                "SELECT id FROM articles WHERE text_sha256 = ?", (prepared.text_sha256,)
            ).fetchone()
            return "duplicate", int(found[0])
        article_id = int(row[0])
        # Person profiles are read, changed and written back: one writer per person at a time
        # (a lock held to the end of the transaction; keys in order, so writers rarely wait on
        # each other in a circle, and a deadlock writes the batch again).
        persons = sorted(
            {
                r[_ENTITY_KEY]
                for r in prepared.layers.get("entities", ())
                if r[_ENTITY_TYPE] == "PER"
            }
            - {None}
        )
        for key in persons:
            self.conn.execute("SELECT pg_advisory_xact_lock(hashtext(?))", (f"person:{key}",))
        apply_profiles(self.conn, prepared.layers)  # type: ignore[arg-type]
        layers = {t: [(article_id, *r) for r in prepared.layers.get(t, ())] for t in LAYER_COLUMNS}
        if prepared.story is not None:
            layers["story_features"] = [(article_id, values.get("published"), *prepared.story)]
        if self._layers is not None:  # written with the batch's other articles
            for table, rows in layers.items():
                self._layers[table] += rows
        else:
            self._copy_layers(layers)
        update_profiles(self.conn, prepared.layers)  # type: ignore[arg-type]
        return "added", article_id

    # -- stories (newsprobe.store.story_sql; reads are the SQLite store's) ----------------
    def story_progress(self) -> tuple[int, str | None]:
        last_id, clock = story_sql.progress(self.conn)
        self._story_after = last_id
        return last_id, clock

    def write_stories(self, batch: StoryBatch) -> None:
        ids = sorted(a.article_id for a in batch.assignments)

        def work() -> None:
            # Under the lock: nobody clustered since this state was read, and the batch is
            # exactly the next pending articles (one committed late below it fails the check).
            self.conn.execute(f"SELECT pg_advisory_xact_lock({_STORY_LOCK})")
            after = story_sql.progress(self.conn)[0]
            pending = [p.article_id for p in story_sql.pending(self.conn, after, len(ids))]
            if (self._story_after is not None and after != self._story_after) or pending != ids:
                raise StoriesMoved(f"{self.label}: stories changed meanwhile; reload them")
            story_sql.write(self.conn, batch)

        self._transaction(work)
        self._story_after = ids[-1] if ids else self._story_after

    def _transaction(self, work: Callable[[], None]) -> None:
        if self.readonly:
            raise StoreError(f"{self.label}: opened read-only")
        psycopg = _psycopg()
        try:
            with self.conn.raw.transaction():
                work()
        except psycopg.Error as exc:
            raise StoreError(f"{self.label}: {_first_line(exc)}") from None

    # -- reads ----------------------------------------------------------------------------
    def search(self, query: str, where: ArticleFilter, limit: int) -> list[SearchHit]:
        from newsprobe.store.pg_search import search

        return search(self.conn, query, where, limit)

    def stats(self) -> CorpusStats:
        size = self.conn.execute(
            "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = current_schema() AND c.relkind = 'r'"
        ).fetchone()[0]
        return queries.stats(
            self.conn,  # type: ignore[arg-type]
            path=self.label,
            version=self.schema_version(),
            db_bytes=int(size),
        )

    def table_columns(self, table: str) -> list[tuple[str, str]]:
        if table not in EXPORT_TABLES:
            raise StoreError(f"unknown table {table!r}; known: {', '.join(EXPORT_TABLES)}")
        rows = self.conn.execute(
            "SELECT column_name, data_type FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = ?"
            " ORDER BY ordinal_position",
            (table,),
        ).fetchall()
        return [
            (name, _PG_TYPES.get(kind, "TEXT"))
            for name, kind in rows
            if (table, name) not in EXPORT_HIDDEN
        ]

    def table_rows(self, table: str, batch: int = 1000) -> Iterator[list[tuple[Any, ...]]]:
        # A server-side cursor: big tables stream instead of being fetched whole.
        with self.conn.raw.transaction(), self.conn.raw.cursor(name=f"export_{table}") as cur:
            cur.execute(self._export_query(table))
            while True:
                rows = cur.fetchmany(batch)
                if not rows:
                    return
                yield rows


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return re.sub(r"\s+", " ", text.splitlines()[0] if text else type(exc).__name__)
