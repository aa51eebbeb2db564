"""Plural groups as speakers: "beide"/"die beiden" that the tagger reads as a determiner
(PIAT) with no noun after it stand alone (``tag_repairs._demonstrative_pronouns``: a pronoun, or a
noun after an article), and a fronted "Das … teilten die beiden mit" names them."""

from __future__ import annotations

import pytest
from attribution_texts import statements as _found


@pytest.mark.parametrize(
    ("body", "cue", "message", "speaker"),
    [
        (
            "Der Vertrag mit dem Sender wird nicht verlängert. Das teilten die beiden mit.",
            "teilten",
            "Der Vertrag mit dem Sender wird nicht verlängert",
            "die beiden",
        ),
        (
            "Der Vertrag mit dem Sender wird nicht verlängert. Das bestätigten beide.",
            "bestätigten",
            "Der Vertrag mit dem Sender wird nicht verlängert",
            "beide",
        ),
        (
            "Die Fusion ist abgesagt, teilten die beiden am Montag mit.",
            "teilten",
            "Die Fusion ist abgesagt",
            "die beiden",
        ),
        (
            "Die beiden erklärten, die Fusion sei abgesagt.",
            "erklärten",
            "die Fusion sei abgesagt",
            "Die beiden",
        ),
    ],
)
def test_plural_group_speaks(body: str, cue: str, message: str, speaker: str) -> None:
    assert any(c == cue and m == message and speaker in s for c, m, s in _found(body)), _found(body)


def test_beide_before_a_noun_stays_a_determiner() -> None:
    # a guard: "beide" before its noun is no speaker of its own
    assert _found("Beide Mannschaften spielen am Sonntag in Bremen.") == []
