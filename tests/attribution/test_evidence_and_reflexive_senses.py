"""Speech verbs in a sense that names no speech act (SpkAtt news marks no cue): evidence
weighed ("Vieles spricht dafür, dass …", "Gegen den Plan sprechen die Erfahrungen"), a
reflexive reading ("charakterisiert sich dadurch", "Proteste haben sich angekündigt") and
"bekannt werden als" (became known as) — each with the speech act beside it that must stay a cue."""

from __future__ import annotations

from attribution_texts import run_body as run


def _cues(text: str) -> list[str]:
    return [a.cue.text for a in run(text).attributions if a.cue is not None]


def test_sprechen_weighing_evidence_is_no_speech_act() -> None:
    assert "spricht" not in _cues("Vieles spricht dafür, dass die Koalition bald zerbricht.")
    assert "sprechen" not in _cues(
        "Gegen diesen Plan sprechen nach Ansicht vieler die Erfahrungen der letzten Jahre."
    )
    assert "sprechen" not in _cues(
        "Dagegen sprechen die Erfahrungen der Praxis: Die Schulen sind schon jetzt voll."
    )


def test_sprechen_with_its_topic_stays_a_cue() -> None:
    # "dagegen" here means "however"; "gegen" belongs to the topic's phrase
    assert "sprach" in _cues("Die Opposition sprach dagegen von einem großen Erfolg.")
    assert "sprach" in _cues(
        "Der Minister sprach von einem „Krieg gegen die Armut“ in den Städten des Landes."
    )
    assert "sprach" in _cues("Die Ministerin sprach davon, dass die Reform scheitern werde.")


def test_reflexive_readings_are_no_speech_act() -> None:
    assert "charakterisiert" not in _cues(
        "Die Region charakterisiert sich dadurch, dass die Dörfer weit auseinander liegen."
    )
    assert "angekündigt" not in _cues(
        "Für den Samstag haben sich bereits Proteste von Umweltschützern angekündigt."
    )


def test_ankuendigen_with_a_speaker_stays_a_cue() -> None:
    assert "kündigte an" in _cues(
        "Der Minister kündigte an, dass er sich aus der Politik zurückziehen werde."
    )


def test_bekannt_werden_als_is_no_speech_act() -> None:
    assert not [
        c
        for c in _cues("Der Fall wurde später als „Mord im Stadtpark“ bekannt.")
        if c == "wurde" or c.startswith("bekannt")
    ]


def test_erwarten_with_a_noun_is_an_attributed_forecast() -> None:
    # a forecast is a claim on the forecaster's word, with a noun object as with a clause
    assert "erwartet" in _cues(
        "Im nächsten Jahr erwartet die Bank Überweisungen in Höhe von 70 Milliarden Euro."
    )
    assert "erwartet" in _cues("Der Experte erwartet, dass die Preise weiter steigen.")


def test_zugestehen_with_a_noun_grants_a_right() -> None:
    assert "zugestehen" not in _cues(
        "Mehrere Abgeordnete wollten der Ministerin nur eine eingeschränkte Kompetenz zugestehen."
    )
    assert "zugestanden" not in _cues("Den Angehörigen wird kein Besuchsrecht zugestanden.")


def test_halten_with_a_participle_is_keeping_not_thinking() -> None:
    assert "halten" not in _cues("Seit Tagen halten die „Gelbhemden“ den Flughafen besetzt.")
    assert "hält" in _cues("Der Minister hält es für richtig, dass die Steuern steigen.")
