"""Opinion pieces are told by what the page or text says of itself (layout/genre.py)."""

from __future__ import annotations

import json

import pytest

from newsprobe.api import analyze_text
from newsprobe.layout.genre import is_genre_label
from newsprobe.model import BlockKind

BODY = (
    "Seit Montag fahren in der Region keine Busse mehr. Die Gewerkschaft fordert acht Prozent "
    "mehr Lohn für die Fahrerinnen und Fahrer. Die Verkehrsbetriebe bieten drei Prozent an."
)


def _layout(text: str):
    return analyze_text(text, lang="de", only=["layout"])


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (f"Kommentar\n\nDer Busstreik trifft die Schwächsten\n\n{BODY}", "kicker"),
        (f"Kolumne: Der Busstreik trifft die Schwächsten\n\n{BODY}", "kicker"),
        (
            f"Der Busstreik trifft die Schwächsten\n\nEin Kommentar von Lena Vogt\n\n{BODY}",
            "byline",
        ),
        (
            f"Der Busstreik trifft die Schwächsten\n\n{BODY}\n\nGastbeiträge wie dieser müssen "
            "nicht der Meinung der Redaktion entsprechen.",
            "disclaimer",
        ),
    ],
)
def test_opinion_piece_from_text(text: str, reason: str) -> None:
    analysis = _layout(text)
    assert analysis.meta.genre == "opinion"
    assert analysis.meta.genre_reason and analysis.meta.genre_reason.startswith(reason)


def test_genre_label_line_is_the_kicker_of_the_headline_below() -> None:
    analysis = _layout(f"Leitartikel\n\nDer Busstreik trifft die Schwächsten\n\n{BODY}")
    kinds = [(b.kind, b.text) for b in analysis.blocks[:2]]
    assert kinds == [
        (BlockKind.KICKER, "Leitartikel"),
        (BlockKind.HEADLINE, "Der Busstreik trifft die Schwächsten"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"Busstreik geht weiter\n\nStuttgart (dpa) - {BODY}",
        # a comment of someone in the body is not the article's genre
        f"Busstreik geht weiter\n\n{BODY} Ein Kommentar der Verkehrsbetriebe lag nicht vor.",
        f"Kommentar von Fahrgästen fehlt\n\n{BODY}",
    ],
)
def test_news_stays_news(text: str) -> None:
    assert _layout(text).meta.genre is None


def _page(extra_head: str = "", url: str = "https://example.org/politik/busstreik-123") -> str:
    paragraphs = "".join(f"<p>{BODY} Satz {i}.</p>" for i in range(4))
    return (
        f'<html><head><title>Busstreik</title><meta property="og:url" content="{url}">'
        f"{extra_head}</head><body><article><h1>Der Busstreik trifft die Schwächsten</h1>"
        f"{paragraphs}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        (
            _page(
                '<script type="application/ld+json">{"@type": "OpinionNewsArticle", '
                '"headline": "Der Busstreik trifft die Schwächsten"}</script>'
            ),
            "page type",
        ),
        (_page('<meta property="article:section" content="Meinung">'), "page section"),
        (_page(url="https://example.org/meinung/busstreik-123"), "URL path /meinung/"),
        (_page(url="https://example.com/commentisfree/2026/dec/07/bus-strike"), "URL path"),
    ],
)
def test_opinion_piece_from_page_metadata(page: str, reason: str) -> None:
    analysis = _layout(page)
    assert analysis.meta.genre == "opinion"
    assert analysis.meta.genre_reason is not None
    assert analysis.meta.genre_reason.startswith(reason)


def test_news_page_has_no_genre() -> None:
    assert _layout(_page()).meta.genre is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Gastkommentar", True),
        ("Kommentar:", True),
        ("Opinion", True),
        ("Op-Ed", True),
        ("Analyse", False),
        ("Politik", False),
        ("Kommentar zum Haushalt der Stadt Leipzig im Jahr 2027", False),
    ],
)
def test_genre_labels(text: str, label: bool) -> None:
    assert is_genre_label(text) is label


def test_opinion_piece_from_a_json_article_object() -> None:
    obj = {"title": "Der Busstreik trifft die Schwächsten", "text": BODY, "section": "Meinung"}
    analysis = analyze_text(json.dumps(obj), lang="de", only=["layout"])
    assert analysis.meta.genre == "opinion"
    assert analysis.meta.genre_reason == "page section “Meinung”"
