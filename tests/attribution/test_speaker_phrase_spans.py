"""Speaker phrases the tagger breaks: a particle inside a name (``phrases.name_particle``),
"Ihr"/"Sein" read as a pronoun before a noun (``phrases.possessive_misread``), a dotted
web name read as an adjective (the view's dotted names).  Each row fails when its rule is
off."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        (
            "OPEC-Generalsekretär Abdalla al Badri sagte dazu, man wolle die Entwicklung "
            "noch beobachten.",
            "sagte",
            "OPEC-Generalsekretär Abdalla al Badri",
        ),
        (
            "Ihr Vorsitzender Eberhard Brandt erklärte: „Die Rechtssicherheit fehlt.“",
            "erklärte",
            "Ihr Vorsitzender Eberhard Brandt",
        ),
        (
            "Wie t-online.de berichtet, ist der erste Trailer im Internet veröffentlicht worden.",
            "berichtet",
            "t-online.de",
        ),
    ],
)
def test_speaker_phrase_holds_the_whole_name(body: str, cue: str, speaker: str) -> None:
    found = [a for a in run(body).attributions if a.cue is not None and a.cue.text == cue]
    assert found and found[0].speakers, [(a.cue, a.speakers) for a in run(body).attributions]
    assert found[0].speakers[0].text == speaker
