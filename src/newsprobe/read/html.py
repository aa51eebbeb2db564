"""HTML pages: main content via trafilatura, completed from the DOM (h1, figcaption, time,
JSON-LD ``NewsArticle``, OpenGraph)."""

from __future__ import annotations

import copy
import json
import re
from datetime import datetime
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from newsprobe.isotime import iso_datetime
from newsprobe.model import InputKind, Metadata
from newsprobe.read.document import RawDocument
from newsprobe.read.labels import page_labels

_SPACE = re.compile(r"\s+")
_BLOCK_TAGS = {"p": "paragraph", "quote": "quote_block", "head": "subheading"}


#: An HTML parser without libxml2's limits on depth and text size ("huge_tree"): a page
#: nested deeper than 256 levels keeps its article (the input's size is capped before).
_HUGE_PARSER = lxml.html.HTMLParser(huge_tree=True)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def _clean(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def _body_units(body: etree._Element) -> list[tuple[str, str]]:
    """Walk trafilatura's XML body: p, head, list/item, quote, table rows."""
    units: list[tuple[str, str]] = []
    for el in body:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "list":
            for item in el.iter("item"):
                text = _clean("".join(item.itertext()))
                if text:
                    units.append(("list_item", text))
        elif tag == "table":
            for row in el.iter("row"):
                cells = [_clean("".join(c.itertext())) for c in row]
                text = " | ".join(c for c in cells if c)
                if text:
                    units.append(("paragraph", text))
        elif tag in _BLOCK_TAGS:
            text = _clean("".join(el.itertext()))
            if text:
                units.append((_BLOCK_TAGS[tag], text))
        else:
            text = _clean("".join(el.itertext()))
            if text:
                units.append(("paragraph", text))
    return units


KICKER_CLASSES = (
    "kicker",
    "dachzeile",
    "overline",
    "topline",
    "roofline",
    "eyebrow",
    "article-kicker",
    "headline-kicker",
    "article__kicker",
)
BYLINE_CLASSES = (
    "byline",
    "article-byline",
    "author-line",
    "article__byline",
    "autor",
    "article-author",
    "meta-author",
)
TEASER_CLASSES = (
    "teaser",
    "lead",
    "intro",
    "standfirst",
    "dek",
    "article-teaser",
    "article-lead",
    "article__lead",
    "article__teaser",
    "abstract",
    "summary",
    "article-intro",
)
HIGHLIGHT_CLASSES = (
    "key-points",
    "highlights",
    "keypoints",
    "takeaways",
    "key-takeaways",
    "summary",
    "bullets",
    "article-highlights",
    "zusammenfassung",
)
FURNITURE_TOKENS = (
    "cookie",
    "consent",
    "newsletter",
    "share",
    "social",
    "comments",
    "paywall",
    "related",
    "also-read",
    "recommend",
    "teaser-list",
    "breadcrumb",
)


def _class_xpath(tag: str, classes: tuple[str, ...]) -> str:
    tests = " or ".join(
        f'contains(concat(" ", normalize-space(@class), " "), " {c} ")' for c in classes
    )
    return f"//{tag}[{tests}]"


def _first_text(
    tree: lxml.html.HtmlElement,
    tag: str,
    classes: tuple[str, ...],
    *,
    min_chars: int = 2,
    max_words: int = 200,
) -> str | None:
    xpath = _class_xpath(tag, classes)
    if tree.getparent() is not None:  # a scope inside the page: search below it only
        xpath = "." + xpath
    for el in tree.xpath(xpath):
        if el.tag in ("figure", "img", "ul", "ol", "section", "article", "body"):
            continue
        text = _clean(el.text_content())
        if len(text) >= min_chars and len(text.split()) <= max_words:
            return text
    return None


def _headline_scope(h1: lxml.html.HtmlElement | None) -> lxml.html.HtmlElement | None:
    """The part of the page that belongs to the headline's article."""
    if h1 is None:
        return None
    article = next(iter(h1.xpath("ancestor::article[1]")), None)
    if article is not None:
        return article
    parent = h1.getparent()
    grand = parent.getparent() if parent is not None else None
    return grand if grand is not None and grand.tag != "html" else parent


def _furniture_regions(
    tree: lxml.html.HtmlElement, anchor: lxml.html.HtmlElement | None
) -> list[tuple[str, str, bool]]:
    """Navigation, footers, cookie banners, share and newsletter boxes: ``(kind, text,
    before_article)``, outermost regions only, so that they are recorded, not lost."""
    tests = " or ".join(
        f'contains(translate(@class, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", '
        f'"abcdefghijklmnopqrstuvwxyz"), "{t}") or contains(@id, "{t}")'
        for t in FURNITURE_TOKENS
    )
    xpath = (
        f"//nav | //footer[not(ancestor::article) and not(ancestor::blockquote)] "
        f"| //aside[not(ancestor::article)] | //*[{tests}]"
    )
    found: list[tuple[str, str, bool]] = []
    seen: set[lxml.html.HtmlElement] = set()
    anchor_line = anchor.sourceline if anchor is not None else None
    for el in tree.xpath(xpath):
        if el.tag in ("html", "body", "article", "main", "script", "style", "a", "button") or any(
            a in seen for a in el.iterancestors()
        ):
            continue
        text = _clean(el.text_content())
        if not text:
            continue
        seen.add(el)
        kind = "navigation" if el.tag == "nav" else "boilerplate"
        before = bool(anchor_line and el.sourceline and el.sourceline < anchor_line)
        found.append((kind, text, before))
    return found


def _json_ld(tree: lxml.html.HtmlElement) -> dict[str, Any]:
    """The first JSON-LD object typed as a news/article item."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (json.JSONDecodeError, TypeError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            obj = stack.pop(0)
            if not isinstance(obj, dict):
                continue
            if "@graph" in obj and isinstance(obj["@graph"], list):
                stack.extend(obj["@graph"])
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and "Article" in k for k in kinds):
                return obj
    return {}


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return iso_datetime(value.strip())
    except ValueError:
        return None


def read_html(html: str, meta: Metadata) -> RawDocument:
    """Extract the article of an HTML page into layout-typed units and metadata."""
    meta.input_kind = InputKind.HTML
    # lxml refuses str input that declares an encoding; the text is already decoded
    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        tree = lxml.html.fromstring(html, parser=_HUGE_PARSER)
    except (etree.ParserError, ValueError):
        return RawDocument(
            text="", meta=meta, units=[], warnings=["the HTML has no parsable document"]
        )
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=False,
        )
    except (ValueError, TypeError, etree.LxmlError) as exc:  # broken markup
        doc = None
        warnings_pre = [f"trafilatura could not read the page: {exc}"]
    else:
        warnings_pre = []
    units: list[tuple[str, str]] = []
    warnings: list[str] = list(warnings_pre)
    body_units = _body_units(doc.body) if doc is not None and doc.body is not None else []
    if not any(kind == "paragraph" for kind, _ in body_units):
        # markup nested deeper than libxml2's default limit (256 levels) loses everything
        # below it in trafilatura's own parse: extract again from our tree, parsed without
        # that limit (a copy: extraction changes the tree it is given)
        try:
            deep = trafilatura.bare_extraction(
                copy.deepcopy(tree),
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                favor_recall=False,
            )
        except (ValueError, TypeError, RecursionError, etree.LxmlError):
            deep = None
        deep_units = _body_units(deep.body) if deep is not None and deep.body is not None else []
        if any(kind == "paragraph" for kind, _ in deep_units):
            doc, body_units = deep, deep_units
    ld = _json_ld(tree)

    h1_el = next((e for e in tree.xpath("//h1") if _clean(e.text_content())), None)
    h1 = _clean(h1_el.text_content()) if h1_el is not None else None
    headline = h1 or _clean(ld.get("headline")) or (doc.title if doc is not None else None)
    kicker = _first_text(tree, "*", KICKER_CLASSES, max_words=8)
    if kicker and headline and headline.startswith(kicker):
        headline = headline[len(kicker) :].lstrip(" :–-")
        units.append(("kicker", kicker))
    elif kicker:
        units.append(("kicker", kicker))
    if headline:
        units.append(("headline", headline))
        meta.title = f"{kicker}: {headline}" if kicker else headline
    byline = _first_text(tree, "*", BYLINE_CLASSES, max_words=30)
    if byline:
        units.append(("byline", byline))
    body_units = [u for u in body_units if u[1] not in {headline, byline, kicker, h1}]

    # a teaser marked up by class counts only next to the headline (inside its <article>, or
    # its container's container): elsewhere such classes mark other articles' teasers
    scope = _headline_scope(h1_el)
    teaser = None
    if scope is not None:
        teaser = _first_text(scope, "p", TEASER_CLASSES, min_chars=40) or _first_text(
            scope, "div", TEASER_CLASSES, min_chars=40, max_words=120
        )
    if teaser and ("»" in teaser or "ZUM SHOP" in teaser.upper()):
        teaser = None
    if not teaser:
        teaser = _clean(ld.get("description")) or (doc.description if doc is not None else None)
        # a meta description counts only when the page shows it
        if teaser and teaser not in _clean(tree.text_content()):
            teaser = None
    if teaser:
        body_units = [u for u in body_units if u[1] != teaser]
        units.append(("teaser", teaser))

    body_text = " ".join(t for _, t in body_units)
    # captions of the article's own figures: inside <article> when the page marks it up
    in_article = tree.xpath("//article//figcaption")
    for fig in in_article or tree.xpath("//figcaption"):
        marked = fig.xpath('.//*[contains(@class, "credit") or contains(@class, "copyright")]')
        credits = [_clean(c.text_content()) for c in marked]
        for c in marked:
            c.drop_tree()
        caption = _clean(fig.text_content())
        if caption and caption not in body_text:
            units.append(("caption", caption))
        units.extend(("credit", c) for c in credits if c)

    for item in tree.xpath(_class_xpath("ul", HIGHLIGHT_CLASSES) + "/li"):
        text = _clean(item.text_content())
        if text:
            units.append(("highlight", text))
            body_units = [u for u in body_units if u[1] != text]

    units.extend(body_units)
    if not body_units:
        warnings.append("trafilatura found no main text in the HTML")
    removed = _furniture_regions(tree, h1_el)

    authors = _names(ld.get("author"))
    if not authors and doc is not None and doc.author:
        authors = [a.strip() for a in doc.author.split(";") if a.strip()]
    meta.authors = authors
    publisher = _names(ld.get("publisher"))
    meta.publisher = (publisher[0] if publisher else None) or (doc.sitename if doc else None)
    og_url = tree.xpath('//meta[@property="og:url"]/@content')
    meta.url = meta.url or (doc.url if doc is not None else None) or (og_url[0] if og_url else None)
    published = _parse_date(ld.get("datePublished"))
    if published is None:
        times = tree.xpath("//time/@datetime")
        published = _parse_date(times[0]) if times else None
    if published is None and doc is not None and doc.date:
        published = _parse_date(doc.date)
    meta.published = published
    return RawDocument(
        text="",
        meta=meta,
        units=units,
        warnings=warnings,
        removed=removed,
        labels=page_labels(tree, ld, doc),
    )
