"""The article's genre: an opinion piece (commentary, column, editorial, guest essay) or news.

An opinion piece is told by what the page or text says of itself, never by its style: a kicker
or title prefix that names the genre ("Gastkommentar", "Kommentar: …", "Opinion"), the page's
section, categories or tags and its JSON-LD type (``OpinionNewsArticle``, from the reader), a
path segment of its URL (``/meinung/``, ``/commentisfree/``), a byline that names the genre
("Ein Kommentar von …") or the publisher's disclaimer ("Gastkommentare … müssen nicht der
Meinung der Redaktion entsprechen").  The first sign found sets ``Metadata.genre`` to
``opinion`` and ``Metadata.genre_reason`` to what was seen; without one the genre stays unset
(news, or not known).  Later layers read it: in an opinion piece the headline is the author's
own view (``claims/opinion_headline``).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from urllib.parse import urlsplit

from newsprobe.model import Analysis, BlockKind

OPINION = "opinion"
#: ``Analysis._scratch`` key where the HTML reader leaves the page's sections, categories,
#: tags and JSON-LD types (``(what, value)`` pairs).
PAGE_LABELS = "page_labels"
#: What separates a genre label from the title after it ("Kommentar: …", "Opinion | …").
_TITLE_MARKS = ":|–—"
#: What separates the levels of a page section ("Opinion > Columns", "Meinung/Kommentare").
_SECTION_MARKS = re.compile(r"[>/|,»›]")


@dataclass(frozen=True)
class GenreLexicon:
    labels: frozenset[str]
    url_segments: frozenset[str]
    jsonld_types: frozenset[str]
    byline_prefixes: tuple[str, ...]
    disclaimers: tuple[re.Pattern[str], ...]


@cache
def lexicon() -> GenreLexicon:
    data = tomllib.loads(files("newsprobe.layout").joinpath("genre.toml").read_text("utf-8"))
    return GenreLexicon(
        labels=frozenset(data["labels"]),
        url_segments=frozenset(data["url_segments"]),
        jsonld_types=frozenset(data["jsonld_types"]),
        byline_prefixes=tuple(data["byline_prefixes"]),
        disclaimers=tuple(re.compile(p) for p in data["disclaimers"]),
    )


def _norm(text: str) -> str:
    """Lower-cased, spaces collapsed, no punctuation at either end ("Kommentar:" ->
    "kommentar")."""
    i, j = 0, len(text)
    while i < j and not text[i].isalnum():
        i += 1
    while j > i and not text[j - 1].isalnum():
        j -= 1
    return " ".join(text[i:j].lower().split())


def _title_prefix(title: str) -> str | None:
    """The words before a title's first colon or bar, when a title follows them."""
    head = title[:45]
    cut = min((head.find(m) for m in _TITLE_MARKS if m in head), default=-1)
    if cut < 2 or not title[cut + 1 :].strip():
        return None
    return title[:cut]


def is_genre_label(text: str) -> bool:
    """Whether a short line names an opinion genre ("Kommentar", "Gastkommentar:", "Opinion")."""
    return len(text) <= 40 and _norm(text) in lexicon().labels


def _label_in(value: str) -> bool:
    """A page section/category/tag that names the genre ("Meinung", "Opinion > Columns")."""
    return any(is_genre_label(p) for p in _SECTION_MARKS.split(value) if p.strip())


def _url_sign(url: str | None) -> str | None:
    if not url:
        return None
    try:
        path = urlsplit(url).path.lower()
    except ValueError:
        return None
    segments = lexicon().url_segments
    return next((s for s in path.split("/")[:-1] if s in segments), None)


def _names_genre(low: str, text: str, lex: GenreLexicon) -> bool:
    """A byline that names the genre and then a person ("Ein Kommentar von Petra Lindner")."""
    for prefix in lex.byline_prefixes:
        if low.startswith(prefix):
            rest = text.strip().split()[len(prefix.split()) :]
            return bool(rest) and rest[0][:1].isupper()
    return False


#: Page labels that name the article's own kind; categories and tags count only where the
#: page gives no section and lists at most ``_FEW`` of them (trafilatura also reads a site's
#: menu as categories: "News, Opinion, Sports, Life" on every page of a site).
_OWN = frozenset(["jsonld_type", "section", "genre", "og_type"])
_FEW = 2


def _page_sign(labels: list[tuple[str, str]], lex: GenreLexicon) -> str | None:
    for what, value in labels:
        if what == "jsonld_type" and value.lower() in lex.jsonld_types:
            return f"page type {value}"
        if what in _OWN and what != "jsonld_type" and _label_in(value):
            return f"page {what} “{value}”"
    if any(what == "section" for what, _ in labels):
        return None
    for kind in ("category", "tag"):
        values = [v for what, v in labels if what == kind]
        if len(values) <= _FEW:
            hit = next((v for v in values if _label_in(v)), None)
            if hit is not None:
                return f"page {kind} “{hit}”"
    return None


def detect(analysis: Analysis) -> tuple[str, str] | None:
    """``(genre, reason)`` of the article, or None where nothing marks it as opinion."""
    lex = lexicon()
    labels: list[tuple[str, str]] = analysis._scratch.get(PAGE_LABELS, [])
    found = _page_sign(labels, lex)
    if found is not None:
        return OPINION, found
    for block in analysis.blocks_of(BlockKind.KICKER):
        if is_genre_label(block.text):
            return OPINION, f"kicker “{block.text}”"
    title = analysis.meta.title or ""
    prefix = _title_prefix(title)
    if prefix is not None and is_genre_label(prefix):
        return OPINION, f"title “{title[:60]}”"
    segment = _url_sign(analysis.meta.url)
    if segment:
        return OPINION, f"URL path /{segment}/"
    for block in analysis.blocks[:6]:  # the byline, or a short line near the top
        if block.kind is BlockKind.HEADLINE or len(block.text.split()) > 12:
            continue
        if _names_genre(_norm(block.text), block.text, lex):
            return OPINION, f"byline “{block.text[:60]}”"
    for block in analysis.blocks:
        if block.kind is BlockKind.HEADLINE or len(block.text) > 2000:
            continue
        low = block.text.lower()
        if any(p.search(low) for p in lex.disclaimers):
            return OPINION, f"disclaimer “{block.text[:60]}”"
    return None


def apply(analysis: Analysis) -> None:
    """Set ``analysis.meta.genre`` (and its reason) from :func:`detect`."""
    found = detect(analysis)
    if found is not None:
        analysis.meta.genre, analysis.meta.genre_reason = found
