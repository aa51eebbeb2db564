"""Event evidence in story clustering: classes, places, days; the conflict veto, the
corroborated join, chained merges, and rebuilding the clusterer from stored state."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from newsprobe.api import analyze_text
from newsprobe.store.story_rows import StoryInput, StoryState
from newsprobe.stories.cluster import JOIN, JOIN_EVENT, Clusterer
from newsprobe.stories.events import (
    Facets,
    agreement,
    date_keys,
    day_word,
    event_class,
    event_days,
    separable_verbs,
)
from newsprobe.stories.features import extract


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("erdbeben", "quake"),
        ("beben", "quake"),
        ("quake", None),  # an English word: in German text no event
        ("brand", "fire"),
        ("pilotenstreik", "strike"),  # compound head
        ("gdl-streik", "strike"),
        ("rücktritt", "resign"),
        ("festnahme", "arrest"),
        ("raketenangriff", "attack"),
        ("tote", None),  # consequences every disaster shares are no class
        ("strike", None),  # ambiguous in English (strike down, air strike, strike a deal)
        ("streikrecht", None),  # modifier, not head: a right, not a strike
    ],
)
def test_event_class(word: str, cls: str | None) -> None:
    assert event_class(word) == cls


def test_event_class_in_english() -> None:
    assert event_class("quake", "en") == "quake"
    assert event_class("brand", "en") is None  # "the core brand" is no fire
    assert event_class("erdbeben", "en") is None
    assert event_class("explosion", "en") == event_class("explosion", "de") == "explosion"


def test_separable_verbs_name_their_event() -> None:
    resign = [("Er", "er", "PPER"), ("tritt", "treten", "VVFIN"), ("zurück", "zurück", "PTKVZ")]
    assert separable_verbs(resign) == ["zurücktreten"]
    assert event_class("zurücktreten") == "resign"
    # A headline's particle tagged as a preposition, closing the sentence.
    launch = [("VW", "VW", "NE"), ("stellt", "stellen", "VVFIN"), ("Auto", "Auto", "NN")]
    assert separable_verbs([*launch, ("vor", "vor", "APPR")]) == ["vorstellen"]
    assert event_class("vorstellen") == "launch"
    # A preposition inside the clause is not a particle.
    inside = [*launch, ("vor", "vor", "APPR"), ("Gästen", "Gast", "NN"), (".", ".", "$.")]
    assert separable_verbs(inside) == []


def test_days_resolve_against_publication() -> None:
    assert day_word("Montagmorgen") == "w1"
    assert day_word("Dienstagabend") == "w2"
    assert day_word("gestern") == "r-1"
    assert day_word("Montagsdemo") is None or day_word("Montagsdemo") == "w1"
    thursday = datetime(2026, 1, 15, 9, 0)  # a Thursday
    assert event_days({"w1"}, thursday) == {date(2026, 1, 12)}
    assert event_days({"w4", "r-1"}, thursday) == {date(2026, 1, 15), date(2026, 1, 14)}
    assert event_days({"w1"}, None) == set()
    wednesday = datetime(2026, 1, 14, 18, 0)
    assert event_days({"w4"}, wednesday) == {date(2026, 1, 15)}  # "am Donnerstag": tomorrow
    assert event_days({"w2"}, wednesday) == {date(2026, 1, 13)}


def test_agreement_conflict_same_event_and_chains() -> None:
    monday, thursday = {date(2026, 1, 12)}, {date(2026, 1, 15)}
    quake = Facets({"quake"}, {"izmir"}, monday, near_days=monday)
    story = Facets({"quake", "fire"}, {"izmir", "seferihisar"}, monday, near_days=monday)
    seed = Facets({"quake"}, set(), set())
    a = agreement(quake, seed, story)
    assert (a.conflict, a.same_event, a.places, a.days) == (False, True, 1, 1)
    strike = Facets({"strike"}, {"erzurum"}, thursday, near_days=thursday, headline={"strike"})
    other = agreement(strike, seed, story)
    assert (other.conflict, other.places, other.days) == (True, -1, -1)
    # A class named only in the lead is no conflict: leads name causes and consequences (a
    # government falls in a vote, its head resigns); the headline says what it is about.
    lead_only = Facets({"resign"}, set(), monday, near_days=monday)
    assert not agreement(lead_only, seed, story).conflict
    # A fire report joined the quake story; another fire is no conflict with the story, but
    # it is not the *same event* as the story's seed either, so it gets no lowered threshold.
    fire = agreement(Facets({"fire"}, set(), set()), seed, story)
    assert (fire.conflict, fire.same_event) == (False, False)
    # An article naming no class cannot conflict.
    assert not agreement(Facets(set(), set(), set()), seed, story).conflict


def test_dates_named_in_the_text() -> None:
    tokens = [
        "Der",
        "Sturm",
        "in",
        "der",
        "Nacht",
        "vom",
        "2.",
        "auf",
        "den",
        "3.",
        "Mai",
        "traf",
        "Myanmar",
        ".",
    ]
    assert date_keys(tokens) == ["m5-3"]
    assert date_keys(["On", "May", "3", "the", "storm", "hit", "."]) == ["m5-3"]
    assert date_keys(["Am", "12.03.2024", "und", "am", "12.03.", "geschah", "es"]) == [
        "a2024-3-12",
        "m3-12",
    ]
    published = datetime(2026, 1, 10, 12, 0)
    # A day and month resolve to the latest such day up to a week ahead.
    assert event_days(["m12-30"], published) == {date(2025, 12, 30)}
    assert event_days(["m1-15"], published) == {date(2026, 1, 15)}
    assert event_days(["a2008-5-3", "m2-30"], None) == {date(2008, 5, 3)}  # no 30 February
    # An explicit date apart is no disagreement (follow-ups recall launch and landing days);
    # a shared one is agreement.
    launch = Facets.of(["d:m7-26"], datetime(2005, 7, 27))
    landing = Facets.of(["d:m8-9"], datetime(2005, 8, 9))
    none = Facets(set(), set(), set())
    assert agreement(landing, none, launch).days == 0
    assert agreement(Facets.of(["d:m7-26"], datetime(2005, 7, 30)), none, launch).days == 1


def test_undated_compare_the_weekdays_they_name() -> None:
    wednesday = Facets.of(["d:w3", "d:r0", "p:seoul"], None)
    saturday = Facets.of(["d:w6", "p:seoul"], None)
    assert wednesday.days == set() and wednesday.weekdays == {"w3"}
    a = agreement(wednesday, Facets(set(), set(), set()), saturday)
    assert (a.places, a.days) == (1, -1)
    dated = Facets.of(["d:w3"], datetime(2026, 1, 15))  # a Thursday: last Wednesday
    assert dated.days == {date(2026, 1, 14)}
    assert agreement(dated, Facets(set(), set(), set()), wednesday).days == 1


def _item(n: int, terms: dict[str, float], time: str, lang: str = "de") -> StoryInput:
    return StoryInput(n, time, lang, f"o{n}", f"t{n}", json.dumps(terms), None, 0, None)


NAMES = {"e:Q43": 2.5, "e:np:person:erdogan": 2.5, "e:np:org:afad": 2.5}


def test_conflicting_event_class_keeps_same_names_apart() -> None:
    quake = {**NAMES, "w:erdbeben": 2.0, "w:stärke": 1.0, "w:zentrum": 1.0, "v:quake": 0.0}
    vote = {**NAMES, "w:wahl": 2.0, "w:stärke": 1.0, "w:zentrum": 1.0, "v:vote": 0.0, "h:vote": 0}
    unclassed = {**NAMES, "w:erdbeben": 2.0, "w:stärke": 1.0, "w:zentrum": 1.0}
    batch = Clusterer().add(
        [
            _item(1, quake, "2026-01-12T10:00:00"),
            _item(2, vote, "2026-01-12T12:00:00"),  # same names and words, another event
            _item(3, unclassed, "2026-01-12T13:00:00"),
        ]
    )
    assert [a.story_id for a in batch.assignments] == [1, 2, 1]
    # The same words with the other class named only in the lead: no veto.
    lead_vote = {k: v for k, v in vote.items() if k != "h:vote"}
    batch = Clusterer().add(
        [_item(1, quake, "2026-01-12T10:00:00"), _item(2, lead_vote, "2026-01-12T12:00:00")]
    )
    assert [a.story_id for a in batch.assignments] == [1, 1]


def test_towns_conflict_a_region_and_a_town_do_not() -> None:
    none = Facets(set(), set(), set())
    bonn = Facets(set(), {"np:city:bonn"}, set())
    assert agreement(Facets(set(), {"np:region:bayern"}, set()), none, bonn).places == 0
    assert agreement(Facets(set(), {"np:city:koeln"}, set()), none, bonn).places == -1
    both = Facets(set(), {"np:region:bayern", "np:city:koeln"}, set())
    assert agreement(both, none, bonn).places == -1
    regions = Facets(set(), {"np:region:sachsen"}, set())
    assert agreement(regions, none, Facets(set(), {"np:region:bayern"}, set())).places == -1


def test_corroborated_own_reporting_joins_on_less_wording() -> None:
    names = {"e:Q43": 2.5, "e:np:org:afad": 2.5}
    base = {
        **names,
        "e:np:person:erdogan": 2.5,
        "w:erdbeben": 2.0,
        "w:westen": 2.0,
        "w:trümmer": 1.0,
        "w:seismologe": 1.0,
        "w:zentrum": 1.0,
        "n:68": 0.5,
        "t:erdbeben": 0.0,
        "v:quake": 0.0,
        "p:izmir": 0.0,
        "d:w1": 0.0,
    }
    own = {
        **names,
        **{
            f"w:{w}": 2.0
            for w in ("beben", "hotel", "tote", "abend", "angst", "erde", "provinz", "ortszeit")
        },
        **{f"w:{w}": 1.0 for w in ("küstenort", "anwohner", "zentrum", "trümmer", "strasse")},
        "n:68": 0.5,
        "t:hotel": 0.0,
        "v:quake": 0.0,
        "p:izmir": 0.0,
        "d:w1": 0.0,
    }
    uncorroborated = {k: v for k, v in own.items() if k[:2] not in ("v:", "p:", "d:")}
    monday = "2026-01-12T10:00:00"
    c = Clusterer(pairs=False)  # the rules alone (the pair scorer: tests/stories/test_pairs.py)
    a = c.add([_item(1, base, monday), _item(2, own, "2026-01-12T15:00:00")]).assignments
    assert a[1].story_id == 1
    assert a[1].similarity is not None and JOIN_EVENT <= a[1].similarity < JOIN
    c2 = Clusterer(pairs=False)
    b = c2.add([_item(1, base, monday), _item(2, uncorroborated, "2026-01-12T15:00:00")])
    assert b.assignments[1].story_id == 2  # the same wording alone is not enough


def test_another_place_and_day_raise_the_bar() -> None:
    base = {"e:Q43": 2.5, "e:np:org:afad": 2.5, "w:erdbeben": 2.0, "w:stärke": 1.0}
    monday = {**base, "w:küste": 2.0, "w:zentrum": 1.0, "w:region": 1.0, "v:quake": 0.0}
    monday |= {"p:izmir": 0.0, "d:w1": 0.0}
    words = ("dorf", "stall", "osten", "gebirge", "schaden", "berg", "bauer", "wand", "stadt")
    words += ("haus", "kuh", "tal", "see")  # cosine to Monday's report 0.42: joins at 0.34
    plain = {**base, **{f"w:{w}": 1.5 for w in words}, "v:quake": 0.0}
    thursday = {**plain, "p:erzurum": 0.0, "d:w4": 0.0}  # another town, another day
    follow_up = {**plain, "p:izmir": 0.0, "d:w4": 0.0}  # Thursday's news on Monday's quake
    unclassed = {k: v for k, v in thursday.items() if k != "v:quake"} | {"p:izmir": 0.0}
    runs = {}
    cases = (("thursday", thursday), ("plain", plain), ("follow_up", follow_up))
    for name, terms in (*cases, ("unclassed", unclassed)):
        batch = Clusterer().add(
            [_item(1, monday, "2026-01-12T10:00:00"), _item(2, terms, "2026-01-15T10:00:00")]
        )
        runs[name] = batch.assignments[1].story_id
    # Another day counts against an article only when it does not name the story's event.
    assert runs == {"thursday": 2, "plain": 1, "follow_up": 1, "unclassed": 2}


def test_from_state_keeps_facets_and_the_seed_class() -> None:
    terms = [{**NAMES, "w:erdbeben": 2.0, "v:quake": 0.0, "p:izmir": 0.0, "d:w1": 0.0}]
    state = StoryState(
        id=1,
        title="t",
        first_time="2026-01-12T10:00:00",
        last_time="2026-01-12T10:00:00",
        last_article=1,
        articles=1,
        copies=0,
        outlets=["o1"],
        languages=["de"],
        vectors=[json.dumps({"e:Q43": 1.0})],
        terms=[json.dumps(t) for t in terms],
        times=["2026-01-12T10:00:00"],
    )
    c = Clusterer.from_state({"": 1}, [state], [], 1, "2026-01-12T10:00:00")
    story = c.stories[1]
    assert story.core.classes == {"quake"}
    assert story.facets.days == {date(2026, 1, 12)}
    assert story.facets.places == {"izmir"}


def test_features_carry_classes_places_and_days() -> None:
    text = (
        "Erdbeben erschüttert Westen der Türkei\n\n"
        "Izmir (dpa) – Ein Erdbeben der Stärke 6,8 hat am Montagmorgen den Westen der Türkei "
        "erschüttert. Das Zentrum lag rund 40 Kilometer südlich von Izmir. Präsident Recep "
        "Tayyip Erdogan sagte schnelle Hilfe zu."
    )
    terms = extract(analyze_text(text, lang="de")).terms
    assert "v:quake" in terms and terms["v:quake"] == 0.0
    assert "d:w1" in terms
    assert any(t.startswith("p:") and "izmir" in t.casefold() for t in terms), terms
    assert not any(t.startswith("p:") and t[2:] == "Q43" for t in terms)  # a country


def test_own_words_join_on_the_facts_of_the_event() -> None:
    """A report in its own words (little shared wording) joins when it names the story's
    event, place and day and its body shares the facts; the same report without the body
    facts, or at another place, does not."""
    names = {"e:np:city:innsbruck": 2.5}
    agency = {
        **names,
        **{f"w:{w}": 2.0 for w in ("lawine", "skifahrer", "ötztal", "sölden", "piste")},
        **{f"w:{w}": 1.0 for w in ("bergrettung", "schneebrett", "warnstufe", "gruppe")},
        **{f"x:{w}": 0.0 for w in ("gaislachkogel", "lawinenwarndienst", "hang")},
        "v:avalanche": 0.0,
        "p:np:city:innsbruck": 0.0,
        "d:w1": 0.0,
    }
    own_words = ("hubschrauber", "dämmerung", "tragödie", "suche", "hund", "hilfe", "leiter")
    own = {
        **names,
        **{f"w:{w}": 2.0 for w in own_words},
        **{f"w:{w}": 1.0 for w in ("bergrettung", "schneebrett", "gruppe")},
        "v:avalanche": 0.0,
        "p:np:city:innsbruck": 0.0,
    }
    facts = {f"x:{w}": 0.0 for w in ("gaislachkogel", "lawinenwarndienst", "hang")}
    runs = {}
    for name, terms in (
        ("facts", own | facts),
        ("no facts", own),
        ("elsewhere", {k: v for k, v in (own | facts).items() if k[:2] != "p:"} | {"p:x": 0.0}),
    ):
        batch = Clusterer(pairs=False).add(  # the rules alone
            [_item(1, agency, "2026-01-12T10:00:00"), _item(2, terms, "2026-01-12T18:00:00")]
        )
        runs[name] = batch.assignments[1]
    assert runs["facts"].story_id == 1
    assert runs["facts"].similarity is not None and runs["facts"].similarity < JOIN_EVENT
    assert runs["no facts"].story_id == 2
    assert runs["elsewhere"].story_id == 2
