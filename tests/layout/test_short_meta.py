"""Byline, date and agency of a short text (no page furniture): stamp lines at its top are
no headline, names beside them are its authors, agencies in a byline are credited; and the
byline and date shapes the whole-page pass reads (a date-led metadata strip, "vom" before a
byline's date)."""

from __future__ import annotations

from datetime import datetime

from test_page_text import _analyse

from newsprobe.api import analyze_text
from newsprobe.layout.metadata import agency_byline, parse_authors, parse_date, split_names
from newsprobe.layout.page_meta import DATE_FIRST, STAMP, date_score
from newsprobe.model import Analysis, BlockKind, Metadata
from page_fixture import FOOTER, MENU, PARAGRAPHS
from page_fixture import HEADLINE as HEADLINE_PAGE

HEADLINE = "Hallenbad wird geschlossen"
BODY = (
    "Die Stadt hat am Montag beschlossen, das alte Hallenbad zu schließen. Der Bürgermeister "
    "sagte, die Kosten für die Sanierung seien zu hoch geworden.\n\n"
    "Die Opposition kritisierte die Entscheidung scharf. Sie will nun Unterschriften sammeln, "
    "um ein Bürgerbegehren gegen die Schließung zu erzwingen.\n"
)


def _short(*top: str, reference: datetime | None = None) -> Analysis:
    text = "\n\n".join([HEADLINE, *top]) + "\n\n" + BODY
    return analyze_text(text, only=["layout"], reference=reference)


def test_a_stamp_line_below_the_headline_is_no_headline() -> None:
    for stamp, day in (
        ("12. März 2024 um 14:05 Uhr", datetime(2024, 3, 12, 14, 5)),
        ("12.03.2024 | 14:05 Uhr", datetime(2024, 3, 12)),
        ("März 12, 2024", datetime(2024, 3, 12)),
    ):
        a = _short(stamp)
        assert a.headline is not None and a.headline.text == HEADLINE, stamp
        assert a.meta.title == HEADLINE, stamp
        assert a.meta.published == day, stamp
        assert not a.blocks_of(BlockKind.KICKER), stamp
        assert [b.kind for b in a.blocks][:2] == [BlockKind.HEADLINE, BlockKind.DATELINE], stamp


def test_a_stamp_above_the_headline_is_no_headline() -> None:
    text = "12.03.2024 | 14:05 Uhr\n\n" + HEADLINE + "\n\n" + BODY
    a = analyze_text(text, only=["layout"])
    assert a.headline is not None and a.headline.text == HEADLINE
    assert a.meta.published is not None and a.meta.published.date().isoformat() == "2024-03-12"


def test_a_relative_stamp_in_a_short_text_dates_it_when_the_reading_time_is_known() -> None:
    read = datetime(2024, 3, 12, 15, 0)
    a = _short("vor 2 Stunden", reference=read)
    assert a.headline is not None and a.headline.text == HEADLINE
    assert a.meta.published is not None and a.meta.published.date() == read.date()
    assert _short("vor 2 Stunden").meta.published is None  # no day without the reading time


def test_names_on_and_beside_a_stamp_are_the_authors() -> None:
    a = _short("Tom Weller 7 hours")
    assert a.headline is not None and a.headline.text == HEADLINE
    assert a.meta.authors == ["Tom Weller"]
    a = _short("Anna Beck\n12.03.2024 14:05")
    assert a.headline is not None and a.headline.text == HEADLINE
    assert a.meta.authors == ["Anna Beck"]
    assert a.meta.published == datetime(2024, 3, 12, 14, 5)


def test_a_name_that_opens_the_text_above_a_stamp_stays_its_headline() -> None:
    a = analyze_text("Angela Merkel\n\n12.03.2024\n\n" + BODY, only=["layout"])
    assert a.headline is not None and a.headline.text == "Angela Merkel"
    assert a.meta.authors == []


def test_a_short_text_without_a_stamp_is_read_as_before() -> None:
    a = _short("Anna Beck und Jan Ott")  # names, no stamp beside them: nothing to anchor
    assert a.meta.authors == []
    assert a.meta.published is None


def test_an_agency_in_a_byline_is_credited() -> None:
    a = _short("Von Anna Beck und Jan Ott | dpa")
    assert a.meta.authors == ["Anna Beck", "Jan Ott"]
    assert a.meta.agency == ["dpa"]
    from newsprobe.layout.metadata import parse_byline

    for line, agency in (
        ("Adam Vidler and AP", ["AP"]),
        ("ROBERT BURNS AP National Security Writer", ["AP"]),
        ("By Tom Weller, Associated Press", ["AP"]),
        ("Von Anna Beck, DPA", ["dpa"]),
        ("Von Anna Beck | Foto: dpa", []),  # the picture's agency, not the text's
        ("By Ida Apfel, who had an ap idea", []),  # words that spell a code are no agency
    ):
        meta = Metadata()
        parse_byline(line, meta)
        assert meta.agency == agency, line


