"""Task ``ner``: GermEval scoring (held out and cross-validated) and the speed measurement, on
small files written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprobe.eval import ner
from newsprobe.eval.base import EvalError
from newsprobe.eval.registry import get_task, run_task

SENTENCES = [
    (
        "http://www.example-news.de/a/1",
        [
            ("Bundeskanzler", "O"),
            ("Olaf", "B-PER"),
            ("Scholz", "I-PER"),
            ("reiste", "O"),
            ("nach", "O"),
            ("Paris", "B-LOC"),
            (".", "O"),
        ],
    ),
    (
        "http://www.example-news.de/a/2",
        [
            ("Die", "O"),
            ("Deutsche", "B-ORG"),
            ("Bank", "I-ORG"),
            ("meldete", "O"),
            ("Gewinne", "O"),
            ("in", "O"),
            ("Frankfurt", "B-LOC"),
            (".", "O"),
        ],
    ),
    (
        "http://de.wikipedia.org/wiki/X",
        [
            ("Angela", "B-PER"),
            ("Merkel", "I-PER"),
            ("traf", "O"),
            ("die", "O"),
            ("französische", "B-LOCderiv"),
            ("Delegation", "O"),
            (".", "O"),
        ],
    ),
    (
        "http://www.example-news.de/a/3",
        [
            ("Der", "O"),
            ("Film", "O"),
            ("Titanic", "B-OTH"),
            ("lief", "O"),
            ("im", "O"),
            ("ZDF", "B-ORG"),
            (".", "O"),
        ],
    ),
    (
        "http://www.example-news.de/a/4",
        [
            ("Emmanuel", "B-PER"),
            ("Macron", "I-PER"),
            ("sprach", "O"),
            ("mit", "O"),
            ("der", "O"),
            ("Nato", "B-ORG"),
            (".", "O"),
        ],
    ),
    (
        "http://www.example-news.de/a/5",
        [
            ("In", "O"),
            ("Berlin", "B-LOC"),
            ("und", "O"),
            ("Wien", "B-LOC"),
            ("regnete", "O"),
            ("es", "O"),
            (".", "O"),
        ],
    ),
]


def write_germeval(path: Path, copies: int = 1) -> Path:
    lines = []
    for n in range(copies):
        for url, tokens in SENTENCES:
            lines.append(f"#\t{url}/{n}\t[2010-01-01]")
            lines += [f"{i}\t{w}\t{t}\tO" for i, (w, t) in enumerate(tokens, 1)]
            lines.append("")
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def value(result, system: str, name: str) -> float:
    metric = result.get(system, name)
    assert metric is not None, (system, name, result.metric_names())
    return metric.value


def test_registered() -> None:
    task = get_task("ner")
    assert "germeval" in task.formats and "germeval2014" in task.default_data


def test_held_out_scoring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    data = write_germeval(tmp_path / "held.tsv")
    result = run_task("ner", data)
    assert result.n_items == len(SENTENCES) and result.format == "germeval"
    assert "held out" in result.notes[0]
    for system in ("newsprobe", "crf"):
        for name in ("micro-F1", "news micro-F1", "PER F1", "LOC P", "MISC R", "news ORG F1"):
            assert 0.0 <= value(result, system, name) <= 1.0
    # 11 gold spans (the LOCderiv "französische" is O), 10 of them in news sentences
    assert result.get("newsprobe", "micro-F1").n == 11
    assert result.get("newsprobe", "news micro-F1").n == 10
    assert value(result, "newsprobe", "micro-F1") > 0.5  # plain sentences: the model finds most


def test_cross_validation_on_training_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    data = write_germeval(tmp_path / "train.tsv", copies=3)
    from newsprobe.entities import germeval

    monkeypatch.setattr(ner, "_training_hashes", lambda: {germeval.sha256(data)})
    monkeypatch.setattr(ner, "_training_mix", lambda: "smartdata=news")
    with pytest.raises(EvalError, match="needs those corpora"):  # no smartdata/ beside the data
        ner.run_germeval(data, None, folds=2)
    monkeypatch.setattr(ner, "_training_mix", lambda: "")  # a model of GermEval alone
    result = ner.run_germeval(data, None, folds=2)
    assert "cross-validation" in result.notes[0]
    assert result.n_items == 3 * len(SENTENCES)
    assert 0.0 <= value(result, "crf", "micro-F1") <= 1.0
    models = list((tmp_path / "cache" / "newsprobe").glob("ner-cv-*/fold*.crfsuite"))
    assert len(models) == 2
    again = ner.run_germeval(data, None, folds=2)  # cached fold models give the same figures
    assert value(again, "crf", "micro-F1") == value(result, "crf", "micro-F1")


def test_speed_on_a_10kgnad_csv(tmp_path: Path) -> None:
    csv = tmp_path / "mini.csv"
    csv.write_text(
        "Politik;'Bundeskanzler Olaf Scholz traf in Paris Emmanuel Macron. Die beiden sprachen "
        "über die Ukraine.'\n"
        "Wirtschaft;'Die Deutsche Bank meldete in Frankfurt höhere Gewinne. Der Vorstand "
        "zeigte sich zufrieden.'\n",
        "utf-8",
    )
    result = run_task("ner", csv)
    assert result.format == "10kgnad" and result.n_items == 2
    assert value(result, "newsprobe", "entities tokens/s") > 0
    assert value(result, "newsprobe", "mentions/article") >= 1
    assert result.get("newsprobe", "entities CPU ms/article").unit == "ms"


def test_bad_input(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="needs a dataset"):
        run_task("ner", None)
    with pytest.raises(EvalError, match="not found"):
        run_task("ner", tmp_path / "missing.tsv")
    (tmp_path / "empty").mkdir()
    with pytest.raises(EvalError, match="no GermEval"):
        run_task("ner", tmp_path / "empty")
    bad = tmp_path / "bad.tsv"
    bad.write_text("one column only\n", "utf-8")
    with pytest.raises(EvalError, match="GermEval"):
        run_task("ner", bad)


def test_the_ner_eval_says_when_the_shipped_model_is_stale() -> None:
    from newsprobe.eval.ner import model_currency

    card: dict[str, object] = {"pos_tagger": "aaa", "kb": "bbb"}
    assert model_currency(card, "aaa", "bbb").startswith("shipped model: trained on the current")
    stale = model_currency(card, "aaa", "ccc")
    assert stale.startswith("STALE") and "knowledge base bbb (now ccc)" in stale
    assert "tagger" not in stale.split("retrain")[0]
