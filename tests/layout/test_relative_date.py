"""A publication date from a relative stamp ("vor 2 Stunden", "yesterday at 9:15 pm") and the
time the page was read: only with that time, never over an absolute date on the page."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsprobe import analyze_bytes, analyze_text
from newsprobe.corpus.tables import Columns, iter_csv
from newsprobe.layout.relative_date import from_relative
from newsprobe.model import CRAWL_DATE, CRAWL_WARNING, BlockKind

READ = datetime(2026, 3, 10, 8, 30, 12, tzinfo=UTC)

DE_PAGE = """Startseite
Politik
Wirtschaft
Sport
Kultur

Stadtrat beschließt neuen Radweg an der Hauptstraße

Von Anna Beck
{stamp}

Der Stadtrat hat am Abend mit großer Mehrheit beschlossen, einen neuen Radweg entlang der \
Hauptstraße zu bauen. Die Arbeiten sollen im Frühjahr beginnen und etwa ein Jahr dauern.

Bürgermeister Jan Ott sagte, der Radweg mache die Innenstadt sicherer. Die Opposition \
kritisierte die Kosten von rund zwei Millionen Euro als zu hoch.

Anwohner hatten sich seit Jahren für den Radweg eingesetzt. Eine Bürgerinitiative sammelte \
mehr als dreitausend Unterschriften.

Impressum
Datenschutz
Kontakt
"""

EN_PAGE = """Skip to main content
Sign in
Subscribe
Home
News
Sport
Business
Opinion
Local

Council approves new bike lane on Main Street

By Tom Weller
{stamp}

The city council voted by a large majority on Monday evening to build a new bike lane along \
Main Street. Work is expected to begin in the spring and to last about a year.

Mayor Jan Ott said the lane would make the city centre safer for everyone. The opposition \
criticised the cost of around two million dollars as far too high.

Residents had campaigned for the bike lane for years. A local group collected more than three \
thousand signatures in support of the plan.

Share this article
Facebook
Twitter
Email

