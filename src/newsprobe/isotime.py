"""ISO 8601 times as inputs write them: one parser for every reader (JSON fields, HTML
metadata, table cells, WARC dates, CLI options, store filters)."""

from __future__ import annotations

from datetime import datetime

__all__ = ["iso_datetime"]


def iso_datetime(value: str) -> datetime:
    """``value`` as a datetime; a trailing ``Z`` is UTC.  Raises ValueError when it is not
    ISO 8601."""
    return datetime.fromisoformat(value.replace("Z", "+00:00"))
