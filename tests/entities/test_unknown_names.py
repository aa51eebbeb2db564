"""The post-CRF rule: a capitalised word no dictionary knows, left out by the tagger in doubt,
becomes a name (``entities/unknown_names.py``).  Texts written for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from newsprobe.entities import unknown_names
from newsprobe.entities.crf import default_tagger

NAMES = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC")
KNOWN = {"Dienstag": "Dienstag", "sagte": "sagen", "Haus": "Haus"}


def _marginals(*rows: tuple[float, ...]) -> np.ndarray:
    return np.array(rows, dtype=float)


def test_unknown_words() -> None:
    assert unknown_names.unknown("Trummelsen", KNOWN)
    assert not unknown_names.unknown("Dienstag", KNOWN)
    assert not unknown_names.unknown("HAUS", KNOWN)  # capitalised as a noun: known
    assert not unknown_names.unknown("trummelsen", KNOWN)  # lower case
    assert not unknown_names.unknown("A", KNOWN)
    assert not unknown_names.unknown("Trum3", KNOWN)


def test_doubtful_unknown_word_becomes_a_name_of_the_best_type() -> None:
    words = ["Das", "sagte", "Trummelsen", "am", "Dienstag"]
    labels = ["O"] * 5
    marginals = _marginals(
        (0.99, 0.01, 0, 0, 0),
        (0.99, 0.01, 0, 0, 0),
        (0.55, 0.30, 0.05, 0.10, 0),
        (0.99, 0, 0.01, 0, 0),
        (0.60, 0.20, 0, 0.20, 0),  # doubtful, but a dictionary word
    )
    changed = unknown_names.relabel(words, labels, marginals, NAMES, KNOWN, 0.8)
    assert changed == [2]
    assert labels == ["O", "O", "B-PER", "O", "O"]


def test_sure_outside_and_threshold_off_change_nothing() -> None:
    words = ["Auch", "Brandolt", "kam"]
    marginals = _marginals((0.99, 0.01, 0, 0, 0), (0.95, 0.05, 0, 0, 0), (1, 0, 0, 0, 0))
    labels = ["O"] * 3
    assert unknown_names.relabel(words, labels, marginals, NAMES, KNOWN, 0.8) == []
    assert unknown_names.relabel(words, labels, marginals, NAMES, KNOWN, 0.0) == []
    assert labels == ["O"] * 3


def test_inside_label_joins_the_name_before_or_opens_one() -> None:
    words = ["Ludmila", "Quarvikova", "und", "Ferzanow"]
    labels = ["B-PER", "O", "O", "O"]
    marginals = _marginals(
        (0.1, 0.9, 0, 0, 0), (0.6, 0.1, 0.3, 0, 0), (1, 0, 0, 0, 0), (0.7, 0, 0, 0, 0.3)
    )
    unknown_names.relabel(words, labels, marginals, NAMES, KNOWN, 0.8)
    # joins the person before; the I-LOC after "und" has no place before it: it opens one
    assert labels == ["B-PER", "I-PER", "O", "B-LOC"]


def test_type_by_summed_mass_and_only_when_it_dominates() -> None:
    words = ["Halbenrode", "Ostrander"]
    labels = ["O", "O"]
    marginals = _marginals(
        (0.5, 0.2, 0, 0.15, 0.15),  # B-PER is the best label, but LOC holds 0.3 of 0.5
        (0.5, 0.25, 0, 0.25, 0),  # no type holds 0.6 of the name mass: left alone
    )
    assert unknown_names.relabel(words, labels, marginals, NAMES, KNOWN, 0.8, 0.6) == [0]
    assert labels == ["B-LOC", "O"]
    labels = ["O", "O"]
    unknown_names.relabel(words, labels, marginals, NAMES, KNOWN, 0.8, 0.0)
    assert labels == ["B-LOC", "B-PER"]


@pytest.fixture(scope="module")
def forms() -> object:
    known = unknown_names.german_forms()
    if not known:
        pytest.skip("simplemma's German dictionary is not available")
    return known


def test_tagger_applies_the_rule_when_asked(forms: object) -> None:
    tagger = default_tagger()
    words = ["Im", "Ort", "Klübbersen", "wurde", "ein", "Fest", "gefeiert", "."]
    tags = ["APPRART", "NN", "NN", "VAFIN", "ART", "NN", "VVPP", "$."]
    labels, probs = tagger.decode([(words, tags)])[0]
    assert labels[2] == "O" and probs[2] < unknown_names.THRESHOLD  # the CRF in doubt
    assert tagger.unknown_threshold == 0.0  # off in the shipped tagger (precision on articles)
    assert tagger.tag(words, tags) == []
    saved = tagger.unknown_threshold
    try:
        tagger.unknown_threshold = unknown_names.THRESHOLD
        found = {(t.start, t.end, t.type): t.confidence for t in tagger.tag(words, tags)}
        assert (2, 3, "LOC") in found
        assert found[2, 3, "LOC"] == pytest.approx(1 - probs[2], abs=1e-3)
    finally:
        tagger.unknown_threshold = saved
