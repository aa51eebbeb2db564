"""Whole-page bylines that follow a date stamp on its line ("11/19/2019 by Lars Brandle",
"1.11.23 20:19 von Lars Sobiraj Lesezeit: 4 Min."), end in a bare prefix with the names on
the next line ("21.01.2022 11:46 von" / "Patrick Otte"), or open with a prefix the lexicon
lacked ("Gepostet von …")."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_page_text import _analyse

from newsprobe.layout.lexicon import furniture
from newsprobe.layout.metadata import parse_authors
from newsprobe.layout.page_meta import byline_names, byline_score, date_score
from newsprobe.model import BlockKind
from page_fixture import FOOTER, HEADLINE, MENU, PARAGRAPHS

HEAD = {HEADLINE: {"B": 0.1, "H": 0.8, "O": 0.1}}


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("11/19/2019 by Lena Brandt", ["Lena Brandt"]),
        ("5:45 AM PST 11/19/2019 by Lena Brandt", ["Lena Brandt"]),
        ("Monday November 18, 2019 7:45 am PST by Tom Weller", ["Tom Weller"]),
        ("1.11.23 20:19 von Anna Beck Lesezeit: 4 Min.", ["Anna Beck"]),
        ("Gepostet von Anna Beck | Wohnen", ["Anna Beck"]),
        ("Von Anna Beck // 1. November 2023", ["Anna Beck"]),
    ],
)
def test_a_byline_after_or_before_a_date_on_its_line(line: str, names: list[str]) -> None:
    fur = furniture()
    assert byline_names(line, fur) == names
    assert byline_score(line, fur, dated=False) == 1.0


def test_words_between_the_date_and_von_make_no_byline() -> None:
    fur = furniture()
    # an event's time, a concert "von" its performer: no byline after the date
    assert byline_names("12.03.2024 von 10 bis 12 Uhr", fur) == []
    assert byline_score("12.03.2024 Konzert von Anna Beck", fur, dated=False) < 1.0
    assert parse_authors("Lesezeit: 4 Min.") == []


def test_a_date_line_that_ends_in_von_takes_the_names_below() -> None:
    parts = [*MENU, HEADLINE, "21.01.2022 11:46 von", "Jan Ott", *PARAGRAPHS, *FOOTER]
    a = _analyse(parts, HEAD)
    assert a.meta.authors == ["Jan Ott"]
    assert a.meta.published == datetime(2022, 1, 21, 11, 46)
    bylines = [a.text[b.start : b.end] for b in a.blocks_of(BlockKind.BYLINE)]
    assert bylines == ["21.01.2022 11:46 von", "Jan Ott"]
    assert date_score("21.01.2022 11:46 von") >= 0.7


def test_a_date_then_by_line_below_the_headline() -> None:
    parts = [*MENU, HEADLINE, "11/19/2019 by Lena Brandt", *PARAGRAPHS, *FOOTER]
    a = _analyse(parts, HEAD)
    assert a.meta.authors == ["Lena Brandt"]
    assert a.meta.published == datetime(2019, 11, 19)


def test_a_date_below_the_article_when_none_stands_by_the_headline() -> None:
    tags = ["Radverkehr", "Stadtrat", "Verkehrswende"]
    parts = [*MENU, HEADLINE, *PARAGRAPHS, "Teilen:", "*", "20:34 17.04.2020", *tags, *FOOTER]
    a = _analyse(parts, HEAD)
    assert a.meta.published == datetime(2020, 4, 17)
    # a date by the headline wins over one below the article
    parts = [*MENU, HEADLINE, "22.04.2024", *PARAGRAPHS, "20:34 17.04.2020", *FOOTER]
    assert _analyse(parts, HEAD).meta.published == datetime(2024, 4, 22)
    # a teaser list's date further down is not the article's
    far = [*MENU, HEADLINE, *PARAGRAPHS, *tags, "Mehr zum Thema", "17.04.2020", *FOOTER]
    assert _analyse(far, HEAD).meta.published is None


def test_a_short_line_far_above_the_byline_is_no_headline() -> None:
    # the model's headline is a section's name at the page's top; the byline and date stand
    # by the article's own headline further down
    section = "IT Sicherheit"
    menu = ["Datenschutz und Malware", "Krypto", "Blockchain", "Szene", "Warez Listen"]
    parts = [section, *menu, HEADLINE, "1.11.23 20:19 von Anna Beck", *PARAGRAPHS, *FOOTER]
    a = _analyse(parts, {section: {"B": 0.1, "H": 0.8, "O": 0.1}})
    assert a.headline is not None and a.headline.text == HEADLINE
    assert a.meta.authors == ["Anna Beck"]


def test_how_far_apart_a_headline_may_stand_from_its_byline() -> None:
    from newsprobe.layout.lines import split_lines
    from newsprobe.layout.page_meta import apart

    def lines_of(head: str, between: int) -> list:  # type: ignore[type-arg]
        return split_lines("\n".join([head, *["Teilen"] * between, "Von Anna Beck"]))

    short, long = "IT Sicherheit", "Wer mit dem Rad zur Arbeit fährt, lebt nach Studien länger"
    assert not apart(lines_of(short, 5), 0, 6)
    assert apart(lines_of(short, 6), 0, 7)
    assert not apart(lines_of(long, 8), 0, 9)  # a long headline above a teaser and a share bar
    assert apart(lines_of(long, 9), 0, 10)
    assert not apart(lines_of(short, 9), None, 10) and not apart(lines_of(short, 9), 10, 10)


def test_a_caption_with_its_credit_run_on_is_no_headline() -> None:
    caption = "Radfahrer warten am Montag an der Kreuzung am Hafen. - Copyright Anna Beck"
    credit = "Copyright 2024 Anna Beck. All rights reserved"
    short = "Radweg kommt im Frühjahr"  # typed the caption's kicker by the model's choice
    for head in (HEADLINE, short):
        parts = [*MENU, head, caption, credit, "Von Jan Ott", "22.04.2024", *PARAGRAPHS]
        a = _analyse(parts, {caption: {"B": 0.1, "H": 0.8, "O": 0.1}})
        assert a.headline is not None and a.headline.text == head
        assert a.meta.authors == ["Jan Ott"]


def test_the_date_beside_a_copy_of_the_headline_in_a_list() -> None:
    other = "Hafen bekommt eine neue Fähre für Pendler"
    latest = ["Neueste Artikel", other, "19 April, 2024", HEADLINE, "20 April, 2024"]
    body = PARAGRAPHS * 5  # the list stands beyond the lines read around the headline
    parts = [*MENU, HEADLINE, "Published: 5 hours ago", *body, *latest, *FOOTER]
    a = _analyse(parts, HEAD)
    assert a.meta.published == datetime(2024, 4, 20)
    # without the headline's copy, the list's dates are other articles'
    latest = ["Neueste Artikel", other, "19 April, 2024"]
    a = _analyse([*MENU, HEADLINE, *body, *latest, *FOOTER], HEAD)
    assert a.meta.published is None
