"""What only the PostgreSQL store has to prove: migrations under concurrency, several writers
at once without loss, German and English full-text search, exports equal to SQLite's."""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsprobe import Corpus
from newsprobe.corpus.export import export
from newsprobe.store import StoreError, open_store
from newsprobe.store.base import ArticleWrite, InputRef, Prepared
from newsprobe.store.examples import kreml, telefonat
from newsprobe.store.flatten import prepare, text_hash
from newsprobe.store.pg_schema import PG_MIGRATIONS
from newsprobe.store.pg_search import split_query
from newsprobe.store.postgres import display, translate
from newsprobe.store.schema import MIGRATIONS, SCHEMA_VERSION
from pgtest import pg_schema


@pytest.fixture
def url() -> Iterator[str]:
    with pg_schema() as u:
        yield u


def test_every_sqlite_migration_has_its_postgres_twin() -> None:
    assert len(PG_MIGRATIONS) == len(MIGRATIONS) == SCHEMA_VERSION


def test_placeholders_and_percent_are_translated_outside_quotes() -> None:
    assert translate("SELECT coalesce(x, '?') FROM t WHERE a = ? AND b LIKE 'x%'") == (
        "SELECT coalesce(x, '?') FROM t WHERE a = %s AND b LIKE 'x%%'"
    )
    assert display("postgresql://me:secret@db:5432/news") == "postgresql://me:***@db:5432/news"


def test_query_syntax_of_fts5_maps_to_websearch() -> None:
    assert split_query("Gespräch* NOT Scholz") == ("-Scholz", ["Gespräch"])
    assert split_query('"eine Stunde" AND Putin') == ('"eine Stunde" Putin', [])


def test_schema_is_created_once_by_concurrent_openers_and_versioned(url: str) -> None:
    errors: list[BaseException] = []

    def open_once() -> None:
        try:
            open_store(url).close()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_once) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Corpus(url) as c:
        assert c.stats().schema_version == SCHEMA_VERSION
        c._store.conn.execute("UPDATE newsprobe_schema SET version = 99")  # type: ignore[attr-defined]
    with pytest.raises(StoreError, match="newer than this newsprobe"):
        Corpus(url)


def test_a_schema_with_foreign_tables_is_refused(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE somebody_elses (x int)")
    with pytest.raises(StoreError, match="not newsprobe's"):
        Corpus(url)


def test_unreachable_server_is_one_line() -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError, match="cannot connect"):
        Corpus("postgresql://nobody@127.0.0.1:1/none")


def _variant(base: Prepared, i: int) -> Prepared:
    text = f"{base.article['text']}\n\nNachtrag {i}."
    return dataclasses.replace(
        base, text_sha256=text_hash(text), article={**base.article, "text": text}
    )


def test_concurrent_writers_lose_nothing_and_store_each_text_once(url: str) -> None:
    open_store(url).close()
    base = prepare(kreml())
    texts = [_variant(base, i) for i in range(24)]

    def writer(k: int) -> None:
        store = open_store(url)
        try:
            order = texts[k::2] + texts[: k + 1] if k % 2 else list(reversed(texts))
            items = [
                ArticleWrite(InputRef(f"writer{k}/{n}.txt", 0, raw_sha256=f"r{k}-{n}"), p)
                for n, p in enumerate(order)
            ]
            for lo in range(0, len(items), 5):
                store.write(items[lo : lo + 5])
        finally:
            store.close()

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with Corpus(url) as c:
        stats = c.stats()
        expected_inputs = sum(
            len(texts[k::2] + texts[: k + 1]) if k % 2 else len(texts) for k in range(4)
        )
        assert stats.articles == 24 and stats.failures == 0
        assert stats.inputs == expected_inputs
        assert stats.inputs - stats.duplicates == 24  # one input created each article
        assert stats.layers["attributions"] == 24 * len(kreml().attributions)
        # person profiles are read-modify-write: no lost update between the writers
        profiles = c._store.conn.execute(  # type: ignore[attr-defined]
            "SELECT key, articles FROM person_profiles"
        ).fetchall()
        assert profiles and all(n == 24 for _, n in profiles)


def test_german_and_english_stemming_and_headlines(url: str) -> None:
    english = dataclasses.replace(
        prepare(telefonat()),
        text_sha256=text_hash("en"),
        article={
            **prepare(telefonat()).article,
            "language": "en",
            "title": "Minister runs the talks",
            "text": "The minister was running late. Officials said the talks continued.",
        },
    )
    with Corpus(url) as c:
        c.add(kreml())
        c.add(telefonat())
        c._store.write([ArticleWrite(InputRef("en.txt", 0), english)])
        assert [h.article_id for h in c.search("run")] == [3]  # english stems: running, runs
        assert c.search("run", language="de") == []
        hits = c.search("Gesprächen")  # german stems: Gespräch
        assert hits and all(h.language == "de" for h in hits)
        assert {h.article_id for h in c.search("Angriffe")} == {1}
        [hit] = c.search("officials -minister") or [None]
        assert hit is None  # websearch syntax: -word excludes
        talks = c.search("talks")[0]
        assert [talks.snippet[s:e] for s, e in talks.highlights] == ["talks"]


def test_export_equals_sqlite_export(url: str, tmp_path: Path) -> None:
    files = {}
    for name, location in (("sqlite", str(tmp_path / "c.db")), ("postgres", url)):
        with Corpus(location) as c:
            c.add(kreml())
            c.add(telefonat())
            export(c._store, tmp_path / name, format="jsonl")
        files[name] = tmp_path / name

    def rows(folder: Path, table: str) -> list[dict[str, object]]:
        out = []
        for line in (folder / f"{table}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for clock in ("added_at", "first_seen", "last_seen"):
                row.pop(clock, None)
            out.append(row)
        return out

    manifest = json.loads((files["sqlite"] / "manifest.json").read_text(encoding="utf-8"))
    assert manifest == json.loads((files["postgres"] / "manifest.json").read_text("utf-8"))
    for table in manifest["tables"]:
        assert rows(files["sqlite"], table) == rows(files["postgres"], table), table


def test_a_bad_row_in_a_batch_fails_alone(url: str) -> None:
    base = prepare(kreml())
    good, bad = _variant(base, 1), _variant(base, 2)
    mentions = [(*row[:1], 99, *row[2:]) for row in bad.layers["mentions"]]  # no entity 99
    bad = dataclasses.replace(bad, layers={**bad.layers, "mentions": mentions})
    with Corpus(url) as c:
        outcomes = c._store.write(
            [ArticleWrite(InputRef("good.txt", 0), good), ArticleWrite(InputRef("bad.txt", 0), bad)]
        )
        assert outcomes == ["added", "failed"]
        [failure] = c.failures()
        assert failure.path == "bad.txt" and failure.stage == "store"
        assert c.stats().articles == 1
