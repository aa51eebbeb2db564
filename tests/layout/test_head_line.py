"""A whole page's headline line with a breadcrumb trail or a genre label run onto it."""

from __future__ import annotations

from test_page_text import _analyse

from newsprobe.layout.head_line import crumb_end, label_end
from newsprobe.layout.lexicon import furniture
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


#: A teaser of our own: long, sentence-like, on the article's topic.
TEASER = ("Nach jahrelangem Streit bekommt die Stadt endlich eine sichere Verbindung für "
          "Radfahrer zwischen der Altstadt und dem Hafen")  # fmt: skip
META = ["Von Anna Beck", "22.04.2024"]


def test_a_teaser_read_as_the_headline_gives_way_to_the_heading_above() -> None:
    parts = [*MENU, HEADLINE, TEASER, *META, *PARAGRAPHS, *FOOTER]
    a = _analyse(parts, {TEASER: HEAD_P})  # the model calls the teaser the headline
    assert a.headline is not None and a.headline.text == HEADLINE
    assert [t.text for t in a.blocks_of(BlockKind.TEASER)][:1] == [TEASER]
    assert a.meta.title == HEADLINE


def test_a_menu_line_above_a_long_headline_stays_a_menu_line() -> None:
    # off the topic (no content word shared), or too short for a headline: no headline
    for above in ("Alle Nachrichten aus der Region Nord", "Lokales und Verkehr"):
        parts = [*MENU, above, TEASER, *META, *PARAGRAPHS, *FOOTER]
        a = _analyse(parts, {TEASER: HEAD_P})
        assert a.headline is not None and a.headline.text == TEASER, above
    # a heading that is a sentence ending in a full stop is no headline above a teaser
    above = "Der Radweg kommt an den Fluss."
    a = _analyse([*MENU, above, TEASER, *META, *PARAGRAPHS, *FOOTER], {TEASER: HEAD_P})
    assert a.headline is not None and a.headline.text == TEASER


def test_notification_newsletter_and_cookie_prompts_are_never_the_headline() -> None:
    fur = furniture()
    prompts = ("Push-Benachrichtigungen aktivieren",
               "Benachrichtigungen erlauben und nichts verpassen",
               "Turn on notifications to get breaking news",
               "Sign up for our newsletters and get the best stories every morning",
               "Jetzt den Newsletter zur Lokalpolitik abonnieren",
               "Diese Seite verwendet Cookies, um Ihnen das beste Erlebnis zu bieten")  # fmt: skip
    for line in prompts:
        assert fur.any(fur.boilerplate, line), line
        a = _analyse([*MENU, line, HEADLINE, *META, *PARAGRAPHS, *FOOTER],
                     {line: HEAD_P, HEADLINE: {"B": 0.1, "H": 0.5, "O": 0.4}})  # fmt: skip
        assert a.headline is not None and a.headline.text == HEADLINE, line
    # a headline about newsletters or cookies is still a headline
    for line in ("Warum Verlage ihre Newsletter neu erfinden", "Kekse backen wie die Oma"):
        assert not fur.any(fur.boilerplate, line), line
