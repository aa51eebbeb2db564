"""Bytes to text: BOMs, UTF-8, UTF-16, legacy single-byte encodings (charset-normalizer)."""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from newsprobe.read.errors import InputError

# Western single-byte encodings that charset-normalizer may name for cp1252 text; cp1252
# is a superset of latin-1's printable range and what German/English Windows text uses.
_WESTERN = {
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1250",
    "iso8859_2",
    "cp850",
    "mac_roman",
    "cp1254",
    "iso8859_9",
    "iso8859_10",
    "iso8859_14",
    "cp1257",
    "iso8859_4",
}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_INVISIBLE = re.compile(r"[\ufeff\u200b\u200c\u200d\u2060\u00ad]")
#: Bidirectional embedding/override/isolate controls: invisible, and able to show a reader a
#: different order of characters than the one analysed ("Trojan Source").  Removed from the
#: analysis text; :func:`bidi_count` lets the reader record how many there were.
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
#: Lone surrogates (from JSON escapes such as "\\udfff" or a bad decoder): not text.
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _looks_utf16(data: bytes) -> str | None:
    """Detect BOM-less UTF-16 by its pattern of zero bytes (ASCII-heavy text)."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_zero = sample[0::2].count(0) / (len(sample) / 2)
    odd_zero = sample[1::2].count(0) / (len(sample) / 2)
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode raw bytes, returning ``(text, encoding)``; raise :class:`InputError` if binary."""
    if not data:
        raise InputError("input is empty")
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(data.decode("utf-16", errors="replace"), "utf-16")
    utf16 = _looks_utf16(data)
    if utf16:
        return _checked(data.decode(utf16, errors="replace"), utf16)
    # NUL bytes: judged by how many, wherever they are (a few are dropped as control
    # characters, as in any position; many mean binary data)
    nuls = data.count(0)
    if nuls > max(8, len(data) // 100):
        raise InputError(f"input looks binary ({nuls:,} NUL bytes), not text or HTML")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _mixed_lines(data)
    if mixed is not None:
        return _checked(mixed, MIXED_ENCODING)
    best = from_bytes(data).best()
    if best is None:
        raise InputError("input looks binary: no text encoding fits it")
    encoding = best.encoding
    if encoding in _WESTERN:
        try:
            return _checked(data.decode("cp1252"), "cp1252")
        except UnicodeDecodeError:
            pass
    return _checked(str(best), encoding)


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if not text.strip():
        raise InputError("input is empty (only whitespace)")
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise InputError(
            f"input looks binary ({controls} control characters after decoding as {encoding})"
        )
    return text, encoding


#: The encoding name of text decoded line by line, UTF-8 where a line is, cp1252 where not.
MIXED_ENCODING = "utf-8+cp1252"


def _mixed_lines(data: bytes) -> str | None:
    """Text whose lines are partly UTF-8 (with non-ASCII characters) and partly not — two
    files pasted together — decoded line by line; ``None`` where no line is non-ASCII UTF-8
    (then the whole input is one legacy encoding)."""
    lines = data.split(b"\n")
    out: list[str] = []
    utf8 = legacy = 0
    for line in lines:
        try:
            text = line.decode("utf-8")
            if not line.isascii():
                utf8 += 1
        except UnicodeDecodeError:
            text = line.decode("cp1252", errors="replace")
            legacy += 1
        out.append(text)
    if not utf8 or not legacy:
        return None
    return "\n".join(out)


def bidi_count(text: str) -> int:
    """How many bidirectional control characters ``text`` holds (:func:`normalise` removes
    them)."""
    return len(_BIDI.findall(text))


def scrub(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD (they cannot be encoded, stored or
    lemmatised)."""
    return _SURROGATE.sub("\ufffd", text)


def normalise(text: str) -> str:
    """Canonical form of decoded text: NFC, ``\\n`` line ends, no invisible, control or
    bidirectional control chars, lone surrogates as U+FFFD, no trailing spaces on lines."""
    text = unicodedata.normalize("NFC", scrub(text))
    text = _BIDI.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n").replace("\f", "\n").replace("\t", " ")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
