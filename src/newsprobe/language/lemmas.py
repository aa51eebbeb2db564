"""Lemmas from simplemma, with its dictionaries decoded once per machine rather than per process.

simplemma ships each language's dictionary front-coded and lzma-compressed; decoding the German
one costs about 1.8 s of CPU, and every process paid it (each ingest worker, each CLI call),
half of a worker's start-up.  The decoded dictionary is the same every time, so it is kept in
the cache folder (:mod:`newsprobe.cache`) as a marshal file (~27 MB for German) that loads in
about 0.5 s.  Its name carries simplemma's version and the size and modification time of the
shipped data file, so an upgrade never reads a stale one.  The lemmas are exactly simplemma's:
its default strategy over the same dictionary (``tests/language/test_lemmas.py`` compares).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from newsprobe.cache import memo


class _Lemmatizer(Protocol):
    def lemmatize(self, token: str, lang: str | tuple[str, ...]) -> str: ...


def lemmatize(word: str, lang: str) -> str:
    """simplemma's lemma of ``word`` in ``lang`` (the word itself when it knows none)."""
    return str(_lemmatizer().lemmatize(word, lang))


def load_dictionary(lang: str) -> dict[bytes, bytes]:
    """simplemma's decoded dictionary of ``lang`` (from the cache when there).

    ``ValueError`` (simplemma's) for a language it has no dictionary for."""
    from simplemma import __version__ as version
    from simplemma.strategies.dictionaries.dictionary_factory import (
        DATA_FOLDER,
        _load_dictionary_from_disk,
    )

    try:
        stat = (Path(DATA_FOLDER) / f"{lang}.plzma").stat()
    except OSError:
        return _load_dictionary_from_disk(lang)  # type: ignore[no-any-return]
    return memo(
        f"simplemma-{lang}",
        f"{version}-{stat.st_size}-{stat.st_mtime_ns}",
        lambda: _load_dictionary_from_disk(lang),
        lambda value: isinstance(value, dict) and bool(value),
    )


@lru_cache(maxsize=1)
def _lemmatizer() -> _Lemmatizer:
    import simplemma

    try:
        from simplemma.strategies.default import DefaultStrategy
        from simplemma.strategies.dictionaries.dictionary_factory import (
            DATA_FOLDER,  # noqa: F401  (load_dictionary needs it)
            CachingDictionaryFactory,
            MappingStrToByteString,
            _load_dictionary_from_disk,  # noqa: F401
        )
    except ImportError:  # another simplemma layout: its own (slower to load) dictionaries
        return simplemma.Lemmatizer()  # type: ignore[no-any-return]

    class CachedDictionaries(CachingDictionaryFactory):  # type: ignore[misc]
        __slots__ = ()

        def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
            return MappingStrToByteString(load_dictionary(lang))  # type: ignore[no-any-return]

    strategy = DefaultStrategy(dictionary_factory=CachedDictionaries())
    return simplemma.Lemmatizer(lemmatization_strategy=strategy)  # type: ignore[no-any-return]
