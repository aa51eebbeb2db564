"""Charts as inline SVG, drawn on the server: no chart library, no script, no inline style.

Every chart is an ``<svg role="img">`` with a ``<title>`` and ``<desc>`` for screen readers and
a ``<title>`` per bar (the hover tooltip); colours come from CSS classes (``c-<key>``) so that
the stylesheet decides them and the CSP needs no inline styles.  Pages show the same figures
as a table next to each chart.  All text is escaped here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from markupsafe import Markup, escape

__all__ = ["Bar", "Segment", "TimePoint", "bar_rows", "pct", "stacked_bar", "timeline"]

_ids = itertools.count(1)
_KEY_RE = re.compile(r"[^a-z0-9_-]+")


def pct(value: float) -> str:
    """A share as a percentage for labels: ``0.125`` → ``12.5 %`` (whole numbers above 10)."""
    p = value * 100
    return f"{p:.0f} %" if p >= 10 or p == 0 else f"{p:.1f} %"


def _key(name: str) -> str:
    return _KEY_RE.sub("-", name.lower()).strip("-") or "other"


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _open(width: int, height: int, title: str, desc: str, css: str) -> tuple[str, list[str]]:
    n = next(_ids)
    tid, did = f"chart-{n}-title", f"chart-{n}-desc"
    head = (
        f'<svg class="w-chart {css}" role="img" viewBox="0 0 {width} {height}" '
        f'preserveAspectRatio="xMinYMin meet" aria-labelledby="{tid} {did}" '
        f'xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{tid}">{escape(title)}</title><desc id="{did}">{escape(desc)}</desc>'
    )
    return head, []


# -- stacked share bar -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Segment:
    """One part of a stacked bar: a category and its share (0…1) or count."""

    key: str
    value: float
    label: str | None = None


def stacked_bar(
    segments: Sequence[Segment],
    *,
    title: str,
    width: int = 600,
    height: int = 30,
    fmt: Callable[[float], str] | None = None,
    legend: bool = True,
) -> Markup:
    """A single 100 % bar split into ``segments`` (values are normalised to their sum).

    Segments wide enough get their share written on them, and a legend below names every
    segment with its value (colour is not the only cue); each has a tooltip too.
    """
    parts = [s for s in segments if s.value > 0]
    total = sum(s.value for s in parts)
    desc = (
        "; ".join(f"{s.label or s.key}: {pct(s.value / total)}" for s in parts)
        if total
        else "no data"
    )
    # legend items flow in rows under the bar
    items: list[tuple[float, float, Segment, str]] = []
    lx, ly, row = 0.0, height + 8.0, 18
    if legend:
        for seg in parts:
            share = seg.value / total
            text = f"{seg.label or seg.key} " + (
                f"{fmt(seg.value)} ({pct(share)})" if fmt else pct(share)
            )
            item_w = 16 + 6.4 * len(text) + 14
            if lx and lx + item_w > width:
                lx, ly = 0.0, ly + row
            items.append((lx, ly, seg, text))
            lx += item_w
    full = int(ly + row) if items else height
    head, out = _open(width, full, title, desc, "w-chart-stack")
    out.append(head)
    mid = f"{height / 2 + 4:.0f}"
    if not total:
        out.append(
            f'<rect class="w-chart-empty" x="0" y="2" width="{width}" height="{height - 4}"/>'
        )
        out.append(f'<text class="w-chart-label" x="8" y="{mid}">no data</text>')
    x = 0.0
    for seg in parts:
        share = seg.value / total
        w = share * width
        name = seg.label or seg.key
        value = fmt(seg.value) if fmt else pct(share)
        out.append(
            f'<g class="w-seg c-{_key(seg.key)}"><title>{escape(name)}: {escape(value)}'
            f'</title><rect x="{_num(x)}" y="2" width="{_num(w)}" '
            f'height="{height - 4}"/>'
        )
        text = f"{name} {pct(share)}"
        if w >= 7.2 * len(text) + 8:
            out.append(
                f'<text class="w-chart-on" x="{_num(x + 5)}" y="{mid}">{escape(text)}</text>'
            )
        elif w >= 7.2 * len(pct(share)) + 6:
            out.append(
                f'<text class="w-chart-on" x="{_num(x + 3)}" y="{mid}">{escape(pct(share))}</text>'
            )
        out.append("</g>")
        x += w
    for ix, iy, seg, text in items:
        out.append(
            f'<g class="w-key c-{_key(seg.key)}"><rect x="{_num(ix)}" y="{_num(iy)}" '
            f'width="11" height="11"/><text class="w-chart-axis" x="{_num(ix + 16)}" '
            f'y="{_num(iy + 10)}">{escape(text)}</text></g>'
        )
    out.append("</svg>")
    return Markup("".join(out))


# -- horizontal bars -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Bar:
    """One labelled bar of :func:`bar_rows`."""

    label: str
    value: float
    note: str = ""
    key: str = "value"


def bar_rows(
    bars: Sequence[Bar],
    *,
    title: str,
    max_value: float | None = None,
    fmt: Callable[[float], str] = pct,
    width: int = 600,
    label_width: int = 190,
    row: int = 26,
) -> Markup:
    """Horizontal bars, one row each: label on the left, bar, value written after the bar."""
    top = max_value if max_value is not None else max((b.value for b in bars), default=0)
    top = top or 1.0
    height = max(row * len(bars), row) + 4
    desc = "; ".join(f"{b.label}: {fmt(b.value)}" for b in bars) or "no data"
    head, out = _open(width, height, title, desc, "w-chart-bars")
    out.append(head)
    span = width - label_width - 70
    if not bars:
        out.append(f'<text class="w-chart-label" x="4" y="{row - 8}">no data</text>')
    for i, b in enumerate(bars):
        y = 2 + i * row
        w = max(0.0, min(b.value / top, 1.0)) * span
        label = b.label if len(b.label) <= 26 else b.label[:25] + "…"
        tip = f"{b.label}: {fmt(b.value)}" + (f" ({b.note})" if b.note else "")
        out.append(f'<g class="w-bar c-{_key(b.key)}"><title>{escape(tip)}</title>')
        out.append(
            f'<text class="w-chart-label" x="{label_width - 8}" y="{y + row / 2 + 3:.0f}" '
            f'text-anchor="end">{escape(label)}</text>'
        )
        out.append(
            f'<rect class="w-bar-track" x="{label_width}" y="{y + 4}" width="{span}" '
            f'height="{row - 10}"/>'
        )
        out.append(f'<rect x="{label_width}" y="{y + 4}" width="{_num(w)}" height="{row - 10}"/>')
        out.append(
            f'<text class="w-chart-label" x="{_num(label_width + w + 6)}" '
            f'y="{y + row / 2 + 3:.0f}">{escape(fmt(b.value))}</text></g>'
        )
    out.append("</svg>")
    return Markup("".join(out))


# -- mentions over time ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TimePoint:
    """A count on one day (``day`` None: undated articles, reported beside the chart)."""

    day: date | None
    value: int
    articles: int = 0


#: A day axis shows at least this many days (a short range is centred in it).
MIN_DAYS = 14
#: Widest bar of the timeline, in chart units.
MAX_BAR = 36.0


def _next(start: date, unit: str) -> date:
    if unit == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start + timedelta(days=1)


def _months_between(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def _bucket(points: Sequence[TimePoint]) -> tuple[list[tuple[date, date, int, int]], str]:
    """Dated points grouped into days, or months when they span more than half a year."""
    dated = sorted((p for p in points if p.day is not None), key=lambda p: p.day or date.min)
    if not dated:
        return [], "day"
    first, last = dated[0].day, dated[-1].day
    assert first is not None and last is not None
    unit = "month" if (last - first).days > 183 else "day"
    buckets: dict[date, list[int]] = {}
    for p in dated:
        assert p.day is not None
        start = p.day.replace(day=1) if unit == "month" else p.day
        acc = buckets.setdefault(start, [0, 0])
        acc[0] += p.value
        acc[1] += p.articles
    out = []
    for start, (value, articles) in sorted(buckets.items()):
        out.append((start, _next(start, unit), value, articles))
    return out, unit


def _ticks(first: date, last: date, unit: str) -> list[date]:
    """At most ~8 readable tick dates between ``first`` and ``last``."""
    if unit == "month":
        months = _months_between(first, last) + 1
        step = max(1, -(-months // 8))
        return [
            date(first.year + (first.month - 1 + k) // 12, (first.month - 1 + k) % 12 + 1, 1)
            for k in range(0, months, step)
        ]
    days = (last - first).days + 1
    step = max(1, -(-days // 8))
    return [first + timedelta(days=k) for k in range(0, days, step)]


def timeline(
    points: Sequence[TimePoint],
    *,
    title: str,
    noun: str = "mentions",
    width: int = 720,
    height: int = 220,
) -> Markup:
    """Bars of ``value`` over time on a date axis (days, or months for long ranges)."""
    buckets, unit = _bucket(points)
    total = sum(b[2] for b in buckets)
    undated = sum(p.value for p in points if p.day is None)
    desc = (
        f"{total} {noun} on {len(buckets)} {unit}(s)"
        + (f", from {buckets[0][0].isoformat()} to {buckets[-1][0].isoformat()}" if buckets else "")
        + (f"; {undated} in undated articles" if undated else "")
    )
    head, out = _open(width, height, title, desc, "w-chart-time")
    out.append(head)
    left, right, top_pad, bottom = 44, 12, 10, 34
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    base = top_pad + plot_h
    if not buckets:
        out.append(
            f'<text class="w-chart-label" x="{left}" y="{base / 2:.0f}">'
            "no dated articles</text></svg>"
        )
        return Markup("".join(out))
    first, last_end = buckets[0][0], buckets[-1][1]
    if unit == "day" and (last_end - first).days < MIN_DAYS:  # a short range: centre it
        pad = MIN_DAYS - (last_end - first).days
        first -= timedelta(days=pad // 2)
        last_end += timedelta(days=pad - pad // 2)
    span_days = max((last_end - first).days, 1)
    top = max(b[2] for b in buckets) or 1
    # y axis: 0, half, max
    for v in sorted({0, top // 2, top}):
        y = base - v / top * plot_h
        out.append(
            f'<line class="w-grid" x1="{left}" x2="{width - right}" y1="{_num(y)}" y2="{_num(y)}"/>'
        )
        out.append(
            f'<text class="w-chart-axis" x="{left - 6}" y="{_num(y + 4)}" '
            f'text-anchor="end">{v}</text>'
        )
    for start, end, value, articles in buckets:
        slot = (end - start).days / span_days * plot_w
        w = min(max(slot - 1.5, 2.0), MAX_BAR)
        x = left + (start - first).days / span_days * plot_w + (slot - w) / 2
        h = value / top * plot_h
        when = start.strftime("%Y-%m") if unit == "month" else start.isoformat()
        tip = f"{when}: {value} {noun} in {articles} article(s)"
        out.append(
            f'<g class="w-tbar"><title>{escape(tip)}</title><rect x="{_num(x)}" '
            f'y="{_num(base - h)}" width="{_num(w)}" height="{_num(h)}"/></g>'
        )
    out.append(f'<line class="w-axis" x1="{left}" x2="{width - right}" y1="{base}" y2="{base}"/>')
    last_day = last_end - timedelta(days=1)
    for tick in _ticks(first, last_day, unit):
        slot = ((_next(tick, unit) - tick).days / span_days * plot_w) / 2
        x = left + (tick - first).days / span_days * plot_w + slot
        label = tick.strftime("%Y-%m") if unit == "month" else tick.strftime("%d.%m.%y")
        out.append(
            f'<line class="w-axis" x1="{_num(x)}" x2="{_num(x)}" y1="{base}" '
            f'y2="{base + 4}"/><text class="w-chart-axis" x="{_num(x)}" '
            f'y="{base + 18}" text-anchor="middle">{label}</text>'
        )
    out.append("</svg>")
    return Markup("".join(out))
