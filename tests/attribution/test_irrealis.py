"""Hypothetical passages and event nouns carry no attribution (attribution/irrealis.py)."""

from __future__ import annotations

import pytest

from newsprobe.api import analyze_text
from newsprobe.model import Analysis

_RUNS: dict[str, Analysis] = {}


def _run(body: str) -> Analysis:
    if body not in _RUNS:
        _RUNS[body] = analyze_text("Überschrift\n\n" + body, lang="de", only=["sources"])
    return _RUNS[body]


def _said(body: str, fragment: str) -> bool:
    """Whether an attribution's message or cue holds ``fragment``'s sentence."""
    analysis = _run(body)
    start = analysis.text.index(fragment)
    end = start + len(fragment)
    for a in analysis.attributions:
        if a.message.start < end and start < a.message.end:
            return True
        if a.cue is not None and start <= a.cue.start < end:
            return True
    return False


IMAGINED = (
    "Der Plan der Landrätin Eva Maurer, die Kreisstraße nach sich selbst zu benennen, "
    "ist ein Akt der Eitelkeit. Aber man stelle sich vor, sie würde einen Buchstaben "
    "streichen und sie einfach Maurerweg nennen. Diese kleine Änderung würde viel bewirken. "
    "Sie wäre zudem ein Zeichen an die Handwerker der Region."
)


@pytest.mark.parametrize(
    "fragment",
    [
        "Der Plan der Landrätin Eva Maurer",
        "Aber man stelle sich vor, sie würde einen Buchstaben streichen und sie einfach "
        "Maurerweg nennen.",
        "Diese kleine Änderung würde viel bewirken.",
        "Sie wäre zudem ein Zeichen",
    ],
)
def test_imagined_case_is_nobodys_statement(fragment: str) -> None:
    assert not _said(IMAGINED, fragment)


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (
            "Der Verein will das Stadion verkaufen. Angenommen, der Käufer würde es abreißen "
            "und den Platz Wohnungen nennen. Das wäre das Ende einer Tradition.",
            "Das wäre das Ende einer Tradition.",
        ),
        (
            "Die Kämmerin Jutta Benz hat eine neue Steuer angekündigt. Wenn sie die Steuer "
            "stattdessen senken würde, hätte der Handel mehr Luft. Die Innenstadt wäre belebter.",
            "Die Innenstadt wäre belebter.",
        ),
        (
            "Die Entscheidung des Rektors Paul Kern, die Bibliothek zu schließen, ist falsch.",
            "die Bibliothek zu schließen",
        ),
        (
            "Der Versuch der Opposition, den Haushalt zu stoppen, scheiterte am Freitag.",
            "den Haushalt zu stoppen",
        ),
    ],
)
def test_hypothetical_and_event_nouns(body: str, fragment: str) -> None:
    assert not _said(body, fragment)


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        # Konjunktiv II right after an attribution with a speaker still carries it on
        (
            "Der Verbandschef Olaf Rinke warnte am Montag vor der Schließung. Er sagte, die "
            "Region verliere ihre Notaufnahme. Eine Schließung würde Leben gefährden.",
            "Eine Schließung würde Leben gefährden.",
        ),
        # a conditional with Konjunktiv I is reported speech
        (
            "Die Ministerin sagte, die Lage sei ernst. Wenn nichts geschehe, drohe ein "
            "Stromausfall.",
            "drohe ein Stromausfall",
        ),
        # "Forderung" with a zu-infinitive stays a speech noun
        (
            "Die Forderung der Gewerkschaft, die Löhne um zehn Prozent zu erhöhen, lehnten die "
            "Arbeitgeber ab.",
            "die Löhne um zehn Prozent zu erhöhen",
        ),
        # a real cue in a conditional sentence stays
        (
            "Wenn die Regierung nicht handeln würde, wäre es zu spät, sagte der Forscher Jan "
            "Ohm am Montag.",
            "wäre es zu spät",
        ),
    ],
)
def test_real_statements_stay(body: str, fragment: str) -> None:
    assert _said(body, fragment)
