"""The embedded store: one SQLite file in WAL mode with an FTS5 index over titles and texts.

One connection per :class:`SQLiteStore`; writes happen in explicit transactions (one per
batch), so a process killed mid-ingest leaves the last committed batch and nothing half
written.  Reads are in :mod:`newsprobe.store.queries`.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsprobe.model import Analysis, Status
from newsprobe.store import queries, story_sql
from newsprobe.store.base import (
    ArticleWrite,
    FailureWrite,
    InputRef,
    KnownWrite,
    Outcome,
    Prepared,
    StoreError,
    WriteItem,
)
from newsprobe.store.flatten import CODEC, decode_analysis, fold, prepare
from newsprobe.store.profiles import apply_profiles, update_profiles
from newsprobe.store.rows import AddResult, CorpusStats
from newsprobe.store.schema import (
    EXPORT_HIDDEN,
    EXPORT_TABLES,
    LAYER_COLUMNS,
    MIGRATIONS,
    SCHEMA_VERSION,
)

#: Metadata an input came with: outlet, url, title, published (as stored).
_InputMeta = tuple[str | None, str | None, str | None, str | None]


def _api_key(prepared: Prepared) -> str:
    """Key of an analysis added through the API: its text and the metadata it came with, so
    the same text from another outlet is recorded as a duplicate input of its own."""
    a = prepared.article
    parts = [
        prepared.text_sha256,
        *(str(a.get(k) or "") for k in ("outlet", "url", "title", "published")),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def utc_now() -> str:
    """The current UTC time as ISO text to the second, without time zone."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0).isoformat()


def _statements(script: str) -> list[str]:
    """Split a migration script into complete statements."""
    out: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    if current.strip():
        raise StoreError("incomplete statement in migration script")
    return out


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection with the store's settings (WAL, foreign keys, fold function)."""
    try:
        if readonly:
            if not path.is_file():
                raise StoreError(f"{path}: no such database")
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro",
                uri=True,
                timeout=30,
                isolation_level=None,
                check_same_thread=False,
            )
        else:
            if path.exists() and not path.is_file():
                raise StoreError(f"{path}: is not a database file")
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 30000")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA cache_size = -32000")
        conn.create_function(
            "np_fold", 1, lambda s: fold(s) if isinstance(s, str) else None, deterministic=True
        )
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a newsprobe database ({exc})") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot open: {exc.strerror or exc}") from None
    return conn


