"""Person profiles: what the corpus knows about a person quoted in several articles — the
source types, roles and affiliations seen, in how many articles, with how many statements.

Written with each article (:func:`apply_profiles` before its layer rows go in,
:func:`update_profiles` after), kept by the cross-article entity key.  A person typed
"other" in one article but, say, "politician" in at least two other articles keeps the
corpus's type ("Mitterlehner" quoted without his office).  :func:`rebuild_profiles`
recomputes the table from the stored sources (after deletions)."""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from newsprobe.store.schema import LAYER_COLUMNS

_SRC = {c: i for i, c in enumerate(LAYER_COLUMNS["sources"])}
_ENT = {c: i for i, c in enumerate(LAYER_COLUMNS["entities"])}
_ROLE = re.compile(r"role in the article '([^']+)'")
#: A profile type needs this many statements from other articles to re-type a source.
MIN_EVIDENCE = 2
_MAX_LIST = 12


def _person_keys(layers: dict[str, list[tuple[Any, ...]]]) -> dict[int, tuple[str, str]]:
    """entity id -> (key, name) for the article's persons."""
    out = {}
    for row in layers.get("entities", []):
        if row[_ENT["type"]] == "PER" and row[_ENT["key"]]:
            out[row[_ENT["id"]]] = (row[_ENT["key"]], row[_ENT["name"]])
    return out


def apply_profiles(conn: sqlite3.Connection, layers: dict[str, list[tuple[Any, ...]]]) -> None:
    """Re-type the article's person sources typed "other" from their corpus profile."""
    persons = _person_keys(layers)
    rows = layers.get("sources")
    if not rows or not persons:
        return
    for n, row in enumerate(rows):
        eid = row[_SRC["entity_id"]]
        if row[_SRC["type"]] != "other" or eid not in persons:
            continue
        typed = corpus_type(conn, persons[eid][0])
        if typed is None:
            continue
        new = list(row)
        new[_SRC["type"]] = typed[0]
        new[_SRC["reason"]] = profile_reason(conn, persons[eid][0], *typed)
        rows[n] = tuple(new)


#: Reasons of a type that is no evidence for a profile: a guess from the article's context
#: (a person speaking where a party is named) or the profile's own earlier answer.
_WEAK_REASONS = ("corpus profile", "speaks where the article names the party")


def profile_reason(conn: sqlite3.Connection, key: str, kind: str, count: int) -> str:
    """Why a source got its corpus type, with the evidence: the roles the other articles
    give the person ("corpus profile: politician in 3 statements elsewhere, as FPÖ-Chef")."""
    found = conn.execute("SELECT roles FROM person_profiles WHERE key = ?", (key,)).fetchone()
    roles = json.loads(found[0]) if found is not None else []
    shown = ", ".join(roles[:3])
    return f"corpus profile: {kind} in {count} statements elsewhere" + (
        f", as {shown}" if shown else ""
    )


def update_profiles(conn: sqlite3.Connection, layers: dict[str, list[tuple[Any, ...]]]) -> None:
    """Add the article's person sources to their profiles; where that gives a person a
    corpus type, re-type the person's sources typed "other" in articles stored before (the
    profile does not depend on the order articles come in)."""
    persons = _person_keys(layers)
    seen: set[str] = set()
    for row in layers.get("sources", []):
        eid = row[_SRC["entity_id"]]
        if eid not in persons:
            continue
        key, name = persons[eid]
        _add(
            conn,
            key,
            name,
            row[_SRC["type"]],
            int(row[_SRC["statements"]] or 0),
            row[_SRC["reason"]],
            row[_SRC["affiliation"]],
            new_article=key not in seen,
        )
        seen.add(key)
    for key in sorted(seen):
        retype_stored(conn, key)


