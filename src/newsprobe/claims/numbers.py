"""Quantities in a stretch of tokens, and whether a headline's figure covers a body's figure.

A headline rounds and qualifies: "Mehr als 20 Tote" is backed by "24 Menschen starben", "Fast
zwei Drittel der Fernzüge" by "64 Prozent", "eine halbe Milliarde" by "500 Millionen Euro",
"Zehntausende Haushalte" by "rund 45.000 Haushalte".  :func:`quantities` reads each figure as
an interval of values it allows (qualifiers widen or bound it; scale words multiply it; vague
plurals like "Hunderte" are ranges of their own); :func:`covers` asks whether a body figure lies
in a headline figure's interval.  A percentage and a fraction are compared on one scale (a
fraction counts as a percentage); years and ordinals are not quantities.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

_INF = math.inf


class _Token(Protocol):
    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class Quantity:
    """A figure as the interval it allows, with the token positions it was read from."""

    low: float
    high: float
    value: float  # the nominal figure (what a body's figure is compared with)
    first: int
    last: int
    percent: bool = False

    def covers(self, other: Quantity) -> bool:
        """Whether ``other``'s nominal figure lies within this one's interval (the
        percentage scale must agree where either is a percentage or fraction)."""
        if self.percent != other.percent:
            return False
        slack = max(abs(other.value) * 0.005, 1e-9)
        if self.low == self.high == self.value == int(self.value) and other.value % 1:
            # a whole figure stands for the body's decimal one it rounds ("58 Prozent" for
            # "58,3 Prozent", "14%" for "14.4 percent"), not for another whole one
            slack = max(slack, 0.5)
        return self.low - slack <= other.value <= self.high + slack


def differences(found: Sequence[Quantity]) -> list[Quantity]:
    """The differences of two figures on one scale ("13,99 Euro statt bisher 11,99 Euro": 2),
    which a headline's change ("zwei Euro mehr", "up 2 points") may state."""
    out = []
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            if a.percent == b.percent and a.value != b.value and a.value > 0 and b.value > 0:
                d = abs(a.value - b.value)
                out.append(Quantity(d, d, d, min(a.first, b.first), max(a.last, b.last), a.percent))
    return out


#: Words after (or "um"/"by" before) a figure that make it a change, not a level.
CHANGE_AFTER = frozenset({"mehr", "weniger", "more", "less", "fewer", "höher", "higher", "lower"})
CHANGE_BEFORE = frozenset({"um", "by", "plus", "minus"})


