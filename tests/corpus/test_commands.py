"""The corpus commands as a user runs them: formats, filters, exports, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprobe import Corpus
from newsprobe.cli import app
from newsprobe.store.examples import kreml, telefonat


@pytest.fixture(params=["sqlite", "postgres"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path | str]:
    """The example corpus in an SQLite file, and in PostgreSQL where one is available."""
    if request.param == "sqlite":
        path = tmp_path / "c.db"
        with Corpus(path) as c:
            c.add(kreml())
            c.add(telefonat())
        yield path
        return
    from pgtest import pg_schema

    with pg_schema() as url:
        with Corpus(url) as c:
            c.add(kreml())
            c.add(telefonat())
        yield url


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout


def test_search_in_three_formats(db: Path) -> None:
    code, out = invoke("search", "Angriff", "--db", str(db), "-f", "json")
    assert code == 0
    [hit] = json.loads(out)
    assert hit["article_id"] == 1 and hit["highlights"]
    code, out = invoke("search", "Putin", "--db", str(db), "-f", "csv", "--outlet", "abendpost")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["article_id"] for r in rows] == ["2"]
    code, out = invoke("search", "Angriff", "--db", str(db))
    assert code == 0 and "Kreml weist" in out and "Angriff" in out


def test_quotes_sources_entities(db: Path) -> None:
    _, out = invoke("quotes", "--db", str(db), "--speaker", "Putin", "-f", "json")
    assert [q["message"] for q in json.loads(out)] == ["die Ukraine habe den Angriff begonnen"]
    _, out = invoke("quotes", "--db", str(db), "--about", "Putin", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["speaker"] for r in rows] == ["Olaf Scholz"] and rows[0]["about"] == '["Putin"]'
    _, out = invoke("quotes", "--db", str(db))
    assert "Peskow" in out and "Insider" in out
    _, out = invoke("sources", "--db", str(db), "-f", "json")
    profiles = {p["outlet"]: p for p in json.loads(out)}
    assert profiles["Tagesblatt"]["hedging_rate"] == 0.25
    _, out = invoke("sources", "--db", str(db))
    assert "Tagesblatt" in out and "33.3%" in out
    _, out = invoke("entities", "--db", str(db), "--top", "2", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["key"] == "Q7747" and len(rows) == 2
    code, out = invoke("entities", "--db", str(db), "--type", "ORG")
    assert code == 0 and "Kreml" in out


def test_empty_results_still_have_a_csv_header(db: Path) -> None:
    _, out = invoke("quotes", "--db", str(db), "--speaker", "niemand", "-f", "csv")
    assert out.splitlines()[0].startswith("article_id,attribution_id,")
    _, out = invoke("failures", "--db", str(db), "-f", "json")
    assert json.loads(out) == []


def test_show_renders_the_stored_report(db: Path) -> None:
    code, out = invoke("show", "1", "--db", str(db), "-f", "json")
    assert code == 0 and json.loads(out) == json.loads(kreml().to_json())
    _, out = invoke("show", "2", "--db", str(db))
    assert "Scholz und Putin telefonieren" in out
    _, out = invoke("show", "2", "--db", str(db), "-f", "markdown")
    assert out.startswith("#")


def test_export_each_format_with_stable_columns(db: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    outs = {}
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / fmt
        code, listing = invoke("export", "--db", str(db), "--format", fmt, "--out", str(out))
        assert code == 0 and listing.splitlines()[-1].endswith("manifest.json")
        outs[fmt] = out
    manifest = json.loads((outs["csv"] / "manifest.json").read_text())
    columns = {t: [c["name"] for c in v["columns"]] for t, v in manifest["tables"].items()}
    assert columns["attributions"][:6] == ["article_id", "id", "kind", "start", "end", "text"]
    assert "speaker_fold" not in columns["attributions"]
    for table, names in columns.items():
        with (outs["csv"] / f"{table}.csv").open(encoding="utf-8") as handle:
            assert next(csv.reader(handle)) == names
        assert pq.read_schema(outs["parquet"] / f"{table}.parquet").names == names
        lines = (outs["jsonl"] / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(lines) == manifest["tables"][table]["rows"]
        if lines:
            assert list(json.loads(lines[0])) == names
    mentions = pq.read_table(outs["parquet"] / "mentions.parquet")
    assert mentions.num_rows == len(kreml().mentions) + len(telefonat().mentions)
    articles = pq.read_table(outs["parquet"] / "articles.parquet").to_pylist()
    assert articles[0]["published"].isoformat() == "2024-03-04T10:00:00"
    first = json.loads((outs["jsonl"] / "articles.jsonl").read_text().splitlines()[0])
    assert first["authors"] == ["Mara Feld"]  # list columns are real lists in JSONL
    assert manifest["tables"]["failures"]["rows"] == 0


def test_export_only_some_tables(db: Path, tmp_path: Path) -> None:
    code, _ = invoke(
        "export", "--db", str(db), "-o", str(tmp_path / "x"), "--tables", "attributions,entities"
    )
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == [
        "attributions.jsonl",
        "entities.jsonl",
        "manifest.json",
    ]


@pytest.mark.parametrize(
    "args",
    [
        ("show", "99"),
        ("search", "x", "--since", "letzte Woche"),
        ("export", "-o", "out", "--tables", "nope"),
    ],
)
def test_bad_requests_are_one_line_errors(db: Path, args: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 2
    assert result.stderr.startswith("newsprobe: error: ") and result.stderr.count("\n") == 1


def test_errors_are_one_line_with_exit_2(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "newsprobe.cli", *args],
            capture_output=True,
            text=True,
            timeout=120,
            env={"NO_COLOR": "1", "PATH": ""},
        )

    missing = run("search", "x", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 2 and "no such database" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "none.db").exists()
    nothing = run("ingest", str(tmp_path / "nothing-here"), "--db", str(tmp_path / "n.db"))
    assert nothing.returncode == 2 and "nothing to ingest" in nothing.stderr
    assert "Traceback" not in nothing.stderr


def test_quotes_paged_and_bounded_by_date(db: Path) -> None:
    _, out = invoke("quotes", "--db", str(db), "-f", "json")
    everything = json.loads(out)
    assert len(everything) == 5
    _, out = invoke("quotes", "--db", str(db), "-f", "json", "--limit", "2", "--offset", "3")
    assert json.loads(out) == everything[3:5]
    _, out = invoke("quotes", "--db", str(db), "-f", "json", "--since", "2024-03-05")
    assert {q["article_id"] for q in json.loads(out)} == {2}
    _, out = invoke(
        "quotes", "--db", str(db), "-f", "csv", "--until", "2024-03-04", "--speaker", "Putin"
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["message"] for r in rows] == ["die Ukraine habe den Angriff begonnen"]
    result = CliRunner().invoke(app, ["quotes", "--db", str(db), "--since", "neulich"])
    assert result.exit_code == 2 and "not a date" in result.stderr
