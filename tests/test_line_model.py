"""The line model: whole-page texts lose their furniture; clean articles keep every line."""

from __future__ import annotations

import re

import pytest

from newsprobe.api import analyze_text
from newsprobe.layout import line_model
from newsprobe.layout.line_model.features import page_features
from newsprobe.layout.lines import split_lines
from newsprobe.model import BlockKind
from newsprobe.read.markup import unwrap_links

MENU = ["Zum Inhalt springen", "Startseite", "Politik", "Wirtschaft", "Sport", "Kultur",
        "Panorama", "Suche", "Anmelden", "Abo"]  # fmt: skip
FOOTER = ["Mehr zum Thema", "Auenberg bekommt neuen Bahnhof",
          "Schwimmhalle: Vereine sammeln Unterschriften", "Haushalt 2023 mit Überschuss",
          "Newsletter", "Jetzt anmelden", "Impressum", "Datenschutz", "Kontakt",
          "Cookie-Einstellungen", "© 2024 Auenberger Zeitung"]  # fmt: skip
HEAD = "Gemeinderat von Auenberg streitet über den Haushalt"
PARAS = [
    "Der Gemeinderat von Auenberg hat am Dienstag über den neuen Haushalt beraten und keine "
    "Einigung erzielt. Die Bürgermeisterin sagte, die Stadt müsse in den kommenden Jahren "
    "deutlich sparen.",
    "Die Opposition kritisierte die Pläne als unausgewogen. Es fehle an Investitionen in "
    "Schulen und Straßen, erklärte die Fraktionschefin der Grünen am Rande der Sitzung.",
    "Besonders umstritten ist die Zukunft der Schwimmhalle. Nach Angaben der Verwaltung würde "
    "eine Sanierung rund zwölf Millionen Euro kosten, ein Neubau etwa das Doppelte.",
    "Eine Entscheidung soll im April fallen. Bis dahin will die Verwaltung weitere Angebote "
    "einholen und mit den Vereinen sprechen, die die Halle nutzen.",
]
ARTICLE = "\n\n".join([HEAD, "Von Lisa Petrich", "12.03.2024, 14:30 Uhr", *PARAS])
PAGE = "\n".join(MENU) + "\n\nPolitik\n" + ARTICLE + "\n\n" + "\n".join(FOOTER) + "\n"

needs_model = pytest.mark.skipif(line_model.load() is None, reason="no shipped line model")


@needs_model
def test_whole_page_keeps_the_article_and_drops_the_furniture() -> None:
    a = analyze_text(PAGE, only=["layout"])
    assert a.headline is not None and a.headline.text == HEAD
    assert a.meta.authors == ["Lisa Petrich"]
    assert a.meta.published is not None and a.meta.published.day == 12
    body = [b.text for b in a.blocks if b.kind in (BlockKind.PARAGRAPH, BlockKind.TEASER)]
    assert body == PARAS
    kept = {b.text for b in a.blocks}
    assert not kept & set(MENU[:9]) and "Impressum" not in kept and "Datenschutz" not in kept
    assert any(r.reason.startswith("line model") for r in a.removed)


def test_clean_article_is_not_touched_by_the_model() -> None:
    with line_model.use(None):
        rules = analyze_text(ARTICLE, only=["layout"])
    model = analyze_text(ARTICLE, only=["layout"])
    assert [(b.kind, b.text) for b in model.blocks] == [(b.kind, b.text) for b in rules.blocks]
    assert model.text == rules.text


def test_features_hold_no_words_of_the_page() -> None:
    lines = split_lines(PAGE)
    feats = page_features(lines)
    assert len(feats) == len(lines)
    words = {w.casefold() for w in re.findall(r"[A-Za-zÄÖÜäöüß]{4,}", PAGE)}
    for item in feats:
        for f in item:
            assert not words & set(re.findall(r"[a-zäöüß]{4,}", f.casefold())), f


@needs_model
def test_shipped_model_attributes_are_feature_shapes_only() -> None:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(line_model.MODEL_PATH))
    attrs = {a for a, _ in tagger.info().state_features}
    shape = re.compile(r"^(-?\d:)?[a-z_|]+(=[\w|.:-]*)?$")
    assert attrs and all(shape.match(a) for a in attrs), [a for a in attrs if not shape.match(a)]


