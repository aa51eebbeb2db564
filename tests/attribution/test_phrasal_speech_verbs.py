"""Speech acts told by a light verb and a complement closing its clause: "machte deutlich,
dass …", "gab zu bedenken", "brachte zum Ausdruck, dass …", "wie er deutlich machte"
(light_verbs.phrasal_lemma, the lexicon's ``speech_verbs.phrasal``); with an object and no
content clause there is no statement ("Er machte das Fenster klar")."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run


@pytest.mark.parametrize(
    ("body", "speaker", "message"),
    [
        (
            "Der Minister machte deutlich, dass er nicht zurücktreten werde.",
            "Der Minister",
            "dass er nicht zurücktreten werde",
        ),
        (
            "Die Ministerin machte klar, sie werde kandidieren.",
            "Die Ministerin",
            "sie werde kandidieren",
        ),
        ("Er gab zu bedenken, dass die Kosten steigen.", "Er", "dass die Kosten steigen"),
        (
            "Die Lage ist ernst, gibt Winkelmayer zu bedenken.",
            "Winkelmayer",
            "Die Lage ist ernst",
        ),
        ("Er brachte zum Ausdruck, dass er enttäuscht sei.", "Er", "dass er enttäuscht sei"),
        (
            "Wie der Minister deutlich machte, wird nicht gespart.",
            "der Minister",
            "wird nicht gespart",
        ),
    ],
)
def test_light_verb_with_complement_is_a_speech_act(body: str, speaker: str, message: str) -> None:
    atts = run(body).attributions
    assert [([s.text for s in a.speakers], a.message.text) for a in atts] == [([speaker], message)]
    assert atts[0].cue is not None and atts[0].cue.lemma.endswith(("machen", "geben", "bringen"))


@pytest.mark.parametrize("body", ["Er machte das Fenster klar.", "Das machte die Lage klar."])
def test_no_statement_without_content(body: str) -> None:
    assert run(body).attributions == []
