"""Read queries over the SQLite store, each returning typed rows (:mod:`.rows`).

Name filters compare case-folded text (``np_fold`` / the precomputed ``fold`` columns), so
"putin" finds "Putin" and "Ö" finds "ö".
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from pydantic import BaseModel

from newsprobe.store.base import StoreError
from newsprobe.store.dates import loaded, since_bound, until_bound
from newsprobe.store.filters import GENRES, ArticleFilter, Page, QuoteFilter
from newsprobe.store.flatten import fold
from newsprobe.store.rows import (
    ArticleRow,
    CorpusStats,
    EntityProfile,
    EntityRow,
    FailureRow,
    InputRow,
    MentionCount,
    OutletSourcing,
    QuoteRow,
    SearchHit,
)
from newsprobe.store.schema import LAYER_TABLES

UNKNOWN_OUTLET = "(unknown)"
HL_OPEN, HL_CLOSE = "\x02", "\x03"
_SNIPPET_TOKENS = 24


def _genre_condition(genre: str, alias: str) -> str:
    """The SQL condition of the genre filter (:data:`GENRES`; constant SQL, no parameter)."""
    value = genre.strip().lower()
    if value == "opinion":
        return f"{alias}.genre = 'opinion'"
    if value == "news":
        return f"({alias}.genre IS NULL OR {alias}.genre <> 'opinion')"
    raise StoreError(f"unknown genre {genre!r}; choose one of {', '.join(GENRES)}")


def filter_clauses(f: ArticleFilter, alias: str = "a") -> tuple[list[str], list[Any]]:
    """WHERE conditions and their parameters for an article filter on table ``alias``."""
    where: list[str] = []
    params: list[Any] = []
    if f.outlet:
        where.append(f"instr(np_fold({alias}.outlet), ?) > 0")
        params.append(fold(f.outlet))
    if f.language:
        where.append(f"{alias}.language = ?")
        params.append(f.language.strip().lower())
    if f.genre:
        where.append(_genre_condition(f.genre, alias))
    if f.since is not None:
        where.append(f"{alias}.published >= ?")
        params.append(since_bound(f.since))
    if f.until is not None:
        bound, exclusive = until_bound(f.until)
        where.append(f"{alias}.published {'<' if exclusive else '<='} ?")
        params.append(bound)
    return where, params


def _where(clauses: list[str]) -> str:
    return f"WHERE {' AND '.join(clauses)}" if clauses else ""


def limit_clause(limit: int | None) -> str:
    """``LIMIT n`` (empty without a limit); a negative limit is an error."""
    if limit is None:
        return ""
    if limit < 0:
        raise StoreError("limit must be >= 0")
    return f"LIMIT {int(limit)}"


def _page(page: Page) -> str:
    """``LIMIT … OFFSET …`` (no limit: the largest one, which SQLite and PostgreSQL both take)."""
    limit, offset = page.limit, page.offset
    if offset < 0:
        raise StoreError("offset must be >= 0")
    if not offset:
        return limit_clause(limit)
    return f"{limit_clause(limit) or 'LIMIT 9223372036854775807'} OFFSET {int(offset)}"


def _count(conn: sqlite3.Connection, sql: str, params: list[Any]) -> int:
    return int(conn.execute(sql, params).fetchone()[0])


RowT = TypeVar("RowT", bound=BaseModel)


def _row(model: type[RowT], r: Sequence[Any], **convert: Callable[[Any], Any]) -> RowT:
    """A typed row from a result row whose columns are the model's fields in their order;
    ``convert`` turns a column's stored value (an ISO date, JSON text) into the field's."""
    values = dict(zip(model.model_fields, r, strict=True))
    for name, to_field in convert.items():
        values[name] = to_field(values[name])
    return model(**values)


def _names(value: str) -> list[str]:
    """A JSON array of names as a sorted list without repeats."""
    return sorted(set(json.loads(value)))


# -- articles --------------------------------------------------------------------------------
_ARTICLE_SELECT = (
    "SELECT a.id, a.title, a.url, a.outlet, a.language, a.published, a.authors, a.agency,"
    " a.status, a.source_path, a.chars, a.tokens, a.mentions, a.attributions, a.claims,"
    " a.findings, a.text_sha256, a.added_at, a.genre, a.read_at, a.published_from"
    " FROM articles a"
)


def _article_row(r: sqlite3.Row | tuple[Any, ...]) -> ArticleRow:
    return _row(
        ArticleRow,
        r,
        published=loaded,
        authors=json.loads,
        agency=json.loads,
        added_at=loaded,
        read_at=loaded,
    )


def articles(conn: sqlite3.Connection, f: ArticleFilter, page: Page) -> list[ArticleRow]:
    where, params = filter_clauses(f)
    sql = (
        f"{_ARTICLE_SELECT} {_where(where)} ORDER BY a.published DESC NULLS LAST, a.id "
        f"{_page(page)}"
    )
    return [_article_row(r) for r in conn.execute(sql, params)]


def count_articles(conn: sqlite3.Connection, f: ArticleFilter) -> int:
    where, params = filter_clauses(f)
    return _count(conn, f"SELECT count(*) FROM articles a {_where(where)}", params)


#: Ids per ``IN (…)`` query (well under SQLite's limit on bound parameters).
_IDS_PER_QUERY = 500


def article_rows(conn: sqlite3.Connection, ids: Sequence[int]) -> list[ArticleRow]:
    wanted = list(dict.fromkeys(int(i) for i in ids))
    found: dict[int, ArticleRow] = {}
    for lo in range(0, len(wanted), _IDS_PER_QUERY):
        chunk = wanted[lo : lo + _IDS_PER_QUERY]
        sql = f"{_ARTICLE_SELECT} WHERE a.id IN ({', '.join('?' * len(chunk))})"
        for r in conn.execute(sql, chunk):
            found[r[0]] = _article_row(r)
    return [found[i] for i in wanted if i in found]


def inputs(conn: sqlite3.Connection, article_id: int) -> list[InputRow]:
    return [
        _row(InputRow, r, published=loaded, added_at=datetime.fromisoformat)
        for r in conn.execute(
            'SELECT article_id, path, "offset", record, status, outlet, url, title, published,'
            " added_at FROM inputs WHERE article_id = ?"
            " ORDER BY status = 'duplicate', published NULLS LAST, added_at, id",
            (int(article_id),),
        )
    ]


# -- search ----------------------------------------------------------------------------------
_BAREWORD = re.compile(r"[^\W_]+", re.UNICODE)


def plain_query(query: str) -> str:
    """``query`` as FTS5 phrases of its words: safe for any input ("GPA-djp", "3:1")."""
    words = [w for w in query.split() if _BAREWORD.search(w)]
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def _snippet(marked: str) -> tuple[str, list[tuple[int, int]]]:
    out: list[str] = []
    highlights: list[tuple[int, int]] = []
    length = 0
    start = 0
    for part in re.split(f"([{HL_OPEN}{HL_CLOSE}])", marked):
        if part == HL_OPEN:
            start = length
        elif part == HL_CLOSE:
            highlights.append((start, length))
        else:
            out.append(part)
            length += len(part)
    return " ".join("".join(out).split("\n")), highlights


def search(conn: sqlite3.Connection, query: str, f: ArticleFilter, limit: int) -> list[SearchHit]:
    if not query.strip():
        raise StoreError("empty search query")
    where, params = filter_clauses(f)
    sql = (
        "SELECT a.id, a.title, a.outlet, a.language, a.published, a.url,"
        f" snippet(articles_fts, -1, char(2), char(3), '…', {_SNIPPET_TOKENS}),"
        " bm25(articles_fts, 5.0, 1.0) AS rank"
        " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
        f" WHERE articles_fts MATCH ? {''.join(' AND ' + w for w in where)}"
        f" ORDER BY rank {limit_clause(limit)}"
    )
    try:
        rows = conn.execute(sql, [query, *params]).fetchall()
    except sqlite3.OperationalError:  # not FTS5 syntax ("GPA-djp", a lone quote…): words
        safe = plain_query(query)
        if not safe:
            return []
        rows = conn.execute(sql, [safe, *params]).fetchall()
    return search_hits(rows, sign=-1.0)


def search_hits(rows: Sequence[Sequence[Any]], *, sign: float) -> list[SearchHit]:
    """Hits from rows of (id, title, outlet, language, published, url, marked snippet, rank);
    ``sign`` turns the backend's rank into a score where higher is better (FTS5's bm25 is
    lower for better matches)."""
    hits = []
    for r in rows:
        snippet, highlights = _snippet(r[6] or "")
        hits.append(
            SearchHit(
                article_id=r[0],
                title=r[1],
                outlet=r[2],
                language=r[3],
                published=loaded(r[4]),
                url=r[5],
                snippet=snippet,
                highlights=highlights,
                score=sign * float(r[7]),
            )
        )
    return hits


# -- quotes ----------------------------------------------------------------------------------
_QUOTE_SELECT = """
SELECT t.article_id, t.id, a.title, a.outlet, a.published, t.kind, t.speaker, t.speaker_name,
       t.speaker_key, t.cue, t.cue_type, t.message, t.mood, s.type, s.name,
       (SELECT json_group_array(e.name) FROM attribution_about ab
          JOIN entities e ON e.article_id = ab.article_id AND e.id = ab.entity_id
         WHERE ab.article_id = t.article_id AND ab.attribution_id = t.id),
       t.start, t."end"
  FROM attributions t
  JOIN articles a ON a.id = t.article_id
  LEFT JOIN sources s ON s.article_id = t.article_id AND s.id = t.source_id