_WORDS = {
    "de": {
        "null": 0,
        "eins": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "elf": 11,
        "zwölf": 12,
        "dreizehn": 13,
        "vierzehn": 14,
        "fünfzehn": 15,
        "zwanzig": 20,
        "dreißig": 30,
        "vierzig": 40,
        "fünfzig": 50,
        "hundert": 100,
        "tausend": 1000,
        "dutzend": 12,
    },
    "en": {
        "zero": 0,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "dozen": 12,
        "fifteen": 15,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "hundred": 100,
        "thousand": 1000,
    },
}
#: Vague plurals: the interval they stand for.
_VAGUE = {
    "dutzende": (24, 144),
    "hunderte": (200, 999),
    "tausende": (2000, 9999),
    "zehntausende": (20_000, 99_999),
    "hunderttausende": (200_000, 999_999),
    "millionen": (2e6, 999e6),
    "milliarden": (2e9, 999e9),
    "dozens": (24, 144),
    "hundreds": (200, 999),
    "thousands": (2000, 9999),
    "millions": (2e6, 999e6),
    "billions": (2e9, 999e9),
}
#: Vague compound modifiers: "Millionenschaden", "Milliardenloch".
_VAGUE_PREFIX = {"millionen": (1e6, 999e6), "milliarden": (1e9, 999e9)}
_SCALES = {
    "million": 1e6,
    "millionen": 1e6,
    "mio": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd": 1e9,
    "billion": 1e9,
    "bn": 1e9,
    "tausend": 1e3,
    "thousand": 1e3,
    "hundert": 100,
    "hundred": 100,
}
_FRACTIONS = {
    "hälfte": 50.0,
    "drittel": 100 / 3,
    "viertel": 25.0,
    "fünftel": 20.0,
    "half": 50.0,
    "third": 100 / 3,
    "thirds": 100 / 3,
    "quarter": 25.0,
    "quarters": 25.0,
    "fifth": 20.0,
    "fifths": 20.0,
    "zehntel": 10.0,
    "tenth": 10.0,
}
#: An article or "one" before a scale or fraction word ("a million", "ein Fünftel").
_ONE = frozenset({"a", "an", "one", "ein", "eine", "einer", "einem", "einen"})
_EVERY = frozenset({"jeder", "jede", "jedes", "every"})
_ORDINALS = {
    "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6, "zehnte": 10,
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "tenth": 10,
}  # fmt: skip
_PERCENT = frozenset({"prozent", "%", "percent", "per", "prozentpunkte"})
# (words before the figure) -> (low factor, high factor); None: open upwards
_QUALIFIERS: dict[tuple[str, ...], tuple[float, float | None]] = {
    ("mehr", "als"): (1.0, None),
    ("über",): (1.0, None),
    ("mindestens",): (1.0, None),
    ("more", "than"): (1.0, None),
    ("over",): (1.0, None),
    ("at", "least"): (1.0, None),
    ("fast",): (0.85, 1.0),
    ("knapp",): (0.85, 1.0),
    ("beinahe",): (0.85, 1.0),
    ("nahezu",): (0.85, 1.0),
    ("almost",): (0.85, 1.0),
    ("nearly",): (0.85, 1.0),
    ("rund",): (0.85, 1.15),
    ("etwa",): (0.85, 1.15),
    ("ungefähr",): (0.85, 1.15),
    ("circa",): (0.85, 1.15),
    ("ca.",): (0.85, 1.15),
    ("about",): (0.85, 1.15),
    ("around",): (0.85, 1.15),
    ("some",): (0.85, 1.15),
    ("gut",): (1.0, 1.15),
    ("bis", "zu"): (0.0, 1.0),
    ("up", "to"): (0.0, 1.0),
    ("weniger", "als"): (0.0, 1.0),
    ("unter",): (0.0, 1.0),
    ("less", "than"): (0.0, 1.0),
    ("under",): (0.0, 1.0),
}
_DIGITS = re.compile(r"^[£$€]?(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)([a-z]{0,2})$")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _parse(text: str, language: str) -> tuple[float, str] | None:
    match = _DIGITS.match(text.lower())
    if match is None:
        return None
    digits, suffix = match.group(1), match.group(2)
    thousands = "," if language == "en" else "."
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits) and digits[-4] == thousands:
        return float(digits.replace(thousands, "")), suffix
    return float(digits.replace(",", ".")), suffix


