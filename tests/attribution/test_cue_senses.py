"""Cue verbs in a sense that names no speech act: "fordern" with casualties as its subject
or object ("Der Anschlag forderte acht Tote"), and a bare "wie" + participle ("wie
erwartet", "wie angekündigt") that has neither speaker nor content — each with the speech
act beside it that must stay a cue."""

from __future__ import annotations

from attribution_texts import run_body as run


def _cues(text: str) -> list[str]:
    return [a.cue.text for a in run(text).attributions if a.cue is not None]


def test_fordern_with_casualties_is_no_demand() -> None:
    assert "forderten" not in _cues(
        "Die Rebellen forderten bei dem Angriff mindestens zwölf Menschenleben."
    )
    assert "forderte" not in _cues(
        "Acht Tote und sechsundfünfzig Verletzte forderte heute Morgen laut Behördenangaben "
        "gegen 08:15 Uhr ein Sprengstoffanschlag auf einen Bus in Russland."
    )


def test_fordern_with_casualties_inside_a_phrase_stays_a_demand() -> None:
    assert "forderte" in _cues("Die Opposition forderte mehr Hilfe für die Opfer.")
    assert "forderte" in _cues("Der Verband forderte mehr Geld für die Angehörigen der Toten.")


def test_bare_wie_participle_is_no_cue() -> None:
    assert "erwartet" not in _cues(
        "Der Tropensturm hat sich in den letzten Stunden wie erwartet zu einem Hurrikan entwickelt."
    )
    assert "berichtet" not in _cues("Die Firma hat wie berichtet Insolvenz angemeldet.")


def test_wie_with_a_speaker_stays_a_cue() -> None:
    assert "erwartet" in _cues("Wie der Minister erwartet, steigen die Preise weiter.")


def test_fronted_dies_is_the_object_not_an_adverbial() -> None:
    a = run("Der Schauspieler leidet an Alzheimer. Dies teilte ein Sprecher am Donnerstag mit.")
    att = [x for x in a.attributions if x.cue is not None and x.cue.text == "teilte"]
    assert att and att[0].message.text == "Der Schauspieler leidet an Alzheimer"
    assert att[0].speakers[0].text == "ein Sprecher"


def test_indicative_main_clause_with_a_long_subject_after_a_bare_frame() -> None:
    a = run(
        "Die Zeitung hatte gestern berichtet, 200 feste und 300 freie Mitarbeiter sollen "
        "entlassen werden."
    )
    att = [x for x in a.attributions if x.cue is not None and x.cue.text == "berichtet"]
    assert att and att[0].message.text.startswith("200 feste und 300 freie Mitarbeiter")
    b = run("Er sagte, die neuen Regeln der Europäischen Kommission gelten ab Mai.")
    assert [x.message.text for x in b.attributions] == [
        "die neuen Regeln der Europäischen Kommission gelten ab Mai"
    ]


def test_long_subject_reading_needs_a_noun_phrase() -> None:
    # a relative clause before the verb is no subject phrase of a reported main clause
    a = run("Er sagte, die Reform, die er plant, kommt.")
    assert not any(x.cue is not None and x.cue.text == "sagte" for x in a.attributions)


def test_judging_verbs_with_an_als_predicate_are_narrated_opinions() -> None:
    a = run("Die Ministerin wertete das Ergebnis als Erfolg ihrer Politik.")
    att = [x for x in a.attributions if x.cue is not None and x.cue.text == "wertete"]
    assert att and att[0].speakers[0].text == "Die Ministerin"
    assert "sieht" in _cues("Der Verband sieht diese Maßnahme als Kapitulation vor den Tätern.")


def test_judging_verbs_without_als_or_in_the_agentless_passive_are_no_cues() -> None:
    assert "sieht" not in _cues("Die Polizei sieht keinen Zusammenhang mit dem Brand.")
    assert "bewertete" not in _cues("Die Jury bewertete am Abend die Beiträge.")
    assert "angesehen" not in _cues(
        "Der Wahlablauf wird als Prüfstein für den Zustand der Demokratie angesehen."
    )
    assert "gewertet" not in _cues("Das Spiel wurde als Niederlage gewertet.")