"""

_ABOUT = """EXISTS (SELECT 1 FROM attribution_about ab
    JOIN entities e ON e.article_id = ab.article_id AND e.id = ab.entity_id
   WHERE ab.article_id = t.article_id AND ab.attribution_id = t.id AND {cond})"""


def _quote_filters(f: QuoteFilter) -> tuple[list[str], list[Any]]:
    where, params = filter_clauses(f.articles)
    if f.speaker:
        where.append("(instr(t.speaker_fold, ?) > 0 OR t.speaker_key = ?)")
        params += [fold(f.speaker), f.speaker.strip()]
    if f.speaker_key:
        where.append("t.speaker_key = ?")
        params.append(f.speaker_key)
    if f.about:
        where.append(_ABOUT.format(cond="(instr(e.fold, ?) > 0 OR e.key = ?)"))
        params += [fold(f.about), f.about.strip()]
    if f.about_key:
        where.append(_ABOUT.format(cond="e.key = ?"))
        params.append(f.about_key)
    if f.article is not None:
        where.append("t.article_id = ?")
        params.append(f.article)
    return where, params


def quotes(conn: sqlite3.Connection, f: QuoteFilter, page: Page) -> list[QuoteRow]:
    where, params = _quote_filters(f)
    sql = (
        f"{_QUOTE_SELECT} {_where(where)} ORDER BY a.published DESC NULLS LAST,"
        f" t.article_id DESC, t.id {_page(page)}"
    )
    return [_row(QuoteRow, r, published=loaded, about=_names) for r in conn.execute(sql, params)]


def count_quotes(conn: sqlite3.Connection, f: QuoteFilter) -> int:
    where, params = _quote_filters(f)
    return _count(
        conn,
        "SELECT count(*) FROM attributions t JOIN articles a"
        f" ON a.id = t.article_id {_where(where)}",
        params,
    )


# -- sources ---------------------------------------------------------------------------------
def _shares(counts: dict[str, int]) -> dict[str, float]:
    total = sum(counts.values())
    return {k: round(v / total, 4) for k, v in sorted(counts.items())} if total else {}


def sources(
    conn: sqlite3.Connection, *, outlet: str | None, genre: str | None = None
) -> list[OutletSourcing]:
    where, params = filter_clauses(ArticleFilter(outlet=outlet, genre=genre))
    name = f"coalesce(a.outlet, '{UNKNOWN_OUTLET}')"
    n_articles = dict(
        conn.execute(f"SELECT {name}, count(*) FROM articles a {_where(where)} GROUP BY 1", params)
    )
    by_type: dict[str, dict[str, int]] = defaultdict(dict)
    anon: Counter[str] = Counter()
    statements: Counter[str] = Counter()
    anon_statements: Counter[str] = Counter()
    # a pronoun newsprobe could not resolve is no anonymous source (the article names them)
    anonymous = "(s.type = 'anonymous' OR (s.named = 0 AND s.type != 'unresolved'))"
    for o, kind, n, n_anon, n_st, n_anon_st in conn.execute(
        f"SELECT {name}, s.type, count(*), sum(CASE WHEN {anonymous} THEN 1 ELSE 0 END),"
        " sum(s.statements),"
        f" sum(CASE WHEN {anonymous} THEN s.statements ELSE 0 END)"
        f" FROM sources s JOIN articles a ON a.id = s.article_id {_where(where)} GROUP BY 1, 2",
        params,
    ):
        by_type[o][kind] = n
        anon[o] += n_anon or 0
        statements[o] += n_st or 0
        anon_statements[o] += n_anon_st or 0
    claims: dict[str, dict[str, int]] = defaultdict(dict)
    for o, status, n in conn.execute(
        f"SELECT {name}, c.status, count(*) FROM claims c JOIN articles a ON a.id = c.article_id"
        f" {_where(where)} GROUP BY 1, 2",
        params,
    ):
        claims[o][status] = n
    out = []
    for o, n in sorted(n_articles.items(), key=lambda kv: (-kv[1], kv[0])):
        types = dict(sorted(by_type[o].items()))
        n_sources = sum(types.values())
        n_claims = sum(claims[o].values())
        out.append(
            OutletSourcing(
                outlet=o,
                articles=n,
                sources=n_sources,
                source_types=types,
                source_shares=_shares(types),
                anonymous_share=round(anon[o] / n_sources, 4) if n_sources else 0.0,
                statements=statements[o],
                anonymous_statement_share=(
                    round(anon_statements[o] / statements[o], 4) if statements[o] else 0.0
                ),
                claims=n_claims,
                claim_shares=_shares(claims[o]),
                hedging_rate=round(claims[o].get("hedged", 0) / n_claims, 4) if n_claims else 0.0,
            )
        )
    return out


# -- entities --------------------------------------------------------------------------------
def _name_rank(item: tuple[str, int]) -> tuple[int, int, str]:
    """Most frequent name first; on a tie the fuller (longer) one."""
    return -item[1], -len(item[0]), item[0]


def _entity_rows(
    conn: sqlite3.Connection, where: str, params: list[Any], limit: int | None
) -> list[EntityRow]:
    rows = conn.execute(
        "SELECT e.key, max(e.type), count(DISTINCT e.article_id) AS n_art,"
        " sum(e.mentions) AS n_m,"
        " max(e.kb_id), min(a.published), max(a.published)"
        f" FROM entities e JOIN articles a ON a.id = e.article_id {where}"
        f" GROUP BY e.key ORDER BY n_art DESC, n_m DESC, e.key {limit_clause(limit)}",
        params,
    ).fetchall()
    if not rows:
        return []
    keys = [r[0] for r in rows]
    marks = ", ".join("?" * len(keys))
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for key, ename, n in conn.execute(
        f"SELECT key, name, count(*) FROM entities WHERE key IN ({marks}) GROUP BY 1, 2", keys
    ):
        names[key][ename] = n
    by = dict(
        conn.execute(
            f"SELECT speaker_key, count(*) FROM attributions WHERE speaker_key IN ({marks})"
            " GROUP BY 1",
            keys,
        )
    )
    about = dict(
        conn.execute(
            "SELECT e.key, count(*) FROM attribution_about ab JOIN entities e"
            " ON e.article_id = ab.article_id AND e.id = ab.entity_id"
            f" WHERE e.key IN ({marks}) GROUP BY 1",
            keys,
        )
    )
    return [
        EntityRow(
            key=r[0],
            name=min(names[r[0]].items(), key=_name_rank)[0],
            type=r[1],
            kb_id=r[4],
            articles=r[2],
            mentions=r[3] or 0,
            quotes_by=by.get(r[0], 0),
            quotes_about=about.get(r[0], 0),
            first_seen=loaded(r[5]),
            last_seen=loaded(r[6]),
        )
        for r in rows
    ]


def entities(conn: sqlite3.Connection, *, top: int, type: str | None) -> list[EntityRow]:
    where, params = ("WHERE e.type = ?", [type.strip().upper()]) if type else ("", [])
    return _entity_rows(conn, where, params, top)


def resolve_entity(conn: sqlite3.Connection, key: str) -> str:
    """An entity key from a key or a name (exact name/alias first, then a substring)."""
    key = key.strip()
    if conn.execute("SELECT 1 FROM entities WHERE key = ? LIMIT 1", (key,)).fetchone():
        return key
    needle = fold(key)
    if needle:
        for cond, arg in (
            ("instr(' | ' || fold || ' | ', ?) > 0", f" | {needle} | "),
            ("instr(fold, ?) > 0", needle),
        ):
            row = conn.execute(
                f"SELECT key FROM entities WHERE {cond} GROUP BY key"
                " ORDER BY count(DISTINCT article_id) DESC, sum(mentions) DESC, key LIMIT 1",
                (arg,),
            ).fetchone()
            if row:
                return str(row[0])
    raise KeyError(key)


def entity(conn: sqlite3.Connection, key: str) -> EntityProfile:
    key = resolve_entity(conn, key)
    [row] = _entity_rows(conn, "WHERE e.key = ?", [key], None)
    aliases: Counter[str] = Counter()
    for ename, raw in conn.execute("SELECT name, aliases FROM entities WHERE key = ?", (key,)):
        aliases.update([ename, *json.loads(raw)])
    timeline = [
        MentionCount(period=p, articles=n_art, mentions=n_m or 0)
        for p, n_art, n_m in conn.execute(
            "SELECT coalesce(substr(a.published, 1, 10), 'undated'),"
            " count(DISTINCT e.article_id), sum(e.mentions)"
            " FROM entities e JOIN articles a ON a.id = e.article_id WHERE e.key = ?"
            " GROUP BY 1 ORDER BY 1",
            (key,),
        )
    ]
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT e.article_id FROM entities e JOIN articles a ON a.id = e.article_id"
            " WHERE e.key = ? GROUP BY e.article_id, a.published"
            " ORDER BY a.published DESC NULLS LAST, e.article_id",
            (key,),
        )
    ]
    from newsprobe.store.profiles import profile

    person = profile(conn, key) or {}
    return EntityProfile(
        entity=row,
        aliases=[a for a, _ in aliases.most_common()],
        timeline=timeline,
        quotes_by=quotes(conn, QuoteFilter(speaker_key=key), Page(limit=None)),
        quotes_about=quotes(conn, QuoteFilter(about_key=key), Page(limit=None)),
        articles=ids,
        source_types=person.get("types", {}),
        roles=person.get("roles", []),
        affiliations=person.get("affiliations", []),
    )


# -- failures and stats ----------------------------------------------------------------------
def failures(conn: sqlite3.Connection, *, limit: int | None) -> list[FailureRow]:
    return [
        _row(FailureRow, r, first_seen=loaded, last_seen=loaded)
        for r in conn.execute(
            'SELECT id, path, "offset", record, stage, reason, attempts, first_seen, last_seen'
            f' FROM failures ORDER BY path, "offset" {limit_clause(limit)}'
        )
    ]


def stats(conn: sqlite3.Connection, *, path: str, version: int, db_bytes: int) -> CorpusStats:
    def one(sql: str) -> Any:
        return conn.execute(sql).fetchone()[0]

    first, last = conn.execute("SELECT min(published), max(published) FROM articles").fetchone()
    return CorpusStats(
        path=path,
        schema_version=version,
        articles=one("SELECT count(*) FROM articles"),
        inputs=one("SELECT count(*) FROM inputs"),
        duplicates=one("SELECT count(*) FROM inputs WHERE status = 'duplicate'"),
        failures=one("SELECT count(*) FROM failures"),
        outlets=dict(
            conn.execute(
                f"SELECT coalesce(outlet, '{UNKNOWN_OUTLET}'), count(*) FROM articles"
                " GROUP BY 1 ORDER BY 2 DESC, 1"
            )
        ),
        languages=dict(
            conn.execute(
                "SELECT coalesce(language, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC"
            )
        ),
        genres=dict(
            conn.execute(
                "SELECT coalesce(genre, 'news'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC"
            )
        ),
        layers={t: one(f"SELECT count(*) FROM {t}") for t in LAYER_TABLES},
        first_published=loaded(first),
        last_published=loaded(last),
        db_bytes=db_bytes,
    )


class ReadMethods:
    """The read methods of :class:`newsprobe.store.Store` on these queries, for a store class
    that provides ``conn`` (a DB-API connection these queries run on)."""

    conn: Any

    def articles(self, where: ArticleFilter, page: Page) -> list[ArticleRow]:
        return articles(self.conn, where, page)

    def count_articles(self, where: ArticleFilter) -> int:
        return count_articles(self.conn, where)

    def article_rows(self, ids: Sequence[int]) -> list[ArticleRow]:
        return article_rows(self.conn, ids)

    def inputs(self, article_id: int) -> list[InputRow]:
        return inputs(self.conn, article_id)

    def search(self, query: str, where: ArticleFilter, limit: int) -> list[SearchHit]:
        return search(self.conn, query, where, limit)

    def quotes(self, where: QuoteFilter, page: Page) -> list[QuoteRow]:
        return quotes(self.conn, where, page)

    def count_quotes(self, where: QuoteFilter) -> int:
        return count_quotes(self.conn, where)

    def sources(
        self, *, outlet: str | None = None, genre: str | None = None
    ) -> list[OutletSourcing]:
        return sources(self.conn, outlet=outlet, genre=genre)

    def entities(self, *, top: int = 20, type: str | None = None) -> list[EntityRow]:
        return entities(self.conn, top=top, type=type)

    def entity(self, key: str) -> EntityProfile:
        return entity(self.conn, key)

    def failures(self, *, limit: int | None = None) -> list[FailureRow]:
        return failures(self.conn, limit=limit)
