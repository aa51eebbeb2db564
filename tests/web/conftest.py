"""Fixtures of the web tests: a corpus with the store's hand-built example articles (every
layer filled) and a test client talking to the app as the browser would (Host 127.0.0.1)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from web_client import TestClient, client_for

from newsprobe.corpus.api import Corpus
from newsprobe.store.examples import kreml, telefonat


@pytest.fixture
def corpus_db(tmp_path: Path) -> Path:
    db = tmp_path / "web.db"
    with Corpus(db) as corpus:
        corpus.add(kreml())
        corpus.add(telefonat())
    return db


@pytest.fixture
def client(corpus_db: Path) -> Iterator[TestClient]:
    with client_for(corpus_db) as c:
        yield c
