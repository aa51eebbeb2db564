""" "ergeben" as a cue (cues_de.toml): what a study or inquiry found, with a clause only and
never reflexive."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run


@pytest.mark.parametrize(
    ("body", "speaker", "message"),
    [
        (
            "Wie eine Studie ergab, trinken viele Kinder regelmäßig Alkohol.",
            "eine Studie",
            "trinken viele Kinder regelmäßig Alkohol",
        ),
        (
            "Die Untersuchung ergab, dass der Fahrer betrunken war.",
            "Die Untersuchung",
            "dass der Fahrer betrunken war",
        ),
    ],
)
def test_a_finding_is_attributed(body: str, speaker: str, message: str) -> None:
    atts = [a for a in run(body).attributions if a.cue is not None and a.cue.text == "ergab"]
    assert [(a.speakers[0].text, a.message.text) for a in atts] == [(speaker, message)]


@pytest.mark.parametrize(
    "body",
    [
        "Die Zählung ergab 500 Stimmen für den Antrag.",  # a result, no clause
        "Es ergab sich, dass der Plan scheiterte.",  # reflexive: it turned out
    ],
)
def test_no_finding_without_clause_or_when_reflexive(body: str) -> None:
    assert not [a for a in run(body).attributions if a.cue is not None and a.cue.text == "ergab"]
