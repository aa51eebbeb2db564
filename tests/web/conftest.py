"""Fixtures of the web tests: a corpus with the store's hand-built example articles (every
layer filled) and a test client talking to the app as the browser would (Host 127.0.0.1)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

with warnings.catch_warnings():  # starlette prefers httpx2; httpx works the same here
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newsprobe.corpus.api import Corpus
from newsprobe.store.examples import kreml, telefonat
from newsprobe.web.app import create_app

BASE = "http://127.0.0.1"


@pytest.fixture
def corpus_db(tmp_path: Path) -> Path:
    db = tmp_path / "web.db"
    with Corpus(db) as corpus:
        corpus.add(kreml())
        corpus.add(telefonat())
    return db


def client_for(db: Path, **options: object) -> TestClient:
    return TestClient(create_app(db, **options), base_url=BASE)  # type: ignore[arg-type]


@pytest.fixture
def client(corpus_db: Path) -> Iterator[TestClient]:
    with client_for(corpus_db) as c:
        yield c
