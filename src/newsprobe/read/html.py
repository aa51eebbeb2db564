"""HTML pages: main content via trafilatura, completed from the DOM (h1, figcaption, time,
JSON-LD ``NewsArticle``, OpenGraph)."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from newsprobe.model import InputKind, Metadata
from newsprobe.read.errors import InputError
from newsprobe.read.source import RawDocument

_SPACE = re.compile(r"\s+")
_BLOCK_TAGS = {"p": "paragraph", "quote": "quote_block", "head": "subheading"}


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
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def read_html(html: str, meta: Metadata) -> RawDocument:
    """Extract the article of an HTML page into layout-typed units and metadata."""
    meta.input_kind = InputKind.HTML
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"cannot parse HTML: {exc}", path=meta.source_path) from None
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True
    )
    units: list[tuple[str, str]] = []
    warnings: list[str] = []
    body_units = _body_units(doc.body) if doc is not None and doc.body is not None else []
    ld = _json_ld(tree)

    h1 = next((_clean(e.text_content()) for e in tree.xpath("//h1") if _clean(e.text_content())),
              None)
    headline = _clean(ld.get("headline")) or h1 or (doc.title if doc is not None else None)
    if headline:
        units.append(("headline", headline))
        meta.title = headline
        body_units = [u for u in body_units if u[1] != headline]

    body_text = " ".join(t for _, t in body_units)
    teaser = _clean(ld.get("description")) or (doc.description if doc is not None else None)
    for el in tree.xpath('//*[contains(concat(" ", normalize-space(@class), " "), " teaser ") '
                         'or contains(@class, "lead") or contains(@class, "intro")]'):
        text = _clean(el.text_content())
        if text and len(text) > 40:
            teaser = text
            break
    if teaser:
        teaser = _clean(teaser)
        if body_units and body_units[0][1] == teaser:
            body_units = body_units[1:]
        if teaser not in body_text or teaser == (body_units[0][1] if body_units else None):
            units.append(("teaser", teaser))
        else:
            body_units = [("teaser", t) if t == teaser else (k, t) for k, t in body_units]

    for fig in tree.xpath("//figcaption"):
        credits = [_clean(c.text_content()) for c in fig.xpath('.//*[contains(@class, "credit") '
                                                               'or contains(@class, "copyright")]')]
        for c in fig.xpath('.//*[contains(@class, "credit") or contains(@class, "copyright")]'):
            c.drop_tree()
        caption = _clean(fig.text_content())
        if caption and caption not in body_text:
            units.append(("caption", caption))
        units.extend(("credit", c) for c in credits if c)

    units.extend(body_units)
    if not body_units:
        warnings.append("trafilatura found no main text in the HTML")

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
    return RawDocument(text="", meta=meta, units=units, warnings=warnings)
