"""Where an event happened: places named by adjective or hyphenated name, and the headline
towns that keep a look-alike of the same day and kind apart (eighth round)."""

from __future__ import annotations

import json

from newsprobe.api import analyze_text
from newsprobe.store.story_rows import StoryInput
from newsprobe.stories.cluster import Clusterer
from newsprobe.stories.features import derived_places, extract, place_of
from newsprobe.stories.state import LiveStory, headline_places, place_apart


def _item(n: int, terms: dict[str, float], time: str, lang: str = "de") -> StoryInput:
    return StoryInput(n, time, lang, f"o{n}", f"t{n}", json.dumps(terms), None, 0, None)


def test_place_adjectives_and_compounds_name_the_place() -> None:
    kassel = place_of("Kassel")
    assert kassel is not None and place_of("Kasseler") == kassel
    assert place_of("Duisburger") == place_of("Duisburg") == "e:np:city:duisburg"
    # not a place: common words, short stems, lower case, countries (their adjectives are
    # the country's), names the KB marks as also common words
    assert place_of("Lehrer") is None and place_of("Fahrer") is None
    assert place_of("kasseler") is None
    assert place_of("Deutschland") is None
    assert place_of("Essener") is None
    assert derived_places("Duisburg-Bruckhausen") == ["e:np:city:duisburg"]
    assert derived_places("Paderborner Dom") == [place_of("Paderborn")]
    assert derived_places("Karl-Marx-Straße") == []


def test_own_reporting_names_the_town_by_its_adjective() -> None:
    text = (
        "Geschlossene Türen im Rathaus\n\n"
        "Vor dem Bürgerbüro stehen am Vormittag ein Dutzend Menschen. Unbekannte haben in "
        "der Nacht die Rechner der Kasseler Verwaltung angegriffen."
    )
    terms = extract(analyze_text(text, lang="de")).terms
    kassel = place_of("Kassel")
    assert kassel is not None
    assert kassel in terms and "p:" + kassel[2:] in terms


def test_headline_towns_are_features() -> None:
    text = (
        "Zwei Tote bei Wohnungsbrand in Hamburg-Wilhelmsburg\n\n"
        "Bei einem Brand in einem Mehrfamilienhaus sind am Dienstagabend zwei Menschen ums "
        "Leben gekommen, teilte die Feuerwehr mit."
    )
    terms = extract(analyze_text(text, lang="de")).terms
    assert "e:np:name:x:wilhelmsburg" in headline_places(terms)


def _story(headline: dict[str, float], *members: dict[str, float]) -> LiveStory:
    story = LiveStory(1, "t", None, None, 1, 1, 0, ["o"], ["de"])
    for terms in (headline, *members):
        story.add_words(terms)
    return story


def test_a_headline_naming_another_town_is_another_event() -> None:
    billbrook = {"q:np:name:x:billbrook": 0.0, "e:np:name:x:billbrook": 2.5, "e:Q1055": 2.5}
    story = _story(billbrook)
    wilhelmsburg = frozenset({"e:np:name:x:wilhelmsburg"})
    # the look-alike: another district in its headline, the story's named nowhere
    assert place_apart(wilhelmsburg, frozenset({"e:np:name:x:wilhelmsburg", "e:Q1055"}), story)
    # own reporting that names the story's town in its body
    assert not place_apart(wilhelmsburg, frozenset({"e:np:name:x:billbrook"}), story)
    # ... or as a word its recogniser did not take for a name
    assert not place_apart(wilhelmsburg, frozenset({"w:billbrook"}), story)
    # a headline town the story names anywhere (the district of a report headed with the city)
    assert not place_apart(frozenset({"e:Q1055"}), frozenset(), story)
    # no town in either headline: nothing to compare
    assert not place_apart(frozenset(), frozenset(), story)
    assert not place_apart(wilhelmsburg, frozenset(), _story({"e:Q1055": 2.5}))


