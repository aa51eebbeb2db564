"""The HTML pages: Analyse, Articles, Article, Search, Entities, Entity, Speakers, Outlets, API.

Each page reads through :class:`newsprobe.corpus.api.Corpus` and renders a template; pages with
a filter form return only their results fragment when htmx asks (``HX-Request``), and work as
plain forms and links without JavaScript.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response

from newsprobe.corpus.api import Corpus
from newsprobe.model import Analysis, Status
from newsprobe.read import InputError
from newsprobe.report.html import metadata_rows
from newsprobe.store.filters import ArticleFilter, Page, QuoteFilter
from newsprobe.store.rows import InputRow, OutletSourcing, QuoteRow
from newsprobe.web.analyse import (
    LANGS,
    AnalyseError,
    AnalysisFailed,
    analyse,
    read_submission,
    store,
)
from newsprobe.web.article_view import build_view
from newsprobe.web.charts import Bar, Segment, TimePoint, bar_rows, stacked_bar, timeline
from newsprobe.web.deps import found, listing, read_corpus
from newsprobe.web.render import is_partial, page
from newsprobe.web.security import REPORT_CSP

__all__ = ["router"]

router = APIRouter(include_in_schema=False)
CorpusDep = Annotated[Corpus, Depends(read_corpus)]
Text = Annotated[str | None, Query(max_length=500)]
PAGE_SIZE = 25
#: Statements per page of the Speakers page (grouped by speaker within the page).
QUOTE_PAGE_SIZE = 200
#: Articles listed on an entity page (the rest through search).
ENTITY_ARTICLES = 50


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def article_filter(
    outlet: Text = None,
    language: Text = None,
    since: Text = None,
    until: Text = None,
    genre: Text = None,
) -> ArticleFilter:
    """The article filter form's fields (blank fields: no filter)."""
    return ArticleFilter(
        _clean(outlet), _clean(language), _clean(since), _clean(until), _clean(genre)
    )


def quote_filter(
    speaker: Text = None,
    about: Text = None,
    outlet: Text = None,
    since: Text = None,
    until: Text = None,
    genre: Text = None,
) -> QuoteFilter:
    """The statement filter form's fields (blank fields: no filter)."""
    return QuoteFilter(
        _clean(speaker),
        _clean(about),
        _clean(outlet),
        since=_clean(since),
        until=_clean(until),
        genre=_clean(genre),
    )


ArticleWhere = Annotated[ArticleFilter, Depends(article_filter)]
QuoteWhere = Annotated[QuoteFilter, Depends(quote_filter)]
PageNo = Annotated[int, Query(alias="page", ge=1, le=100_000)]


# -- home ------------------------------------------------------------------------------------
@router.get("/")
def home(request: Request, corpus: CorpusDep) -> Response:
    stats = corpus.stats()
    return page(
        request,
        "home.html.j2",
        stats=stats,
        recent=corpus.articles(limit=10),
        entities=corpus.entities(top=12),
    )


# -- analyse ---------------------------------------------------------------------------------
@router.get("/analyse")
def analyse_form(request: Request) -> Response:
    return page(
        request,
        "analyse.html.j2",
        error=None,
        langs=LANGS,
        lang="auto",
        text="",
        store=False,
        max_upload=request.app.state.settings.max_upload,
    )


@router.post("/analyse")
async def analyse_submit(request: Request) -> Response:
    settings = request.app.state.settings
    form: dict[str, Any] = {"langs": LANGS, "max_upload": settings.max_upload}
    try:
        sub = await read_submission(request, max_bytes=settings.max_upload)
    except AnalyseError as exc:
        return page(
            request,
            "analyse.html.j2",
            status=400,
            error=str(exc),
            lang="auto",
            text="",
            store=False,
            **form,
        )
    pasted = "" if sub.name else sub.data.decode("utf-8", "replace")
    try:
        analysis = await run_in_threadpool(
            analyse, sub, max_bytes=settings.max_upload, worker=request.app.state.analyser
        )
    except (InputError, AnalysisFailed) as exc:
        return page(
            request,
            "analyse.html.j2",
            status=400 if isinstance(exc, InputError) else 503,
            error=str(exc),
            lang=sub.lang,
            text=pasted,
            store=sub.store,
            **form,
        )
    if sub.store and analysis.status is Status.OK:
        result = await run_in_threadpool(store, analysis, settings.db, name=sub.name)
        stored = "new" if result.added else "duplicate"
        return RedirectResponse(f"/articles/{result.article_id}?stored={stored}", 303)
    return page(
        request,
        "article.html.j2",
        **_article_context(analysis, None),
        **_copies([]),
        stored=None,
        unsaved=True,
        store_refused=sub.store,
    )


