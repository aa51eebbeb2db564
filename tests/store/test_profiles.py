"""Person profiles: a person typed politician in other stored articles keeps that type where
an article says nothing about them; the table can be rebuilt from the stored sources."""

from __future__ import annotations

import json
from pathlib import Path

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
