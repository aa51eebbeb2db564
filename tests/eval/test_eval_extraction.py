"""Task ``extraction`` on tiny datasets written here, in both formats."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from rich.table import Table

from newsprobe.eval import EvalError, print_result, render_table, run_task
from newsprobe.eval.extraction import run

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"

RADWEG = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Stadtrat beschließt neuen Radweg</title></head>
<body>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/lokales">Lokales</a></li>
<li><a href="/newsletter">Newsletter abonnieren</a></li><li><a href="/impressum">Impressum</a></li>
</ul></nav>
<article>
<h1>Stadtrat beschließt neuen Radweg</h1>
<p>Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Bau eines neuen Radwegs entlang der
Uferstraße beschlossen. Die Strecke soll die Innenstadt mit dem Bahnhof verbinden und rund zwei
Kilometer lang werden.</p>
<p>Die Kosten werden auf 1,8 Millionen Euro geschätzt, wovon das Land nach Angaben der Verwaltung
etwa die Hälfte übernehmen will. Kritik kam vor allem von Anwohnern, die den Wegfall von
Parkplätzen befürchten.</p>
<p>Die Bauarbeiten sollen im Frühjahr beginnen und bis zum Herbst abgeschlossen sein, teilte die
Stadtverwaltung mit. Während der Arbeiten wird die Uferstraße abschnittsweise gesperrt.</p>
</article>
<footer><p>© 2025 Auentaler Kurier. Alle Rechte vorbehalten.</p></footer>
</body></html>"""

