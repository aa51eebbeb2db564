"""Lemmas from simplemma, with its dictionaries decoded once per machine and read from a
memory-mapped table rather than loaded into each process.

simplemma ships each language's dictionary front-coded and lzma-compressed; decoding the German
one (1.1 million word forms) costs about 1.8 s of CPU, and as a Python dict it holds some
110 MB.  Every process paid both: each CLI call, each ingest worker.  Here the decoded
dictionary is written once to the cache folder (:mod:`newsprobe.cache`) as an open-addressing
hash table over two byte blobs (:class:`LemmaTable`, ~45 MB for German) and memory-mapped:
opening it costs well under a millisecond, only the pages a text's words touch are read, and
the processes of one machine share them.  A lookup is a CRC-32, a probe or two and a byte
comparison (about a microsecond); simplemma's and newsprobe's per-word caches sit in front.

The file's name carries simplemma's version and the size and modification time of the shipped
data file, so an upgrade never reads a stale one; a truncated or foreign file is rebuilt.  The
lemmas are exactly simplemma's: its default strategy over the same dictionary
(``tests/language/test_lemmas.py`` compares).
"""

from __future__ import annotations

import contextlib
import mmap
import struct
import sys
import zlib
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, Protocol

from newsprobe.cache import cache_dir, write_atomic

_MAGIC = b"NPLEMMA1"
_HEADER = struct.Struct("<8sIIII")  # magic, entries, slots, key bytes, value bytes


class _Lemmatizer(Protocol):
    def lemmatize(self, token: str, lang: str | tuple[str, ...]) -> str: ...


def lemmatize(word: str, lang: str) -> str:
    """simplemma's lemma of ``word`` in ``lang`` (the word itself when it knows none)."""
    return str(_lemmatizer().lemmatize(word, lang))


class LemmaTable(Mapping[str, str]):
    """A read-only ``str → str`` map over one buffer (a memory-mapped file or bytes): header,
    a table of ``slots`` (a power of two, at least twice the entries) holding entry number + 1
    (0: empty) at ``crc32(key) % slots`` or the next free slot after it, the entries' key and
    value offsets, then the key and value bytes (UTF-8)."""

    __slots__ = ("_buffer", "_key_at", "_keys", "_mask", "_n", "_table", "_value_at", "_values")

    def __init__(self, buffer: bytes | mmap.mmap) -> None:
        if len(buffer) < _HEADER.size:
            raise ValueError("lemma table: too short")
        magic, n, slots, key_bytes, value_bytes = _HEADER.unpack_from(buffer)
        sizes = (4 * slots, 4 * (n + 1), 4 * (n + 1), key_bytes, value_bytes)
        if magic != _MAGIC or slots & (slots - 1) or len(buffer) != _HEADER.size + sum(sizes):
            raise ValueError("lemma table: not one, or cut short")
        view = memoryview(buffer)
        parts: list[memoryview] = []
        at = _HEADER.size
        for size in sizes:
            parts.append(view[at : at + size])
            at += size
        self._buffer = buffer  # kept open as long as the views
        self._n = n
        self._mask = slots - 1
        self._table = parts[0].cast("I")
        self._key_at = parts[1].cast("I")
        self._value_at = parts[2].cast("I")
        self._keys = parts[3]
        self._values = parts[4]

    @classmethod
    def build(cls, dictionary: Mapping[bytes, bytes]) -> bytes:
        """The table's bytes for a ``bytes → bytes`` dictionary (simplemma's decoded one)."""
        keys = list(dictionary)
        n = len(keys)
        slots = 1 << max(1, (2 * n - 1).bit_length())
        mask = slots - 1
        table = memoryview(bytearray(4 * slots)).cast("I")
        for number, key in enumerate(keys, 1):
            i = zlib.crc32(key) & mask
            while table[i]:
                i = (i + 1) & mask
            table[i] = number
        values = [dictionary[k] for k in keys]
        key_at = _offsets(keys)
        value_at = _offsets(values)
        head = _HEADER.pack(_MAGIC, n, slots, key_at[-1], value_at[-1])
        return b"".join(
            (
                head,
                table.tobytes(),
                memoryview(key_at).cast("B").tobytes(),
                memoryview(value_at).cast("B").tobytes(),
                *keys,
                *values,
            )
        )

    def _lookup(self, key: str) -> str | None:
        raw = key.encode()
        table, key_at, keys = self._table, self._key_at, self._keys
        mask = self._mask
        i = zlib.crc32(raw) & mask
        while number := table[i]:
            start = key_at[number - 1]
            end = key_at[number]
            if end - start == len(raw) and keys[start:end] == raw:
                return str(
                    self._values[self._value_at[number - 1] : self._value_at[number]], "utf-8"
                )
            i = (i + 1) & mask
        return None

    def __getitem__(self, key: str) -> str:
        value = self._lookup(key)
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        value = self._lookup(key)
        return value if value is not None else default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._lookup(key) is not None

    def __iter__(self) -> Iterator[str]:
        key_at, keys = self._key_at, self._keys
        for number in range(self._n):
            yield str(keys[key_at[number] : key_at[number + 1]], "utf-8")

    def __len__(self) -> int:
        return self._n


