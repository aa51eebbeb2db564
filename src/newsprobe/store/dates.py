"""Dates as the store keeps them (ISO 8601 text, UTC when the source had a zone) and the
bounds of ``since``/``until`` filters."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from newsprobe.isotime import iso_datetime
from newsprobe.store.base import StoreError
from newsprobe.store.filters import DateLike


def stored(value: datetime | None) -> str | None:
    """``published`` as stored: aware datetimes in UTC without zone, seconds precision."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.replace(microsecond=0).isoformat()


def loaded(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _parse(value: DateLike) -> tuple[datetime, bool]:
    """``(datetime, is_whole_day)``."""
    if isinstance(value, datetime):
        return value, False
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day), True
    text = value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime(day.year, day.month, day.day), True
        if len(text) == 7:  # YYYY-MM
            return datetime.fromisoformat(text + "-01"), False
        if len(text) == 4 and text.isdigit():
            return datetime(int(text), 1, 1), False
        return iso_datetime(text), False
    except ValueError:
        raise StoreError(f"not a date: {value!r} (expected YYYY-MM-DD or ISO 8601)") from None


def since_bound(value: DateLike) -> str:
    """Lower bound (inclusive) for ``published >= ?``."""
    moment, _ = _parse(value)
    return stored(moment) or ""


def until_bound(value: DateLike) -> tuple[str, bool]:
    """Upper bound: ``(bound, exclusive)``; a whole day, month or year is included entirely."""
    moment, whole_day = _parse(value)
    text = value.strip() if isinstance(value, str) else ""
    if whole_day:
        return stored(moment + timedelta(days=1)) or "", True
    if len(text) == 7:
        nxt = (moment.replace(day=28) + timedelta(days=4)).replace(day=1)
        return stored(nxt) or "", True
    if len(text) == 4 and text.isdigit():
        return stored(moment.replace(year=moment.year + 1)) or "", True
    return stored(moment) or "", False