def test_a_date_led_metadata_strip_dates_the_article() -> None:
    strip = "17. Februar 2020 Anna Beck Kommentare 4 Kommentare"
    assert DATE_FIRST <= date_score(strip) < STAMP
    assert date_score("Anna Beck schrieb am 17. Februar 2020 über den Kommentar") < DATE_FIRST
    # a sentence that opens with a date is prose, not a strip
    assert date_score("17. Februar 2020: Die Stadt schließt ihr Bad.") < DATE_FIRST


def test_the_word_before_a_bylines_date_is_no_name() -> None:
    assert parse_authors("Von Jule Radeck vom 3. Februar 2022") == ["Jule Radeck"]
    assert parse_authors("By Anna Beck on March 3, 2024") == ["Anna Beck"]
    assert parse_authors("Von Anna Beck am 3.4.2024") == ["Anna Beck"]
    assert parse_authors("Von Anna Amsel 3.4.2024") == ["Anna Amsel"]


def test_ui_words_and_desks_are_no_names() -> None:
    assert split_names("IGN Staff") == []
    assert split_names("Enlarge Image") == []
    assert split_names("Eric Song") == ["Eric Song"]


def test_an_agency_named_as_the_author_is_credited() -> None:
    assert agency_byline("Von dpa 30.04.2024, 18:58") == ("dpa", True)
    assert agency_byline("Quelle: dpa Sport") == ("dpa", True)
    assert agency_byline("SID") == ("SID", False)
    assert agency_byline("Foto: dpa") is None  # a picture's credit
    assert agency_byline("dpa und AFP berichten übereinstimmend") is None
    assert agency_byline("Von Apa Müller") is None  # a name that spells a code
    a = _short("dpa\n12.03.2024 14:05")  # short text: the agency beside the stamp
    assert a.meta.agency == ["dpa"]
    assert a.headline is not None and a.headline.text == HEADLINE


def test_an_agency_byline_by_a_whole_pages_headline_is_credited() -> None:
    head = {HEADLINE_PAGE: {"B": 0.1, "H": 0.8, "O": 0.1}}
    for top, agency in (
        (["Von dpa 22.04.2024, 18:58"], ["dpa"]),
        (["22.04.2024, 18:58", "dpa"], ["dpa"]),  # alone, beside the date
        (["Quelle: AFP"], ["AFP"]),
        (["dpa"], []),  # alone with no date beside it: as likely a photo credit
    ):
        a = _analyse([*MENU, HEADLINE_PAGE, *top, *PARAGRAPHS, *FOOTER], head)
        assert a.meta.agency == agency, top
        assert a.headline is not None and a.headline.text == HEADLINE_PAGE


def test_english_ordinal_days_are_read() -> None:
    assert parse_date("- Nov. 18th 2019 8:54 am PT") == datetime(2019, 11, 18, 8, 54)
    assert parse_date("Posted on the 3rd of March 2024") == datetime(2024, 3, 3)
    assert parse_date("May 1st, 2024") == datetime(2024, 5, 1)
    assert parse_date("5 of May 2024") is None  # "of" only after an ordinal


def test_a_stamp_below_a_short_texts_teaser_and_caption_is_read() -> None:
    # headline, teaser, caption, a newsletter box, then the stamp and an agency byline
    top = ["Die Stadt will ihr altes Bad schließen.", "Das Hallenbad im Winter. Foto: Anna Beck",
           "Newsletter", "Die wichtigsten Meldungen des Tages.", "Abonnieren",
           "Nov. 20, 2019, 9:28 AM UTC", "By Reuters"]  # fmt: skip
    a = _short(*top)
    assert a.meta.published == datetime(2019, 11, 20, 9, 28)
    assert a.meta.agency == ["Reuters"]


def test_a_desk_or_agency_before_a_job_title_is_no_name() -> None:
    assert split_names("Robert Burns, Ap National Security Writer") == ["Robert Burns"]
    assert parse_authors("By Michael Hiltzik Business Columnist") == ["Michael Hiltzik"]
    assert parse_authors("By Greg Beacham, AP Sports Writer") == ["Greg Beacham"]
    # a surname before the title stays a name
    assert parse_authors("Von Anna Giulia Fink Korrespondentin") == ["Anna Giulia Fink"]


def test_a_section_word_above_a_short_texts_headline_is_its_kicker() -> None:
    a = analyze_text("World\n\n" + HEADLINE + "\n\n" + BODY, only=["layout"])
    assert a.headline is not None and a.headline.text == HEADLINE
    assert [k.text for k in a.blocks_of(BlockKind.KICKER)] == ["World"]
    assert a.meta.title == HEADLINE
    # a word above the article's first sentence is no kicker: the sentence is no headline
    a = analyze_text("Berlin\n\nDie Stadt schließt ihr Bad.\n\n" + BODY, only=["layout"])
    assert a.headline is None or a.headline.text != "Die Stadt schließt ihr Bad."
    # nor above a statement's frame that ends in a colon: it introduces what follows
    a = analyze_text("Politik\n\nDer Minister sagte am Montag:\n\n" + BODY, only=["layout"])
    assert a.headline is None or a.headline.text != "Der Minister sagte am Montag:"
