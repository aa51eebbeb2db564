"""Source types, round 7: the kind of a speaker from the rest of the article (a kind noun
before another occurrence of its name, a colleague of the person quoted before, "den Angaben
zufolge" pointing back), deputies of an office, Austrian party short forms before a role,
high commissioners, citizens and family members as witnesses, umlaut plurals ("Ärzte"),
and a "Pressesprecher" who speaks for no press.  Texts are written for these tests; people
and papers are invented."""

from __future__ import annotations

import pytest
from attribution_texts import find
from attribution_texts import role_kind as kind
from attribution_texts import run_text as run

from newsprobe.attribution.lexicon import sources
from newsprobe.attribution.person_roles import role_type
from newsprobe.model import SourceType

LEX = sources("de")


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Landeshauptmannstellvertreter", "politician"),  # the deputy of an office
        ("Bürgermeister-Stellvertreterin", "politician"),
        ("FP-Sicherheitsreferent", "politician"),  # a party's people, by its short form
        ("VP-Bildungssprecherin", "politician"),
        ("UN-Hochkommissar", "official"),  # an international body's, not an EU commissioner
        ("Bürgerin", "witness"),
        ("Witwe", "witness"),
        ("Präsidentschaft", "official"),  # a head of state's office
        ("Befragung", "document"),
        # umlaut plurals find their singular: "Ärzte" is "Arzt"
        ("Ärzte", "expert"),
        ("Ärzten", "expert"),
        ("Anwälte", "other"),
    ],
)
def test_role_kinds(role: str, expected: str) -> None:
    assert kind(role) == expected


def test_an_umlaut_plural_of_a_text_is_no_speaker_noun() -> None:
    # "Verträge", "Entwürfe" would make texts speakers of the statements around them
    assert LEX.head_type("Verträge") is None
    assert LEX.head_type("Fachärzte") == ("expert", "arzt")


def test_a_bare_deputy_or_adjective_has_no_kind() -> None:
    assert kind("Stellvertreter") is None
    assert kind("SP-naher Berater") is None  # an adjective, not a member


def _source(text: str, fragment: str) -> tuple[SourceType, str]:
    a = run(text)
    src = a.sources[find(a, fragment).source]  # type: ignore[index]
    return src.type, src.reason


def test_a_paper_named_with_its_kind_elsewhere_is_media() -> None:
    kind_, why = _source(
        "Brüssel – Der Verdächtige ist frei, berichteten die Zeitungen Le Petit Veilleur und "
        "Het Dagelijks Woord am Montag. Nun wurde laut Le Petit Veilleur eine Untersuchung "
        "gegen den Richter eingeleitet.",
        "Untersuchung",
    )
    assert kind_ == SourceType.MEDIA, why


def test_a_title_in_an_apposition_elsewhere_types_the_surname() -> None:
    kind_, why = _source(
        "Genf – Die Lage sei dramatisch, sagte der UN-Hochkommissar für Flüchtlinge, "
        "Marek Oskarsson, am Freitag. Die Zahl der Vertriebenen steige. "
        "Ein Zusammenbruch der Versorgung steht bevor, sagte Oskarsson.",
        "Zusammenbruch",
    )
    assert kind_ == SourceType.OFFICIAL, why


def test_a_colleague_shares_the_kind_of_the_person_before() -> None:
    kind_, why = _source(
        "Wien – Die Konjunktur erhole sich langsam, sagte Bank-Ökonom Walter Pfeifenberger am "
        "Montag. Die Zuwanderung spiele keine große Rolle, betonte sein Kollege Stefan "
        "Brunnhuber.",
        "Zuwanderung",
    )
    assert kind_ == SourceType.EXPERT, why


def test_den_angaben_zufolge_rests_on_the_source_before() -> None:
    kind_, why = _source(
        "Linz – Der Einbrecher wurde in der Nacht festgenommen, teilte die Polizei mit. "
        "Er soll den Angaben zufolge bereits mehrere Wohnungen durchsucht haben.",
        "Wohnungen",
    )
    assert kind_ == SourceType.OFFICIAL, why


def test_first_reports_stay_anonymous() -> None:
    kind_, why = _source(
        "Linz – Der Einbrecher wurde in der Nacht festgenommen, teilte die Polizei mit. "
        "Er soll ersten Angaben zufolge bereits mehrere Wohnungen durchsucht haben.",
        "Wohnungen",
    )
    assert kind_ == SourceType.ANONYMOUS, why


def test_a_spouse_is_a_witness() -> None:
    kind_, why = _source(
        "Minsk – Der frühere Kandidat Ales Marenka ist frei. Seine Frau bestätigte der "
        "Agentur, er sei am Samstag entlassen worden.",
        "entlassen",
    )
    assert kind_ == SourceType.WITNESS, why


def test_a_press_spokesman_speaks_for_no_press() -> None:
    kind_, why = _source(
        "Wien – Der Kandidat verteidigte das Bild. Ihr Pressesprecher twitterte, das Bild "
        "sei nur ein Scherz gewesen.",
        "Scherz",
    )
    assert kind_ != SourceType.MEDIA, why


