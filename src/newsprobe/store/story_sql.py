"""Story storage queries, in SQL SQLite and PostgreSQL both accept.

Every function takes a DB-API connection whose ``execute`` uses ``?`` placeholders (SQLite's
``sqlite3``); a backend with another paramstyle passes its statements through
:func:`placeholders` first.  Writes run inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

from newsprobe.store.base import StoreError
from newsprobe.store.story_rows import (
    CopyState,
    StoryBatch,
    StoryInput,
    StoryMember,
    StoryRow,
    StoryState,
)
from newsprobe.store.story_schema import STORY_TABLES

INSERT_FEATURES = (
    "INSERT INTO story_features (article_id, time, terms, signature, shingles, agency) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)


class Connection(Protocol):
    def execute(self, sql: str, params: Sequence[Any] = ..., /) -> Any: ...

    def executemany(self, sql: str, params: Iterable[Sequence[Any]], /) -> Any: ...


def placeholders(sql: str, style: str = "%s") -> str:
    """``sql`` with ``?`` placeholders written as ``style`` (none of these statements has a
    literal question mark)."""
    return sql.replace("?", style)


def pending(conn: Connection, after: int, limit: int) -> list[StoryInput]:
    """Articles with features and no story yet, id above ``after``, in id order."""
    rows = conn.execute(
        "SELECT f.article_id, f.time, a.language, a.outlet, a.title, f.terms, f.signature, "
        "f.shingles, f.agency FROM story_features f JOIN articles a ON a.id = f.article_id "
        "WHERE f.article_id > ? AND NOT EXISTS "
        "(SELECT 1 FROM story_articles s WHERE s.article_id = f.article_id) "
        "ORDER BY f.article_id LIMIT ?",
        (after, limit),
    ).fetchall()
    return [StoryInput(*r) for r in rows]


def progress(conn: Connection) -> tuple[int, str | None]:
    """``(last clustered article id, latest publication time clustered)``."""
    row = conn.execute(
        "SELECT max(s.article_id), max(f.time) FROM story_articles s "
        "JOIN story_features f ON f.article_id = s.article_id"
    ).fetchone()
    return int(row[0] or 0), row[1]


def document_frequencies(conn: Connection) -> dict[str, int]:
    return {t: int(n) for t, n in conn.execute("SELECT term, df FROM story_df").fetchall()}


def live(
    conn: Connection, since_time: str | None, since_article: int
) -> tuple[list[StoryState], list[CopyState]]:
    """Stories whose last article is at or after ``since_article`` or whose last time is at
    or after ``since_time``, with their members' vectors; and those members' signatures."""
    time_cond, params = "", [since_article]
    if since_time is not None:
        time_cond = " OR last_time >= ?"
        params.append(since_time)  # type: ignore[arg-type]
    rows = conn.execute(
        "SELECT id, title, first_time, last_time, last_article, articles, copies, outlets, "
        f"languages FROM stories WHERE last_article >= ?{time_cond} ORDER BY id",
        params,
    ).fetchall()
    stories: list[StoryState] = []
    copies: list[CopyState] = []
    for r in rows:
        members = conn.execute(
            "SELECT s.article_id, s.vector, f.time, f.signature, f.shingles, s.copy_of, "
            "s.agency, f.terms FROM story_articles s "
            "JOIN story_features f ON f.article_id = s.article_id "
            "WHERE s.story_id = ? ORDER BY s.article_id",
            (r[0],),
        ).fetchall()
        stories.append(
            StoryState(
                id=int(r[0]),
                title=r[1],
                first_time=r[2],
                last_time=r[3],
                last_article=int(r[4]),
                articles=int(r[5]),
                copies=int(r[6]),
                outlets=json.loads(r[7]),
                languages=json.loads(r[8]),
                vectors=[m[1] for m in members],
                terms=[m[7] for m in members],
                times=[m[2] for m in members],
            )
        )
        for m in members:
            if m[3]:
                copies.append(
                    CopyState(
                        article_id=int(m[0]),
                        time=m[2],
                        signature=m[3],
                        shingles=int(m[4]),
                        story_id=int(r[0]),
                        copy_of=m[5],
                        agency=m[6],
                    )
                )
    copies.sort(key=lambda c: c.article_id)
    return stories, copies


def write(conn: Connection, batch: StoryBatch) -> None:
    """Write one clustering step (the caller holds the transaction)."""
    conn.executemany(
        "INSERT INTO story_articles (article_id, story_id, joined_by, similarity, copy_of, "
        "copy_similarity, agency, vector) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                a.article_id,
                a.story_id,
                a.joined_by,
                a.similarity,
                a.copy_of,
                a.copy_similarity,
                a.agency,
                a.vector,
            )
            for a in batch.assignments
        ],
    )
    conn.executemany(
        "INSERT INTO stories (id, title, first_time, last_time, last_article, articles, copies, "
        "outlets, languages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "first_time = excluded.first_time, last_time = excluded.last_time, "
        "last_article = excluded.last_article, articles = excluded.articles, "
        "copies = excluded.copies, outlets = excluded.outlets, languages = excluded.languages",
        [
            (
                s.id,
                s.title,
                s.first_time,
                s.last_time,
                s.last_article,
                s.articles,
                s.copies,
                json.dumps(s.outlets, ensure_ascii=False),
                json.dumps(s.languages),
            )
            for s in batch.stories
        ],
    )
    conn.executemany(
        "INSERT INTO story_df (term, df) VALUES (?, ?) "
        "ON CONFLICT (term) DO UPDATE SET df = story_df.df + excluded.df",
        sorted(batch.df.items()),
    )


def missing_features(conn: Connection, limit: int) -> list[int]:
    """Articles without story features (stored before schema 4), in id order."""
    rows = conn.execute(
        "SELECT a.id FROM articles a WHERE NOT EXISTS "
        "(SELECT 1 FROM story_features f WHERE f.article_id = a.id) ORDER BY a.id LIMIT ?",
        (limit,),
    ).fetchall()
    return [int(r[0]) for r in rows]


def write_features(
    conn: Connection, rows: Sequence[tuple[int, str, str | None, int, str | None]]
) -> None:
    """Story features of stored articles (``article_id, terms, signature, shingles, agency``)."""
    conn.executemany(
        "INSERT INTO story_features (article_id, time, terms, signature, shingles, agency) "
        "SELECT ?, published, ?, ?, ?, ? FROM articles WHERE id = ? "
        "ON CONFLICT (article_id) DO NOTHING",  # another process computed them meanwhile
        [(a, t, s, n, g, a) for a, t, s, n, g in rows],
    )


def reset(conn: Connection, features: bool = False) -> None:
    """Forget every story (and, ``features``, the story features, which
    :func:`missing_features` then lists again): the next clustering starts from scratch."""
    for table in STORY_TABLES:
        conn.execute(f"DELETE FROM {table}")
    if features:
        conn.execute("DELETE FROM story_features")


_STORY_COLUMNS = "id, title, first_time, last_time, articles, copies, outlets, languages"


def _story_row(r: Sequence[Any]) -> StoryRow:
    return StoryRow(
        id=r[0],
        title=r[1],
        first_time=r[2],
        last_time=r[3],
        articles=r[4],
        copies=r[5],
        outlets=json.loads(r[6]),
        languages=json.loads(r[7]),
    )


def stories(
    conn: Connection, *, min_articles: int, limit: int | None, offset: int
) -> list[StoryRow]:
    """Stories with at least ``min_articles`` articles, largest and latest first."""
    sql = (
        f"SELECT {_STORY_COLUMNS} FROM stories WHERE articles >= ? "
        "ORDER BY articles DESC, last_time DESC, id DESC"
    )
    params: list[Any] = [min_articles]
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [_story_row(r) for r in conn.execute(sql, params).fetchall()]


def count_stories(conn: Connection, *, min_articles: int) -> int:
    row = conn.execute("SELECT count(*) FROM stories WHERE articles >= ?", (min_articles,))
    return int(row.fetchone()[0])


def story(conn: Connection, story_id: int) -> StoryRow | None:
    r = conn.execute(f"SELECT {_STORY_COLUMNS} FROM stories WHERE id = ?", (story_id,)).fetchone()
    return _story_row(r) if r else None


def members(conn: Connection, story_id: int) -> list[StoryMember]:
    """The articles of a story, by publication time (undated last), then id."""
    rows = conn.execute(
        "SELECT s.article_id, s.story_id, s.joined_by, s.similarity, s.copy_of, "
        "s.copy_similarity, s.agency, a.title, a.outlet, a.language, a.url, a.published "
        "FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = ? "
        "ORDER BY CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published, s.article_id",
        (story_id,),
    ).fetchall()
    names = StoryMember.model_fields
    return [StoryMember(**dict(zip(names, r, strict=True))) for r in rows]


def story_ids(conn: Connection, article_ids: Sequence[int]) -> dict[int, int]:
    """The story of each of ``article_ids`` that has one."""
    out: dict[int, int] = {}
    ids = list(article_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        for a, s in conn.execute(
            f"SELECT article_id, story_id FROM story_articles WHERE article_id IN ({marks})",
            chunk,
        ).fetchall():
            out[int(a)] = int(s)
    return out


class StoryMethods:
    """The :class:`newsprobe.store.story_base.StoryStore` methods of a SQL store, on these
    functions: the store class provides ``conn`` and ``_transaction`` (runs its argument in
    one write transaction)."""

    conn: Any

    def _transaction(self, work: Callable[[], None]) -> None:
        raise NotImplementedError

    def story_pending(self, after: int, limit: int) -> list[StoryInput]:
        return pending(self.conn, after, limit)

    def story_progress(self) -> tuple[int, str | None]:
        return progress(self.conn)

    def story_df(self) -> dict[str, int]:
        return document_frequencies(self.conn)

    def story_live(
        self, since_time: str | None, since_article: int
    ) -> tuple[list[StoryState], list[CopyState]]:
        return live(self.conn, since_time, since_article)

    def write_stories(self, batch: StoryBatch) -> None:
        self._transaction(lambda: write(self.conn, batch))

    def story_missing_features(self, limit: int) -> list[int]:
        return missing_features(self.conn, limit)

    def write_story_features(
        self, rows: Sequence[tuple[int, str, str | None, int, str | None]]
    ) -> None:
        self._transaction(lambda: write_features(self.conn, rows))

    def reset_stories(self, features: bool = False) -> None:
        self._transaction(lambda: reset(self.conn, features))

    def stories(
        self, *, min_articles: int = 1, limit: int | None = None, offset: int = 0
    ) -> list[StoryRow]:
        return stories(self.conn, min_articles=min_articles, limit=limit, offset=offset)

    def count_stories(self, *, min_articles: int = 1) -> int:
        return count_stories(self.conn, min_articles=min_articles)

    def story(self, story_id: int) -> tuple[StoryRow, list[StoryMember]]:
        row = story(self.conn, story_id)
        if row is None:
            raise StoreError(f"no story {story_id}")
        return row, members(self.conn, story_id)

    def story_ids(self, article_ids: Sequence[int]) -> dict[int, int]:
        return story_ids(self.conn, article_ids)
