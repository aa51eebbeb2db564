"""The typed filters and paging every read passes through, from the web UI and the CLI via
:class:`newsprobe.corpus.api.Corpus` down to a store backend's SQL: one object per kind of
query instead of the same keyword list repeated at each level.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

__all__ = ["GENRES", "ArticleFilter", "DateLike", "Genre", "Page", "QuoteFilter", "given"]


class Genre(StrEnum):
    """The genre filter's values (the CLI's choices and the API's enum)."""

    #: articles whose page marks them as commentary, column, editorial
    #: (:mod:`newsprobe.layout.genre`)
    opinion = "opinion"
    #: all other articles, including those analysed before genres were found
    news = "news"


GENRES: tuple[str, ...] = tuple(g.value for g in Genre)

#: A date filter: a datetime, a date, or an ISO string (``2024``, ``2024-05``, ``2024-05-17``…).
DateLike = datetime | date | str


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """Which articles: outlet (part of its name, case-folded), language, publication dates
    (``since``/``until`` as in :func:`newsprobe.store.dates.since_bound`; a date filter
    leaves undated articles out), genre (:data:`GENRES`: ``opinion`` for the pieces marked as
    commentary, ``news`` for the rest)."""

    outlet: str | None = None
    language: str | None = None
    since: DateLike | None = None
    until: DateLike | None = None
    genre: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Which statements: ``speaker`` matches the speaker as written, its entity name, an alias
    or a key; ``about`` an entity named in the message; ``*_key`` match entity keys exactly;
    ``article`` one article; outlet, dates and genre as in :class:`ArticleFilter`."""

    speaker: str | None = None
    about: str | None = None
    outlet: str | None = None
    article: int | None = None
    since: DateLike | None = None
    until: DateLike | None = None
    speaker_key: str | None = None
    about_key: str | None = None
    genre: str | None = None

    @property
    def articles(self) -> ArticleFilter:
        """The part that filters the statements' articles."""
        return ArticleFilter(
            outlet=self.outlet, since=self.since, until=self.until, genre=self.genre
        )


F = TypeVar("F", "ArticleFilter", "QuoteFilter")


def given(cls: type[F], where: F | None, filters: dict[str, Any]) -> F:
    """``where``, or the filter built from keyword ``filters`` (not both)."""
    if where is not None:
        if filters:
            raise TypeError("pass a filter object or filter keywords, not both")
        return where
    return cls(**_known(cls, filters))


@dataclass(frozen=True, slots=True)
class Page:
    """``limit`` rows (``None``: all) after skipping ``offset``."""

    limit: int | None = 100
    offset: int = 0


def _known(cls: type, given: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    unknown = sorted(set(given) - names)
    if unknown:
        known = ", ".join(sorted(names))
        raise TypeError(f"unknown {cls.__name__} field(s) {', '.join(unknown)}; known: {known}")
    return given
