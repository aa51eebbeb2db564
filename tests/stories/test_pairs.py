"""The learned pair scorer (:mod:`newsprobe.stories.pairs`): reports in their own words join,
different events with the same names stay apart, state restores, the model file is checked."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from importlib.resources import files

import pytest

from newsprobe.store.story_rows import StoryInput, StoryState
from newsprobe.stories.cluster import Clusterer
from newsprobe.stories.pairs import FEATURES, ModelError, PairJudge
from newsprobe.stories.state import Probe, facts, headline_places, lead_facts, lead_kinds

NAMES = {"e:Q40": 2.5, "e:np:city:soelden": 2.5, "e:np:org:bergrettung-tirol": 2.5}
#: An agency report of an avalanche (the kinds of ``newsprobe.stories.features``).
AGENCY = {
    **NAMES,
    **{f"w:{w}": 2.0 for w in ("lawine", "skitourengeher", "tote", "gletscher")},
    **{f"w:{w}": 1.0 for w in ("schneebrett", "warnstufe", "gruppe", "hang")},
    **{f"x:{w}": 0.0 for w in ("hubschrauber", "lawinenwarndienst", "suche", "hang", "hund")},
    "t:lawine": 0.0,
    "v:avalanche": 0.0,
    "h:avalanche": 0.0,
    "p:np:city:soelden": 0.0,
    "d:w1": 0.0,
    "n:4": 0.5,
}
#: The same avalanche told by another outlet: a scene-setting title and lead that share one
#: name with the agency's, the facts in the body.
OWN = {
    "e:np:city:soelden": 2.5,
    "e:np:person:maria-gstrein": 2.5,
    **{f"w:{w}": 2.0 for w in ("dämmerung", "stille", "dorf", "trauer")},
    **{f"w:{w}": 1.0 for w in ("pfarrer", "kirche")},
    **{
        f"x:{w}": 0.0
        for w in ("lawine", "skitourengeher", "gletscher", "schneebrett", "hubschrauber", "suche")
    },
    **{f"x:{w}": 0.0 for w in ("hund", "warnstufe", "hang", "lawinenwarndienst", "bergrettung")},
    "t:dorf": 0.0,
    "v:avalanche": 0.0,
    "p:np:city:soelden": 0.0,
    "d:w1": 0.0,
    "n:4": 0.5,
}


def _item(n: int, terms: dict[str, float], time: str | None, lang: str = "de") -> StoryInput:
    return StoryInput(n, time, lang, f"o{n}", f"t{n}", json.dumps(terms), None, 0, None)


def _run(pairs: bool, second: dict[str, float], time: str) -> int:
    batch = Clusterer(pairs=pairs).add(
        [_item(1, AGENCY, "2026-01-12T10:00:00"), _item(2, second, time)]
    )
    return batch.assignments[1].story_id


def test_own_reporting_joins_by_the_pair_scorer_only() -> None:
    assert _run(False, OWN, "2026-01-12T16:00:00") == 2  # the rules: too little in common
    assert _run(True, OWN, "2026-01-12T16:00:00") == 1


def test_the_scorer_keeps_the_guard() -> None:
    # another kind of event in the headline: vetoed before any score
    other = {**OWN, "v:vote": 0.0, "h:vote": 0.0}
    del other["v:avalanche"]
    assert _run(True, other, "2026-01-12T16:00:00") == 2
    # neither the kind of event nor the place named, another day: not the scorer's
    # business, though the same names and body nouns would score high
    unplaced = {k: v for k, v in OWN.items() if k[:2] not in ("v:", "p:")}
    assert _run(True, unplaced, "2026-01-13T16:00:00") == 2
    # no name in common and a single fact of the story: no candidate
    bare = {k: v for k, v in OWN.items() if k[:2] not in ("e:", "x:", "n:")}
    assert _run(True, bare | {"x:lawine": 0.0}, "2026-01-12T16:00:00") == 2
    # outside the time window
    assert _run(True, OWN, "2026-01-25T16:00:00") == 2
    # undated: the rules alone
    assert _run(True, OWN, None) == 2


def test_own_reporting_with_no_name_in_common_is_recalled_by_its_rare_facts() -> None:
    # title and lead share no name with the story; the body names its rare facts (the
    # avalanche, the ski tourers, the glacier, the four dead): a candidate, the scorer joins
    nameless = {k: v for k, v in OWN.items() if not k.startswith("e:")} | {"e:Q183": 2.5}
    assert _run(False, nameless, "2026-01-12T16:00:00") == 2  # the rules never see it
    assert _run(True, nameless, "2026-01-12T16:00:00") == 1


def test_a_same_day_report_naming_no_kind_or_place_is_judged_on_its_rare_facts() -> None:
    # own reporting from the street: no event class, no place in common with the agency
    # text (it names the street, the agency the town), but the story's rare facts in its body
    street = {k: v for k, v in OWN.items() if k[:2] not in ("v:", "p:")}
    street |= {"e:np:name:x:dorfstrasse": 2.5, "p:np:name:x:dorfstrasse": 0.0}
    assert _run(False, street, "2026-01-12T16:00:00") == 2  # the rules: too little in common
    assert _run(True, street, "2026-01-12T16:00:00") == 1
    # the same report a day and more later: the rare facts alone do not make it eligible
    assert _run(True, street, "2026-01-13T16:00:00") == 2


def _judged(terms: dict[str, float], time: str) -> list[int]:
    """The stories the pair scorer would judge for an article after :data:`AGENCY`."""
    c = Clusterer()
    c.add([_item(1, AGENCY, "2026-01-12T10:00:00")])
    item = _item(2, terms, time)
    probe = Probe(
        item,
        c._vector(terms),
        datetime.fromisoformat(time),
        terms,
        frozenset(facts(terms)),
        lead=lead_facts(terms),
        lead_kinds=lead_kinds(terms),
        headline_places=headline_places(terms),
    )
    return [j.story.id for j in c.judged(probe, c._candidates(probe))]


def test_a_same_day_report_of_other_things_sharing_a_few_rare_words_is_not_judged() -> None:
    # the story's rare words (SAME_DAY_RARE of them) and one name, nothing of its kind
    # or place: judged when they are a fair share of what the report names ...
    base = {"e:np:city:soelden": 2.5, "t:programm": 0.0}
    base |= {f"x:{w}": 0.0 for w in ("lawine", "gletscher", "hang")}
    few = base | {f"w:software{i}": 1.0 for i in range(8)}
    assert _judged(few, "2026-01-12T16:00:00") == [1]
    # ... not when they are a small share of it (another thing that happened that day)
    many = base | {f"w:software{i}": 1.0 for i in range(60)}
    assert _judged(many, "2026-01-12T16:00:00") == []
    # nor a day and more later
    assert _judged(few, "2026-01-13T16:00:00") == []


def test_another_event_with_the_same_names_days_later_stays_apart() -> None:
    later = {
        "e:Q40": 2.5,
        "e:np:org:bergrettung-tirol": 2.5,
        "e:np:city:ischgl": 2.5,
        **{f"w:{w}": 2.0 for w in ("lawine", "snowboarder", "piste", "verletzt")},
        **{f"x:{w}": 0.0 for w in ("piste", "skigebiet", "hubschrauber", "klinik")},
        "t:snowboarder": 0.0,
        "v:avalanche": 0.0,
        "p:np:city:ischgl": 0.0,
        "d:w4": 0.0,
    }
    assert _run(False, later, "2026-01-15T12:00:00") == 2
    assert _run(True, later, "2026-01-15T12:00:00") == 2


def _states(batch_inputs: list[StoryInput], c: Clusterer) -> list[StoryState]:
    """The stories' stored state, as the store hands it to :meth:`Clusterer.from_state`."""
    batch = c.add(batch_inputs)
    by_story: dict[int, list[tuple[str, StoryInput]]] = {}
    for a, item in zip(batch.assignments, batch_inputs, strict=True):
        by_story.setdefault(a.story_id, []).append((a.vector, item))
    out = []
    for s in batch.stories:
        members = by_story[s.id]
        out.append(
            replace(
                s,
                vectors=[v for v, _ in members],
                terms=[i.terms for _, i in members],
                times=[i.time for _, i in members],
            )
        )
    return out


