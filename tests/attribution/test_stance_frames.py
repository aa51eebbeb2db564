"""A stance adjective closing the sentence as its frame: "…, ist sich Frey sicher.",
"…, sind sich die Experten einig." (stance_frames); not where the copula's subject is no
one ("…, das ist sicher") or the clause has no frame ("Er kam spät, war aber zufrieden")."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "message"),
    [
        (
            "Die Jäger haben die Tiere getötet, ist sich Frey sicher.",
            "sicher",
            "Frey",
            "Die Jäger haben die Tiere getötet",
        ),
        (
            "Das wird nicht reichen, sind sich die Experten einig.",
            "einig",
            "die Experten",
            "Das wird nicht reichen",
        ),
        (
            "Die Reform kommt, ist der Minister überzeugt.",
            "überzeugt",
            "der Minister",
            "Die Reform kommt",
        ),
    ],
)
def test_closing_stance_frame(body: str, cue: str, speaker: str, message: str) -> None:
    atts = run(body).attributions
    assert [(a.cue and a.cue.text, [s.text for s in a.speakers], a.message.text) for a in atts] == [
        (cue, [speaker], message)
    ]


@pytest.mark.parametrize(
    "body", ["Das Wetter wird schön, das ist sicher.", "Er kam spät, war aber zufrieden."]
)
def test_no_stance_frame_without_a_speaker(body: str) -> None:
    assert run(body).attributions == []
