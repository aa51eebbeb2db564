"""The command line, as a user runs it: exit codes, one-line errors, formats, -o, stdin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsprobe import Analysis


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsprobe.cli", *args],
        input=stdin.decode() if stdin else None,
        capture_output=True,
        text=True,
        timeout=120,
        env={"NO_COLOR": "1", "PATH": ""},
    )


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d, "is a directory"),
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: write(d / "empty.txt", b""), "input is empty"),
        (lambda d: write(d / "bin.dat", bytes(range(256)) * 4), "binary"),
    ],
)
def test_bad_input_is_one_line_and_nonzero(tmp_path: Path, make, message: str) -> None:
    path = make(tmp_path)
    result = run("analyze", str(path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and lines[0].startswith("newsprobe: error:")


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Schlagzeile hier\n\n" + "Ein Satz. " * 300)
    result = run("analyze", str(path), "--max-size", "0.001")
    assert result.returncode == 2 and "over the size limit" in result.stderr


def test_unknown_component_and_format_fail_cleanly(sample_path) -> None:
    result = run("analyze", str(sample_path("de_klinik.txt")), "--only", "nope")
    assert result.returncode == 2 and "unknown component 'nope'" in result.stderr
    result = run("analyze", str(sample_path("de_klinik.txt")), "--format", "pdf")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_json_output_to_file_round_trips(sample_path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = run(
        "analyze", str(sample_path("en_port.txt")), "-f", "json", "-o", str(out), "--timings"
    )
    assert result.returncode == 0, result.stderr
    analysis = Analysis.from_json(out.read_text(encoding="utf-8"))
    assert analysis.meta.language == "en" and analysis.tokens
    assert "tokens" in result.stderr  # timings go to stderr for non-text formats


def test_text_report_from_stdin() -> None:
    text = "Rat beschließt Haushalt\n\nDer Rat hat den Haushalt beschlossen. Er gilt ab Mai.\n"
    result = run("analyze", "-", "--timings", stdin=text.encode())
    assert result.returncode == 0, result.stderr
    assert "Rat beschließt Haushalt" in result.stdout
    assert "Timings" in result.stdout and "sentences" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour when not a terminal


def test_schema_and_components_commands() -> None:
    schema = json.loads(run("schema").stdout)
    assert schema["title"] == "newsprobe Analysis"
    listing = run("components").stdout
    assert listing.splitlines()[0].startswith("layout")


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_other_formats_render(sample_path, fmt: str) -> None:
    result = run("analyze", str(sample_path("de_wirtschaft.txt")), "-f", fmt)
    assert result.returncode == 0, result.stderr
    assert "Voltaris stoppt Batteriewerk" in result.stdout


def test_demo_prints_a_report() -> None:
    result = run("demo")
    assert result.returncode == 0, result.stderr
    assert "Geburtsstation" in result.stdout and "headline" in result.stdout


def _run_here(*args: str) -> subprocess.CompletedProcess[str]:
    """The CLI of the package under test (not necessarily the installed one)."""
    import newsprobe

    src = str(Path(newsprobe.__file__).resolve().parents[1])
    return subprocess.run(
        [sys.executable, "-m", "newsprobe.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={"NO_COLOR": "1", "PATH": "", "PYTHONPATH": src},
    )


def test_analyze_one_row_table_and_refuse_many(tmp_path: Path) -> None:
    run = _run_here
    body = (
        "Der Gemeinderat von Auenberg hat am Dienstag über den neuen Haushalt beraten. "
        "Die Bürgermeisterin sagte, die Stadt müsse sparen."
    )
    one = tmp_path / "one.csv"
    one.write_text(f'title;text;date\nHaushalt beraten;"{body}";2024-05-03\n', encoding="utf-8")
    done = run("analyze", str(one), "--format", "json")
    assert done.returncode == 0, done.stderr
    meta = json.loads(done.stdout)["meta"]
    assert meta["title"] == "Haushalt beraten" and meta["published"].startswith("2024-05-03")
    many = tmp_path / "many.csv"
    many.write_text(f'title;text\nA;"{body}"\nB;"{body} Zwei."\n', encoding="utf-8")
    done = run("analyze", str(many))
    assert done.returncode == 2 and "newsprobe ingest" in done.stderr
    unclear = tmp_path / "x.csv"
    unclear.write_text("a;b\nkurz;knapp\n", encoding="utf-8")
    done = run("analyze", str(unclear))
    assert done.returncode == 2 and "'a', 'b'" in done.stderr and "--text-column" in done.stderr
