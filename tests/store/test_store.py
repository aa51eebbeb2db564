"""The SQLite store: schema and migrations, one table per layer, dedup, round trips."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsprobe import Corpus
from newsprobe.model import Analysis, Status
from newsprobe.store import StoreError, open_store
from newsprobe.store.examples import kreml, telefonat
from newsprobe.store.schema import LAYER_TABLES, SCHEMA_VERSION


@pytest.fixture
def corpus(db_location: str) -> Iterator[Corpus]:
    c = Corpus(db_location)
    c.add(kreml())
    c.add(telefonat())
    yield c
    c.close()


def raw(corpus: Corpus) -> sqlite3.Connection:
    if "://" in corpus.location:
        pytest.skip("reads the SQLite file directly")
    return sqlite3.connect(corpus.path)


def test_new_database_has_schema_wal_and_version(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "n.db"
    Corpus(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"articles", "analyses", "articles_fts", "inputs", "failures", *LAYER_TABLES} <= names


def test_reopening_is_idempotent_and_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with Corpus(path) as c:
        c.add(kreml())
    with Corpus(path) as c:
        assert c.stats().articles == 1
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Corpus(path)


def test_foreign_files_are_refused_with_one_line(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not newsprobe"):
        Corpus(other)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a newsprobe database"):
        Corpus(garbage)
    with pytest.raises(StoreError, match="no such database"):
        Corpus(tmp_path / "missing.db", readonly=True)
    with pytest.raises(StoreError, match="postgresql"):
        open_store("postgresql://host/db")


def test_full_analysis_round_trips(corpus: Corpus) -> None:
    stored = corpus.article(1)
    assert stored == kreml()
    assert stored.to_json() == kreml().to_json()
    with pytest.raises(KeyError):
        corpus.article(99)


def test_every_layer_has_its_table_with_offsets(corpus: Corpus) -> None:
    a = kreml()
    conn = raw(corpus)
    counts = {
        t: conn.execute(f"SELECT count(*) FROM {t} WHERE article_id = 1").fetchone()[0]
        for t in ("blocks", "mentions", "entities", "attributions", "sources", "claims", "findings")
    }
    assert counts == {
        "blocks": len(a.blocks),
        "mentions": len(a.mentions),
        "entities": len(a.entities),
        "attributions": len(a.attributions),
        "sources": len(a.sources),
        "claims": len(a.claims),
        "findings": len(a.findings),
    }
    text = conn.execute("SELECT text FROM articles WHERE id = 1").fetchone()[0]
    for table in ("blocks", "mentions", "attributions", "claims", "findings"):
        for start, end, surface in conn.execute(
            f'SELECT start, "end", text FROM {table} WHERE article_id = 1'
        ):
            assert text[start:end] == surface
    row = conn.execute(
        "SELECT speaker, speaker_entity, speaker_key, speaker_name, cue, cue_type, message,"
        " message_start, message_end, source_id, mood FROM attributions"
        " WHERE article_id = 1 AND id = 0"
    ).fetchone()
    assert row == (
        "Wladimir Putin",
        1,
        "Q7747",
        "Wladimir Putin",
        "sagte",
        "speech_verb",
        "die Ukraine habe den Angriff begonnen",
        a.attributions[0].message.start,
        a.attributions[0].message.end,
        0,
        "subj1",
    )
    # compounds and derived forms do not count as mentions of the entity
    assert (
        conn.execute("SELECT mentions FROM entities WHERE article_id = 1 AND id = 0").fetchone()[0]
        == 1
    )
    assert conn.execute(
        "SELECT verdict, json_array_length(evidence) FROM findings WHERE article_id = 1"
    ).fetchone() == ("overstated", 1)
    assert conn.execute(
        "SELECT status, json_extract(cues, '$[0].text') FROM claims WHERE article_id = 1 AND id = 3"
    ).fetchone() == ("hedged", "womöglich")
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_dedup_by_canonical_text(corpus: Corpus) -> None:
    again = corpus.add(kreml(outlet="Andere Zeitung"))
    assert again.article_id == 1 and not again.added
    assert corpus.stats().articles == 2


def test_dangling_references_become_null_with_a_warning(tmp_path: Path) -> None:
    a = kreml()
    a.mentions[1].entity = 42
    a.attributions[0].source = 7
    with Corpus(tmp_path / "c.db") as c:
        c.add(a)
        conn = raw(c)
        assert conn.execute("SELECT entity_id FROM mentions WHERE id = 1").fetchone() == (None,)
        assert conn.execute("SELECT source_id FROM attributions WHERE id = 0").fetchone() == (None,)
        warnings = json.loads(conn.execute("SELECT warnings FROM articles").fetchone()[0])
        assert any("dangling" in w for w in warnings)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_articles_without_text_are_refused(tmp_path: Path) -> None:
    empty = Analysis(text="", status=Status.NO_ARTICLE_FOUND)
    with Corpus(tmp_path / "c.db") as c, pytest.raises(StoreError, match="no article text"):
        c.add(empty)


def test_readonly_refuses_writes(corpus: Corpus) -> None:
    corpus.close()
    with Corpus(corpus.location, readonly=True) as ro:
        assert ro.stats().articles == 2
        with pytest.raises(StoreError, match="read-only"):
            ro.add(kreml(outlet="x"))


def test_stats(corpus: Corpus) -> None:
    s = corpus.stats()
    assert (s.articles, s.inputs, s.failures, s.duplicates) == (2, 2, 0, 0)
    assert s.outlets == {"Abendpost": 1, "Tagesblatt": 1}
    assert s.layers["attributions"] == 5 and s.layers["attribution_about"] == 3
    assert s.first_published is not None and s.first_published.day == 4
    assert s.db_bytes > 0


def test_articles_listing_and_filters(corpus: Corpus) -> None:
    assert [a.id for a in corpus.articles()] == [2, 1]  # newest first
    assert [a.id for a in corpus.articles(outlet="tagesBLATT")] == [1]
    assert [a.id for a in corpus.articles(until="2024-03-04")] == [1]  # whole day included
    assert [a.id for a in corpus.articles(since="2024-03-05")] == [2]
    assert corpus.articles(language="en") == []
    row = corpus.articles(outlet="Tagesblatt")[0]
    assert row.authors == ["Mara Feld"] and row.agency == ["dpa"] and row.attributions == 3
    with pytest.raises(StoreError, match="not a date"):
        corpus.articles(since="gestern")
