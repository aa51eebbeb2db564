"""One element of nested markup, shared by the HTML report and its layer marks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Mark", "layer_mark"]


@dataclass(slots=True)
class Mark:
    """One element of nested markup: ``<tag class=css_class attrs…>text[start:end]</tag>``."""

    start: int
    end: int
    css_class: str = ""
    attrs: Mapping[str, Any] = field(default_factory=dict)
    tag: str = "span"


def layer_mark(
    start: int,
    end: int,
    css: str,
    layer: str,
    i: int,
    title: str,
    label: str | None = None,
    **extra: Any,
) -> Mark:
    """The mark of item ``i`` of ``layer``: the data attributes every layer's marks carry
    (``data-layer``, ``data-i``, ``data-start``, ``data-end``), its title, its label, and
    ``extra`` as ``data-*`` attributes (``a_b`` written ``data-a-b``)."""
    attrs: dict[str, Any] = {
        "data-layer": layer,
        "data-i": i,
        "data-start": start,
        "data-end": end,
        "title": title,
    }
    if label is not None:
        attrs["data-label"] = label
    attrs.update({f"data-{k.replace('_', '-')}": v for k, v in extra.items()})
    return Mark(start, end, css, attrs)
