"""Issue 20, cases 7 and 8: out-of-range ids, limits and offsets are clean errors (never a
500 or an internal error), a text/plain POST gets a readable 422, and CSV cells that a
spreadsheet would evaluate are escaped unless --raw-csv."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import newsprobe
from newsprobe import Corpus
from newsprobe.api import analyze_text
from newsprobe.corpus.csv_cells import safe_cell
from newsprobe.web.app import create_app

HUGE = "99999999999999999999"
PAST = str(2**63)
URLS = [
    f"/articles/{PAST}",
    f"/articles/{PAST}/report",
    f"/api/articles/{PAST}",
    f"/api/articles/{PAST}/inputs",
    f"/api/articles?offset={HUGE}",
    f"/api/articles?limit={HUGE}",
    f"/api/quotes?offset={HUGE}",
    f"/api/quotes?article={PAST}",
    f"/api/quotes?limit={HUGE}",
    f"/api/search?q=Rat&limit={HUGE}",
    f"/api/entities?top={HUGE}",
    f"/api/failures?limit={HUGE}",
    f"/articles?page={HUGE}",
    f"/quotes?page={HUGE}",
]
TEXT = (
    "=IMPORTXML lädt ein\n\nDer Stadtrat hat am Dienstag neue Radwege beschlossen. "
    "„+cmd|' /C calc'!A0“, sagte @evil_user am Abend. Kritiker bezweifeln das."
)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bounds") / "c.db"
    with Corpus(path) as corpus:
        corpus.add(analyze_text(TEXT, lang="de"), source="test")
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db), base_url="http://127.0.0.1")


@pytest.mark.parametrize("url", URLS)
def test_out_of_range_numbers_are_client_errors(client, url):
    response = client.get(url)
    assert response.status_code in (400, 404, 422), (url, response.status_code)


def test_a_text_plain_post_gets_a_readable_422(client):
    response = client.post(
        "/api/analyze", content=b"plain \xff bytes", headers={"content-type": "text/plain"}
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "NO_COLOR": "1",
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(Path(newsprobe.__file__).parents[1]),
    }
    return subprocess.run(
        [sys.executable, "-m", "newsprobe.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_cli_numbers_out_of_range_are_clean_errors(db):
    for args in (["show", PAST], ["quotes", "--limit", HUGE], ["quotes", "--offset", HUGE]):
        done = _cli(*args, "--db", str(db))
        assert done.returncode == 2, (args, done.stderr)
        assert "internal error" not in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("value", ["=1+1", "+cmd", "-x", "@evil", "\tx", "\rx"])
def test_formula_cells_get_a_quote(value):
    assert safe_cell(value) == "'" + value
    assert safe_cell(-3) == -3 and safe_cell("ok") == "ok"


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_quotes_csv_is_escaped_unless_raw(db):
    escaped = _cli("quotes", "-f", "csv", "--db", str(db))
    assert escaped.returncode == 0, escaped.stderr
    cells = _cells(escaped.stdout)
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], cells
    raw = _cli("quotes", "-f", "csv", "--raw-csv", "--db", str(db))
    assert [c for c in _cells(raw.stdout) if c[:1] in ("+", "@")]


def test_export_csv_is_escaped_unless_raw(db, tmp_path):
    with Corpus(db) as corpus:
        corpus.export(tmp_path / "safe", format="csv")
        corpus.export(tmp_path / "raw", format="csv", raw_csv=True)
    safe = _cells((tmp_path / "safe" / "articles.csv").read_text(encoding="utf-8"))
    raw = _cells((tmp_path / "raw" / "articles.csv").read_text(encoding="utf-8"))
    assert "'=IMPORTXML lädt ein" in safe
    assert "=IMPORTXML lädt ein" in raw
