"""The store: analysed articles in a database, one table per layer, behind :class:`Store`.

SQLite (WAL, FTS5) is the embedded default (:mod:`newsprobe.store.sqlite`); another backend
implements the :class:`Store` protocol (:mod:`newsprobe.store.base`) and is picked by
:func:`open_store` from the location it is given.
"""

from __future__ import annotations

import re
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
    "is_server",
    "open_store",
    "shown",
    "store_location",
]


def store_location(location: str | Path) -> str:
    """``location`` as text; a ``postgresql://`` URL that went through :class:`Path` (which
    folds ``//`` to ``/``) gets its slashes back."""
    return re.sub(r"^(postgres(?:ql)?):/(?!/)", r"\1://", str(location), flags=re.IGNORECASE)


def is_server(location: str | Path) -> bool:
    """True for a server database URL (``postgresql://…``), False for a file."""
    return re.match(r"^postgres(?:ql)?:/", str(location), flags=re.IGNORECASE) is not None


def shown(location: str | Path) -> str:
    """``location`` for messages: a server URL with its slashes and without its password."""
    text = store_location(location)
    if not is_server(text):
        return text
    from newsprobe.store.postgres import display

    return display(text)


def open_store(location: str | Path, *, readonly: bool = False) -> Store:
    """Open the store at ``location``: a file path means SQLite (created when missing), a
    ``postgresql://user@host/db`` URL PostgreSQL (:mod:`newsprobe.store.postgres`).
    """
    text = store_location(location)
    if is_server(text):
        from newsprobe.store.postgres import PostgresStore

        return PostgresStore(text, readonly=readonly)
    if "://" in text and not text.startswith("file://"):
        scheme = text.split("://", 1)[0]
        raise StoreError(f"no store backend for {scheme}:// (SQLite files and postgresql:// URLs)")
    from newsprobe.store.sqlite import SQLiteStore

    return SQLiteStore(Path(text.removeprefix("file://")), readonly=readonly)
