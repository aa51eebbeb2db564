"""What story clustering and copy detection need of one article, computed from its analysis.

Runs in the ingest workers (through :func:`newsprobe.store.flatten.prepare`), so the single
writer only compares.  Two parts:

``terms``
    Weighted features of the title and lead: lemmas of nouns and names (``w:``), numbers
    (``n:``) and entities (``e:``), an entity keyed by its knowledge-base id where it has one
    (a Wikidata QID or the KB's own ``np:`` id, the same in German and English text), else by
    type and folded name.  Country adjectives and demonyms ("haitianisch", "Haitian",
    "Franzosen") count as their country through the KB's German and English names, so a
    German and an English report of one event share most of their ``e:`` features.
``signature``
    A MinHash signature of the body's word 5-shingles (:mod:`newsprobe.stories.minhash`),
    which finds agency copies: the same text lightly edited, retitled or cut.

Two more kinds of term carry no weight in the vector: ``t:`` the common nouns of the title
(the words naming what happened: "Rüstungsfonds", "Streik", "Erdbeben") and ``x:`` the
common nouns of the body.  The clusterer's event-word guard asks that a new article's title
nouns meet the story's words, which keeps a different event with the same names apart.
``m:`` are the numbers of the body outside title and lead (the pair scorer weighs them with
the nouns and names by rarity).  Four more zero-weight kinds carry the event itself
(:mod:`newsprobe.stories.events`):
``v:`` the event classes of the title and lead, ``h:`` those of the title alone, ``p:``
their places below country level (also a place named by its adjective or as the first part
of a hyphenated name: "Kasseler", "Duisburg-Bruckhausen"), ``q:`` the towns the title names
(the headline-town guard), ``d:`` the days the text names ("am Montag"), ``f:`` the first
day the title and the lead's first sentences name (the day of the report's own news: "hat
am Sonntag …"), ``u:`` the numbers of the title ("90 Millionen", "zwei Tote" aside).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from newsprobe.language.words import (
    FUNCTION_WORDS,
    NEAR_DAYS_DE,
    NEAR_DAYS_EN,
    SAYING_EN,
    WEEKDAYS_DE,
    WEEKDAYS_EN,
    word_set,
)
from newsprobe.model import Analysis, BlockKind
from newsprobe.pipeline import fewer_collections
from newsprobe.stories.events import date_keys, day_word, event_class, separable_verbs
from newsprobe.stories.minhash import encode, shingle_hashes, signature

#: Weights of a feature by where it stands.
TITLE_WEIGHT = 2.0
LEAD_WEIGHT = 1.0
ENTITY_LEAD_WEIGHT = 2.5
ENTITY_BODY_WEIGHT = 0.75
NUMBER_WEIGHT = 0.5
#: Body sentences that make the lead (after headline, kicker and teaser).  Four, not three:
#: on 10kGNAD (tune) 14 -> 10 false pairs, the synthetic and SpkAtt sets unchanged; five
#: split a SpkAtt tune story.
LEAD_SENTENCES = 4
#: Terms kept per article (the heaviest), so one long article cannot flood the index.
MAX_TERMS = 60
#: Common nouns of the body kept (in order of first use) for the event-word guard.
MAX_BODY_NOUNS = 80
#: Numbers of the body kept (in order of first use, two digits or more) as ``m:`` facts: the
#: pair scorer's rarity-weighted overlap counts them with the body's nouns and names.
MAX_BODY_NUMBERS = 30
#: Body sentences searched for day words ("am Montag") (:mod:`newsprobe.stories.events`).
DAY_SENTENCES = 8
#: The lead's first sentences, where a news report names the day of its news ("hat am
#: Sonntag …", "teilte … am Donnerstag mit"); a report led by a scene names none there.
NEWS_SENTENCES = 2

_TITLE_KINDS = {BlockKind.HEADLINE, BlockKind.KICKER}
_LEAD_KINDS = {BlockKind.TEASER}
_BODY_KINDS = {
    BlockKind.HEADLINE,
    BlockKind.KICKER,
    BlockKind.TEASER,
    BlockKind.HIGHLIGHT,
    BlockKind.SUBHEADING,
    BlockKind.PARAGRAPH,
    BlockKind.QUOTE_BLOCK,
    BlockKind.LIST_ITEM,
}
_NUMBER = re.compile(r"\d[\d.,]*\d|\d")
_NON_DIGIT = re.compile(r"\D")
_WORD = re.compile(r"[^\W\d_][\w\-]*[^\W_]", re.UNICODE)
#: Media and agencies name who reports, not what happened.
_IGNORED_KB = ("np:media:",)

#: Words that say nothing about the event: function words, verbs of saying, and the
#: calendar and counting words every report has.
_STOP = (
    FUNCTION_WORDS
    | SAYING_EN
    | WEEKDAYS_DE
    | word_set(
        "one two three new year years day days week time people percent last first next "
        "per mr mrs ms jahr jahre jahren prozent uhr"
    )
)
_WEEKDAYS = WEEKDAYS_DE | WEEKDAYS_EN | NEAR_DAYS_DE | NEAR_DAYS_EN


@dataclass(frozen=True)
class Features:
    """The story features of one article (see the module docstring)."""

    terms: dict[str, float]
    signature: str | None
    shingles: int
    agency: str | None

    def terms_json(self) -> str:
        return json.dumps(self.terms, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


@cache
def _country_words() -> dict[str, str]:
    """Country adjective/demonym stems (casefolded) -> the country's KB id."""
    out: dict[str, str] = {}
    path = files("newsprobe.entities.kb") / "countries.tsv"
    header: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells, strict=False))
        kb_id = row.get("kb_id", "")
        for col in ("adj_de", "adj_en", "demonyms_de"):
            for word in (row.get(col) or "").split("|"):
                word = word.strip().casefold()
                if len(word) >= 4:
                    out.setdefault(word, kb_id)
    return out


