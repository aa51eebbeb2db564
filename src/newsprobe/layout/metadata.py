"""Metadata read from the article's own furniture: bylines, dates, agency codes, publisher."""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from typing import Any

from newsprobe.layout.lexicon import furniture
from newsprobe.model import Metadata

_MONTHS = (
    r"januar|jänner|jaenner|februar|feber|märz|maerz|april|mai|juni|juli|august|september|"
    r"oktober|november|dezember|jan|jän|feb|mär|apr|jun|jul|aug|sep|sept|okt|oct|nov|dez|dec|"
    r"january|february|"
    r"march|may|june|july|october|december"
)
#: An English ordinal day: "Nov. 18th 2019", "3rd of March 2024".
_ORDINAL = r"(?:st|nd|rd|th)"
DATE = re.compile(
    r"(\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}"
    r"|\b\d{1,2}-\d{1,2}-\d{4}\b"  # "17-04-2023": day first, as DATE_ORDER reads it
    rf"|\d{{1,2}}(?:\.|{_ORDINAL}(?:\s+of)?)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}{_ORDINAL}?,?\s+\d{{4}})"
    r"(?:,?\s*+(?:um|at)?\s*+\d{1,2}[:.]\d{2}(?:\s*+(?:am|pm))?)?",
    re.IGNORECASE,
)
BYLINE_PREFIX = re.compile(
    r"^\(?\s*(?:(?:erstellt|geschrieben|aktualisiert|gepostet|verfasst)\s+von|(?:written|posted)\s+by|(?:ein(?:e)?\s+)?(?:kommentar|"
    r"gastbeitrag|kolumne|analyse|essay|gastkommentar)\s+von|von|by|autor(?:in)?|author|"
    r"(?:additional\s+)?reporting\s+by|writing\s+by)\s*:?\s*",
    re.IGNORECASE,
)
#: Where the names of a byline end: a separator, a bracket, a date word or a digit.  Searched
#: without the whitespace before it (stripped afterwards): a leading ``\s*`` would be tried at
#: every position of a whitespace run, quadratic in its length.
_AUTHOR_STOP = re.compile(
    r"[|–;(\d@·•]|\s-\s|,\s*+in\s|\bupdated\b|\bpublished\b|\baktualisiert\b|\bstand\b|\bmit\b|\bwith\b"
    r"|\blesezeit\b|\blesedauer\b|\breading time\b",
    re.IGNORECASE,
)
#: The word before a date at the end of a byline's names: "vom", "am", "on", "published".
_DATE_WORD = re.compile(r"(?<!\S)(?:vom|am|on|den)\s*+[,.]?\s*+$", re.IGNORECASE)
#: A separator between names; ``(?<!\s)`` and possessive ``\s*+`` make a whitespace run cost
#: one attempt, not one per position.
_AUTHOR_SPLIT = re.compile(r"(?<!\s)\s*+(?:,|\bund\b|\band\b|&)\s*+")
_NAME = re.compile(
    r"^[A-ZÄÖÜ][\w'’.\-]*+(?:\s++(?:von|van|de|der|al|el|zu)?\s*+[A-ZÄÖÜ][\w'’.\-]*+)"
    r"{0,3}+$"
)
#: Bylines are short: a longer "line" is prose that happens to start with "Von".
_MAX_BYLINE = 500


#: A year written right against the time after it ("Published Fri, Apr 28 20232:23 PM EDT").
_GLUED_TIME = re.compile(r"(?<!\d)(\d{4})(?=\d{1,2}[:.]\d{2}(?!\d))")


@cache
def _dateparser() -> Any:
    import dateparser  # slow import: only when a date is really parsed

    return dateparser


def parse_date(text: str) -> datetime | None:
    """The first date (with time, if given) in ``text``, German or English."""
    m = DATE.search(text)
    if not m:
        return None
    found = m.group(0).replace(" um ", " ").replace(" at ", " ")
    found = _GLUED_TIME.sub(r"\1 ", found)  # "Apr 28 20232:23 PM": the year glued to a time
    return _dateparser().parse(
        found,
        languages=["de", "en"],
        settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"},
    )


def parse_authors(text: str) -> list[str]:
    """Author names from a byline such as "Von Anna Beck und Jan Ott | 12.02.2025"."""
    m = BYLINE_PREFIX.match(text[:_MAX_BYLINE])
    if not m:
        return []
    rest = text[m.end() : _MAX_BYLINE]
    when = DATE.search(rest)  # "by Cristina Laila Apr. 28, 2023": the names end at the date
    if when:  # … and at the word that introduces it ("Von Jule Radeck vom 3. Februar 2022")
        rest = _DATE_WORD.sub("", rest[: when.start()])
    stop = _AUTHOR_STOP.search(rest)
    if stop:
        rest = rest[: stop.start()].rstrip()
    rest = _strip_role(rest.strip(" ,;:)/|–—-•·"))
    generic = furniture().generic_authors
    parts = [_FOOTNOTE.sub("", p).strip(" .,") for p in _AUTHOR_SPLIT.split(rest)]
    parts = [p for p in parts if p]
    if parts and not (_NAME.match(parts[0]) or parts[0].split()[0].lower() in generic):
        return []  # "By submitting your information you agree to the Terms & Conditions"
    if len(parts) > 1 and " " not in parts[-1] and " " in parts[0]:
        parts.pop()  # "Von Anna Beck, Zürich": the place the author writes from
    return [part for part in parts if part.split()[0].lower() not in generic and _NAME.match(part)]