def _offsets(blobs: list[bytes]) -> memoryview:
    out = memoryview(bytearray(4 * (len(blobs) + 1))).cast("I")
    total = 0
    for k, blob in enumerate(blobs, 1):
        total += len(blob)
        out[k] = total
    return out


def load_dictionary(lang: str) -> Mapping[str, str]:
    """simplemma's decoded dictionary of ``lang`` as a :class:`LemmaTable` (memory-mapped from
    the cache folder, built there first when missing or damaged; in memory when the folder
    cannot be written, or on a big-endian machine, where it is simplemma's own mapping).

    ``ValueError`` (simplemma's) for a language it has no dictionary for."""
    from simplemma import __version__ as version
    from simplemma.strategies.dictionaries.dictionary_factory import (
        DATA_FOLDER,
        MappingStrToByteString,
        _load_dictionary_from_disk,
    )

    if sys.byteorder != "little":  # the table's numbers are read in the machine's order
        return MappingStrToByteString(_load_dictionary_from_disk(lang))  # type: ignore[no-any-return]
    try:
        stat = (Path(DATA_FOLDER) / f"{lang}.plzma").stat()
    except OSError:
        return MappingStrToByteString(_load_dictionary_from_disk(lang))  # type: ignore[no-any-return]
    name = f"simplemma-{lang}-{version}-{stat.st_size}-{stat.st_mtime_ns}.lemmas"
    path = cache_dir(create=False) / name
    with contextlib.suppress(OSError, ValueError), path.open("rb") as handle:
        return LemmaTable(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
    data = LemmaTable.build(_load_dictionary_from_disk(lang))

    def dump(out: BinaryIO) -> None:
        out.write(data)

    if write_atomic(path, dump):
        with contextlib.suppress(OSError, ValueError), path.open("rb") as handle:
            return LemmaTable(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
    return LemmaTable(data)


@lru_cache(maxsize=1)
def _lemmatizer() -> _Lemmatizer:
    import simplemma

    try:
        from simplemma.strategies.default import DefaultStrategy
        from simplemma.strategies.dictionaries.dictionary_factory import (
            DATA_FOLDER,  # noqa: F401  (load_dictionary needs it)
            CachingDictionaryFactory,
            MappingStrToByteString,  # noqa: F401
            _load_dictionary_from_disk,  # noqa: F401
        )
    except ImportError:  # another simplemma layout: its own (slower to load) dictionaries
        return simplemma.Lemmatizer()  # type: ignore[no-any-return]

    class CachedDictionaries(CachingDictionaryFactory):  # type: ignore[misc]
        __slots__ = ()

        def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
            return load_dictionary(lang)

    strategy = DefaultStrategy(dictionary_factory=CachedDictionaries())
    return simplemma.Lemmatizer(lemmatization_strategy=strategy)  # type: ignore[no-any-return]
