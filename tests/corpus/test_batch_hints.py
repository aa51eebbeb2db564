"""Without the optional packages, `batch` and a PostgreSQL `--db` say what to install."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprobe.cli import app


def test_batch_without_dask_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails
    (tmp_path / "a.txt").write_text("Ein Text.", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "pip install 'newsprobe[dask]'" in result.output


def test_postgres_without_psycopg_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    result = CliRunner().invoke(app, ["failures", "--db", "postgresql://u@127.0.0.1:1/x"])
    assert result.exit_code == 2
    assert "pip install 'newsprobe[postgres]'" in result.output


def test_batch_and_load_refuse_bad_folders(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["load", str(tmp_path / "nothing"), "--db", str(tmp_path / "c.db")]
    )
    assert result.exit_code == 2 and "no such folder" in result.output
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(app, ["load", str(empty), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 2 and "no finished shards" in result.output