@cache
def _country_ids() -> frozenset[str]:
    """The KB ids of countries (a place feature names somewhere finer than a country)."""
    return frozenset(_country_words().values()) | frozenset(
        line.split("\t", 1)[0]
        for line in (files("newsprobe.entities.kb") / "countries.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
        if line and not line.startswith("#")
    )


def country_ids() -> frozenset[str]:
    """The KB ids of countries (their ``e:`` features name no place finer than a country)."""
    return _country_ids()


#: A place name with this German adjective ending names the place ("Ludwigshafener" ->
#: Ludwigshafen, "Kieler" -> Kiel) when what is left is at least this long.
_PLACE_ADJECTIVE = "er"
_PLACE_STEM_MIN = 4


@lru_cache(maxsize=65536)
def _country(word: str) -> str | None:
    """The country a German or English adjective/demonym names ("französischen" -> FRA)."""
    table = _country_words()
    w = word.casefold()
    if w in table:
        return table[w]
    for ending in ("e", "en", "er", "es", "em", "s"):  # German adjective endings, plurals
        if w.endswith(ending) and w[: -len(ending)] in table:
            return table[w[: -len(ending)]]
    return None


@lru_cache(maxsize=65536)
def _common_noun(text: str, lemma: str | None, pos: str | None) -> str | None:
    """The casefolded lemma of a noun (any content word where no tagger ran); the caller
    leaves out tokens inside entity mentions, so a word the tagger took for a name but the
    recogniser did not ("Wracks", "Papst-Golf") still counts."""
    if pos is not None and not pos.startswith("N"):
        return None
    if not _WORD.fullmatch(text) or _country(text):
        return None
    word = (lemma or text).casefold()
    if len(word) < 4 or word in _STOP or word in _WEEKDAYS:
        return None
    return fold(word)


#: What the feature pass reads off one word, whatever its place: (``d:`` day key, begins
#: with a digit, the digits of a number -- "" when fewer than two, None for no number --,
#: its ``n:`` key, its country's ``e:`` key, may name a place by its adjective (ends in
#: ``-er``), its ``w:`` key, its common noun).  See :func:`_word`.
WordInfo = tuple[str | None, bool, str | None, str | None, str | None, bool, str | None, str | None]


@lru_cache(maxsize=65536)
def _word(text: str, lemma: str | None, pos: str | None) -> WordInfo:
    """What a token says, looked up once per word form (an article repeats its words, a
    corpus most of them): the token loop then only decides by where the token stands.

    A number (begins with a digit, :data:`_NUMBER`) is no word.  A word (:data:`_WORD`) is
    a country when :func:`_country` knows it, else a place when it ends in ``-er`` and
    :func:`place_of` finds the place (asked only where the place counts); a noun (any
    content word where no tagger ran) is a ``w:`` term by its casefolded lemma unless a stop
    word or weekday, and a common noun (``t:``/``x:``) when that lemma has four letters or
    more; a token inside an entity mention is neither (the caller's test): a word the
    tagger took for a name but the recogniser did not ("Wracks", "Papst-Golf") still
    counts."""
    digit = text[:1].isdigit()
    digits = number_key = country_key = word_key = noun = None
    placeable = False
    if digit and _NUMBER.fullmatch(text) is not None:
        digits = _NON_DIGIT.sub("", text)
        if len(digits) >= 2:
            number_key = f"n:{digits}"
        else:
            digits = ""
    elif _WORD.fullmatch(text):
        country = _country(text)
        if country:
            country_key = f"e:{country}"
        else:
            placeable = text.endswith(_PLACE_ADJECTIVE)
            if pos is None or pos[:1] == "N":
                folded = (lemma or text).casefold()
                if len(folded) >= 3 and folded not in _STOP and folded not in _WEEKDAYS:
                    noun = fold(folded)
                    word_key = f"w:{noun}"
                    if len(folded) < 4:
                        noun = None
    return (day_word(text), digit, digits, number_key, country_key, placeable, word_key, noun)


@lru_cache(maxsize=65536)
def _event(text: str, lemma: str | None, lang: str | None) -> str | None:
    """The event class a word of the title or lead names, by its lemma or its form."""
    return event_class((lemma or text).casefold(), lang) or event_class(text.casefold(), lang)


#: No sentence index (the token loop's "no sentence yet").
_NO_SENTENCE = object()


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A word as German and English spellings of one name share it: casefolded, umlauts
    written out, accents dropped ("Bärbel" and "Baerbel" -> "baerbel", "Mbappé" ->
    "mbappe", "Élysée" -> "elysee").  Every ``w:``, ``t:``, ``x:`` and name key is folded,
    so an English report's transliterations meet the German report's names."""
    w = word.casefold().translate(_UMLAUTS)
    if w.isascii():
        return w
    return "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))


_SLUG = re.compile(r"[^a-z0-9]+")
#: The KB's id prefix of regions (a headline's region names no place of the event).
_REGION = "np:region:"
_LOCAL_ID = "np:name:"
#: The type a name the KB does not know is keyed under unless it is a person's: the
#: recogniser types one name differently in two reports ("Jüterbog" a place in one, an
#: organisation in the next; "Reykjanes" a place or a misc name; "Currenta" a company or a
#: misc name), and a key with the type kept them apart.
_NAMED = "x"
#: Last parts of a hyphenated place name that name no place of their own ("Hagen-Süd",
#: "Frankfurt-Mitte"): such a name keeps its whole key.
_GENERIC_PARTS = word_set(
    "nord sued ost west nordost nordwest suedost suedwest mitte zentrum city innenstadt "
    "altstadt neustadt land stadt kreis dorf"
)


def entity_feature(kb_id: str | None, type_: str, name: str) -> str:
    """The ``e:`` feature of an entity: its KB id, else ``TYPE:folded name``.  A local id
    the recogniser made from the name alone (``np:name:per:barbel-bas``) is made again
    from the :func:`fold`-ed name, so "Bärbel Bas" and "Baerbel Bas" share it; a place's
    German adjective form is keyed as the place ("Ludwigshafener" -> Ludwigshafen)."""
    if kb_id and not kb_id.startswith(_LOCAL_ID):
        return f"e:{kb_id}"
    folded = " ".join(fold(name).split())
    if (
        type_ == "LOC"
        and " " not in folded
        and folded.endswith(_PLACE_ADJECTIVE)
        and len(folded) - len(_PLACE_ADJECTIVE) >= _PLACE_STEM_MIN
    ):
        folded = folded[: -len(_PLACE_ADJECTIVE)]
    if type_ == "PER":
        # a person by the surname: "Karin Lehmann" in the lead, "Lehmann" in a headline
        return f"e:{_LOCAL_ID}per:{_SLUG.sub('-', folded.split()[-1]).strip('-')}"
    parts = folded.split("-")
    if (
        type_ == "LOC"
        and len(parts) == 2
        and len(parts[1]) >= _PLACE_STEM_MIN
        and parts[1] not in _GENERIC_PARTS
    ):
        folded = parts[1]  # a district by its own name: "Berlin-Neukölln" ~ "Neukölln"
    # one report's place is another's organisation (_NAMED)
    return f"e:{_LOCAL_ID}{_NAMED}:{_SLUG.sub('-', folded).strip('-')}"


#: A word that names a place without being tagged as one: a German ``-er`` adjective
#: ("Kasseler Rathaus", "Paderborner Dom") or the first part of a hyphenated name
#: ("Duisburg-Bruckhausen", "Rhodos-Stadt").  The stem must be at least this long.
_DERIVED_MIN = 4


@lru_cache(maxsize=65536)
def place_of(word: str, adjective: bool = True) -> str | None:
    """The ``e:`` key of the town or region ``word`` names -- the place itself ("Kassel"),
    or (``adjective``) its German adjective ("Kasseler", "Paderborner") -- when the KB
    knows it as a place (its id) or the gazetteer's place names hold it (keyed as
    :func:`entity_feature` keys a place the KB does not know); None for countries (their
    adjectives are :func:`_country`'s) and for names the KB marks as also common words
    ("Essen", "Halle").  Own reporting names the place of the event this way where the
    agency text names the town: "die Kasseler Verwaltung" against "Stadtverwaltung Kassel"."""
    from newsprobe.entities import kb
    from newsprobe.entities.features import gazetteers

    if not word[:1].isupper():
        return None
    stems = [word]
    if adjective and word.endswith(_PLACE_ADJECTIVE):
        stems.append(word[: -len(_PLACE_ADJECTIVE)])
    for stem in stems:
        if len(stem) < _DERIVED_MIN:
            continue
        found = [s for s in kb.surfaces(stem) if s.entry.type == "LOC"]
        if found:
            entry = found[0].entry
            if found[0].confirm or entry.kb_id in _country_ids():
                return None
            return f"e:{entry.kb_id}"
        if "place" in gazetteers().words.get(stem, ()):
            return entity_feature(None, "LOC", stem)
    return None


def derived_places(name: str) -> list[str]:
    """The places a multi-part name names besides itself: the first part of a hyphenated
    name ("Duisburg-Bruckhausen" -> Duisburg, "Rhodos-Stadt" -> Rhodos) and a leading
    place adjective ("Paderborner Dom" -> Paderborn)."""
    out = []
    first, sep, _ = name.partition("-")
    if sep and " " not in first:
        key = place_of(first, adjective=False)
        if key:
            out.append(key)
    words = name.split()
    if len(words) > 1 and words[0].endswith(_PLACE_ADJECTIVE):
        key = place_of(words[0])
        if key and key not in out:
            out.append(key)
    return out


@lru_cache(maxsize=65536)
def names_of(word: str) -> tuple[str, str]:
    """The ``e:`` keys a folded word has where a recogniser found it as a name the KB does
    not know (:func:`entity_feature`): an English report's "Camerino" or "Lehmann" its
    recogniser missed, which the German report's found."""
    slug = _SLUG.sub("-", word).strip("-")
    return f"e:{_LOCAL_ID}{_NAMED}:{slug}", f"e:{_LOCAL_ID}per:{slug}"


def _add(terms: dict[str, float], key: str, weight: float) -> None:
    if weight > terms.get(key, 0.0):
        terms[key] = weight


def extract(analysis: Analysis) -> Features:
    """The story features of an analysed article (the collector quieted as in a pipeline
    run: thousands of short-lived strings and dicts, no cycles)."""
    with fewer_collections():
        return _extract(analysis)


def _extract(analysis: Analysis) -> Features:
    blocks = {b.id: b for b in analysis.blocks}
    title_ids = {b.id for b in analysis.blocks if b.kind in _TITLE_KINDS}
    lead_ids = {b.id for b in analysis.blocks if b.kind in _LEAD_KINDS}
    body_sentences = [
        i
        for i, s in enumerate(analysis.sentences)
        if s.block is not None and s.block in blocks and blocks[s.block].kind is BlockKind.PARAGRAPH
    ]
    # A plain text without a teaser: the first sentences of the body are the lead.
    lead_sentences = set(body_sentences[:LEAD_SENTENCES])
    sentence_weight: dict[int, float] = {}
    for i, s in enumerate(analysis.sentences):
        if s.block in title_ids:
            sentence_weight[i] = TITLE_WEIGHT
        elif s.block in lead_ids or i in lead_sentences:
            sentence_weight[i] = LEAD_WEIGHT
    if not sentence_weight and analysis.sentences:  # no layout at all: the first sentences
        for i in range(min(LEAD_SENTENCES, len(analysis.sentences))):
            sentence_weight[i] = LEAD_WEIGHT

    terms: dict[str, float] = {}
    places: set[str] = set()
    lang = analysis.meta.language
    in_names = {i for m in analysis.mentions for i in range(m.start, m.end)}
    title_nouns: set[str] = set()
    body_nouns: dict[str, None] = {}
    body_numbers: dict[str, None] = {}
    classes: set[str] = set()
    headline_classes: set[str] = set()
    days: set[str] = set()
    # the first weekday or relative day of the title and the lead's first sentences
    first_day: set[str] = set()
    title_numbers: set[str] = set()
    news_sentences = {i for i, w in sentence_weight.items() if w == TITLE_WEIGHT} | set(
        sorted(i for i, w in sentence_weight.items() if w != TITLE_WEIGHT)[:NEWS_SENTENCES]
    )
    day_sentences = set(body_sentences[:DAY_SENTENCES]) | set(sentence_weight)
    by_sentence: dict[int, list[tuple[str, str | None, str | None]]] = {}
    dated: set[int] = set()  # day sentences with a token that begins with a digit
    current: object = _NO_SENTENCE
    weight: float | None = None
    tokens_of: list[tuple[str, str | None, str | None]] | None = None
    for tok in analysis.tokens:
        sentence = tok.sentence
        if sentence != current:  # tokens come sentence by sentence: look up each once
            current = sentence
            weight = sentence_weight.get(sentence)  # type: ignore[arg-type]  # None for None
            tokens_of = (
                by_sentence.setdefault(sentence, [])  # type: ignore[arg-type]
                if sentence in day_sentences
                else None
            )
        if weight is None:
            # The body: its days (in the day sentences), its nouns and numbers while the
            # lists have room.  Most words here are seen once, so no per-word record is
            # made: each test is made only where it counts, the cheap one first.
            text = tok.text
            pos = tok.pos
            if tokens_of is not None:
                tokens_of.append((text, tok.lemma, pos))
                day = day_word(text)
                if day:
                    days.add(day)
                    if sentence in news_sentences and not first_day:
                        first_day.add(day)
            if (
                (pos is None or pos[:1] == "N")
                and len(body_nouns) < MAX_BODY_NOUNS
                and tok.start not in in_names
            ):
                common = _common_noun(text, tok.lemma, pos)
                if common:
                    body_nouns.setdefault(common)
            if text[:1].isdigit():
                if tokens_of is not None:
                    dated.add(sentence)  # type: ignore[arg-type]
                if len(body_numbers) < MAX_BODY_NUMBERS and _NUMBER.fullmatch(text):
                    digits = _NON_DIGIT.sub("", text)
                    if len(digits) >= 2:
                        body_numbers.setdefault(digits)
            continue
        # The title and the lead: every test counts, and their words recur across reports
        # of one event, so each word form's record is kept (:func:`_word`).
        text = tok.text
        lemma = tok.lemma
        pos = tok.pos
        day, digit, digits, number_key, country_key, placeable, word_key, noun = _word(
            text, lemma, pos
        )
        named = tok.start in in_names
        if tokens_of is not None:  # always: the title and lead are day sentences
            tokens_of.append((text, lemma, pos))
            if digit:
                dated.add(sentence)  # type: ignore[arg-type]
        if day:
            days.add(day)
            if sentence in news_sentences and not first_day:
                first_day.add(day)
        elif not named:
            cls = _event(text, lemma, lang)
            if cls:
                classes.add(cls)
                if weight == TITLE_WEIGHT:
                    headline_classes.add(cls)
        if noun is not None and not named:
            if weight == TITLE_WEIGHT:
                title_nouns.add(noun)
            elif len(body_nouns) < MAX_BODY_NOUNS:
                body_nouns.setdefault(noun)
        if digits is not None:  # a number: a feature when it has two digits or more
            if number_key is not None:
                if terms.get(number_key, 0.0) < NUMBER_WEIGHT:
                    terms[number_key] = NUMBER_WEIGHT
                if weight == TITLE_WEIGHT:
                    title_numbers.add(digits)
            continue
        if country_key is not None:
            if weight > terms.get(country_key, 0.0):
                terms[country_key] = weight
            continue
        if placeable and not named:
            place = place_of(text)
            if place is not None:  # "die Kasseler Verwaltung": the place of the event
                if terms.get(place, 0.0) < ENTITY_LEAD_WEIGHT:
                    terms[place] = ENTITY_LEAD_WEIGHT
                places.add(place[2:])
                continue
        if word_key is not None and weight > terms.get(word_key, 0.0):
            terms[word_key] = weight

    for sentence, sentence_tokens in by_sentence.items():
        if sentence in dated:  # every date has a digit (date_keys finds none without)
            days.update(date_keys([t[0] for t in sentence_tokens]))
        if sentence not in sentence_weight:
            continue
        for verb in separable_verbs(sentence_tokens):
            cls = event_class(verb, lang)
            if cls:
                classes.add(cls)
                if sentence_weight[sentence] == TITLE_WEIGHT:
                    headline_classes.add(cls)

    lead_mentions: set[int] = set()
    title_mentions: set[int] = set()
    for m in analysis.mentions:
        if m.entity is not None and m.sentence is not None and m.sentence in sentence_weight:
            lead_mentions.add(m.entity)
            if sentence_weight[m.sentence] == TITLE_WEIGHT:
                title_mentions.add(m.entity)
    headline_places: set[str] = set()
    for e in analysis.entities:
        if e.kb_id and e.kb_id.startswith(_IGNORED_KB):
            continue
        country = _country(e.name) if e.type.value == "LOC" and " " not in e.name else None
        key = f"e:{country}" if country else entity_feature(e.kb_id, e.type.value, e.name)
        if e.id in lead_mentions:
            _add(terms, key, ENTITY_LEAD_WEIGHT)
            if e.type.value == "LOC" and not country and e.kb_id not in _country_ids():
                places.add(key[2:])
                if e.id in title_mentions and not key[2:].startswith(_REGION):
                    headline_places.add(key[2:])
            for place in derived_places(e.name) if not country else ():
                _add(terms, place, ENTITY_LEAD_WEIGHT)
                places.add(place[2:])
        elif len(e.mentions) >= 2:
            _add(terms, key, ENTITY_BODY_WEIGHT)
        else:
            _add(terms, key, ENTITY_BODY_WEIGHT / 2)

    if len(terms) > MAX_TERMS:
        kept = sorted(terms.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_TERMS]
        terms = dict(kept)
    # rounded here: the zero-weight kinds added below need no rounding
    terms = {k: round(v, 3) for k, v in terms.items()}

    for noun in sorted(title_nouns):
        terms[f"t:{noun}"] = 0.0
    for noun in body_nouns:
        if noun not in title_nouns:
            terms[f"x:{noun}"] = 0.0
    for number in body_numbers:
        if f"n:{number}" not in terms:
            terms[f"m:{number}"] = 0.0
    for kind, values in (
        ("v", classes),
        ("h", headline_classes),
        ("p", places),
        ("q", headline_places),
        ("d", days),
        ("f", first_day),
        ("u", title_numbers),
    ):
        for value in sorted(values):
            terms[f"{kind}:{value}"] = 0.0

    body = " ".join(b.text for b in analysis.blocks if b.kind in _BODY_KINDS)
    hashes = shingle_hashes(body or analysis.text)
    sig = encode(signature(hashes)) if len(hashes) else None
    agency = analysis.meta.agency[0] if analysis.meta.agency else None
    return Features(
        terms=terms,
        signature=sig,
        shingles=len(hashes),
        agency=agency,
    )
