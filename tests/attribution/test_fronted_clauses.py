"""Round 5 of the cue work: a cue in a fronted adverbial or conditional clause does not take
the main clause after its comma as content (``verb_frames.VerbFrames._verb_first_after``); the
passive of a naming verb without an agent before a term ("als hämorrhagisches Fieber") is no
speech act (``cue_senses.names_a_thing``);
a speech noun heading a "mit" phrase takes the clause's subject as its speaker
(``noun_cues._with_noun``); a verb form between a preposition and its noun is an adjective
(``clauses.attributive_verb``); a reported clause's subject may carry an apposition
(``clauses.finite_past_insertion``); "Es wird erwartet" is a passive whose "es" is no
speaker (``verb_cues.VerbCues._verb_cue``)."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run


def _said(body: str) -> dict[str, str]:
    return {a.cue.text: a.message.text for a in run(body).attributions if a.cue is not None}


@pytest.mark.parametrize(
    ("body", "verb"),
    [
        (
            "Obwohl der Kämmerer mit deutlich höheren Einnahmen rechnet, sei die Stadt von "
            "einem ausgeglichenen Haushalt weit entfernt.",
            "rechnet",
        ),
        (
            "Wenn die Gemeinde damals geklagt hätte, hätte sie kaum Aussicht auf Erfolg gehabt.",
            "geklagt",
        ),
        (
            "Sollte der Antrag angenommen werden, könnte die Bibliothek im Mai wieder öffnen.",
            "angenommen",
        ),
    ],
)
def test_the_main_clause_after_a_fronted_clause_is_not_its_content(body: str, verb: str) -> None:
    main_clause = body.split(", ", 1)[1].rstrip(".")
    assert _said(body).get(verb) != main_clause
    assert verb not in _said(body)


def test_a_verb_second_clause_after_the_frame_stays_its_content() -> None:
    assert _said("Der Kämmerer sagte, die Stadt sei von einem Ausgleich weit entfernt.") == {
        "sagte": "die Stadt sei von einem Ausgleich weit entfernt"
    }


def test_a_wie_frame_before_a_verb_first_clause_keeps_its_content() -> None:
    said = _said("Wie die Ministerin, Anna Berger, erklärte, habe sie die Feuerwehr alarmiert.")
    assert said.get("erklärte") == "habe sie die Feuerwehr alarmiert"


def test_a_naming_passive_without_agent_is_no_statement() -> None:
    said = _said(
        "Es gibt schwere Verläufe, darunter einen, der als hämorrhagisches Fieber bezeichnet wird."
    )
    assert "bezeichnet" not in said


def test_a_naming_passive_with_an_agent_is_one() -> None:
    atts = run(
        "Der Plan wurde von der Bürgermeisterin als „völlig unrealistisch“ bezeichnet."
    ).attributions
    assert [a.cue.text for a in atts if a.cue is not None] == ["bezeichnet"]


def test_a_speech_noun_in_a_mit_phrase_speaks_for_the_subject() -> None:
    atts = run(
        "Die Verkehrsbetriebe begegnen der Kritik mit dem Argument, die Züge seien meist "
        "unterirdisch unterwegs."
    ).attributions
    found = [(a.cue.text, a.speakers[0].text if a.speakers else None) for a in atts if a.cue]
    assert ("Argument", "Die Verkehrsbetriebe") in found


def test_a_verb_form_between_preposition_and_noun_is_no_cue() -> None:
    said = _said(
        "Unter Berufung auf nicht näher bezeichnete Quellen gab die Zeitung an, der "
        "Minister sei zurückgetreten."
    )
    assert "bezeichnete" not in said
    assert said.get("gab") == "der Minister sei zurückgetreten"


def test_a_reported_clause_whose_subject_carries_an_apposition() -> None:
    said = _said(
        "Die Zeitung gab an, dem Generalsekretär des Verbandes, Peter Korff, sei das Amt "
        "angeboten worden."
    )
    assert said.get("gab an") == (
        "dem Generalsekretär des Verbandes, Peter Korff, sei das Amt angeboten worden"
    )


def test_the_expletive_es_of_a_passive_is_no_speaker() -> None:
    atts = run("Es wird erwartet, dass der Komet im November zu sehen ist.").attributions
    cued = [a for a in atts if a.cue is not None]
    assert cued
    assert all(s.text.lower() != "es" for a in cued for s in a.speakers)


def test_a_reported_clause_ends_where_und_joins_the_frames_second_verb() -> None:
    said = _said(
        "Die Abgeordnete erklärte, der Plan sei eine Gefahr und kündigte an, gegen ihn "
        "klagen zu wollen."
    )
    assert said.get("erklärte") == "der Plan sei eine Gefahr"
    assert said.get("kündigte an") == "gegen ihn klagen zu wollen"


def test_a_reported_clause_goes_on_past_und_in_konjunktiv() -> None:
    said = _said("Er sagte, die Lage sei ernst und man müsse handeln.")
    assert said.get("sagte") == "die Lage sei ernst und man müsse handeln"


def test_a_separated_preposition_particle_makes_another_verb() -> None:
    said = _said("Der Entwurf sah unter anderem vor, alle Hinweise aus den Büchern zu streichen.")
    assert "sah" not in said


def test_an_adverb_after_the_cue_is_no_particle() -> None:
    assert _said("Er sagte weiter, er sei müde.") == {"sagte": "er sei müde"}


def test_a_fronted_genitive_is_no_subject() -> None:
    atts = run(
        "Des Weiteren verwies der Minister darauf, dass der Haushalt ausgeglichen sei."
    ).attributions
    speakers = [s.text for a in atts if a.cue is not None for s in a.speakers]
    assert speakers == ["der Minister"]


def test_a_particle_verb_of_a_cue_base_is_a_cue_of_its_own() -> None:
    said = _said("Es liegt jetzt an Ihnen zu entscheiden, rief er den Delegierten zu.")
    assert said.get("rief") == "Es liegt jetzt an Ihnen zu entscheiden"


def test_a_main_clause_in_the_indicative_goes_on_past_und() -> None:
    said = _said("Ich glaube, der Plan ist falsch und wird scheitern.")
    assert said.get("glaube") == "der Plan ist falsch und wird scheitern"
