"""A cue verb in a relative clause has the phrase the relative pronoun stands for as its
speaker, also where the clause stands after the verb that closes the main clause ("… war
auch Karl Berger anwesend, der …"); a phrase that cannot speak is no antecedent there.
Texts written for newsprobe."""

from __future__ import annotations

from attribution_texts import run_body as run
from attribution_texts import speaker


def test_an_extraposed_relative_clause_has_the_subject_before_the_closing_word() -> None:
    body = (
        "Bei der Sitzung war auch der frühere Minister Karl Berger anwesend, der der "
        "Regierung vorwarf, die Bauern im Stich zu lassen."
    )
    assert speaker(run(body), "Bauern im Stich") == "der frühere Minister Karl Berger"


def test_an_extraposed_relative_clause_after_a_participle() -> None:
    body = (
        "In der Sendung wurde ein Politiker aus Hamburg zugeschaltet, der alle Zuschauer "
        "aufforderte, mehr Geld zu spenden."
    )
    assert speaker(run(body), "mehr Geld") == "ein Politiker aus Hamburg"


def test_a_phrase_that_cannot_speak_is_no_antecedent_there() -> None:
    body = (
        "Der Minister hat gestern die neuen Pläne vorgestellt, der allen Bürgern versprach, "
        "die Steuern zu senken."
    )
    assert speaker(run(body), "Steuern zu senken") != "die neuen Pläne"