def migrate(conn: sqlite3.Connection, path: Path) -> int:
    """Apply the missing migrations; the resulting schema version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: schema version {version} is newer than this newsprobe "
            f"({SCHEMA_VERSION}); upgrade newsprobe"
        )
    if version == SCHEMA_VERSION:
        return version
    if version == 0:
        tables = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchone()[0]
        if tables:
            raise StoreError(f"{path}: an SQLite database that is not newsprobe's")
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]  # another process?
        for target in range(version, SCHEMA_VERSION):
            for statement in _statements(MIGRATIONS[target]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {target + 1}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return SCHEMA_VERSION


ARTICLE_COLUMNS = (
    "text_sha256",
    "raw_sha256",
    "title",
    "headline",
    "url",
    "outlet",
    "language",
    "language_confidence",
    "published",
    "authors",
    "agency",
    "status",
    "input_kind",
    "encoding",
    "source_path",
    "analysis_version",
    "components",
    "warnings",
    "chars",
    "blocks",
    "sentences",
    "tokens",
    "mentions",
    "entities",
    "attributions",
    "sources",
    "claims",
    "findings",
    "verdict_summary",
    "text",
    "added_at",
    "genre",
    "genre_reason",
    "read_at",
    "published_from",
)
_INSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})"
)


def _insert_layer(table: str) -> str:
    cols = ["article_id", *LAYER_COLUMNS[table]]
    quoted = ", ".join(f'"{c}"' for c in cols)
    return f"INSERT INTO {table} ({quoted}) VALUES ({', '.join('?' * len(cols))})"


_INSERT_LAYER = {table: _insert_layer(table) for table in LAYER_COLUMNS}


class SQLiteStore(queries.ReadMethods, story_sql.StoryMethods):
    """The :class:`newsprobe.store.Store` on one SQLite file.

    The read and story methods come from :class:`newsprobe.store.queries.ReadMethods` and
    :class:`newsprobe.store.story_sql.StoryMethods`, shared with the PostgreSQL store."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        self.conn = connect(path, readonly=readonly)
        try:
            if readonly:
                version = self.conn.execute("PRAGMA user_version").fetchone()[0]
                if version != SCHEMA_VERSION:
                    raise StoreError(
                        f"{path}: schema version {version}, this newsprobe reads "
                        f"{SCHEMA_VERSION} (open it writable once to migrate)"
                    )
            else:
                migrate(self.conn, path)
        except BaseException:
            self.conn.close()
            raise

    def close(self) -> None:
        self.conn.close()

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # -- writes ---------------------------------------------------------------------------
    def add(self, analysis: Analysis, *, source: str | None = None) -> AddResult:
        if analysis.status is not Status.OK or not analysis.text.strip():
            raise StoreError(
                f"analysis has no article text (status {analysis.status.value}); nothing to store"
            )
        prepared = prepare(analysis)
        if source:
            prepared.article["source_path"] = source
        ref = InputRef(
            path=self._api_path(source or analysis.meta.source_path, prepared),
            offset=0,
            raw_sha256=analysis.meta.sha256,
        )
        path = ref.path
        [outcome] = self.write([ArticleWrite(ref, prepared)])
        if outcome == "failed":
            reason = self.conn.execute(
                'SELECT reason FROM failures WHERE path = ? AND "offset" = 0', (path,)
            ).fetchone()
            raise StoreError(f"cannot store the analysis: {reason[0] if reason else 'unknown'}")
        row = self.conn.execute(
            "SELECT id FROM articles WHERE text_sha256 = ?", (prepared.text_sha256,)
        ).fetchone()
        return AddResult(article_id=row[0], added=outcome == "added")

    def _api_path(self, label: str | None, prepared: Prepared) -> str:
        """The input path of an analysis added through the API: ``label`` (its source), made
        unique with a digest of text and metadata when that label already stands for another
        text or other metadata, so every distinct submission keeps its own input row (the
        same text from another outlet is a duplicate input, not an overwrite) and adding the
        same analysis again changes nothing."""
        key = _api_key(prepared)
        if not label:
            return f"<api:{key}>"
        row = self.conn.execute(
            "SELECT a.text_sha256, i.outlet, i.url, i.title, i.published FROM inputs i"
            ' JOIN articles a ON a.id = i.article_id WHERE i.path = ? AND i."offset" = 0',
            (label,),
        ).fetchone()
        a = prepared.article
        mine = (
            prepared.text_sha256,
            a.get("outlet"),
            a.get("url"),
            a.get("title"),
            a.get("published"),
        )
        return label if row is None or tuple(row) == mine else f"{label} #{key}"

    def write(self, items: Sequence[WriteItem]) -> list[Outcome]:
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        outcomes: list[Outcome] = []
        conn = self.conn
        now = utc_now()
        conn.execute("BEGIN IMMEDIATE")
        try:
            for item in items:
                outcomes.append(self._write_one(item, now))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return outcomes

    def _write_one(self, item: WriteItem, now: str) -> Outcome:
        conn = self.conn
        if isinstance(item, FailureWrite):
            self._failure(item.input, item.stage, item.reason, now)
            return "failed"
        conn.execute("SAVEPOINT item")
        try:
            outcome = self._article_and_input(item, now)
            conn.execute(
                'DELETE FROM failures WHERE path = ? AND "offset" = ?',
                (item.input.path, item.input.offset),
            )
            conn.execute("RELEASE item")
            return outcome
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK TO item")
            conn.execute("RELEASE item")
            self._failure(item.input, "store", f"cannot store: {exc}", now)
            return "failed"

    def _article_and_input(self, item: KnownWrite | ArticleWrite, now: str) -> Outcome:
        """Store the item's article (unless known or a duplicate) and record its input."""
        if isinstance(item, KnownWrite):
            self._input(item.input, item.article_id, "duplicate", now, self._known_meta(item))
            return "duplicate"
        outcome, article_id = self._article(item.prepared, now)
        a = item.prepared.article
        self._input(
            item.input,
            article_id,
            "article" if outcome == "added" else "duplicate",
            now,
            (a.get("outlet"), a.get("url"), a.get("title"), a.get("published")),
        )
        return outcome

    def _article(self, prepared: Prepared, now: str) -> tuple[Outcome, int]:
        conn = self.conn
        found = conn.execute(
            "SELECT id FROM articles WHERE text_sha256 = ?", (prepared.text_sha256,)
        ).fetchone()
        if found:
            return "duplicate", int(found[0])
        values = {**prepared.article, "text_sha256": prepared.text_sha256, "added_at": now}
        cursor = conn.execute(_INSERT_ARTICLE, [values.get(c) for c in ARTICLE_COLUMNS])
        article_id = int(cursor.lastrowid or 0)
        conn.execute(
            "INSERT INTO analyses (article_id, codec, data) VALUES (?, ?, ?)",
            (article_id, CODEC, prepared.analysis_blob),
        )
        conn.execute(
            "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
            (article_id, values.get("title") or "", values["text"]),
        )
        apply_profiles(conn, prepared.layers)
        for table, sql in _INSERT_LAYER.items():
            rows = prepared.layers.get(table)
            if rows:
                conn.executemany(sql, [(article_id, *row) for row in rows])
        update_profiles(conn, prepared.layers)
        if prepared.story is not None:
            features = (article_id, values.get("published"), *prepared.story)
            conn.execute(story_sql.INSERT_FEATURES, features)
        return "added", article_id

    def _known_meta(self, item: KnownWrite) -> _InputMeta:
        """Metadata of an input with the same raw bytes as an earlier one: the earlier
        input's (same bytes, same metadata), with the container's URL when it names one."""
        row = None
        if item.input.raw_sha256 is not None:
            row = self.conn.execute(
                "SELECT outlet, url, title, published FROM inputs WHERE raw_sha256 = ?"
                " AND article_id = ? ORDER BY id LIMIT 1",
                (item.input.raw_sha256, item.article_id),
            ).fetchone()
        outlet, url, title, published = row or (None, None, None, None)
        return outlet, item.url or url, title, published

    def _input(
        self, ref: InputRef, article_id: int, status: str, now: str, meta: _InputMeta
    ) -> None:
        self.conn.execute(
            'INSERT INTO inputs (path, "offset", record, raw_sha256, article_id, status, added_at,'
            " outlet, url, title, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            ' ON CONFLICT (path, "offset") DO UPDATE SET'
            " record = excluded.record, raw_sha256 = excluded.raw_sha256,"
            " status = CASE WHEN inputs.article_id = excluded.article_id THEN inputs.status"
            " ELSE excluded.status END, article_id = excluded.article_id,"
            " added_at = excluded.added_at, outlet = excluded.outlet, url = excluded.url,"
            " title = excluded.title, published = excluded.published",
            (ref.path, ref.offset, ref.record, ref.raw_sha256, article_id, status, now, *meta),
        )

    def _failure(self, ref: InputRef, stage: str, reason: str, now: str) -> None:
        self.conn.execute(
            'DELETE FROM inputs WHERE path = ? AND "offset" = ?', (ref.path, ref.offset)
        )
        self.conn.execute(
            'INSERT INTO failures (path, "offset", record, stage, reason, raw_sha256, attempts,'
            " first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)"
            ' ON CONFLICT (path, "offset") DO UPDATE SET record = excluded.record,'
            " stage = excluded.stage, reason = excluded.reason,"
            " raw_sha256 = excluded.raw_sha256, attempts = failures.attempts + 1,"
            " last_seen = excluded.last_seen",
            (ref.path, ref.offset, ref.record, stage, reason, ref.raw_sha256, now, now),
        )

    def input_state(self, ref: InputRef) -> tuple[bool, int | None]:
        row = self.conn.execute(
            'SELECT raw_sha256, article_id FROM inputs WHERE path = ? AND "offset" = ?',
            (ref.path, ref.offset),
        ).fetchone()
        if row and row[0] == ref.raw_sha256:
            return True, int(row[1])
        if ref.raw_sha256 is None:
            return False, None
        row = self.conn.execute(
            "SELECT article_id FROM inputs WHERE raw_sha256 = ? LIMIT 1", (ref.raw_sha256,)
        ).fetchone()
        return False, (int(row[0]) if row else None)

    def input_states(self, refs: Sequence[InputRef]) -> list[tuple[bool, int | None]]:
        """:meth:`input_state` of many records in a few queries (a loader's batch)."""
        stored: dict[tuple[str, int], tuple[str | None, int]] = {}
        offsets: dict[str, set[int]] = {}
        for ref in refs:
            offsets.setdefault(ref.path, set()).add(ref.offset)
        for path, wanted in offsets.items():
            for part in _parts(sorted(wanted)):
                marks = ", ".join("?" * len(part))
                for off, raw, article_id in self.conn.execute(
                    f'SELECT "offset", raw_sha256, article_id FROM inputs'
                    f' WHERE path = ? AND "offset" IN ({marks})',
                    (path, *part),
                ):
                    stored[(path, int(off))] = (raw, int(article_id))
        done = [
            (row := stored.get((ref.path, ref.offset))) is not None and row[0] == ref.raw_sha256
            for ref in refs
        ]
        raws = sorted(
            {r.raw_sha256 for r, d in zip(refs, done, strict=True) if r.raw_sha256 and not d}
        )
        known: dict[str, int] = {}
        for part in _parts(raws):
            marks = ", ".join("?" * len(part))
            for raw, article_id in self.conn.execute(
                f"SELECT raw_sha256, min(article_id) FROM inputs"
                f" WHERE raw_sha256 IN ({marks}) GROUP BY raw_sha256",
                part,
            ):
                known[raw] = int(article_id)
        return [
            (True, stored[(r.path, r.offset)][1])
            if d
            else (False, known.get(r.raw_sha256) if r.raw_sha256 else None)
            for r, d in zip(refs, done, strict=True)
        ]

    # -- reads ----------------------------------------------------------------------------
    def article(self, id: int) -> Analysis:
        row = self.conn.execute(
            "SELECT codec, data FROM analyses WHERE article_id = ?", (id,)
        ).fetchone()
        if row is None:
            raise KeyError(id)
        return decode_analysis(row[0], row[1])

    def stats(self) -> CorpusStats:
        size = sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())
        return queries.stats(
            self.conn, path=str(self.path), version=self.schema_version(), db_bytes=size
        )

    def _transaction(self, work: Callable[[], None]) -> None:
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            work()
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    # -- raw tables -----------------------------------------------------------------------
    def table_columns(self, table: str) -> list[tuple[str, str]]:
        if table not in EXPORT_TABLES:
            raise StoreError(f"unknown table {table!r}; known: {', '.join(EXPORT_TABLES)}")
        info = self.conn.execute(f"PRAGMA table_info({table})").fetchall()
        return [
            (r[1], (r[2] or "TEXT").upper()) for r in info if (table, r[1]) not in EXPORT_HIDDEN
        ]

    def _export_query(self, table: str) -> str:
        """All exported columns of ``table``, in the key order of its rows."""
        columns = ", ".join(f'"{name}"' for name, _ in self.table_columns(table))
        order = (
            "id"
            if table in {"articles", "inputs", "failures"}
            else "article_id, attribution_id, entity_id"
            if table == "attribution_about"
            else "article_id, id"
        )
        return f"SELECT {columns} FROM {table} ORDER BY {order}"

    def table_rows(self, table: str, batch: int = 1000) -> Iterator[list[tuple[Any, ...]]]:
        cursor = self.conn.execute(self._export_query(table))
        while True:
            rows = cursor.fetchmany(batch)
            if not rows:
                return
            yield rows


def _parts(values: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    """``values`` in slices of at most ``size`` (bound parameters per statement)."""
    for start in range(0, len(values), size):
        yield values[start : start + size]