def test_the_headline_town_guard_keeps_a_look_alike_apart_within_one_language() -> None:
    base = {
        "e:np:name:x:billbrook": 2.5,
        "e:Q1055": 2.5,
        "w:grossbrand": 2.0,
        "w:lagerhalle": 2.0,
        "w:feuerwehr": 1.0,
        "v:fire": 0.0,
        "p:np:name:x:billbrook": 0.0,
        "p:Q1055": 0.0,
        "q:np:name:x:billbrook": 0.0,
        "d:w2": 0.0,
    }
    other = {
        "e:np:name:x:wilhelmsburg": 2.5,
        "e:Q1055": 2.5,
        "w:wohnungsbrand": 2.0,
        "w:grossbrand": 1.0,
        "w:lagerhalle": 1.0,
        "w:feuerwehr": 1.0,
        "v:fire": 0.0,
        "p:np:name:x:wilhelmsburg": 0.0,
        "p:Q1055": 0.0,
        "q:np:name:x:wilhelmsburg": 0.0,
        "d:w2": 0.0,
    }
    without = {k: v for k, v in other.items() if not k.startswith("q:")}
    for terms, joins in ((other, False), (without, True)):
        batch = Clusterer(pairs=False).add(
            [_item(1, base, "2026-06-16T09:00:00"), _item(2, terms, "2026-06-16T19:00:00")]
        )
        assert (batch.assignments[1].story_id == 1) is joins
    # an English headline names the city its readers know: compared within one language only
    numbers = dict(base, **{"n:160": 0.5, "n:230": 0.5})
    headed = {
        "e:Q1055": 2.5,
        "e:np:name:x:altona": 2.5,
        "n:160": 0.5,
        "n:230": 0.5,
        "v:fire": 0.0,
        "q:np:name:x:altona": 0.0,
    }
    for lang, joins in (("en", True), ("de", False)):
        batch = Clusterer(pairs=False).add(
            [_item(1, numbers, "2026-06-16T09:00:00"), _item(2, headed, "2026-06-16T11:00", lang)]
        )
        assert (batch.assignments[1].story_id == 1) is joins


def test_towns_keyed_otherwise_are_no_conflict() -> None:
    from newsprobe.stories.events import agreement
    from newsprobe.stories.state import Probe, towns_named

    # the agency text: its recogniser made the dateline town and a hamlet "person" of it
    agency = {
        "e:np:name:x:chur": 2.5,
        "p:np:name:x:chur": 0.0,
        "e:np:name:per:bastian": 2.5,
        "w:sogn": 1.0,
        "w:piz": 1.0,
        "w:cavrein": 1.0,
        "w:felssturz": 2.0,
    }
    # the English report names the mountain as a place, the hamlet in words
    english = {
        "e:np:name:x:piz-cavrein": 2.5,
        "p:np:name:x:piz-cavrein": 0.0,
        "w:bastian": 1.0,
        "w:rockslide": 2.0,
    }
    # a look-alike in another valley
    other = {"e:np:name:x:saas-balen": 2.5, "p:np:name:x:saas-balen": 0.0, "w:murgang": 2.0}
    c = Clusterer(pairs=False)
    c.add([_item(1, agency, "2027-09-07T07:00:00")])
    story = c.stories[1]
    for terms, named in ((english, True), (other, False)):
        probe = Probe.of(_item(2, terms, "2027-09-07T10:00:00", "en"), {}, None, terms)
        assert probe.facets is not None
        assert agreement(probe.facets, story.core, story.facets).places == -1
        assert towns_named(probe.facets.places, probe, story) is named


def test_a_town_the_recogniser_missed_is_a_place_in_common() -> None:
    from newsprobe.stories.state import Probe, place_missed

    # the agency text: its recogniser found the town (a name the KB does not know)
    agency = {
        "e:np:name:x:kleinbergen": 2.5,
        "p:np:name:x:kleinbergen": 0.0,
        "e:np:region:bayern": 0.75,
        "p:np:region:bayern": 0.0,
        "n:300": 0.5,
        "n:12": 0.5,
        "w:hagel": 2.0,
        "w:dach": 1.0,
    }
    c = Clusterer(pairs=False)
    c.add([_item(1, agency, "2027-09-07T07:00:00")])
    story = c.stories[1]
    # the English report: the town a plain word to its recogniser, no place of its own
    english = {"e:Q183": 2.5, "n:300": 0.5, "n:12": 0.5, "w:kleinbergen": 1.0, "w:roof": 1.0}
    # one that names the region only as a word, and one about another town
    region_only = {"e:Q183": 2.5, "w:bayern": 1.0, "w:roof": 1.0}
    elsewhere = {"e:Q183": 2.5, "w:grossdorf": 1.0, "w:roof": 1.0}
    when = "2027-09-07T10:00:00"
    for terms, missed in ((english, True), (region_only, False), (elsewhere, False)):
        probe = Probe.of(_item(2, terms, when, "en"), {}, None, terms)
        assert place_missed(probe, story) is missed
    # in the clusterer: the town is a place in common for the English report's candidate
    probe = Probe.of(_item(2, english, when, "en"), c._vector(english), None, english)
    assert probe.facets is not None and not probe.facets.places
    assert [x.event.places for x in c._candidates(probe)] == [1]
