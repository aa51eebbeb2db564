"""Metadata read from the article's own furniture: bylines, dates, agency codes, publisher."""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from typing import Any

from newsprobe.layout.lexicon import furniture
from newsprobe.model import Metadata

_MONTHS = (
    r"januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|"
    r"dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|oct|nov|dez|dec|january|february|"
    r"march|may|june|july|october|december"
)
_DATE = re.compile(
    r"(\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}\.?\s+(?:{_MONTHS})\.?\s+\d{{4}}|(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}})"
    r"(?:,?\s*(?:um|at)?\s*\d{1,2}[:.]\d{2}(?:\s*(?:am|pm))?)?",
    re.IGNORECASE,
)
_BYLINE_PREFIX = re.compile(
    r"^\(?\s*(?:(?:erstellt|geschrieben|aktualisiert)\s+von|von|by|autor(?:in)?|author|"
    r"(?:additional\s+)?reporting\s+by|writing\s+by)\s*:?\s*",
    re.IGNORECASE,
)
_AUTHOR_STOP = re.compile(
    r"\s*(?:[|–]|\s-\s|;|\(|\bupdated\b|\bpublished\b|\baktualisiert\b|"
    r"\bstand\b|\d).*$",
    re.IGNORECASE | re.S,
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|\bund\b|\band\b|&)\s*")
_NAME = re.compile(
    r"^[A-ZÄÖÜ][\w'’.\-]*(?:\s+(?:von|van|de|der|al|el|zu)?\s*[A-ZÄÖÜ][\w'’.\-]*)"
    r"{0,3}$"
)


@cache
def _dateparser() -> Any:
    import dateparser  # slow import: only when a date is really parsed

    return dateparser


def parse_date(text: str) -> datetime | None:
    """The first date (with time, if given) in ``text``, German or English."""
    m = _DATE.search(text)
    if not m:
        return None
    found = m.group(0).replace(" um ", " ").replace(" at ", " ")
    return _dateparser().parse(
        found,
        languages=["de", "en"],
        settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"},
    )


def parse_authors(text: str) -> list[str]:
    """Author names from a byline such as "Von Anna Beck und Jan Ott | 12.02.2025"."""
    m = _BYLINE_PREFIX.match(text)
    if not m:
        return []
    rest = _AUTHOR_STOP.sub("", text[m.end() :]).strip(" ,;:)")
    generic = furniture().generic_authors
    names = []
    for part in _AUTHOR_SPLIT.split(rest):
        part = part.strip(" .,")
        if part and part.split()[0].lower() not in generic and _NAME.match(part):
            names.append(part)
    return names


def parse_byline(text: str, meta: Metadata) -> None:
    """Fill authors and the publication time from a byline or dateline block."""
    for name in parse_authors(text):
        if name not in meta.authors:
            meta.authors.append(name)
    if meta.published is None:
        meta.published = parse_date(text)


def apply_found(found: dict[str, object], meta: Metadata) -> None:
    """Apply what the line model learned: publisher, agency codes, an empty byline."""
    agencies = furniture().agencies
    if found.get("byline_empty"):
        meta.byline_empty = True
    publisher = found.get("publisher")
    for code in found.get("codes", []) or []:  # type: ignore[union-attr]
        parts = [p for p in re.split(r"[/(),\s]+", str(code).lower()) if p]
        for part in parts:
            if part in agencies and agencies[part] not in meta.agency:
                meta.agency.append(agencies[part])
            elif "." in part and publisher is None:
                publisher = part
    if publisher and meta.publisher is None:
        meta.publisher = str(publisher)


#: A dateline naming the agency at the start of the first body paragraph: "Berlin (dpa) –",
#: "Washington (AP/dpa) -", "Port-au-Prince (dpa/AFP):".  Anchored, every part bounded (a
#: place of at most five words of at most 40 letters, at most four codes), so it cannot
#: backtrack far on any input.
_DATELINE_AGENCY = re.compile(
    r"^[A-ZÄÖÜ][\w.'’\-]{0,40}(?:[ /][\w.'’\-]{1,40}){0,4} ?"
    r"\(([A-Za-z\-]{2,9}(?: ?[/,] ?[A-Za-z\-]{2,9}){0,3})\) ?[-–—:]"
)


def dateline_agency(text: str, meta: Metadata) -> None:
    """Credit the agencies of a leading "Ort (dpa) –" dateline in ``text`` to ``meta``."""
    m = _DATELINE_AGENCY.match(text[:160])
    if not m:
        return
    agencies = furniture().agencies
    for part in re.split(r" ?[/,] ?", m.group(1).lower()):
        name = agencies.get(part)
        if name and name not in meta.agency:
            meta.agency.append(name)
