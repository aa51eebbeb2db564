"""Speaker resolution, round 8: given names' gender from lists before endings, a female
role noun, subjects after a reflexive pronoun, organisation descriptions by salience
("der Verband" after "so die FIFA"), and appositions beside a description ("X, ein Sprecher
der Armee, teilte mit", "des Hauptsponsors, dem Getränkehersteller Pepsi").  Texts are
written for these tests."""

from __future__ import annotations

from attribution_texts import find, run_text

from newsprobe.attribution import gender as g
from newsprobe.model import SpeakerResolution


def speaker_name(text: str, fragment: str) -> str | None:
    att = find(run_text(text), fragment)
    return att.speaker.name if att.speaker is not None else None


def test_listed_female_names_without_a_female_ending_are_female() -> None:
    for name in ("Elizabeth", "Sarah", "Isabell", "Dagmar", "Gwen", "Heidi"):
        assert g.first_name_gender(name) == g.F, name
    for name in ("Henry", "Giovanni", "Adolfo", "Takeshi"):
        assert g.first_name_gender(name) == g.M, name
    assert g.first_name_gender("Yoko") == g.F


def test_an_ending_alone_is_no_sure_gender() -> None:
    assert g.first_name_known("Elizabeth")
    assert not g.first_name_known("Qiangba")
    assert g.person_gender(["Qiangba", "Puncog"], guess=False) == g.UNKNOWN
    assert g.person_gender(["Qiangba", "Puncog"]) == g.F  # the ending's guess, kept last


def test_she_takes_a_woman_whose_name_has_no_female_ending() -> None:
    text = (
        "Das Nothilfebüro der Vereinten Nationen lud am Montag in Genf zu einer "
        "Pressekonferenz. Dort forderte Elizabeth Byrs einen Luftkorridor für Hilfsgüter. "
        "An die Regierung appellierte sie, mehr ausländische Helfer ins Land zu lassen."
    )
    assert speaker_name(text, "ausländische Helfer") == "Elizabeth Byrs"


def test_a_body_description_takes_the_body_that_spoke_last() -> None:
    text = (
        "Der Deutsche Fußball-Bund hatte sich um das Turnier beworben. Die Kosten liegen bei "
        "765 Millionen Euro, so die FIFA am Montag. Die Vergabe sei die letzte nach dem "
        "Rotationsprinzip, wie der Verband mitteilte."
    )
    assert (speaker_name(text, "Rotationsprinzip") or "").upper() == "FIFA"


def test_a_bare_definite_description_does_not_hide_the_body_named_before_it() -> None:
    text = (
        "Die Weltgesundheitsorganisation meldete am Dienstag neue Zahlen. Ärzte ohne Grenzen "
        "teilte mit, drei Flugzeuge seien in Rangun gelandet. 22 Teams der Organisation "
        "seien im Delta unterwegs. Der Organisation zufolge wurden viele einheimische "
        "Mitarbeiter eingestellt."
    )
    assert speaker_name(text, "einheimische Mitarbeiter") == "Ärzte ohne Grenzen"


def test_a_description_after_a_name_and_its_comma_is_that_person() -> None:
    text = (
        "Im Norden wurde gekämpft. Wie Philip Aguer Panynag, ein Sprecher der Sudanesischen "
        "Befreiungsarmee (SPLA) der Presse mitteilte, seien auch neun weitere Dörfer "
        "bombardiert worden."
    )
    att = find(run_text(text), "neun weitere Dörfer")
    assert att.speaker is not None
    assert att.speaker.name == "Philip Aguer Panynag"
    assert att.speaker.resolved_by == SpeakerResolution.APPOSITION


def test_the_name_beside_a_role_beats_another_holder_of_the_role() -> None:
    text = (
        "Bundespräsident Horst Köhler eröffnete das Turnier. Theo Zwanziger, Präsident des "
        "Deutschen Fußball-Bunds (DFB) nannte die Bewerbung von Kanada „sehr respektabel“."
    )
    assert speaker_name(text, "respektabel") == "Theo Zwanziger"