def _from_scratch_and_resumed(items: list) -> tuple[list, list]:
    """The assignments of all ``items`` clustered at once, and of the third on, clustered by
    a clusterer resumed from the state the first two left."""
    whole = Clusterer().add(items).assignments
    first = Clusterer()
    states = _states(items[:2], first)
    again = Clusterer.from_state(dict(first.df), states, [], 2, "2026-01-12T11:00:00")
    return whole, again.add(items[2:]).assignments


def test_incremental_equals_from_scratch_with_the_scorer() -> None:
    items = [
        _item(1, AGENCY, "2026-01-12T10:00:00"),
        _item(2, {**AGENCY, "w:bergführer": 2.0}, "2026-01-12T11:00:00"),
        _item(3, OWN, "2026-01-12T16:00:00"),
    ]
    whole, rest = _from_scratch_and_resumed(items)
    assert [a.story_id for a in whole] == [1, 1, 1]
    assert rest[0].story_id == whole[2].story_id
    assert rest[0].similarity == whole[2].similarity


def test_same_day_judging_on_rare_facts_is_the_same_incrementally() -> None:
    street = {k: v for k, v in OWN.items() if k[:2] not in ("v:", "p:")}
    street |= {"e:np:name:x:dorfstrasse": 2.5, "p:np:name:x:dorfstrasse": 0.0}
    items = [
        _item(1, AGENCY, "2026-01-12T10:00:00"),
        _item(2, {**AGENCY, "w:bergführer": 2.0}, "2026-01-12T11:00:00"),
        _item(3, street, "2026-01-12T16:00:00"),
    ]
    whole, rest = _from_scratch_and_resumed(items)
    assert [a.story_id for a in whole] == [1, 1, 1]
    assert (rest[0].story_id, rest[0].similarity) == (whole[2].story_id, whole[2].similarity)


