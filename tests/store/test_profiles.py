"""Person profiles: a person typed politician in other stored articles keeps that type where
an article says nothing about them; the table can be rebuilt from the stored sources."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsprobe.api import analyze_text
from newsprobe.store import open_store
from newsprobe.store.profiles import profile, rebuild_profiles

WITH_ROLE = (
    "Der Abgeordnete Ferdinand Quastenberg sagte am {day}, die Reform sei dringend. "
    "Quastenberg betonte, man werde verhandeln."
)
WITHOUT = "Ferdinand Quastenberg sagte am Freitag, er sei zufrieden mit dem Ergebnis."


def test_profile_keeps_a_persons_type(tmp_path: Path) -> None:
    bare = analyze_text(WITHOUT, lang="de")
    assert [s.type.value for s in bare.sources] == ["other"]
    store = open_store(tmp_path / "corpus.db")
    try:
        for day in ("Montag", "Dienstag"):
            store.add(analyze_text(WITH_ROLE.format(day=day), lang="de"))
        result = store.add(bare)
        conn = store.conn  # type: ignore[attr-defined]
        kind, reason = conn.execute(
            "SELECT type, reason FROM sources WHERE article_id = ?", (result.article_id,)
        ).fetchone()
        assert kind == "politician" and reason.startswith("corpus profile")
        key = conn.execute(
            "SELECT key FROM entities WHERE article_id = ? AND type = 'PER'",
            (result.article_id,),
        ).fetchone()[0]
        before = profile(conn, key)
        assert before is not None and before["articles"] == 3
        assert before["types"]["politician"] >= 4
        assert rebuild_profiles(conn) >= 1
        assert profile(conn, key) == before
        assert (
            json.loads(
                conn.execute("SELECT aliases FROM sources WHERE article_id = 1").fetchone()[0]
            )
            is not None
        )
    finally:
        store.close()


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "corpus.db")
        return
    from pgtest import pg_schema

    with pg_schema() as url:
        yield url


def test_a_profile_retypes_articles_stored_before(store_url: str) -> None:
    """Round 4: the order articles come in does not matter — a person stored as "other"
    first is re-typed once later articles give them a type (SQLite and PostgreSQL)."""
    store = open_store(store_url)
    try:
        first = store.add(analyze_text(WITHOUT, lang="de"))
        conn = store.conn  # type: ignore[attr-defined]
        query = "SELECT type, reason FROM sources WHERE article_id = ?"
        assert conn.execute(query, (first.article_id,)).fetchone()[0] == "other"
        store.add(analyze_text(WITH_ROLE.format(day="Montag"), lang="de"))
        store.add(analyze_text(WITH_ROLE.format(day="Dienstag"), lang="de"))
        kind, reason = conn.execute(query, (first.article_id,)).fetchone()
        assert kind == "politician" and reason.startswith("corpus profile")
    finally:
        store.close()


def test_profile_reason_shows_the_evidence(tmp_path: Path) -> None:
    """Round 5: the re-typed source says which roles the other articles gave the person."""
    store = open_store(tmp_path / "corpus.db")
    try:
        for day in ("Montag", "Dienstag"):
            store.add(analyze_text(WITH_ROLE.format(day=day), lang="de"))
        result = store.add(analyze_text(WITHOUT, lang="de"))
        reason = store.conn.execute(  # type: ignore[attr-defined]
            "SELECT reason FROM sources WHERE article_id = ?", (result.article_id,)
        ).fetchone()[0]
        assert reason.startswith("corpus profile: politician in ")
        assert "as " in reason and "Abgeordnete" in reason
    finally:
        store.close()


NEAR_PARTY = (
    "Die ÖVP hat am {day} ihr Programm vorgestellt. "
    "Ferdinand Quastenberg sagte, er sei zufrieden mit dem Ergebnis."
)


def test_a_guess_from_context_is_no_profile_evidence(tmp_path: Path) -> None:
    """Round 5: a type guessed from the article's context (a person speaking where a party is
    named) is not counted, so it cannot spread to the person's other articles."""
    guessed = analyze_text(NEAR_PARTY.format(day="Montag"), lang="de")
    reasons = [s.reason for s in guessed.sources if "Quastenberg" in s.name]
    if not reasons or not reasons[0].startswith("speaks where the article names the party"):
        pytest.skip("the party-context rule did not fire on this text")
    store = open_store(tmp_path / "corpus.db")
    try:
        for day in ("Montag", "Dienstag", "Mittwoch"):
            store.add(analyze_text(NEAR_PARTY.format(day=day), lang="de"))
        result = store.add(analyze_text(WITHOUT, lang="de"))
        kind = store.conn.execute(  # type: ignore[attr-defined]
            "SELECT type FROM sources WHERE article_id = ?", (result.article_id,)
        ).fetchone()[0]
        assert kind == "other"
    finally:
        store.close()
