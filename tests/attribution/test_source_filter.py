"""Phrases that name no one (things, headings) rest on no source; texts and rules are
documents; role words inside a person's name and new role nouns type the speaker."""

from __future__ import annotations

import pytest

from newsprobe.api import analyze_text
from newsprobe.attribution.lexicon import sources
from newsprobe.attribution.person_roles import name_roles
from newsprobe.attribution.source_filter import NO_SOURCE, thing_kind
from newsprobe.model import Token

UNKNOWN = "unnamed, of no known kind"


def _tokens(*words: str) -> list[Token]:
    out, at = [], 0
    for w in words:
        out.append(Token(start=at, end=at + len(w), text=w, pos="NN" if w[0].isupper() else "ART"))
        at += len(w) + 1
    return out


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (("der", "feige", "Anschlag"), NO_SOURCE),
        (("die", "Veröffentlichung"), "document"),
        (("den", "geltenden", "Bestimmungen"), "document"),
        (("das", "Leistungsschutzrecht"), "document"),
        (("die", "Parteiführung"), None),  # an agent despite its ending
        (("die", "Bevölkerung"), None),
        (("der", "Nachbar"), None),
    ],
)
def test_thing_kind_by_head(words: tuple[str, ...], expected: str | None) -> None:
    assert thing_kind(_tokens(*words), None, UNKNOWN) == expected


def test_thing_kind_needs_an_untyped_unnamed_phrase() -> None:
    tokens = _tokens("der", "feige", "Anschlag")
    assert thing_kind(tokens, None, "head noun 'Anschlag' (x: other)") is None


def test_no_noun_phrases() -> None:
    def tagged(text: str, pos: str) -> list[Token]:
        return [Token(start=0, end=len(text), text=text, pos=pos)]

    assert thing_kind(tagged("Niemand", "PIS"), None, UNKNOWN) == NO_SOURCE
    assert thing_kind(tagged("Grundsätzlich", "ADJD"), None, UNKNOWN) == NO_SOURCE
    assert thing_kind(tagged("Dieser", "PDS"), None, UNKNOWN) is None  # may be a speaker
    assert thing_kind(tagged("Beide", "PIS"), None, UNKNOWN) is None


def test_heading_in_capitals_is_no_source() -> None:
    tokens = [Token(start=0, end=9, text="STEIGENDE"), Token(start=10, end=16, text="KOSTEN")]
    assert thing_kind(tokens, None, "named, of no known kind") == NO_SOURCE


def test_role_words_inside_a_person_name() -> None:
    lex = sources("de")
    assert name_roles("Landtagsklubobmann Walter Steidl", lex) == ["Landtagsklubobmann"]
    assert name_roles("Walter Steidl", lex) == []
    assert name_roles("Anna Maria Berger", lex) == []


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("Ratingagentur", "expert"),
        ("Intendantin", "other"),
        ("Stürmer", "other"),
        ("Unternehmer", "other"),
        ("Volkswirt", "expert"),
        ("Bürgermeister", "politician"),
        ("Mandatarin", "politician"),
        ("Asylwerber", "witness"),
    ],
)
def test_role_nouns(word: str, kind: str) -> None:
    hit = sources("de").head_type(word)
    assert hit is not None and hit[0] == kind


def test_a_thing_as_subject_gives_no_other_source() -> None:
    text = (
        "Wien – Der Verkehrsverbund erhöht die Preise. "
        "Die Tariferhöhung sei nötig, sagte Verbundchef Karl Maier am Montag. "
        "Der feige Anschlag habe gezeigt, dass mehr Schutz nötig sei."
    )
    analysis = analyze_text(text, lang="de")
    names = {s.name for s in analysis.sources}
    thing = [
        a
        for a in analysis.attributions
        if any("Anschlag" in analysis.text[s.start : s.end] for s in a.speakers)
    ]
    assert thing and all(a.source is None for a in thing)  # found, but rests on no source
    assert not any("Anschlag" in n for n in names)
    assert any("Maier" in n for n in names)


@pytest.mark.parametrize(
    ("role", "kind"),
    [
        ("ÖVP-Mephisto", "politician"),  # a person noun of no kind after a party
        ("Siemens-Mann", "other"),
        ("IHS-Mann", "expert"),
        ("US-Amerikaner", None),  # a place is no organisation
        ("SPÖ-naher Kommunikationsberater", None),  # an adjective, not a member
    ],
)
def test_person_noun_after_an_organisation(role: str, kind: str | None) -> None:
    from newsprobe.attribution.person_roles import role_type

    found = role_type(role, sources("de"))
    assert (found[0] if found else None) == kind
