"""The JSON API (``/api/…``, documented at ``/api/openapi.json``): the same :class:`Corpus`
queries the pages and the CLI use, and analysis through :func:`newsprobe.api.analyze_bytes`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Body, Depends, HTTPException, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from newsprobe.corpus.api import Corpus
from newsprobe.model import Analysis
from newsprobe.read import InputError
from newsprobe.store.filters import ArticleFilter, Page, QuoteFilter
from newsprobe.store.filters import Genre as GenreChoice
from newsprobe.store.rows import (
    ArticleRow,
    CorpusStats,
    EntityProfile,
    EntityRow,
    FailureRow,
    InputRow,
    OutletSourcing,
    QuoteRow,
    SearchHit,
)
from newsprobe.web.analyse import AnalysisFailed, Submission, analyse, clean_name, store
from newsprobe.web.deps import found, listing, read_corpus

__all__ = ["AnalyzeRequest", "AnalyzeResponse", "router"]

#: The largest id, limit or offset SQLite stores (a larger one is a 422, never a 500).
MAX_INT = 2**63 - 1

router = APIRouter(prefix="/api", tags=["api"])
CorpusDep = Annotated[Corpus, Depends(read_corpus)]
Outlet = Annotated[str | None, Query(description="Outlet name (case-insensitive substring).")]
Language = Annotated[str | None, Query(description="ISO 639-1 language code, e.g. de.")]
Since = Annotated[str | None, Query(description="Published on or after (ISO date).")]
Until = Annotated[str | None, Query(description="Published on or before (ISO date, inclusive).")]
Genre = Annotated[
    GenreChoice | None,
    Query(description="opinion: only commentary and editorials; news: leave them out."),
]


def article_filter(
    outlet: Outlet = None,
    language: Language = None,
    since: Since = None,
    until: Until = None,
    genre: Genre = None,
) -> ArticleFilter:
    return ArticleFilter(outlet, language, since, until, genre)


def quote_filter(
    speaker: Annotated[str | None, Query(description="Speaker name, alias or key.")] = None,
    about: Annotated[str | None, Query(description="Entity named in the message.")] = None,
    outlet: Outlet = None,
    article: Annotated[int | None, Query(ge=0, le=MAX_INT)] = None,
    since: Since = None,
    until: Until = None,
    genre: Genre = None,
) -> QuoteFilter:
    return QuoteFilter(speaker, about, outlet, article, since, until, genre=genre)


ArticleWhere = Annotated[ArticleFilter, Depends(article_filter)]
QuoteWhere = Annotated[QuoteFilter, Depends(quote_filter)]
Lang = Literal["auto", "de", "en"]


class AnalyzeRequest(BaseModel):
    """An article to analyse: plain text, an HTML page or a JSON article object as text."""

    text: str = Field(description="The article (plain text, HTML or a JSON article object).")
    name: str | None = Field(default=None, description="File name, used as a kind hint.")
    lang: Lang = "auto"
    store: bool = Field(default=False, description="Also add it to the corpus.")


class AnalyzeResponse(BaseModel):
    """The full analysis, and where it was stored if ``store`` was asked for."""

    article_id: int | None = Field(default=None, description="Corpus id when stored.")
    added: bool | None = Field(
        default=None,
        description="False: the same text was stored before (article_id is that article).",
    )
    analysis: Analysis


async def _analyse(request: Request, sub: Submission) -> AnalyzeResponse:
    settings = request.app.state.settings
    try:
        analysis = await run_in_threadpool(
            analyse, sub, max_bytes=settings.max_upload, worker=request.app.state.analyser
        )
    except InputError as exc:
        raise HTTPException(400, str(exc)) from None
    except AnalysisFailed as exc:
        raise HTTPException(503, str(exc)) from None
    if not sub.store:
        return AnalyzeResponse(analysis=analysis)
    result = await run_in_threadpool(store, analysis, settings.db, name=sub.name)
    return AnalyzeResponse(article_id=result.article_id, added=result.added, analysis=analysis)


@router.post("/analyze", summary="Analyse an article (JSON)")
async def analyze_json(request: Request, body: AnalyzeRequest) -> AnalyzeResponse:
    """Run the full pipeline on the text; with ``store`` also add it to the corpus."""
    data = body.text.encode("utf-8")
    return await _analyse(
        request, Submission(data=data, name=clean_name(body.name), lang=body.lang, store=body.store)
    )


@router.post("/analyze/raw", summary="Analyse an uploaded file (raw bytes)")
async def analyze_raw(
    request: Request,
    data: Annotated[
        bytes,
        Body(media_type="application/octet-stream", description="The file's bytes (any encoding)."),
    ],
    name: Annotated[str | None, Query(description="File name (kind hint).")] = None,
    lang: Lang = "auto",
    store: bool = False,
) -> AnalyzeResponse:
    """The request body is the article file as it is (``curl --data-binary @page.html``)."""
    return await _analyse(
        request, Submission(data=data, name=clean_name(name), lang=lang, store=store)
    )


@router.get("/stats", summary="Corpus size and shape")
def stats(corpus: CorpusDep) -> CorpusStats:
    return corpus.stats()


TOTAL_HEADER = "X-Total-Count"
R = TypeVar("R")


def paging(most: int) -> Any:
    """The ``limit`` (at most ``most``) and ``offset`` query parameters of a paged endpoint,
    as one :class:`Page` (a FastAPI dependency)."""

    # defaults, not Annotated: the annotations are strings, and ``most`` is this call's
    def page(
        limit: int = Query(100, ge=1, le=most), offset: int = Query(0, ge=0, le=MAX_INT)
    ) -> Page:
        return Page(limit, offset)

    return Depends(page)


ArticlePage = Annotated[Page, paging(1000)]
QuotePage = Annotated[Page, paging(5000)]


def _counted(response: Response, found: tuple[list[R], int]) -> list[R]:
    """The rows of one page; the header ``X-Total-Count`` says how many the whole list has."""
    rows, total = found
    response.headers[TOTAL_HEADER] = str(total)
    return rows


@router.get("/articles", summary="Stored articles")
def articles(
    corpus: CorpusDep, response: Response, where: ArticleWhere, page: ArticlePage
) -> list[ArticleRow]:
    """Newest published first (undated last).  The ``X-Total-Count`` header gives the number
    of articles matching the filters, for paging with ``offset``."""
    return _counted(response, listing(where, page, corpus.articles, corpus.count_articles))


@router.get("/articles/{article_id}/inputs", summary="Where an article's text came from")
def article_inputs(corpus: CorpusDep, article_id: int) -> list[InputRow]:
    """Every input that carried the article's text, with the outlet, URL and date it came
    with: first the one that created the article, then its duplicates (the same story
    from other outlets, files or addresses)."""
    if not corpus.article_rows([article_id]):
        raise HTTPException(404, f"no article {article_id}")
    return corpus.inputs(article_id)


@router.get("/articles/{article_id}", summary="The full stored analysis of one article")
def article(corpus: CorpusDep, article_id: int) -> Analysis:
    return found(corpus.article, article_id, f"no article {article_id}")


@router.get("/search", summary="Full-text search")
def search(
    corpus: CorpusDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            description='Words, "a phrase", prefix*, AND / OR / NOT (SQLite FTS5 syntax).',
        ),
    ],
    where: ArticleWhere,
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
) -> list[SearchHit]:
    """Best match first; each hit has a snippet and the offsets of the matched terms."""
    return corpus.search(q, where, limit=limit)


@router.get("/quotes", summary="Who said what")
def quotes(
    corpus: CorpusDep, response: Response, where: QuoteWhere, page: QuotePage
) -> list[QuoteRow]:
    """Attributed statements, newest first.  ``since``/``until`` bound the article's
    publication date; the ``X-Total-Count`` header gives the number of statements matching
    the filters, for paging with ``offset``."""
    return _counted(response, listing(where, page, corpus.quotes, corpus.count_quotes))


@router.get("/sources", summary="Sourcing profile per outlet")
def sources(corpus: CorpusDep, outlet: Outlet = None, genre: Genre = None) -> list[OutletSourcing]:
    """Source types, anonymous-sourcing share and hedging rate per outlet."""
    return corpus.sources(outlet=outlet, genre=genre)


@router.get("/entities", summary="Top entities")
def entities(
    corpus: CorpusDep,
    top: Annotated[int, Query(ge=1, le=1000)] = 20,
    type: Annotated[str | None, Query(description="PER, ORG, LOC or MISC.")] = None,
) -> list[EntityRow]:
    return corpus.entities(top=top, type=type)


@router.get(
    "/entities/{key:path}", summary="One entity: mentions over time, quotes by and about it"
)
def entity(corpus: CorpusDep, key: str) -> EntityProfile:
    """``key`` is a Wikidata id, a corpus key (``PER:name``) or a name."""
    return found(corpus.entity, key, f"no entity {key!r}")


@router.get("/failures", summary="Inputs that failed")
def failures(
    corpus: CorpusDep, limit: Annotated[int, Query(ge=1, le=10000)] = 100
) -> list[FailureRow]:
    return corpus.failures(limit=limit)
