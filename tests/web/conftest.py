"""Fixtures of the web tests: a corpus with the store's hand-built example articles (every
layer filled) and a test client talking to the app as the browser would (Host 127.0.0.1)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from web_client import TestClient, client_for

from newsprobe.corpus.api import Corpus
from newsprobe.store.examples import kreml, telefonat


@pytest.fixture(params=["sqlite", "postgres"])
def corpus_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path | str]:
    """The example corpus in an SQLite file, and in PostgreSQL where one is available."""
    if request.param == "sqlite":
        db: Path | str = tmp_path / "web.db"
        with Corpus(db) as corpus:
            corpus.add(kreml())
            corpus.add(telefonat())
        yield db
        return
    from pgtest import pg_schema

    with pg_schema() as url:
        with Corpus(url) as corpus:
            corpus.add(kreml())
            corpus.add(telefonat())
        yield url


@pytest.fixture
def client(corpus_db: Path) -> Iterator[TestClient]:
    with client_for(corpus_db) as c:
        yield c
