"""What every request handler shares: the app's settings and a read-only corpus per request.

Kept apart from :mod:`newsprobe.web.app` so that the route modules (``api``, ``pages``) depend on
it, and ``app`` depends on them, without a circle.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from fastapi import HTTPException, Request

from newsprobe.corpus.api import Corpus
from newsprobe.store import StoreError
from newsprobe.store.filters import Page

__all__ = ["DEFAULT_MAX_UPLOAD", "LOCAL_HOSTS", "WebSettings", "found", "listing", "read_corpus"]

#: Default cap on an uploaded or pasted article (bytes).
DEFAULT_MAX_UPLOAD = 5 * 1024 * 1024
LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]")


@dataclass(frozen=True)
class WebSettings:
    """What one running app serves: its database and its limits."""

    db: Path
    max_upload: int = DEFAULT_MAX_UPLOAD
    hosts: tuple[str, ...] = field(default=LOCAL_HOSTS)


def read_corpus(request: Request) -> Iterator[Corpus]:
    """A read-only corpus for one request (FastAPI dependency)."""
    settings: WebSettings = request.app.state.settings
    try:
        corpus = Corpus(settings.db, readonly=True)
    except StoreError as exc:
        raise HTTPException(503, f"the corpus database cannot be read: {exc}") from None
    try:
        yield corpus
    finally:
        corpus.close()


K = TypeVar("K")
T = TypeVar("T")
W = TypeVar("W")


def listing(
    where: W, page: Page, fetch: Callable[..., list[T]], count: Callable[[W], int]
) -> tuple[list[T], int]:
    """One page of a filtered list (``fetch``) and the length of the whole list (``count``):
    what every list page and paged API endpoint shows."""
    return fetch(where, limit=page.limit, offset=page.offset), count(where)


def found(
    lookup: Callable[[K], T],
    key: K,
    missing: str,
    errors: tuple[type[Exception], ...] = (KeyError,),
) -> T:
    """``lookup(key)``, the one stored thing a page or API route shows; when it is not there
    (``errors``) the answer is a 404 saying ``missing``."""
    try:
        return lookup(key)
    except errors:
        raise HTTPException(404, missing) from None
