"""The shipped name model is pruned of the training-only domain copies: the pruned model must
tag exactly as the full one does (crfsuite itself and newsprobe's decoder, on every file)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from newsprobe.entities import prune
from newsprobe.entities.crf import CrfTagger, default_tagger
from newsprobe.entities.features import NameList, sentence_features
from newsprobe.entities.germeval import GoldSentence
from newsprobe.entities.linear_chain import LinearChain, ModelFormatError
from newsprobe.training import ner as train


def _gold(text: str, labels: str, url: str, domain: str = "") -> GoldSentence:
    return GoldSentence(tuple(text.split()), tuple(labels.split()), url, domain=domain)


# Written for this test: news sentences (no domain) and sentences standing in for the extra
# corpora, whose features get domain copies in training.
_TRAIN = [
    _gold("Anna Berger lacht in Trier .", "B-PER I-PER O O B-LOC O", "http://a.de/1"),
    _gold("Die Stadtwerke Trier erhöhen die Preise .", "O B-ORG I-ORG O O O O", "http://a.de/2"),
    _gold("Jonas Adler sprach mit der Polizei Mainz .", "B-PER I-PER O O O B-ORG I-ORG O", "h/3"),
    _gold("In Koblenz regnet es seit Montag .", "O B-LOC O O O O O", "http://a.de/4"),
    _gold("BERLIN meldet Schnee und Glätte", "B-LOC O O O O", "sd:1", "sd-news"),
    _gold("@nutzer Die Deutsche Bahn fährt wieder", "O O B-ORG I-ORG O O", "sd:2", "sd-tweet"),
    _gold("Siemens kauft in Erlangen zu .", "B-ORG O O B-LOC O O", "sd:3", "sd-rss"),
    _gold("Der Kaiser reiste nach Wien .", "O O O O B-LOC O", "eu:1", "eu"),
    _gold("Herr Müller aus Dresden schrieb .", "O B-PER O B-LOC O O", "eu:2", "eu"),
]
_TAGS = [
    "NE NE VVFIN APPR NE $.",
    "ART NN NE VVFIN ART NN $.",
    "NE NE VVFIN APPR ART NN NE $.",
    "APPR NE VVFIN PPER APPR NN $.",
    "NE VVFIN NN KON NN",
    "XY ART ADJA NE VVFIN ADV",
    "NE VVFIN APPR NE PTKVZ $.",
    "ART NN VVFIN APPR NE $.",
    "NN NE APPR NE VVFIN $.",
]
# Run-time text the model never saw.
_TEXT = [
    ("Laut Anna Adler will Siemens in Wien bauen .", "APPR NE NE VMFIN NE APPR NE VVINF $."),
    ("Die Polizei Trier sucht Zeugen", "ART NN NE VVFIN NN"),
    ("BERLIN", "NE"),
]


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, prune.Pruned]:
    folder = tmp_path_factory.mktemp("prune")
    full = folder / "full.crfsuite"
    tags = [t.split() for t in _TAGS]
    train.train_model(_TRAIN, tags, full, train.Params(iterations=60))
    pruned = folder / "pruned.crfsuite"
    return full, pruned, prune.prune(full, pruned)


def test_prefixes_are_the_training_scripts() -> None:
    assert set(prune.DOMAIN_PREFIXES) == set(train.DOMAIN_PREFIXES.values())


def test_domain_copies_are_dropped_and_nothing_else(
    models: tuple[Path, Path, prune.Pruned],
) -> None:
    full, pruned, done = models
    before, after = LinearChain.read(full), LinearChain.read(pruned)
    dropped = [a for a in before.attributes if prune.domain_copy(a)]
    assert "sd|w=berlin" in dropped and {a.split("|")[0] for a in dropped} >= {"sd", "eu"}
    assert done.dropped_attributes == len(dropped)
    assert set(after.attributes) == {a for a in before.attributes if not prune.domain_copy(a)}
    assert after.labels == before.labels
    np.testing.assert_array_equal(after.transitions, before.transitions)
    for attribute, row in after.attributes.items():
        np.testing.assert_array_equal(
            after.weights[row], before.weights[before.attributes[attribute]]
        )
    assert done.size_after == pruned.stat().st_size < full.stat().st_size
    assert not prune.domain_copy("ww=sd|x") and not prune.domain_copy("w=eu|")


def test_pruned_tags_as_the_full_model(models: tuple[Path, Path, prune.Pruned]) -> None:
    """Labels and marginals: crfsuite on the full file == crfsuite on the pruned one ==
    newsprobe's decoder on the pruned one; and crfsuite finds every kept string by hash."""
    full, pruned, _ = models
    reference, small = pycrfsuite.Tagger(), pycrfsuite.Tagger()
    reference.open(str(full))
    small.open(str(pruned))
    assert len(small.info().state_features) < len(reference.info().state_features)
    ours = CrfTagger(pruned, names=NameList({}))
    sentences = [(w.split(), t.split()) for w, t in _TEXT] + [
        (list(s.words), t.split()) for s, t in zip(_TRAIN, _TAGS, strict=True)
    ]
    decoded = ours.decode(sentences)
    named = 0
    for (words, tags), (labels, probs) in zip(sentences, decoded, strict=True):
        feats = sentence_features(words, tags, NameList({}))
        assert reference.tag(feats) == small.tag(feats) == labels, words
        named += sum(label != "O" for label in labels)
        for i, label in enumerate(labels):
            assert small.marginal(label, i) == reference.marginal(label, i)
            assert probs[i] == pytest.approx(reference.marginal(label, i), abs=1e-9)
    assert named > 5
    # every attribute of the pruned file is found through its hash table
    info = small.info()
    assert {a for a, _label in info.state_features} == set(LinearChain.read(pruned).attributes)


def test_shipped_model_is_pruned() -> None:
    tagger = default_tagger()
    assert not [a for a in tagger.chain.attributes if prune.domain_copy(a)]
    assert tagger.card["pruned"]["size_after"] == tagger.path.stat().st_size
    assert tagger.path.stat().st_size < 8 * 2**20  # the repository's large-file warning


def test_damaged_model_is_a_clear_error(
    tmp_path: Path, models: tuple[Path, Path, prune.Pruned]
) -> None:
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"no model here")
    with pytest.raises(ModelFormatError, match="too short"):
        prune.prune(bad, tmp_path / "out.crfsuite")
    bad.write_bytes(b"x" * 100)
    with pytest.raises(ModelFormatError, match="not a crfsuite"):
        prune.prune(bad, tmp_path / "out.crfsuite")
    assert prune.main([str(bad), str(tmp_path / "out.crfsuite")]) == 2
    assert not (tmp_path / "out.crfsuite").exists()
