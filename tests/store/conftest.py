"""Store tests run on every backend: an SQLite file, and PostgreSQL where one is available."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pgtest import pg_schema


@pytest.fixture(params=["sqlite", "postgres"])
def db_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a test's corpus lives: a file, or a PostgreSQL URL (fresh schema)."""
    if request.param == "sqlite":
        yield str(tmp_path / "c.db")
        return
    with pg_schema() as url:
        yield url
