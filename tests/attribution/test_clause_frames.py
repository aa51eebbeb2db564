"""Which cue verb of a clause governs what follows: not one that closes a relative clause
when a finite verb follows its comma (that verb carries on the interrupted sentence,
``verb_frames.VerbFrames._matrix_goes_on``), and of two coordinated participles the
second (``verb_cues.VerbCues._verb_cue``)."""

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


def test_the_second_of_two_coordinated_participles_governs_the_clause() -> None:
    atts = run(
        "Der Minister hatte zwar Fehler eingeräumt und angegeben, er habe nicht genau gearbeitet."
    ).attributions
    said = {a.cue.text: a.message.text for a in atts if a.cue is not None}
    assert said.get("angegeben") == "er habe nicht genau gearbeitet"
    assert said.get("eingeräumt") != "er habe nicht genau gearbeitet"


def test_a_speech_noun_before_a_text_that_breaks_off_after_a_relative_pronoun() -> None:
    # noun_cues._clause_after_noun read past the last token of an unfinished sentence
    assert run("Er kannte die Behauptung, der").attributions == []
