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
    assert written.name.startswith("simplemma-ms-") and written.name.endswith(".lemmas")
    read_back = lemmas.load_dictionary("ms")  # maps it
    assert isinstance(read_back, lemmas.LemmaTable) and read_back is not built
    for table in (built, read_back):
        assert len(table) == len(decoded)
        assert [k.encode() for k in table] == list(decoded)
        for key, value in decoded.items():
            assert table[key.decode()] == value.decode()
    for missing in ("", "keinwort", "Häuserx", next(iter(decoded)).decode() + "x"):
        assert read_back.get(missing) is None and missing not in read_back
        with pytest.raises(KeyError):
            read_back[missing]


def test_a_damaged_cache_file_is_rebuilt(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSPROBE_CACHE_DIR", str(tmp_path))
    lemmas.load_dictionary("ms")
    (written,) = tmp_path.iterdir()
    whole = written.read_bytes()
    for damaged in (whole[: len(whole) // 2], b"", b"NPLEMMA1" + b"\xff" * 40):
        written.write_bytes(damaged)
        table = lemmas.load_dictionary("ms")
        assert len(table) == len(_load_dictionary_from_disk("ms"))
        assert written.read_bytes() == whole  # written again


def test_table_without_a_cache_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Where the cache cannot be written, the table is built in memory."""
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("NEWSPROBE_CACHE_DIR", str(blocked / "cache"))
    table = lemmas.load_dictionary("ms")
    decoded = _load_dictionary_from_disk("ms")
    assert len(table) == len(decoded)
    key, value = next(iter(decoded.items()))
    assert table[key.decode()] == value.decode()


def test_empty_and_tiny_tables() -> None:
    empty = lemmas.LemmaTable(lemmas.LemmaTable.build({}))
    assert len(empty) == 0 and empty.get("a") is None and list(empty) == []
    tiny = lemmas.LemmaTable(lemmas.LemmaTable.build({b"H\xc3\xa4user": b"Haus", b"a": b""}))
    assert tiny["Häuser"] == "Haus" and tiny["a"] == "" and "b" not in tiny
    with pytest.raises(ValueError):
        lemmas.LemmaTable(b"short")


def test_an_unknown_language_is_simplemmas_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NEWSPROBE_CACHE_DIR", str(tmp_path))
    with pytest.raises(ValueError):
        lemmas.load_dictionary("xx")
    assert list(tmp_path.iterdir()) == []
