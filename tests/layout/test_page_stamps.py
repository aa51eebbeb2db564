"""Whole-page date stamps and bylines: relative stamps ("vor 14 Minuten", "Published 4 months
ago"), a year glued to its time, capitalised name particles ("Van Der")."""

from __future__ import annotations

from datetime import datetime

from test_page_text import FURNITURE, _analyse

from newsprobe.layout.lexicon import furniture
from newsprobe.layout.metadata import parse_date, split_names
from newsprobe.layout.page_meta import byline_names, date_score, is_stamp
from page_fixture import FOOTER, HEADLINE, MENU, PARAGRAPHS


def test_a_relative_stamp_is_a_stamp_without_a_day() -> None:
    for stamp in ("Heute, 12:37 Uhr", "Publiziert heute um 09:05 Uhr", "vor 14 Minuten",
                  "Aktualisiert vor 2 Stunden", "Updated 3 hours ago", "yesterday at 9:15 pm",
                  "Published 4 months ago"):  # fmt: skip
        assert date_score(stamp) >= 0.7, stamp
        assert is_stamp(stamp), stamp
        assert parse_date(stamp) is None, stamp  # no day without the day the page was read
    # reading times and figures in a headline are no stamps
    for text in ("Lesezeit: 2 Min.", "5 min read", "Heute wählt die Stadt ihren Rat",
                 "Stadtrat tagt 12 Stunden lang über den neuen Radweg am Fluss"):  # fmt: skip
        assert not is_stamp(text), text


def test_names_beside_a_relative_stamp_are_a_byline() -> None:
    fur = furniture()
    assert byline_names("Lena Brandt | Published 4 months ago", fur) == ["Lena Brandt"]
    assert byline_names("Tom Weller 7 hours", fur) == ["Tom Weller"]
    assert date_score("Lena Brandt | Published 4 months ago") >= 0.7


def test_a_byline_with_a_relative_stamp_is_no_headline() -> None:
    # the model takes the byline line for the headline: it is a stamp, the headline above is
    # found by the lead, and the names are the authors
    byline = "Lena Van Der Berg | Published 4 months ago"
    parts = [*MENU, HEADLINE, byline, *PARAGRAPHS, *FOOTER]
    a = _analyse(parts, {byline: {"B": 0.1, "H": 0.8, "O": 0.1}, HEADLINE: FURNITURE})
    assert a.headline is not None and a.headline.text == HEADLINE
    assert a.meta.authors == ["Lena Van Der Berg"]
    assert a.meta.published is None


def test_a_year_glued_to_its_time_is_read() -> None:
    assert parse_date("Published Fri, Apr 28 20232:23 PM EDT") == datetime(2023, 4, 28, 14, 23)
    assert parse_date("Stand: 12.03.2024, 14:05 Uhr") == datetime(2024, 3, 12, 14, 5)


def test_capitalised_particles_inside_a_name_are_part_of_it() -> None:
    assert split_names("Lena Van Der Berg") == ["Lena Van Der Berg"]
    assert split_names("Marta De Souza und Jan Ott") == ["Marta De Souza", "Jan Ott"]
    # first or last, such a word is no particle: a headline or menu line is no name
    assert split_names("Der Radweg Kommt") == []
    assert split_names("Neues Aus Der") == []


def test_a_stamp_line_has_no_headline_fit() -> None:
    from newsprobe.layout import lines as L
    from newsprobe.layout.lines import split_lines

    fur = furniture()
    for text in ("Published 1 day ago", "Heute, 12:37 Uhr", "22.04.2024, 17:26 Uhr"):
        (line,) = split_lines(text + "\n")
        assert L._headline_fit(line, fur) < 0.5, text
    (line,) = split_lines(HEADLINE + "\n")
    assert L._headline_fit(line, fur) == 1.0


def test_a_byline_in_a_strip_of_metadata_parts() -> None:
    fur = furniture()
    strip = ("Stadt , Verkehr , Nachrichten , Top Thema 1 | Published: 5 hours ago | "
             "Last Updated: 5 hours ago | Written by Lena Brandt")  # fmt: skip
    assert len(strip.split()) > 22  # longer than a byline, but made of short parts
    assert byline_names(strip, fur) == ["Lena Brandt"]
    # one long sentence is no strip
    prose = " ".join(["Der Stadtrat hat lange beraten"] * 5) + " | Written by Lena Brandt"
    assert byline_names(prose, fur) == []