#: Job titles after a byline's names ("Von Sina Zehrfeld Landespolitische Korrespondentin"):
#: the names end at the first such word, or at up to three adjectives, ranks or desks before it.
#: Desks and agencies named before a job title ("Business Columnist", "AP National Security
#: Writer"), beside the adjectives ("…ische") and ranks ("chief", "staff").
_DESK = (
    r"business|sports?|politics|tech|technology|science|health|entertainment|foreign|"
    r"security|senior|contributing|associate|executive|special|legal|investigative|finance|"
    r"economics|world|ap|afp|dpa|reuters"
)
_ROLE = re.compile(
    r"(?<!\S)(?:(?:[A-ZÄÖÜ]\w*(?:isch|al|ary|ior|ive|ic|end)(?:e|er|es)?|(?:freie|chief|"
    rf"staff|deputy|managing)\w*+|(?:{_DESK})\b)\s++){{0,3}}(?:korrespondent|redakteur|reporter|autor|"
    r"chefredakt|ressortleit|volontär|editor|correspondent|writer|contributor|columnist|"
    r"journalist|kolumnist)",
    re.IGNORECASE,
)
#: Separators between the names of a names-only byline (one more than in a "Von" byline).
_NAMES_SPLIT = re.compile(r"(?<!\s)\s*+(?:,|/|\||\bund\b|\band\b|&)\s*+")
#: Words no author name holds (a title-case menu item or headline is no byline).
_NOT_NAME_WORDS = (
    "der die das den dem des ein eine und oder mit für im in am an auf aus zu the a an of for "
    "in on at to with and or news home more video live sport sports politik wirtschaft kultur "
    "world latest read top new neu mehr alle all teilen merken drucken kommentare kommentar "
    "lesen hören share print comments comment speichern privacy policy terms conditions "
    "cookies impressum datenschutz kontakt contact newsletter abo login page front startseite "
    "staff enlarge image photo foto bild"
)
_NOT_NAME = frozenset(_NOT_NAME_WORDS.split())


def _strip_role(text: str) -> str:
    """``text`` up to the job title after the names, if it has one."""
    m = _ROLE.search(text)
    return text[: m.start()].rstrip() if m else text


#: An affiliation or footnote mark glued to the end of a name ("Anna Beck1", "Jan Ott2").
_FOOTNOTE = re.compile(r"(?<=[^\W\d_])\d{1,2}(?=[\s.,;:]*$)")


#: A social media handle written after a name.
_HANDLE = re.compile(r"(?<=[^\W\d_])@\w+")
#: Particles inside a name, written capitalised by some ("Lena Van Der Berg", "Marta De Souza").
_PARTICLES = frozenset(
    ["van", "der", "den", "de", "von", "zu", "da", "dos", "du", "la", "le", "al", "el"]
)


def _inner_particle(words: list[str], k: int) -> bool:
    """Word ``k`` of a name is a particle between its first and last word ("Van Der")."""
    return 0 < k < len(words) - 1 and words[k].lower() in _PARTICLES


def split_names(text: str, agencies: dict[str, str] | None = None) -> list[str]:
    """The person names of a line that holds names only ("Jasper Riemann", "Anna Beck und
    Jan Ott", "Adam Vidler and AP"): [] when any part is not a name of two to four capitalised
    words (an agency or a web address beside the names is left out, not counted)."""
    text = _strip_role(text.strip()[:_MAX_BYLINE])
    text = _HANDLE.sub(" ", text)  # "Greg Iacurci@GregIacurci": a social handle after the name
    parts = [_FOOTNOTE.sub("", p).strip(" .,;:") for p in _NAMES_SPLIT.split(text)]
    parts = [p for p in parts if p]
    if not parts or len(parts) > 5:
        return []
    names: list[str] = []
    for part in parts:
        low = part.lower()
        if (agencies and low in agencies) or (" " not in part and "." in part):
            continue  # "AP", "dpa", "TIMESOFINDIA.COM" beside the names
        words = part.split()
        if not 2 <= len(words) <= 4 or not _NAME.match(part):
            return []
        if any(
            w[:1].isupper() and w.lower().strip(".") in _NOT_NAME and not _inner_particle(words, k)
            for k, w in enumerate(words)
        ):
            return []
        names.append(part)
    return names