def corpus_type(conn: sqlite3.Connection, key: str) -> tuple[str, int] | None:
    """``(type, statements)``: the type a person's profile gives (the most statements of one
    type but "other", at least :data:`MIN_EVIDENCE`), or None."""
    found = conn.execute("SELECT types FROM person_profiles WHERE key = ?", (key,)).fetchone()
    if found is None:
        return None
    types = {k: v for k, v in json.loads(found[0]).items() if k != "other"}
    if not types:
        return None
    kind, count = max(types.items(), key=lambda kv: (kv[1], kv[0]))
    return (kind, count) if count >= MIN_EVIDENCE else None


def retype_stored(conn: sqlite3.Connection, key: str) -> int:
    """Re-type the stored sources of person ``key`` typed "other" to the corpus type; the
    number of sources changed."""
    typed = corpus_type(conn, key)
    if typed is None:
        return 0
    kind, count = typed
    cur = conn.execute(
        "UPDATE sources SET type = ?, reason = ? WHERE type = 'other' AND EXISTS ("
        "SELECT 1 FROM entities e WHERE e.article_id = sources.article_id"
        " AND e.id = sources.entity_id AND e.type = 'PER' AND e.key = ?)",
        (kind, profile_reason(conn, key, kind, count), key),
    )
    return int(cur.rowcount or 0)


def _add(
    conn: sqlite3.Connection,
    key: str,
    name: str,
    kind: str,
    statements: int,
    reason: str,
    affiliation: str | None,
    *,
    new_article: bool,
) -> None:
    found = conn.execute(
        "SELECT types, roles, affiliations, articles, statements FROM person_profiles "
        "WHERE key = ?",
        (key,),
    ).fetchone()
    types, roles, affs, articles, total = (
        (json.loads(found[0]), json.loads(found[1]), json.loads(found[2]), found[3], found[4])
        if found
        else ({}, [], [], 0, 0)
    )
    if not (reason or "").startswith(_WEAK_REASONS):
        types[kind] = types.get(kind, 0) + statements
    role = _ROLE.search(reason or "")
    if role and role.group(1) not in roles and len(roles) < _MAX_LIST:
        roles.append(role.group(1))
    if affiliation and affiliation not in affs and len(affs) < _MAX_LIST:
        affs.append(affiliation)
    conn.execute(
        "INSERT INTO person_profiles (key, name, types, roles, affiliations, articles, statements)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET name = excluded.name,"
        " types = excluded.types, roles = excluded.roles, affiliations = excluded.affiliations,"
        " articles = excluded.articles, statements = excluded.statements",
        (
            key,
            name,
            json.dumps(types, ensure_ascii=False, sort_keys=True),
            json.dumps(roles, ensure_ascii=False),
            json.dumps(affs, ensure_ascii=False),
            articles + (1 if new_article else 0),
            total + statements,
        ),
    )


def rebuild_profiles(conn: sqlite3.Connection) -> int:
    """Recompute every profile from the stored sources; the number of profiles."""
    conn.execute("DELETE FROM person_profiles")
    rows = conn.execute(
        "SELECT s.article_id, e.key, e.name, s.type, s.statements, s.reason, s.affiliation "
        "FROM sources s JOIN entities e ON e.article_id = s.article_id AND e.id = s.entity_id "
        "WHERE e.type = 'PER' AND e.key IS NOT NULL ORDER BY s.article_id"
    ).fetchall()
    seen: set[tuple[int, str]] = set()
    for article_id, key, name, kind, statements, reason, affiliation in rows:
        _add(
            conn,
            key,
            name,
            kind,
            int(statements or 0),
            reason or "",
            affiliation,
            new_article=(article_id, key) not in seen,
        )
        seen.add((article_id, key))
    return int(conn.execute("SELECT count(*) FROM person_profiles").fetchone()[0])


def profile(conn: sqlite3.Connection, key: str) -> dict[str, Any] | None:
    """One person's profile as a dict, or None."""
    found = conn.execute(
        "SELECT name, types, roles, affiliations, articles, statements FROM person_profiles "
        "WHERE key = ?",
        (key,),
    ).fetchone()
    if found is None:
        return None
    return {
        "name": found[0],
        "types": json.loads(found[1]),
        "roles": json.loads(found[2]),
        "affiliations": json.loads(found[3]),
        "articles": found[4],
        "statements": found[5],
    }