def test_byline_names_end_at_the_sections_and_a_handle() -> None:
    fur = furniture()
    line = "By Tom Weller, in News, Travel, Business · 31 Jan 2025, 20:02 · 0 Comments"
    assert byline_names(line, fur) == ["Tom Weller"]
    assert split_names("Tom Weller@TomWeller") == ["Tom Weller"]
    # an embedded post's signature is no byline: the handle stands apart, in brackets
    assert split_names("— Tom Weller (@TomWeller)") == []


def _headline_of(lines_text: list[str], head_text: str):  # type: ignore[no-untyped-def]
    from newsprobe.layout.lines import split_lines
    from newsprobe.layout.page_meta import echo_kicker
    from newsprobe.model import BlockKind

    lines = split_lines("\n".join(lines_text))
    head = next(i for i, ln in enumerate(lines) if ln.text == head_text)
    lines[head].set(BlockKind.HEADLINE)
    echo_kicker(lines, head)
    return [(p.kind, lines[head].text[p.start - lines[head].content_start :
                                      p.end - lines[head].content_start])
            for p in lines[head].pieces]  # fmt: skip


def test_a_kicker_run_into_the_headline_is_split_where_an_echo_shows() -> None:
    from newsprobe.model import BlockKind

    run = f"Radverkehr in der Stadt {HEADLINE}"
    # a breadcrumb's last item repeats the headline without the kicker
    crumbs = ["1. Startseite", "2. Lokales", f"3. {HEADLINE}"]
    assert _headline_of([*crumbs, run, *PARAGRAPHS], run) == [
        (BlockKind.KICKER, "Radverkehr in der Stadt"),
        (BlockKind.HEADLINE, HEADLINE),
    ]
    # a copy of the whole line with the kicker's colon
    crumbs = ["1. Startseite", f"2. Radverkehr in der Stadt: {HEADLINE}"]
    assert _headline_of([*crumbs, run, *PARAGRAPHS], run)[0][1] == "Radverkehr in der Stadt"
    # no echo, or an echo that starts in lower case inside the line: one headline
    assert len(_headline_of([run, *PARAGRAPHS], run)) == 1
    one = "Die Stadt ist ein guter Ort für Radfahrer am Fluss"
    assert len(_headline_of([one, "Ein guter Ort für Radfahrer am Fluss", *PARAGRAPHS], one)) == 1


def test_the_title_joins_a_kicker_on_the_headline_line_with_a_colon() -> None:
    run = f"Radverkehr in der Stadt {HEADLINE}"
    crumb = f"Lokales > {HEADLINE}"
    parts = [*MENU, crumb, run, "22.04.2024", *PARAGRAPHS, *FOOTER]
    a = _analyse(parts, {run: {"B": 0.1, "H": 0.8, "O": 0.1}})
    assert a.headline is not None and a.headline.text == run  # no echo: the whole line
    crumb = f"> {HEADLINE}"
    parts = [*MENU, crumb, run, "22.04.2024", *PARAGRAPHS, *FOOTER]
    a = _analyse(parts, {run: {"B": 0.1, "H": 0.8, "O": 0.1}})
    assert a.headline is not None and a.headline.text == HEADLINE
    assert a.meta.title == f"Radverkehr in der Stadt: {HEADLINE}"


def test_a_caption_with_a_photograph_credit_is_no_headline() -> None:
    from newsprobe.layout import lines as L
    from newsprobe.layout.lines import split_lines

    text = "The harbour at dawn. Photograph: Tom Weller/Reuters"
    (line,) = split_lines(text + "\n")
    assert L._headline_fit(line, furniture()) < 0.5


def test_austrian_months_and_day_first_dashes_are_dates() -> None:
    # Austrian outlets write "Jänner"/"Feber"; some pages write "17-04-2023" day first
    assert parse_date("Wien, 3. Jänner 2024, 14:30") == datetime(2024, 1, 3, 14, 30)
    assert parse_date("Veröffentlicht am 1. Feber 2021") == datetime(2021, 2, 1)
    assert parse_date("17-04-2023") == datetime(2023, 4, 17)
    assert parse_date("Tel. 030-12-2024") is None  # a number with more digits is no date
    assert is_stamp("3. Jänner 2024, 14:30")
