"""Source types, round 9: a speaker typed from what the whole article says about it — the
roles at every other place its name stands even where the entity layer linked no entity
("Als Regierungschef hat X …", "Innenminister X" a paragraph earlier), the party in brackets
after its name — a rank before a leading role that names no body ("Generaldirektor"), and
the heads of universities, their conferences and research projects as experts.  Texts are
written for these tests; people, firms and places are invented."""

from __future__ import annotations

import pytest
from attribution_texts import find
from attribution_texts import role_kind as kind
from attribution_texts import run_text as run

from newsprobe.attribution.source_profile import (
    as_roles,
    by_same_person,
    name_places,
    name_words,
    profile_roles,
)
from newsprobe.attribution.view import token_starts
from newsprobe.model import Source, SourceType


def _source(text: str, fragment: str) -> tuple[SourceType, str]:
    a = run(text)
    src = a.sources[find(a, fragment).source]  # type: ignore[index]
    return src.type, src.reason


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Generaldirektor der Brauerei Hopfental", "other"),  # "General-" ranks, names no body
        ("Generaldirektor", "other"),
        ("Polizeidirektor", "official"),  # a body before the role still decides
        ("Institutsdirektor", "expert"),
        ("Nobelpreisträger", "expert"),
        ("Friedensnobelpreisträger", "other"),  # peace and literature laureates are no scholars
        ("Ausgrabungsleiterin", "expert"),
        ("Forschungsleiter", "expert"),
        ("Hochschullehrerin", "expert"),
        ("Anlagestratege", "expert"),
        ("Primar", "expert"),
        ("Vizerektorin", "expert"),
        ("Präsidentin der Universitätenkonferenz", "expert"),
        ("Raumfahrt-Kontrollzentrum", "official"),
        ("Hochwasserzentrale", "official"),
        ("Entführer", "other"),  # a "-führer" that leads no state or party
        ("Rebellenführer", "other"),
        ("Oppositionsführer", "politician"),
        ("Rettungsleitstelle", "official"),
        ("Vorsitzenden Richter", "official"),  # the noun after an adjectival role is the role
        ("Vorsitzende der Universitätenkonferenz", "expert"),
    ],
)
def test_role_kinds(role: str, expected: str) -> None:
    assert kind(role) == expected


def test_a_director_is_no_university_head() -> None:
    # "Direktor" ends in "rektor": no bare "Rektor" in the lexicon
    assert kind("Direktorin") != "expert"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("K.T. Marlow", ["K.T.", "Marlow"]),
        ("Aldo Brunetti-Vasco", ["Aldo", "Brunetti-Vasco"]),
        ("Werte der Tradition", None),  # a phrase, not a name
        ("Eins Zwei Drei Vier Fünf", None),
    ],
)
def test_name_words(name: str, expected: list[str] | None) -> None:
    assert name_words(name) == expected


_ALS = (
    "Streit um das Budget\n\n"
    "Die Opposition verlangt Neuwahlen. Als Regierungschef hat Marlow damit wenig Spielraum. "
    "Es gebe keinen Grund für Neuwahlen, sagte K.T. Marlow am Montag."
)


def test_an_als_role_before_the_verb_is_the_name_s_role() -> None:
    a = run(_ALS)
    starts = token_starts(a)
    places = name_places(a, ["K.T.", "Marlow"], starts)
    assert "Regierungschef" in as_roles(a, places)
    assert "Regierungschef" in profile_roles(a, "K.T. Marlow", starts)


def test_a_surname_inside_the_full_name_is_one_place() -> None:
    a = run(_ALS)
    places = name_places(a, ["K.T.", "Marlow"], token_starts(a))
    firsts = [a.tokens[k].text for k, _, _ in places]
    assert firsts.count("K.T.") == 1 and firsts.count("Marlow") == 1


def test_an_als_phrase_inside_a_sentence_gives_no_role() -> None:
    text = (
        "Neue Halle\n\n"
        "Die Halle gilt als Vorbild hat Marlow gesagt. "
        "Die Halle sei fertig, sagte K.T. Marlow am Montag."
    )
    a = run(text)
    places = name_places(a, ["K.T.", "Marlow"], token_starts(a))
    assert as_roles(a, places) == []


def test_no_profile_for_a_phrase() -> None:
    a = run(_ALS)
    assert profile_roles(a, "keinen Grund für Neuwahlen", token_starts(a)) == []