def test_lauten_frames_a_statement_with_a_speech_noun_subject() -> None:
    a = run("Das Fazit des Vorabberichts lautete: „Die Wahlen boten den Bürgern eine Chance.“")
    att = [x for x in a.attributions if x.cue is not None and x.cue.text == "lautete"]
    assert att and att[0].message.text.startswith("Die Wahlen boten")
    assert "lautete" in _cues("Die Kernaussage von Jerry Larson lautete: „Wir fliegen wieder.“")


def test_lauten_without_a_speech_noun_is_no_cue() -> None:
    assert "lautet" not in _cues("Der Name des neuen Projekts lautet „Blackout“.")
    assert "lautet" not in _cues("Die Anklage gegen den Mann lautet auf Mord.")


def test_von_x_war_die_rede_with_its_source() -> None:
    a = run("In einem Schreiben an die Mitarbeiter war von einem „offenen Dialog“ die Rede.")
    att = [x for x in a.attributions if x.cue is not None and x.cue.text == "die Rede"]
    assert att and att[0].speakers[0].text == "einem Schreiben"
    assert "offenen Dialog" in att[0].message.text


def test_die_rede_without_a_source_or_as_a_speech_is_no_cue() -> None:
    assert "die Rede" not in _cues("Zunächst war von 25 Verletzten die Rede.")
    assert not _cues("Der Minister hielt am Montag eine lange Rede.")


def test_judging_verb_without_its_als_takes_no_content_clause() -> None:
    assert "ansehen" not in _cues("Auf der Karte kann man sich ansehen, wo der Bus gerade hält.")


def test_speech_verb_with_an_act_noun_names_no_statement() -> None:
    # one text per class of speech_verbs.act_nouns: office, state, figures, match
    assert "erklärte" not in _cues(
        "Der Vorstandschef zog die Konsequenzen und erklärte seinen Rücktritt."
    )
    assert "kündigte" not in _cues("Die Senatorin kündigte am Montag ihre Kandidatur an.")
    assert "gab" not in _cues("Der Trainer gab seinen Rückzug aus dem Profisport bekannt.")
    assert "erklärte" not in _cues("Die Regierung erklärte dem Nachbarland offiziell den Krieg.")
    assert "rief" not in _cues("Der Gouverneur rief den Notstand aus.")
    assert "meldete" not in _cues("Der Autobauer meldete gestern Milliardenverluste.")
    assert "bestritt" not in _cues("Die Mannschaft bestritt ihr letztes Heimspiel in Bremen.")


def test_act_noun_in_a_content_or_a_phrase_keeps_the_cue() -> None:
    assert "erklärte" in _cues("Der Minister erklärte, der Krieg sei bald vorbei.")
    assert "erklärte" in _cues("Der Sprecher erklärte die Gründe für den Rücktritt.")
    assert "kündigte" in _cues("Die Partei kündigte Widerstand gegen den Rücktritt an.")
    assert "meldete" in _cues("Die Bank meldete, der Gewinn sei deutlich gestiegen.")


def test_erklaeren_with_a_status_predicate_is_a_declaration() -> None:
    assert "erklärte" not in _cues("Der Schiedsrichter erklärte das Tor dennoch für gültig.")
    assert "erklärt" not in _cues(
        "Das Gericht hatte die Wahl für nichtig erklärt und Neuwahlen angesetzt."
    )
    assert "erklärte" not in _cues("Im Jahr 2007 erklärte die Regierung den General zum Feind.")
    assert "erklärt" not in _cues("Das Massaker wurde vom Gerichtshof zum Völkermord erklärt.")


def test_erklaeren_with_a_topic_or_a_phrase_stays_a_statement() -> None:
    assert "erklärte" in _cues("Zur Lage erklärte die Polizei, es gebe keine Gefahr.")
    assert "erklärte" in _cues("Der Sprecher erklärte für die Regierung, man werde prüfen.")
    assert "erklärte" in _cues("Der Sprecher erklärte für den Konzern die neuen Pläne.")
