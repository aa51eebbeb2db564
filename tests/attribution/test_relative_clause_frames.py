"""A cue verb that closes a relative clause does not govern the finite verb after its comma:
that verb carries on the sentence the relative clause interrupted
(``verb_frames.VerbFrames._matrix_goes_on``)."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run


@pytest.mark.parametrize(
    ("body", "verb"),
    [
        (
            "Ein Tief, das in den letzten Tagen über der Bucht gestanden hatte, habe nun das "
            "Festland erreicht, meldet der Wetterdienst.",
            "gestanden",
        ),
        (
            "Die Journalistin, die sich wochenlang in Gefangenschaft befunden hatte, habe die "
            "Angaben bezweifelt, meldet die Zeitung.",
            "befunden",
        ),
    ],
)
def test_no_cue_in_the_relative_clause(body: str, verb: str) -> None:
    cues = [a.cue.text for a in run(body).attributions if a.cue is not None]
    assert verb not in cues
    assert "meldet" in cues  # the sentence's own frame stays


def test_a_relative_clause_with_its_own_content_keeps_its_cue() -> None:
    atts = run("Der Minister, der erklärte, er sei müde, trat zurück.").attributions
    assert [(a.cue.text, a.message.text) for a in atts if a.cue is not None] == [
        ("erklärte", "er sei müde")
    ]
