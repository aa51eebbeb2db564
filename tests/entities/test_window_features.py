"""The capitalisation pattern of a token's window (``cp=``, ``cp1=``): what it says, and that
the run-time scorer adds its weights exactly as training's feature strings do."""

from __future__ import annotations

import numpy as np
import pytest

from newsprobe.entities.crf import CrfTagger
from newsprobe.entities.features import NameList, sentence_features, window_features
from newsprobe.entities.germeval import GoldSentence
from newsprobe.training import ner as train


def test_pattern_of_each_window() -> None:
    words = ["sagte", "Anna", "Lena", "Berg", "2024", "."]
    found = window_features(words)
    assert found[0] == ("cp=__xTT", "cp1=_xT")
    assert found[2] == ("cp=xTTTd", "cp1=TTT")
    assert found[5] == ("cp=Tdp__", "cp1=dp_")
    assert len(found) == len(words)
    assert window_features([]) == []


def test_training_strings_carry_the_pattern() -> None:
    feats = sentence_features(["Anna", "lacht"], ["NE", "VVFIN"])
    assert "cp=__Tx_" in feats[0] and "cp1=_Tx" in feats[0]
    assert "cp=_Tx__" in feats[1]


# Written for this test: names in runs of capitalised words.
_TRAIN = [
    ("Anna Berger lacht in Trier .", "B-PER I-PER O O B-LOC O", "NE NE VVFIN APPR NE $."),
    ("Laut Jonas Adler regnet es .", "O B-PER I-PER O O O", "APPR NE NE VVFIN PPER $."),
    ("Die Stadtwerke Trier erhöhen Preise .", "O B-ORG I-ORG O O O", "ART NN NE VVFIN NN $."),
    ("In Koblenz sprach Lena Wolf .", "O B-LOC O B-PER I-PER O", "APPR NE VVFIN NE NE $."),
]


@pytest.fixture(scope="module")
def tagger(tmp_path_factory: pytest.TempPathFactory) -> CrfTagger:
    out = tmp_path_factory.mktemp("window") / "tiny.crfsuite"
    gold = [
        GoldSentence(tuple(w.split()), tuple(t.split()), f"http://a.de/{k}")
        for k, (w, t, _) in enumerate(_TRAIN)
    ]
    tags = [pos.split() for _, _, pos in _TRAIN]
    train.train_model(gold, tags, out, train.Params(iterations=40))
    return CrfTagger(out, names=NameList({}))


def test_run_time_scores_add_the_pattern_weights(tagger: CrfTagger) -> None:
    attributes, weights = tagger.chain.attributes, tagger.chain.weights
    assert any(a.startswith("cp=") for a in attributes)
    sentences = [
        (
            ["Laut", "Anna", "Wolf", "will", "Siemens", "in", "Wien", "bauen", "."],
            ["APPR", "NE", "NE", "VMFIN", "NE", "APPR", "NE", "VVINF", "$."],
        ),
        (["Trier"], ["NE"]),
        (["Die", "Polizei", "Trier", "sucht", "Zeugen"], ["ART", "NN", "NE", "VVFIN", "NN"]),
    ]
    together = tagger.scores.scores(sentences)
    expected = np.array(
        [
            weights[[attributes[f] for f in feats if f in attributes]].sum(axis=0)
            for words, tags in sentences
            for feats in sentence_features(words, tags, NameList({}))
        ]
    )
    np.testing.assert_allclose(together, expected, rtol=0, atol=1e-9)
