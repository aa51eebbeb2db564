"""The state of story clustering one article meets: the live stories, the article being
clustered, and each story it is judged against (:mod:`newsprobe.stories.cluster`, and the
pair scorer of :mod:`newsprobe.stories.pairs`)."""

from __future__ import annotations

from collections.abc import Iterable, Set
from dataclasses import dataclass, field
from datetime import datetime

from newsprobe.store.story_rows import StoryInput, StoryState
from newsprobe.stories.events import REGION, Agreement, Facets
from newsprobe.stories.features import country_ids

_NOUN_KINDS = ("t:", "x:", "w:")
_FACT_KINDS = ("e:", "n:", "m:")
#: An entity's weight in title or lead (:data:`newsprobe.stories.features.ENTITY_LEAD_WEIGHT`;
#: in the body it weighs less).
_LEAD_ENTITY = 2.5
_PEOPLE = ("e:np:name:per:", "e:np:person:")
#: Keys of names whose id spells the name (the project's own ids: names the KB does not
#: know, and its people, towns, regions and organisations; Wikidata's ``Q`` ids do not).
_LOCAL_NAME = "e:np:"
#: Shortest part of a compound that matches on its own ("Flug" in "Flugzeit").
COMPOUND_PART = 4


def _parts(word: str) -> set[str]:
    """A noun and the parts of a hyphenated compound ("spaceshuttle-flug")."""
    return {word, *(p for p in word.split("-") if len(p) >= COMPOUND_PART)}


def meets(nouns: set[str], words: set[str]) -> bool:
    """Whether one of ``nouns`` is among ``words``, German compounds matched by their head
    or modifier ("Beben" ~ "Erdbeben", "Flugzeit" ~ "Spaceshuttle-Flug")."""
    if nouns & words:
        return True
    parts = {p for w in words for p in _parts(w)}
    for noun in nouns:
        for n in _parts(noun):
            for p in parts:
                short, long_ = (n, p) if len(n) <= len(p) else (p, n)
                if len(short) >= COMPOUND_PART and (
                    long_.startswith(short) or long_.endswith(short)
                ):
                    return True
    return False


def name_parts(keys: Iterable[str]) -> set[str]:
    """The words a report's facts spell: its nouns (``w:``) and the parts of its names'
    spelt ids (``e:np:...:sogn-bastian`` -> "sogn", "bastian"), for :func:`named`."""
    out = set()
    for key in keys:
        if key.startswith("w:"):
            out.add(key[2:])
        elif key.startswith(_LOCAL_NAME):
            out.update(_slug_parts(key))
    return out


def _slug_parts(key: str) -> list[str]:
    return [p for p in key.rpartition(":")[2].split("-") if len(p) >= COMPOUND_PART]


def named(keys: Iterable[str], facts: Set[str], parts: Set[str]) -> bool:
    """Whether a report names one of ``keys`` (fact keys): among its ``facts``, or -- a name
    whose id spells it (``e:np:``) -- every part of the id of 4 letters or more among the
    words and name parts of the report (:func:`name_parts`).  Two recognisers key one name
    differently: "Sogn Bastian" a person ("bastian") in the agency text, a place in the next
    report; "Piz Cavrein" one name in one report, two words in another; the street a name
    in the lead of one and a word in the body of the next."""
    for key in keys:
        if key in facts:
            return True
        if key.startswith(_LOCAL_NAME):
            found = _slug_parts(key)
            if found and all(p in parts for p in found):
                return True
    return False


def facts(terms: dict[str, float]) -> set[str]:
    """An article's facts: its nouns (title, lead, body: ``w:``), names (``e:``) and numbers
    (title and lead ``n:``, body ``m:`` counted as ``n:``) -- what two reports of one event
    share beyond its kind, place and day."""
    out = set()
    for t in terms:
        kind = t[:2]
        if kind in _NOUN_KINDS:
            out.add("w:" + t[2:])
        elif kind in _FACT_KINDS:
            out.add("n:" + t[2:] if kind == "m:" else t)
    return out


def lead_facts(terms: dict[str, float]) -> frozenset[str]:
    """What a report names in its title and lead: names (``e:``) and numbers (``n:``) --
    which event it reports (the street, the minister, the 389 votes).  Countries are left
    out: a country names no event (every report from Turkey names Turkey)."""
    countries = country_ids()
    return frozenset(
        t
        for t, w in terms.items()
        if t.startswith("n:")
        or (t.startswith("e:") and w >= _LEAD_ENTITY and t[2:] not in countries)
    )


