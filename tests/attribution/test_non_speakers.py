"""Phrases of classes that name no one never become speakers or sources: negated phrases,
time expressions, the rest of a prepositional phrase, a place after a speech verb — while
a report, an outlet and a relative clause's antecedent still speak. Texts are written for
these tests."""

from __future__ import annotations

from attribution_texts import run_text as run

from newsprobe import Analysis
from newsprobe.attribution import non_speakers as ns
from newsprobe.attribution import speaker_resolution as sr
from newsprobe.attribution.speaker_checks import no_one
from newsprobe.model import SpeakerResolution


def att_by_cue(analysis: Analysis, cue: str):
    found = [a for a in analysis.attributions if a.cue is not None and a.cue.text == cue]
    assert found, [(a.cue.text if a.cue else None) for a in analysis.attributions]
    return found[0]


def assert_no_source(analysis: Analysis, cue: str, phrase: str) -> None:
    att = att_by_cue(analysis, cue)
    assert att.speaker is not None and att.speaker.resolved_by == SpeakerResolution.NONE
    assert att.speaker.name is None
    assert all(phrase not in s.name for s in analysis.sources), analysis.sources


def names_no_one(analysis: Analysis, cue: str) -> bool:
    """The class check alone on the speaker phrase the cue rules gave (the abstract-noun
    check later in resolution would catch some of these phrases too)."""
    att = att_by_cue(analysis, cue)
    art = sr._article(analysis)
    span = att.speakers[0]
    return no_one(att, art.tokens(span.start, span.end), art)


NEGATED = (
    "Die Bürgermeisterin lehnte einen Kompromiss ab. Man werde sich in keinem Fall "
    "auf eine Koalition einlassen, heißt es."
)
TIME = "Als die Märchen im 16. Jahrhundert geschrieben wurden, richteten sie sich an Erwachsene."


def test_a_negated_phrase_is_no_speaker() -> None:
    a = run(NEGATED)
    assert_no_source(a, "heißt", "Fall")
    assert names_no_one(a, "heißt")
    assert ns.negated([_tok("keine", pos="PIAT"), _tok("Wunder")])
    assert not ns.negated([_tok("die", pos="ART"), _tok("Ministerin")])


def test_a_time_expression_is_no_speaker() -> None:
    a = run(TIME)
    assert_no_source(a, "geschrieben", "Jahrhundert")
    assert names_no_one(a, "geschrieben")


def test_a_prepositional_remnant_is_no_speaker() -> None:
    a = run("Wer einen Zigarettenstummel achtlos auf die Straße wirft, wird zur Kasse gebeten.")
    assert_no_source(a, "gebeten", "Straße")


def test_a_place_after_in_is_no_speaker_of_a_speech_verb() -> None:
    a = run(
        "Das Institut liegt in Klosterneuburg. Wie in Klosterneuburg berichtet, verbreiten "
        "sich die Gene schneller."
    )
    assert_no_source(a, "berichtet", "Klosterneuburg")


def test_a_report_after_in_still_speaks() -> None:
    a = run(
        "Der Hubschrauber stürzte ab. In einem Bericht der Salzburger Nachrichten wurde "
        "vermutet, dass niemand überlebt hat."
    )
    sp = att_by_cue(a, "vermutet").speaker
    assert sp is not None and sp.name == "Salzburger Nachrichten"


def test_a_relative_clauses_antecedent_after_a_preposition_still_speaks() -> None:
    a = run("Ein Vorschlag kam auf der Sitzung von Ägypten, das vorschlug, eine Zone einzurichten.")
    sp = att_by_cue(a, "vorschlug").speaker
    assert sp is not None and sp.resolved_by != SpeakerResolution.NONE


def test_a_magazine_named_like_a_time_still_speaks() -> None:
    a = run("Die Computerwoche berichtete, der Konzern plane einen Umbau.")
    sp = att_by_cue(a, "berichtete").speaker
    assert sp is not None and sp.name == "Computerwoche"


def test_time_heads_and_compounds() -> None:
    assert ns.time_expression([], _tok("Jahrhundert"))
    assert ns.time_expression([], _tok("Mittwochabend"))
    assert ns.time_expression([], _tok("Vorjahr"))
    assert not ns.time_expression([], _tok("Wirtschaftswoche"))
    assert not ns.time_expression([], _tok("Bundestag"))
    name = _tok("Sommer", pos="NE")
    assert not ns.time_expression([_tok("Theo", pos="NE"), name], name)


def _tok(text: str, pos: str = "NN"):
    from newsprobe.model import Token

    return Token(start=0, end=len(text), text=text, sentence=0, pos=pos)


def test_a_pronoun_in_a_case_no_subject_takes_never_speaks() -> None:
    """Round 4: "derer", "denen", "ihm" alone in a speaker slot name no one."""
    from newsprobe.api import analyze_text

    text = "Nur die Hälfte derer, die wir als Freund bezeichnen, würde uns dieselbe Ehre erweisen."
    analysis = analyze_text(text, lang="de")
    assert all(s.name.lower() != "derer" for s in analysis.sources)
