"""Speaker resolution, round 15 (spk21): written texts that speak as documents beyond the
reports and letters typed before ("forderte die Resolution", "So enthält das
Strafgesetzbuch …", "Im letzten Satz der Anordnung heißt es"), and a firm's noun ("ein
Sprecher der Firma", "des Unternehmens") for the company named before whatever trade the
knowledge base gives it (a platform, a broadcaster), and a result noun whose genitive names a
document ("so das Ergebnis einer Studie … der Stiftung X") for that document and its author.
Texts are written for these tests."""

from __future__ import annotations

import pytest
from attribution_texts import find, resolved_speaker, run_text

from newsprobe.attribution.lexicon import sources
from newsprobe.attribution.person_nouns import firm_of_kind


@pytest.mark.parametrize(
    "noun",
    ["Resolution", "UN-Resolution", "Strafgesetzbuch", "Anordnung", "Kommuniqué", "Dekret"],
)
def test_resolutions_codes_and_orders_are_documents(noun: str) -> None:
    found = sources("de").head_type(noun)
    assert found is not None and found[0] == "document"


@pytest.mark.parametrize("noun", ["Verlautbarung", "Anweisung", "Aufruf"])
def test_announcements_whose_issuer_speaks_are_no_documents(noun: str) -> None:
    found = sources("de").head_type(noun)
    assert found is None or found[0] != "document"


def test_a_resolution_that_demands_is_the_speaker() -> None:
    text = (
        "Der Sicherheitsrat verabschiedete im Juli eine neue Resolution. Aus diesem Grund "
        "forderte die Resolution, genaue Zahlen über die Opfer zu sammeln."
    )
    att = find(run_text(text), "genaue Zahlen")
    assert att.speaker is not None and att.speaker.name is not None
    assert "Resolution" in att.speaker.name


def test_a_firms_noun_is_the_platform_named_before() -> None:
    text = (
        "Der Täter lud ein Video bei Facebook hoch. Das Video war drei Stunden lang zu "
        "sehen, dann wurde es laut einem Sprecher der Firma gelöscht."
    )
    sp = resolved_speaker(text, "gelöscht")
    assert sp.name is not None and "Facebook" in sp.name


def test_a_firms_noun_is_the_broadcaster_named_before() -> None:
    text = (
        "Die Opposition kritisierte RTL scharf. Laut einem Sprecher des Unternehmens war "
        "das Interview zu lang."
    )
    sp = resolved_speaker(text, "Interview")
    assert sp.name is not None and "RTL" in sp.name


def test_a_partys_noun_takes_no_platform() -> None:
    assert firm_of_kind("Konzerns", "social_media")
    assert firm_of_kind("Firma", "media")
    assert not firm_of_kind("Partei", "social_media")
    assert not firm_of_kind("Firma", "politician")
    text = "Die SPD kritisierte Facebook. Die Partei teilte mit, das Netzwerk sei gefährlich."
    sp = resolved_speaker(text, "gefährlich")
    assert sp.name is not None and "SPD" in sp.name


def test_a_result_of_a_study_is_the_study_with_its_author() -> None:
    text = (
        "Die meisten Hausmittel wirken nicht, so das Ergebnis einer gestern vorgestellten "
        "Studie mit dem Titel „Alte Rezepte“ der Stiftung Warentest."
    )
    sp = resolved_speaker(text, "Hausmittel")
    assert sp.name is not None
    assert "Studie" in sp.name and "Stiftung Warentest" in sp.name


def test_a_result_of_no_document_stays_as_it_is() -> None:
    sp = resolved_speaker("Die Preise steigen weiter, so das Ergebnis der Wahl.", "Preise")
    assert sp.name == "Ergebnis der Wahl"
