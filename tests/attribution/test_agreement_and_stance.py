"""Stance adjectives after a copula ("ist zuversichtlich, … zu …", "war sich sicher, dass …"):
the lexicon's ``clause_nouns.adjectives`` read by ``noun_cues._noun_clauses``.  Joint
decisions ("einigten sich darauf, dass …") are no cue: SpkAtt news does not mark them, and
measured as cues they cost precision on the parts nobody tunes on.  Rows marked as guards hold
what must not become a statement."""

from __future__ import annotations

import pytest
from attribution_texts import statements as _found


@pytest.mark.parametrize(
    ("body", "cue", "message", "speaker"),
    [
        (
            "Die Bürgermeisterin ist zuversichtlich, den Haushalt im Herbst vorlegen zu können.",
            "zuversichtlich",
            "den Haushalt im Herbst vorlegen zu können",
            "Die Bürgermeisterin",
        ),
        (
            "Die Ermittler waren sich sicher, dass der Brand gelegt worden war.",
            "sicher",
            "dass der Brand gelegt worden war",
            "Die Ermittler",
        ),
        (
            "Der Trainer ist überzeugt, dass seine Mannschaft den Klassenerhalt schafft.",
            "überzeugt",
            "dass seine Mannschaft den Klassenerhalt schafft",
            "Der Trainer",
        ),
        (
            "Die Gutachter sind sich bewusst, dass die Zahlen unvollständig sind.",
            "bewusst",
            "dass die Zahlen unvollständig sind",
            "Die Gutachter",
        ),
    ],
)
def test_found(body: str, cue: str, message: str, speaker: str) -> None:
    assert any(c == cue and m == message and speaker in s for c, m, s in _found(body)), _found(body)


@pytest.mark.parametrize(
    "body",
    [
        # guards: an agreement on a thing, no one's stance, another sense of the adjective
        "Die Minister einigten sich auf einen Kompromiss beim Kohleausstieg.",
        "Es ist sicher, dass die Brücke im Sommer gesperrt wird.",
        "Der Radweg ist sicher, weil er beleuchtet ist.",
    ],
)
def test_not_found(body: str) -> None:
    assert _found(body) == []
