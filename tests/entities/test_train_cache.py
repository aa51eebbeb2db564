"""The cross-validation fold models are cached by everything that shapes them, the feature and
training code included: an edited feature must never be scored with stale fold models."""

from __future__ import annotations

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
