"""simplemma's lemmas through the cached dictionaries (language/lemmas.py): the same lemmas as
simplemma's own, from a dictionary identical to the one it decodes."""

from __future__ import annotations

from pathlib import Path

import pytest
import simplemma
from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk

from newsprobe.language import lemmas

_WORDS = (
    "Häuser",
    "sagte",
    "habe",
    "Kremlchef",
    "Bundesregierung",
    "wußte",
    "gewusst",
    "ging",
    "Militärblogger",
    "Ukraine-Krieg",
    "E-Mails",
    "zufolge",
    "laut",
    "Putins",
    "Sanktionen",
    "besser",
    "am",
    "größten",
    "EU",
    "1990er",
    "x",
    "ist's",
    "Schlichtungsverfahrens",
)


def test_lemmas_are_simplemmas() -> None:
    for word in _WORDS:
        assert lemmas.lemmatize(word, "de") == simplemma.lemmatize(word, lang="de"), word
    for word in ("said", "houses", "claimed", "reportedly", "Putin's"):
        assert lemmas.lemmatize(word, "en") == simplemma.lemmatize(word, lang="en"), word


def test_the_cached_dictionary_is_the_decoded_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NEWSPROBE_CACHE_DIR", str(tmp_path))
    decoded = _load_dictionary_from_disk("ms")  # a small one: the round trip is the same
    built = lemmas.load_dictionary("ms")  # decodes and writes the cache file
    (written,) = tmp_path.iterdir()
    assert written.name.startswith("simplemma-ms-") and written.name.endswith(".marshal")
    read_back = lemmas.load_dictionary("ms")  # reads it
    assert built == decoded and read_back == decoded and read_back is not built


def test_an_unknown_language_is_simplemmas_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NEWSPROBE_CACHE_DIR", str(tmp_path))
    with pytest.raises(ValueError):
        lemmas.load_dictionary("xx")
    assert list(tmp_path.iterdir()) == []
