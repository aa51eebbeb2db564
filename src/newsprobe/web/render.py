"""Rendering pages: the Jinja2 environment (autoescape always on) and small formatting filters.

Everything from an article or the database reaches a template as plain text and is escaped by
Jinja2; the only pre-built markup (:class:`markupsafe.Markup`) comes from
:mod:`newsprobe.web.article_view`, :mod:`newsprobe.web.charts` and :func:`marked_snippet`,
which escape every piece of text they put in.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from newsprobe.store.rows import SearchHit
from newsprobe.web.charts import pct

__all__ = ["is_partial", "marked_snippet", "page"]


def _day(value: datetime | date | None) -> str:
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d")


def _when(value: datetime | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime) and (value.hour or value.minute):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.strftime("%Y-%m-%d")


def _q(value: Any) -> str:
    """URL path segment quoting (``/`` too)."""
    return quote(str(value), safe="")


def _query(params: dict[str, Any]) -> str:
    """A query string from the non-empty ``params``."""
    return urlencode({k: v for k, v in params.items() if v not in (None, "")})


def _web_url(value: str | None) -> str | None:
    """``value`` if it is an http(s) address (safe as a link target), else None."""
    if not value:
        return None
    try:
        parts = urlsplit(value.strip())
    except ValueError:  # "http://[bad"
        return None
    return value.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _short(text: str | None, limit: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def marked_snippet(hit: SearchHit) -> Markup:
    """The hit's snippet, escaped, with its highlights as ``<mark>``."""
    parts: list[str] = []
    pos = 0
    snippet = hit.snippet
    for start, end in sorted(hit.highlights):
        if not pos <= start <= end <= len(snippet):
            continue
        parts += [
            str(escape(snippet[pos:start])),
            "<mark>",
            str(escape(snippet[start:end])),
            "</mark>",
        ]
        pos = end
    parts.append(str(escape(snippet[pos:])))
    return Markup("".join(parts))


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("newsprobe.web", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        day=_day,
        when=_when,
        q=_q,
        pct=pct,
        short=_short,
        query=_query,
        marked=marked_snippet,
        web_url=_web_url,
    )
    return env


def is_partial(request: Request) -> bool:
    """Whether htmx asked for just the results fragment (not a history restore)."""
    return (
        request.headers.get("hx-request") == "true"
        and request.headers.get("hx-history-restore-request") != "true"
    )


def page(request: Request, template: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    """Render ``template`` with the app's common context (nav, corpus path…)."""
    settings = request.app.state.settings
    html = (
        environment()
        .get_template(template)
        .render(request_path=request.url.path, db_name=settings.db.name, **context)
    )
    response = HTMLResponse(html, status_code=status)
    response.headers["vary"] = "HX-Request"
    response.headers["cache-control"] = "no-store"
    return response
