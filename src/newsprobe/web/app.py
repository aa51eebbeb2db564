"""The FastAPI application: pages, the JSON API under ``/api`` and the vendored static assets.

``create_app(db)`` builds an app over one corpus database.  Pages and the API read through
:class:`newsprobe.corpus.api.Corpus` (one read-only connection per request); the only write is
storing an analysis the user asked to keep, into that same database.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from newsprobe import __version__
from newsprobe.corpus.api import Corpus
from newsprobe.store import StoreError
from newsprobe.web.analyse import FORM_OVERHEAD
from newsprobe.web.deps import DEFAULT_MAX_UPLOAD, LOCAL_HOSTS, WebSettings, read_corpus
from newsprobe.web.render import page
from newsprobe.web.security import BodyLimit, LocalOnly, SecurityHeaders
from newsprobe.web.slow_body import BodyDeadline
from newsprobe.web.worker import shared_worker

__all__ = ["DEFAULT_MAX_UPLOAD", "WebSettings", "create_app", "read_corpus"]


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, message: str) -> Response:
    if _is_api(request):
        return JSONResponse({"detail": message}, status_code=status)
    return page(request, "error.html.j2", status=status, status_code=status, message=message)


def _plain_errors(errors: Sequence[Any]) -> list[dict[str, Any]]:
    """Validation errors as JSON can carry them: the offending input (bytes of a body sent as
    ``text/plain``, say) shown as a short string, exceptions in ``ctx`` as their message."""
    out = []
    for error in errors:
        item = {k: v for k, v in dict(error).items() if k not in ("input", "ctx", "url")}
        value = error.get("input")
        if isinstance(value, bytes):
            value = value[:200].decode("utf-8", errors="replace")
        if value is None or isinstance(value, (str, int, float, bool)):
            item["input"] = value[:200] if isinstance(value, str) else value
        item["loc"] = [str(part) for part in item.get("loc", ())]
        out.append(item)
    return out


def create_app(
    db: str | Path, *, max_upload: int = DEFAULT_MAX_UPLOAD, hosts: Iterable[str] | None = None
) -> FastAPI:
    """The web app over the corpus at ``db`` (created, empty, when missing).

    ``max_upload``: largest article accepted by Analyse, in bytes.  ``hosts``: host names the
    server answers to (default: the loopback names); ``*`` accepts any.
    """
    from newsprobe.web import api, pages, story_pages

    path = Path(db)
    Corpus(path).close()  # create or migrate once, so that requests can open it read-only
    settings = WebSettings(
        db=path, max_upload=max_upload, hosts=tuple(hosts) if hosts is not None else LOCAL_HOSTS
    )
    app = FastAPI(
        title="newsprobe",
        version=__version__,
        summary="What is claimed, by whom, how surely, and whether the headline holds up.",
        description="The JSON API of a local newsprobe corpus: analyse articles and query "
        "stored analyses (articles, full-text search, who said what, sourcing per outlet, "
        "entities).  Every annotation is a span with character offsets into the article's "
        "canonical text.",
        openapi_url="/api/openapi.json",
        docs_url=None,  # the stock docs pages load scripts from a CDN; /api is ours
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.analyser = shared_worker()  # analyses run in a worker process (web/worker.py)
    static = Path(str(files("newsprobe.web").joinpath("static")))
    app.mount("/static", StaticFiles(directory=static), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(story_pages.router)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(404)
    async def not_found(request: Request, exc: Exception) -> Response:
        detail = getattr(exc, "detail", None) or "not found"
        return _error(request, 404, str(detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": _plain_errors(exc.errors())}, status_code=422)
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors()
        )
        return _error(request, 422, f"bad request: {problems}")

    @app.exception_handler(OverflowError)
    async def out_of_range(request: Request, exc: OverflowError) -> Response:
        # an id, limit or offset past what SQLite stores (2**63 - 1): nothing can have it
        return _error(request, 400, f"a number in the request is out of range ({exc})")

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        return _error(request, 400, str(exc))

    app.add_middleware(BodyLimit, max_bytes=max_upload + FORM_OVERHEAD)
    app.add_middleware(BodyDeadline)  # a trickled body is cut off (web/slow_body.py)
    app.add_middleware(LocalOnly, hosts=settings.hosts)
    app.add_middleware(SecurityHeaders)  # outermost: every response gets the headers
    return app
