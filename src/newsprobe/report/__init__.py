"""Renderers: read an :class:`~newsprobe.model.Analysis`, never re-analyse."""

from __future__ import annotations

from collections.abc import Callable

from newsprobe.model import Analysis

FORMATS = ("text", "json", "markdown", "html")


def render(analysis: Analysis, fmt: str, *, color: bool = False, timings: bool = False) -> str:
    """Render ``analysis`` as ``text``, ``json``, ``markdown`` or ``html``."""
    if fmt == "json":
        return analysis.to_json() + "\n"
    if fmt == "text":
        from newsprobe.report.text import render_text

        return render_text(analysis, color=color, timings=timings)
    renderers: dict[str, Callable[[Analysis], str]] = {}
    if fmt == "markdown":
        from newsprobe.report.markdown import render_markdown

        renderers[fmt] = render_markdown
    elif fmt == "html":
        from newsprobe.report.html import render_html

        renderers[fmt] = render_html
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return renderers[fmt](analysis)
