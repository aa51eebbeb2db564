"""Speech nouns that "become loud" with their content clause: "Vorwürfe werden laut, dass
…", "Kritik von der Opposition wurde laut, die Regierung habe …" (voiced_nouns)."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run


@pytest.mark.parametrize(
    ("body", "cue", "speakers", "message"),
    [
        (
            "Vorwürfe werden laut, dass sich der Verein nicht mit Fakten befasst.",
            "werden laut",
            [],
            "dass sich der Verein nicht mit Fakten befasst",
        ),
        (
            "Erneut wurden Vorwürfe laut, die Angreifer seien bezahlt worden.",
            "laut",
            [],
            "die Angreifer seien bezahlt worden",
        ),
        (
            "Kritik von der Opposition wurde laut, die Regierung habe versagt.",
            "wurde laut",
            ["der Opposition"],
            "die Regierung habe versagt",
        ),
    ],
)
def test_speech_noun_becomes_loud(body: str, cue: str, speakers: list[str], message: str) -> None:
    atts = run(body).attributions
    assert [(a.cue and a.cue.text, [s.text for s in a.speakers], a.message.text) for a in atts] == [
        (cue, speakers, message)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Kritik wurde laut.",  # nothing said
        "Die Musik wurde laut, die Nachbarn schliefen nicht.",  # no speech noun
    ],
)
def test_no_statement_without_speech_noun_or_content(body: str) -> None:
    assert run(body).attributions == []