def test_markdown_links_unwrapped_with_link_spans() -> None:
    text = (
        "* [Politik](/politik)\n* [Sport](https://x.de/a(b))\n![Foto](x.jpg)\n"
        "Er sagte [gestern](http://a) etwas.\n"
    )
    out, links = unwrap_links(text)
    assert out == "* Politik\n* Sport\n\nEr sagte gestern etwas.\n"
    assert [out[a:b] for a, b in links] == ["Politik", "Sport", "gestern"]


def test_markdown_emphasis_and_escapes_unwrapped_with_link_spans() -> None:
    text = (
        "* [Politik](/politik)\n* [Sport](/sport)\n"
        "Die **Stadtwerke** und [ihre Kund\\*innen](/k) zahlen *mehr* als __2019__.\n"
        "Ein Stern * bleibt, 2 * 3 auch, snake_case_name und \\_privat\\_ ebenso.\n"
    )
    out, links = unwrap_links(text)
    assert out == (
        "* Politik\n* Sport\n"
        "Die Stadtwerke und ihre Kund*innen zahlen mehr als 2019.\n"
        "Ein Stern * bleibt, 2 * 3 auch, snake_case_name und _privat_ ebenso.\n"
    )
    assert [out[a:b] for a, b in links] == ["Politik", "Sport", "ihre Kund*innen"]
    # a text without enough links is no Markdown page: left as it is
    plain = "Die **Stadtwerke** zahlen *mehr*.\n"
    assert unwrap_links(plain) == (plain, [])


def test_lynx_dump_links_and_references_dropped() -> None:
    text = (
        "[1]Politik [2]Sport\nEr sagte [3]gestern etwas.\n\nReferences\n\n"
        "   1. http://a.example/\n   2. http://b.example/\n   3. http://c.example/\n"
    )
    out, links = unwrap_links(text)
    assert out == "Politik Sport\nEr sagte gestern etwas.\n"
    assert [out[a:b] for a, b in links][:2] == ["Politik", "Sport"]


def test_text_without_markup_is_unchanged() -> None:
    text = "Er sagte [gestern] etwas (laut Polizei) und [1] Fußnote.\n"
    assert unwrap_links(text) == (text, [])


def test_dense_region_spans_a_gallery_inside_the_article_but_not_a_menu() -> None:
    from newsprobe.layout.line_model.features import dense_region

    gallery = ["Fotostrecke mit 4 Bildern", "Foto: Agentur", "Die Halle im Jahr 1970",
               "Foto: Agentur", "Die Halle heute"]  # fmt: skip
    text = "\n".join(
        [*MENU, PARAS[0], PARAS[1], *gallery, PARAS[2], PARAS[3], *FOOTER, *MENU, *MENU]
    )
    lines = split_lines(text)
    first, last = dense_region(lines)
    assert lines[first].text == PARAS[0]  # the menu above is not part of it
    assert lines[last].text == PARAS[3]  # the gallery between paragraphs is
    # prose far from the article, behind a long menu, is not joined to it
    far = "\n".join([PARAS[0], *MENU, *MENU, *MENU, PARAS[1], PARAS[2], PARAS[3]])
    lines = split_lines(far)
    first, last = dense_region(lines)
    assert lines[first].text == PARAS[1] and lines[last].text == PARAS[3]
    assert dense_region(split_lines("\n".join(MENU))) == (len(MENU), -1)


def test_model_headline_is_looked_for_just_above_the_article() -> None:
    from newsprobe.layout.lines import HEADLINE_NEAR, HEADLINE_P, _model_headline

    n = 40
    probs = [{"B": 0.0, "H": 0.0, "O": 1.0} for _ in range(n)]
    probs[0]["H"] = 0.3  # a tip box at the top of the page looks a little like a headline
    probs[n - 3]["H"] = HEADLINE_P + 0.01  # the real one, just above the first article line
    assert _model_headline(probs, n - 1) == n - 3
    # nothing probable near the article: the most probable line of the page
    probs[n - 3]["H"] = HEADLINE_P / 2
    assert _model_headline(probs, n - 1) == 0
    probs[n - 3]["H"] = 0.0
    probs[n - 1 - HEADLINE_NEAR - 1]["H"] = 0.9
    assert _model_headline(probs, n - 1) == n - 1 - HEADLINE_NEAR - 1
