"""Analysing what a user pastes or uploads: the same :func:`newsprobe.api.analyze_bytes` the CLI
uses, with the upload read in memory only (never spooled to a temporary file) and capped.
"""

from __future__ import annotations

import re
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from pathlib import Path

from starlette.datastructures import UploadFile
from starlette.formparsers import FormParser, MultiPartException, MultiPartParser
from starlette.requests import Request

from newsprobe.model import Analysis
from newsprobe.store.rows import AddResult
from newsprobe.web.worker import AnalysisFailed, AnalysisWorker, shared_worker

__all__ = [
    "FORM_OVERHEAD",
    "LANGS",
    "AnalyseError",
    "AnalysisFailed",
    "Submission",
    "analyse",
    "read_submission",
    "store",
]

#: Bytes a form may carry beyond the article itself (field names, boundaries, other fields).
FORM_OVERHEAD = 64 * 1024
LANGS = ("auto", "de", "en")

_NAME_RE = re.compile(r"[\x00-\x1f\x7f]")


class AnalyseError(ValueError):
    """A submission that cannot be analysed (empty, too large, not a form…): one line."""


@dataclass(frozen=True)
class Submission:
    data: bytes
    name: str | None
    lang: str = "auto"
    store: bool = False


def clean_name(name: str | None) -> str | None:
    """The base name of an uploaded file, without control characters, at most 200 chars."""
    if not name:
        return None
    base = Path(name.replace("\\", "/")).name
    base = _NAME_RE.sub("", base).strip()[:200]
    return base if base.strip(".") else None


async def _once(body: bytes) -> AsyncGenerator[bytes, None]:
    yield body


async def read_submission(request: Request, *, max_bytes: int) -> Submission:
    """The article text or file of an Analyse form (multipart or urlencoded), in memory."""
    body = await request.body()  # the BodyLimit middleware has capped it already
    ctype = request.headers.get("content-type", "")
    try:
        if ctype.startswith("multipart/form-data"):
            parser = MultiPartParser(
                request.headers, _once(body), max_files=1, max_fields=8, max_part_size=max_bytes + 1
            )
            parser.spool_max_size = len(body) + 1  # keep the file in memory
            form = await parser.parse()
        elif ctype.startswith("application/x-www-form-urlencoded"):
            form = await FormParser(
                request.headers, _once(body), max_fields=8, max_part_size=max_bytes + 1
            ).parse()
        else:
            raise AnalyseError(
                "send the article as a form (multipart/form-data or "
                "application/x-www-form-urlencoded)"
            )
    except MultiPartException as exc:
        raise AnalyseError(f"could not read the form: {exc.message}") from None
    lang = str(form.get("lang") or "auto")
    if lang not in LANGS:
        raise AnalyseError(f"unknown language {lang!r}; choose one of {', '.join(LANGS)}")
    wants_store = str(form.get("store") or "") in ("1", "on", "true", "yes")
    upload = form.get("file")
    name: str | None = None
    data = b""
    if isinstance(upload, UploadFile) and (upload.filename or upload.size):
        data = await upload.read(max_bytes + 1)
        name = clean_name(upload.filename)
        await upload.close()
    if not data.strip():
        text = form.get("text")
        data = text.encode("utf-8") if isinstance(text, str) else b""
        name = None
    await form.close()
    if not data.strip():
        raise AnalyseError("nothing to analyse: paste an article or choose a file")
    if len(data) > max_bytes:
        raise AnalyseError(
            f"the article is {len(data):,} bytes, over the upload limit of {max_bytes:,} bytes"
        )
    return Submission(data=data, name=name, lang=lang, store=wants_store)


def analyse(sub: Submission, *, max_bytes: int, worker: AnalysisWorker | None = None) -> Analysis:
    """Run the full pipeline on a submission in the worker process (web/worker.py): raises
    :class:`newsprobe.read.InputError` for bad input, :class:`AnalysisFailed` where the
    analysis timed out or failed."""
    worker = worker if worker is not None else shared_worker()
    return worker.run(sub.data, sub.name, sub.lang, max_bytes)


def store(analysis: Analysis, db: Path, *, name: str | None) -> AddResult:
    """Add the analysis to the corpus database (the only write the web app makes)."""
    from newsprobe.corpus.api import Corpus

    with Corpus(db) as corpus:
        return corpus.add(analysis, source=f"web upload: {name}" if name else "web: pasted text")
