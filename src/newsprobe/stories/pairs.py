"""The learned pair scorer: does an article report the event of a live story?

The rules of :mod:`newsprobe.stories.cluster` join on the wording of title and lead, or on
the event's facts when they are corroborated; a report told in its own words (a scene-setting
lead, the people on the spot, the consequences) meets neither, though its body names the
same people, places, numbers and things.  This scorer weighs all of that at once: a logistic
regression over the features below, judged for every candidate story (the ones the postings,
the time window and the event-class veto let through) when the rules joined the article
nowhere; it joins the story it scores highest if that reaches the model's threshold.

The weights are a small JSON file (``model/pairs.json``) trained by
``python -m newsprobe.training.story_pairs`` on texts written for the project only (see
``model/MODEL_CARD.md``); inference is pure Python.  Only dated articles and stories are
judged (the date gap is one of the features; undated input keeps the rules alone).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from newsprobe.stories.state import Candidate, LiveStory

#: The features, in the order of the model's weights.  Thirteen: ``rare`` and
#: ``headline_met`` added in the fifth round, ``conflicts`` and ``contradiction`` (the fact
#: check, :mod:`newsprobe.stories.facts`) in the sixth; a 19-feature set (adding the centroid and
#: first-report cosines, the shared entity/number cosine, entity count, best member's noun
#: share, event class and place agreement, title nouns met, the rules' corroboration and
#: guard) scored lower in leave-one-set-out clustering (mean pairwise F1 0.895 against
#: 0.916; model card).
FEATURES = (
    "member_cosine",  # tf-idf cosine of title/lead terms to the closest member
    "entity_share",  # entities shared with the story / the article's entities
    "numbers",  # log(1 + numbers shared)
    "words",  # log(1 + nouns of title/lead/body shared), same language only
    "word_share",  # shared nouns / the article's nouns, same language only
    "days",  # +1 a news day in common, -1 other days, 0 unknown
    "gap",  # days between the article and the story's span / 7
    "cross",  # a language the story has not had
    "title_novel",  # share of the title's nouns the story never named, same language only
    "rare",  # log(1 + rarity-weighted nouns, names and numbers shared; Clusterer.rare_overlap)
    "headline_met",  # rarity-weighted share of the story's headline nouns the article names,
    # same language only
    "conflicts",  # kinds of lead facts (numbers, places, people) neither names of the other's
    "contradiction",  # how new the lead facts are both ways (newsprobe.stories.facts)
    "lead_known",  # rarity-weighted share of the article's lead facts the story names
    "lead_met",  # ... of the closest report's lead facts the article names anywhere
    "fact_share",  # rarity-weighted share of all the article's facts the story names
    "names_rare",  # log(1 + rarity-weighted names (entity ids) shared)
)

_MODEL = "pairs.json"
#: :func:`eligible`: a same-day report (within this many days of the story's span) that
#: names no shared event class or place is judged when the facts both name weigh this much
#: by rarity (:meth:`newsprobe.stories.facts.FactIndex.rare_overlap`; a fact only the
#: story names weighs 1).  On the dev sets 2.0-2.5 scored alike (3.0: one own report
#: fewer, 4.0: three fewer; no look-alike merged at any).  The shared facts must also be
#: this share of all the article's (rarity-weighted): a report of something else that shares
#: three rare words with a story of its day (a software release and a consumer-test
#: anniversary in the SpkAtt Wikinews articles: 0.05) is not judged; the dev sets' own
#: reports so joined share 0.11-0.37.
SAME_DAY = 1.0
SAME_DAY_RARE = 2.5
SAME_DAY_SHARE = 0.1


def eligible(c: Candidate, rare: bool = True) -> bool:
    """Whether the scorer may judge a candidate: both dated (the date gap is a feature), and
    the article names *what* happened or *where* as the story does (a shared event class or
    place below country level).  Reports of one week that share a country, a date and common
    nouns (a court ruling and a singer's death on the same day in Germany) are not its
    business: on the SpkAtt-2023 Wikinews articles (evaluation only) every false merge of
    the first model was such a pair, several with a day in common.  (Asking, as the rules
    do, that a report of another news day recall one of the event's numbers halved the
    examples and lowered leave-one-set-out pairwise F1 from 0.915 to 0.888.)

    Or, the same day and language, the facts both name (title, lead, body) weigh at least
    :data:`SAME_DAY_RARE` by their rarity among the live stories and make at least
    :data:`SAME_DAY_SHARE` of the article's (``c.rare``, ``c.fact_share``, filled by
    :meth:`newsprobe.stories.facts.FactIndex.judged`): own reporting told from the street
    or the district (the "Werderplatz", the "Buntentorsteinweg") where the agency text
    names the city, with no event class the lexicon knows -- no place or class in common,
    but the story's rare names, things and numbers.  On the dev sets this was the largest
    class of gold pairs never joined (55 of 126); none of the look-alikes judged so reached
    the threshold.  (``rare``: False leaves these out -- the scorer's training examples.)"""
    if c.gap is None:
        return False
    if c.event.same_event or c.event.places > 0:
        return True
    return (
        rare
        and same_day_rare(c)
        and (c.rare or 0.0) >= SAME_DAY_RARE
        and c.fact_share >= SAME_DAY_SHARE
    )


def same_day_rare(c: Candidate) -> bool:
    """Whether a candidate may be judged on its rare facts alone (:func:`eligible`): dated,
    within :data:`SAME_DAY` of the story's span, the story's language."""
    return c.gap is not None and c.gap < SAME_DAY and not c.cross


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    """The dot product of two term vectors (the cosine of two unit vectors).

    Only the terms both hold are multiplied, found by a set intersection and summed in term
    order: the clusterer's vectors hold their terms sorted (:meth:`Clusterer._vector`), so
    this is the sum over the shorter vector's terms, to the last bit, without a look-up per
    term (the clusterer's hottest loop)."""
    if len(b) < len(a):
        a, b = b, a
    return sum((a[t] * b[t] for t in sorted(a.keys() & b.keys())), 0.0)


@dataclass(frozen=True)
class Side:
    """What of an article every candidate is compared with."""

    vector: dict[str, float]
    words: set[str]  # nouns of title, lead and body
    title_nouns: set[str]
    entities: int  # entity terms in the vector

    @classmethod
    def of(cls, vector: dict[str, float], terms: dict[str, float]) -> Side:
        return cls(
            vector,
            {t[2:] for t in terms if t[:2] in ("t:", "x:", "w:")},
            {t[2:] for t in terms if t.startswith("t:")},
            sum(1 for t in vector if t.startswith("e:")),
        )


def features(side: Side, c: Candidate) -> list[float]:
    """The feature values of an article against candidate story ``c``."""
    vector, words, title_nouns, entities = side.vector, side.words, side.title_nouns, side.entities
    story = c.story
    member = max((dot(vector, m) for m in story.members), default=0.0)
    same = 0.0 if c.cross else 1.0
    shared = len(words & story.words)
    n = max(1, len(words))
    return [
        member,
        c.entities / max(1, entities),
        math.log1p(c.numbers),
        same * math.log1p(shared),
        same * shared / n,
        float(c.event.days),
        min(c.gap or 0.0, 7.0) / 7.0,
        1.0 - same,
        same * len(title_nouns - story.words) / max(1, len(title_nouns)),
        math.log1p(c.rare or 0.0),
        same * (c.headline or 0.0),
        float(c.conflicts),
        c.contradiction,
        c.lead_known,
        c.lead_met,
        c.fact_share,
        math.log1p(c.names_rare),
    ]


class ModelError(ValueError):
    """A pair model file that does not fit this code."""


@dataclass(frozen=True)
class PairJudge:
    """Logistic regression over :data:`FEATURES` (standardised), and the join threshold."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float

    @classmethod
    def from_json(cls, data: dict[str, object]) -> PairJudge:
        names = tuple(data.get("features", ()))  # type: ignore[arg-type]
        if names != FEATURES:
            raise ModelError(
                f"pair model features {list(names)} are not this code's {list(FEATURES)}: "
                "retrain with `python -m newsprobe.training.story_pairs`"
            )
        vecs = [tuple(float(x) for x in data[k]) for k in ("mean", "scale", "coef")]  # type: ignore[attr-defined]
        if any(len(v) != len(FEATURES) for v in vecs):
            raise ModelError("pair model: mean/scale/coef do not match the feature list")
        return cls(*vecs, float(data["intercept"]), float(data["threshold"]))  # type: ignore[arg-type]

    @staticmethod
    @cache
    def shipped() -> PairJudge:
        """The model shipped in the package."""
        text = (files("newsprobe.stories") / "model" / _MODEL).read_text(encoding="utf-8")
        return PairJudge.from_json(json.loads(text))

    def probability(self, x: Sequence[float]) -> float:
        z = self.intercept + sum(
            w * (v - m) / s for w, v, m, s in zip(self.coef, x, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def best(
        self,
        vector: dict[str, float],
        item_terms: dict[str, float],
        candidates: Sequence[Candidate],
    ) -> tuple[LiveStory, float] | None:
        """The dated candidate scored highest if it reaches the threshold (a tie goes to
        the older story: candidates come in story id order)."""
        dated = [c for c in candidates if eligible(c)]  # (the clusterer gives only those)
        if not dated:
            return None
        side = Side.of(vector, item_terms)
        best: tuple[float, LiveStory] | None = None
        for c in dated:
            p = round(self.probability(features(side, c)), 6)
            if p >= self.threshold and (best is None or p > best[0]):
                best = (p, c.story)
        return (best[1], round(best[0], 4)) if best else None
