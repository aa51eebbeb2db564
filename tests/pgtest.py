"""A PostgreSQL schema per test, on the server named by ``NEWSPROBE_TEST_PG`` (``.ci/run``
starts one); tests that need it skip cleanly where it is unset or unreachable."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote

import pytest

ENV = "NEWSPROBE_TEST_PG"


def server_url() -> str:
    url = os.environ.get(ENV)
    if not url:
        pytest.skip(f"no PostgreSQL for the tests ({ENV} is unset; .ci/run starts one)")
    try:
        import psycopg
    except ImportError:
        pytest.skip("psycopg is not installed (pip install 'newsprobe[postgres]')")
    try:
        psycopg.connect(url, connect_timeout=5).close()
    except psycopg.Error as exc:
        pytest.skip(f"PostgreSQL at {url} is not reachable: {exc}")
    return url


def with_schema(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-csearch_path={schema}')}"


@contextmanager
def pg_schema() -> Iterator[str]:
    """The URL of a fresh, empty schema (dropped afterwards)."""
    import psycopg

    url = server_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield with_schema(url, schema)
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
