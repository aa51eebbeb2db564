"""The cross-validation fold models are cached by everything that shapes them, the feature and
training code included: an edited feature must never be scored with stale fold models."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprobe.entities.germeval import GoldSentence
from newsprobe.training import ner as train

SENTENCES = [
    GoldSentence(("Anna", "Berger", "lacht", "."), ("B-PER", "I-PER", "O", "O"), "http://a.de/1"),
    GoldSentence(
        ("In", "Trier", "regnet", "es", "."), ("O", "B-LOC", "O", "O", "O"), "http://a.de/2"
    ),
]


def test_fold_cache_key_follows_the_code(monkeypatch: pytest.MonkeyPatch) -> None:
    params = train.Params()
    first = train.fold_cache_key(SENTENCES, 5, params)
    assert first == train.fold_cache_key(SENTENCES, 5, params)  # stable
    monkeypatch.setattr(train, "_code_signature", lambda: "edited")
    assert train.fold_cache_key(SENTENCES, 5, params) != first


def test_fold_cache_key_follows_data_and_params() -> None:
    params = train.Params()
    key = train.fold_cache_key(SENTENCES, 5, params)
    assert train.fold_cache_key(SENTENCES[:1], 5, params) != key
    assert train.fold_cache_key(SENTENCES, 4, params) != key
    assert train.fold_cache_key(SENTENCES, 5, train.Params(c1=0.2)) != key


def test_code_signature_reads_the_feature_code() -> None:
    signature = train._code_signature()
    assert len(signature) == 12 and int(signature, 16) >= 0


def test_tagger_signature_follows_code_and_data_not_prose(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import newsprobe.language.pos as pos

    module, data = tmp_path / "pos.py", tmp_path / "data"
    data.mkdir()
    (data / "forms.tsv").write_text("Haus\tNN\n", "utf-8")
    monkeypatch.setattr(pos, "__file__", str(module))
    module.write_text('"""Tags."""\n\nTAG = "NN"\n', "utf-8")
    first = train.tagger_signature()
    module.write_text('"""Tags, said otherwise."""\n\nTAG = "NN"  # nouns\n', "utf-8")
    assert train.tagger_signature() == first  # a model card would not be called stale
    module.write_text('"""Tags."""\n\nTAG = "NE"\n', "utf-8")
    assert train.tagger_signature() != first
    module.write_text('"""Tags."""\n\nTAG = "NN"\n', "utf-8")
    assert train.tagger_signature() == first
    (data / "forms.tsv").write_text("Haus\tNE\n", "utf-8")
    assert train.tagger_signature() != first


def test_germeval_weight_is_part_of_the_key_and_of_the_model(tmp_path) -> None:
    params = train.Params()
    weighted = train.Params(germeval_weight=3)
    assert train.fold_cache_key(SENTENCES, 5, weighted) != train.fold_cache_key(
        SENTENCES, 5, params
    )
    assert "gw=" not in params.key()  # unweighted keys stay what they were
    extra = GoldSentence(
        ("Anna", "Trier", "lacht", "."), ("B-LOC", "I-LOC", "O", "O"), "sd:1", domain="sd-news"
    )
    sentences = [*SENTENCES, extra]
    tags = [["NE", "NE", "VVFIN", "$."], ["APPR", "NE", "VVFIN", "PPER", "$."]]
    tags.append(["NE", "NE", "VVFIN", "$."])
    one, three = tmp_path / "one.crfsuite", tmp_path / "three.crfsuite"
    train.train_model(sentences, tags, one, params)
    train.train_model(sentences, tags, three, weighted)
    again = tmp_path / "again.crfsuite"
    train.train_model(sentences, tags, again, params)
    assert again.read_bytes() == one.read_bytes()  # training is deterministic
    # GermEval sentences given thrice weigh more against the extra corpus's conflicting labels
    assert one.read_bytes() != three.read_bytes()


def test_germeval_weight_must_be_positive(tmp_path) -> None:
    with pytest.raises(SystemExit):
        train.main(["--data", str(tmp_path), "--germeval-weight", "0"])
