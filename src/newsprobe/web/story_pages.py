"""Story pages: ``/stories`` (the list) and ``/stories/{id}`` (how each outlet told one)."""

from __future__ import annotations

from functools import partial

from fastapi import APIRouter, Request
from fastapi.responses import Response

from newsprobe.store import StoreError
from newsprobe.stories.view import build
from newsprobe.web.deps import found
from newsprobe.web.pages import CorpusDep, PageNo, Pager
from newsprobe.web.render import page

router = APIRouter(include_in_schema=False)
#: Stories per page of the list.
STORY_PAGE_SIZE = 50


@router.get("/stories")
def story_list(request: Request, corpus: CorpusDep, page_no: PageNo = 1) -> Response:
    total = corpus.count_stories(min_articles=2)
    rows = corpus.stories(
        min_articles=2, limit=STORY_PAGE_SIZE, offset=(page_no - 1) * STORY_PAGE_SIZE
    )
    pager = Pager.of(page_no, total, STORY_PAGE_SIZE)
    return page(request, "stories.html.j2", stories=rows, total=total, pager=pager)


@router.get("/stories/{story_id}")
def story_page(request: Request, corpus: CorpusDep, story_id: int) -> Response:
    missing = f"no story {story_id} in this corpus"
    view = found(partial(build, corpus.store), story_id, missing, (StoreError,))
    return page(request, "story.html.j2", view=view)
