"""Inline SVG charts: correct geometry, accessible names, escaped labels, no inline styles."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date

from newsprobe.web.charts import Bar, Segment, TimePoint, bar_rows, pct, stacked_bar, timeline

NS = {"s": "http://www.w3.org/2000/svg"}


def svg(markup: str) -> ET.Element:
    return ET.fromstring(markup)  # well-formed XML, or this raises


def test_stacked_bar_widths_add_up_and_label_segments() -> None:
    root = svg(
        stacked_bar(
            [
                Segment("asserted", 0.5),
                Segment("hedged", 0.25),
                Segment("opinion", 0.25),
                Segment("question", 0),
            ],
            title="Claims",
            width=400,
        )
    )
    assert root.get("role") == "img" and root.get("aria-labelledby")
    assert root.find("s:title", NS).text == "Claims"  # type: ignore[union-attr]
    assert "asserted: 50 %" in (root.find("s:desc", NS).text or "")  # type: ignore[union-attr]
    segments = [g for g in root.findall("s:g", NS) if g.get("class", "").startswith("w-seg")]
    assert [g.get("class") for g in segments] == [
        "w-seg c-asserted",
        "w-seg c-hedged",
        "w-seg c-opinion",
    ]  # zero is left out
    assert sum(float(g.find("s:rect", NS).get("width", 0)) for g in segments) == 400  # type: ignore[union-attr]
    # the widest segment carries its name, and a legend names every one: colour is not the
    # only cue
    texts = [t.text or "" for t in root.iter(f"{{{NS['s']}}}text")]
    assert "asserted 50 %" in texts
    keys = [g for g in root.findall("s:g", NS) if g.get("class", "").startswith("w-key")]
    assert [k.find("s:text", NS).text for k in keys] == [  # type: ignore[union-attr]
        "asserted 50 %",
        "hedged 25 %",
        "opinion 25 %",
    ]
    assert float(root.get("viewBox", "").split()[3]) > 30  # room for the legend


def test_stacked_bar_counts_and_empty() -> None:
    root = svg(
        stacked_bar(
            [Segment("official", 3), Segment("anonymous", 1)],
            title="Sources",
            fmt=lambda v: f"{v:.0f} sources",
        )
    )
    tips = [t.text for t in root.findall("s:g/s:title", NS)]
    assert tips == ["official: 3 sources", "anonymous: 1 sources"]
    assert "official 3 sources (75 %)" in [t.text for t in root.iter(f"{{{NS['s']}}}text")]
    empty = svg(stacked_bar([], title="Nothing"))
    assert "no data" in ET.tostring(empty, encoding="unicode")


def test_bar_rows_scale_to_max_value() -> None:
    root = svg(
        bar_rows(
            [Bar("Tagesblatt", 0.5), Bar("Abendpost", 0.25)],
            title="Anonymous",
            max_value=1,
            width=600,
            label_width=190,
        )
    )
    bars = [g.findall("s:rect", NS)[1] for g in root.findall("s:g", NS)]
    span = 600 - 190 - 70
    assert [float(b.get("width", 0)) for b in bars] == [span * 0.5, span * 0.25]
    labels = [t.text for t in root.iter(f"{{{NS['s']}}}text")]
    assert labels == ["Tagesblatt", "50 %", "Abendpost", "25 %"]


def test_timeline_days_and_months() -> None:
    days = svg(
        timeline(
            [
                TimePoint(date(2024, 3, 4), 2, 1),
                TimePoint(date(2024, 3, 6), 4, 2),
                TimePoint(None, 5, 3),
            ],
            title="Putin",
        )
    )
    bars = days.findall("s:g[@class='w-tbar']", NS)
    assert [b.find("s:title", NS).text for b in bars] == [  # type: ignore[union-attr]
        "2024-03-04: 2 mentions in 1 article(s)",
        "2024-03-06: 4 mentions in 2 article(s)",
    ]
    heights = [float(b.find("s:rect", NS).get("height", 0)) for b in bars]  # type: ignore[union-attr]
    assert heights[1] == 2 * heights[0]
    xs = [float(b.find("s:rect", NS).get("x", 0)) for b in bars]  # type: ignore[union-attr]
    assert xs[0] < xs[1]
    assert "5 in undated articles" in (days.find("s:desc", NS).text or "")  # type: ignore[union-attr]
    # more than half a year: months
    months = svg(
        timeline(
            [
                TimePoint(date(2023, 1, 5), 1),
                TimePoint(date(2023, 1, 20), 2),
                TimePoint(date(2024, 2, 1), 3),
            ],
            title="Long",
        )
    )
    tips = [t.text for t in months.findall("s:g/s:title", NS)]
    assert tips == ["2023-01: 3 mentions in 0 article(s)", "2024-02: 3 mentions in 0 article(s)"]
    assert "no dated articles" in ET.tostring(svg(timeline([], title="x")), encoding="unicode")


def test_labels_are_escaped_and_no_inline_style() -> None:
    nasty = '<script>alert(1)</script>" onload="x'
    for markup in (
        stacked_bar([Segment(nasty, 1)], title=nasty),
        bar_rows([Bar(nasty, 0.3)], title=nasty),
        timeline([TimePoint(date(2024, 1, 1), 1)], title=nasty, noun=nasty),
    ):
        text = str(markup)
        assert "<script" not in text and 'onload="' not in text
        assert " style=" not in text
        svg(text)
        # class names derived from keys are reduced to safe characters
        assert all(re.fullmatch(r"[\w -]*", c) for c in re.findall(r'class="([^"]*)"', text))


def test_pct() -> None:
    assert [pct(0), pct(0.05), pct(0.125), pct(1)] == ["0 %", "5.0 %", "12 %", "100 %"]