We use cookies to improve your experience. Accept all cookies
Privacy policy
Terms of use
Contact us
"""


@pytest.mark.parametrize(
    ("stamp", "want"),
    [
        ("vor 14 Minuten", datetime(2026, 3, 10, 8, 16, tzinfo=UTC)),
        ("Aktualisiert vor 2 Stunden", datetime(2026, 3, 10, 6, 30, tzinfo=UTC)),
        ("vor einer Stunde", datetime(2026, 3, 10, 7, 30, tzinfo=UTC)),
        ("vor wenigen Minuten", datetime(2026, 3, 10, 8, 30, tzinfo=UTC)),
        ("vor 3 Tagen", datetime(2026, 3, 7, tzinfo=UTC)),
        ("Heute, 12:37 Uhr", datetime(2026, 3, 10, 12, 37, tzinfo=UTC)),
        ("gestern um 9:15", datetime(2026, 3, 9, 9, 15, tzinfo=UTC)),
        ("Updated 5 min ago", datetime(2026, 3, 10, 8, 25, tzinfo=UTC)),
        ("an hour ago", datetime(2026, 3, 10, 7, 30, tzinfo=UTC)),
        ("Tom Weller 7 hours", datetime(2026, 3, 10, 1, 30, tzinfo=UTC)),
        ("2 days ago", datetime(2026, 3, 8, tzinfo=UTC)),
        ("today at 7:05 am", datetime(2026, 3, 10, 7, 5, tzinfo=UTC)),
        ("yesterday at 9:15 pm", datetime(2026, 3, 9, 21, 15, tzinfo=UTC)),
    ],
)
def test_a_relative_stamp_counts_back_from_the_reading_time(stamp: str, want: datetime) -> None:
    assert from_relative(stamp, READ) == want


def test_coarse_or_no_stamps_give_no_date() -> None:
    for text in ("Published 4 months ago", "vor 2 Wochen", "vor einem Jahr", "3 years ago",
                 "vor wenigen Tagen", "Heute wählt die Stadt", "Lesezeit: 2 Min.",
                 "heute um 25:99"):  # fmt: skip
        assert from_relative(text, READ) is None, text


def test_a_german_page_gets_its_date_only_with_a_reading_time() -> None:
    page = DE_PAGE.format(stamp="vor 2 Stunden")
    without = analyze_text(page, only=["layout"])
    assert without.meta.authors == ["Anna Beck"]
    assert without.meta.published is None and without.meta.read_at is None
    got = analyze_text(page, only=["layout"], reference=READ)
    assert got.meta.published == READ.replace(second=0) - timedelta(hours=2)
    assert got.meta.published_from == "relative stamp: vor 2 Stunden"
    assert got.meta.read_at == READ
    assert any("relative stamp 'vor 2 Stunden'" in w for w in got.warnings)


def test_an_english_page_yesterday_is_the_day_before() -> None:
    got = analyze_text(EN_PAGE.format(stamp="yesterday at 9:15 pm"), reference=READ,
                       only=["layout"])  # fmt: skip
    assert got.meta.authors == ["Tom Weller"]
    assert got.meta.published == datetime(2026, 3, 9, 21, 15, tzinfo=UTC)
    assert got.meta.published_from == "relative stamp: yesterday at 9:15 pm"


def test_a_coarse_stamp_gives_no_date_even_with_a_reading_time() -> None:
    got = analyze_text(EN_PAGE.format(stamp="Published 4 months ago"), reference=READ,
                       only=["layout"])  # fmt: skip
    assert got.meta.published is None and got.meta.published_from is None


def test_an_absolute_date_on_the_page_wins() -> None:
    page = DE_PAGE.format(stamp="Veröffentlicht: 09.03.2026, 17:45 Uhr | vor 2 Stunden")
    got = analyze_text(page, only=["layout"], reference=READ)
    assert got.meta.published == datetime(2026, 3, 9, 17, 45)
    assert got.meta.published_from is None


def test_an_html_byline_stamp_counts_back_from_the_reading_time() -> None:
    body = "".join(f"<p>{p}</p>" for p in DE_PAGE.format(stamp="").split("\n\n")[2:5])
    page = (
        "<html><body><article><h1>Stadtrat beschließt neuen Radweg an der Hauptstraße</h1>"
        '<div class="byline"><span class="author">Von Anna Beck</span> {stamp}</div>'
        f"{body}</article></body></html>"
    )
    data = page.format(stamp="vor 2 Stunden").encode()
    got = analyze_bytes(data, name="p.html", only=["layout"], reference=READ)
    assert got.meta.published == datetime(2026, 3, 10, 6, 30, tzinfo=UTC)
    assert got.meta.published_from == "relative stamp: Von Anna Beck vor 2 Stunden"
    assert analyze_bytes(data, name="p.html", only=["layout"]).meta.published is None
    coarse = analyze_bytes(page.format(stamp="vor 2 Wochen").encode(), name="p.html",
                           only=["layout"], reference=READ)  # fmt: skip
    assert coarse.meta.published is None


@pytest.mark.parametrize("stamp", ["vor 2 Stunden", "Aktualisiert: vor 2 Stunden", "2 hours ago"])
def test_a_clean_texts_stamp_line_is_its_date_line(stamp: str) -> None:
    # no menus around the article: the whole-page pass does not run, the lexicon types the line
    clean = "\n".join(DE_PAGE.format(stamp=stamp).splitlines()[6:-4])
    got = analyze_text(clean, only=["layout"], reference=READ)
    assert [b.kind for b in got.blocks[:3]] == [BlockKind.HEADLINE, BlockKind.BYLINE,
                                                BlockKind.DATELINE]  # fmt: skip
    assert got.meta.published == datetime(2026, 3, 10, 6, 30, tzinfo=UTC)
    assert got.meta.published_from == f"relative stamp: {stamp}"


def _record(obj: dict[str, str], reference: datetime | None = None):
    data = json.dumps(obj).encode()
    return analyze_bytes(data, name="r.json", only=["layout"], reference=reference)


def test_a_crawl_date_is_the_reading_time_and_stands_in_last() -> None:
    crawled = "2026-03-10T08:30:12Z"
    # a relative stamp counts back from the crawl date (a WET record's WARC-Date)
    got = _record({"text": DE_PAGE.format(stamp="vor 14 Minuten"), "crawled": crawled})
    assert got.meta.read_at == READ
    assert got.meta.published == datetime(2026, 3, 10, 8, 16, tzinfo=UTC)
    assert got.meta.published_from == "relative stamp: vor 14 Minuten"
    assert CRAWL_WARNING not in got.warnings
    # the page's absolute date replaces the crawl date standing in
    page = DE_PAGE.format(stamp="Veröffentlicht: 09.03.2026, 17:45 Uhr")
    got = _record({"text": page, "crawled": crawled})
    assert got.meta.published == datetime(2026, 3, 9, 17, 45) and got.meta.published_from is None
    assert CRAWL_WARNING not in got.warnings
    # no date on the page: the crawl date stands in, and says so
    got = _record({"text": DE_PAGE.format(stamp=""), "crawled": crawled})
    assert got.meta.published == READ and got.meta.published_from == CRAWL_DATE
    assert CRAWL_WARNING in got.warnings


def test_a_fetched_field_is_the_reading_time_but_no_publication_date() -> None:
    got = _record({"text": DE_PAGE.format(stamp=""), "fetched": "2026-03-10T08:30:12Z"})
    assert got.meta.read_at == READ and got.meta.published is None


def test_the_reference_option_overrides_the_records_own_time() -> None:
    later = READ + timedelta(days=1)
    got = _record({"text": DE_PAGE.format(stamp="gestern um 9:15"), "fetched": "2026-03-10"},
                  reference=later)  # fmt: skip
    assert got.meta.read_at == later
    assert got.meta.published == datetime(2026, 3, 10, 9, 15, tzinfo=UTC)


def test_a_table_fetched_column_reaches_the_record(tmp_path: Path) -> None:
    p = tmp_path / "pages.csv"
    body = DE_PAGE.format(stamp="vor 2 Stunden").replace('"', "")
    p.write_text(f'text,fetched\n"{body}",2026-03-10T08:30:12Z\n', encoding="utf-8")
    ((_, row),) = list(iter_csv(p, Columns(), 1 << 20))
    assert isinstance(row, dict) and row["fetched"].startswith("2026-03-10T08:30:12")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsprobe.cli", *args], capture_output=True,
                          text=True, timeout=120,
                          env={"NO_COLOR": "1", "PATH": "",
                               "PYTHONPATH": os.environ.get("PYTHONPATH", "")})  # fmt: skip


def test_cli_read_at(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(DE_PAGE.format(stamp="vor 2 Stunden"), encoding="utf-8")
    out = _cli("analyze", str(page), "--only", "layout", "-f", "json",
               "--read-at", "2026-03-10T08:30:12Z")  # fmt: skip
    assert out.returncode == 0, out.stderr
    meta = json.loads(out.stdout)["meta"]
    assert meta["published"].startswith("2026-03-10T06:30")
    bad = _cli("analyze", str(page), "--read-at", "last tuesday")
    assert bad.returncode == 2 and "--read-at" in bad.stderr


def test_a_warc_response_record_carries_its_fetch_time(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from newsprobe.corpus.records import Record, iter_records

    p = tmp_path / "crawl.warc.gz"
    with p.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        body = f"<html><body><p>{DE_PAGE.format(stamp='vor 2 Stunden')}</p></body></html>"
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://a.example/1", "response", payload=io.BytesIO(body.encode()),
            http_headers=http, warc_headers_dict={"WARC-Date": "2026-03-10T08:30:12Z"},
        ))  # fmt: skip
    (rec,) = list(iter_records(p, max_bytes=1 << 20))
    assert isinstance(rec, Record) and rec.fetched == "2026-03-10T08:30:12Z"


def test_the_reports_say_where_a_derived_date_came_from() -> None:
    from newsprobe.report import render
    from newsprobe.report.html import metadata_rows

    got = analyze_text(DE_PAGE.format(stamp="vor 2 Stunden"), only=["layout"], reference=READ)
    assert "(relative stamp: vor 2 Stunden)" in " ".join(render(got, "text", color=False).split())
    rows = dict(metadata_rows(got))
    assert rows["Published from"] == "relative stamp: vor 2 Stunden"
    assert rows["Read at"] == READ.isoformat()