def lead_kinds(terms: dict[str, float]) -> dict[str, frozenset[str]]:
    """The lead facts of three kinds, as fact keys: numbers, places below country level
    (the event facets' ``p:``) and people (named persons of title and lead)."""
    return {
        "numbers": frozenset(t for t in terms if t.startswith("n:")),
        "places": frozenset("e:" + t[2:] for t in terms if t.startswith("p:")),
        "people": frozenset(
            t for t, w in terms.items() if t.startswith(_PEOPLE) and w >= _LEAD_ENTITY
        ),
    }


def headline_places(terms: dict[str, float]) -> frozenset[str]:
    """The towns a report's title names (the features' ``q:``), as fact keys (``e:...``)."""
    return frozenset("e:" + t[2:] for t in terms if t.startswith("q:"))


def title_numbers(terms: dict[str, float]) -> frozenset[str]:
    """The numbers a report's title gives (the features' ``u:``), as fact keys (``n:...``)."""
    return frozenset("n:" + t[2:] for t in terms if t.startswith("u:"))


def place_apart(
    article: frozenset[str], facts: frozenset[str] | set[str], story: LiveStory
) -> bool:
    """Whether an article's headline names the place of another event: both titles name
    towns, none of the article's is named anywhere in the story's reports, and the article
    names none of the story's headline towns anywhere (title, lead, body).  A look-alike
    says where it happened in its headline (a flat fire in Hamburg-Wilhelmsburg against a
    warehouse fire in Hamburg-Billbrook, an avalanche in Sölden against one in Ischgl); own
    reporting of the event names a town the story names (the district of a report headed
    with the city), or the story's town somewhere in its body."""
    theirs = story.headline_places
    if not article or not theirs or article & story.facts:
        return False
    # a town the article's recogniser missed is still one of its words ("w:celle")
    return not any(t in facts or "w:" + t.rpartition(":")[2] in facts for t in theirs)


def place_missed(probe: Probe, story: LiveStory) -> bool:
    """Whether a report that names no place of its own (its recogniser found none) names a
    town of the story among its words: "the southern German city of Reutlingen" where the
    English recogniser found no name and the German one a place.  The story's towns (the
    event facets' places, regions left out) are matched by the last part of their id, as
    :func:`place_apart` matches a headline town."""
    return any(
        "w:" + p.rpartition(":")[2] in probe.facts
        for p in story.facets.places
        if not p.startswith(REGION)
    )


def towns_named(article: Iterable[str], probe: Probe, story: LiveStory) -> bool:
    """Whether the towns of two reports that share none (the event facets' places, regions
    left out) are still named by the other report, keyed otherwise (:func:`named`): the
    English report's "Piz Cavrein" is two words of the German one, whose recogniser typed
    the hamlet a person.  Such places are no conflict."""
    ours = {"e:" + p for p in article if not p.startswith(REGION)}
    theirs = {"e:" + p for p in story.facets.places if not p.startswith(REGION)}
    return named(ours, story.facts, story.parts()) or named(theirs, probe.facts, probe.name_parts())


