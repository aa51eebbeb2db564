"""What every pipeline component shares: the run-wide :class:`Options` and the
:class:`Component` protocol.  It sits at the bottom of the house (beside ``model``) so that the
components import it without importing the pipeline that runs them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from newsprobe.model import Analysis

__all__ = ["Component", "OptionError", "Options"]


class OptionError(ValueError):
    """A run option that cannot be used (an unknown entity backend, a model not installed…)."""


@dataclass(frozen=True)
class Options:
    """Run-wide settings every component may read."""

    lang: str = "auto"  # "auto" or an ISO 639-1 code
    #: Entity backend: ``crf`` (built in) or ``spacy:NAME_OR_PATH`` (an installed spaCy
    #: pipeline, see :mod:`newsprobe.entities.spacy_ner`); default from ``NEWSPROBE_NER``.
    ner: str = field(default_factory=lambda: os.environ.get("NEWSPROBE_NER", "crf"))
    #: When the page was fetched or read: relative date stamps ("vor 2 Stunden") are counted
    #: back from it (:mod:`newsprobe.layout.relative_date`).  Given, it overrides the input's own
    #: fetch time (a WARC-Date, a 'fetched'/'crawled' field); None: that one, or no such date.
    reference: datetime | None = None


class Component(Protocol):
    name: str
    requires: tuple[str, ...]

    def __call__(self, analysis: Analysis, options: Options) -> None: ...
