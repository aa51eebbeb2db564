"""End to end: crawl records ingested with ``newsprobe ingest`` keep when the page was read
(a WARC/WET record's ``WARC-Date``, a JSON ``fetched`` field, a table's ``crawl_date``
column) and the publication date a relative stamp ("vor 3 Stunden") gives from it; a page's
own absolute date wins over both.  On SQLite, and on PostgreSQL where one is available."""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsprobe import Corpus
from newsprobe.cli import app
from newsprobe.model import CRAWL_DATE
from newsprobe.store.rows import ArticleRow

WARC_DATE = "2025-03-14T12:00:00Z"
READ = datetime(2025, 3, 14, 12, 0)  # as stored: UTC, without zone
THREE_HOURS_EARLIER = datetime(2025, 3, 14, 9, 0)

BODY = (
    "Der Stadtrat von {town} hat am Abend mit großer Mehrheit den Bau eines neuen {what} "
    "beschlossen. Die Arbeiten sollen im Frühjahr beginnen, sagte die Bürgermeisterin nach der "
    "Sitzung im Rathaus.\n\n"
    "Anwohner hatten das Vorhaben seit Jahren gefordert. Die Kosten liegen nach Angaben der "
    "Stadt bei rund 1,2 Millionen Euro, die zur Hälfte das Land trägt."
)


def _body(town: str, what: str) -> str:
    return BODY.format(town=town, what=what)


def html_page(town: str, what: str, stamp: str) -> bytes:
    """A news page: navigation, the article with its byline and date stamp, a footer."""
    paragraphs = "".join(f"<p>{p}</p>" for p in _body(town, what).split("\n\n"))
    return (
        '<!doctype html><html lang="de"><head><meta charset="utf-8">'
        f"<title>{town} baut {what} | Kurier</title></head><body>"
        '<nav><a href="/">Startseite</a> <a href="/politik">Politik</a> '
        '<a href="/sport">Sport</a> <a href="/kultur">Kultur</a></nav>'
        f"<article><h1>{town} beschließt Bau eines neuen {what}</h1>"
        f'<div class="byline"><span class="author">Von Jana Lindner</span> {stamp}</div>'
        f"{paragraphs}</article>"
        '<footer><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a>'
        "</footer></body></html>"
    ).encode()


def wet_text(town: str, what: str, stamp: str) -> str:
    """A page as a WET conversion record holds it: menus, headline, byline, stamp, text."""
    return (
        "Startseite\nPolitik\nWirtschaft\nSport\nKultur\n\n"
        f"{town} beschließt Bau eines neuen {what}\n\nVon Jana Lindner\n{stamp}\n\n"
        f"{_body(town, what)}\n\nImpressum\nDatenschutz\nKontakt\n"
    )


