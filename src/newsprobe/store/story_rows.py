"""Rows of story clustering: what the store gives the clusterer, and what it shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from pydantic import Field

from newsprobe.store.rows import Row


@dataclass(frozen=True)
class StoryInput:
    """An article waiting to be clustered: its features and the metadata clustering uses."""

    article_id: int
    time: str | None
    language: str | None
    outlet: str | None
    title: str | None
    terms: str
    signature: str | None
    shingles: int
    agency: str | None


@dataclass(frozen=True)
class StoryState:
    """One live story as stored, with the tf-idf vector (JSON) of each member."""

    id: int
    title: str | None
    first_time: str | None
    last_time: str | None
    last_article: int
    articles: int
    copies: int
    outlets: list[str]
    languages: list[str]
    vectors: list[str] = field(default_factory=list)
    #: Members' story features (``story_features.terms``), for the event-word guard.
    terms: list[str] = field(default_factory=list)
    #: Members' publication times (``story_features.time``), the same order.
    times: list[str | None] = field(default_factory=list)


@dataclass(frozen=True)
class CopyState:
    """A live article for copy detection: its signature and where it stands."""

    article_id: int
    time: str | None
    signature: str
    shingles: int
    story_id: int
    copy_of: int | None
    agency: str | None


@dataclass(frozen=True)
class Assignment:
    """The story of one clustered article (a ``story_articles`` row)."""

    article_id: int
    story_id: int
    joined_by: str
    similarity: float | None
    copy_of: int | None
    copy_similarity: float | None
    agency: str | None
    vector: str


@dataclass
class StoryBatch:
    """What one clustering step writes, in one transaction."""

    assignments: list[Assignment] = field(default_factory=list)
    stories: list[StoryState] = field(default_factory=list)
    df: dict[str, int] = field(default_factory=dict)


class StoryRow(Row):
    """One story: articles from one or more outlets about the same event."""

    id: int = Field(description="Story id: the id of the article that opened it.")
    title: str | None = Field(default=None, description="Title of its first article.")
    first_time: datetime | None = None
    last_time: datetime | None = None
    articles: int
    copies: int = Field(description="Articles that are copies of another article's text.")
    outlets: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)


class StoryMember(Row):
    """One article of a story, with how it joined."""

    article_id: int
    story_id: int
    joined_by: str = Field(description="open (first article), similar, or copy.")
    similarity: float | None = None
    copy_of: int | None = Field(default=None, description="First article of the copied text.")
    copy_similarity: float | None = None
    agency: str | None = None
    title: str | None = None
    outlet: str | None = None
    language: str | None = None
    url: str | None = None
    published: datetime | None = None
