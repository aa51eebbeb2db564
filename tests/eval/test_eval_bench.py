"""``python -m newsprobe.eval.bench`` on a fake shared folder: what it writes."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from newsprobe.eval.bench import main
from newsprobe.eval.markdown import README_END, README_START, replace_section

PAGE = """<html><head><title>Radweg</title></head><body>
<nav><a href="/">Start</a> <a href="/abo">Newsletter abonnieren</a></nav>
<article><h1>Stadtrat beschließt neuen Radweg</h1>
<p>Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Bau eines neuen Radwegs entlang der
Uferstraße beschlossen. Die Strecke soll die Innenstadt mit dem Bahnhof verbinden.</p>
<p>Die Bauarbeiten sollen im Frühjahr beginnen und bis zum Herbst abgeschlossen sein, teilte die
Stadtverwaltung am Mittwoch mit. Die Uferstraße wird dafür abschnittsweise gesperrt.</p>
</article></body></html>"""


def fake_shared(root: Path) -> Path:
    """extraction-trafilatura-de (one page) and 10kgnad (two rows); no scrapinghub data."""
    ds = root / "data" / "extraction-trafilatura-de"
    (ds / "html").mkdir(parents=True)
    (ds / "html" / "radweg.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    gold = {
        "https://example.invalid/r": {
            "file": "radweg.html",
            "with": ["Der Stadtrat hat"],
            "without": ["Newsletter abonnieren"],
        }
    }
    (ds / "evaldata.json").write_text(json.dumps(gold), encoding="utf-8")
    gnad = root / "data" / "10kgnad"
    gnad.mkdir(parents=True)
    (gnad / "test.csv").write_text(
        "Inland;'Budget beschlossen. Wien – Der Nationalrat hat das Budget beschlossen.'\n"
        "Sport;'Rapid gewinnt. Wien – Rapid hat das Derby gewonnen.'\n",
        encoding="utf-8",
    )
    (root / "seed").mkdir()
    (root / "seed" / "000_fake.txt").write_text("Titel\n\nEin Satz. Noch einer.", encoding="utf-8")
    return root


def test_bench_writes_markdown_json_and_readme(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSPROBE_CACHE_DIR", str(tmp_path / "cache"))
    shared = fake_shared(tmp_path / "shared")
    out = tmp_path / "docs" / "benchmarks.md"
    readme = tmp_path / "README.md"
    readme.write_text(
        f"# x\n\nbefore\n{README_START}\nold table\n{README_END}\nafter\n", encoding="utf-8"
    )
    code = main(
        [
            "--shared",
            str(shared),
            "--out",
            str(out),
            "--readme",
            str(readme),
            "--quick",
            "--limit",
            "2",
        ]
    )
    assert code == 0
    md = out.read_text(encoding="utf-8")
    for heading in (
        "# Benchmarks",
        "## Summary",
        "## extraction: extraction-trafilatura-de",
        "## speed: samples + seed",
        "## speed: 10kgnad/test.csv",
        "## Not run",
        "## Datasets",
    ):
        assert f"\n{heading}\n" in f"\n{md}", heading
    assert f"`newsprobe eval extraction --data {shared.as_posix()}" in md
    assert "| CPU |" in md and "| Python |" in md and "| trafilatura |" in md
    assert "extraction-scrapinghub`: dataset not found" in md
    assert "| with found | 1.000 | 1.000 | 1.000 | 1 |" in md
    report = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    tasks = [r["result"]["task"] for r in report["runs"]]
    assert tasks.count("extraction") == 1 and tasks.count("speed") == 2, tasks
    assert report["machine"]["Python"]
    text = readme.read_text(encoding="utf-8")
    assert "old table" not in text
    assert text.startswith("# x\n\nbefore\n") and text.endswith(f"{README_END}\nafter\n")
    assert "| extraction | extraction-trafilatura-de | f1 |" in text


def test_readme_without_markers_is_left_alone() -> None:
    assert replace_section("# no markers\n", "table") is None
    assert replace_section(f"{README_END} then {README_START}", "table") is None


def test_task_rerun_keeps_other_runs_and_dates_them(tmp_path: Path) -> None:
    shared = fake_shared(tmp_path / "shared")
    out = tmp_path / "docs" / "benchmarks.md"
    readme = tmp_path / "README.md"
    base = ["--shared", str(shared), "--out", str(out), "--readme", str(readme), "--limit", "2"]
    assert main([*base, "--task", "speed"]) == 2  # nothing saved to merge into yet
    assert main(base) == 0
    first = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    saved_speed = [r for r in first["runs"] if r["result"]["task"] == "speed"]
    (shared / "data" / "10kgnad" / "test.csv").unlink()  # a rerun may lose a dataset
    assert main([*base, "--task", "nonsense"]) == 2
    assert main([*base, "--task", "extraction"]) == 0
    second = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    tasks = [r["result"]["task"] for r in second["runs"]]
    assert tasks == [r["result"]["task"] for r in first["runs"]]
    kept = [r for r in second["runs"] if r["result"]["task"] == "speed"]
    assert kept == saved_speed and kept[0]["when"]  # not rerun: the same results, own dates
    assert second["generated"] == first["generated"]
    assert len(second["reruns"]) == 1 and second["reruns"][0].endswith(": extraction")
    md = out.read_text(encoding="utf-8")
    assert "with tasks rerun on" in md and "run on " in md
