"""Descriptions by origin, for speaker resolution: "der Franzose", "die Amerikanerin" stand
for a person of that country, never for one the article or the knowledge base places in
another ("Bundeskanzler Olaf Scholz reiste nach Paris. Dort traf er Präsident Emmanuel
Macron. Der Franzose sagte …" is Macron, though Scholz is the subject and salient).

A person's country comes from the knowledge base (``KbEntry.country``) or from a country
adjective right before one of the person's mentions ("seine französische Amtskollegin
Catherine Colonna", "des US-Präsidenten George W. Bush").  Where nothing places a person,
the person fits any origin.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from newsprobe.attribution.speaker_parts import Article

_WORD = re.compile(r"[\wäöüÄÖÜß]+")
#: How many characters before a mention a country adjective may stand ("der französische
#: Präsident Emmanuel Macron").
_BEFORE = 40


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """(demonym -> country, adjective or name -> country), lower case, alpha-3 codes."""
    try:
        from newsprobe.entities import kb
    except ImportError:  # the entities layer is optional
        return {}, {}
    demonyms: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    for e in kb.entries():
        if e.category != "country" or not e.country:
            continue
        for d in e.demonyms:
            demonyms.setdefault(d.lower(), e.country)
        for a in (*e.adjectives, e.name):
            adjectives.setdefault(a.lower(), e.country)
    adjectives.setdefault("us", "USA")
    return demonyms, adjectives


def demonym_country(word: str) -> str | None:
    """The country a demonym names ("Franzose", "Französin" -> "FRA"), None for others."""
    return _countries()[0].get(word.lower())


def person_country(eid: int, art: Article) -> str | None:
    """Where the article or the knowledge base places a person: the knowledge base's
    country, else the one country adjective that stands right before its mentions."""
    ent = art.entity(eid)
    if ent is None:
        return None
    if ent.kb_id:
        try:
            from newsprobe.entities import kb
        except ImportError:  # the entities layer is optional
            kb = None  # type: ignore[assignment]
        entry = kb.lookup(ent.kb_id) if kb is not None else None
        if entry is not None and entry.country:
            return entry.country
    adjectives = _countries()[1]
    text = art.analysis.text
    found: set[str] = set()
    for m in art.mentions:
        if m.entity != eid:
            continue
        window = text[max(0, m.start - _BEFORE) : m.start]
        for w in _WORD.findall(window.replace("-", " ")):
            country = adjectives.get(w.lower())
            if country is not None:
                found.add(country)
    return found.pop() if len(found) == 1 else None


def fits_origin(word: str, art: Article) -> Callable[[int], bool] | None:
    """For a demonym description ("der Franzose"), whether a person may be the one it
    describes (placed in that country, or nowhere); None for a noun that is no demonym."""
    country = demonym_country(word)
    if country is None:
        return None

    def fits(eid: int) -> bool:
        placed = person_country(eid, art)
        return placed is None or placed == country

    return fits
