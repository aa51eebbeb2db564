"""One element of nested markup, shared by the HTML report and its layer marks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Mark"]


@dataclass(slots=True)
class Mark:
    """One element of nested markup: ``<tag class=css_class attrs…>text[start:end]</tag>``."""

    start: int
    end: int
    css_class: str = ""
    attrs: Mapping[str, Any] = field(default_factory=dict)
    tag: str = "span"
