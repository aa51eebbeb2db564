"""Narrated stance acts ("kritisierte die Pläne") are typed ``narrated_stance``; acts with a
content of their own, or with an "als" predicate, stay ``narrated_speech``
(``attribution.stance_acts``).  Texts written for newsprobe."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run

from newsprobe.eval.spkatt_spans import is_unannotated


def _cue_type(body: str, lemma: str) -> str | None:
    for a in run(body).attributions:
        if a.cue is not None and a.cue.lemma == lemma:
            return a.cue.type
    return None


@pytest.mark.parametrize(
    ("body", "lemma", "expected"),
    [
        ("Die Ministerin kritisierte am Montag die Pläne der Stadt.", "kritisieren",
         "narrated_stance"),
        ("Der Verband lehnt einen Boykott der Spiele ab.", "ablehnen", "narrated_stance"),
        ("Der Bürgermeister verteidigte den Kurs der Verwaltung.", "verteidigen",
         "narrated_stance"),
        # an "als" predicate says something: stays a content act
        ("Die Partei wies die Vorwürfe als haltlos zurück.", "zurückweisen", "narrated_speech"),
        ("Der Gewerkschaftschef kritisierte die Reform als unsozial.", "kritisieren",
         "narrated_speech"),
        # content acts
        ("Die Opposition forderte den Rücktritt des Ministers.", "fordern", "narrated_speech"),
        ("Der Wetterdienst warnt vor weiteren Überschwemmungen.", "warnen", "narrated_speech"),
    ],
)  # fmt: skip
def test_stance_type(body: str, lemma: str, expected: str) -> None:
    assert _cue_type(body, lemma) == expected


def test_stance_act_keeps_its_speaker() -> None:
    atts = [
        a
        for a in run("Die Ministerin kritisierte am Montag die Pläne der Stadt.").attributions
        if a.cue is not None and a.cue.type == "narrated_stance"
    ]
    assert atts and atts[0].speakers[0].text == "Die Ministerin"
    assert atts[0].kind.value == "narrated"


def test_scorer_leaves_out_only_stance_acts() -> None:
    assert is_unannotated("narrated_stance")
    assert not is_unannotated("narrated_speech")
    assert not is_unannotated("speech_verb")
