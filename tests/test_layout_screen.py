"""Screened furniture patterns (layout/screen.py) find exactly what the patterns find."""

from __future__ import annotations

import random
import re

from newsprobe.layout.lexicon import furniture
from newsprobe.layout.screen import Screened, required_literals
from support import SAMPLES, SEED

#: Lines that the furniture patterns match, almost match, or that hold the characters whose
#: case-insensitive matching lower-casing does not reproduce (ſ, ı, İ, K, µ, Σ).
LINES = [
    "Bild vergrößern",
    "Ein Text. Foto vergrößern",
    "BILD VERGRÖSSERN",
    "Bıld vergrößern",
    "Zur Bildergalerie",
    "Der Text (Foto) Suche",
    "Text (Video)",
    "Text ENLARGE IMAGE",
    "Jetzt Newsletter abonnieren",
    "Melden Sie ſich für unseren Newsletter an",
    "Melden Sie sich für unseren Newsletter an",
    "ſign up for our newsletter",
    "Wie unsere Redaktion arbeitet",
    "Mehr zu unseren journalistischen Standards",
    "JOURNALİSTISCHEN STANDARDS",
    "Redaktion von news.de",
    "REDAKTION VON NEWS.DE",
    "Follow us on X",
    "© dpa",
    "Quelle: news.de",
    "Autorin: Eva Muster",
    "von Max Muster",
    "Erstellt von Max",
    "Stand: 12.03.2021, 10:30 Uhr",
    "/bua/news.de/dpa",
    "(dpa/afp)",
    "Lesen Sie auch:",
    "12:30 Uhr",
    "Ein Bild vom Hafen. Foto: picture alliance/dpa",
    "Ein Bild (Foto: AP)",
    "Foto:" + " " * 300 + "Agentur",
    "Er sagte: " + "y" * 161,
    "Er sagte: " + "y" * 162,
    "Er sagte: " + "y" * 163,
    "Bild: " + "y" * 160 + ")",
    "Bild: " + "y" * 160 + ")\n",
    "Bild: " + "y" * 161 + ")",
    "© " + "z" * 158 + " ©: x" + "y" * 170,
    "Kelvin K und µ und Σ und ς, Bild: AP",
]


def _patterns() -> list[Screened]:
    fur = furniture()
    fields = (
        "boilerplate",
        "empty_byline",
        "byline",
        "dateline",
        "agency_code",
        "related",
        "related_inline",
        "ui_residue",
        "publisher",
    )
    return [p for f in fields for p in getattr(fur, f)] + [fur.credit_suffix]


def _lines() -> list[str]:
    lines = list(LINES)
    texts = [p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    if SEED.is_file():
        texts.append(SEED.read_text("utf-8"))
    lines += [line for text in texts for line in text.split("\n")]
    rng = random.Random(5)
    words = ["Bild", "Foto", "vergrößern", "Newsletter", ":", "©", "(Foto)", "von", "dpa", "ſ"]
    lines += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(300)]
    return lines


def test_screened_searches_find_what_the_patterns_find() -> None:
    patterns = _patterns()
    screened = [p for p in patterns if p.literals is not None]
    assert len(screened) >= 10  # the unanchored ones, which cost the most
    assert furniture().credit_suffix._tail is not None  # the credit suffix is the known one
    hits = 0
    for pattern in patterns:
        raw = pattern._pattern
        for line in _lines():
            got, want = pattern.search(line), raw.search(line)
            assert (got is None) == (want is None), (pattern.pattern, line[:60])
            if got is not None and want is not None:
                hits += 1
                assert (got.span(), got.groups()) == (want.span(), want.groups())
    assert hits > 30


def test_required_literals() -> None:
    assert required_literals(re.compile(r"\s*(bild|foto) vergrößern$", re.I)) == (" vergrößern",)
    # the strongest requirement: the longer shortest literal
    both = re.compile(r"\b(melden sie|abonnieren)\b.*news", re.I)
    assert required_literals(both) == ("melden sie", "abonnieren")
    assert required_literals(re.compile(r"\b(ab|cd)\b.*news", re.I)) == ("news",)
    assert required_literals(re.compile(r"(ab|cd)+x?", re.I)) == ("ab", "cd")
    assert required_literals(re.compile(r"(?i:Foto) von")) == (" von",)
    assert required_literals(re.compile(r"a*|b")) is None  # may match the empty string
    assert required_literals(re.compile(r"^anchored", re.I)) is None  # nothing to gain
    assert required_literals(re.compile("µm", re.I)) is None  # µ has an extra case partner
    assert required_literals(re.compile("NEWS", re.I)) == ("news",)