def write_warc(path: Path, records: list[tuple[str, str, bytes]]) -> None:
    """``(type, url, payload)`` records, each with the same WARC-Date; responses are HTML."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for rec_type, url, payload in records:
            http = None
            if rec_type == "response":
                http = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                )
            writer.write_record(
                writer.create_warc_record(
                    url,
                    rec_type,
                    payload=io.BytesIO(payload),
                    length=len(payload),
                    http_headers=http,
                    warc_content_type="text/plain" if rec_type == "conversion" else None,
                    warc_headers_dict={"WARC-Date": WARC_DATE},
                )
            )


def ingest(db: str, *paths: Path) -> None:
    result = CliRunner().invoke(
        app, ["ingest", *map(str, paths), "--db", db, "--workers", "0", "--no-progress"]
    )
    assert result.exit_code == 0, result.output
    assert "0 failed" in result.output, result.output


def by_url(db: str) -> dict[str | None, ArticleRow]:
    with Corpus(db) as corpus:
        assert not corpus.failures()
        return {a.url: a for a in corpus.articles()}


def derived(row: ArticleRow, stamp: str) -> None:
    """``row`` was read at the WARC-Date and published three hours before, from ``stamp``."""
    assert row.read_at == READ
    assert row.published == THREE_HOURS_EARLIER
    assert row.published_from is not None
    assert row.published_from.startswith("relative stamp:") and stamp in row.published_from


def test_warc_response_records(db_location: str, tmp_path: Path) -> None:
    p = tmp_path / "crawl.warc.gz"
    absolute = '<time datetime="2025-03-13T17:45:00+01:00">13.03.2025, 17:45 Uhr</time>'
    pages = [
        ("https://kurier.example/a", html_page("Lindtal", "Radwegs", "vor 3 Stunden")),
        ("https://kurier.example/b", html_page("Auenberg", "Hallenbads", absolute)),
    ]
    write_warc(p, [("response", url, page) for url, page in pages])
    ingest(db_location, p)
    rows = by_url(db_location)
    derived(rows["https://kurier.example/a"], "vor 3 Stunden")
    own = rows["https://kurier.example/b"]
    assert own.read_at == READ  # the WARC-Date is when it was read, not when it was published
    assert own.published == datetime(2025, 3, 13, 16, 45) and own.published_from is None


def test_wet_conversion_records(db_location: str, tmp_path: Path) -> None:
    p = tmp_path / "CC-MAIN-x.warc.wet.gz"
    pages = [
        ("https://kurier.example/c", wet_text("Rosenfeld", "Radwegs", "vor 3 Stunden")),
        ("https://kurier.example/d", wet_text("Kaltbrunn", "Hallenbads", "13.03.2025, 17:45 Uhr")),
        ("https://kurier.example/e", wet_text("Eschweiler", "Spielplatzes", "")),
    ]
    write_warc(p, [("conversion", url, text.encode()) for url, text in pages])
    ingest(db_location, p)
    rows = by_url(db_location)
    derived(rows["https://kurier.example/c"], "vor 3 Stunden")
    own = rows["https://kurier.example/d"]
    assert own.read_at == READ
    assert own.published == datetime(2025, 3, 13, 17, 45) and own.published_from is None
    # no date on the page: the crawl date stands in for it, and says so
    bare = rows["https://kurier.example/e"]
    assert bare.read_at == READ and bare.published == READ
    assert bare.published_from == CRAWL_DATE


def test_jsonl_fetched_field_and_csv_crawl_date_column(db_location: str, tmp_path: Path) -> None:
    jsonl = tmp_path / "pages.jsonl"
    clean = _body("Rosenfeld", "Parkhauses")
    lines = [
        {"url": "https://kurier.example/f", "fetched": WARC_DATE,
         "text": wet_text("Mühlhausen", "Radwegs", "vor 3 Stunden")},
        {"url": "https://kurier.example/g", "fetched": WARC_DATE,
         "text": wet_text("Lindtal", "Spielplatzes", "")},
        # a clean article text (no menus): its stamp line is found all the same
        {"url": "https://kurier.example/i", "fetched": WARC_DATE,
         "text": f"Rosenfeld baut ein Parkhaus\n\nvor 3 Stunden\n\n{clean}"},
    ]  # fmt: skip
    jsonl.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in lines), "utf-8")
    table = tmp_path / "pages.csv"
    text = wet_text("Auenberg", "Parkhauses", "vor 3 Stunden")
    # the same moment as the WARC-Date, written in another zone
    table.write_text(
        f'url,crawl_date,text\nhttps://kurier.example/h,2025-03-14T13:00:00+01:00,"{text}"\n',
        encoding="utf-8",
    )
    ingest(db_location, jsonl, table)
    rows = by_url(db_location)
    derived(rows["https://kurier.example/f"], "vor 3 Stunden")
    derived(rows["https://kurier.example/h"], "vor 3 Stunden")
    derived(rows["https://kurier.example/i"], "vor 3 Stunden")
    # a 'fetched' time is when the page was read, never its publication date
    plain = rows["https://kurier.example/g"]
    assert plain.read_at == READ and plain.published is None and plain.published_from is None
