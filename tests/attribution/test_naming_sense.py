""" "nennen"/"bezeichnen" that give something a name are no speech act
(``cue_senses.names_a_thing``); with a speaker, an agent or a judgement they stay cues.
Texts written for newsprobe."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run


def _has_cue(body: str, lemma: str) -> bool:
    return any(a.cue is not None and a.cue.lemma == lemma for a in run(body).attributions)


@pytest.mark.parametrize(
    ("body", "lemma", "expected"),
    [
        ("Die Gruppe, die sich „Freunde des Waldes“ nennt, besetzte das Gelände.", "nennen",
         False),
        ("Der Staubstrom, der als „Sternwind“ bezeichnet wird, trifft auf die Gashülle.",
         "bezeichnen", False),
        ("Der Komet, genannt 2031 XK7, zieht im Frühjahr an der Erde vorbei.", "nennen",
         False),
        ("Dieses Verfahren nennt man einen „Rückkauf“.", "nennen", False),
        # a judgement by someone, an agent, a speaker: still a speech act
        ("Der Minister bezeichnete den Plan als unrealistisch.", "bezeichnen", True),
        ("Der Plan wurde von der Opposition als „Luftschloss“ bezeichnet.", "bezeichnen",
         True),
        ("Die Stadträtin nannte drei Gründe für die Verzögerung.", "nennen", True),
    ],
)  # fmt: skip
def test_naming_sense(body: str, lemma: str, expected: bool) -> None:
    assert _has_cue(body, lemma) is expected
