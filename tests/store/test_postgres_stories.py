"""Stories on PostgreSQL with several writers: every article clustered once, in id order, as a
from-scratch clustering would; a writer working from stale story state is refused."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator

import pytest

from newsprobe import Corpus
from newsprobe.api import analyze_text
from newsprobe.store import open_store
from newsprobe.store.base import ArticleWrite, InputRef, Prepared, StoriesMoved
from newsprobe.store.flatten import prepare, text_hash
from newsprobe.stories.update import StoryUpdater
from pgtest import pg_schema

HAFEN = (
    "Hamburg (dpa) – Der Hamburger Hafen hat im vergangenen Jahr weniger Container umgeschlagen. "
    "Nach Angaben der Hafenbehörde sank der Umschlag um sieben Prozent. Als Gründe nannte die "
    "Behörde die schwache Weltwirtschaft und die Konkurrenz aus Rotterdam und Antwerpen."
)
FUSSBALL = (
    "München – Der FC Bayern hat das Spitzenspiel gegen Borussia Dortmund mit 3:1 gewonnen. "
    "Harry Kane traf zweimal, der Trainer lobte die Mannschaft vor 75.000 Zuschauern."
)


@pytest.fixture(scope="module")
def bases() -> list[Prepared]:
    return [prepare(analyze_text(HAFEN)), prepare(analyze_text(FUSSBALL))]


@pytest.fixture
def url() -> Iterator[str]:
    with pg_schema() as u:
        yield u


def _variant(base: Prepared, i: int) -> Prepared:
    text = f"{base.article['text']}\n\nNachtrag {i}."
    return dataclasses.replace(
        base, text_sha256=text_hash(text), article={**base.article, "text": text}
    )


def _assignments(url: str) -> list[tuple]:
    with Corpus(url, readonly=True) as c:
        return sorted(
            (m.article_id, m.story_id, m.joined_by, m.copy_of)
            for s in c.stories()
            for m in c.story(s.id)[1]
        )


def test_features_are_written_with_articles_in_batches_and_alone(
    url: str, bases: list[Prepared]
) -> None:
    texts = [_variant(bases[0], i) for i in range(3)] + [bases[1]]
    with Corpus(url) as c:
        store = c._store
        store.write([ArticleWrite(InputRef(f"{i}.txt", 0), p) for i, p in enumerate(texts[:3])])
        store._layers = None  # the article-by-article path (after a failure)
        store._article(texts[3], "2026-01-01T00:00:00Z")  # type: ignore[attr-defined]
        rows = store.conn.execute(  # type: ignore[attr-defined]
            "SELECT article_id, shingles FROM story_features ORDER BY article_id"
        ).fetchall()
        assert [r[0] for r in rows] == [1, 2, 3, 4]
        assert [r[1] for r in rows] == [p.story[2] for p in texts]  # type: ignore[index]
        assert c.update_stories() == 4
        assert c.count_stories() == 2  # the three variants are one story


def test_a_stale_story_writer_is_refused_and_reloads(url: str, bases: list[Prepared]) -> None:
    base = bases[0]
    first, second = open_store(url), open_store(url)
    try:
        first.write([ArticleWrite(InputRef("a.txt", 0), _variant(base, 0))])
        stale = StoryUpdater(second)
        stale.clusterer = stale._load()  # reads the state: nothing clustered yet
        assert StoryUpdater(first).run() == 1
        first.write([ArticleWrite(InputRef("b.txt", 0), _variant(base, 1))])
        with pytest.raises(StoriesMoved):
            second.write_stories(stale.clusterer.add(second.story_pending(0, 10)))
        stale.clusterer = stale._load()
        assert stale.run() == 1  # reloaded: joins the story the other writer opened
    finally:
        first.close()
        second.close()
    assert [(a, s) for a, s, _, _ in _assignments(url)] == [(1, 1), (2, 1)]


def test_concurrent_ingest_and_clustering_equal_a_rebuild(url: str, bases: list[Prepared]) -> None:
    open_store(url).close()
    texts = [_variant(bases[i % 2], i) for i in range(24)]
    errors: list[BaseException] = []

    def writer(k: int) -> None:
        try:
            store = open_store(url)
            try:
                updater = StoryUpdater(store)
                mine = texts[k::4]
                for lo in range(0, len(mine), 2):
                    store.write(
                        [
                            ArticleWrite(InputRef(f"w{k}/{lo + n}.txt", 0), p)
                            for n, p in enumerate(mine[lo : lo + 2])
                        ]
                    )
                    updater.run()
            finally:
                store.close()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    incremental = _assignments(url)
    assert [a for a, *_ in incremental] == list(range(1, 25))  # every article, once
    with Corpus(url) as c:
        assert c.rebuild_stories() == 24
    assert _assignments(url) == incremental
