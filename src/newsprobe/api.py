"""The Python API: analyse a path, bytes or a string into an :class:`Analysis`."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from newsprobe.model import Analysis
from newsprobe.pipeline import Options, Pipeline
from newsprobe.read import DEFAULT_MAX_BYTES, read_bytes, read_path


def _pipeline(
    lang: str,
    only: Iterable[str] | None,
    ner: str | None = None,
    reference: datetime | None = None,
) -> Pipeline:
    options = Options(lang=lang, reference=reference)
    if ner is not None:
        options = Options(lang=lang, ner=ner, reference=reference)
    return Pipeline.select(only, options)


def analyze_path(
    path: str | Path,
    *,
    lang: str = "auto",
    only: Iterable[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    ner: str | None = None,
    reference: datetime | None = None,
) -> Analysis:
    """Analyse one file (plain text, HTML or a JSON article object); ``ner``: the entity
    backend (``crf`` or ``spacy:NAME_OR_PATH``; default ``NEWSPROBE_NER`` or ``crf``);
    ``reference``: when the page was fetched or read (relative date stamps such as "vor 2
    Stunden" give ``meta.published`` counted back from it; none is derived without it)."""
    doc = read_path(path, max_bytes=max_bytes)
    return _pipeline(lang, only, ner, reference)(doc.to_analysis())


def analyze_bytes(
    data: bytes,
    *,
    name: str | None = None,
    lang: str = "auto",
    only: Iterable[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    ner: str | None = None,
    reference: datetime | None = None,
) -> Analysis:
    """Analyse raw input bytes; ``name`` is used in errors and to hint the input kind."""
    raw = read_bytes(data, name=name, max_bytes=max_bytes)
    return _pipeline(lang, only, ner, reference)(raw.to_analysis())


def analyze_text(
    text: str,
    *,
    lang: str = "auto",
    only: Iterable[str] | None = None,
    ner: str | None = None,
    reference: datetime | None = None,
) -> Analysis:
    """Analyse a string (plain text or HTML, detected from the content); ``reference``: when
    the page was read, see :func:`analyze_path`."""
    return analyze_bytes(text.encode("utf-8"), lang=lang, only=only, ner=ner, reference=reference)
