"""The article's genre in the corpus: stored, counted, filtered (store, CLI, web, API), and
added to databases made before it existed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprobe import Corpus
from newsprobe.cli import app
from newsprobe.store import StoreError
from newsprobe.store.examples import kreml, telefonat
from newsprobe.store.schema import SCHEMA_VERSION
from support import as_opinion, sqlite_database_at


@pytest.fixture
def corpus(db_location: str) -> Iterator[Corpus]:
    c = Corpus(db_location)
    c.add(kreml())  # 1: news
    c.add(as_opinion(telefonat()))  # 2: a commentary
    yield c
    c.close()


def test_genre_is_stored_listed_and_counted(corpus: Corpus) -> None:
    rows = {a.id: a.genre for a in corpus.articles()}
    assert rows == {1: None, 2: "opinion"}
    assert corpus.stats().genres == {"news": 1, "opinion": 1}


def test_genre_filters_articles_search_and_quotes(corpus: Corpus) -> None:
    assert [a.id for a in corpus.articles(genre="opinion")] == [2]
    assert [a.id for a in corpus.articles(genre="NEWS")] == [1]
    assert {h.article_id for h in corpus.search("Putin", genre="news")} == {1}
    assert {h.article_id for h in corpus.search("Putin", genre="opinion")} == {2}
    assert {q.article_id for q in corpus.quotes(genre="opinion")} == {2}
    assert {q.article_id for q in corpus.quotes(genre="news")} == {1}
    assert corpus.count_articles(genre="opinion") == 1


def test_unknown_genre_is_a_clear_error(corpus: Corpus) -> None:
    with pytest.raises(StoreError, match="unknown genre 'satire'; choose one of opinion, news"):
        corpus.articles(genre="satire")


def test_a_database_from_before_genres_gets_the_column(tmp_path: Path) -> None:
    db = sqlite_database_at(tmp_path / "v4.db", 4)  # version 5 added the genre
    with Corpus(db) as c:
        assert c.stats().schema_version == SCHEMA_VERSION
        c.add(as_opinion(kreml()))
        assert [a.genre for a in c.articles()] == ["opinion"]


def test_cli_genre_option(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with Corpus(db) as c:
        c.add(kreml())
        c.add(as_opinion(telefonat()))
    runner = CliRunner()
    ok = runner.invoke(app, ["search", "Putin", "--db", str(db), "--genre", "opinion", "-f", "csv"])
    assert ok.exit_code == 0, ok.output
    assert "Abendpost" in ok.output and "Tagesblatt" not in ok.output
    quotes = runner.invoke(app, ["quotes", "--db", str(db), "--genre", "news", "-f", "csv"])
    assert quotes.exit_code == 0 and "Tagesblatt" in quotes.output
    assert "Abendpost" not in quotes.output
    bad = runner.invoke(app, ["search", "Putin", "--db", str(db), "--genre", "satire"])
    assert bad.exit_code == 2 and "satire" in bad.output