def test_model_file_is_checked() -> None:
    shipped = json.loads(
        (files("newsprobe.stories") / "model" / "pairs.json").read_text(encoding="utf-8")
    )
    assert shipped["features"] == list(FEATURES)
    assert 0.0 < shipped["threshold"] < 1.0
    # trained on texts written for the project only, never the cold set or NC corpora
    data = " ".join(shipped["trained"]["data"])
    assert "fresh7" not in data and "fresh8" not in data and "fresh9" not in data
    assert "fresh10" not in data and "fresh11" not in data and "fresh12" not in data
    assert "spkatt" not in data and "gnad" not in data
    with pytest.raises(ModelError, match="retrain"):
        PairJudge.from_json({**shipped, "features": list(FEATURES[:-1])})
    with pytest.raises(ModelError, match="do not match"):
        PairJudge.from_json({**shipped, "coef": shipped["coef"][:-1]})


def test_training_sets_overlay_by_whole_weeks_and_build_labelled_examples() -> None:
    from newsprobe.eval.stories import analyse, synthetic_items
    from newsprobe.training import story_pairs

    assert story_pairs.COLD and not set(story_pairs.COLD) & set(story_pairs.SETS)
    # the look-alikes the event-signature check keeps out stay negatives to learn from
    assert story_pairs._Oracle({}).signature is False and Clusterer(pairs=False).signature
    # two events whose own reporting the rules leave alone (the scorer's examples)
    items = [i for i in synthetic_items("synthetic_fresh2.jsonl") if i.key[:3] in ("c01", "c02")]
    assert items
    moved = story_pairs.overlaid([items[:3], items[3:]])
    for old, new in zip(items, moved, strict=True):
        assert old.date and new.date and (new.date - old.date).days % 7 == 0
        assert new.date.weekday() == old.date.weekday()
    analyse(items)
    rows = story_pairs.examples(items)
    assert all(len(x) == len(FEATURES) for x, _ in rows)
    assert any(y == 1 for _, y in rows) and {y for _, y in rows} <= {0, 1}
