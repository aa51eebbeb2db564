"""Source types, round typ7: where a statement was posted, names the article closes with a
body noun, a body's report in one word, and publication names that are no person's role.
Texts are written for these tests; names are invented."""

from __future__ import annotations

from attribution_texts import role_kind as kind
from attribution_texts import run_text as run
from attribution_texts import source_of

from newsprobe.attribution.lexicon import association, sources
from newsprobe.attribution.source_scene import person_roles
from newsprobe.model import Entity, EntityType, SourceType


def test_an_unnamed_poster_on_a_platform_is_social_media() -> None:
    a = run(
        "Wien – Die Preise steigen. Das sei erst der Anfang, schrieb ein Nutzer auf Facebook. "
        "Auf Twitter beklagten sich zahlreiche Kunden, dass sie keinen Zugriff hatten."
    )
    assert source_of(a, "erst der Anfang").type == SourceType.SOCIAL_MEDIA
    assert source_of(a, "keinen Zugriff").type == SourceType.SOCIAL_MEDIA


def test_without_a_platform_an_unnamed_speaker_keeps_its_type() -> None:
    a = run("Wien – Die Preise steigen. Das sei erst der Anfang, sagte ein Nutzer am Montag.")
    assert source_of(a, "erst der Anfang").type != SourceType.SOCIAL_MEDIA


def test_a_body_s_voice_on_a_platform_stays_the_body_s() -> None:
    a = run(
        "Wien – Das Online-Banking fiel aus. Auf der Facebook-Seite schreibt das "
        "Social-Media-Team des Unternehmens, dass man an der Behebung arbeite."
    )
    assert source_of(a, "Behebung").type == SourceType.OTHER


def test_a_name_closed_with_a_party_noun_is_a_party() -> None:
    a = run(
        "Kairo – Die Al-Wasat-Partei hatte den Umsturz unterstützt. Al-Wasat verteidigt sich "
        "gegen die Vorwürfe, sie sei keine religiöse Bewegung."
    )
    src = source_of(a, "keine religiöse")
    assert src.type == SourceType.POLITICIAN, src.reason


def test_a_body_s_report_in_one_word_is_a_document_its_statement_is_the_body() -> None:
    a = run(
        "Wien – Der Streit geht weiter. Die Kosten seien zu hoch, heißt es laut "
        "Rechnungshofbericht. Nach Polizeiangaben wurde niemand verletzt."
    )
    assert source_of(a, "Kosten seien").type == SourceType.DOCUMENT
    assert source_of(a, "niemand verletzt").type == SourceType.OFFICIAL


def test_a_press_report_in_one_word_is_the_press() -> None:
    a = run("Athen – Die Banken erwägen laut einem Medienbericht eine Abgabe auf Guthaben.")
    assert source_of(a, "Abgabe").type == SourceType.MEDIA


def test_a_publication_s_name_is_no_role_of_a_person() -> None:
    lex = sources("de")
    person = Entity(id=0, name="Jana Kovar", type=EntityType.PER)
    roles = ["STANDARD", "Redakteurin", "Kurier-Journalistin", "Ökonomin"]
    assert person_roles(roles, person, lex) == ["Redakteurin", "Kurier-Journalistin", "Ökonomin"]
    body = Entity(id=1, name="Kurier", type=EntityType.ORG)
    assert person_roles(["Zeitung"], body, lex) == ["Zeitung"]


def test_experiments_recordings_and_budgets_speak_as_papers() -> None:
    a = run(
        "Berlin – Ein Experiment zeigt, dass Mäuse Farben unterscheiden. Die neuen Bilder "
        "zeigen, dass der Nebel aus Gas besteht."
    )
    assert source_of(a, "Mäuse Farben").type == SourceType.DOCUMENT
    assert source_of(a, "Nebel aus Gas").type == SourceType.DOCUMENT


def test_an_association_is_none_of_its_members() -> None:
    assert association("Verband der Privatsender")
    assert association("Verband Österreichischer Zeitungen")
    assert not association("Verband")
    assert not association("Zeitung der Arbeit")
    assert kind("Geschäftsführer des Verbands der Privatsender") == "other"
    # the body ends where a second role opens
    assert kind("Vorsitzender von Radio Nord und seit Mai Sprecher der Polizei") != "official"
    a = run(
        "Wien – Die Reichweiten wurden gefälscht. Das Volumen liege bei 15 Millionen Euro, "
        "sagte Ernst Lahner, Vorsitzender des Verbands der Privatradios."
    )
    src = source_of(a, "Volumen liege")
    assert src.type == SourceType.OTHER, src.reason


def test_one_person_of_a_role_is_no_vague_group() -> None:
    a = run(
        "Kairo – Das Urteil wurde erneut verschoben. Ein Verteidiger sagte am Sonntag, es "
        "gebe keinen politischen Grund für die Verschiebung."
    )
    assert source_of(a, "politischen Grund").type == SourceType.OTHER


def test_a_bare_statement_right_after_an_authority_goes_on_from_it() -> None:
    a = run(
        "Stuttgart – Ein Sturm hat Dächer abgedeckt. Feuerwehr und Polizei seien im "
        "Dauereinsatz, teilte ein Sprecher des Innenministeriums mit. Die Zahl der Verletzten "
        "liege nach bisherigen Erkenntnissen im einstelligen Bereich."
    )
    src = source_of(a, "Zahl der Verletzten")
    assert src.type == SourceType.OFFICIAL, src.reason
    b = run(
        "Stuttgart – Ein Sturm hat Dächer abgedeckt. Die Zahl der Verletzten liege nach "
        "bisherigen Erkenntnissen im einstelligen Bereich."
    )
    assert source_of(b, "Zahl der Verletzten").type == SourceType.ANONYMOUS


def test_a_body_of_experts_is_expert() -> None:
    a = run(
        "Wien – Der Fall ist alt. Eine Historikerkommission kam zum Schluss, dass er davon "
        "gewusst habe. Die Expertenkommission empfiehlt, die Akten zu öffnen."
    )
    assert source_of(a, "davon gewusst").type == SourceType.EXPERT
    assert source_of(a, "Akten zu öffnen").type == SourceType.EXPERT
    b = run("Brüssel – Die Regeln sind streng. Die EU-Kommission empfiehlt, sie zu lockern.")
    assert source_of(b, "zu lockern").type != SourceType.EXPERT


def test_a_quoted_campaign_or_nickname_is_no_publication() -> None:
    a = run(
        "Berlin – Die Flut hat Häuser zerstört. Wie die „Aktion Lichtblick hilft“ am Montag "
        "mitteilte, fehlen Decken. Der unter dem Spitznamen „Zapp77“ auftretende Hacker hat "
        "den Schutz geknackt. „Zapp77“ erklärte, der Schlüssel sei leicht zu finden gewesen."
    )
    assert source_of(a, "fehlen Decken").type == SourceType.OTHER
    assert source_of(a, "Schlüssel sei").type == SourceType.OTHER
