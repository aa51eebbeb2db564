"""The Python API: analyse a path, bytes or a string into an :class:`Analysis`."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newsprobe.model import Analysis
from newsprobe.pipeline import Options, Pipeline
from newsprobe.read import DEFAULT_MAX_BYTES, read_bytes, read_path


def _pipeline(lang: str, only: Iterable[str] | None, ner: str | None = None) -> Pipeline:
    options = Options(lang=lang) if ner is None else Options(lang=lang, ner=ner)
    return Pipeline.select(only, options)


def analyze_path(
    path: str | Path,
    *,
    lang: str = "auto",
    only: Iterable[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    ner: str | None = None,
) -> Analysis:
    """Analyse one file (plain text, HTML or a JSON article object); ``ner``: the entity
    backend (``crf`` or ``spacy:NAME_OR_PATH``; default ``NEWSPROBE_NER`` or ``crf``)."""
    return _pipeline(lang, only, ner)(read_path(path, max_bytes=max_bytes).to_analysis())


def analyze_bytes(
    data: bytes,
    *,
    name: str | None = None,
    lang: str = "auto",
    only: Iterable[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    ner: str | None = None,
) -> Analysis:
    """Analyse raw input bytes; ``name`` is used in errors and to hint the input kind."""
    raw = read_bytes(data, name=name, max_bytes=max_bytes)
    return _pipeline(lang, only, ner)(raw.to_analysis())


def analyze_text(
    text: str, *, lang: str = "auto", only: Iterable[str] | None = None, ner: str | None = None
) -> Analysis:
    """Analyse a string (plain text or HTML, detected from the content)."""
    return analyze_bytes(text.encode("utf-8"), lang=lang, only=only, ner=ner)
