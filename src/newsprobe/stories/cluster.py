"""Incremental story clustering: each new article joins a live story or opens one.

In the published style of Event Registry and GDELT: an article is a weighted tf-idf vector
of its title/lead terms and entities (:mod:`newsprobe.stories.features`), a story is the
centroid of its members' vectors, and a new article joins the most similar live story when

* the story is live: its last article is within :data:`HORIZON` of the newest publication
  time seen, or among the last :data:`UNDATED_SPAN` articles (undated input);
* the article's time is within :data:`WINDOW` of the story's first..last time span;
* the cosine similarity to the centroid reaches :data:`JOIN` plus :data:`JOIN_PER_DAY` for
  every day between the article and the story's first..last span (same language) — or, for an
  article in a language the story has not had, the similarity of the entity and number
  features alone reaches :data:`JOIN_CROSS`, with at least :data:`MIN_SHARED_ENTITIES_CROSS`
  shared entities and numbers, one of them an entity (German and English share entity ids
  and numbers, not words);
* the article's cosine to the story's first article reaches :data:`JOIN_SEED` (no drift);
* undated article or story: the needed similarity rises by :data:`UNDATED_EXTRA`;
* the guard against false merges holds: at least :data:`MIN_SHARED_ENTITIES` entities and
  :data:`MIN_SHARED` entities/nouns in common with the story, and one of the common nouns
  of the article's title (what happened: "Rüstungsfonds", "Streik") among the story's
  nouns — a different event with the same names usually names another thing that happened.

* the event evidence agrees (:mod:`newsprobe.stories.events`): an article naming another kind
  of event than the story never joins; another place (or, unless it names the story's event,
  another day of its own news) raises the needed similarity; one naming the story's event and
  its place, day or numbers joins at :data:`JOIN_EVENT` / :data:`JOIN_CROSS_EVENT`, or on the
  facts its body shares at :data:`JOIN_FACTS`.

* the headlines do not name two places apart (:func:`newsprobe.stories.state.place_apart`):
  a same-language article headed with another town than the story's first report, where
  neither names the other's town anywhere, is no candidate (a flat fire in one district of
  the city against a warehouse fire in another, the same evening).

* where the rules join it nowhere, the learned pair scorer (:mod:`newsprobe.stories.pairs`)
  judges the dated candidates that share an entity (the nouns guard waived: its features
  weigh the body's nouns) and whose event the article places (a shared event class or
  place); the best one joins if it reaches the model's threshold.

Before that, copies: an article whose MinHash signature matches a live article's (Jaccard
>= :data:`COPY_JACCARD`, or a cut copy contained >= :data:`COPY_CONTAINMENT` in it) is a copy
of that text and joins its story directly (``joined_by = "copy"``).

IDF is the document frequency over the articles clustered so far (this one included), and a
member's vector is fixed when it joins.  The result depends only on the order articles are
clustered in, which is their id order (the order ingest stored them), so clustering a corpus
from scratch gives the same stories as clustering it batch by batch while ingesting; state
rebuilt from the store (:meth:`Clusterer.from_state`) is the state the run had.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

import numpy as np

from newsprobe.pipeline import fewer_collections
from newsprobe.store.story_rows import (
    Assignment,
    CopyState,
    StoryBatch,
    StoryInput,
    StoryState,
)
from newsprobe.stories import minhash
from newsprobe.stories.events import Agreement, Facets, agreement
from newsprobe.stories.facts import FactIndex, meets
from newsprobe.stories.features import names_of
from newsprobe.stories.pairs import PairJudge, dot
from newsprobe.stories.state import (
    Candidate,
    LiveStory,
    Probe,
    other_news,
    place_apart,
    place_missed,
    towns_named,
)

#: An article joins a story only within this distance of the story's time span.
WINDOW = timedelta(days=7)
#: Stories whose last article is older than this (before the newest time seen) are retired.
HORIZON = timedelta(days=10)
#: Undated stories stay live for this many articles after their last one.
UNDATED_SPAN = 5000
#: Cosine similarity to a story's centroid needed to join it (same language).
JOIN = 0.34
#: What the needed similarity rises per day between the article and the story's time span:
#: a report on the same day joins on less evidence than one days later, which keeps a later
#: event with the same actors (another quake in the same country, the same politician at
#: another occasion) from joining an older story on shared names alone.  Off: on the tune
#: split 0.03-0.05 per day kept one hard negative apart but split the Wikinews follow-ups
#: (reports 2-5 days apart), so the event-word guard does this work instead.
JOIN_PER_DAY = 0.0
#: Cosine needed to the story's first article as well: the centroid moves as a story grows,
#: and this anchor keeps a chain of loosely related reports from drifting into a topic.
JOIN_SEED = 0.20
#: Added to the needed similarity when the article or the story has no date (no time window
#: corroborates the match).
UNDATED_EXTRA = 0.15
#: Entity/number-only cosine needed to join a story in another language.
JOIN_CROSS = 0.40
#: The guard: shared entities, and shared entities + nouns.
MIN_SHARED_ENTITIES = 1
MIN_SHARED = 3
MIN_SHARED_ENTITIES_CROSS = 2
#: Event evidence (:mod:`newsprobe.stories.events`): an article whose event classes share
#: none with the story's (the first report that named one) never joins; one that names the
#: same kind of event *and* the same place or day, or two of the same numbers, joins at
#: :data:`JOIN_EVENT` (own reporting of one event shares the facts, not the wording), and the
#: title-noun guard counts the shared class as a shared event word.
JOIN_EVENT = 0.22
#: Cross-language join threshold for such a corroborated article.
JOIN_CROSS_EVENT = 0.30
#: A same-language report that names the story's event, place and day but tells it in its
#: own words (title and lead share little) joins at this similarity when its body shares at
#: least :data:`FACT_WORDS` nouns with the story's reports (the facts: "Schneebrett",
#: "Bergrettung", "Haftrichter").
JOIN_FACTS = 0.12
FACT_WORDS = 5
#: What the needed similarity rises when both name places below country level and share
#: none (Izmir vs Erzurum), and when both name days and share none (Monday vs Thursday) and
#: the article does not name the story's kind of event (a follow-up of the same event names
#: the day of its own news: on the tune parts the day rise split the Wikinews follow-ups).
PLACE_RISE = 0.10
DAY_RISE = 0.10
#: Feature kinds German and English reports share whatever their words.
_SHARED_KINDS = ("e:", "n:")
#: A story the article shares no name of title and lead with is still a candidate for the
#: pair scorer when the facts both name (title, lead, body) weigh this much by rarity
#: (:meth:`FactIndex.recall_by_facts`): own reporting of an event told in other words.
#: On the dev sets' leave-one-set-out clustering 1.5-3.0 scored alike (0.5: lower).
RECALL_WEIGHT = 2.0
#: Copy detection.
COPY_JACCARD = 0.5
COPY_CONTAINMENT = 0.7
COPY_MIN_SHINGLES = 25
#: The document-frequency key counting clustered articles.
DOCS = ""


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _unpost(postings: dict[str, set[int]], keys: Iterable[str], story_id: int) -> None:
    """Take a story off the posting lists of ``keys`` (and drop lists left empty)."""
    for key in keys:
        ids = postings.get(key)
        if ids is not None:
            ids.discard(story_id)
            if not ids:
                del postings[key]


@dataclass
class _Copy:
    time: datetime | None
    sig: np.ndarray
    shingles: int
    story: int
    root: int
    agency: str | None


class Clusterer(FactIndex):
    """The live window of stories; :meth:`add` clusters articles in id order."""

    def __init__(self, pairs: PairJudge | bool | None = True) -> None:
        #: The learned pair scorer, asked when the rules join an article nowhere
        #: (:mod:`newsprobe.stories.pairs`); ``False``/``None``: the rules alone.
        self.pairs: PairJudge | None = PairJudge.shipped() if pairs is True else pairs or None
        #: The event-signature check (:func:`newsprobe.stories.state.other_news`); the pair
        #: scorer's training keeps the look-alikes it removes among its negatives.
        self.signature = True
        self.df: dict[str, int] = {}
        self.stories: dict[int, LiveStory] = {}
        self.index: dict[str, set[int]] = {}
        #: fact -> the stories naming it (the live window's document frequencies of nouns,
        #: names and numbers of title, lead and body; bounded: evicted with the stories).
        self.facts: dict[str, set[int]] = {}
        self.copies: dict[int, _Copy] = {}
        self.lsh = minhash.LshIndex()
        self.clock: datetime | None = None
        self.last_id = 0
        self._since_evict = 0

    # -- state ----------------------------------------------------------------------------
    @classmethod
    def from_state(
        cls,
        df: dict[str, int],
        stories: list[StoryState],
        copies: list[CopyState],
        last_id: int,
        clock: str | None,
    ) -> Clusterer:
        """The clusterer as it was after clustering up to article ``last_id``."""
        self = cls()
        self.df = dict(df)
        self.last_id = last_id
        self.clock = _time(clock)
        for s in stories:
            story = LiveStory(
                id=s.id,
                title=s.title,
                first=_time(s.first_time),
                last=_time(s.last_time),
                last_article=s.last_article,
                articles=s.articles,
                copies=s.copies,
                outlets=list(s.outlets),
                languages=list(s.languages),
            )
            for v in s.vectors:
                story.add_vector(json.loads(v))
            times = list(s.times) + [None] * (len(s.terms) - len(s.times))
            for t, tm in zip(s.terms, times, strict=True):
                story.add_words(json.loads(t), _time(tm))
            self._register(story)
        for c in copies:
            sig = minhash.decode(c.signature)
            self.copies[c.article_id] = _Copy(
                time=_time(c.time),
                sig=sig,
                shingles=c.shingles,
                story=c.story_id,
                root=c.copy_of if c.copy_of is not None else c.article_id,
                agency=c.agency,
            )
            self.lsh.add(c.article_id, sig)
        return self

    @staticmethod
    def live_bounds(last_id: int, clock: str | None) -> tuple[str | None, int]:
        """``(since_time, since_article)``: what :meth:`from_state` must be given."""
        t = _time(clock)
        return (
            (t - HORIZON).isoformat() if t else None,
            max(0, last_id + 1 - UNDATED_SPAN),
        )

    def _register(self, story: LiveStory) -> None:
        self.stories[story.id] = story
        for term in story.centroid:
            self.index.setdefault(term, set()).add(story.id)
        self._index_facts(story.id, story.facts)

    def _live(self, story: LiveStory, article_id: int) -> bool:
        if story.last_article >= article_id - UNDATED_SPAN:
            return True
        return (
            story.last is not None
            and self.clock is not None
            and story.last >= (self.clock - HORIZON)
        )

    def _copy_live(self, c: _Copy, article_id: int) -> bool:
        story = self.stories.get(c.story)
        return story is not None and self._live(story, article_id)

    def _evict(self, article_id: int) -> None:
        dead = [s for s in self.stories.values() if not self._live(s, article_id)]
        for story in dead:
            del self.stories[story.id]
            _unpost(self.index, story.centroid, story.id)
            _unpost(self.facts, story.facts, story.id)
        dead_ids = {s.id for s in dead}
        gone = [a for a, c in self.copies.items() if c.story in dead_ids]
        for a in gone:
            del self.copies[a]
        self.lsh.remove(gone)

    # -- clustering -----------------------------------------------------------------------
    def _vector(self, terms: dict[str, float]) -> dict[str, float]:
        """The unit tf-idf vector of the weighted terms (the zero-weight kinds, ``t:`` ``x:``
        ``v:`` ``p:`` ``d:``, are evidence for the guards, kept out of the vector and the
        index: a posting list of every story that names a Monday costs time, adds nothing)."""
        n = self.df.get(DOCS, 0)
        idf = self.df.get
        raw = {
            t: w * (math.log((n + 1) / (idf(t, 0) + 1)) + 1.0) for t, w in terms.items() if w > 0
        }
        norm = math.sqrt(sum(v * v for v in raw.values())) or 1.0
        return {t: round(v / norm, 5) for t, v in sorted(raw.items())}

    def add(self, items: list[StoryInput]) -> StoryBatch:
        """Cluster ``items`` (ids ascending, above every id clustered before)."""
        with fewer_collections():  # many short-lived dicts and sets, few cycles
            return self._add(items)

    def _add(self, items: list[StoryInput]) -> StoryBatch:
        batch = StoryBatch()
        touched: dict[int, LiveStory] = {}
        for item in items:
            if item.article_id <= self.last_id:
                raise ValueError(
                    f"article {item.article_id} is not after the last clustered one "
                    f"({self.last_id}): stories are built in id order"
                )
            a, story = self._one(item, batch.df)
            batch.assignments.append(a)
            touched[story.id] = story
            self.last_id = item.article_id
            self._since_evict += 1
            if self._since_evict >= 512:
                self._since_evict = 0
                self._evict(item.article_id + 1)
        batch.stories = [s.state() for _, s in sorted(touched.items())]
        return batch

    def _one(self, item: StoryInput, df_delta: dict[str, int]) -> tuple[Assignment, LiveStory]:
        try:
            terms: dict[str, float] = json.loads(item.terms)
        except ValueError:
            terms = {}
        for term in (*(t for t, w in terms.items() if w > 0), DOCS):
            self.df[term] = self.df.get(term, 0) + 1
            df_delta[term] = df_delta.get(term, 0) + 1
        t = _time(item.time)
        if t is not None and (self.clock is None or t > self.clock):
            self.clock = t
        vector = self._vector(terms)
        sig = minhash.decode(item.signature) if item.signature else None

        probe = Probe.of(item, vector, t, terms)
        copy = self._find_copy(item, sig, t)
        story: LiveStory | None = None
        joined_by, similarity = "open", None
        copy_of = copy_sim = None
        agency = item.agency
        if copy is not None:
            root_id, copy_sim = copy
            root = self.copies[root_id]
            story = self.stories[root.story]
            copy_of = root.root
            agency = agency or root.agency
            joined_by = "copy"
            similarity = round(self._cosine(vector, story), 4)
        else:
            found = self._find_story(probe)
            if found is not None:
                story, similarity = found
                joined_by = "similar"
        if story is None:
            story = LiveStory(
                id=item.article_id,
                title=item.title,
                first=t,
                last=t,
                last_article=item.article_id,
                articles=0,
                copies=0,
                outlets=[],
                languages=[],
            )
            self.stories[story.id] = story
        story.articles += 1
        story.last_article = item.article_id
        if copy_of is not None:
            story.copies += 1
        if t is not None:
            story.first = t if story.first is None or t < story.first else story.first
            story.last = t if story.last is None or t > story.last else story.last
        if item.outlet and item.outlet not in story.outlets:
            story.outlets.append(item.outlet)
        if item.language and item.language not in story.languages:
            story.languages.append(item.language)
        story.add_vector(vector)
        self._index_facts(story.id, story.add_words(terms, t, probe))
        for term in vector:
            self.index.setdefault(term, set()).add(story.id)
        if sig is not None and item.shingles >= COPY_MIN_SHINGLES:
            self.copies[item.article_id] = _Copy(
                time=t,
                sig=sig,
                shingles=item.shingles,
                story=story.id,
                root=copy_of if copy_of is not None else item.article_id,
                agency=agency,
            )
            self.lsh.add(item.article_id, sig)
        return (
            Assignment(
                article_id=item.article_id,
                story_id=story.id,
                joined_by=joined_by,
                similarity=similarity,
                copy_of=copy_of,
                copy_similarity=copy_sim,
                agency=agency if copy_of is not None else item.agency,
                vector=json.dumps(vector, separators=(",", ":")),
            ),
            story,
        )

    def _find_copy(
        self, item: StoryInput, sig: np.ndarray | None, t: datetime | None
    ) -> tuple[int, float] | None:
        if sig is None or item.shingles < COPY_MIN_SHINGLES:
            return None
        best: tuple[float, int] | None = None
        for other in self.lsh.candidates(sig):
            c = self.copies.get(other)
            if c is None or not self._copy_live(c, item.article_id):
                continue
            if t is not None and c.time is not None and abs(t - c.time) > WINDOW:
                continue
            j = minhash.jaccard(sig, c.sig)
            cont = minhash.containment(j, item.shingles, c.shingles)
            if j >= COPY_JACCARD or cont >= COPY_CONTAINMENT:
                score = max(j, cont)
                if best is None or score > best[0]:
                    best = (score, other)
        return (best[1], round(best[0], 4)) if best else None

    @staticmethod
    def _cosine(vector: dict[str, float], story: LiveStory, prefix: tuple[str, ...] = ()) -> float:
        c = story.centroid
        if prefix:
            num = sum(v * c.get(t, 0.0) for t, v in vector.items() if t.startswith(prefix))
            cn = math.sqrt(sum(x * x for k, x in c.items() if k.startswith(prefix)))
            vn = math.sqrt(sum(v * v for t, v in vector.items() if t.startswith(prefix)))
            return num / (cn * vn) if cn and vn else 0.0
        norm = math.sqrt(story.norm2) if story.norm2 > 0 else 0.0
        if not norm:
            return 0.0
        return dot(vector, c) / norm

    @staticmethod
    def _cosine_cross(vector: dict[str, float], story: LiveStory, words: bool) -> float:
        """The cosine over what two languages share: entities, numbers, and (``words``:
        an article in a language the story has not had) the words both spell alike once
        folded (names the recogniser missed in one language,
        "Bundestag", "Buergergeld"; :func:`newsprobe.stories.features.fold`)."""
        c = story.centroid
        dot = vn = cn = 0.0
        for t, v in vector.items():
            other = c.get(t, 0.0)
            if t[:2] in _SHARED_KINDS or (words and other and t.startswith("w:")):
                vn += v * v
                dot += v * other
        for t, x in c.items():
            if t[:2] in _SHARED_KINDS or (words and t in vector and t.startswith("w:")):
                cn += x * x
        return dot / math.sqrt(vn * cn) if vn and cn else 0.0

    def _same_language(
        self,
        item: StoryInput,
        vector: dict[str, float],
        story: LiveStory,
        corroborated: bool,
        rise: float,
        entities: int,
        nouns: int,
        title_nouns: set[str],
        event: Agreement,
        item_terms: dict[str, float],
    ) -> float | None:
        """The similarity with which an article joins a story that has its language, or
        None: the guard, the threshold, the anchor to the first report (when that is in the
        article's language) and the event-word guard."""
        if entities < MIN_SHARED_ENTITIES or nouns < MIN_SHARED:
            return None
        sim = self._cosine(vector, story)
        by_facts = False
        if sim < (JOIN_EVENT if corroborated else JOIN) + rise:
            facts = event.same_event and event.places > 0 and event.days >= 0 and rise == 0
            if not facts or sim < JOIN_FACTS:
                return None
            words = {t[2:] for t in item_terms if t[:2] in ("t:", "x:", "w:")}
            if len(words & story.words) < FACT_WORDS:
                return None
            by_facts = True  # anchored by the first report's event, not its wording
        if (
            not by_facts
            and story.languages[:1] == [item.language]
            and dot(vector, story.seed) < JOIN_SEED
        ):
            return None
        if title_nouns and not event.same_event and not meets(title_nouns, story.words):
            return None  # the event-word guard
        return sim

    def _candidates(self, probe: Probe) -> list[Candidate]:
        """The live stories in the time window that share enough with the article to be
        judged and name no other kind of event, in story id order."""
        item, vector, t, item_terms = probe.item, probe.vector, probe.time, probe.terms
        facets = probe.facets or Facets.of(item_terms, t)
        title_nouns = {term[2:] for term in item_terms if term.startswith("t:")}
        # One pass over the postings counts what each story shares with the article (the
        # index holds exactly the terms of every live story's centroid), so the guards are
        # checked before any similarity is computed.
        entities_of: Counter[int] = Counter()
        nouns_of: Counter[int] = Counter()
        numbers_of: Counter[int] = Counter()
        for term in vector:
            kind = term[:2]
            ids = self.index.get(term)
            if ids:  # (Counter.update counts a posting list in one C loop)
                if kind == "e:":
                    entities_of.update(ids)
                    nouns_of.update(ids)
                elif kind == "w:":
                    nouns_of.update(ids)
                elif kind == "n:":
                    numbers_of.update(ids)
            if kind == "w:":  # a name this report's recogniser missed and the story's found
                for key in names_of(term[2:]):
                    for sid in self.index.get(key, ()):
                        if item.language not in self.stories[sid].languages:
                            entities_of[sid] = entities_of.get(sid, 0) + 1
        # stories whose rare facts (title, lead and body) the article names, though it
        # shares no name of title and lead with them: the pair scorer's to judge
        recalled = (
            self.recall_by_facts(probe, RECALL_WEIGHT)
            if self.pairs is not None and t is not None
            else set()
        )
        out = []
        for sid in sorted(entities_of.keys() | recalled):
            entities = entities_of.get(sid, 0)
            nouns = nouns_of.get(sid, 0)
            numbers = numbers_of.get(sid, 0)
            # (nouns counts the shared entities and words; across languages the words
            # both spell alike count with the entities and numbers)
            if entities < MIN_SHARED_ENTITIES and sid not in recalled:
                continue
            # the rules' guard; the pair scorer also judges stories that share only an
            # entity in title and lead (its features weigh the body's nouns too), or only
            # rare facts (recalled)
            guarded = entities >= MIN_SHARED_ENTITIES and (
                nouns >= MIN_SHARED or nouns + numbers >= MIN_SHARED_ENTITIES_CROSS
            )
            if not guarded and (self.pairs is None or t is None):
                continue
            story = self.stories.get(sid)
            if story is None or not self._live(story, item.article_id):
                continue
            gap: float | None = None
            if t is not None and story.first is not None and story.last is not None:
                if t < story.first - WINDOW or t > story.last + WINDOW:
                    continue
                gap = 0.0
                if t > story.last:
                    gap = (t - story.last).total_seconds() / 86400
                elif t < story.first:
                    gap = (story.first - t).total_seconds() / 86400
            cross = bool(item.language) and item.language not in story.languages
            if gap is None and not cross and self._cosine(vector, story) < JOIN + UNDATED_EXTRA:
                # undated: only the rules judge it (the scorer and the shared-facts join
                # ask for dates), and in its own language none joins below this similarity
                # -- checked before the event facets, which cost more
                continue
            rise = JOIN_PER_DAY * (gap or 0.0)
            if gap is None:
                rise += UNDATED_EXTRA
            event = agreement(facets, story.core, story.facets)
            if event.conflict:
                continue  # another kind of event with the same names
            if event.places < 0 and towns_named(facets.places, probe, story):
                event = replace(event, places=0)  # a town one recogniser keyed otherwise
            elif not facets.places and place_missed(probe, story):
                event = replace(event, places=1)  # a town this report's recogniser missed
            if not cross and place_apart(probe.headline_places, probe.facts, story):
                continue  # the headline names where another event happened (an English
                # headline names the nearest city the reader knows: not compared)
            if not cross and self.signature and other_news(probe, facets, title_nouns, story):
                continue  # another day's news under another headline
            rise += PLACE_RISE * (event.places < 0)
            if not event.same_event:  # a follow-up names its own day ("am Donnerstag")
                rise += DAY_RISE * (event.days < 0)
            corroborated = (  # dated: without a time window the facts are too weak
                event.same_event
                and rise < UNDATED_EXTRA
                and (event.places > 0 or event.days > 0 or numbers >= 2)
                # another day's news of the same kind is no corroboration, unless it
                # recalls one of the event's numbers (a follow-up: "nach dem Beben der
                # Stärke 7,1")
                and (event.days >= 0 or numbers >= 1)
            )
            out.append(
                Candidate(
                    story, entities, nouns, numbers, gap, rise, event, corroborated, cross, guarded
                )
            )
        return out

    def _find_story(self, probe: Probe) -> tuple[LiveStory, float] | None:
        candidates = self._candidates(probe)
        found = self._by_rules(probe, candidates)
        if found is None and self.pairs is not None:
            found = self.pairs.best(probe.vector, probe.terms, self.judged(probe, candidates))
        if found is None:
            found = self.by_shared_facts(probe, candidates)
        return found

    def _by_rules(
        self, probe: Probe, candidates: list[Candidate]
    ) -> tuple[LiveStory, float] | None:
        item, vector, item_terms = probe.item, probe.vector, probe.terms
        title_nouns = {t[2:] for t in item_terms if t.startswith("t:")}
        best: tuple[tuple[bool, float], int] | None = None
        for c in candidates:
            if not c.guarded:
                continue
            story, rise, event, corroborated, cross = (
                c.story,
                c.rise,
                c.event,
                c.corroborated,
                c.cross,
            )
            sim = None
            if not cross:
                sim = self._same_language(
                    item,
                    vector,
                    story,
                    corroborated,
                    rise,
                    c.entities,
                    c.nouns,
                    title_nouns,
                    event,
                    item_terms,
                )
            # Another language's report; or, corroborated, a story told in two languages
            # (its centroid mixes their words, the article's meet only part of it).
            if sim is None and (cross or (len(story.languages) > 1 and corroborated)):
                # names both spell alike count with the entities and numbers
                shared = c.entities + c.numbers + (max(0, c.nouns - c.entities) if cross else 0)
                if shared < MIN_SHARED_ENTITIES_CROSS or not c.entities:
                    continue
                sim = self._cosine_cross(vector, story, cross)
                if sim < (JOIN_CROSS_EVENT if corroborated else JOIN_CROSS) + rise:
                    continue
            if sim is None or self.fact_check(probe, story, c.gap).apart:
                continue
            # a story in the article's own language before one it joins across languages
            # (an entity-only cosine runs higher than a full one)
            rank = (not cross, sim)
            if best is None or rank > best[0]:
                best = (rank, story.id)
        if best is None:
            return None
        return self.stories[best[1]], round(best[0][1], 4)
