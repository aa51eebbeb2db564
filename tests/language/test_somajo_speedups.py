"""The faster SoMaJo patterns (language/somajo_speedups.py) find exactly what SoMaJo's own do."""

from __future__ import annotations

import random
from functools import cache
from typing import Any

import pytest

from newsprobe.language.somajo_speedups import Anchored, Guarded, SkipPrintable, speed_up
from newsprobe.language.somajo_tokenizer import _tokenizer
from support import SAMPLES, SEED

#: Texts that exercise every replaced pattern, matching and almost matching.
TRICKY = [
    "Die Sitzung begann um 10.30 Uhr, d.h. pünktlich; vgl. Abs. 3 bzw. Art. 5 GG u.a.m.",
    "Lt. Col. Smith, Prof. Dr. med. Müller und Dipl.-Ing. Krim.-Ob.-Insp. Meier kamen z. B. "
    "mit Geisteswissenschaftl. Kollegen; usw. etc. pp. ...und Ggf.-Regel Ausg.-Nr. 5.",
    "Am 3.10.1990, am 12/24/2021, 2021-03-04, am 1.2. und 24.12. sowie 03/2020 war es soweit.",
    "Schreiben Sie an info@example.com oder max [at] example [dot] de; www.bmi.bund.de-App.",
    "ISBN 978-3-16-148410-0, ISBN 3-16-148410-X, 9783161484100 und 316148410X sind Bücher.",
    "Die Bürger*innen, Lehrer:innen und Student/innen -> Pfeil <- und ← → Symbole.",
    "Procter & Gamble, AT&T, C++, H&M, Auer+Weber+Assoziierte, tl;dr, 5G und .Net.",
    "Die 3. Liga, der 1000. Gast, das 20000. Mal, XIV. Jahrhundert, Nr. 5, Best.-Nr. 17.",
    "Ohne Punkt und ohne Ziffer, nur Wörter hier",
    "A.B.C. und a.b. sowie Dr.Müller, U.S.A., S.P.Q.R.; St. Pölten, Mio. Euro, Mrd.-Loch.",
    "The U.S. Dept. of State, e.g. Mr. O'Neil's office, i.e. at 5 p.m., approx. 3 lbs.",
    "z.B.u.a. bzw.. Abs.Nr. 3, U.S.A.-Politik, (vgl.S. 4) .Net-Code, C++-Code &c. und 1.2.3.4",
    "Nr.5 am 1.1.20 oder 31.12.99, 12.2020, 2020/12/01, 3-4-2021; 978 3 16 148410 0.",
]

#: Characters the replaced patterns turn on, for random texts.
_ALPHABET = "aAbBdDgGiInNrRsSzZuUvVwW.. .-+&/;:*01239"


@cache
def _plain(model: str) -> Any:
    from somajo import SoMaJo

    return SoMaJo(model, split_camel_case=False, split_sentences=True, character_offsets=False)


def _tokens(somajo: Any, text: str) -> list[list[tuple[str, str | None, bool, str | None]]]:
    return [
        [(t.text, t.token_class, t.space_after, t.original_spelling) for t in sentence]
        for sentence in somajo.tokenize_text([text])
    ]


@pytest.mark.parametrize("model", ["de_CMC", "en_PTB"])
def test_replaced_patterns_find_the_same_matches(model: str) -> None:
    fast = _tokenizer(model, True)._tokenizer
    plain = _plain(model)._tokenizer
    patterns = [name for name, value in vars(fast).items() if hasattr(value, "finditer")]
    guarded = {name for name in patterns if isinstance(getattr(fast, name), Guarded)}
    anchored = {name for name in patterns if isinstance(getattr(fast, name), Anchored)}
    assert {"email", "arrow"} <= guarded
    assert {"abbreviation", "single_token_abbreviation", "token_with_plus_ampersand"} <= anchored
    assert fast.isbn.pattern.startswith("(?=\\d)") and fast.ordinal.pattern.startswith("(?=")
    assert "(?=" in fast.abbreviation.pattern and "(?=" not in plain.abbreviation.pattern
    assert "_split_all_matches" in vars(fast)  # the inlined pass loop (SoMaJo 2.5's code)
    rng = random.Random(7)
    noise = ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 40))) for _ in range(400)]
    for name in patterns:
        new, old = getattr(fast, name), getattr(plain, name)
        for text in TRICKY + noise:
            assert [m.span() for m in new.finditer(text)] == [
                m.span() for m in old.finditer(text)
            ], (name, text)


@pytest.mark.parametrize("model", ["de_CMC", "en_PTB"])
def test_tokens_are_identical(model: str) -> None:
    texts = list(TRICKY)
    texts += [p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    if SEED.is_file():
        texts.append(SEED.read_text("utf-8"))
    fast, plain = _tokenizer(model, True), _plain(model)
    for text in texts:
        for paragraph in text.split("\n"):
            assert _tokens(fast, paragraph) == _tokens(plain, paragraph), paragraph


def test_a_guard_skips_texts_without_its_needle() -> None:
    import regex

    pattern = regex.compile(r"\d+\.\d+")
    guarded = Guarded(pattern, needle=r"\d\.")
    assert list(guarded.finditer("keine Zahl hier")) == []
    assert [m.group() for m in guarded.finditer("um 10.30 Uhr")] == ["10.30"]
    assert guarded.groupindex == pattern.groupindex


def test_speed_up_is_idempotent() -> None:
    tokenizer = _tokenizer("de_CMC", True)._tokenizer
    before = tokenizer.abbreviation
    speed_up(tokenizer)
    assert tokenizer.abbreviation is before
    assert "(?=[^.\\s]{0,20}\\.)" in before.pattern


def test_an_anchored_pattern_is_tried_only_near_its_anchors() -> None:
    import regex

    pattern = regex.compile(r"(?<![\w.])(?:z\.B\.|usw\.|ca\.)")
    anchored = Anchored(pattern, ".", 3)
    for text in ["z.B. usw. ca. 5", "xz.B. .usw. z.B.usw.", "", "ohne Punkt", "usw.usw."]:
        assert [m.span() for m in anchored.finditer(text)] == [
            m.span() for m in pattern.finditer(text)
        ], text
    assert anchored.search("a ca. b").span() == (2, 5)
    assert anchored.groupindex == pattern.groupindex


def test_clean_ups_skip_only_what_they_cannot_change() -> None:
    plain = _plain("de_CMC")._tokenizer
    fast = _tokenizer("de_CMC", True)._tokenizer
    printable = "".join(c for c in map(chr, range(0x110000)) if c.isprintable() and c != " ")
    for name in ("spaces", "controls", "other_nasties"):
        assert isinstance(getattr(fast, name), SkipPrintable), name
        assert getattr(plain, name).search(printable) is None, name  # what the skip relies on
    texts = ["a b", "a  b", "a\tb", "a\u00a0b", "a\u00adb", "a\u200bb c", "x\x85y", " a ", ""]
    for name, repl in (("spaces", " "), ("controls", ""), ("other_nasties", "")):
        for text in texts:
            assert getattr(fast, name).sub(repl, text) == getattr(plain, name).sub(repl, text)
