"""A cue word that is part of another verb ("fand … statt", "gehört" of "gehören", "sorgte
für Schlagzeilen") is no cue; the cue verb beside it stays one.  Each "False" row fails when
``cue_senses.other_verb`` is off; the "True" rows guard what must stay."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run


@pytest.mark.parametrize(
    ("body", "word", "is_cue"),
    [
        (
            "Vom 27. bis zum 30. Dezember findet in Berlin die „Hackerkonferenz“ statt.",
            "findet",
            False,
        ),
        ("Seit 2005 findet alljährlich das „Queer Festival“ statt.", "findet", False),
        ("Dazu gehört beispielsweise die Möglichkeit, Urlaub zu machen.", "gehört", False),
        (
            "Jelpke, die mit einem „Gestapo-Vergleich“ für Schlagzeilen gesorgt hatte, trat ab.",
            "gesorgt",
            False,
        ),
        # a noun that makes "halten" holding (cues_de.toml not_with_nouns)
        ("Shelby hält mit seinem Auto seit 2007 den Weltrekord.", "hält", False),
        # "finden" in the passive is found, not thought (cues_de.toml not_passive)
        ("Der Schädel wurde in der Höhle gefunden, die Forscher staunten.", "gefunden", False),
        # "dafür sorgen, dass": brought about
        ("Die Gesetzesänderungen sorgen dafür, dass das Amt mehr Macht hat.", "sorgen", False),
        # "ausgehen" without "davon": comes from
        ("Der Verlust entsteht durch den Strom, der von der Sonne ausgeht.", "ausgeht", False),
        (
            "Beobachter halten es jedoch für unwahrscheinlich, dass das Gericht kippt.",
            "halten",
            True,
        ),
        ("Die Ermittler gehen von dem Verdacht aus, eine Gruppe habe bestochen.", "gehen", True),
        ("Der Experte geht davon aus, dass es besser wird.", "geht", True),
        # (a guard) the participle of "hören" after its auxiliary
        ("Ich habe in einem Vortrag gehört: Das hätte alles lange gedauert.", "gehört", True),
        # another particle verb stays a cue
        ("Die Wissenschaftler fanden heraus, dass es sich um Gas handelte.", "fanden", True),
        # a preposition inside the clause is no particle
        ("Er fand auf der Konferenz deutliche Worte, dass alles schlecht sei.", "fand", True),
        # the particle of the next verb is not this one's
        ("Die Ärzte fanden, dass er gesund sei, und hielten ihn fest.", "fanden", True),
        # "sorgen" with a content clause
        ("Die Eltern sorgen sich, dass die Schule schließt.", "sorgen", True),
    ],
)
def test_part_of_another_verb_is_no_cue(body: str, word: str, is_cue: bool) -> None:
    cues = [a.cue.text for a in run(body).attributions if a.cue is not None]
    assert (word in cues) is is_cue, cues
