"""What every pipeline component shares: the run-wide :class:`Options` and the
:class:`Component` protocol.  It sits at the bottom of the house (beside ``model``) so that the
components import it without importing the pipeline that runs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from newsprobe.model import Analysis

__all__ = ["Component", "Options"]


@dataclass(frozen=True)
class Options:
    """Run-wide settings every component may read."""

    lang: str = "auto"  # "auto" or an ISO 639-1 code


class Component(Protocol):
    name: str
    requires: tuple[str, ...]

    def __call__(self, analysis: Analysis, options: Options) -> None: ...
