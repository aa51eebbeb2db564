"""Matching one event across spellings and languages, and keeping another day's event of
the same kind apart: folded names, place and country adjectives, the cross-language
cosine over words both languages share, the own-language preference, corroboration."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from newsprobe.api import analyze_text
from newsprobe.store.story_rows import StoryInput
from newsprobe.stories.cluster import Clusterer
from newsprobe.stories.events import Facets, agreement
from newsprobe.stories.features import entity_feature, extract, fold


def _item(n: int, terms: dict[str, float], time: str, lang: str = "de") -> StoryInput:
    return StoryInput(n, time, lang, f"o{n}", f"t{n}", json.dumps(terms), None, 0, None)


def test_fold_meets_transliterations() -> None:
    assert fold("Bärbel") == fold("Baerbel") == "baerbel"
    assert fold("Mbappé") == "mbappe" and fold("Élysée-Palast") == "elysee-palast"
    assert fold("Straße") == "strasse"
    # A local id the recogniser made from each spelling: the same feature.
    de = entity_feature("np:name:per:barbel-bas", "PER", "Bärbel Bas")
    en = entity_feature("np:name:per:baerbel-bas", "PER", "Baerbel Bas")
    assert de == en == "e:np:name:per:bas"
    assert entity_feature("Q64", "LOC", "Berlin") == "e:Q64"  # a KB id stays


def test_place_adjective_is_the_place() -> None:
    town = entity_feature("np:name:loc:ludwigshafen", "LOC", "Ludwigshafen")
    assert entity_feature("np:name:loc:ludwigshafener", "LOC", "Ludwigshafener") == town
    assert entity_feature(None, "LOC", "Kieler") == entity_feature(None, "LOC", "Kiel")
    # Only places, only one word, only where a name is left.
    assert entity_feature(None, "PER", "Müller") == "e:np:name:per:mueller"
    assert entity_feature(None, "LOC", "Oder") == "e:np:name:x:oder"
    assert entity_feature(None, "ORG", "Kieler Woche") != town


def test_a_name_the_kb_does_not_know_is_one_key_whatever_its_type_and_form() -> None:
    # one report's place is another's organisation or misc name
    place = entity_feature("np:name:loc:jueterbog", "LOC", "Jüterbog")
    assert entity_feature("np:name:org:jueterbog", "ORG", "Jüterbog") == place
    assert entity_feature(None, "MISC", "Jüterbog") == place
    # a person by the surname, as a headline names them
    full = entity_feature("np:name:per:karin-lehmann", "PER", "Karin Lehmann")
    assert entity_feature(None, "PER", "Lehmann") == full == "e:np:name:per:lehmann"
    # a person and a place of one name stay apart
    assert entity_feature(None, "LOC", "Lehmann") != full
    # a district by its own name; a name of three parts or a short last part stays whole
    district = entity_feature("np:name:loc:berlin-neukolln", "LOC", "Berlin-Neukölln")
    assert district == entity_feature(None, "LOC", "Neukölln") == "e:np:name:x:neukoelln"
    assert entity_feature(None, "LOC", "Nord-Ostsee-Kanal") == "e:np:name:x:nord-ostsee-kanal"
    assert entity_feature(None, "LOC", "Hagen-Süd") == "e:np:name:x:hagen-sued"
    # not for organisations: "Verdi-Bezirk" is no place of its own
    assert entity_feature(None, "ORG", "Verdi-Bezirk") == "e:np:name:x:verdi-bezirk"


def test_german_and_english_reports_share_folded_words() -> None:
    analysis = analyze_text(
        "Bundestag schafft Bürgergeld ab\n\nDer Bundestag hat am Donnerstag das Bürgergeld "
        "abgeschafft. Arbeitsministerin Bärbel Bas sprach von einem fairen Ausgleich.",
        lang="de",
    )
    english = analyze_text(
        "Bundestag scraps Buergergeld\n\nGermany's Bundestag voted on Thursday to scrap the "
        "Buergergeld. Labour Minister Baerbel Bas called it fair.",
        lang="en",
    )
    de, en = extract(analysis).terms, extract(english).terms
    assert "w:buergergeld" in de and "w:buergergeld" in en


def test_cross_language_join_counts_words_spelt_alike() -> None:
    german = {
        "e:np:org:bundestag": 2.5,
        "e:np:name:per:baerbel-bas": 2.5,
        "w:buergergeld": 2.0,
        "w:grundsicherung": 2.0,
        "w:jobcenter": 1.0,
        "w:leistung": 1.0,
    }
    english = {
        "e:np:org:bundestag": 2.5,
        "e:Q183": 2.5,
        "w:buergergeld": 2.0,
        "w:baerbel": 1.0,
        "w:welfare": 2.0,
        "w:income": 2.0,
    }
    no_shared_word = {k: v for k, v in english.items() if k != "w:buergergeld"}
    for terms, joins in ((english, True), (no_shared_word, False)):
        batch = Clusterer().add(
            [_item(1, german, "2026-06-18T13:00:00"), _item(2, terms, "2026-06-18T15:00", "en")]
        )
        assert (batch.assignments[1].story_id == 1) is joins


def test_a_name_one_recogniser_missed_counts_as_the_entity_across_languages() -> None:
    """The German report's recogniser found "Camerino" and "Lehmann" as names the KB does
    not know; the English report's took them for nouns: its words meet the German names'
    keys, so the story is a candidate -- across languages only (within one language a noun
    that is a name elsewhere is no evidence of its own)."""
    german = {
        "e:np:name:x:camerino": 2.5,
        "e:np:name:per:lehmann": 2.5,
        "n:60": 0.5,
        "n:12": 0.5,
        "w:erdbeben": 2.0,
        "w:camerino": 2.0,
        "w:lehmann": 1.0,
    }
    english = {"n:60": 0.5, "n:12": 0.5, "w:camerino": 2.0, "w:lehmann": 1.0, "w:quake": 2.0}
    batch = Clusterer().add(
        [_item(1, german, "2026-06-18T13:00:00"), _item(2, english, "2026-06-18T15:00", "en")]
    )
    assert batch.assignments[1].story_id == 1
    plain = {k: v for k, v in german.items() if not k.startswith("e:")}
    batch = Clusterer().add(
        [_item(1, plain, "2026-06-18T13:00:00"), _item(2, english, "2026-06-18T15:00", "en")]
    )
    # no name anywhere, and no kind of event or place in common: the scorer may not judge
    # the story its rare facts recall
    assert batch.assignments[1].story_id == 2
    c = Clusterer(pairs=False)
    c.add([_item(1, german, "2026-06-18T13:00:00")])
    probe_terms = {"w:camerino": 2.0, "w:lehmann": 1.0, "w:nachbeben": 2.0}
    german_probe = _item(2, probe_terms, "2026-06-18T15:00")
    assert c.add([german_probe]).assignments[0].story_id == 2  # same language: not counted


def test_same_language_words_do_not_count_as_shared_across() -> None:
    """A German article against a German-English story: the cross-language cosine (taken
    for a corroborated report) counts entities and numbers only, not the German words."""
    base = {"e:Q1055": 2.5, "n:19": 0.5, "w:festnahme": 2.0, "w:hafen": 1.0, "w:hamburg": 1.0}
    english = {"e:Q1055": 2.5, "n:19": 0.5, "e:Q183": 2.5, "w:arrest": 2.0, "w:hamburg": 1.0}
    c = Clusterer()
    batch = c.add(
        [_item(1, base, "2026-02-23T08:00:00"), _item(2, english, "2026-02-23T12:00", "en")]
    )
    assert [a.story_id for a in batch.assignments] == [1, 1]
    story = c.stories[1]
    other = {"e:Q1055": 0.5, "e:np:country:ecu": 0.5, "w:festnahme": 0.5, "w:hafen": 0.5}
    with_words = c._cosine_cross(other, story, True)
    assert c._cosine_cross(other, story, False) < with_words
    entity_only = c._cosine(other, story, ("e:", "n:"))
    assert c._cosine_cross(other, story, False) == pytest.approx(entity_only)


def test_own_language_story_ranks_before_a_cross_language_one() -> None:
    german = {"e:np:org:bundestag": 2.5, "w:buergergeld": 2.0, "w:grundsicherung": 2.0}
    german |= {"w:jobcenter": 1.0, "w:reform": 1.0, "e:np:org:spd": 0.75}
    english = {"e:np:org:bundestag": 2.5, "e:Q183": 2.5, "n:55": 0.5, "w:welfare": 2.0}
    english |= {"w:income": 2.0, "w:tough": 2.0, "w:system": 2.0}
    own = {"e:np:org:bundestag": 2.5, "e:Q183": 2.5, "n:55": 0.5, "w:buergergeld": 2.0}
    own |= {"w:grundsicherung": 2.0, "w:jobcenter": 1.0, "w:kuerzung": 1.0}
    batch = Clusterer().add(
        [
            _item(1, german, "2026-06-18T13:00:00"),
            _item(2, english, "2026-06-18T15:00:00", "en"),  # no shared word: alone
            _item(3, own, "2026-06-18T18:00:00"),  # entity cosine to 2 is higher
        ]
    )
    assert [a.story_id for a in batch.assignments] == [1, 2, 1]


def test_another_days_event_of_the_same_kind_needs_a_shared_number() -> None:
    """Same kind, same place, another day's news: no lowered threshold, unless the report
    recalls one of the event's numbers (a follow-up: "nach dem Beben der Stärke 7,1")."""
    base = {"e:np:city:fukushima": 2.5, "w:erdbeben": 2.0, "w:tsunami": 2.0, "w:kueste": 1.0}
    base |= {"w:behoerde": 1.0, "w:warnung": 1.0, "n:71": 0.5, "v:quake": 0.0, "h:quake": 0}
    base |= {"p:np:city:fukushima": 0.0, "d:w1": 0.0}
    later = {"e:np:city:fukushima": 2.5, "w:erdbeben": 2.0, "w:toter": 2.0, "w:zahl": 2.0}
    later |= {"w:strom": 1.0, "w:haushalt": 1.0, "w:hilfe": 1.0, "w:region": 1.0}
    later |= {"w:wiederaufbau": 1.0, "w:lagerhalle": 1.0, "w:behoerde": 1.0}
    later |= {f"w:{w}": 1.0 for w in ("helfer", "zelt", "notunterkunft", "besuch", "dorf")}
    later |= {f"w:{w}": 1.0 for w in ("regierung", "minister", "schaden", "gebaeude", "bahn")}
    later |= {f"w:{w}": 1.0 for w in ("schule", "spende", "wasser", "arzt", "feuerwehr")}
    later |= {"v:quake": 0.0, "h:quake": 0.0, "p:np:city:fukushima": 0.0, "d:w2": 0.0}
    # the rules alone: the pair scorer weighs the same place and class a day apart higher
    # and joins both (a known weakness, docs/stories.md)
    for terms, joins in ((later, False), ({**later, "n:71": 0.5}, True)):
        batch = Clusterer(pairs=False).add(
            [_item(1, base, "2026-02-09T03:30:00"), _item(2, terms, "2026-02-10T08:00:00")]
        )
        assert (batch.assignments[1].story_id == 1) is joins


def test_a_country_adjective_tagged_as_a_place_is_the_country() -> None:
    analysis = analyze_text(
        "Avalanche kills four skiers in Austrian resort\n\nAn avalanche killed four skiers "
        "in the Austrian ski resort of Soelden on Monday, police said.",
        lang="en",
    )
    terms = extract(analysis).terms
    assert "e:Q40" in terms  # Austria, as the German report's "österreichisch"
    assert not any(t.startswith("p:") and "austrian" in t for t in terms)  # no town


def test_a_day_ahead_is_announced_not_the_day_of_the_news() -> None:
    tuesday_night = datetime(2026, 4, 21, 22, 0)  # "will am Mittwoch zurücktreten"
    announced = Facets.of(["d:w3"], tuesday_night)
    assert announced.days == {date(2026, 4, 22)} and announced.near_days == set()
    story = Facets.of(["d:w2"], datetime(2026, 4, 21, 19, 0))  # "am Dienstagabend"
    assert agreement(announced, Facets(set(), set(), set()), story).days == 0
    told = Facets.of(["d:w1"], tuesday_night)  # Monday's news: a day of its own
    assert agreement(told, Facets(set(), set(), set()), story).days == -1
