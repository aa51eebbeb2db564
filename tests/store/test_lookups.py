"""Cheap lookups and paging: article rows by id, counts for "page X of Y", quotes paged and
bounded by date, and the inputs (outlets, URLs) behind every article."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsprobe import Corpus
from newsprobe.model import Analysis
from newsprobe.store import StoreError
from newsprobe.store.examples import kreml, telefonat
from newsprobe.store.schema import MIGRATIONS, SCHEMA_VERSION
from newsprobe.store.sqlite import _statements


def undated_variant() -> Analysis:
    """telefonat() from another outlet, undated, with one word changed (a different text):
    the word has the same length, so every span still fits."""
    variant = Analysis.from_json(
        telefonat(outlet="Morgenblatt", published=None)
        .to_json()
        .replace("eine Stunde", "zwei Stunde")
    )
    variant.check_spans()
    return variant


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    c = Corpus(tmp_path / "c.db")
    c.add(kreml())
    c.add(telefonat())
    c.add(undated_variant())
    return c


def test_article_rows_by_id_in_the_order_asked(corpus: Corpus) -> None:
    rows = corpus.article_rows([2, 99, 1, 2])
    assert [r.id for r in rows] == [2, 1]  # unknown ids left out, repeats once
    assert rows[1].title == "Kreml weist alle Vorwürfe zurück"
    assert (rows[1].outlet, rows[1].language, rows[1].published.isoformat()) == (
        "Tagesblatt",
        "de",
        "2024-03-04T10:00:00",
    )
    assert rows[1] == corpus.articles(outlet="Tagesblatt")[0]  # the same row as the listing
    assert corpus.article_rows([]) == []
    many = corpus.article_rows(range(1, 2000))  # more ids than one query binds
    assert [r.id for r in many] == [1, 2, 3]


def test_count_articles_matches_the_listing(corpus: Corpus) -> None:
    assert corpus.count_articles() == 3 == len(corpus.articles())
    assert corpus.count_articles(outlet="blatt") == 2  # Tagesblatt, Morgenblatt
    assert corpus.count_articles(since="2024-03-05") == 1  # undated ones are out
    assert corpus.count_articles(until="2024-03-04", language="de") == 1
    assert corpus.count_articles(language="en") == 0
    # paging walks every article once: newest first, undated last
    pages = [corpus.articles(limit=2, offset=o) for o in (0, 2, 4)]
    assert [[a.id for a in p] for p in pages] == [[2, 1], [3], []]
    with pytest.raises(StoreError, match="offset"):
        corpus.articles(offset=-1)


def test_quotes_paged_and_bounded_by_date(corpus: Corpus) -> None:
    everything = corpus.quotes(limit=None)
    assert len(everything) == corpus.count_quotes() == 7
    pages = [corpus.quotes(limit=3, offset=o) for o in (0, 3, 6)]
    assert [len(p) for p in pages] == [3, 3, 1]
    assert [q for p in pages for q in p] == everything
    assert corpus.quotes(limit=None, offset=5) == everything[5:]
    # dates bound the article's publication like search does (inclusive, whole days)
    day1 = corpus.quotes(until="2024-03-04")
    assert {q.article_id for q in day1} == {1} and len(day1) == 3
    assert corpus.count_quotes(until="2024-03-04") == 3
    assert {q.article_id for q in corpus.quotes(since="2024-03-05")} == {2}
    assert corpus.quotes(since="2024-03-05T19:00") == []
    assert corpus.count_quotes(speaker="Scholz", since="2024-03") == 1  # a month
    assert corpus.count_quotes(speaker="Scholz") == 2  # the undated copy too
    assert corpus.count_quotes(about="Putin", outlet="Abendpost") == 1
    with pytest.raises(StoreError, match="not a date"):
        corpus.quotes(since="letzte Woche")
    with pytest.raises(StoreError, match="offset"):
        corpus.quotes(offset=-3)


def test_the_same_text_from_another_outlet_keeps_its_outlet(corpus: Corpus) -> None:
    again = kreml(
        outlet="Andere Zeitung", url="https://andere.example/k", published="2024-03-04T12:00:00"
    )
    result = corpus.add(again)
    assert (result.article_id, result.added) == (1, False)
    assert corpus.add(again).added is False  # the same submission twice: nothing new
    rows = corpus.inputs(1)
    assert [(r.status, r.outlet, r.url) for r in rows] == [
        ("article", "Tagesblatt", "https://tagesblatt.example/kreml"),
        ("duplicate", "Andere Zeitung", "https://andere.example/k"),
    ]
    assert rows[1].published.isoformat() == "2024-03-04T12:00:00"
    assert rows[0].path == "examples/kreml.txt" and rows[1].path.startswith("examples/kreml.txt #")
    assert corpus.stats().duplicates == 1
    # the article itself is unchanged: the first outlet stays its outlet
    assert corpus.article_rows([1])[0].outlet == "Tagesblatt"
    assert corpus.inputs(99) == []


def test_different_texts_under_one_source_label_keep_their_inputs(tmp_path: Path) -> None:
    with Corpus(tmp_path / "c.db") as c:
        first = c.add(kreml(), source="web: pasted text")
        second = c.add(telefonat(), source="web: pasted text")
        assert first.article_id != second.article_id
        assert [r.status for r in c.inputs(first.article_id)] == ["article"]
        assert [r.status for r in c.inputs(second.article_id)] == ["article"]


def test_version_1_database_is_migrated_with_input_metadata(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in _statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO articles (id, text_sha256, title, url, outlet, published, status,"
        " analysis_version, chars, blocks, sentences, tokens, mentions, entities, attributions,"
        " sources, claims, findings, text, added_at) VALUES (1, 'h', 'Alt', 'https://a.example',"
        " 'Altblatt', '2023-01-02T00:00:00', 'ok', '1', 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'Alt',"
        " '2023-01-03T00:00:00')"
    )
    conn.execute(
        'INSERT INTO inputs (path, "offset", article_id, status, added_at) VALUES'
        " ('a.txt', 0, 1, 'article', '2023-01-03T00:00:00'),"
        " ('b.txt', 0, 1, 'duplicate', '2023-01-04T00:00:00')"
    )
    conn.close()
    with Corpus(path) as c:
        assert c.store.schema_version() == SCHEMA_VERSION
        rows = c.inputs(1)
        assert [(r.path, r.outlet, r.url, r.title) for r in rows] == [
            ("a.txt", "Altblatt", "https://a.example", "Alt"),
            ("b.txt", None, None, None),
        ]  # what an old duplicate came with was not kept
        assert rows[0].published is not None and rows[0].published.year == 2023
