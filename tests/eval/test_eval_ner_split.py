"""The NER bench's reduced protocol (``eval/ner_split.py``): held-out parts that never reach
training, tune/unseen halves, cached models, and the full CV still on request.  GermEval and
SmartData files are tiny ones written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_eval_ner import value, write_germeval

from newsprobe.entities import germeval
from newsprobe.entities.corpora import Mix
from newsprobe.entities.crf import default_tagger
from newsprobe.eval import ner, ner_split
from newsprobe.eval.base import EvalError
from newsprobe.training import ner as train
from newsprobe.training import ner_combine


def write_smartdata(folder: Path, docs: int = 24) -> None:
    folder.mkdir()
    for split in ("train", "test"):
        blocks, meta = [], ["sentence_index\tdoc_id\tsource\tchar_start\tchar_end"]
        for n in range(docs):
            blocks.append(
                f"Die\tO\tO\nFirma\tO\tO\nAlpha{n}\tB-ORG\tB-organization\nbaut\tO\tO\n"
                f"in\tO\tO\nUlm{n}\tB-LOC\tB-location\n"
            )
            source = ("news", "rss", "tweet")[n % 3]
            meta.append(f"{n}\t{split}-doc-{n}\t{source}\t0\t10")
        (folder / f"{split}.tsv").write_text("\n".join(blocks), "utf-8")
        (folder / f"{split}.sentences.tsv").write_text("\n".join(meta) + "\n", "utf-8")


@pytest.fixture
def shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "data" / "germeval2014"
    folder.mkdir(parents=True)
    write_germeval(folder / ner_split.DEV_FILE, copies=3)
    test = write_germeval(folder / ner_split.TEST_FILE, copies=2)
    test.write_text(test.read_text("utf-8").replace("/a/", "/t/").replace("/X/", "/Y/"), "utf-8")
    write_smartdata(tmp_path / "data" / "smartdata")
    monkeypatch.setattr(ner, "_training_hashes", lambda: {germeval.sha256(test)})
    monkeypatch.setattr(ner, "_training_mix", lambda: "smartdata=news+rss+tweet")
    return folder


def test_held_out_documents_never_train(shared: Path) -> None:
    split = ner_split.make_split(shared, Mix("smartdata=news+rss+tweet"), train.pos_tags)
    trained = {s.url for s in split.extra}
    held = {s.url for s in split.held if s.domain}
    assert trained and held and not trained & held  # documents, not sentences, are held out
    assert len(trained) + len(held) == 48
    assert all(ner_split.bucket(u, ner_split.HOLD_OUT) == 0 for u in held)
    assert {s.url for s in split.dev}.isdisjoint({s.url for s in split.held})


def test_reduced_protocol_reports_each_corpus_and_both_halves(shared: Path) -> None:
    result = ner.run_germeval(shared, None)
    assert "reduced protocol" in result.notes[0]
    names = set(result.metric_names())
    for group in ("germeval", "germeval news", "smartdata"):
        assert f"{group} micro-F1" in names
    assert {"germeval news tune micro-F1", "germeval news unseen micro-F1"} <= names
    # the summary rows are GermEval test-part-a's
    assert value(result, "crf", "news micro-F1") == value(result, "crf", "germeval news micro-F1")
    tune = result.get("crf", "germeval news tune micro-F1").n
    unseen = result.get("crf", "germeval news unseen micro-F1").n
    assert tune + unseen == result.get("crf", "germeval news micro-F1").n
    # SmartData annotates no MISC: none is scored there
    assert "smartdata MISC F1" not in names
    models = list((shared.parent.parent / "cache" / "newsprobe").glob("ner-split-*/*.crfsuite"))
    # the shipped card combines: the model scored is the split model + alpha x the dev-only one
    alpha = ner_combine.card_alpha(default_tagger().card)
    assert alpha > 0 and any("x the dev-only model, one file" in n for n in result.notes)
    combined = f"model-combined-{alpha:g}.crfsuite"
    assert {m.name for m in models} == {"base.crfsuite", "model.crfsuite", combined}
    stamps = {m: m.stat().st_mtime_ns for m in models}
    again = ner.run_germeval(shared, None)  # cached: nothing retrained, the same figures
    assert {m: m.stat().st_mtime_ns for m in models} == stamps
    assert value(again, "newsprobe", "news micro-F1") == value(result, "newsprobe", "news micro-F1")


def test_full_cross_validation_on_request(shared: Path) -> None:
    result = ner.run_germeval(shared, None, folds=2, full_cv=True)
    assert "cross-validation" in result.notes[0]
    # each fold's model is combined with that fold's GermEval-only model, as the shipped one
    assert any("x its GermEval-only model" in n for n in result.notes)
    cache = shared.parent.parent / "cache" / "newsprobe"
    assert len(list(cache.glob("ner-cv-*/fold*-combined-*.crfsuite"))) == 2


def test_a_single_model_card_scores_the_split_model(
    shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ner_combine, "card_alpha", lambda card: 0.0)
    result = ner.run_germeval(shared, None)
    assert not any("dev-only model, one file" in n for n in result.notes)
    cache = shared.parent.parent / "cache" / "newsprobe"
    assert not list(cache.glob("ner-split-*/*combined*"))


def test_split_needs_both_files(tmp_path: Path) -> None:
    folder = tmp_path / "germeval2014"
    folder.mkdir()
    write_germeval(folder / ner_split.DEV_FILE)
    with pytest.raises(EvalError, match="needs"):
        ner_split.make_split(folder, Mix(""), train.pos_tags)


def test_halves_are_stable_and_balanced() -> None:
    keys = [f"http://example.org/{n}" for n in range(400)]
    halves = [ner_split.half(k) for k in keys]
    assert halves == [ner_split.half(k) for k in keys]
    assert 150 < halves.count("tune") < 250
