"""Verbs of a reaction told with what it reacts to: "ärgerte sich darüber, dass …",
"…, wundert sich X.", "beschweren sich, … seien zugelassen" (cognition verbs, clause only,
and only reflexive: "Es freut mich, dass …" and "Das ärgert die Bauern" have no one who
reacts aloud; "freut sich auf den Urlaub" has no content)."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "message"),
    [
        (
            "Wozu gibt es dann Volieren?, wundert sich Wichmann.",
            "wundert",
            "Wichmann",
            "Wozu gibt es dann Volieren?",
        ),
        (
            "Der Geschäftsführer ärgerte sich darüber, dass er den Piloten nicht erreichte.",
            "ärgerte",
            "Der Geschäftsführer",
            "dass er den Piloten nicht erreichte",
        ),
        (
            "Journalisten beschweren sich über Behinderungen, nur Reporter des "
            "Staatsfernsehens seien zugelassen.",
            "beschweren",
            "Journalisten",
            "nur Reporter des Staatsfernsehens seien zugelassen",
        ),
    ],
)
def test_reflexive_reaction_with_its_content(
    body: str, cue: str, speaker: str, message: str
) -> None:
    atts = run(body).attributions
    assert [(a.cue and a.cue.text, [s.text for s in a.speakers], a.message.text) for a in atts] == [
        (cue, [speaker], message)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Es freut mich, dass der Zug pünktlich ist.",
        "Das ärgert die Bauern, die seit Jahren warten.",
        "Der Trainer freut sich auf den Urlaub.",
    ],
)
def test_no_reaction_without_a_reflexive_subject_or_content(body: str) -> None:
    assert run(body).attributions == []


def test_judging_verb_with_its_content_clause() -> None:
    """ "Als positiv erachtet der Leiter, dass …": "erachten" frames its content clause (a
    cognition verb, clause only: "erachtete den Antrag als unzulässig" has no content)."""
    atts = run(
        "Als positiv erachtet der Leiter des Zentrums, dass Druck entstanden sei."
    ).attributions
    assert [(a.cue and a.cue.text, [s.text for s in a.speakers]) for a in atts] == [
        ("erachtet", ["der Leiter des Zentrums"])
    ]
    assert run("Die Kommission erachtete den Antrag als unzulässig.").attributions == []