#: Agencies spelled out in a byline.
_AGENCY_NAMES = {
    "associated press": "AP",
    "deutsche presse-agentur": "dpa",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
}
#: Where a byline's photo credit begins: an agency after it took the picture, not the text.
_PHOTO = re.compile(r"\b(?:fotos?|bild(?:er)?|photos?|images?)\s*:|©", re.IGNORECASE)


#: A source label before an agency: "Quelle: dpa Sport".
_SOURCE = re.compile(r"^(?:quelle|source|agentur|agency)\s*:\s*", re.IGNORECASE)
#: An agency byline is a short line.
AGENCY_LINE_WORDS = 8


def agency_byline(text: str) -> tuple[str, bool] | None:
    """The agency a short line names as the text's author, and whether a prefix says so: a
    code after a byline prefix or a source label ("Von dpa 30.04.2024, 18:58", "By AP",
    "Quelle: dpa Sport": True), or a code alone on its line ("dpa", "SID": False).  None for
    anything else ("Foto: dpa" credits a picture)."""
    text = text.strip()
    if len(text.split()) > AGENCY_LINE_WORDS:
        return None
    m = BYLINE_PREFIX.match(text) or _SOURCE.match(text)
    words = text[m.end() :].split() if m else text.split()
    if not words or (m is None and len(words) > 1):
        return None
    first = words[0].strip(" ,;:|/()")
    name = furniture().agencies.get(first.lower())
    if name is None or first not in (name, first.upper()):
        return None
    return name, m is not None


def byline_agencies(text: str, meta: Metadata) -> None:
    """Credit the agencies a byline or stamp line names ("Von Anna Beck | dpa", "Adam Vidler
    and AP", "ROBERT BURNS AP National Security Writer", "Associated Press"): a code in
    capitals, or as the agency writes it ("dpa", "Reuters") standing alone between the
    byline's separators — not a word that happens to spell one ("an idea")."""
    agencies = furniture().agencies
    text = text[:_MAX_BYLINE]
    if m := _PHOTO.search(text):
        text = text[: m.start()]
    low = text.lower()
    found = [name for long, name in _AGENCY_NAMES.items() if long in low]
    if alone := agency_byline(text):  # "Von dpa 30.04.2024", "dpa"
        found.append(alone[0])
    parts = {p.strip(" .:") for p in _NAMES_SPLIT.split(re.sub(r"[();·•–—]", "|", text))}
    for token in re.findall(r"[^\W_]+", text):
        name = agencies.get(token.lower())
        # a code in capitals anywhere ("BURNS AP National"), as written alone in a part
        if name is not None and (token == token.upper() or (token == name and token in parts)):
            found.append(name)
    for name in found:
        if name not in meta.agency:
            meta.agency.append(name)


def parse_byline(text: str, meta: Metadata) -> None:
    """Fill authors, agencies and the publication time from a byline or dateline block."""
    for name in parse_authors(text):
        if name not in meta.authors:
            meta.authors.append(name)
    byline_agencies(text, meta)
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
    for name in found.get("authors", []) or []:  # type: ignore[union-attr]
        if name not in meta.authors:
            meta.authors.append(str(name))
    published = found.get("published")
    if isinstance(published, datetime) and meta.published is None:
        meta.published = published


_CODES = r"[A-Za-z]{2,9}(?:\s*[/,]\s*[\w.]{1,12}){0,3}"
#: "Berlin (dpa) - ", "KÖLN (KNA/iz) – " at the start of the article.
_AGENCY_LEAD = re.compile(rf"^[^\n()]{{0,60}}?\((?P<codes>{_CODES})\)\s*[-–—:]")
#: "(dpa)", "(KNA/iz)", "Quelle: kathpress", "Mit Material von dpa" at the end of the article.
_AGENCY_TAIL = re.compile(
    rf"(?:\((?P<codes>{_CODES})\)|(?:quelle|source|mit material (?:von|der)|material)\s*:?\s*"
    r"(?P<src>[\w ,/.&-]{2,60}?))\s*[.]?$",
    re.IGNORECASE,
)


def find_agencies(lead: list[str], tail: list[str], meta: Metadata) -> None:
    """News agencies credited at the start ("Berlin (dpa) -") or end ("(KNA/iz)",
    "Quelle: kathpress") of the article's body text."""
    agencies = furniture().agencies
    found: list[str] = []
    for text in lead:
        m = _AGENCY_LEAD.match(text)
        if m:
            found.append(m.group("codes"))
    for text in tail:
        m = _AGENCY_TAIL.search(text[-80:])
        if m:
            found.append(m.group("codes") or m.group("src") or "")
    for codes in found:
        for part in re.split(r"[/(),&\s]+|\bund\b|\band\b", codes.lower()):
            name = agencies.get(part.strip(" ."))
            if name and name not in meta.agency:
                meta.agency.append(name)


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
