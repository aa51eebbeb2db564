"""A role or kind noun alone stands for the body the article spoke of just before: "Der
Generalsekretär" after "Die SPD …" speaks for the SPD, "das Gericht" after "Das Landgericht
…" is that court.  Texts are written for these tests."""

from __future__ import annotations

from attribution_texts import resolved_speaker as speaker_of
from attribution_texts import run_text as run


def test_a_spokesperson_speaks_for_the_ministry_the_sentence_before_opens_with() -> None:
    sp = speaker_of(
        "Das Innenministerium hat die Regeln für Versammlungen verschärft. "
        "Ein Sprecher sagte, man prüfe weitere Schritte.",
        "weitere Schritte",
    )
    assert sp.affiliation == "Innenministerium"


def test_a_party_office_alone_speaks_for_the_party_in_focus() -> None:
    sp = speaker_of(
        "Die SPD hat am Montag in Berlin ihr Wahlprogramm vorgestellt. "
        "Der Generalsekretär sagte, die Partei sei geschlossen.",
        "geschlossen",
    )
    assert sp.affiliation == "SPD"
    assert sp.affiliation_entity is not None
    assert sp.named is False


def test_a_party_office_alone_is_typed_by_the_party() -> None:
    a = run(
        "Die SPD hat am Montag in Berlin ihr Wahlprogramm vorgestellt. "
        "Der Generalsekretär sagte, die Partei sei geschlossen."
    )
    src = next(s for s in a.sources if s.affiliation == "SPD")
    assert src.type.value == "politician"
    assert src.reason.startswith("speaks for SPD")


def test_judges_speak_for_the_court_named_before() -> None:
    sp = speaker_of(
        "Das Landgericht München I hat den Angeklagten zu vier Jahren verurteilt. "
        "Die Richter sagten, die Tat sei lange geplant gewesen.",
        "lange geplant",
    )
    assert sp.affiliation == "Landgericht München I"


def test_the_court_described_by_its_kind_is_the_court_named_before() -> None:
    text = (
        "Das Landgericht München I hat den Angeklagten zu vier Jahren verurteilt. "
        "Das Gericht sagte, die Tat sei lange geplant gewesen."
    )
    assert speaker_of(text, "lange geplant").name == "Landgericht München I"


def test_a_role_noun_after_a_person_named_with_that_role_is_the_person() -> None:
    sp = speaker_of(
        "SPD-Generalsekretär Lars Klingbeil hat am Montag das Wahlprogramm vorgestellt. "
        "Der Generalsekretär sagte, die Partei sei geschlossen.",
        "geschlossen",
    )
    assert sp.name == "Lars Klingbeil"


def test_a_role_noun_with_no_body_before_it_stays_unlinked() -> None:
    sp = speaker_of(
        "Am Montag regnete es in ganz Bayern. Der Präsident sagte, das Wetter sei schlecht.",
        "Wetter",
    )
    assert sp.affiliation is None


def test_a_spokesperson_speaks_for_a_university_named_by_its_kind_and_place() -> None:
    sp = speaker_of(
        "Die Universität Wien hat die Prüfungen im Juni abgesagt. "
        "Der Sprecher sagte, die Lage sei schwierig.",
        "schwierig",
    )
    assert sp.affiliation == "Universität Wien"


def test_a_public_body_by_its_kind_is_no_organisation_of_another_name() -> None:
    # the tagger takes "Razzia" in the headline for an organisation: "die Polizei" is not it
    sp = speaker_of(
        "Sechs Festnahmen bei Razzia in Bonn\n\n"
        "Bei einer Razzia gegen mutmaßliche Hehler haben Ermittler am Mittwoch in Bonn "
        "acht Wohnungen durchsucht. Sechs Männer wurden festgenommen, teilte die Polizei mit.",
        "festgenommen",
    )
    assert sp.name == "Polizei"
