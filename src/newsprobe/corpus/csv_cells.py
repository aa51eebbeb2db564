"""CSV cells safe to open in a spreadsheet: no formula injection.

Excel, LibreOffice and Google Sheets evaluate a cell that starts with ``=``, ``+``, ``-`` or
``@`` as a formula (and a tab or carriage return before one), so a quote, a speaker name or an
entity taken from an article (``=IMPORTXML(…)``, ``@GOettingerEU``, ``+cmd|' /C calc'!A0``)
could run when a journalist opens an export.  :func:`safe_cell` prefixes such a text cell
with ``'``, which spreadsheets show as nothing and read as "text".  Numbers are written as
they are (``-3`` stays a number).  The CSV outputs (``quotes -f csv``, ``search -f csv``, …,
``export --format csv``) do this by default; ``--raw-csv`` writes cells unchanged, for
programs (pandas, DuckDB) that never evaluate formulas.  JSON, JSON Lines and Parquet are
never changed.
"""

from __future__ import annotations

from typing import Any

#: The characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """``value``, with ``'`` in front where it is text a spreadsheet would evaluate."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(row: Any) -> list[Any]:
    return [safe_cell(v) for v in row]
