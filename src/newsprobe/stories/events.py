"""Event-specific evidence for story clustering, beyond shared names.

Two reports share their names (Turkey, Erdogan, Afad) whether they tell the same event or
another one days later; what separates them is *what happened*, *where exactly* and *when*.
Three zero-weight feature kinds carry this from the ingest workers to the clusterer (they
add nothing to the tf-idf vector):

``v:CLASS``
    The event classes the title and lead name, from a German/English lexicon of event nouns
    and verbs in the style of the ACE/CAMEO event types ("Erdbeben", "Beben", "quake" ->
    ``quake``; "Rücktritt", "zurücktreten", "resign" -> ``resign``). German compounds count by
    their head ("Pilotenstreik" -> ``strike``).  Consequences that every disaster shares
    (dead, injured) are deliberately no class.
``h:CLASS``
    The event classes the title alone names: what the report is about (a conflict of
    classes is judged on these).
``p:FEATURE``
    The places below country level named in the title and lead (Izmir, Erzurum, Odessa):
    the ``e:`` feature of a location entity whose id is not a country.
``d:N``
    Days the text names relative to its publication: a weekday (``d:w1`` Monday …
    ``d:w7`` Sunday, "Montagmorgen", "in der Nacht zum Dienstag", "on Monday"), or ``d:r0``
    today / ``d:r-1`` yesterday.  The clusterer resolves them against the article's time
    (:func:`event_days`), so a report that says "am Donnerstag" and one that says "am
    Montag" of the same week tell of different days even when published one after another.

:func:`agreement` compares an article with a story on these facets (see
:mod:`newsprobe.stories.cluster` for how the clusterer uses it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

from newsprobe.language.words import SEPARABLE_PARTICLES_DE

#: Event classes and their words (casefolded lemmas; German nouns also match as the head of
#: a compound, "Pilotenstreik" -> "streik").  Words shorter than five letters match whole.
EVENT_WORDS: dict[str, tuple[str, ...]] = {
    "quake": (
        "erdbeben",
        "beben",
        "erdstoß",
        "erdstoss",
        "nachbeben",
        "earthquake",
        "quake",
        "tremor",
        "aftershock",
    ),
    "storm": (
        "sturm",
        "sturmtief",
        "orkan",
        "unwetter",
        "gewitter",
        "hagel",
        "tornado",
        "hurrikan",
        "taifun",
        "zyklon",
        "storm",
        "hurricane",
        "typhoon",
        "cyclone",
        "gale",
    ),
    "flood": (
        "hochwasser",
        "überschwemmung",
        "flut",
        "sturmflut",
        "flood",
        "flooding",
        "überfluten",
        "überflutung",
    ),
    "fire": ("brand", "waldbrand", "feuer", "großbrand", "fire", "wildfire", "blaze"),
    "avalanche": ("lawine", "schneebrett", "lawinenabgang", "avalanche"),
    "explosion": ("explosion", "detonation", "explodieren", "blast", "explode"),
    "crash": (
        "unfall",
        "zugunglück",
        "busunglück",
        "flugzeugunglück",
        "grubenunglück",
        "absturz",
        "abstürzen",
        "zusammenstoß",
        "zusammenstoss",
        "frontalzusammenstoß",
        "entgleisung",
        "entgleisen",
        "verunglücken",
        "crash",
        "collision",
        "derail",
        "derailment",
    ),
    "strike": (
        "streik",
        "ausstand",
        "warnstreik",
        "arbeitskampf",
        "streiken",
        "bestreiken",
        "walkout",
        "strikers",
    ),
    "resign": ("rücktritt", "zurücktreten", "abdankung", "abdanken", "resign", "resignation"),
    "arrest": (
        "festnahme",
        "festnehmen",
        "verhaftung",
        "verhaften",
        "haftbefehl",
        "razzia",
        "arrest",
        "detain",
        "raid",
    ),
    "attack": (
        "angriff",
        "anschlag",
        "attentat",
        "beschuss",
        "bombardierung",
        "luftangriff",
        "raketenangriff",
        "drohnenangriff",
        "attack",
        "bombing",
        "airstrike",
        "shelling",
    ),
    "shooting": ("schießerei", "schiesserei", "amoklauf", "schüsse", "shooting", "gunman"),
    "vote": (
        "wahl",
        "abstimmung",
        "misstrauensvotum",
        "votum",
        "referendum",
        "wahlsieg",
        "beschließen",
        "verabschieden",
        "vote",
        "election",
        "ballot",
    ),
    "acquisition": (
        "übernahme",
        "übernehmen",
        "zukauf",
        "kauf",
        "kaufen",
        "fusion",
        "acquisition",
        "acquire",
        "takeover",
        "merger",
        "buy",
    ),
    "job_cuts": ("stellenabbau", "jobabbau", "abbau", "entlassung", "layoff", "layoffs"),
    "rates": ("leitzins", "zinssenkung", "zinserhöhung", "zinsentscheid", "zinswende"),
    "verdict": (
        "urteil",
        "urteilen",
        "verurteilen",
        "freispruch",
        "freisprechen",
        "verdict",
        "ruling",
        "convict",
        "acquit",
    ),
    "ceasefire": ("waffenruhe", "waffenstillstand", "feuerpause", "ceasefire", "truce"),
    "outage": ("störung", "ausfall", "stromausfall", "netzausfall", "outage", "blackout"),
    "protest": (
        "protest",
        "demonstration",
        "kundgebung",
        "demonstrieren",
        "protestieren",
        "rally",
        "protester",
    ),
    "match": (
        "halbfinale",
        "viertelfinale",
        "finale",
        "spieltag",
        "remis",
        "derby",
        "semi-final",
        "final",
        "match",
    ),
    "launch": ("markteinführung", "vorstellen", "präsentieren", "premiere", "unveil", "launch"),
    "prices": ("preiserhöhung", "preissteigerung", "preise", "price", "prices", "fare"),
}

#: The English words of :data:`EVENT_WORDS` (the rest are German; a few are both).  In
#: English text only these match, whole; in German text they do not ("brand" is no fire).
ENGLISH_WORDS = frozenset(
    [
        "earthquake",
        "quake",
        "tremor",
        "aftershock",
        "tornado",
        "storm",
        "hurricane",
        "typhoon",
        "cyclone",
        "gale",
        "flood",
        "flooding",
        "fire",
        "wildfire",
        "blaze",
        "avalanche",
        "explosion",
        "blast",
        "explode",
        "crash",
        "collision",
        "derail",
        "derailment",
        "walkout",
        "strikers",
        "resign",
        "resignation",
        "arrest",
        "detain",
        "raid",
        "attack",
        "bombing",
        "airstrike",
        "shelling",
        "shooting",
        "gunman",
        "referendum",
        "vote",
        "election",
        "ballot",
        "acquisition",
        "acquire",
        "takeover",
        "merger",
        "buy",
        "layoff",
        "layoffs",
        "verdict",
        "ruling",
        "convict",
        "acquit",
        "ceasefire",
        "truce",
        "outage",
        "blackout",
        "protest",
        "demonstration",
        "rally",
        "protester",
        "derby",
        "semi-final",
        "final",
        "match",
        "premiere",
        "unveil",
        "launch",
        "price",
        "prices",
        "fare",
    ]
)
#: Words that are the same in both languages.
_BOTH = frozenset(
    ["tornado", "explosion", "referendum", "protest", "demonstration", "derby", "premiere"]
)

#: A word matches a class's word as a compound head only when at least this long.
_HEAD_MIN = 5

_WEEKDAY_WORDS: dict[str, int] = {
    "montag": 1,
    "dienstag": 2,
    "mittwoch": 3,
    "donnerstag": 4,
    "freitag": 5,
    "samstag": 6,
    "sonnabend": 6,
    "sonntag": 7,
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}
#: The first two letters of every weekday name (a word beginning otherwise names none).
_WEEKDAY_STARTS = frozenset(name[:2] for name in _WEEKDAY_WORDS)
_RELATIVE_WORDS: dict[str, int] = {
    "heute": 0,
    "today": 0,
    "gestern": -1,
    "yesterday": -1,
    "vorgestern": -2,
}


_PARTICLES = SEPARABLE_PARTICLES_DE


def separable_verbs(tokens: list[tuple[str, str | None, str | None]]) -> list[str]:
    """The lemmas of German separable verbs in one sentence (``(text, lemma, pos)`` each):
    a finite full verb and a particle closing its clause make one lemma ("Der Minister tritt
    zurück" -> "zurücktreten").  A particle the tagger took for a preposition at the end of
    a headline ("VW stellt neuen Kleinwagen vor") counts as well."""
    out: list[str] = []
    verb: str | None = None
    for i, (text, lemma, pos) in enumerate(tokens):
        if pos == "VVFIN":
            verb = (lemma or text).casefold()
            continue
        if verb is None or text.casefold() not in _PARTICLES:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        closes = nxt is None or (nxt[2] or "").startswith("$")
        if pos == "PTKVZ" or (closes and pos in ("APPR", "ADV")):
            out.append(text.casefold() + verb)
            verb = None
    return out


@cache
def _lexicon() -> tuple[dict[str, str], dict[str, str]]:
    """(whole word -> class, compound head -> class).  A word's head is found by looking up
    its suffixes longest first (one dictionary look-up per length, not a scan of every head:
    the scan was most of the feature extraction's time on words seen the first time)."""
    whole: dict[str, str] = {}
    heads: dict[str, str] = {}
    for cls, words in EVENT_WORDS.items():
        for w in words:
            whole.setdefault(w, cls)
            if len(w) >= _HEAD_MIN and " " not in w:
                heads.setdefault(w, cls)
    return whole, heads


@lru_cache(maxsize=65536)
def event_class(word: str, lang: str | None = "de") -> str | None:
    """The event class a casefolded lemma names in ``lang``, if any ("pilotenstreik" ->
    "strike"); English words match whole, German ones also as a compound head (the longest
    head the word ends with, shorter than the word)."""
    whole, heads = _lexicon()
    if lang == "en":
        return whole[word] if word in ENGLISH_WORDS else None
    if word in ENGLISH_WORDS and word not in _BOTH:
        return None
    if word in whole:
        return whole[word]
    part = word.rsplit("-", 1)[-1]  # "GDL-Streik": the last part is the head
    if part in whole and len(part) >= _HEAD_MIN - 1:
        return whole[part]
    for start in range(1, len(part) - _HEAD_MIN + 1):
        cls = heads.get(part[start:])
        if cls is not None:
            return cls
    return None


@lru_cache(maxsize=65536)
def day_word(word: str) -> str | None:
    """The ``d:`` key of a weekday or relative day word ("Montagmorgen" -> "w1")."""
    if not word[:1].isalpha():
        return None
    w = word.casefold()
    if w in _RELATIVE_WORDS:
        return f"r{_RELATIVE_WORDS[w]}"
    if w[:2] not in _WEEKDAY_STARTS:  # no weekday begins so: the loop below finds none
        return None
    for name, n in _WEEKDAY_WORDS.items():
        # "Montag", "Montagmorgen", "montags", "Dienstagabend"
        if w == name or (w.startswith(name) and len(w) <= len(name) + 6):
            return f"w{n}"
    return None


#: A weekday names the past up to this many days back, else the coming days (a report
#: on Wednesday that says "am Donnerstag" means tomorrow, not six days ago).
WEEKDAY_BACK = 4

_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("januar", "jänner", "january", "jan"),
            ("februar", "feber", "february", "feb"),
            ("märz", "march", "mär", "mar"),
            ("april", "apr"),
            ("mai", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("dezember", "december", "dez", "dec"),
        ),
        start=1,
    )
    for name in names
}
_DAY_OF_MONTH = re.compile(r"([12]?\d|3[01])\.?")
_NUMERIC_DATE = re.compile(r"([12]?\d|3[01])\.(0?[1-9]|1[0-2])\.(?:(\d{4})|\d{2})?")


