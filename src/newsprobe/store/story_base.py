"""The part of the :class:`newsprobe.store.Store` interface that keeps stories."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from newsprobe.store.story_rows import (
    CopyState,
    StoryBatch,
    StoryInput,
    StoryMember,
    StoryRow,
    StoryState,
)


class StoryStore(Protocol):
    """Story clustering state and results (:mod:`newsprobe.store.story_sql`)."""

    def story_pending(self, after: int, limit: int) -> list[StoryInput]:
        """Articles not yet in a story, id above ``after``, in id order."""
        ...

    def story_progress(self) -> tuple[int, str | None]:
        """``(last clustered article id, latest publication time clustered)``."""
        ...

    def story_df(self) -> dict[str, int]: ...

    def story_live(
        self, since_time: str | None, since_article: int
    ) -> tuple[list[StoryState], list[CopyState]]: ...

    def write_stories(self, batch: StoryBatch) -> None:
        """Write one clustering step in one transaction."""
        ...

    def story_missing_features(self, limit: int) -> list[int]:
        """Articles stored without story features (before schema 4), in id order."""
        ...

    def write_story_features(
        self, rows: Sequence[tuple[int, str, str | None, int, str | None]]
    ) -> None:
        """``(article_id, terms, signature, shingles, agency)`` rows, in one transaction."""
        ...

    def reset_stories(self, features: bool = False) -> None:
        """Forget every story (the features stay unless ``features``), in one transaction."""
        ...

    def stories(
        self, *, min_articles: int = 1, limit: int | None = None, offset: int = 0
    ) -> list[StoryRow]: ...

    def count_stories(self, *, min_articles: int = 1) -> int: ...

    def story(self, story_id: int) -> tuple[StoryRow, list[StoryMember]]:
        """A story and its articles; :class:`StoreError` when there is no such story."""
        ...

    def story_ids(self, article_ids: Sequence[int]) -> dict[int, int]:
        """The story id of each of ``article_ids`` that is in one."""
        ...
