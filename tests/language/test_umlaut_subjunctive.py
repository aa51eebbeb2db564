"""A strong verb's Konjunktiv II that the mood lexicon lacks is told by an umlaut its
infinitive does not have ("befände", "böten"); indicative forms with an umlaut are not."""

from __future__ import annotations

import pytest

from newsprobe.language.pos import verb_mood


@pytest.mark.parametrize(
    ("form", "lemma", "mood"),
    [
        ("befände", "befinden", "subj2"),
        ("böten", "bieten", "subj2"),
        ("stünden", "stehen", "subj2"),
        ("sprächen", "sprechen", "subj2"),
        # indicative forms with an umlaut end in -t / -st
        ("fährt", "fahren", "ind"),
        ("hältst", "halten", "ind"),
        ("rät", "raten", "ind"),
        # an umlaut the infinitive has is no sign
        ("fühlte", "fühlen", "ind"),
        ("führen", "führen", "ind"),
    ],
)
def test_umlaut_subjunctive(form: str, lemma: str, mood: str) -> None:
    assert verb_mood(form, lemma, False) == mood