def date_keys(texts: list[str]) -> list[str]:
    """``d:`` keys of the dates one sentence names: "3. Mai", "May 3", "03.05." -> ``m5-3``;
    "03.05.2008" -> ``a2008-5-3`` (``texts``: the sentence's tokens)."""
    out: list[str] = []
    if not any(t[:1].isdigit() for t in texts):  # every date form has a digit
        return out
    for i, text in enumerate(texts):
        month = _MONTHS.get(text.casefold().rstrip("."))
        if month is not None and i > 0 and (m := _DAY_OF_MONTH.fullmatch(texts[i - 1])):
            if 1 <= int(m.group(1)) <= 31:
                out.append(f"m{month}-{int(m.group(1))}")
        elif month is not None and i + 1 < len(texts) and texts[i + 1].isdigit():
            day = int(texts[i + 1])  # English "May 3"
            if 1 <= day <= 31:
                out.append(f"m{month}-{day}")
        elif m := _NUMERIC_DATE.fullmatch(text):
            d, mo, year = int(m.group(1)), int(m.group(2)), m.group(3)
            if d >= 1:
                out.append(f"a{year}-{mo}-{d}" if year else f"m{mo}-{d}")
    return out


def _calendar(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def event_days(keys: set[str] | list[str], published: datetime | None) -> set[date]:
    """The calendar days ``d:`` keys name, resolved against the publication time: a weekday
    is its occurrence from :data:`WEEKDAY_BACK` days before to two days after the publication
    day (news reports the recent past and announces the next days), a day and month its
    latest occurrence up to a week ahead (announced dates)."""
    out: set[date] = set()
    for key in keys:
        if key.startswith("a"):
            y, mo, d = (int(x) for x in key[1:].split("-"))
            if (found := _calendar(y, mo, d)) is not None:
                out.add(found)
    if published is None:
        return out
    day = published.date()
    for key in keys:
        if key.startswith("m"):
            mo, d = (int(x) for x in key[1:].split("-"))
            found = _calendar(day.year, mo, d)
            if found is not None and found > day + timedelta(days=7):
                found = _calendar(day.year - 1, mo, d)
            if found is not None:
                out.add(found)
        elif key.startswith("w"):
            wd = int(key[1:])
            back = (day.isoweekday() - wd) % 7
            if back > WEEKDAY_BACK:  # "frühestens am Donnerstag" written on a Wednesday
                back -= 7
            out.add(day - timedelta(days=back))
        elif key.startswith("r"):
            out.add(day + timedelta(days=int(key[1:])))
    return out


@dataclass
class Facets:
    """What an article or story tells of its event: classes, places, days.

    ``days``: the calendar days named, resolved where the publication time is known;
    ``near_days``: those of them named as weekday or "today"/"yesterday" (the days of the
    report's own news); ``weekdays``: the raw day keys, which undated texts compare."""

    classes: set[str]
    places: set[str]
    days: set[date]
    weekdays: set[str] = field(default_factory=set)
    near_days: set[date] = field(default_factory=set)
    headline: set[str] = field(default_factory=set)
    #: The day of the report's own news: the first weekday or relative day its title and
    #: lead name (``f:``), resolved, up to the publication day; a story's: its members'.
    first: set[date] = field(default_factory=set)

    @classmethod
    def of(cls, terms: dict[str, float] | list[str], published: datetime | None) -> Facets:
        classes, places, days, headline, first = set(), set(), [], set(), []
        for t in terms:
            kind, value = t[:2], t[2:]
            if kind == "f:":
                first.append(value)
            elif kind == "v:":
                classes.add(value)
            elif kind == "h:":
                headline.add(value)
            elif kind == "p:":
                places.add(value)
            elif kind == "d:":
                days.append(value)
        weekdays = {d for d in days if d[0] in "wma"}  # what undated texts can compare
        near = event_days([d for d in days if d[0] in "wr"], published)
        own = event_days(first, published) if published is not None else set()
        if published is not None:  # a day ahead is announced, not the day of the news
            near = {d for d in near if d <= published.date()}
            own = {d for d in own if d <= published.date()}
        return cls(classes, places, event_days(days, published), weekdays, near, headline, own)

    def merge(self, other: Facets) -> None:
        self.classes |= other.classes
        self.places |= other.places
        self.days |= other.days
        self.near_days |= other.near_days
        self.weekdays |= other.weekdays
        self.headline |= other.headline
        self.first |= other.first


@dataclass(frozen=True)
class Agreement:
    """How an article's facets compare with a story's.

    ``conflict``: the article's headline names event classes and the story's reports name
    none of them (another kind of event).
    ``same_event``: they share an event class.  ``places``/``days``: +1 shared, -1 both
    named and disjoint, 0 unknown."""

    conflict: bool
    same_event: bool
    places: int
    days: int


def _compare(a: set, b: set) -> int:  # type: ignore[type-arg]
    if not a or not b:
        return 0
    return 1 if a & b else -1


def agreement(article: Facets, seed: Facets, story: Facets) -> Agreement:
    """Compare an article with a story.  A conflict is an article whose *headline* classes
    share none with any member's (the headline says what a report is about; its lead also
    names causes and consequences: a government falls in a vote and its head resigns, a
    missile attack brings explosions); but the *same event* (which lowers the join
    threshold) is judged against the story's first article that named a class (``seed``),
    so a chain of reports (A~B, B~C, each a little further off) cannot lend C the evidence
    of A.  Places and days are compared with the whole story (its reports name several)."""
    core = seed.classes or story.classes
    shared = bool(article.classes & core)
    conflict = (
        bool(article.headline) and bool(story.classes) and not (article.headline & story.classes)
    )
    return Agreement(
        conflict=conflict,
        same_event=shared,
        places=_places(article.places, story.places),
        days=_days(article, story),
    )


#: The KB's id prefix of regions (states, provinces): a region and a town are no conflict
#: (Bayern and Bonn in one report of a nationwide outage), two towns or two regions are.
REGION = "np:region:"


def _places(article: set[str], story: set[str]) -> int:
    """+1: a place in common; -1: both name towns (or both regions) and share none."""
    if article & story:
        return 1
    towns_a = {p for p in article if not p.startswith(REGION)}
    towns_s = {p for p in story if not p.startswith(REGION)}
    if towns_a and towns_s:
        return -1
    return _compare(article - towns_a, story - towns_s)


def _days(article: Facets, story: Facets) -> int:
    """+1: a day in common; -1: both name the days of their news and share none (an explicit
    date apart counts for nothing: follow-ups recall the dates of launch, landing, verdict);
    undated article or story: the weekdays they name ("am Mittwoch" vs "am Samstag")."""
    if article.days and story.days:
        if article.days & story.days:
            return 1
        return _compare(article.near_days, story.near_days)
    if article.weekdays & story.weekdays:
        return 1
    return _compare(
        {d for d in article.weekdays if d[0] == "w"}, {d for d in story.weekdays if d[0] == "w"}
    )
