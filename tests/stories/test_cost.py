"""Clustering cost without changing a story: the dot product over shared terms, the probe's
facts read once, and undated candidates dropped below the similarity any rule asks."""

from __future__ import annotations

import json
import math

import pytest

from newsprobe.store.story_rows import StoryInput
from newsprobe.stories import cluster as cluster_module
from newsprobe.stories.cluster import Clusterer
from newsprobe.stories.pairs import dot
from newsprobe.stories.state import LiveStory, Probe

QUAKE = {
    "e:Q43": 2.5,
    "e:np:name:x:malatya": 2.5,
    "n:58": 0.5,
    "t:erdbeben": 0.0,
    "w:erdbeben": 2.0,
    "w:beben": 1.0,
    "w:afad": 1.0,
    "v:quake": 0.0,
    "h:quake": 0.0,
    "p:np:name:x:malatya": 0.0,
    "u:58": 0.0,
    "d:w2": 0.0,
    "f:w2": 0.0,
}
#: Another report of the quake: its own words, the same place and magnitude.
QUAKE_AGAIN = {
    "e:Q43": 2.5,
    "e:np:name:x:malatya": 2.5,
    "n:58": 0.5,
    "t:beben": 0.0,
    "w:erdbeben": 1.0,
    "w:beben": 2.0,
    "w:nachbeben": 1.0,
    "v:quake": 0.0,
    "p:np:name:x:malatya": 0.0,
}
#: A report on another subject that shares the country, the aid agency and a figure: enough
#: for the rules' guard, far below their similarity.
BUDGET = {
    "e:Q43": 2.5,
    "e:np:name:x:ankara": 2.5,
    "e:np:name:x:tbmm": 2.5,
    "e:np:name:per:yilmaz": 2.5,
    "n:58": 0.5,
    "t:haushalt": 0.0,
    "w:haushalt": 2.0,
    "w:parlament": 2.0,
    "w:lira": 2.0,
    "w:afad": 1.0,
}


def _item(n: int, terms: dict[str, float], time: str | None) -> StoryInput:
    return StoryInput(n, time, "de", f"o{n}", f"t{n}", json.dumps(terms), None, 0, None)


def test_dot_is_the_sum_over_the_shorter_vectors_terms_to_the_bit() -> None:
    c = Clusterer(pairs=False)
    for n, terms in enumerate((QUAKE, QUAKE_AGAIN, BUDGET), start=1):
        c.add([_item(n, terms, "2027-02-01T08:00:00")])
    a, b = c._vector(QUAKE), c._vector(QUAKE_AGAIN)
    naive = sum(v * b.get(t, 0.0) for t, v in a.items())
    assert dot(a, b) == naive and dot(b, a) == naive
    assert 0.0 < naive < 1.0
    assert dot(a, c._vector(BUDGET)) == sum(v * c._vector(BUDGET).get(t, 0.0) for t, v in a.items())
    assert dot(a, {}) == 0.0 and isinstance(dot({}, a), float)
    assert math.isclose(dot(a, a), 1.0, abs_tol=1e-4)  # unit vectors, rounded to 5 places


def test_a_member_read_through_its_probe_leaves_the_story_as_its_terms_do() -> None:
    from datetime import datetime

    when = datetime(2027, 2, 1, 8)
    by_terms, by_probe = (LiveStory(1, "t", when, when, 1, 1, 0, [], []) for _ in range(2))
    for n, terms in enumerate((QUAKE, QUAKE_AGAIN), start=1):
        new_terms = by_terms.add_words(terms, when)
        probe = Probe.of(_item(n, terms, when.isoformat()), {}, when, terms)
        assert by_probe.add_words(terms, when, probe) == new_terms
    assert by_probe == by_terms
    assert by_probe.headline_numbers == {"n:58"}  # the title's numbers, read from the probe


def test_undated_candidates_below_every_rules_threshold_are_dropped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    c = Clusterer(pairs=False)
    c.add([_item(1, QUAKE, None), _item(2, BUDGET, None)])
    probe = Probe.of(_item(3, QUAKE_AGAIN, None), c._vector(QUAKE_AGAIN), None, QUAKE_AGAIN)
    near = c._cosine(probe.vector, c.stories[1])
    far = c._cosine(probe.vector, c.stories[2])
    bound = cluster_module.JOIN + cluster_module.UNDATED_EXTRA
    assert far < bound <= near
    assert [x.story.id for x in c._candidates(probe)] == [1]
    # the far story passes the rules' guard (two names, a figure): only the bound drops it
    monkeypatch.setattr(cluster_module, "UNDATED_EXTRA", -1.0)
    assert [x.story.id for x in c._candidates(probe)] == [1, 2]
    monkeypatch.undo()
    # the same report dated, like its story: the far one is judged as well (by the rules'
    # guard it may not join either, but dated candidates go to the scorer's checks too)
    dated = Clusterer(pairs=False)
    dated.add([_item(1, QUAKE, "2027-02-01T08:00:00"), _item(2, BUDGET, "2027-02-01T09:00:00")])
    terms = QUAKE_AGAIN
    p2 = Probe.of(_item(3, terms, "2027-02-01T10:00:00"), dated._vector(terms), None, terms)
    assert 1 in [x.story.id for x in dated._candidates(p2)]
    # and the undated report joins its story as before
    assert c.add([_item(3, QUAKE_AGAIN, None)]).assignments[0].story_id == 1
