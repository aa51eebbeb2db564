"""Full-text search in the PostgreSQL store.

Every article's ``tsvector`` is built with the configuration of its language (``german``,
``english``, else ``simple``), so a query is parsed once per configuration and each article
is matched against the query parsed its way (the ``OR`` of three index conditions, each using
the GIN index).  The query language is ``websearch_to_tsquery``'s (words, ``"phrases"``,
``-word``, ``or``), with what the SQLite store's FTS5 syntax adds: ``word*`` prefixes and
``NOT``/``AND`` as operators.  Snippets come from ``ts_headline`` over the article text.
"""

from __future__ import annotations

import re
from typing import Any

from newsprobe.store.base import StoreError
from newsprobe.store.filters import ArticleFilter
from newsprobe.store.queries import HL_CLOSE, HL_OPEN, filter_clauses, limit_clause, search_hits
from newsprobe.store.rows import SearchHit

CONFIGS = ("german", "english", "simple")
# (not after "word-": a match there starts at the word before, and trying it from every
# hyphen of "a-a-a-…" was quadratic; possessive: "*" is not in the class)
_PREFIX = re.compile(r"(?:(?<![\w\"-])|(?<=-)(?<!\w-))([^\W_][\w-]*+)\*(?=\s|$)")
_HEADLINE = (
    f"StartSel={HL_OPEN}, StopSel={HL_CLOSE}, MaxWords=30, MinWords=12, ShortWord=2,"
    ' MaxFragments=2, FragmentDelimiter=" … "'
)


def split_query(query: str) -> tuple[str, list[str]]:
    """``(websearch text, prefix words)``: ``word*`` terms taken out, ``NOT x`` as ``-x``,
    ``AND`` dropped (words are ANDed anyway)."""
    prefixes = [m.group(1) for m in _PREFIX.finditer(query)]
    rest = _PREFIX.sub(" ", query)
    rest = re.sub(r"(^|\s)NOT\s+", r"\1-", rest)
    rest = re.sub(r"(^|\s)AND(?=\s)", " ", rest)
    return " ".join(rest.split()), prefixes


def _prefix_query(words: list[str]) -> str:
    """``to_tsquery`` text ANDing the prefixes (each word's characters quoted)."""
    return " & ".join("'" + w.replace("'", "''").replace("\\", "") + "':*" for w in words)


def search(conn: Any, query: str, f: ArticleFilter, limit: int) -> list[SearchHit]:
    if not query.strip():
        raise StoreError("empty search query")
    text, prefixes = split_query(query)
    where, params = filter_clauses(f)
    parts: list[str] = []
    qparams: list[Any] = []
    for config in CONFIGS:
        pieces = []
        if text:
            pieces.append(f"websearch_to_tsquery('{config}', ?)")
            qparams.append(text)
        if prefixes:
            pieces.append(f"to_tsquery('{config}', ?)")
            qparams.append(_prefix_query(prefixes))
        parts.append(" && ".join(pieces) + f" AS q_{config[:2]}")
    match = " OR ".join(f"(f.config = '{c}'::regconfig AND f.tsv @@ q.q_{c[:2]})" for c in CONFIGS)
    chosen = (
        "CASE f.config WHEN 'german'::regconfig THEN q.q_ge"
        " WHEN 'english'::regconfig THEN q.q_en ELSE q.q_si END"
    )
    sql = (
        f"WITH q AS (SELECT {', '.join(parts)}),"
        " hits AS ("
        f" SELECT a.id, f.config, {chosen} AS query, ts_rank_cd(f.tsv, {chosen}) AS rank"
        " FROM articles_fts f JOIN articles a ON a.id = f.article_id CROSS JOIN q"
        f" WHERE ({match}) {''.join(' AND ' + w for w in where)}"
        f" ORDER BY rank DESC, a.id {limit_clause(limit)})"
        " SELECT a.id, a.title, a.outlet, a.language, a.published, a.url,"
        " ts_headline(h.config, a.text, h.query, ?), h.rank"
        " FROM hits h JOIN articles a ON a.id = h.id ORDER BY h.rank DESC, h.id"
    )
    rows = conn.execute(sql, [*qparams, *params, _HEADLINE]).fetchall()
    return search_hits(rows, sign=1.0)
