"""The ``newsprobe serve`` command line (the server itself runs in the browser tests)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsprobe.cli import app

runner = CliRunner()


def test_serve_is_registered_with_safe_defaults() -> None:
    result = runner.invoke(app, ["serve", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    out = result.output
    for option in ("--db", "--host", "--port", "--max-upload", "--allow-host"):
        assert option in out
    assert "[default: 127.0.0.1]" in out and "[default: 8000]" in out
    assert "[default: 5.0]" in out


def test_serve_refuses_a_file_that_is_not_a_corpus(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("not a database, just notes\n" * 100)
    result = runner.invoke(app, ["serve", "--db", str(bad), "--port", "8123"])
    assert result.exit_code == 2
    assert "newsprobe: error:" in result.output and "notes.db" in result.output
    assert bad.read_text().startswith("not a database")  # untouched


def test_serve_rejects_a_bad_port() -> None:
    result = runner.invoke(app, ["serve", "--port", "70000"])
    assert result.exit_code == 2
