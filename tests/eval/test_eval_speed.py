"""Task ``speed``: corpora it reads and the figures it reports (timings are not checked)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprobe.eval import EvalError, run_task
from newsprobe.eval.speed import load, run

ROWS = [
    "Inland;'Nationalrat beschließt Budget. Wien – Der Nationalrat hat am Mittwoch das Budget "
    "für das kommende Jahr beschlossen. Die Opposition stimmte dagegen.'",
    "Sport;'Rapid gewinnt Derby. Wien – Rapid hat das Derby mit 2:1 gewonnen. Der Trainer "
    'sprach von einem "verdienten Sieg".\'',
    "Kultur;'Neues Museum eröffnet. Graz – In Graz hat am Freitag ein neues Museum eröffnet.'",
]


@pytest.fixture
def gnad_csv(tmp_path: Path) -> Path:
    path = tmp_path / "test.csv"
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    return path


def test_10kgnad_csv_first_limit_articles(gnad_csv: Path) -> None:
    fmt, articles = load(gnad_csv, None, 2)
    assert fmt == "10kgnad"
    assert [a.name for a in articles] == ["test-1.txt", "test-2.txt"]
    assert articles[1].data.decode().startswith("Rapid gewinnt Derby.")
    assert '"verdienten Sieg"' in articles[1].data.decode()


def test_speed_reports_medians_throughput_and_components(gnad_csv: Path) -> None:
    result = run(gnad_csv, limit=2, repeats=3)
    assert result.task == "speed"
    assert result.n_items == 2
    got = {m.name: m for m in result.metrics}
    for name in ("ms/article (median)", "ms/article (p95)", "articles/s", "tokens/s"):
        assert got[name].value > 0, name
    assert got["ms/article (p95)"].value >= got["ms/article (median)"].value
    for component in ("layout", "language", "sentences", "tokens", "read"):
        assert f"ms/article {component} (median)" in got
    assert got["tokens/s"].n is not None and got["tokens/s"].n > 20
    assert "1 warm-up run" in result.notes[0]


def test_default_corpus_is_the_bundled_samples(tmp_path: Path) -> None:
    seed = tmp_path / "seed"
    seed.mkdir()
    (seed / "000.txt").write_text("Titel\n\nEin Satz. Noch ein Satz.", encoding="utf-8")
    fmt, articles = load(None, None, None, seed_dir=seed)
    assert fmt == "samples"
    assert articles[-1].name == "000.txt"
    assert len(articles) >= 2  # bundled samples + the seed


def test_folder_of_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Titel\n\nEin Satz.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    fmt, articles = load(tmp_path, None, None)
    assert (fmt, [a.name for a in articles]) == ("files", ["a.txt"])


@pytest.mark.parametrize(
    ("content", "message"),
    [("", "empty dataset"), ("just one column\n", "not label;'text'")],
)
def test_bad_csv(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        run_task("speed", path)


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="dataset not found"):
        run_task("speed", tmp_path / "nope.csv")
    with pytest.raises(EvalError, match="empty dataset"):
        run_task("speed", tmp_path)
