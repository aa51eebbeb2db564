"""A speech noun with its owner before a colon frames what follows: "Seine Botschaft: …",
"Das Fazit des Ministers: …", "Merkels Antwort: …" (colon_nouns); no owner or no verb after
the colon, no statement."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run
from attribution_texts import run_text


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "message"),
    [
        (
            "Seine Botschaft: Wir müssen die Grenzen sichern.",
            "Botschaft",
            "Seine",
            "Wir müssen die Grenzen sichern",
        ),
        (
            "Das Fazit des Ministers: Die Reform ist gescheitert.",
            "Fazit",
            "des Ministers",
            "Die Reform ist gescheitert",
        ),
        ("Merkels Antwort: Man werde das prüfen.", "Antwort", "Merkels", "Man werde das prüfen"),
        (
            "Seine Botschaft: „Wir müssen die Grenzen sichern.“",
            "Botschaft",
            "Seine",
            "Wir müssen die Grenzen sichern.",
        ),
    ],
)
def test_owned_speech_noun_before_a_colon(
    sentence: str, cue: str, speaker: str, message: str
) -> None:
    atts = run("Der Minister kam nach Berlin. " + sentence).attributions
    assert [(a.cue and a.cue.text, [s.text for s in a.speakers], a.message.text) for a in atts] == [
        (cue, [speaker], message)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Bilanz der Parade: 41 Verhaftungen und 40 Verletzte.",  # no verb after it
        "Die Bilanz: Es gab 41 Verhaftungen.",  # no owner
    ],
)
def test_no_statement_without_owner_or_verb(sentence: str) -> None:
    assert run("Der Minister kam nach Berlin. " + sentence).attributions == []


def test_possessive_owner_resolves_like_a_pronoun() -> None:
    analysis = run_text(
        "Überschrift\n\nAußenminister Sebastian Kurz kam am Montag nach Berlin. "
        "Seine Botschaft: Wir müssen die Grenzen sichern.\n"
    )
    (att,) = analysis.attributions
    assert att.speaker is not None and att.speaker.name == "Sebastian Kurz"
