"""Printing query rows as a rich table, JSON or CSV (``--format table|json|csv``).

JSON and CSV carry every field of the row models (CSV: one column per field, in model order,
lists and dicts as JSON text); the table shows a readable selection.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from newsprobe.corpus.csv_cells import safe_row


class RowFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


@dataclass(frozen=True)
class Column:
    """A column of the table view."""

    header: str
    get: Callable[[Any], Any]
    justify: str = "left"
    max_width: int | None = None
    style: str | None = None


def day(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


def pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict | tuple):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def emit(
    rows: Sequence[BaseModel],
    fmt: RowFormat,
    columns: Sequence[Column],
    model: type[BaseModel],
    *,
    title: str | None = None,
    empty: str = "nothing found",
    raw_csv: bool = False,
) -> None:
    """Write ``rows`` (instances of ``model``) to stdout in ``fmt`` (CSV cells that a
    spreadsheet would evaluate are prefixed with ``'`` unless ``raw_csv``: csv_cells.py)."""
    if fmt is RowFormat.json:
        json.dump(
            [r.model_dump(mode="json") for r in rows], sys.stdout, ensure_ascii=False, indent=2
        )
        sys.stdout.write("\n")
        return
    if fmt is RowFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(list(model.model_fields))
        for r in rows:
            cells = [_cell(v) for v in r.model_dump(mode="json").values()]
            writer.writerow(cells if raw_csv else safe_row(cells))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not rows:
        Console(stderr=True).print(f"[dim]{empty}[/]")
        return
    table = Table(title=title, show_lines=False, expand=False)
    for c in columns:
        table.add_column(
            c.header,
            justify=c.justify,  # type: ignore[arg-type]
            max_width=c.max_width,
            style=c.style,
            overflow="fold",
        )
    for r in rows:
        table.add_row(*[_render(c.get(r)) for c in columns])
    console.print(table)


def _render(value: Any) -> Any:
    from rich.text import Text

    if isinstance(value, Text):
        return value
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)
