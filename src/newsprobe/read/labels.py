"""What a page says of its own article's kind: section, categories, tags, JSON-LD type.

The HTML reader and a JSON article object's fields hand these to the layout as
``(what, value)`` pairs (``Analysis._scratch``, key ``page_labels``);
:mod:`newsprobe.layout.genre` reads them to tell an opinion piece.
"""

from __future__ import annotations

from typing import Any

import lxml.html

_META = (
    ("section", '//meta[@property="article:section"]/@content'),
    ("section", '//meta[@name="article:section"]/@content'),
    ("og_type", '//meta[@property="og:type"]/@content'),
)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return _strings(value.get("name"))
    return []


#: Fields of a JSON article object that say what kind of article it is.
_JSON_FIELDS = (
    ("section", "section"),
    ("genre", "genre"),
    ("category", "category"),
    ("categories", "category"),
    ("tags", "tag"),
)


def json_labels(obj: dict[str, Any]) -> list[tuple[str, str]]:
    """``(what, value)`` pairs from a JSON article object's section, genre, categories, tags."""
    return _unique([(what, v) for key, what in _JSON_FIELDS for v in _strings(obj.get(key))])


def page_labels(tree: lxml.html.HtmlElement, ld: dict[str, Any], doc: Any) -> list[tuple[str, str]]:
    """``(what, value)`` pairs: ``jsonld_type``, ``section``, ``genre``, ``category``, ``tag``,
    ``og_type`` — each value at most 80 characters, no repeats."""
    found: list[tuple[str, str]] = []
    found += [("jsonld_type", t) for t in _strings(ld.get("@type"))]
    found += [("section", s) for s in _strings(ld.get("articleSection"))]
    found += [("genre", s) for s in _strings(ld.get("genre"))]
    for what, xpath in _META:
        found += [(what, s) for s in _strings(tree.xpath(xpath))]
    if doc is not None:
        found += [("category", s) for s in _strings(getattr(doc, "categories", None) or [])]
        found += [("tag", s) for s in _strings(getattr(doc, "tags", None) or [])]
    return _unique(found)


def _unique(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    out = []
    for what, value in found:
        if len(value) <= 80 and (what, value) not in seen:
            seen.add((what, value))
            out.append((what, value))
    return out