def test_a_speaker_is_typed_from_a_role_at_another_place_of_its_name() -> None:
    kind_, reason = _source(_ALS, "keinen Grund")
    assert kind_ == SourceType.POLITICIAN, reason


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("Der Trainer gilt laut Berichten als Favorit für den Posten.", "Favorit"),
        ("Übereinstimmenden Berichten zufolge ist der Minister zurückgetreten.", "zurückgetreten"),
    ],
)
def test_plural_reports_of_no_one_named_are_the_press(sentence: str, fragment: str) -> None:
    kind_, reason = _source("Neuer Posten\n\n" + sentence, fragment)
    assert kind_ == SourceType.MEDIA, reason


def test_one_report_is_still_a_paper() -> None:
    text = "Neue Zahlen\n\nDie Armut ist gestiegen, heißt es in einem Bericht des Sozialamts."
    a = run(text)
    att = find(a, "Armut")
    assert att.source is None or a.sources[att.source].type != SourceType.MEDIA


def test_an_office_held_for_a_party_makes_a_politician() -> None:
    text = (
        "Sorge um Pflegeheime\n\n"
        "Volksanwalt Anton Gruber (SPÖ) besuchte am Montag mehrere Heime. "
        "Die Zustände seien bedenklich, sagte Gruber."
    )
    kind_, reason = _source(text, "bedenklich")
    assert kind_ == SourceType.POLITICIAN, reason


def test_an_office_without_a_party_stays_official() -> None:
    text = (
        "Sorge um Pflegeheime\n\n"
        "Volksanwalt Anton Gruber besuchte am Montag mehrere Heime. "
        "Die Zustände seien bedenklich, sagte Gruber."
    )
    kind_, reason = _source(text, "bedenklich")
    assert kind_ == SourceType.OFFICIAL, reason


def _src(sid: int, name: str, kind: SourceType, reason: str) -> Source:
    return Source(id=sid, name=name, type=kind, named=True, reason=reason)


def test_a_bare_surname_takes_the_type_of_the_full_name() -> None:
    sources = [
        _src(0, "Erna Kolbeck", SourceType.EXPERT, "role in the article 'Ökonomin'"),
        _src(1, "Kolbeck", SourceType.OTHER, "named, of no known kind"),
        _src(2, "Haller", SourceType.OTHER, "named person without a known role"),
    ]
    by_same_person(sources)
    assert sources[1].type == SourceType.EXPERT and "Erna Kolbeck" in sources[1].reason
    assert sources[2].type == SourceType.OTHER  # no one named in full with that surname


def test_two_people_of_one_surname_give_no_type() -> None:
    sources = [
        _src(0, "Erna Kolbeck", SourceType.EXPERT, "role in the article 'Ökonomin'"),
        _src(1, "Paul Kolbeck", SourceType.POLITICIAN, "role in the article 'Minister'"),
        _src(2, "Kolbeck", SourceType.OTHER, "named, of no known kind"),
    ]
    by_same_person(sources)
    assert sources[2].type == SourceType.OTHER


def test_a_surname_typed_by_its_own_role_keeps_it() -> None:
    sources = [
        _src(0, "Erna Kolbeck", SourceType.EXPERT, "role in the article 'Ökonomin'"),
        _src(1, "Kolbeck", SourceType.POLITICIAN, "role in the article 'Ministerin'"),
    ]
    by_same_person(sources)
    assert sources[1].type == SourceType.POLITICIAN


def test_a_head_noun_before_a_known_name_says_which_body_speaks() -> None:
    # "Focus" is a magazine to the knowledge base; this one is a market researcher
    text = (
        "Mehr Werbung im Radio\n\n"
        "Die Ausgaben für Radiowerbung stiegen um zwölf Prozent, teilte der Marktforscher "
        "Focus am Montag mit."
    )
    kind_, reason = _source(text, "zwölf Prozent")
    assert kind_ == SourceType.EXPERT, reason


def test_a_known_name_alone_keeps_the_knowledge_base_s_kind() -> None:
    text = (
        "Mehr Werbung im Radio\n\n"
        "Die Ausgaben für Radiowerbung stiegen um zwölf Prozent, berichtete Focus am Montag."
    )
    kind_, reason = _source(text, "zwölf Prozent")
    assert kind_ == SourceType.MEDIA, reason
