"""Story pages: ``/stories`` (the list) and ``/stories/{id}`` (how each outlet told one)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from newsprobe.store import StoreError
from newsprobe.stories.view import build
from newsprobe.web.pages import CorpusDep
from newsprobe.web.render import page

router = APIRouter(include_in_schema=False)


@router.get("/stories")
def story_list(request: Request, corpus: CorpusDep, page_no: int = 1) -> Response:
    size = 50
    number = max(1, page_no)
    rows = corpus.stories(min_articles=2, limit=size, offset=(number - 1) * size)
    total = corpus.count_stories(min_articles=2)
    return page(request, "stories.html.j2", stories=rows, total=total, page_no=number, size=size)


@router.get("/stories/{story_id}")
def story_page(request: Request, corpus: CorpusDep, story_id: int) -> Response:
    try:
        view = build(corpus.store, story_id)
    except StoreError:
        raise HTTPException(404, f"no story {story_id} in this corpus") from None
    return page(request, "story.html.j2", view=view)
