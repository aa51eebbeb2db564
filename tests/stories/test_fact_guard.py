"""The fact guard (:mod:`newsprobe.stories.facts`): a same-day look-alike whose own lead
facts contradict the story's both ways is kept apart; a report of the same event that names
the story's facts joins; numbers alone need more, and only on the same day."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from newsprobe.store.story_rows import StoryInput, StoryState
from newsprobe.stories import facts as fact_module
from newsprobe.stories.cluster import Clusterer
from newsprobe.stories.state import Probe, facts, lead_facts, lead_kinds, name_parts, named

DAY = "2027-01-12T{:02d}:00:00"


def _item(n: int, terms: dict[str, float], time: str) -> StoryInput:
    return StoryInput(n, time, "de", f"o{n}", f"t{n}", json.dumps(terms), None, 0, None)


def _probe(c: Clusterer, n: int, terms: dict[str, float], time: str) -> Probe:
    return Probe(
        _item(n, terms, time),
        c._vector(terms),
        None,
        terms,
        frozenset(facts(terms)),
        lead=lead_facts(terms),
        lead_kinds=lead_kinds(terms),
    )


#: A warehouse fire in one district: its street, its figures, its fire chief.
FIRE = {
    "e:np:city:hamburg": 2.5,
    "e:np:name:loc:billbrook": 2.5,
    "e:np:name:per:jan-ohlsen": 2.5,
    "p:np:city:hamburg": 0.0,
    "p:np:name:loc:billbrook": 0.0,
    "n:160": 0.5,
    "n:230": 0.5,
    "t:grossbrand": 0.0,
    "t:lagerhalle": 0.0,
    "w:feuerwehr": 1.0,
    "w:reifen": 1.0,
    "w:brand": 2.0,
    "w:einsatzkraft": 1.0,
    "w:anwohner": 1.0,
    "w:rauch": 1.0,
    "x:brandursache": 0.0,
    "v:fire": 0.0,
    "h:fire": 0.0,
    "d:w2": 0.0,
}
#: Another fire in the same city that evening: another district, figures and person.
LOOKALIKE = {
    "e:np:city:hamburg": 2.5,
    "e:np:name:loc:wilhelmsburg": 2.5,
    "e:np:name:per:ute-krause": 2.5,
    "p:np:city:hamburg": 0.0,
    "p:np:name:loc:wilhelmsburg": 0.0,
    "n:11": 0.5,
    "t:wohnungsbrand": 0.0,
    "w:feuerwehr": 1.0,
    "w:brand": 2.0,
    "w:einsatzkraft": 1.0,
    "w:anwohner": 1.0,
    "w:rauch": 1.0,
    "x:brandursache": 0.0,
    "v:fire": 0.0,
    "h:fire": 0.0,
    "d:w2": 0.0,
}
#: Own reporting of the fire: a resident in the lead, the street and the 160 in the body.
OWN = {
    "e:np:city:hamburg": 2.5,
    "e:np:name:per:kemal-aydin": 2.5,
    "e:np:name:loc:billbrook": 0.75,
    "p:np:city:hamburg": 0.0,
    "n:3": 0.5,
    "m:160": 0.0,
    "t:nacht": 0.0,
    "w:feuerwehr": 1.0,
    "x:reifen": 0.0,
    "v:fire": 0.0,
    "d:w2": 0.0,
}


def _fire() -> Clusterer:
    c = Clusterer(pairs=False)
    c.add([_item(1, FIRE, DAY.format(6))])
    return c


def test_a_same_day_look_alike_is_kept_apart() -> None:
    c = _fire()
    check = c.fact_check(_probe(c, 2, LOOKALIKE, DAY.format(19)), c.stories[1], 0.5)
    # numbers and people disjoint; the places share the city, so they are no conflict
    assert check.conflicts == 2
    assert check.contradiction >= fact_module.CONTRADICTION
    assert check.apart


def test_a_report_naming_the_storys_facts_is_not_kept_apart() -> None:
    c = _fire()
    check = c.fact_check(_probe(c, 2, OWN, DAY.format(11)), c.stories[1], 0.2)
    # it names Billbrook and the 160 in its body: no kind is in conflict
    assert check.conflicts <= 1 and not check.apart


def test_numbers_conflict_only_on_the_same_day() -> None:
    c = _fire()
    only_numbers = {**FIRE, "n:160": 0.0, "n:230": 0.0}
    del only_numbers["n:160"], only_numbers["n:230"]
    only_numbers["n:520"] = 0.5
    probe = _probe(c, 2, only_numbers, DAY.format(20))
    same_day = c.fact_check(probe, c.stories[1], 0.3)
    assert same_day.conflicts == 1 and same_day.numbers_only
    later = c.fact_check(probe, c.stories[1], 1.5)  # a follow-up gives its day's figures
    assert later.conflicts == 0 and not later.apart


#: Own reporting of the fire from the street: its lead names the street, not the district.
STREET = {
    "e:np:name:x:andreas-meyer-strasse": 2.5,
    "p:np:name:x:andreas-meyer-strasse": 0.0,
    "t:nacht": 0.0,
    "w:feuerwehr": 1.0,
    "v:fire": 0.0,
    "d:w2": 0.0,
}


def test_places_conflict_only_from_the_next_day() -> None:
    assert fact_module.conflicting_kinds(0.4) == ("numbers", "people")
    assert fact_module.conflicting_kinds(1.0) == ("places", "people")
    assert fact_module.conflicting_kinds(None) == ("places", "people")
    c = _fire()
    probe = _probe(c, 2, STREET, DAY.format(11))
    # the story's day: a street of its own is how own reporting names the place
    same_day = c.fact_check(probe, c.stories[1], 0.2)
    assert same_day.conflicts == 0 and not same_day.apart
    # days later, another place with nothing of the story's is another event
    later = c.fact_check(probe, c.stories[1], 2.0)
    assert later.conflicts == 1 and not later.numbers_only and later.apart


def test_numbers_alone_need_a_stronger_contradiction(monkeypatch: pytest.MonkeyPatch) -> None:
    check = fact_module.FactCheck(conflicts=1, contradiction=0.65, numbers_only=True)
    assert not check.apart  # own reporting gives figures of its own
    # its own street as well no longer adds a second kind in conflict on the story's day:
    # the figures alone keep it apart only when nearly all of both leads is new
    assert not fact_module.FactCheck(1, 0.8, numbers_only=True).apart
    assert fact_module.FactCheck(1, 0.9, numbers_only=True).apart
    assert fact_module.FactCheck(1, 0.65, numbers_only=False).apart
    monkeypatch.setattr(fact_module, "CONTRADICTION_NUMBERS", 0.6)
    assert check.apart


def test_the_guard_splits_what_the_rules_would_join(monkeypatch: pytest.MonkeyPatch) -> None:
    items = [_item(1, FIRE, DAY.format(6)), _item(2, LOOKALIKE, DAY.format(19))]
    batch = Clusterer(pairs=False).add(items)
    assert batch.assignments[1].story_id == 2  # kept apart: opens its own story
    monkeypatch.setattr(fact_module, "CONFLICTS", 99)  # the guard off
    batch = Clusterer(pairs=False).add(items)
    assert batch.assignments[1].story_id == 1  # the rules alone merge the look-alike


def test_lead_facts_survive_a_reload() -> None:
    c = _fire()
    story = c.stories[1]
    state = StoryState(
        id=1,
        title=story.title,
        first_time=DAY.format(6),
        last_time=DAY.format(6),
        last_article=1,
        articles=1,
        copies=0,
        outlets=list(story.outlets),
        languages=["de"],
    )
    state = replace(
        state,
        vectors=[json.dumps(story.members[0])],
        terms=[json.dumps(FIRE)],
        times=[DAY.format(6)],
    )
    again = Clusterer.from_state(dict(c.df), [state], [], 1, DAY.format(6))
    assert again.stories[1].leads == story.leads
    assert again.stories[1].lead_kinds == story.lead_kinds
    probe = _probe(c, 2, LOOKALIKE, DAY.format(19))
    probe2 = _probe(again, 2, LOOKALIKE, DAY.format(19))
    assert again.fact_check(probe2, again.stories[1], 0.5) == c.fact_check(probe, c.stories[1], 0.5)


#: Own reporting told in other words: no kind of event in its headline, but its lead names
#: the district, the fire chief and the 160 firefighters of the story.
OWN_FACTS = {
    "e:np:name:loc:billbrook": 2.5,
    "e:np:name:per:jan-ohlsen": 2.5,
    "n:160": 0.5,
    "e:np:name:per:kemal-aydin": 2.5,
    "t:nacht": 0.0,
    "w:nacht": 2.0,
    "w:himmel": 1.0,
}


def test_shared_rare_facts_join_a_report_the_rules_leave_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    items = [_item(1, FIRE, DAY.format(6)), _item(2, OWN_FACTS, DAY.format(12))]
    batch = Clusterer(pairs=False).add(items)
    assert batch.assignments[1].story_id == 1
    monkeypatch.setattr(fact_module, "SHARED_FACTS", 4)  # three shared are not enough now
    assert Clusterer(pairs=False).add(items).assignments[1].story_id == 2


def test_shared_facts_join_only_the_same_day() -> None:
    items = [_item(1, FIRE, DAY.format(6)), _item(2, OWN_FACTS, "2027-01-14T12:00:00")]
    assert Clusterer(pairs=False).add(items).assignments[1].story_id == 2


def test_lead_facts_leave_countries_out() -> None:
    terms = {"e:Q183": 2.5, "e:np:name:loc:billbrook": 2.5, "e:np:org:afad": 0.75, "n:160": 0.5}
    assert lead_facts(terms) == {"e:np:name:loc:billbrook", "n:160"}


#: Own reporting of the fire told from another street: its lead names the fire chief of
#: the agency text, but its own street, its own witness and its own figures, and not the
#: city -- every kind but the people apart.
CHIEF = {
    "e:np:name:per:jan-ohlsen": 2.5,
    "e:np:name:per:kemal-aydin": 2.5,
    "e:np:name:x:andreas-meyer-strasse": 2.5,
    "p:np:name:x:andreas-meyer-strasse": 0.0,
    "n:40": 0.5,
    "n:12": 0.5,
    "t:nacht": 0.0,
    "w:feuerwehr": 1.0,
    "v:fire": 0.0,
    "d:w2": 0.0,
}


def test_a_person_of_both_leads_outweighs_a_conflict(monkeypatch: pytest.MonkeyPatch) -> None:
    c = _fire()
    check = c.fact_check(_probe(c, 2, CHIEF, DAY.format(11)), c.stories[1], 0.2)
    # the numbers are in conflict (the places not, on the story's own day), and most of
    # either lead is new to the other ...
    assert check.conflicts == 1 and check.numbers_only and check.contradiction >= 0.75
    # ... but the fire chief of both leads says: the same fire
    assert check.agreed and not check.apart
    monkeypatch.setattr(fact_module, "AGREEING_KINDS", ())
    monkeypatch.setattr(fact_module, "CONTRADICTION_NUMBERS", 0.75)
    again = c.fact_check(_probe(c, 2, CHIEF, DAY.format(11)), c.stories[1], 0.2)
    assert not again.agreed and again.apart


def test_a_figure_of_both_leads_outweighs_a_conflict() -> None:
    c = _fire()
    figure = {k: v for k, v in CHIEF.items() if k != "e:np:name:per:jan-ohlsen"}
    figure["n:160"] = 0.5  # the 160 firefighters, in the lead of both
    check = c.fact_check(_probe(c, 2, figure, DAY.format(11)), c.stories[1], 0.2)
    assert check.conflicts >= 1 and check.agreed and not check.apart


def test_a_year_is_no_figure_of_the_event() -> None:
    c = Clusterer(pairs=False)
    c.add([_item(1, {**FIRE, "n:2031": 0.5}, DAY.format(6))])
    # a year both name agrees on nothing: the look-alike stays apart
    probe = _probe(c, 2, {**LOOKALIKE, "n:2031": 0.5}, DAY.format(19))
    check = c.fact_check(probe, c.stories[1], 0.5)
    assert not check.agreed and check.apart
    # and a year alone in a lead is no figure in conflict with the story's
    years = {k: v for k, v in FIRE.items() if not k.startswith("n:")}
    years["n:2030"] = 0.5
    check = c.fact_check(_probe(c, 2, years, DAY.format(12)), c.stories[1], 0.3)
    assert check.conflicts == 0
    # years of 1900-2099; 1,850 hectares is a figure
    assert fact_module.event_numbers({"n:2030", "n:1999", "n:160", "n:1850", "e:Q64"}) == {
        "n:160",
        "n:1850",
    }


def test_the_look_alike_of_the_same_city_is_still_kept_apart() -> None:
    # the places share the city, which is no agreement: a look-alike names it too
    c = _fire()
    check = c.fact_check(_probe(c, 2, LOOKALIKE, DAY.format(19)), c.stories[1], 0.5)
    assert "places" not in fact_module.AGREEING_KINDS
    assert not check.agreed and check.apart


def test_a_name_keyed_otherwise_is_still_named() -> None:
    # one recogniser keyed the district a person, the other a place; the chief once by the
    # surname, once by the whole name
    assert named({"e:np:name:per:billbrook"}, {"e:np:name:x:billbrook"}, {"billbrook"})
    parts = name_parts({"w:ohlsen", "e:np:name:x:jan-ohlsen-platz", "n:160"})
    assert parts == {"ohlsen", "platz"}  # parts shorter than a compound part are left out
    assert named({"e:np:name:per:ohlsen"}, set(), parts)
    # every part of the name must be there; numbers and the KB's ids only as they are
    assert not named({"e:np:name:x:billbrook-sued"}, set(), {"billbrook"})
    assert not named({"n:160", "e:Q1055"}, {"n:16"}, {"160", "q1055"})


def test_a_report_that_keys_the_storys_names_otherwise_is_not_kept_apart() -> None:
    c = _fire()
    # own reporting: its resident and its number in the lead; the district a person to its
    # recogniser, the fire chief a word of its body
    own = {
        "e:np:city:hamburg": 2.5,
        "e:np:name:per:kemal-aydin": 2.5,
        "e:np:name:per:billbrook": 2.5,
        "n:3": 0.5,
        "m:160": 0.0,
        "w:ohlsen": 1.0,
        "w:feuerwehr": 1.0,
        "d:w2": 0.0,
    }
    check = c.fact_check(_probe(c, 2, own, DAY.format(11)), c.stories[1], 0.2)
    assert check.conflicts == 0 and not check.apart
    # a look-alike's own people, named nowhere in the story: kept apart
    other = {k: v for k, v in own.items() if k not in ("e:np:name:per:billbrook", "w:ohlsen")}
    other["e:np:name:per:anna-berg"] = 2.5
    check = c.fact_check(_probe(c, 2, other, DAY.format(11)), c.stories[1], 0.2)
    assert check.conflicts == 1 and check.apart
