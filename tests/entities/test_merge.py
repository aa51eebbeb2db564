"""Two crfsuite name models folded into one (``model + alpha * base``): the merged file must hold
exactly the summed weights, be read by crfsuite itself, and tag as the two models' summed
scores do."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from newsprobe.entities import merge
from newsprobe.entities.crf import CrfTagger
from newsprobe.entities.features import NameList, sentence_features
from newsprobe.entities.germeval import GoldSentence
from newsprobe.entities.linear_chain import LinearChain, ModelFormatError
from newsprobe.training import ner as train
from newsprobe.training import ner_combine


def _gold(text: str, labels: str, url: str) -> GoldSentence:
    return GoldSentence(tuple(text.split()), tuple(labels.split()), url)


# Written for this test.  Model "a" sees all four labels, model "b" fewer (and other words).
_A = [
    (
        _gold("Anna Berger lacht in Trier .", "B-PER I-PER O O B-LOC O", "u1"),
        "NE NE VVFIN APPR NE $.",
    ),
    (
        _gold("Die Stadtwerke Trier erhöhen die Preise .", "O B-ORG I-ORG O O O O", "u2"),
        "ART NN NE VVFIN ART NN $.",
    ),
    (
        _gold("Das Album Blaue Stunde erschien .", "O O B-MISC I-MISC O O", "u3"),
        "ART NN ADJA NN VVFIN $.",
    ),
    (
        _gold("Jonas Adler sprach in Mainz .", "B-PER I-PER O O B-LOC O", "u4"),
        "NE NE VVFIN APPR NE $.",
    ),
]
_B = [
    (
        _gold("Der Kaiser reiste nach Wien .", "O O O O B-LOC O", "v1"),
        "ART NN VVFIN APPR NE $.",
    ),
    (
        _gold("Herr Müller aus Dresden schrieb .", "O B-PER O B-LOC O O", "v2"),
        "NN NE APPR NE VVFIN $.",
    ),
    (
        _gold("Frau Adler wohnt in Koblenz .", "O B-PER O O B-LOC O", "v3"),
        "NN NE VVFIN APPR NE $.",
    ),
]
_TEXT = [
    ("Laut Anna Adler will Siemens in Wien bauen .", "APPR NE NE VMFIN NE APPR NE VVINF $."),
    ("Herr Berger reiste nach Trier", "NN NE VVFIN APPR NE"),
    ("Das Album Wien erschien", "ART NN NE VVFIN"),
]


def _train(data: list[tuple[GoldSentence, str]], out: Path) -> Path:
    train.train_model([s for s, _ in data], [t.split() for _, t in data], out, train.Params())
    return out


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("merge")
    return _train(_A, folder / "a.crfsuite"), _train(_B, folder / "b.crfsuite")


def _row(chain: LinearChain, attribute: str) -> np.ndarray:
    return chain.weights[chain.attributes.get(attribute, chain.unknown)]


def test_merged_weights_are_the_sum(models: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = models
    out = tmp_path / "ab.crfsuite"
    done = merge.merge(a, b, 0.25, out)
    ca, cb, cm = LinearChain.read(a), LinearChain.read(b), LinearChain.read(out)
    assert cm.labels == ca.labels and set(cb.labels) < set(ca.labels)
    perm = [cb.labels.index(label) if label in cb.labels else None for label in ca.labels]

    def aligned(row: np.ndarray) -> np.ndarray:
        return np.array([row[k] if k is not None else 0.0 for k in perm])

    assert set(cm.attributes) == set(ca.attributes) | set(cb.attributes)
    assert set(cb.attributes) - set(ca.attributes)  # b brings attributes of its own
    for attribute in cm.attributes:
        expected = _row(ca, attribute) + 0.25 * aligned(_row(cb, attribute))
        np.testing.assert_allclose(_row(cm, attribute), expected, atol=1e-12)
    trans_b = np.array([aligned(cb.transitions[k]) if k is not None else [0.0] * len(perm)
                        for k in perm])  # fmt: skip
    np.testing.assert_allclose(cm.transitions, ca.transitions + 0.25 * trans_b, atol=1e-12)
    assert done.size == out.stat().st_size and done.attributes == len(cm.attributes)


def test_crfsuite_reads_the_merged_model(models: tuple[Path, Path], tmp_path: Path) -> None:
    """crfsuite finds every attribute through the rebuilt hash table, and its labels and
    marginals on the merged file are newsprobe's decoder's."""
    a, b = models
    out = tmp_path / "ab.crfsuite"
    merge.merge(a, b, 0.5, out)
    reference = pycrfsuite.Tagger()
    reference.open(str(out))
    assert {attr for attr, _label in reference.info().state_features} == set(
        LinearChain.read(out).attributes
    )
    ours = CrfTagger(out, names=NameList({}))
    sentences = [(w.split(), t.split()) for w, t in _TEXT]
    named = 0
    for (words, tags), (labels, probs) in zip(sentences, ours.decode(sentences), strict=True):
        assert reference.tag(sentence_features(words, tags, NameList({}))) == labels
        named += sum(label != "O" for label in labels)
        for i, label in enumerate(labels):
            assert probs[i] == pytest.approx(reference.marginal(label, i), abs=1e-9)
    assert named >= 3


def test_alpha_zero_tags_as_the_first_model(models: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = models
    out = tmp_path / "a0.crfsuite"
    merge.merge(a, b, 0.0, out)
    sentences = [(w.split(), t.split()) for w, t in _TEXT]
    first = CrfTagger(a, names=NameList({})).decode(sentences)
    assert CrfTagger(out, names=NameList({})).decode(sentences) == first


def test_a_label_the_first_model_lacks_is_an_error(
    models: tuple[Path, Path], tmp_path: Path
) -> None:
    a, b = models
    with pytest.raises(ModelFormatError, match="not in"):
        merge.merge(b, a, 0.1, tmp_path / "ba.crfsuite")
    assert merge.main([str(b), str(a), "0.1", str(tmp_path / "ba.crfsuite")]) == 2


def test_combined_is_written_once_beside_the_model(
    models: tuple[Path, Path], tmp_path: Path
) -> None:
    a, b = models
    model = tmp_path / "model.crfsuite"
    model.write_bytes(a.read_bytes())
    model.with_suffix(".names.tsv").write_text(a.with_suffix(".names.tsv").read_text("utf-8"))
    out = ner_combine.combined(model, b, 0.1)
    assert out.name == "model-combined-0.1.crfsuite"
    assert out.with_suffix(".names.tsv").read_text("utf-8") == model.with_suffix(
        ".names.tsv"
    ).read_text("utf-8")
    stamp = out.stat().st_mtime_ns
    assert ner_combine.combined(model, b, 0.1) == out and out.stat().st_mtime_ns == stamp


def test_card_alpha() -> None:
    assert ner_combine.card_alpha({}) == 0.0
    assert ner_combine.card_alpha({"combine": {"alpha": 0.1}}) == 0.1
    assert ner_combine.card_alpha({"combine": "yes"}) == 0.0


def test_combine_cli_merges_prunes_and_records(models: tuple[Path, Path], tmp_path: Path) -> None:
    """The shipping step: the mix model's card gains a ``combine`` record, the file is the
    pruned merge, and a combined model is refused as input."""
    a, b = models
    mix = tmp_path / "mix.crfsuite"
    mix.write_bytes(a.read_bytes())
    mix.with_suffix(".names.tsv").write_text(a.with_suffix(".names.tsv").read_text("utf-8"))
    mix.with_suffix(".json").write_text(json.dumps({"params": {"c1": 0.1}}), "utf-8")
    out = tmp_path / "shipped.crfsuite"
    argv = ["--data", str(tmp_path), "--mix-model", str(mix), "--alpha", "0.2"]
    assert ner_combine.main([*argv, "--base", str(b), "--out", str(out)]) == 0
    card = json.loads(out.with_suffix(".json").read_text("utf-8"))
    assert ner_combine.card_alpha(card) == 0.2 and card["params"] == {"c1": 0.1}
    assert card["size_bytes"] == out.stat().st_size == card["pruned"]["size_after"]
    merged = LinearChain.read(out)
    assert set(merged.attributes) == set(LinearChain.read(a).attributes) | set(
        LinearChain.read(b).attributes
    )
    with pytest.raises(SystemExit):
        ner_combine.main(["--data", str(tmp_path), "--mix-model", str(out), "--out", str(mix)])
