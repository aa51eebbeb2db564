"""spaCy's tokenizer keeps every word form it has seen; newsprobe builds it afresh past a bound,
so that a long-running worker's memory stays flat, and the tokens never depend on it."""

from __future__ import annotations

import pytest

from newsprobe.language import tokenizer

_TEXTS = [
    "Die Stadtwerke Trier erhöhen zum 1. Januar die Preise, sagte Anna Berger am Montag.",
    "„Das ist nicht hinnehmbar“, sagte der Sprecher der Verbraucherzentrale (VZ) in Mainz.",
    "Felipe VI. besuchte am 12.03. die Werft; 2,5 Mio. Euro flossen. #Wahl2025 @nutzer",
    "Laut Kremlchef Wladimir Putin habe Russland in Syrien nichts verloren...",
]


def test_tokens_do_not_depend_on_the_rebuilds(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = [tokenizer.words(t, "de") for t in _TEXTS]
    tokenizer._tokenizer.cache_clear()
    monkeypatch.setattr(tokenizer, "VOCAB_LIMIT", len(tokenizer._tokenizer("de").vocab) + 20)
    seen = set()
    for _ in range(3):
        for text, words in zip(_TEXTS, expected, strict=True):
            assert tokenizer.words(text, "de") == words
            built = tokenizer._tokenizer("de")
            seen.add(id(built))
            assert len(built.vocab) <= tokenizer.VOCAB_LIMIT + 60  # one text's new forms at most
    assert len(seen) > 1  # it was rebuilt


def test_vocabulary_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    tokenizer._tokenizer.cache_clear()
    base = len(tokenizer._tokenizer("de").vocab)
    monkeypatch.setattr(tokenizer, "VOCAB_LIMIT", base + 500)
    for n in range(400):
        tokenizer.words(f"Wort{n}a Wort{n}b Wort{n}c und Wort{n}d.", "de")
        assert len(tokenizer._tokenizer("de").vocab) <= base + 500 + 10