def test_a_role_predicated_of_the_name_types_the_person() -> None:
    kind_, why = _source(
        "Frankfurt – Die Ölpreise würden wieder steigen, sagt Jonas Feldbrügge. Feldbrügge "
        "ist Chefökonom des Vermögensverwalters Quellgrund Capital.",
        "Ölpreise",
    )
    assert kind_ == SourceType.EXPERT, why


def test_an_apposition_after_another_mention_types_the_person() -> None:
    kind_, why = _source(
        "Kinshasa – Die Reise sei ein gutes Zeichen, sagte Albert Korninger am Montag. "
        "Korninger, der politische Direktor der UN-Mission im Kongo, kennt das Land seit "
        "Jahren.",
        "Zeichen",
    )
    assert kind_ == SourceType.OFFICIAL, why


def test_a_relative_clause_is_no_apposition() -> None:
    kind_, why = _source(
        "Paris – Die Studie sei fehlerhaft, meint Anton Schleifenbaum. Schleifenbaum, der als "
        "Vater der Vergleichstests gilt, widerspricht damit dem Institut.",
        "fehlerhaft",
    )
    assert kind_ != SourceType.WITNESS, why


def test_an_apposition_without_article_types_the_person() -> None:
    kind_, why = _source(
        "Hanoi – Die Annäherung werde weitergehen, so Nguyen Van Tiem. Die Regierung schweigt. "
        "Das sei nicht überraschend, sagte Tiem, Wissenschafter am vietnamesischen Institut "
        "für Politik.",
        "Annäherung",
    )
    assert kind_ == SourceType.EXPERT, why


def test_a_bodys_own_statement_compound_is_no_paper() -> None:
    kind_, why = _source(
        "Hall – Ein Zug erfasste am Montag ein Auto am Bahnübergang. Nach Bahnangaben hätte "
        "der Schranken geschlossen sein müssen.",
        "Schranken",
    )
    assert kind_ == SourceType.OTHER, why


def test_a_quoted_name_after_a_typed_head_is_no_publication() -> None:
    kind_, why = _source(
        "Peking – Die Bilder seien bearbeitet worden, sagte ein Mitarbeiter der "
        "Video-Produktionsfirma „Lan Shui“ gegenüber Journalisten.",
        "bearbeitet",
    )
    assert kind_ == SourceType.OTHER, why


def test_a_place_after_the_body_is_no_affiliation() -> None:
    kind_, why = _source(
        "Rangun – Erste Cholerafälle sind aufgetreten. Das berichteten Mitarbeiter des "
        "Malteser Hilfsdienstes aus der Küstenstadt Labutta.",
        "Cholerafälle",
    )
    assert kind_ == SourceType.OTHER, why


def test_union_chairs_and_pollsters_take_their_bodys_kind() -> None:
    assert kind("GEW-Vorsitzende") == "other"  # a union's chair is no politician
    assert kind("OGM-Chef") == "expert"  # a polling institute's head


def test_a_state_agency_is_no_news_agency() -> None:
    assert kind("Rettungsagentur") == "official"
    assert kind("Nachrichtenagentur") == "media"
    assert kind("Werbeagentur") == "other"


def test_a_chair_introduced_by_a_possessive_leads_the_body_before() -> None:
    kind_, why = _source(
        "Hannover – Mit dem Entwurf zeigte sich die GEW Niedersachsen nicht zufrieden. Ihr "
        "Vorsitzender Ernst Vollbrecht erklärte, die Lehrer bräuchten Rechtssicherheit.",
        "Rechtssicherheit",
    )
    assert kind_ == SourceType.OTHER, why


def test_one_spokesperson_of_a_named_body_is_not_anonymous() -> None:
    kind_, why = _source(
        "Neckarsulm – Teile des Werks standen unter Wasser, die Produktion stehe still, sagte "
        "eine Quarzwerk-Sprecherin am Donnerstag.",
        "Produktion",
    )
    assert kind_ == SourceType.OTHER, why


def test_several_activists_stay_anonymous() -> None:
    kind_, why = _source(
        "Wien – Die Polizei habe zu spät eingegriffen, sagten mehrere Aktivisten am Abend.",
        "eingegriffen",
    )
    assert kind_ == SourceType.ANONYMOUS, why


def test_whom_one_speaks_with_is_no_employer() -> None:
    assert role_type("bei einer Telefonkonferenz mit dem STANDARD", LEX) is None


def test_den_berichten_zufolge_rests_on_the_outlet_before() -> None:
    kind_, why = _source(
        "Delhi – Ein Angreifer sei noch auf der Basis, berichtete der Nachrichtensender Zeit "
        "Eins am Montag. Hubschrauber überflogen den Berichten zufolge das Gelände.",
        "Hubschrauber",
    )
    assert kind_ == SourceType.MEDIA, why


def test_a_person_tagged_as_a_place_is_typed_as_a_person() -> None:
    from newsprobe.attribution.source_context import as_person
    from newsprobe.model import Entity, EntityType

    place = Entity(id=0, name="Oskar Deutsch", type=EntityType.LOC)
    assert as_person(place).type == EntityType.PER  # type: ignore[union-attr]
    city = Entity(id=1, name="Bad Ischl", type=EntityType.LOC)
    assert as_person(city).type == EntityType.LOC  # type: ignore[union-attr]