def other_news(probe: Probe, article: Facets, title_nouns: set[str], story: LiveStory) -> bool:
    """Whether an article tells other news than the story's, though it shares its names:
    it names none of the story's kinds of event, and either

    * the day of its own news (the first day its title and lead's first sentences name) is
      none of the story's reports' own days, and its headline names nothing the story's
      headlines name (no noun of theirs, compounds by head or modifier) -- another event
      with the same actors a day or three later: the same party's programme the day after
      it elected its chair, a guard suspended at the prison two inmates escaped from; or
    * both headlines give figures, and neither report names the other's anywhere -- a jackpot
      of 28 million the day after one of 90 million.

    A follow-up of the event names the event's kind, its day first, its headline words
    ("Einer der Ausbrecher gefasst") or the figures of the first report."""
    if article.classes & story.core.classes or article.headline & story.facets.classes:
        return False
    if (
        article.first
        and story.facets.first
        and not article.first & story.facets.first
        and title_nouns
        and not meets(title_nouns, story.headlines)
    ):
        return True
    numbers = probe.title_numbers
    return bool(
        numbers
        and story.headline_numbers
        and not numbers & story.facts
        and not story.headline_numbers & probe.facts
    )


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
    #: The facts its members name (:func:`facts`): nouns, names and numbers of title, lead
    #: and body, which the clusterer indexes for their rarity among the live stories.
    facts: set[str] = field(default_factory=set)
    #: The words and name parts of its facts (:func:`name_parts`): read when first asked
    #: (:meth:`parts`), kept up to date after.
    _parts: set[str] | None = None
    #: The title nouns of its first report (what the story is about).
    headline: set[str] = field(default_factory=set)
    #: The title nouns of all its reports (what each headline says happened), and the
    #: numbers their titles give (as fact keys, ``n:``).
    headlines: set[str] = field(default_factory=set)
    headline_numbers: set[str] = field(default_factory=set)
    #: The towns its first report's title names (where the event happened), as fact keys.
    headline_places: frozenset[str] = frozenset()
    #: Each member's lead facts (:func:`lead_facts`), and their union by kind
    #: (:func:`lead_kinds`), for the fact guard (:mod:`newsprobe.stories.facts`).
    leads: list[frozenset[str]] = field(default_factory=list)
    lead_kinds: dict[str, set[str]] = field(default_factory=dict)
    articles_seen: int = 0

    def add_words(
        self, terms: dict[str, float], time: datetime | None = None, probe: Probe | None = None
    ) -> set[str]:
        """The nouns and names of a member (title, lead, body) for the event-word guard, and
        its event facets (the first member that names an event class sets the story's);
        the facts the story did not name before.  ``probe``: the member as the clusterer
        read it (:meth:`Probe.of` of these terms and time), whose facts are not read again."""
        if probe is not None and probe.facets is not None:
            found, lead, kinds = probe.facts, probe.lead, probe.lead_kinds
            places, numbers, facets = probe.headline_places, probe.title_numbers, probe.facets
        else:
            found, lead, kinds = frozenset(facts(terms)), lead_facts(terms), lead_kinds(terms)
            places, numbers = headline_places(terms), title_numbers(terms)
            facets = Facets.of(terms, time)
        self.words.update(term[2:] for term in terms if term[:2] in ("t:", "x:", "w:"))
        self.headlines.update(term[2:] for term in terms if term.startswith("t:"))
        self.headline_numbers.update(numbers)
        if not self.articles_seen:
            self.headline = {term[2:] for term in terms if term.startswith("t:")}
            self.headline_places = places
        self.articles_seen += 1
        if not self.core.classes and facets.classes:
            self.core = Facets(set(facets.classes), set(), set())
        self.facets.merge(facets)
        self.leads.append(lead)
        for kind, keys in kinds.items():
            self.lead_kinds.setdefault(kind, set()).update(keys)
        new = set(found - self.facts)
        self.facts |= new
        if self._parts is not None:
            self._parts |= name_parts(new)
        return new

    def parts(self) -> set[str]:
        """The words and name parts of its facts (:func:`name_parts`)."""
        if self._parts is None:
            self._parts = name_parts(self.facts)
        return self._parts

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
    #: Its facts (:func:`facts`).
    facts: frozenset[str] = frozenset()
    #: Live stories naming each fact asked about so far (capped; filled by the clusterer).
    spread: dict[str, int] = field(default_factory=dict)
    #: Its lead facts (:func:`lead_facts`) and those of three kinds (:func:`lead_kinds`).
    lead: frozenset[str] = frozenset()
    lead_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    #: The towns its title names (:func:`headline_places`).
    headline_places: frozenset[str] = frozenset()
    #: The numbers its title gives, as fact keys (:func:`title_numbers`).
    title_numbers: frozenset[str] = frozenset()
    #: Its event facets (:meth:`Facets.of` of its terms and time), read, never changed.
    facets: Facets | None = None
    #: The words and name parts of its facts, filled when first asked (:meth:`name_parts`).
    _parts: set[str] = field(default_factory=set)

    def name_parts(self) -> set[str]:
        """The words and name parts of its facts (:func:`name_parts`), read once."""
        if not self._parts:
            self._parts.update(name_parts(self.facts))
        return self._parts

    @classmethod
    def of(
        cls,
        item: StoryInput,
        vector: dict[str, float],
        time: datetime | None,
        terms: dict[str, float],
    ) -> Probe:
        """The article with everything the clusterer reads of its terms, computed once."""
        return cls(
            item,
            vector,
            time,
            terms,
            frozenset(facts(terms)),
            lead=lead_facts(terms),
            lead_kinds=lead_kinds(terms),
            headline_places=headline_places(terms),
            title_numbers=title_numbers(terms),
            facets=Facets.of(terms, time),
        )


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
    #: Rarity-weighted facts in common (:meth:`Clusterer.rare_overlap`), filled when asked.
    rare: float | None = None
    #: Rarity-weighted share of the story's headline nouns the article names.
    headline: float | None = None
    #: The fact check (:meth:`newsprobe.stories.facts.FactIndex.fact_check`), filled when
    #: asked: kinds of lead facts in conflict, and how new the lead facts are both ways.
    conflicts: int = 0
    contradiction: float = 0.0
    #: Rarity-weighted shares of the lead facts both ways, filled when asked: of the
    #: article's the story names anywhere, and of the closest report's the article names.
    lead_known: float = 0.0
    lead_met: float = 0.0
    #: Rarity-weighted share of all the article's facts the story names, and the rarity-
    #: weighted names (entity ids) both name, filled when asked.
    fact_share: float = 0.0
    names_rare: float = 0.0
