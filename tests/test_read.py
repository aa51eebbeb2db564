"""Input handling: encodings, kinds, and one-line errors for bad input."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from newsprobe import analyze_bytes, analyze_path
from newsprobe.model import InputKind
from newsprobe.read import InputError, read_bytes
from newsprobe.read.source import detect_kind

GERMAN = (
    "Bürgermeisterin: „Straßensperre bleibt“\n\nDie Bürgermeisterin sagte, die Sperre "
    "sei nötig – für Fußgänger gelte sie nicht. Größere Änderungen? Keine.\n"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (GERMAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + GERMAN.encode("utf-8"), "utf-8-sig"),
        (GERMAN.encode("utf-16"), "utf-16"),  # with BOM
        (GERMAN.encode("utf-16-le"), "utf-16-le"),  # without BOM
        (GERMAN.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_decode_to_the_same_text(data: bytes, encoding: str) -> None:
    analysis = analyze_bytes(data, only=["layout"])
    assert analysis.meta.encoding == encoding
    assert analysis.headline is not None
    assert analysis.headline.text == "„Straßensperre bleibt“"
    assert "Fußgänger gelte sie nicht" in analysis.text
    assert "\ufeff" not in analysis.text


def test_crlf_and_invisible_characters_are_normalised() -> None:
    raw = "Titel der Meldung hier\r\n\r\nEin\u200b Absatz mit Text.\r\n"
    analysis = analyze_bytes(raw.encode(), only=["layout"])
    assert "\r" not in analysis.text and "\u200b" not in analysis.text
    assert analysis.text.endswith("Ein Absatz mit Text.")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "input is empty"),
        (b"   \n\n\t  ", "empty"),
        (bytes(range(256)) * 8, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200) + b"IHDR", "binary"),
    ],
)
def test_bad_bytes_give_one_line_errors(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        analyze_bytes(data, name="in.txt")
    assert "\n" not in str(info.value)
    assert str(info.value).startswith("in.txt: ")


def test_directory_missing_and_oversize_paths(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        analyze_path(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        analyze_path(tmp_path / "nope.txt")
    big = tmp_path / "big.txt"
    big.write_text("Wort " * 1000)
    with pytest.raises(InputError, match="over the size limit of 1,000 bytes"):
        analyze_path(big, max_bytes=1000)
    assert analyze_path(big, max_bytes=10_000, only=["layout"]).text


def test_kind_detection() -> None:
    assert detect_kind("<!DOCTYPE html><html><body><p>x</p></body></html>") is InputKind.HTML
    assert detect_kind("plain words < and > signs") is InputKind.TEXT
    assert detect_kind("anything", "page.htm") is InputKind.HTML
    assert detect_kind('{"text": "x"}') is InputKind.JSON


def test_html_page_is_read_with_trafilatura_and_dom(sample_path) -> None:
    analysis = analyze_path(sample_path("en_port.html"), only=["layout"])
    assert analysis.meta.input_kind is InputKind.HTML
    assert analysis.headline is not None
    assert "400 jobs" in analysis.headline.text
    assert analysis.meta.authors == ["Mark Ellison"]
    assert analysis.meta.published is not None and analysis.meta.published.year == 2025
    kinds = {b.kind.value for b in analysis.blocks}
    assert {"headline", "paragraph", "caption"} <= kinds
    assert "cookie" not in analysis.text.lower()


def test_json_article_object() -> None:
    obj = {
        "title": "Hafen im Streik",
        "text": "Die Arbeiter streiken. Das sagte ein Sprecher.",
        "url": "https://example.org/a",
        "published": "2025-06-03T14:20:00Z",
        "outlet": "Ex",
    }
    analysis = analyze_bytes(json.dumps(obj).encode(), name="a.json", only=["layout"])
    assert analysis.meta.input_kind is InputKind.JSON
    assert analysis.meta.url == "https://example.org/a"
    assert analysis.meta.publisher == "Ex"
    assert analysis.headline is not None and analysis.headline.text == "Hafen im Streik"
    with pytest.raises(InputError, match="no 'text' or 'html'"):
        read_bytes(b'{"body": "x"}', name="b.json")
    with pytest.raises(InputError, match="invalid JSON"):
        read_bytes(b'{"text": ', name="c.json")


ARTICLE_HTML = (
    "<html><head><title>Hafen</title></head><body><nav><a href='/'>Start</a> "
    "<a href='/p'>Politik</a></nav><article><h1>Hafenarbeiter streiken in Bremen</h1>"
    + "".join(
        f"<p>Absatz {i}: Die Gewerkschaft teilte mit, der Streik im Hafen dauere bis "
        f"Freitag, die Arbeitgeber seien nicht zu Gesprächen bereit gewesen.</p>"
        for i in range(4)
    )
    + "</article><footer>Impressum Datenschutz</footer></body></html>"
)


def test_html_with_xml_encoding_declaration_is_read() -> None:
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + ARTICLE_HTML
    analysis = analyze_bytes(page.encode("utf-8"), name="p.html", only=["layout"])
    assert analysis.status.value == "ok"
    assert analysis.headline is not None
    assert analysis.headline.text == "Hafenarbeiter streiken in Bremen"
    assert "Gewerkschaft" in analysis.text and "Impressum" not in analysis.text


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><nav><a href='/'>Start</a></nav><footer>Impressum</footer></body></html>",
        ARTICLE_HTML[: len(ARTICLE_HTML) // 8],  # truncated before any paragraph
    ],
)
def test_html_without_article_has_status_no_article_found(page: str) -> None:
    analysis = analyze_bytes(page.encode("utf-8"), name="p.html")
    assert analysis.status.value == "no_article_found"
    assert "Impressum" not in analysis.text and "Gewerkschaft" not in analysis.text
    assert any("no article found" in w or "no main text" in w for w in analysis.warnings)
    analysis.check_spans()


def test_truncated_html_keeps_what_arrived() -> None:
    page = ARTICLE_HTML[: int(len(ARTICLE_HTML) * 0.8)]
    analysis = analyze_bytes(page.encode("utf-8"), name="p.html", only=["layout"])
    assert analysis.status.value == "ok"
    assert "Absatz 0" in analysis.text
