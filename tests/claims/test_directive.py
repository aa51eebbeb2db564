"""Directive and hortative clauses claim nothing: status opinion, cue ``directive``
(claims/directive.py)."""

from __future__ import annotations

import pytest

from newsprobe.api import analyze_text
from newsprobe.model import Analysis, Claim

_RUNS: dict[tuple[str, str], Analysis] = {}


def _claim(text: str, sentence: str, lang: str) -> Claim:
    if (text, lang) not in _RUNS:
        _RUNS[text, lang] = analyze_text(text, lang=lang, only=["claims"])
    analysis = _RUNS[text, lang]
    start = analysis.text.index(sentence)
    best = max(
        analysis.claims,
        key=lambda c: min(c.end, start + len(sentence)) - max(c.start, start),
    )
    return best


DE = (
    "Der Stadtrat will die Bücherei am Markt schließen. Die Miete steigt um 40 Prozent. "
    "Nennen wir es beim Namen: Kahlschlag. Lassen Sie uns über Alternativen reden. "
    "Stellen Sie sich eine Stadt ohne Bücherei vor. Und stellen wir uns vor, die Stadt würde "
    "das Haus kaufen. Rettet die Bücherei! Man bedenke die Folgen für die Schulen. "
    "Steigt die Miete weiter, schließt auch die Musikschule. Sagen wir es offen?"
)
EN = (
    "The council wants to close the market library. Rent will rise by 40 percent. "
    "Let's call it what it is. Just imagine a town without a library. Now think of the "
    "schools. Save the library! Stop lights were installed at the corner in 2020. "
    "Think Tank director Ann Lowe was not available."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nennen wir es beim Namen: Kahlschlag.",
        "Lassen Sie uns über Alternativen reden.",
        "Stellen Sie sich eine Stadt ohne Bücherei vor.",
        "Rettet die Bücherei!",
        "Man bedenke die Folgen für die Schulen.",
    ],
)
def test_german_directives_are_opinion(sentence: str) -> None:
    claim = _claim(DE, sentence, "de")
    assert claim.status.value == "opinion"
    assert any(c.type == "directive" for c in claim.cues)


def test_imagined_act_is_no_reported_speech() -> None:
    claim = _claim(DE, "Und stellen wir uns vor, die Stadt würde das Haus kaufen.", "de")
    assert claim.status.value == "opinion"
    assert not any(c.type in ("subjunctive", "speech_verb") for c in claim.cues)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Der Stadtrat will die Bücherei am Markt schließen.", "asserted"),
        # a verb-first conditional is no imperative
        ("Steigt die Miete weiter, schließt auch die Musikschule.", "asserted"),
        ("Sagen wir es offen?", "question"),
    ],
)
def test_german_non_directives(sentence: str, status: str) -> None:
    claim = _claim(DE, sentence, "de")
    assert claim.status.value == status
    assert not any(c.type == "directive" for c in claim.cues)


@pytest.mark.parametrize(
    "sentence",
    [
        "Let's call it what it is.",
        "Just imagine a town without a library.",
        "Now think of the schools.",
        "Save the library!",
    ],
)
def test_english_directives_are_opinion(sentence: str) -> None:
    claim = _claim(EN, sentence, "en")
    assert claim.status.value == "opinion"
    assert any(c.type == "directive" for c in claim.cues)


@pytest.mark.parametrize(
    "sentence",
    [
        "Stop lights were installed at the corner in 2020.",
        "Think Tank director Ann Lowe was not available.",
    ],
)
def test_english_nouns_that_look_like_imperatives(sentence: str) -> None:
    claim = _claim(EN, sentence, "en")
    assert not any(c.type == "directive" for c in claim.cues)