BIBLIOTHEK = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Bibliothek verlängert Öffnungszeiten</title>
</head><body>
<div class="menu"><a href="/">Start</a> <a href="/kultur">Kultur</a> <a href="/abo">Jetzt
abonnieren</a></div>
<main>
<h1>Bibliothek verlängert Öffnungszeiten</h1>
<p>Die Stadtbibliothek öffnet von Januar an auch samstags bis 18 Uhr, wie die Leiterin am Montag
mitteilte. Damit reagiere man auf zahlreiche Wünsche der Leserinnen und Leser.</p>
<p>Zusätzlich wird ein neuer Lesesaal im ersten Stock eingerichtet, der vor allem Schülerinnen und
Schülern zum Lernen dienen soll. Die Umbauarbeiten dafür laufen bereits seit dem Sommer.</p>
</main>
<aside><h3>Meistgelesen</h3><ul><li><a href="/a">Feuerwehr rettet Katze vom Kirchturm</a></li>
<li><a href="/b">Neues Café am Marktplatz eröffnet</a></li></ul></aside>
</body></html>"""


def write_trafilatura(root: Path) -> Path:
    """Two pages (one gzipped, one plain with a differently cased name) and one entry
    whose page is missing."""
    (root / "html").mkdir(parents=True)
    (root / "html" / "radweg.html.gz").write_bytes(gzip.compress(RADWEG.encode()))
    (root / "html" / "bibliothek.html").write_bytes(BIBLIOTHEK.encode())
    gold = {
        "https://example.invalid/radweg": {
            "file": "radweg.html",
            "with": ["Der Stadtrat hat am Dienstagabend", "Die Bauarbeiten sollen im Frühjahr"],
            "without": ["Newsletter abonnieren", "Alle Rechte vorbehalten"],
        },
        "https://example.invalid/bibliothek": {
            "file": "Bibliothek.html",
            "with": ["auch samstags bis 18 Uhr"],
            "without": ["Feuerwehr rettet Katze"],
        },
        "https://example.invalid/lost": {"file": "lost.html", "with": ["x"], "without": []},
    }
    (root / "evaldata.json").write_text(json.dumps(gold), encoding="utf-8")
    return root


def write_scrapinghub(root: Path) -> Path:
    (root / "html").mkdir(parents=True)
    gold = {
        "aaa": {"articleBody": "the cat sat on the mat", "url": "https://example.invalid/a"},
        "bbb": {"articleBody": "Dogs bark loudly.", "url": "https://example.invalid/b"},
    }
    for key in gold:
        page = f"<html><body><p>page {key}</p></body></html>".encode()
        (root / "html" / f"{key}.html.gz").write_bytes(gzip.compress(page))
    (root / "ground-truth.json").write_text(json.dumps(gold), encoding="utf-8")
    return root


def values(result, system: str) -> dict[str, float]:
    return {m.name: m.value for m in result.metrics if m.system == system}


def test_snippet_counts_for_known_outputs(tmp_path: Path) -> None:
    data = write_trafilatura(tmp_path / "ds")

    def good(html: bytes) -> str:  # every `with`, no `without`
        if b"Radweg" in html:
            return "Der Stadtrat hat am\nDienstagabend … Die Bauarbeiten sollen im Frühjahr"
        return "auch samstags   bis 18 Uhr"

    def greedy(html: bytes) -> str:  # keeps the nav menu, footer and sidebar too
        return good(html) + " Newsletter abonnieren Alle Rechte vorbehalten Feuerwehr rettet Katze"

    def broken(html: bytes) -> str:  # finds one snippet on page 1, crashes on page 2
        if b"Radweg" in html:
            return "Der Stadtrat hat am Dienstagabend"
        raise RuntimeError("boom")

    result = run(data, systems={"good": good, "greedy": greedy, "broken": broken})
    assert result.format == "trafilatura"
    assert result.n_items == 2
    assert values(result, "good") == pytest.approx(
        {
            "with found": 1,
            "without absent": 1,
            "precision": 1,
            "accuracy": 1,
            "f1": 1,
            "ms/page (median)": values(result, "good")["ms/page (median)"],
            "pages/s": values(result, "good")["pages/s"],
            "empty output": 0,
        }
    )
    greedy_v = values(result, "greedy")  # tp 3, fn 0, fp 3, tn 0
    assert greedy_v["with found"] == 1.0
    assert greedy_v["without absent"] == 0.0
    assert greedy_v["precision"] == 0.5
    assert greedy_v["accuracy"] == 0.5
    assert greedy_v["f1"] == pytest.approx(6 / 9)
    broken_v = values(result, "broken")  # tp 1, fn 2, fp 0, tn 3; page 2 counts as empty
    assert broken_v["with found"] == pytest.approx(1 / 3)
    assert broken_v["without absent"] == 1.0
    assert broken_v["accuracy"] == pytest.approx(4 / 6)
    assert broken_v["f1"] == pytest.approx(2 / 4)
    assert broken_v["empty output"] == 1
    assert "Bibliothek.html: broken: RuntimeError: boom" in result.failures
    assert "lost.html: no page file found" in result.failures
    assert any("1 of 3 gold entries could not be matched" in n for n in result.notes)
    n = {m.name: m.n for m in result.metrics if m.system == "greedy"}
    assert n["with found"] == 3 and n["without absent"] == 3 and n["f1"] == 6


def test_newsprobe_and_trafilatura_leave_out_the_nav_menu(tmp_path: Path) -> None:
    result = run_task("extraction", write_trafilatura(tmp_path / "ds"))
    assert result.systems() == ["newsprobe", "trafilatura", "newsprobe canonical"]
    for system in ("newsprobe", "trafilatura"):
        got = values(result, system)
        assert got["with found"] == 1.0, system
        assert got["without absent"] == 1.0, system  # "Newsletter abonnieren" sits in <nav>
        assert got["empty output"] == 0


def test_scrapinghub_token_overlap(tmp_path: Path) -> None:
    data = write_scrapinghub(tmp_path / "sh")
    outputs = {b"aaa": "the cat sat", b"bbb": "Dogs bark loudly. Buy now!"}

    def system(html: bytes) -> str:
        return next(text for key, text in outputs.items() if key in html)

    result = run(data, systems={"fake": system})
    assert result.format == "scrapinghub"
    got = values(result, "fake")
    assert got["precision"] == pytest.approx(11 / 15)
    assert got["recall"] == pytest.approx(11 / 16)
    assert got["f1"] == pytest.approx(242 / 341)
    # 4-gram shingles share nothing: "the cat sat" (one short shingle) vs three gold ones;
    # gold "Dogs bark loudly" vs "Dogs bark loudly Buy", "bark loudly Buy now"
    assert got["f1 (4-gram shingles)"] == 0.0


def test_format_is_detected_and_can_be_forced(tmp_path: Path) -> None:
    data = write_scrapinghub(tmp_path / "sh")
    assert run(data / "ground-truth.json", systems={"x": lambda h: ""}).format == "scrapinghub"
    with pytest.raises(EvalError, match=r"no evaldata\.json"):
        run_task("extraction", data, fmt="trafilatura")
    with pytest.raises(EvalError, match="unknown format 'csv'"):
        run_task("extraction", data, fmt="csv")


def test_limit_takes_the_first_pages(tmp_path: Path) -> None:
    data = write_trafilatura(tmp_path / "ds")
    result = run(data, limit=1, systems={"x": lambda h: ""})
    assert result.n_items == 1


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: None, "dataset not found"),
        (lambda p: p.mkdir(), "not an extraction dataset"),
        (lambda p: (p.mkdir(), (p / "evaldata.json").write_text("{}")), "empty dataset"),
        (lambda p: (p.mkdir(), (p / "evaldata.json").write_text("{nope")), "invalid JSON"),
        (
            lambda p: (p.mkdir(), (p / "ground-truth.json").write_text('{"a": {}}')),
            "none of the 1 entries",
        ),
    ],
)
def test_bad_datasets_are_one_line_errors(tmp_path: Path, setup, message: str) -> None:
    path = tmp_path / "data"
    setup(path)
    with pytest.raises(EvalError, match=message) as info:
        run_task("extraction", path)
    assert "\n" not in str(info.value)


def test_unknown_task_lists_the_known_ones() -> None:
    known = r"unknown task 'extractoin'; known: ([\w-]+, )*extraction, ([\w-]+, )*speed"
    with pytest.raises(EvalError, match=known):
        run_task("extractoin", "x")


def test_table_and_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run(write_scrapinghub(tmp_path / "sh"), systems={"a": lambda h: "", "b": str})
    table = render_table(result)
    assert isinstance(table, Table)
    assert [c.header for c in table.columns] == ["metric", "a", "b", "n"]
    print_result(result, as_json=True)
    assert json.loads(capsys.readouterr().out)["task"] == "extraction"


@pytest.mark.parametrize("name", ["extraction-trafilatura-de", "extraction-scrapinghub"])
def test_real_dataset_sample(name: str) -> None:
    data = SHARED_DATA / name
    if not data.is_dir():
        pytest.skip(f"../shared/data/{name} is not available")
    result = run_task("extraction", data, limit=3)
    assert result.n_items == 3
    assert not any("could not be matched" in n for n in result.notes)
    for system in ("newsprobe", "trafilatura"):
        assert values(result, system)["f1"] > 0.5