def test_a_body_in_an_apposition_after_an_unnamed_description_speaks() -> None:
    text = (
        "Die Halbzeitshow wird weltweit übertragen. Nach Angaben des Hauptsponsors der "
        "Show, dem Getränkehersteller Pepsi, wird es der erste gemeinsame Auftritt der "
        "beiden Sängerinnen sein."
    )
    assert speaker_name(text, "gemeinsame Auftritt") == "Pepsi"


def test_an_abstract_subject_is_no_antecedent_of_a_speaking_pronoun() -> None:
    text = (
        "Die Versendung von SMS-Nachrichten war am Sonntag unterbunden. Der Zeitung Kalameh "
        "Sabz wurde das Erscheinen untersagt, nachdem sie berichtet hatte, Millionen "
        "Stimmzettel seien ungültig."
    )
    assert speaker_name(text, "Stimmzettel seien") != "Versendung"


def test_a_subordinate_clause_opened_by_als_has_its_subject_after_the_conjunction() -> None:
    text = (
        "Die Proteste dauern an. Als Bürgermeister Klaus Meier am Sonntag sagte, die Lage "
        "sei unter Kontrolle, meinte er damit nicht die Blockaden."
    )
    assert speaker_name(text, "unter Kontrolle") == "Klaus Meier"


def test_a_clause_of_its_verb_alone_takes_the_name_between_the_commas_before() -> None:
    text = (
        "Die Ministerin wies diese Behauptung zurück, die bildungspolitische Sprecherin der "
        "Regierungsfraktion, Sandra Kühn (Grüne), erklärte: „Neiddebatten schaden allen.“"
    )
    assert speaker_name(text, "Neiddebatten") == "Sandra Kühn"


def test_a_body_that_opens_its_clause_speaks_the_quote_after_it() -> None:
    text = (
        "Der Prozess dauerte acht Monate. Das Gericht kam damit zu dem Ergebnis, „dass "
        "keine tragfähige Grundlage für eine Verurteilung besteht“."
    )
    assert "Gericht" in (speaker_name(text, "tragfähige Grundlage") or "")


def test_a_subject_before_the_auxiliary_speaks_a_cue_at_the_clause_end() -> None:
    text = (
        "Die Lage in der Provinz bleibt angespannt. Die staatlich kontrollierten Medien "
        "hatten am Wochenende von der Notwendigkeit eines „Volkskrieges“ gesprochen."
    )
    assert "Medien" in (speaker_name(text, "Notwendigkeit") or "")


def test_a_pronoun_after_an_inverted_verb_speaks_the_quote_it_frames() -> None:
    text = (
        "Der Verbandspräsident Theo Zwanziger hatte die Pläne am Montag bekannt gegeben. "
        "Ursprünglich wollte er „ein Konzept mit sechs Stadien vorlegen“, am Ende waren es zwölf."
    )
    assert speaker_name(text, "sechs Stadien") == "Theo Zwanziger"


def test_the_object_of_zitieren_said_the_words() -> None:
    text = (
        "Ein Fernsehteam aus Spanien wurde ausgewiesen. „Wir sind unwillkommene Zeugen“, "
        "zitierte man Yolanda Alvarez vom Sender RTVE."
    )
    assert speaker_name(text, "unwillkommene Zeugen") == "Yolanda Alvarez"


def test_a_described_object_of_zitieren_said_the_words() -> None:
    text = (
        "In der Sendung wurde ein Prediger aus London zugeschaltet. Das Magazin zitiert den "
        "Prediger mit den Worten: „Wir warnen das Abendland.“"
    )
    assert "Prediger" in (speaker_name(text, "Abendland") or "")


def test_a_place_taken_for_the_speaker_gives_way_to_the_clause_subject() -> None:
    text = (
        "Die Filmindustrie ist beunruhigt. Der Technologieexperte Adrian Kingsley-Hughes "
        "schrieb auf der englischen Internetseite ZDNet.com, dass der Code authentisch aussehe."
    )
    assert speaker_name(text, "authentisch") == "Adrian Kingsley-Hughes"


def test_a_pronoun_subject_keeps_its_antecedent_over_the_object_after_the_verb() -> None:
    text = (
        "Das Gericht nutzte die Urteilsbegründung auch zur Verteidigung in eigener Sache. Es "
        "weist den Vorwurf als abwegig zurück, man hätte immer weiter verhandelt."
    )
    assert speaker_name(text, "weiter verhandelt") != "Vorwurf"
