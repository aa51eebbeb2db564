"""The faster SoMaJo patterns (language/somajo_speedups.py) find exactly what SoMaJo's own do."""

from __future__ import annotations

import random
from functools import cache
from typing import Any

import pytest

from newsprobe.language.somajo_speedups import (
    Anchored,
    Gated,
    Guarded,
    SkipPrintable,
    ascii_cases,
    literal_alternatives,
    non_ascii,
    speed_up,
)
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
    # the gated patterns: faces, URLs, units, semesters, gender markers, arrows …
    "Super :-) und ;( oder 8) und 8P, aber 1998) nicht; XD, xDD, D: oO :smile: und ^^ =)",
    "¯\\_(ツ)_/¯ (╯°□°)╯︵ ┻━┻ ಠ_ಠ ( ͡° ͜ʖ ͡°) ♥‿♥ (._.) ( l: ) ( .-. ) ( :l ) (._.) : ( ; )",
    "Siehe https://example.org/a?b=1, WWW.Example.COM und wWw.test.de (Foto: dpa) [1] {x}",
    "Es waren 5 km, 3,5kg, -2 °C, 10 m² und 1/2 l; im WS20/21, SoSe21, wise19 und SS 20.",
    "Von 3-4 bis 1.000-2.000, -5–+7 und ,5-,7 Grad; 1/2-3/4 Liter; 10 - 12 Uhr.",
    "Lehrer*innen, Bürger:Innen, Student/INNEN; a -> b <- c → d ⇒ e … und... sowie AT&T, C+.",
    "L'Enfer, d’accord, O'Connor; ``zitiert'' und ''so''? Ja! Wirklich?!",
    "Sonderzeichen ſ ı İ K µ ς im Text: ſign up, Bıld, 10:30:45 Uhr, a:b:c, ab:cd:.",
    # abbreviations after umlauts, digits, single letters of other scripts, capitals
    "Für Bürgermeister. Gebr. Müller, ÄRZTE. Ä.G. ä.m. Σ.Π. Ж. ß. 3. 44. (vgl. Kap. 5).",
    "ZUM BEISPIEL Z.B. USW. Ggf. GGF. Hrsg. HRSG. Str. Nr.5 Abs. i.d.R. I.D.R. É.U. º. ª.",
    "Er kam aus d. Hause; Dr.Müller,Prof.Dr. Schmidt! Mio.Euro, ca.5 Mrd.; o.k. O.K.",
    "Ende. .Anfang . . .. ... ..... … Satz.)« Er »ging«. (Abs.)",
]

#: Characters the replaced patterns turn on, for random texts.
_ALPHABET = "aAbBdDgGiInNrRsSzZuUvVwWxXoOpPeEkKmMäÄöüß.. .-+&/;:*01239()<>@'’`…!?[]_^=→ſıΣЖ–"


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
    gated = {name for name in patterns if isinstance(getattr(fast, name), Gated)}
    assert {"nr_abbreviations", "url_without_protocol"} <= guarded
    assert {"email", "arrow", "emoticon", "textfaces_space", "measurement", "semester"} <= gated
    assert {"abbreviation", "single_token_abbreviation"} <= anchored
    # the item lists: an anchored scan behind a gate that looks for the items themselves
    assert {"single_tokens", "token_with_plus_ampersand"} <= gated
    assert isinstance(fast.single_tokens._pattern, Anchored)
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


def test_ascii_cases_are_all_the_regex_engine_matches() -> None:
    """The gates list "www." in every case; no other character matches a "w" or "W" in a
    case-insensitive pattern (unlike "s", "k" or "i", which have non-ASCII partners)."""
    import regex

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    found = set(regex.findall(r"w", every, flags=regex.IGNORECASE | regex.V0))
    assert found == {"w", "W"}
    assert set(ascii_cases("www.")) == {a + b + c + "." for a in "wW" for b in "wW" for c in "wW"}
    assert "\u017f" in regex.findall("s", every, flags=regex.IGNORECASE)  # why only w is used


def test_literal_alternatives_read_escaped_literals_only() -> None:
    import regex

    faces = ["(._.)", "x'D", ":-\\", "a|b", "ಠ_ಠ"]
    assert literal_alternatives("|".join(regex.escape(f) for f in faces)) == faces
    assert literal_alternatives(r"a+|b") is None
    assert literal_alternatives(r"[ab]|c") is None


def test_non_ascii_characters() -> None:
    assert non_ascii("abc") == frozenset()
    assert non_ascii("Grüße → 😀 ſ") == frozenset("üß→😀ſ")
    text = "x\udcff y"  # a lone surrogate survives
    assert non_ascii(text) == frozenset("\udcff")


def test_a_gate_skips_texts_without_what_a_match_needs() -> None:
    import regex

    pattern = regex.compile(r"(?<!\w)[@]\w+|[\u2190-\u21ff]")
    gated = Gated(pattern, substrings=("@",), ranges=(("\u2190", "\u21ff"),))
    long = "x" * 60
    assert list(gated.finditer(long + " ohne")) == []
    assert [m.group() for m in gated.finditer(long + " @name")] == ["@name"]
    assert [m.group() for m in gated.finditer(long + " a → b")] == ["→"]
    follows = Gated(regex.compile(r":\w+:"), follows=((":", r":\w+:"),))
    assert follows.search(long + " 10: 30 : x") is None
    assert follows.search(long + " a:b:c").group() == ":b:"
