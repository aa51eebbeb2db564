"""The store: analysed articles in a database, one table per layer, behind :class:`Store`.

SQLite (WAL, FTS5) is the embedded default (:mod:`newsprobe.store.sqlite`); another backend
implements the :class:`Store` protocol (:mod:`newsprobe.store.base`) and is picked by
:func:`open_store` from the location it is given.
"""

from __future__ import annotations

from pathlib import Path

from newsprobe.store.base import (
    ArticleWrite,
    FailureWrite,
    InputRef,
    KnownWrite,
    Prepared,
    Store,
    StoreError,
    WriteItem,
)
from newsprobe.store.filters import ArticleFilter, DateLike, Page, QuoteFilter

__all__ = [
    "ArticleFilter",
    "ArticleWrite",
    "DateLike",
    "FailureWrite",
    "InputRef",
    "KnownWrite",
    "Page",
    "Prepared",
    "QuoteFilter",
    "Store",
    "StoreError",
    "WriteItem",
    "open_store",
]


def open_store(location: str | Path, *, readonly: bool = False) -> Store:
    """Open the store at ``location``: a file path means SQLite (created when missing).

    A server database would be chosen here by a URL scheme (``postgresql://…``); only SQLite
    exists today, so a URL gives a clear :class:`StoreError`.
    """
    text = str(location)
    if "://" in text and not text.startswith("file://"):
        scheme = text.split("://", 1)[0]
        raise StoreError(f"no store backend for {scheme}:// (only SQLite files are supported)")
    from newsprobe.store.sqlite import SQLiteStore

    return SQLiteStore(Path(text.removeprefix("file://")), readonly=readonly)