# -- paging ----------------------------------------------------------------------------------
def _listing(
    corpus: Corpus,
    where: ArticleFilter | QuoteFilter,
    page_no: int,
    size: int,
    count: Callable[[Any], int],
    fetch: Callable[..., list[Any]],
) -> tuple[list[Any], dict[str, Any]]:
    """The rows of page ``page_no`` of a filtered list (``fetch``; ``count`` counts them all)
    and what every such page shows around them: the count, the pager, the filter form's
    values and the outlet names it suggests."""
    rows, total = listing(where, Page(size, (page_no - 1) * size), fetch, count)
    return rows, {
        "total": total,
        "pager": Pager.of(page_no, total, size),
        "filters": _form_values(where),
        "outlets": sorted(corpus.stats().outlets),
    }


def _form_values(where: ArticleFilter | QuoteFilter) -> dict[str, Any]:
    names = ("speaker", "about", "outlet", "since", "until", "genre")
    if isinstance(where, ArticleFilter):
        names = ("outlet", "language", "since", "until", "genre")
    return {name: getattr(where, name) for name in names}


@dataclass(frozen=True)
class Pager:
    """Where a page is among all pages of a result: "page X of Y" and its neighbours."""

    number: int
    pages: int
    first: int  # 1-based position of the page's first row (0 when the page is empty)
    last: int

    @classmethod
    def of(cls, number: int, total: int, size: int) -> Pager:
        pages = max(1, -(-total // size))
        first = (number - 1) * size + 1
        if first > total:
            return cls(number, pages, 0, 0)
        return cls(number, pages, first, min(total, number * size))

    @property
    def previous(self) -> int | None:
        return min(self.number - 1, self.pages) if self.number > 1 else None

    @property
    def next(self) -> int | None:
        return self.number + 1 if self.number < self.pages else None


# -- articles --------------------------------------------------------------------------------
@router.get("/articles")
def article_list(
    request: Request, corpus: CorpusDep, where: ArticleWhere, page_no: PageNo = 1
) -> Response:
    rows, listing = _listing(
        corpus, where, page_no, PAGE_SIZE, corpus.count_articles, corpus.articles
    )
    context = {"rows": rows, **listing}
    template = "_article_rows.html.j2" if is_partial(request) else "articles.html.j2"
    return page(request, template, **context)


def _article_context(analysis: Analysis, article_id: int | None) -> dict[str, Any]:
    meta = analysis.meta
    headline = analysis.headline
    title = meta.title or (headline.text if headline else "") or "Untitled article"
    rows = [
        (label, value)
        for label, value in metadata_rows(analysis)
        if value and label not in ("Title", "Components", "Schema version")
    ]
    return {
        "analysis": analysis,
        "view": build_view(analysis),
        "title": title,
        "meta_rows": rows,
        "article_id": article_id,
        "no_article": analysis.status is not Status.OK,
    }


@router.get("/articles/{article_id}")
def article_page(
    request: Request,
    corpus: CorpusDep,
    article_id: int,
    stored: Annotated[str | None, Query(pattern="^(new|duplicate)$")] = None,
) -> Response:
    analysis = found(corpus.article, article_id, f"no article {article_id} in this corpus")
    return page(
        request,
        "article.html.j2",
        **_article_context(analysis, article_id),
        **_copies(corpus.inputs(article_id)),
        story_id=corpus.story_ids([article_id]).get(article_id),
        stored=stored,
        unsaved=False,
        store_refused=False,
    )


def _copies(inputs: list[InputRow]) -> dict[str, Any]:
    """The inputs behind an article, its duplicates, and the other outlets that carried it."""
    own = next((i.outlet for i in inputs if i.status == "article"), None)
    duplicates = [i for i in inputs if i.status == "duplicate"]
    others = list(dict.fromkeys(i.outlet for i in duplicates if i.outlet and i.outlet != own))
    return {"inputs": inputs, "duplicates": duplicates, "other_outlets": others}


@router.get("/articles/{article_id}/report.html")
def article_report(corpus: CorpusDep, article_id: int) -> Response:
    """The self-contained HTML report as a download (sandboxed by its own CSP)."""
    from newsprobe.report.html import render_html

    analysis = found(corpus.article, article_id, f"no article {article_id} in this corpus")
    return Response(
        render_html(analysis),
        media_type="text/html; charset=utf-8",
        headers={
            "content-security-policy": REPORT_CSP,
            "content-disposition": f'attachment; filename="newsprobe-{article_id}.html"',
        },
    )


# -- search ----------------------------------------------------------------------------------
@router.get("/search")
def search_page(
    request: Request, corpus: CorpusDep, where: ArticleWhere, q: Text = None
) -> Response:
    query = _clean(q)
    hits = corpus.search(query, where, limit=50) if query else None
    context = {
        "q": query or "",
        "filters": _form_values(where),
        "hits": hits,
        "story_of": corpus.story_ids([h.article_id for h in hits]) if hits else {},
        "outlets": sorted(corpus.stats().outlets),
    }
    template = "_search_results.html.j2" if is_partial(request) else "search.html.j2"
    return page(request, template, **context)


# -- entities --------------------------------------------------------------------------------
_TYPES = ("PER", "ORG", "LOC", "MISC")


@router.get("/entities")
def entity_list(
    request: Request,
    corpus: CorpusDep,
    type: Annotated[str | None, Query(pattern="^(PER|ORG|LOC|MISC)?$")] = None,
    top: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> Response:
    rows = corpus.entities(top=top, type=type or None)
    return page(request, "entities.html.j2", rows=rows, type=type or "", types=_TYPES, top=top)


def _day(period: str) -> date | None:
    try:
        return date.fromisoformat(period)
    except ValueError:
        return None


@router.get("/entities/{key:path}")
def entity_page(request: Request, corpus: CorpusDep, key: str) -> Response:
    profile = found(corpus.entity, key, f"no entity {key!r} in this corpus")
    points = [TimePoint(_day(p.period), p.mentions, p.articles) for p in profile.timeline]
    chart = timeline(points, title=f"Mentions of {profile.entity.name} over time")
    articles = corpus.article_rows(profile.articles[:ENTITY_ARTICLES])
    return page(
        request,
        "entity.html.j2",
        profile=profile,
        chart=chart,
        articles=articles,
        undated=sum(p.mentions for p in profile.timeline if _day(p.period) is None),
    )


# -- speakers --------------------------------------------------------------------------------
@dataclass
class SpeakerGroup:
    name: str
    key: str | None
    source_types: list[str] = field(default_factory=list)
    quotes: list[QuoteRow] = field(default_factory=list)


def _group(quotes: list[QuoteRow]) -> list[SpeakerGroup]:
    groups: OrderedDict[str, SpeakerGroup] = OrderedDict()
    for q in quotes:
        name = q.speaker_name or q.speaker or "(no speaker named)"
        ident = q.speaker_key or " ".join(name.lower().split())
        group = groups.setdefault(ident, SpeakerGroup(name=name, key=q.speaker_key))
        group.quotes.append(q)
        if q.source_type and q.source_type not in group.source_types:
            group.source_types.append(q.source_type)
    return sorted(groups.values(), key=lambda g: (-len(g.quotes), g.name.lower()))


@router.get("/speakers")
def speakers_page(
    request: Request, corpus: CorpusDep, where: QuoteWhere, page_no: PageNo = 1
) -> Response:
    quotes, listing = _listing(
        corpus, where, page_no, QUOTE_PAGE_SIZE, corpus.count_quotes, corpus.quotes
    )
    context = {"groups": _group(quotes), "count": len(quotes), **listing}
    if is_partial(request):
        return page(request, "_speaker_results.html.j2", **context)
    top = sorted(
        (e for e in corpus.entities(top=300) if e.quotes_by), key=lambda e: (-e.quotes_by, e.name)
    )[:15]
    return page(request, "speakers.html.j2", top=top, **context)


# -- outlets ---------------------------------------------------------------------------------
def _outlet_charts(rows: list[OutletSourcing]) -> dict[str, Any]:
    profile = [
        (
            r,
            stacked_bar(
                [Segment(k, v, k.replace("_", " ")) for k, v in r.source_types.items()],
                title=f"Source types quoted by {r.outlet}",
                fmt=lambda v: f"{v:.0f} source{'' if v == 1 else 's'}",
            ),
        )
        for r in rows
    ]
    claims = [
        (
            r,
            stacked_bar(
                [Segment(k, v) for k, v in r.claim_shares.items()],
                title=f"Claim status in {r.outlet}",
            ),
        )
        for r in rows
    ]
    anonymous = bar_rows(
        [Bar(r.outlet, r.anonymous_share, f"{r.sources} sources", "anonymous") for r in rows],
        title="Share of unnamed or anonymous sources per outlet",
        max_value=1,
    )
    anon_statements = bar_rows(
        [
            Bar(r.outlet, r.anonymous_statement_share, f"{r.statements} statements", "anonymous")
            for r in rows
        ],
        title="Share of statements resting on unnamed or anonymous sources",
        max_value=1,
    )
    hedging = bar_rows(
        [Bar(r.outlet, r.hedging_rate, f"{r.claims} claims", "hedged") for r in rows],
        title="Hedging rate per outlet (share of hedged claims)",
        max_value=1,
    )
    return {
        "profile": profile,
        "claims": claims,
        "anonymous": anonymous,
        "anon_statements": anon_statements,
        "hedging": hedging,
    }


@router.get("/outlets")
def outlets_page(
    request: Request, corpus: CorpusDep, outlet: Text = None, genre: Text = None
) -> Response:
    rows = corpus.sources(outlet=_clean(outlet), genre=_clean(genre))
    types = sorted({k for r in rows for k in r.source_types})
    statuses = sorted({k for r in rows for k in r.claim_shares})
    return page(
        request,
        "outlets.html.j2",
        rows=rows,
        outlet=_clean(outlet) or "",
        filters={"genre": _clean(genre)},
        types=types,
        statuses=statuses,
        **_outlet_charts(rows),
    )


# -- API overview ----------------------------------------------------------------------------
@router.get("/api")
def api_page(request: Request) -> Response:
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                (p["name"], p.get("in", ""), p.get("description", ""), p.get("required", False))
                for p in op.get("parameters", [])
            ]
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "params": params,
                }
            )
    return page(request, "api.html.j2", endpoints=endpoints, info=spec.get("info", {}))
