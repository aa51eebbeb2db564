"""Narrated uses of "drohen", "feststellen", "bemerken", "verraten" and "meinen" that name
no speech act (``cue_senses.narrated_other_sense``); their speech-act uses stay cues.  Texts
written for newsprobe."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run


def _has_cue(body: str, lemma: str) -> bool:
    return any(a.cue is not None and a.cue.lemma == lemma for a in run(body).attributions)


@pytest.mark.parametrize(
    ("body", "lemma", "expected"),
    [
        ("Torwart Manuel Kranz droht eine Operation an der Schulter.", "drohen", False),
        ("Der Sängerin droht eine Geldstrafe.", "drohen", False),
        ("Damit droht ihr die gleiche Strafe wie einem Dieb.", "drohen", False),
        ("Der Gutachter hatte Risse in der Mauer festgestellt.", "feststellen", False),
        ("Zu den Vorwürfen äußerte sich der Minister Paul Weber nicht.", "äußern", False),
        ("Der Angeklagte Tom Brenner hat die Tat bis heute nicht gestanden.", "gestehen", False),
        # "kein" denies the object: the act took place
        ("Die Ministerin Eva Roth kündigte keine neuen Steuern an.", "ankündigen", True),
        ("Der Verband kritisierte nicht nur die Pläne, sondern auch den Zeitplan.",
         "kritisieren", True),
        ("Der Bürgermeister drohte den Besetzern mit einer Räumung.", "drohen", True),
        ("Die Prüferin stellte fest, dass die Bremsen defekt waren.", "feststellen", True),
        # finding out, betraying, referring: no speech act
        ("Die Technikerin Eva Roth hatte eine Fehlfunktion im Fahrwerk bemerkt.", "bemerken",
         False),
        ("Der Abgeordnete Jan Vogt habe seine Ideale verraten.", "verraten", False),
        ("Damit meinte die Trainerin Lea Sommer wohl kaum die eigene Mannschaft.",
         "meinen", False),
        ("Die Trainerin Lea Sommer bemerkte, dass die Mannschaft müde sei.", "bemerken", True),
        ("Der Sprecher Jan Vogt verriet, dass der Vertrag bereits unterschrieben sei.",
         "verraten", True),
    ],
)  # fmt: skip
def test_narrated_senses(body: str, lemma: str, expected: bool) -> None:
    assert _has_cue(body, lemma) is expected


def test_narrated_act_with_no_one_to_attribute_it_to_is_no_statement() -> None:
    """An agentless passive act told by its topic only ("wurde … gefordert") says nothing
    and names no one: no attribution; with a zu-infinitive (a content) or an agent it stays."""
    cues = [
        a.cue.text
        for a in run("Außerdem wurde eine bessere Jugendarbeit gefordert.").attributions
        if a.cue
    ]
    assert "gefordert" not in cues
    gone = run("Das offizielle Ergebnis der Wahl wird am Montag bekannt gegeben.")
    assert not [a for a in gone.attributions if a.cue is not None]
    kept = run(
        "Wegen des Rauchs wurden Anwohner aufgefordert Türen und Fenster geschlossen zu halten."
    )
    assert [a.cue.text for a in kept.attributions if a.cue] == ["aufgefordert"]
    agent = run("Eine bessere Jugendarbeit wurde von der Opposition gefordert.")
    assert [a.cue.text for a in agent.attributions if a.cue] == ["gefordert"]
