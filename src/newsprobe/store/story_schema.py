"""Tables of story clustering (schema version 4), in SQL both SQLite and PostgreSQL accept.

``story_features``
    What clustering needs of each article, written with the article (computed in the ingest
    workers): weighted title/lead terms as JSON, a MinHash signature as base64 text, the
    shingle count, the credited agency, and the publication time copied for window queries.
``stories``
    One row per story; its id is the id of the article that opened it, so a re-clustering
    gives the same ids.  ``outlets`` and ``languages`` are JSON arrays.
``story_articles``
    The story of each clustered article: how it joined (``open``, ``similar``, ``copy``),
    its similarity to the story when it joined, ``copy_of`` (the first article of the text it
    copies) with the copy similarity and agency, and ``vector``, its tf-idf vector at the time
    it joined (JSON), so the live stories' centroids are rebuilt exactly when ingest resumes.
``story_df``
    Document frequency of every term over the clustered articles (``''``: their number).

Written once for both backends (placeholders: :mod:`newsprobe.store.ddl`); upserts use
``ON CONFLICT … DO UPDATE`` (SQLite >= 3.24, PostgreSQL >= 9.5).
"""

from __future__ import annotations

V4_TABLES = """
CREATE TABLE story_features (
    article_id $ID PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    time TEXT,
    terms TEXT NOT NULL,
    signature TEXT,
    shingles INTEGER NOT NULL,
    agency TEXT
);
CREATE TABLE stories (
    id $ID PRIMARY KEY,
    title TEXT,
    first_time TEXT,
    last_time TEXT,
    last_article $ID NOT NULL,
    articles INTEGER NOT NULL,
    copies INTEGER NOT NULL,
    outlets TEXT NOT NULL,
    languages TEXT NOT NULL
);
CREATE INDEX stories_last_time ON stories(last_time);
CREATE INDEX stories_last_article ON stories(last_article);
CREATE TABLE story_articles (
    article_id $ID PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id $ID NOT NULL,
    joined_by TEXT NOT NULL,
    similarity $REAL,
    copy_of $ID,
    copy_similarity $REAL,
    agency TEXT,
    vector TEXT NOT NULL
);
CREATE INDEX story_articles_story ON story_articles(story_id);
CREATE TABLE story_df (
    term TEXT PRIMARY KEY,
    df INTEGER NOT NULL
);
"""

#: Story tables, in the order a reset empties them.
STORY_TABLES: tuple[str, ...] = ("story_articles", "stories", "story_df")
