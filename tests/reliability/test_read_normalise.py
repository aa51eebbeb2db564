"""Issue 20, cases 4, 6 and 9: text normalisation (surrogates, bidi controls, mixed
encodings, NUL bytes), nested JSON, and files that are not regular files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsprobe.api import analyze_bytes, analyze_path
from newsprobe.read import InputError
from newsprobe.read.decode import decode

ARTICLE = (
    "Stadt plant neue Radwege\n\nDer Stadtrat hat am Dienstag neue Radwege beschlossen. "
    "Bürgermeisterin Anna Weber sagte, die Kosten lägen bei 120.000 Euro."
)


def test_a_lone_surrogate_becomes_a_replacement_character():
    data = json.dumps({"text": ARTICLE + " \udfff Ende."}).encode()  # escaped: "\udfff"
    analysis = analyze_bytes(data, name="a.json")
    assert "\ufffd" in analysis.text and "\udfff" not in analysis.text
    analysis.text.encode("utf-8")  # storable


def test_bidi_controls_are_removed_and_recorded():
    analysis = analyze_bytes((ARTICLE + " \u202eevil\u202c \u2066x\u2069.").encode())
    assert not any(ch in analysis.text for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2069")
    assert any("bidirectional control" in w for w in analysis.warnings)


def test_mixed_utf8_and_cp1252_lines_are_decoded_per_line():
    data = "Grüße aus München\n".encode() + "Schöne Grüße aus Köln\n".encode("cp1252")
    text, encoding = decode(data * 3)
    assert "München" in text and "Köln" in text and "Ã" not in text
    assert encoding == "utf-8+cp1252"
    analysis = analyze_bytes(ARTICLE.encode() + b"\n\n" + "Köln bleibt.".encode("cp1252"))
    assert "Köln" in analysis.text
    assert any("mixed encodings" in w for w in analysis.warnings)


def test_nul_bytes_are_judged_by_count_not_position():
    early = b"\x00" + ARTICLE.encode()
    late = ARTICLE.encode() + b" " * 9000 + b"\x00"
    assert "\x00" not in analyze_bytes(early).text
    assert "\x00" not in analyze_bytes(late).text
    with pytest.raises(InputError, match="binary"):
        analyze_bytes(b"\x00\x01ab" * 500)


def test_deeply_nested_json_is_a_clean_input_error():
    with pytest.raises(InputError, match="nested too deeply"):
        analyze_bytes(b"[" * 100_000 + b"]" * 100_000, name="deep.json")
    with pytest.raises(InputError, match="nested too deeply"):
        analyze_bytes(('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}").encode())


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_symlink_loop_and_fifo_are_named_as_what_they_are(tmp_path: Path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(InputError, match="symbolic link loop"):
        analyze_path(loop)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="named pipe"):
        analyze_path(fifo)


def test_html_nested_deeper_than_libxml2s_limit_keeps_its_article():
    paragraphs = "".join(
        f"<p>Der Stadtrat von Ort {i} hat am Dienstag {i + 3} neue Radwege beschlossen. "
        f"Bürgermeisterin Anna Weber sagte, die Kosten lägen bei {i + 1}20.000 Euro.</p>"
        for i in range(6)
    )
    html = (
        "<html><head><title>Radwege</title></head><body><article><h1>Stadt plant Radwege</h1>"
        + "<div>" * 400
        + paragraphs
        + "</div>" * 400
        + "</article></body></html>"
    )
    analysis = analyze_bytes(html.encode(), name="deep.html")
    assert "Ort 5 hat am Dienstag" in analysis.text
    assert analysis.status.value == "ok", analysis.warnings


def test_the_kept_out_table_of_the_text_report_is_capped():
    from newsprobe.report.text import MAX_REMOVED_ROWS, render_text

    text = ARTICLE + "\n\n" + "\n".join("Teilen" for _ in range(3000))
    analysis = analyze_bytes(text.encode())
    assert len(analysis.removed) > MAX_REMOVED_ROWS
    report = render_text(analysis)
    assert "more (all of them: --format json)" in report
    assert len(report) < 40_000
