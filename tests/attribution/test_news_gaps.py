"""Attribution gaps of news writing: subjects before appositions and relative clauses, a
second verb sharing the first one's subject ("…, sagte Müller und fügte hinzu, …"), source
nouns ("Dem Vernehmen nach", "nach bisherigem Erkenntnisstand", "gemäß der Zeitung",
", wonach …", "aus … geht hervor, dass"), and the interview/highlight layout
("Name: …") — with the cases that must stay unattributed."""

from __future__ import annotations

from attribution_texts import find, none_with, speaker
from attribution_texts import run_body as run


def test_subject_before_an_apposition() -> None:
    a = run(
        "Die Leiterin des Gesundheitsamts, Petra Lindner, sagte, die Lage sei unter "
        "Kontrolle. Weitere Tests folgen."
    )
    assert speaker(a, "die Lage sei unter Kontrolle") == (
        "Die Leiterin des Gesundheitsamts, Petra Lindner"
    )


def test_subject_before_a_relative_clause_leaves_the_clause_out() -> None:
    a = run(
        "Jonas Berger, der seit 2019 den Verein führt, erklärte, man werde die Halle "
        "sanieren. Die Stadt prüft das."
    )
    assert speaker(a, "man werde die Halle sanieren") == "Jonas Berger"


def test_apposition_and_relative_clause_together() -> None:
    a = run(
        "Karl Ostermann, der Bürgermeister von Auenberg, der seit März im Amt ist, sagte: "
        "„Wir bauen die Brücke neu.“"
    )
    assert speaker(a, "Wir bauen die Brücke neu") == (
        "Karl Ostermann, der Bürgermeister von Auenberg"
    )


def test_second_verb_shares_the_subject() -> None:
    a = run(
        "Die Bürgermeisterin war am Montag vor Ort und sagte, die Sperrung werde bis "
        "Freitag dauern. Danach wird weitergebaut."
    )
    assert speaker(a, "die Sperrung werde bis Freitag") == "Die Bürgermeisterin"


def test_und_fuegte_hinzu_after_a_comma() -> None:
    a = run(
        "Der Zugverkehr sei eingestellt, sagte ein Bahnsprecher am Abend, und fügte hinzu, "
        "die Reparatur werde Tage dauern."
    )
    assert speaker(a, "die Reparatur werde Tage dauern") == "ein Bahnsprecher"


def test_adverb_between_subject_and_verb() -> None:
    a = run("Die Gewerkschaft hingegen erklärte, der Streik gehe weiter. Mehr nicht.")
    assert speaker(a, "der Streik gehe weiter") == "Die Gewerkschaft"


def test_auxiliary_before_subject_in_perfect() -> None:
    a = run("Lindner hatte im Interview betont, die Schuldenbremse gelte weiter.")
    assert speaker(a, "die Schuldenbremse gelte weiter") == "Lindner"


def test_dem_vernehmen_nach() -> None:
    a = run("Dem Vernehmen nach soll der Vorstand schon im Mai zurücktreten.")
    att = find(a, "soll der Vorstand schon im Mai zurücktreten")
    assert att.cue is not None and "nach" in att.cue.text


def test_nach_bisherigem_erkenntnisstand() -> None:
    a = run("Nach bisherigem Erkenntnisstand wurde der Brand durch einen Defekt ausgelöst.")
    att = find(a, "wurde der Brand durch einen Defekt ausgelöst")
    assert att.cue is not None and att.cue.text == "Nach"
    assert att.speakers[0].text == "bisherigem Erkenntnisstand"


def test_gemaess_a_source_but_not_a_rule() -> None:
    a = run("Der Unfall kostete gemäß der Lokalzeitung drei Menschen das Leben.")
    att = find(a, "drei Menschen das Leben")
    assert att.cue.text == "gemäß" and att.speakers[0].text == "der Lokalzeitung"
    b = run("Die Anlage wurde gemäß den Vorschriften gewartet und am Montag geprüft.")
    assert none_with(b, "gewartet")


def test_wonach_belongs_to_the_reports_not_to_who_rejects_them() -> None:
    a = run(
        "Das Ministerium hat Pressemeldungen der Abendzeitung zurückgewiesen, wonach die "
        "Behörde geschlossen werden solle."
    )
    att = find(a, "die Behörde geschlossen werden solle")
    assert att.cue.text == "wonach"  # the connector, as the news corpus marks it
    assert att.speakers[0].text == "der Abendzeitung"


def test_aus_dem_bericht_geht_hervor() -> None:
    a = run("Aus dem Jahresbericht der Aufsicht geht hervor, dass die Zahl der Fälle stieg.")
    att = find(a, "dass die Zahl der Fälle stieg")
    assert att.speakers[0].text.startswith("dem Jahresbericht")
    assert len([x for x in a.attributions if "Zahl der Fälle" in x.message.text]) == 1
    b = run("Aus der Ehe gingen zwei Kinder hervor. Die Familie lebt in Kassel.")
    assert not b.attributions


def test_colon_layout_names_the_speaker_without_a_cue() -> None:
    a = run(
        "Die Förderung wird gekürzt.\n\nBundesgesundheitsministerin Anna Keller: „Wir "
        "stehen zu unseren Zusagen.“\n\nBundeswirtschaftsministerium: Förderzusagen "
        "gelten weiterhin."
    )
    quote = find(a, "Wir stehen zu unseren Zusagen")
    assert quote.kind == "direct" and quote.cue is None
    assert quote.speakers[0].text == "Bundesgesundheitsministerin Anna Keller"
    plain = find(a, "Förderzusagen gelten weiterhin")
    assert plain.cue is None and plain.speakers[0].text == "Bundeswirtschaftsministerium"


def test_colon_after_a_place_or_a_topic_is_no_speaker() -> None:
    a = run("Berlin: Die Polizei hat drei Männer festgenommen.\n\nFazit: Es bleibt teuer.")
    assert none_with(a, "Die Polizei hat drei Männer festgenommen")
    assert none_with(a, "Es bleibt teuer")
