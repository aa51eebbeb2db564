"""Source types, round 8: kinds of bodies and people the lexicon does not list — any
"-loge" scholar by the word's tail, foreign bodies by their English head noun, international
organisations of states, the voice of a named body of no known kind, and a bare noun that a
singular verb makes a name ("schreibt Techradar").  Texts are written for these tests; people,
firms and papers are invented."""

from __future__ import annotations

import pytest
from attribution_texts import find
from attribution_texts import role_kind as kind
from attribution_texts import run_text as run

from newsprobe.attribution.lexicon import sources, world_body
from newsprobe.model import SourceType

LEX = sources("de")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Seismologin", "expert"),  # any "-loge" or "-login" by its tail
        ("Ethnologinnen", "expert"),
        ("University", "expert"),  # an English head noun in a foreign body's name
        ("Association", "other"),
        ("Weltgesundheitsorganisation", "official"),  # a body of states
        ("Welt-Antidoping-Agentur", "official"),
        ("Hilfsorganisation", "other"),
        ("Nachrichtenagentur", "media"),
    ],
)
def test_head_kinds(word: str, expected: str) -> None:
    found = LEX.head_type(word)
    assert found is not None and found[0] == expected


def test_an_organiser_is_no_public_institution() -> None:
    # "Veranstalter" ends in "anstalt" once its "-er" is stripped
    found = LEX.head_type("Veranstalter")
    assert found is None or found[0] != "official"


def test_an_english_head_needs_the_whole_word() -> None:
    # "center" ends "Einkaufscenter", which is no research centre
    assert LEX.head_type("Einkaufscenter") is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Internationale Organisation für Migration", True),
        ("Europäische Arzneimittelagentur", True),
        ("World Health Organization", True),
        ("International Drone Racing Association", False),  # an association, not of states
        ("Agentur Blaupause Wien", False),
    ],
)
def test_international_organisations(name: str, expected: bool) -> None:
    assert world_body(name) is expected


def test_a_role_at_a_foreign_university_is_an_expert_s() -> None:
    assert kind("von der Chulabhorn University") == "expert"


def _source(text: str, fragment: str) -> tuple[SourceType, str]:
    a = run(text)
    src = a.sources[find(a, fragment).source]  # type: ignore[index]
    return src.type, src.reason


def test_the_voice_of_a_holding_is_other() -> None:
    text = (
        "Lehrling verliert Stelle\n\n"
        "Die Firma beendete den Lehrvertrag. Wir lehnen jede Hetze ab, sagte ein Sprecher der "
        "Gradlinger Holding am Montag."
    )
    assert _source(text, "jede Hetze")[0] == SourceType.OTHER


def test_a_spokesman_of_a_compound_body_keeps_the_role_s_kind() -> None:
    text = (
        "Soldaten im Einsatz\n\n"
        "Etwa 30 Soldaten seien jeweils im Einsatz, erklärte der Heeressprecher am Montag."
    )
    assert _source(text, "30 Soldaten")[0] == SourceType.OFFICIAL


def test_a_bare_noun_with_a_singular_verb_is_a_name() -> None:
    text = (
        "Neues Motorrad\n\n"
        "Das Motorrad fährt künftig ohne Fahrer, schreibt Technikwelt. "
        "Die Lenkung sei schwierig, berichtet Technikwelt weiter."
    )
    kind_, reason = _source(text, "ohne Fahrer")
    assert kind_ == SourceType.MEDIA, reason


def test_a_bare_plural_group_stays_anonymous() -> None:
    text = "Neue Regeln\n\nDie Regeln seien zu streng, kritisieren Beobachter am Montag."
    assert _source(text, "zu streng")[0] == SourceType.ANONYMOUS


def test_an_acronym_takes_the_kind_of_its_long_name() -> None:
    text = (
        "Tote in der Wüste\n\n"
        "In der Wüste wurden 20 Tote gefunden, teilte die Internationale Organisation für "
        "Wanderung (IWO) mit. Es seien vermutlich Flüchtlinge gewesen, erklärte die IWO am "
        "Dienstag."
    )
    assert _source(text, "Flüchtlinge gewesen")[0] == SourceType.OFFICIAL


def test_a_company_s_legal_form_is_its_head() -> None:
    assert LEX.head_type("Regulierungs-GmbH") == ("other", "gmbh")


def test_a_bare_role_takes_the_kind_of_the_body_its_sentence_names() -> None:
    text = (
        "Streit um Reform\n\n"
        "Für den ÖGB reagierte am Sonntag Vizepräsidentin "
        "Renate Amsel. Gerade jetzt solle man mit den Sozialpartnern reden, appellierte sie."
    )
    kind_, reason = _source(text, "Sozialpartnern")
    assert kind_ == SourceType.OTHER, reason


def test_a_bare_role_beside_bodies_of_several_kinds_keeps_its_typing() -> None:
    text = (
        "Streit um Reform\n\n"
        "Die SPÖ und der ÖGB sind sich nicht einig. "
        "Man müsse reden, sagte Vizepräsidentin Renate Amsel."
    )
    kind_, reason = _source(text, "Man müsse reden")
    assert "named where it speaks" not in reason, (kind_, reason)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Zentralanstalt", "official"),  # a public-law institution
        ("Rundfunkanstalt", "media"),  # a broadcasting one
        ("Wetterdienst", "official"),  # a state's weather service
        ("Bezirksrat", "politician"),  # a district councillor
        ("Hörfunk", "media"),
    ],
)
def test_more_head_kinds(word: str, expected: str) -> None:
    found = LEX.head_type(word)
    assert found is not None and found[0] == expected


def test_a_role_opening_the_sentence_needs_no_second_comma() -> None:
    text = (
        "Griechenland vor der Wahl\n\n"
        "Die Lage bleibt angespannt. Der Chef des Mauthner Instituts, Hans-Werner Kolb geht "
        "davon aus, dass sich die Lage nach der Wahl zuspitzt."
    )
    kind_, reason = _source(text, "Lage nach der Wahl")
    assert kind_ == SourceType.EXPERT, reason


def test_a_person_s_name_tagged_as_an_organisation_is_a_person() -> None:
    from newsprobe.attribution.source_context import as_person
    from newsprobe.model import Entity, EntityType

    sinn = Entity(id=0, name="Hans-Werner Kolb", type=EntityType.ORG)
    assert as_person(sinn).type == EntityType.PER  # type: ignore[union-attr]
    firm = Entity(id=1, name="Peter Kolb Holding", type=EntityType.ORG)
    assert as_person(firm).type == EntityType.ORG  # type: ignore[union-attr]


def test_one_member_of_a_chamber_is_a_politician() -> None:
    text = (
        "Wahlkampf im Netz\n\n"
        "Das sei keine Qualifikation für das Amt, twitterte ein grüner Bundesrat am Montag. "
        "Der Bundesrat beschloss am Dienstag, das Gesetz zu prüfen."
    )
    assert _source(text, "keine Qualifikation")[0] == SourceType.POLITICIAN
