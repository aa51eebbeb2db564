"""Extra training corpora (SmartData, Europeana): reading, tag mapping to GermEval's meaning,
MISC completion, the mix spec, and cross-validation that adds them to training folds only.
Fixtures are tiny files written here; the real corpora are read when ../shared has them."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprobe.entities.corpora import (
    Mix,
    _tag,
    drop_non_names,
    fill_misc,
    read_europeana,
    read_smartdata,
)
from newsprobe.entities.germeval import GermEvalError, GoldSentence
from newsprobe.training import ner as train
from support import SHARED


def write_smartdata(folder: Path) -> Path:
    folder.mkdir()
    for split in ("train", "test"):
        (folder / f"{split}.tsv").write_text(
            "Stau\tO\tO\nauf\tO\tO\nder\tO\tO\nA7\tB-LOC\tB-location-route\n\n"
            "Die\tO\tO\nitalienische\tB-LOC\tB-location\nBahn\tB-ORG\tB-organization\n\n"
            "@dpa\tO\tO\nmeldet\tO\tO\nStau\tO\tO\n",
            "utf-8",
        )
        (folder / f"{split}.sentences.tsv").write_text(
            "sentence_index\tdoc_id\tsource\tchar_start\tchar_end\n"
            "0\tr1\trss\t0\t10\n1\tn1\tnews\t0\t10\n2\tt1\ttweet\t0\t10\n",
            "utf-8",
        )
    return folder


def test_smartdata_sources_and_domains(tmp_path: Path) -> None:
    folder = write_smartdata(tmp_path / "smartdata")
    found = read_smartdata(folder, ["news", "rss"])
    assert [s.domain for s in found] == ["sd-rss", "sd-news"] * 2
    assert found[0].tags == ("O", "O", "O", "B-LOC")
    assert len(read_smartdata(folder, ["tweet"])) == 2
    with pytest.raises(GermEvalError, match="unknown SmartData source"):
        read_smartdata(folder, ["blog"])


def test_europeana_tags_are_read_with_their_evident_meaning(tmp_path: Path) -> None:
    folder = tmp_path / "europeana-de"
    folder.mkdir()
    (folder / "enp_DE.lft.tsv").write_text(
        "Herr\tO\nMüller\tB_PER\naus\tO\nWien\tB-LOC\n\nBür v\t_\n\nDer\tO\nKaiser\tB-OLOC\n",
        "utf-8",
    )
    found = read_europeana(folder, ["lft"])
    assert [s.tags for s in found] == [("O", "B-PER", "O", "B-LOC"), ("O", "O")]  # "_": left out
    assert {s.domain for s in found} == {"eu"}
    assert _tag("B-PEr") == "B-PER" and _tag("B.PER") == "B-PER" and _tag("I-MISC") == "O"


def test_adjectives_are_no_locations() -> None:
    s = GoldSentence(("Die", "italienische", "Bahn"), ("O", "B-LOC", "B-ORG"), domain="sd-news")
    assert drop_non_names(s, ["ART", "ADJA", "NN"]).tags == ("O", "O", "B-ORG")
    assert drop_non_names(s, ["ART", "NE", "NN"]) is s


def test_misc_is_completed_only_inside_runs_of_o() -> None:
    s = GoldSentence(
        ("Der", "Golf", "von", "VW", "auf", "der", "IAA"), ("O", "O", "O", "B-ORG", "O", "O", "O")
    )
    filled = fill_misc(s, {(1, 2, "MISC"), (2, 4, "MISC"), (6, 7, "MISC"), (4, 5, "PER")})
    assert filled.tags == ("O", "B-MISC", "O", "B-ORG", "O", "O", "B-MISC")


def test_mix_spec() -> None:
    assert Mix("").spec == "" and not Mix("")
    mix = Mix("smartdata,europeana=lft")
    assert mix.spec == "smartdata=news+rss,europeana=lft" and mix.fill_misc
    assert Mix("smartdata=news,misc=keep").spec == "smartdata=news,misc=keep"
    with pytest.raises(GermEvalError, match="unknown corpus"):
        Mix("wikiner")
    with pytest.raises(GermEvalError, match="unknown smartdata part"):
        Mix("smartdata=blogs")
    data = Path("/x/data/germeval2014")
    assert Mix("smartdata").folders(data) == {"smartdata": Path("/x/data/smartdata")}


def test_extra_sentences_join_training_folds_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSPROBE_CACHE_DIR", str(tmp_path / "cache"))
    germeval = [
        GoldSentence(("Anna", "lacht", str(i)), ("B-PER", "O", "O"), f"http://a.de/{i}")
        for i in range(6)
    ]
    extra = [
        GoldSentence(("In", "Trier", str(i)), ("O", "B-LOC", "O"), f"sd:{i}", domain="sd-news")
        for i in range(3)
    ]
    trained: list[list[GoldSentence]] = []

    def fake_train(sentences, tags, out, params):  # type: ignore[no-untyped-def]
        trained.append(list(sentences))
        out.write_text("model")
        out.with_suffix(".names.tsv").write_text("")

    monkeypatch.setattr(train, "train_model", fake_train)
    tags = [["NE", "VVFIN", "CARD"]] * 6
    etags = [["APPR", "NE", "CARD"]] * 3
    models = train.fold_models(
        germeval, tags, 3, train.Params(), extra=extra, extra_tags=etags, mix=Mix("misc=keep")
    )
    assert len(trained) == 3
    for (_, test), sentences in zip(models, trained, strict=True):
        assert all(s in sentences for s in extra)  # every training fold has the extra corpora
        assert not any(germeval[i] in sentences for i in test)  # never the test fold
        assert all(s.domain or s in germeval for s in sentences)


def test_domain_copies_by_corpus() -> None:
    feats = ["b", "w=x", "s3=abc", "-1:w=y"]
    assert train.domain_prefix(GoldSentence(("a",), ("O",), "http://x.de")) == ""
    assert train.domain_prefix(GoldSentence(("a",), ("O",), "https://de.wikipedia.org/a")) == "wk"
    assert train.domain_prefix(GoldSentence(("a",), ("O",), "sd:1", domain="sd-tweet")) == "tw"
    assert train.domain_copies(feats, "eu") == ["eu|b", "eu|w=x", "eu|-1:w=y"]


@pytest.mark.skipif(not (SHARED / "data" / "smartdata").is_dir(), reason="../shared absent")
def test_the_real_corpora_read() -> None:
    extra, record = Mix("smartdata=news+rss+tweet,europeana=lft+sbb").load(
        SHARED / "data" / "germeval2014"
    )
    assert len(extra) > 15_000
    assert {r["corpus"] for r in record} == {"smartdata", "europeana"}
    assert all(t == "O" or t[2:] in ("PER", "ORG", "LOC") for s in extra for t in s.tags)
