"""What the rest of a document says of a capitalised word (``doc=`` features): the flags, that
training gives them per document, and that the run-time scorer adds their weights over the
whole article exactly as training's feature strings do."""

from __future__ import annotations

import numpy as np
import pytest

from newsprobe.entities.crf import CrfTagger
from newsprobe.entities.features import NameList, document_features, sentence_features
from newsprobe.entities.germeval import GoldSentence, documents
from newsprobe.training import ner as train


def test_a_later_surname_knows_the_full_name_before_it() -> None:
    doc = [
        ["Bürgermeisterin", "Ida", "Brenkhaus", "sagte", "ab", "."],
        ["Brenkhaus", "will", "neue", "Wege", "gehen", "."],
        ["Neue", "Pläne", "gibt", "es", "nicht", "."],
    ]
    flags = document_features(doc)
    assert [len(row) for row in flags] == [6, 6, 6]
    assert set(flags[1][0]) == {"doc=rep", "doc=run"}  # "Ida Brenkhaus" stood earlier
    assert set(flags[0][2]) == {"doc=rep"}  # the full name itself: no run elsewhere
    assert flags[2][0] == ("doc=low",)  # "neue" elsewhere in lower case
    assert flags[0][3] == () and flags[1][3] == ()  # "Wege" once, small words none


def test_a_run_opening_the_sentence_counts_only_after_a_first_name() -> None:
    doc = [["Anna", "Berg", "lacht", "."], ["Die", "Stadtwerke", "zahlen", "."]]
    again = [["Berg", "und", "Stadtwerke", "."]]
    flags = document_features(doc + again)
    assert "doc=run" in flags[2][0]  # after the first name "Anna"
    assert "doc=run" not in flags[2][2]  # after the article "Die", which opens its sentence
    assert "doc=head" not in flags[1][0]


def test_germeval_sentences_are_documents_of_their_own_extra_corpora_by_id() -> None:
    sentences = [
        GoldSentence(("A",), ("O",), "welt.de"),
        GoldSentence(("B",), ("O",), "welt.de"),
        GoldSentence(("C",), ("O",), "smartdata:train:7", domain="sd-news"),
        GoldSentence(("D",), ("O",), "smartdata:train:8", domain="sd-news"),
        GoldSentence(("E",), ("O",), "smartdata:train:7", domain="sd-news"),
    ]
    assert documents(sentences) == [[0], [1], [2, 4], [3]]


# Written for this test: a two-sentence document whose second sentence names the person again.
_DOC = [
    ("Laut Ida Brenkhaus regnet es .", "O B-PER I-PER O O O", "APPR NE NE VVFIN PPER $."),
    ("Brenkhaus bleibt in Trier .", "B-PER O O B-LOC O", "NE VVFIN APPR NE $."),
    ("Die Stadtwerke Trier erhöhen Preise .", "O B-ORG I-ORG O O O", "ART NN NE VVFIN NN $."),
    ("In Koblenz sprach Lena Wolf .", "O B-LOC O B-PER I-PER O", "APPR NE VVFIN NE NE $."),
]


@pytest.fixture(scope="module")
def tagger(tmp_path_factory: pytest.TempPathFactory) -> CrfTagger:
    out = tmp_path_factory.mktemp("docfeat") / "tiny.crfsuite"
    gold = [
        GoldSentence(tuple(w.split()), tuple(t.split()), "sd:doc1", domain="sd-news")
        for w, t, _ in _DOC
    ]
    tags = [pos.split() for _, _, pos in _DOC]
    # no L1 on four sentences: every feature keeps a weight
    train.train_model(gold, tags, out, train.Params(iterations=40, c1=0.0))
    return CrfTagger(out, names=NameList({}))


def test_training_learns_document_features_and_run_time_adds_them(tagger: CrfTagger) -> None:
    attributes, weights = tagger.chain.attributes, tagger.chain.weights
    assert any(a.startswith("doc=") for a in attributes)
    sentences = [
        (
            ["Laut", "Lena", "Wolf", "will", "Trier", "helfen", "."],
            ["APPR", "NE", "NE", "VMFIN", "NE", "VVINF", "$."],
        ),
        (["Wolf", "bleibt", "in", "Trier"], ["NE", "VVFIN", "APPR", "NE"]),
    ]
    doc = document_features([w for w, _ in sentences])
    assert "doc=run" in doc[1][0]
    together = tagger.scores.scores(sentences, doc)
    expected = np.array(
        [
            weights[[attributes[f] for f in feats if f in attributes]].sum(axis=0)
            for (words, tags), row in zip(sentences, doc, strict=True)
            for feats in sentence_features(words, tags, NameList({}), row)
        ]
    )
    np.testing.assert_allclose(together, expected, rtol=0, atol=1e-9)
    alone = tagger.scores.scores(sentences)  # without the article, no document features
    assert not np.allclose(together, alone)
