"""The shipped name model's lookup tables are kept in the cache folder: a tagger read back from
it must score exactly as one built from the model file, and a bad cache file must never matter."""

from __future__ import annotations

import marshal
from pathlib import Path

import numpy as np
import pytest

from newsprobe.entities import crf
from newsprobe.entities.crf import CrfTagger, model_dir

_TEXT = [
    ("Laut Kremlchef Wladimir Putin habe Russland in Syrien nichts verloren .",
     "APPR NN NE NE VAFIN NE APPR NE PIS VVPP $."),
    ("Die Stadtwerke Trier und die Deutsche Bahn AG streiten .",
     "ART NN NE KON ART ADJA NE NE VVFIN $."),
]  # fmt: skip
_SENTENCES = [(words.split(" "), tags.split(" ")) for words, tags in _TEXT]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSPROBE_CACHE_DIR", str(tmp_path))
    return tmp_path


def _same(a: CrfTagger, b: CrfTagger) -> None:
    assert a.chain.labels == b.chain.labels
    assert a.chain.attributes == b.chain.attributes
    np.testing.assert_array_equal(a.chain.weights, b.chain.weights)
    np.testing.assert_array_equal(a.chain.transitions, b.chain.transitions)
    np.testing.assert_array_equal(a.scores.scores(_SENTENCES), b.scores.scores(_SENTENCES))
    assert a.decode(_SENTENCES) == b.decode(_SENTENCES)


def test_cached_tables_equal_built_ones(folder: Path) -> None:
    path = model_dir() / crf.MODEL_NAME
    plain = CrfTagger(path)
    first = CrfTagger(path, cached=True)  # builds and writes the cache file
    written = list(folder.glob("ner-tables-*.marshal"))
    assert len(written) == 1
    second = CrfTagger(path, cached=True)  # reads it back
    _same(plain, first)
    _same(plain, second)
    assert any(label != "O" for labels, _ in second.decode(_SENTENCES) for label in labels)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: b"not a cache file",
        # a readable file whose arrays have the wrong size
        lambda data: (
            data[: data.index(b"\n") + 1]
            + marshal.dumps(((["O"], ["w=x"], b"\0" * 8, b"\0" * 8), ({}, {}, {}, {}, {})))
        ),
    ],
)
def test_damaged_cache_file_is_rebuilt_or_ignored(folder: Path, damage: object) -> None:
    path = model_dir() / crf.MODEL_NAME
    CrfTagger(path, cached=True)
    (written,) = folder.glob("ner-tables-*.marshal")
    assert callable(damage)
    written.write_bytes(damage(written.read_bytes()))
    _same(CrfTagger(path), CrfTagger(path, cached=True))


def test_cache_follows_the_model_file(folder: Path, tmp_path: Path) -> None:
    """Another model file (here: a copy with one weight changed) never gets the shipped
    model's tables."""
    source = model_dir() / crf.MODEL_NAME
    copy = tmp_path / "other.crfsuite"
    data = bytearray(source.read_bytes())
    data[-9] ^= 1  # a byte of the feature references: same tables, other file
    copy.write_bytes(bytes(data))
    CrfTagger(source, cached=True)
    CrfTagger(copy, cached=True)
    assert len(list(folder.glob("ner-tables-*.marshal"))) == 2
