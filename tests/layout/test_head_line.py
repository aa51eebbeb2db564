"""A whole page's headline line with a breadcrumb trail or a genre label run onto it."""

from __future__ import annotations

from test_page_text import _analyse

from newsprobe.layout.head_line import crumb_end, label_end
from newsprobe.model import BlockKind, RemovedKind
from page_fixture import FOOTER, HEADLINE, MENU, PARAGRAPHS

HEAD_P = {"B": 0.1, "H": 0.8, "O": 0.1}


def test_a_breadcrumb_trail_is_cut_off_the_headline() -> None:
    for trail in ("Sie sind hier: Home » Newsarchiv » ", "Home » Verkehr • Stadt » ",
                  "Start › Lokales › Verkehr › ", "Home > "):  # fmt: skip
        line = trail + HEADLINE
        a = _analyse([*MENU, line, *PARAGRAPHS, *FOOTER], {line: HEAD_P})
        assert a.headline is not None and a.headline.text == HEADLINE, trail
        assert a.meta.title == HEADLINE, trail
        assert any(r.reason == "breadcrumb" and r.kind is RemovedKind.NAVIGATION
                   for r in a.removed), trail  # fmt: skip


def test_quotes_and_comparisons_are_no_breadcrumb() -> None:
    assert crumb_end("Merz sagt »Wir schaffen das« im Bundestag") is None
    assert crumb_end("Merz: » Wir schaffen das « sagt er im Bundestag") is None  # one mark
    assert crumb_end("Inflation > 5 Prozent: EZB erhöht die Zinsen erneut") is None
    # a long item is a sentence, not a trail
    assert crumb_end("Die Stadt und das Land streiten » seit Jahren » Radweg kommt") is None
    assert crumb_end("Home » Politik » Radweg") is None  # too little left for a headline


def test_a_genre_label_run_onto_the_headline_is_its_kicker() -> None:
    line = "Meinung " + HEADLINE
    a = _analyse([*MENU, line, *PARAGRAPHS, *FOOTER], {line: HEAD_P})
    assert a.headline is not None and a.headline.text == HEADLINE
    kickers = a.blocks_of(BlockKind.KICKER)
    assert [k.text for k in kickers] == ["Meinung"]
    label = "Kommentar der anderen "
    assert label_end(label + "Warum der Radweg kommt") == len(label)
    # a headline that starts with the word, not a label before it
    assert label_end("Kommentare im Netz empören den Stadtrat") is None
    assert label_end("Meinung Radweg") is None  # too short for a headline after it


def test_a_kicker_that_starts_at_the_home_page_is_a_trail() -> None:
    for line in ("Startseite Lokales: " + HEADLINE, "Home Verkehr: " + HEADLINE):
        a = _analyse([*MENU, line, *PARAGRAPHS, *FOOTER], {line: HEAD_P})
        assert a.headline is not None and a.headline.text == HEADLINE, line
        assert a.meta.title == HEADLINE, line
        assert a.blocks_of(BlockKind.KICKER) == [], line
    # a one-word kicker, or one that does not start at the home page, stays a kicker
    for line, kicker in (("Start: " + HEADLINE, "Start"), ("Lokales: " + HEADLINE, "Lokales")):
        a = _analyse([*MENU, line, *PARAGRAPHS, *FOOTER], {line: HEAD_P})
        assert [k.text for k in a.blocks_of(BlockKind.KICKER)] == [kicker], line
