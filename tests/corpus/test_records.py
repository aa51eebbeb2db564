"""Reading input files into records: every record or a Bad with offset and reason."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsprobe.corpus.discover import discover, input_format
from newsprobe.corpus.records import Bad, Record, iter_records

MB = 1024 * 1024


def records(path: Path, max_bytes: int = MB) -> list[Record | Bad]:
    return list(iter_records(path, max_bytes=max_bytes))


def article(i: int) -> dict[str, str]:
    return {
        "text": f"Meldung {i}\n\nDie Stadt Auenberg baut {i} neue Brücken.",
        "outlet": "Testblatt",
    }


def page(i: int) -> bytes:
    return (
        f"<html><head><title>Seite {i}</title></head><body><article><h1>Überschrift {i}"
        f"</h1><p>Der Gemeinderat von Auenberg hat am Dienstag {i} Anträge beraten und "
        "die meisten davon abgelehnt.</p></article></body></html>"
    ).encode()


def write_warc(path: Path, n: int, *, gz: bool = True, extra: bool = True) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i in range(n):
        body = page(i)
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                f"https://example.org/{i}",
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=headers,
            )
        )
        if extra and i == 0:  # not articles: a redirect and an image
            for status, ctype in (("301 Moved", "text/html"), ("200 OK", "image/png")):
                h = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
                writer.write_record(
                    writer.create_warc_record(
                        "https://example.org/x",
                        "response",
                        payload=io.BytesIO(b"xx"),
                        length=2,
                        http_headers=h,
                    )
                )
    path.write_bytes(buf.getvalue())
    return buf.getvalue()


def test_jsonl_offsets_line_numbers_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps(article(0)),
        "",
        "{not json",
        json.dumps([1, 2]),
        json.dumps(article(1), ensure_ascii=False),
        "   ",
        json.dumps({"x": 1}),
    ]
    path = tmp_path / "a.jsonl"
    data = "\n".join(lines).encode("utf-8")
    path.write_bytes(data)
    got = records(path)
    assert [type(r).__name__ for r in got] == ["Record", "Bad", "Bad", "Record", "Record"]
    good = [r for r in got if isinstance(r, Record)]
    for r in good:
        assert data[r.offset :].startswith(r.data)  # offsets are byte offsets of the line
    assert [r.record for r in got] == [1, 3, 4, 5, 7]
    assert "not valid JSON" in got[1].reason and "JSON list" in got[2].reason
    # a JSON object without text is still a record: the reader names the missing field
    assert json.loads(good[-1].data) == {"x": 1}


def test_oversize_line_is_skipped_and_reading_goes_on(tmp_path: Path) -> None:
    big = json.dumps({"text": "x" * 5000})
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join([json.dumps(article(0)), big, json.dumps(article(1))]) + "\n")
    got = records(path, max_bytes=1000)
    assert [type(r).__name__ for r in got] == ["Record", "Bad", "Record"]
    assert "over the size limit" in got[1].reason and got[1].record == 2
    assert json.loads(got[2].data)["text"].startswith("Meldung 1")


def test_truncated_gzip_keeps_what_was_readable(tmp_path: Path) -> None:
    text = "\n".join(json.dumps(article(i)) for i in range(200)).encode()
    packed = gzip.compress(text)
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])
    got = records(path)
    assert isinstance(got[-1], Bad) and "truncated or corrupt gzip" in got[-1].reason
    assert all(isinstance(r, Record) for r in got[:-1]) and len(got) > 1
    wrong = tmp_path / "b.jsonl.gz"
    wrong.write_bytes(text)  # not gzip at all
    [bad] = records(wrong)
    assert isinstance(bad, Bad) and bad.offset == 0


def test_json_object_array_and_errors(tmp_path: Path) -> None:
    obj = tmp_path / "one.json"
    obj.write_text(json.dumps(article(0)))
    [r] = records(obj)
    assert isinstance(r, Record) and r.kind == "json" and r.offset == 0 and r.record is None
    arr = tmp_path / "many.json"
    arr.write_text(json.dumps([article(0), "oops", article(1)]))
    got = records(arr)
    assert [type(x).__name__ for x in got] == ["Record", "Bad", "Record"]
    assert [x.record for x in got] == [1, 2, 3]
    broken = tmp_path / "broken.json"
    broken.write_text('{"text": "abc"')
    [bad] = records(broken)
    assert isinstance(bad, Bad) and "invalid JSON" in bad.reason


def test_empty_oversize_and_plain_files(tmp_path: Path) -> None:
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    assert [b.reason for b in records(empty)] == ["empty file"]  # type: ignore[union-attr]
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    [bad] = records(big, max_bytes=1000)
    assert isinstance(bad, Bad) and "over the size limit" in bad.reason
    txt = tmp_path / "ok.txt"
    txt.write_bytes(b"Titel\n\nText.")
    [rec] = records(txt)
    assert isinstance(rec, Record) and rec.kind == "file" and rec.data == b"Titel\n\nText."


def test_warc_responses_become_records(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    data = write_warc(path, 3)
    got = records(path)
    assert all(isinstance(r, Record) for r in got) and len(got) == 3  # redirect, image skipped
    assert [r.url for r in got] == [f"https://example.org/{i}" for i in range(3)]
    assert got[1].data == page(1) and got[0].kind == "html"
    # offsets point at the gzip member of each record
    for r in got:
        assert (
            gzip.decompress(data[r.offset :])[:8] == b"WARC/1.0"
            or data[r.offset : r.offset + 2] == b"\x1f\x8b"
        )


def test_truncated_warc_reports_the_damage(tmp_path: Path) -> None:
    for gz in (True, False):
        path = tmp_path / ("t.warc.gz" if gz else "t.warc")
        data = write_warc(path, 4, gz=gz, extra=False)
        path.write_bytes(data[: len(data) - 150])
        got = records(path)
        good = [r for r in got if isinstance(r, Record)]
        bad = [r for r in got if isinstance(r, Bad)]
        assert len(good) == 3 and len(bad) == 1, (gz, got)
        assert "truncated" in bad[0].reason and bad[0].offset > 0
    garbage = tmp_path / "g.warc"
    garbage.write_bytes(b"this is not a warc file\n\n")
    [bad] = records(garbage)
    assert isinstance(bad, Bad) and "not a readable WARC" in bad.reason


def test_discover_folders_globs_and_missing(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    for name in (
        "a/x.txt",
        "a/b/y.html",
        "a/b/z.jsonl",
        "a/notes.md",
        ".hidden/h.txt",
        "w.warc.gz",
    ):
        (tmp_path / name).write_text("x")
    files, missing = discover(
        [
            str(tmp_path / "a"),
            str(tmp_path / "*.warc.gz"),
            str(tmp_path / "a" / "x.txt"),
            str(tmp_path / "nope"),
            str(tmp_path / "*.none"),
        ]
    )
    names = [f.relative_to(tmp_path).as_posix() for f in files]
    assert names == ["a/x.txt", "a/b/y.html", "a/b/z.jsonl", "w.warc.gz"]
    assert [m.reason for m in missing] == ["no such file or folder", "no files match this pattern"]
    # an explicitly named file is read whatever its suffix
    files, _ = discover([str(tmp_path / "a" / "notes.md")])
    assert len(files) == 1
    assert [input_format(n) for n in ("a.JSONL.gz", "b.warc", "c.json", "d.htm")] == [
        "jsonl",
        "warc",
        "json",
        "file",
    ]


def test_warc_cut_inside_the_http_headers_is_reported_not_skipped(tmp_path: Path) -> None:
    # A cut inside the last record's header block can leave a content type that no longer
    # reads as HTML ("text/ht"): the record is damaged, not an image to skip.
    path = tmp_path / "t.warc"
    data = write_warc(path, 4, gz=False, extra=False)
    last = data.rindex(b"WARC/1.0")
    cut = data.index(b"text/ht", data.index(b"Content-Type", data.index(b"HTTP/1.", last))) + 7
    path.write_bytes(data[:cut])
    got = records(path)
    good = [r for r in got if isinstance(r, Record)]
    bad = [r for r in got if isinstance(r, Bad)]
    assert len(good) == 3 and len(bad) == 1, got
    assert "truncated" in bad[0].reason and bad[0].offset == last
