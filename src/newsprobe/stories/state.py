"""The state of story clustering one article meets: the live stories, the article being
clustered, and each story it is judged against (:mod:`newsprobe.stories.cluster`, and the
pair scorer of :mod:`newsprobe.stories.pairs`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from newsprobe.store.story_rows import StoryInput, StoryState
from newsprobe.stories.events import Agreement, Facets


@dataclass
class LiveStory:
    id: int
    title: str | None
    first: datetime | None
    last: datetime | None
    last_article: int
    articles: int
    copies: int
    outlets: list[str]
    languages: list[str]
    centroid: dict[str, float] = field(default_factory=dict)
    norm2: float = 0.0
    words: set[str] = field(default_factory=set)
    seed: dict[str, float] = field(default_factory=dict)
    facets: Facets = field(default_factory=lambda: Facets(set(), set(), set()))
    core: Facets = field(default_factory=lambda: Facets(set(), set(), set()))
    #: Members' vectors (the pair scorer compares an article with each).
    members: list[dict[str, float]] = field(default_factory=list)

    def add_words(self, terms: dict[str, float], time: datetime | None = None) -> None:
        """The nouns and names of a member (title, lead, body) for the event-word guard, and
        its event facets (the first member that names an event class sets the story's)."""
        self.words.update(term[2:] for term in terms if term[:2] in ("t:", "x:", "w:"))
        facets = Facets.of(terms, time)
        if not self.core.classes and facets.classes:
            self.core = Facets(set(facets.classes), set(), set())
        self.facets.merge(facets)

    def add_vector(self, vector: dict[str, float]) -> None:
        if not self.seed:
            self.seed = vector
        self.members.append(vector)
        c = self.centroid
        for term, value in vector.items():
            old = c.get(term, 0.0)
            new = old + value
            c[term] = new
            self.norm2 += new * new - old * old

    def state(self) -> StoryState:
        return StoryState(
            id=self.id,
            title=self.title,
            first_time=self.first.isoformat() if self.first else None,
            last_time=self.last.isoformat() if self.last else None,
            last_article=self.last_article,
            articles=self.articles,
            copies=self.copies,
            outlets=list(self.outlets),
            languages=list(self.languages),
        )


@dataclass(frozen=True)
class Probe:
    """The article being clustered: its input, unit vector, time and weighted terms."""

    item: StoryInput
    vector: dict[str, float]
    time: datetime | None
    terms: dict[str, float]


@dataclass
class Candidate:
    """A live story an article is judged against, and what the postings and the event
    facets found in common (``gap``: days between the article and the story's time span,
    None where either is undated)."""

    story: LiveStory
    entities: int
    nouns: int
    numbers: int
    gap: float | None
    rise: float
    event: Agreement
    corroborated: bool
    cross: bool
    guarded: bool = True
