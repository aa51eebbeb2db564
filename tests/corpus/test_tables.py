"""Tables (CSV/TSV/Parquet) and Common Crawl WET files: one article a row / record."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from warcio.warcwriter import WARCWriter

from newsprobe.corpus.discover import input_format, is_input
from newsprobe.corpus.records import Bad, Record, iter_records
from newsprobe.corpus.tables import Columns

MB = 1024 * 1024
BODY = (
    "Der Gemeinderat von Auenberg hat am Dienstag über den neuen Haushalt beraten. "
    "Die Bürgermeisterin sagte, die Stadt müsse sparen, und kündigte Kürzungen an. "
    "Die Opposition kritisierte die Pläne als unausgewogen und forderte eine Debatte. "
)


def rows(path: Path, columns: Columns | None = None) -> list[Record | Bad]:
    return list(iter_records(path, max_bytes=MB, columns=columns))


def objs(items: list[Record | Bad]) -> list[dict[str, str]]:
    assert all(isinstance(r, Record) for r in items), items
    return [json.loads(r.data) for r in items if isinstance(r, Record)]


def test_csv_with_header_reads_known_columns(tmp_path: Path) -> None:
    p = tmp_path / "a.csv"
    p.write_text(
        'headline,body,published,link\n"Haushalt, beraten",'
        + f'"{BODY}",2024-05-03,https://a.example/1\n'
        f'Zweiter Titel,"{BODY} Zwei.",03.05.2024,https://a.example/2\n',
        encoding="utf-8",
    )
    got = objs(rows(p))
    assert [o["title"] for o in got] == ["Haushalt, beraten", "Zweiter Titel"]
    assert got[0]["text"] == BODY and got[0]["url"] == "https://a.example/1"
    assert got[0]["published"].startswith("2024-05-03") and got[1]["published"].startswith(
        "2024-05-03"
    )


def test_headerless_semicolon_csv_like_10kgnad(tmp_path: Path) -> None:
    p = tmp_path / "gnad.csv"
    p.write_text(
        f"Wirtschaft;'Er sagte: \"Ja\", und ging. {BODY}'\nSport;{BODY} Sport.\nInland;{BODY}\n",
        encoding="utf-8",
    )
    got = objs(rows(p))
    assert len(got) == 3
    assert got[0]["text"].startswith('Er sagte: "Ja", und ging.')
    assert got[1]["text"].endswith("Sport.") and "title" not in got[1]


def test_unclear_columns_fail_with_the_columns_and_options(tmp_path: Path) -> None:
    p = tmp_path / "x.csv"
    p.write_text("a;b\nkurz;auch kurz\n", encoding="utf-8")
    (bad,) = rows(p)
    assert isinstance(bad, Bad)
    assert "'a', 'b'" in bad.reason and "--text-column" in bad.reason
    p.write_text("kurz;auch kurz\nnoch;mehr\n", encoding="utf-8")
    (bad,) = rows(p)
    assert isinstance(bad, Bad) and "2 unnamed columns" in bad.reason


def test_columns_by_option_name_or_number(tmp_path: Path) -> None:
    p = tmp_path / "t.tsv"
    p.write_text(f"id\tinhalt_x\tzeit\n1\t{BODY}\t2024-01-02\n", encoding="utf-8")
    (got,) = objs(rows(p, Columns(text="inhalt_x", date="3")))
    assert got["text"] == BODY and got["published"].startswith("2024-01-02")
    (bad,) = rows(p, Columns(text="nope"))
    assert isinstance(bad, Bad) and "no column 'nope'" in bad.reason


def test_row_without_text_is_a_bad_row(tmp_path: Path) -> None:
    p = tmp_path / "a.csv"
    p.write_text(f"title,text\nA,{BODY}\nB,\n", encoding="utf-8")
    got = rows(p)
    assert isinstance(got[0], Record) and isinstance(got[1], Bad) and got[1].record == 3


def test_parquet(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    p = tmp_path / "a.parquet"
    pq.write_table(pa.table({"title": ["T1", "T2"], "content": [BODY, BODY + "!"], "n": [1, 2]}), p)
    got = objs(rows(p))
    assert [o["title"] for o in got] == ["T1", "T2"] and got[1]["text"].endswith("!")


def write_wet(path: Path) -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warcinfo_record("x.wet.gz", {"software": "test"}))
    for i, text in enumerate([f"Titel {i}\n{BODY}" for i in range(2)] + [""]):
        data = text.encode("utf-8")
        rec = writer.create_warc_record(
            f"https://b.example/{i}",
            "conversion",
            payload=io.BytesIO(data),
            length=len(data),
            warc_content_type="text/plain",
            warc_headers_dict={"WARC-Date": "2024-02-03T04:05:06Z"},
        )
        writer.write_record(rec)
    path.write_bytes(buf.getvalue())


def test_wet_conversion_records_with_url_and_date(tmp_path: Path) -> None:
    p = tmp_path / "CC-MAIN-x.warc.wet.gz"
    write_wet(p)
    assert input_format(p) == "warc" and is_input(p)
    got = rows(p)
    assert isinstance(got[2], Bad) and "no text" in got[2].reason
    first = json.loads(got[0].data)  # type: ignore[union-attr]
    assert first["url"] == "https://b.example/0" and first["crawled"] == "2024-02-03T04:05:06Z"
    assert first["text"].startswith("Titel 0")


def test_wet_record_reads_as_an_article(tmp_path: Path) -> None:
    from newsprobe.read import read_bytes

    p = tmp_path / "a.wet.gz"
    write_wet(p)
    rec = rows(p)[0]
    assert isinstance(rec, Record)
    doc = read_bytes(rec.data, name="a.wet.gz.json")
    assert doc.meta.url == "https://b.example/0"
    assert doc.meta.published is not None and doc.meta.published.year == 2024
    assert any("crawl date" in w for w in doc.warnings)