def quantities(toks: Sequence[_Token], language: str) -> list[Quantity]:
    """The figures among ``toks`` (see the module doc); positions index into ``toks``."""
    lang = "de" if language == "de" else "en"
    words = _WORDS[lang]
    found: list[Quantity] = []
    lows = [t.text.lower().strip(".") or t.text for t in toks]
    k = 0
    while k < len(toks):
        low = lows[k]
        first, value, vague, percent = k, None, None, False
        parsed = _parse(toks[k].text, lang)
        if parsed is not None and not (toks[k].text.endswith(".") and lang == "de"):
            value, suffix = parsed
            score = (k + 1 < len(toks) and toks[k + 1].text == ":") or (
                k > 0 and toks[k - 1].text == ":"
            )
            if _YEAR.match(toks[k].text) or score:
                k += 1
                continue  # a year, or a score ("2:1")
            if suffix in _SCALES:
                value *= _SCALES[suffix]
        elif (
            low in ("hundert", "tausend", "hundred", "thousand")
            and k > 0
            and lows[k - 1]
            in (
                "mehrere",
                "einige",
                "several",
                "some",
            )
        ):
            vague = _VAGUE["hunderte" if low in ("hundert", "hundred") else "tausende"]
            first = k - 1
        elif low in words and not (lang == "de" and low == "eins"):
            value = float(words[low])
        elif low in ("halbe", "halben", "half") and k + 1 < len(toks) and lows[k + 1] in _SCALES:
            value = 0.5
        elif low in _ONE and k + 1 < len(toks) and _SCALES.get(lows[k + 1], 0) >= 1e3:
            value = 1.0  # "a million euros", "eine Milliarde"
            if k > 0 and lows[k - 1] == "half":  # "half a million"
                value, first = 0.5, k - 1
        elif (
            low in _ONE
            and k + 2 < len(toks)
            and lows[k + 1] in ("in", "von", "of")
            and (lows[k + 2] in words or _parse(toks[k + 2].text, lang) is not None)
        ):
            total = words.get(lows[k + 2]) or (_parse(toks[k + 2].text, lang) or (0.0, ""))[0]
            if total > 1:  # "one in five renters" = 20 %
                found.append(Quantity(100 / total, 100 / total, 100 / total, k, k + 2, True))
                k += 3
                continue
        elif low in _VAGUE:
            vague = _VAGUE[low]

        else:
            for prefix, span in _VAGUE_PREFIX.items():
                if low.startswith(prefix) and len(low) > len(prefix) + 2:
                    vague = span
        if value is None and vague is None:
            k += 1
            continue
        last = k
        if value is not None:
            nxt = lows[k + 1] if k + 1 < len(toks) else ""
            if nxt in _SCALES and not (nxt in ("hundert", "hundred") and value >= 100):
                value *= _SCALES[nxt]
                last = k + 1
                nxt = lows[k + 2] if k + 2 < len(toks) else ""
            total = _parse(toks[last + 2].text, lang) if last + 2 < len(toks) else None
            if total is None and last + 2 < len(toks) and lows[last + 2] in words:
                total = (float(words[lows[last + 2]]), "")
            of = ("von", "of", "out", "in") if value == 1 else ("von", "of", "out")
            if nxt in of and total is not None and total[0] > value > 0:
                value = 100 * value / total[0]  # "neun von zehn" = 90 %
                percent, last = True, last + 2
            elif nxt in _FRACTIONS:
                value *= _FRACTIONS[nxt]
                percent, last = True, last + 1
            elif nxt in _PERCENT:
                percent, last = True, last + 1
            low_f, high_f = value, value
            skip = 1 if first > 0 and lows[first - 1] in ("a", "an", "ein", "eine", "einem") else 0
            before = tuple(lows[max(0, first - 2 - skip) : first - skip])
            for words_before, (lo, hi) in _QUALIFIERS.items():
                if before[-len(words_before) :] == words_before:
                    low_f = value * lo
                    high_f = _INF if hi is None else value * hi
                    first -= len(words_before) + skip
                    break
            found.append(Quantity(low_f, high_f, value, first, last, percent))
        else:
            assert vague is not None
            found.append(Quantity(vague[0], vague[1], (vague[0] + vague[1]) / 2, first, k))
        k = last + 1
    # Fractions without a figure ("die Hälfte", "jeder zweite")
    for k, low in enumerate(lows):
        if low in ("hälfte", "half") and not any(q.first <= k <= q.last for q in found):
            before = tuple(lows[max(0, k - 3) : k])
            lo, hi = 50.0, 50.0
            if any(w in before for w in ("knapp", "fast", "nearly", "almost")):
                lo = 42.5
            elif any(w in before for w in ("mehr", "über", "more", "over")):
                hi = 100.0
            found.append(Quantity(lo, hi, 50.0, k, k, True))
        if low == "zweite" and k > 0 and lows[k - 1] == "jeder":
            found.append(Quantity(50.0, 50.0, 50.0, k - 1, k, True))
        elif low in _ORDINALS and k > 0 and lows[k - 1] in _EVERY:
            v = 100 / _ORDINALS[low]  # "jeder fünfte", "every third"
            found.append(Quantity(v, v, v, k - 1, k, True))
        elif (
            low in _FRACTIONS
            and low not in ("hälfte", "half")
            and k > 0
            and lows[k - 1] in _ONE
            and not any(q.first <= k <= q.last for q in found)
        ):
            v = _FRACTIONS[low]  # "ein Fünftel der Mieter", "gut ein Drittel", "a third of"
            lo, hi, first = v, v, k - 1
            before = tuple(lows[max(0, k - 3) : k - 1])
            for words_before, (lo_f, hi_f) in _QUALIFIERS.items():
                if before[-len(words_before) :] == words_before:
                    lo, hi = v * lo_f, _INF if hi_f is None else v * hi_f
                    first -= len(words_before)
                    break
            found.append(Quantity(lo, hi, v, first, k, True))
    return found


def covered(wanted: Quantity, offered: Sequence[Quantity]) -> bool:
    """Whether any of ``offered`` lies within ``wanted`` (a headline's figure)."""
    return any(wanted.covers(q) for q in offered)
