"""Rarity of the facts two reports share (:meth:`Clusterer.rare_overlap`): counted over the
live stories only, the same after a reload from the store, and bounded by the window."""

from __future__ import annotations

import json
import math
from dataclasses import replace

from newsprobe.store.story_rows import StoryInput, StoryState
from newsprobe.stories.cluster import HORIZON, UNDATED_SPAN, Clusterer
from newsprobe.stories.events import event_class
from newsprobe.stories.facts import RARE_SPREAD
from newsprobe.stories.state import Probe, facts


def _item(n: int, terms: dict[str, float], time: str | None) -> StoryInput:
    return StoryInput(n, time, "de", f"o{n}", f"t{n}", json.dumps(terms), None, 0, None)


def _story(n: int, city: str, noun: str) -> dict[str, float]:
    """Unrelated stories that all name the police, each its own city and thing."""
    return {f"e:LOC:{city}": 2.5, f"w:{noun}": 2.0, "x:polizei": 0.0, f"m:{n}{n}": 0.0}


def _probe(c: Clusterer, n: int, terms: dict[str, float], time: str) -> Probe:
    item = _item(n, terms, time)
    return Probe(item, c._vector(terms), None, terms, frozenset(facts(terms)))


def test_facts_fold_nouns_names_and_body_numbers() -> None:
    terms = {"t:brand": 0.0, "x:lagerhalle": 0.0, "w:feuer": 2.0, "e:Q1055": 2.5}
    terms |= {"n:160": 0.5, "m:300": 0.0, "v:fire": 0.0, "d:w2": 0.0, "p:Q1055": 0.0}
    assert facts(terms) == {"w:brand", "w:lagerhalle", "w:feuer", "e:Q1055", "n:160", "n:300"}


def test_a_fact_many_live_stories_name_weighs_nothing_a_unique_one_one() -> None:
    c = Clusterer(pairs=False)
    day = "2027-01-12T{:02d}:00:00"
    c.add([_item(n, _story(n, f"city{n}", f"ding{n}"), day.format(n)) for n in range(1, 15)])
    assert len(c.stories) == 14
    target = c.stories[3]
    probe = _probe(c, 20, {"x:polizei": 0.0, "w:ding3": 2.0, "m:33": 0.0}, day.format(20))
    # "polizei": 14 live stories (>= RARE_SPREAD) -> 0; "ding3" and "33": this story only -> 1
    assert math.isclose(c.rare_overlap(probe, target), 2.0)
    assert probe.spread["w:polizei"] == RARE_SPREAD


def test_stories_are_recalled_by_rare_facts_not_by_common_ones() -> None:
    c = Clusterer(pairs=False)
    day = "2027-01-12T{:02d}:00:00"
    c.add([_item(n, _story(n, f"city{n}", f"ding{n}"), day.format(n)) for n in range(1, 15)])
    # "polizei" names every story and weighs nothing; "ding3" and "33" are story 3's own
    probe = _probe(c, 20, {"x:polizei": 0.0, "w:ding3": 2.0, "m:33": 0.0}, day.format(20))
    assert c.recall_by_facts(probe, 2.0) == {3}
    assert c.recall_by_facts(probe, 2.5) == set()
    common = _probe(c, 21, {"x:polizei": 0.0, "w:ding3": 2.0}, day.format(21))
    assert c.recall_by_facts(common, 2.0) == set()


def test_dead_stories_do_not_count_and_reload_gives_the_same_rarity() -> None:
    c = Clusterer(pairs=False)
    old = [_item(n, _story(n, f"c{n}", "brand"), "2027-01-01T10:00:00") for n in (1, 2, 3)]
    c.add(old)
    # past the window: the three old stories die (their last article is older than HORIZON
    # and more than UNDATED_SPAN articles ago), though not yet evicted
    late = (2027, 1, 1 + HORIZON.days + 3)
    t = f"{late[0]}-{late[1]:02d}-{late[2]:02d}T10:00:00"
    c.add([_item(UNDATED_SPAN + 10, _story(9, "c9", "brand"), t)])
    probe = _probe(c, UNDATED_SPAN + 11, {"w:brand": 2.0}, t)
    fresh = c.stories[UNDATED_SPAN + 10]
    assert math.isclose(c.rare_overlap(probe, fresh), 1.0)  # only the live one names it
    # the same window rebuilt from the stored state of the live story
    members = json.dumps(_story(9, "c9", "brand"))
    state = StoryState(
        id=fresh.id,
        title=fresh.title,
        first_time=t,
        last_time=t,
        last_article=fresh.last_article,
        articles=1,
        copies=0,
        outlets=list(fresh.outlets),
        languages=["de"],
    )
    vector = json.dumps(fresh.members[0])
    state = replace(state, vectors=[vector], terms=[members], times=[t])
    again = Clusterer.from_state(dict(c.df), [state], [], UNDATED_SPAN + 10, t)
    probe2 = _probe(again, UNDATED_SPAN + 11, {"w:brand": 2.0}, t)
    assert again.rare_overlap(probe2, again.stories[fresh.id]) == c.rare_overlap(probe, fresh)
    # eviction empties the fact index of the dead stories (memory bounded by the window)
    c._evict(UNDATED_SPAN + 11)
    assert c.facts["w:brand"] == {fresh.id}


def test_event_class_finds_compound_heads_by_suffix() -> None:
    assert event_class("pilotenstreik") == "strike"
    assert event_class("gdl-streik") == "strike"
    assert event_class("streik") == "strike"
    assert event_class("straßenbahn") is None
