"""The SQLite schema, versioned: ``PRAGMA user_version`` holds the applied migration.

A migration is appended to :data:`MIGRATIONS`, never edited once released; opening a database
applies the missing ones in one transaction.  Column order of every table is part of the
export format (one file per table), so new columns are only ever appended.

Layer tables have the primary key ``(article_id, id)`` where ``id`` is the item's index in its
``Analysis`` layer, so rows map back to ``Analysis.<layer>[id]``; references between layers
are composite foreign keys within the article.
"""

from __future__ import annotations

from newsprobe.store.ddl import SQLITE, render
from newsprobe.store.story_schema import V4_TABLES

#: The tables of version 1, for both backends (placeholders: :mod:`newsprobe.store.ddl`).
V1_TABLES = """
CREATE TABLE articles (
    id $KEY,
    text_sha256 TEXT NOT NULL UNIQUE,
    raw_sha256 TEXT,
    title TEXT,
    headline TEXT,
    url TEXT,
    outlet TEXT,
    language TEXT,
    language_confidence $REAL,
    published TEXT,
    authors TEXT NOT NULL DEFAULT '[]',
    agency TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL,
    input_kind TEXT,
    encoding TEXT,
    source_path TEXT,
    analysis_version TEXT NOT NULL,
    components TEXT NOT NULL DEFAULT '[]',
    warnings TEXT NOT NULL DEFAULT '[]',
    chars INTEGER NOT NULL,
    blocks INTEGER NOT NULL,
    sentences INTEGER NOT NULL,
    tokens INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    entities INTEGER NOT NULL,
    attributions INTEGER NOT NULL,
    sources INTEGER NOT NULL,
    claims INTEGER NOT NULL,
    findings INTEGER NOT NULL,
    verdict_summary TEXT,
    text TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_raw ON articles(raw_sha256);

CREATE TABLE analyses (
    article_id $ID PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    codec TEXT NOT NULL,
    data $BLOB NOT NULL
);

$FTS

CREATE TABLE blocks (
    article_id $ID NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    duplicate_of INTEGER,
    parent INTEGER,
    PRIMARY KEY (article_id, id)
)$ROWID;

CREATE TABLE entities (
    article_id $ID NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    kb_id TEXT,
    kb_label TEXT,
    description TEXT,
    mentions INTEGER NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    fold TEXT NOT NULL,
    PRIMARY KEY (article_id, id)
)$ROWID;
CREATE INDEX entities_key ON entities(key);

CREATE TABLE mentions (
    article_id $ID NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    entity_id INTEGER,
    type TEXT NOT NULL,
    form TEXT NOT NULL,
    "full" INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence INTEGER,
    confidence $REAL,
    origin TEXT NOT NULL,
    PRIMARY KEY (article_id, id),
    FOREIGN KEY (article_id, entity_id) REFERENCES entities(article_id, id)
)$ROWID;

CREATE TABLE sources (
    article_id $ID NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    named INTEGER NOT NULL,
    entity_id INTEGER,
    kb_id TEXT,
    statements INTEGER NOT NULL,
    attributions TEXT NOT NULL DEFAULT '[]',
    mentions INTEGER NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (article_id, id),
    FOREIGN KEY (article_id, entity_id) REFERENCES entities(article_id, id)
)$ROWID;

CREATE TABLE attributions (
    article_id $ID NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT NOT NULL,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_entity INTEGER,
    speaker_key TEXT,
    speaker_name TEXT,
    cue TEXT,
    cue_type TEXT,
    cue_lemma TEXT,
    message TEXT NOT NULL,
    message_start INTEGER NOT NULL,
    message_end INTEGER NOT NULL,
    source_id INTEGER,
    mood TEXT,
    continues INTEGER,
    confidence $REAL,
    speaker_fold TEXT NOT NULL,
    PRIMARY KEY (article_id, id),
    FOREIGN KEY (article_id, speaker_entity) REFERENCES entities(article_id, id),
    FOREIGN KEY (article_id, source_id) REFERENCES sources(article_id, id)
)$ROWID;
CREATE INDEX attributions_speaker_key ON attributions(speaker_key);

CREATE TABLE attribution_about (
    article_id $ID NOT NULL,
    attribution_id INTEGER NOT NULL,
    entity_id INTEGER NOT NULL,
    PRIMARY KEY (article_id, attribution_id, entity_id),
    FOREIGN KEY (article_id, attribution_id) REFERENCES attributions(article_id, id)
        ON DELETE CASCADE,
    FOREIGN KEY (article_id, entity_id) REFERENCES entities(article_id, id) ON DELETE CASCADE
)$ROWID;
CREATE INDEX attribution_about_entity ON attribution_about(article_id, entity_id);

CREATE TABLE claims (
    article_id $ID NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence INTEGER,
    block INTEGER,
    role TEXT NOT NULL,
    status TEXT NOT NULL,
    cues TEXT NOT NULL DEFAULT '[]',
    attributions TEXT NOT NULL DEFAULT '[]',
    sources TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (article_id, id)
)$ROWID;

CREATE TABLE findings (
    article_id $ID NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    role TEXT NOT NULL,
    verdict TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    reason TEXT NOT NULL,
    evidence TEXT NOT NULL DEFAULT '[]',
    cues TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (article_id, id)
)$ROWID;

CREATE TABLE inputs (
    id $KEY,
    path TEXT NOT NULL,
    "offset" $ID NOT NULL,
    record $ID,
    raw_sha256 TEXT,
    article_id $ID NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    added_at TEXT NOT NULL,
    UNIQUE (path, "offset")
);
CREATE INDEX inputs_raw ON inputs(raw_sha256);
CREATE INDEX inputs_article ON inputs(article_id);

CREATE TABLE failures (
    id $KEY,
    path TEXT NOT NULL,
    "offset" $ID NOT NULL,
    record $ID,
    stage TEXT NOT NULL,
    reason TEXT NOT NULL,
    raw_sha256 TEXT,
    attempts INTEGER NOT NULL DEFAULT 1,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    UNIQUE (path, "offset")
);
"""
V1 = render(V1_TABLES, SQLITE)

#: Version 2: every input record keeps the metadata it came with (outlet, url, title,
#: published), so an article read again from another outlet (a duplicate: same text) still
#: shows where else it appeared.  Rows that created their article get the article's values.
V2 = """
ALTER TABLE inputs ADD COLUMN outlet TEXT;
ALTER TABLE inputs ADD COLUMN url TEXT;
ALTER TABLE inputs ADD COLUMN title TEXT;
ALTER TABLE inputs ADD COLUMN published TEXT;
UPDATE inputs SET (outlet, url, title, published) = (
    SELECT a.outlet, a.url, a.title, a.published FROM articles a WHERE a.id = inputs.article_id
) WHERE status = 'article';
"""

#: Version 3: who really said it.  Attributions keep how their speaker was resolved and whom
#: an unnamed speaker speaks for; sources their affiliation and aliases; ``person_profiles``
#: gathers, per cross-article entity key, the types, roles and affiliations seen for a person
#: across the corpus (so a person typed politician elsewhere keeps that type).
V3_TABLES = """
ALTER TABLE attributions ADD COLUMN speaker_how TEXT;
ALTER TABLE attributions ADD COLUMN speaker_affiliation TEXT;
ALTER TABLE sources ADD COLUMN affiliation TEXT;
ALTER TABLE sources ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]';
CREATE TABLE person_profiles (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    types TEXT NOT NULL DEFAULT '{}',
    roles TEXT NOT NULL DEFAULT '[]',
    affiliations TEXT NOT NULL DEFAULT '[]',
    articles INTEGER NOT NULL DEFAULT 0,
    statements INTEGER NOT NULL DEFAULT 0
)$ROWID;
"""

V3 = render(V3_TABLES, SQLITE)

#: Version 4: story clustering (:mod:`newsprobe.store.story_schema`).
V4 = render(V4_TABLES, SQLITE)

#: Version 5: an article's genre (``opinion`` for a commentary, column, editorial; empty for
#: the rest, and for articles analysed before schema 1.6 found genres) and what marked it.
V5 = """
ALTER TABLE articles ADD COLUMN genre TEXT;
ALTER TABLE articles ADD COLUMN genre_reason TEXT;
CREATE INDEX articles_genre ON articles(genre);
"""

#: Version 6: when the page was read (``read_at``, UTC) and where a derived publication date
#: came from (``published_from``: a relative stamp counted back from ``read_at``, or the crawl
#: date standing in); both empty for articles analysed before schema 1.7.
V6 = """
ALTER TABLE articles ADD COLUMN read_at TEXT;
ALTER TABLE articles ADD COLUMN published_from TEXT;
"""

#: ``MIGRATIONS[i]`` brings a database from version ``i`` to ``i + 1``.
MIGRATIONS: tuple[str, ...] = (V1, V2, V3, V4, V5, V6)

#: The schema version this code writes and reads.
SCHEMA_VERSION = len(MIGRATIONS)

#: Layer tables filled from an Analysis, in insert order (referenced tables first).
LAYER_TABLES: tuple[str, ...] = (
    "blocks",
    "entities",
    "mentions",
    "sources",
    "attributions",
    "attribution_about",
    "claims",
    "findings",
)

#: Tables written by ``export``, one file each, in this order.
EXPORT_TABLES: tuple[str, ...] = ("articles", *LAYER_TABLES, "inputs", "failures")

#: Internal helper columns left out of exports.
EXPORT_HIDDEN: frozenset[tuple[str, str]] = frozenset(
    {("entities", "fold"), ("attributions", "speaker_fold")}
)

#: Columns of each layer table after ``article_id``, in the order of
#: :class:`newsprobe.store.base.Prepared` rows (built by :mod:`newsprobe.store.flatten`).
LAYER_COLUMNS: dict[str, tuple[str, ...]] = {
    "blocks": ("id", "kind", "start", "end", "text", "duplicate_of", "parent"),
    "entities": (
        "id",
        "key",
        "name",
        "type",
        "kb_id",
        "kb_label",
        "description",
        "mentions",
        "aliases",
        "fold",
    ),
    "mentions": (
        "id",
        "entity_id",
        "type",
        "form",
        "full",
        "start",
        "end",
        "text",
        "sentence",
        "confidence",
        "origin",
    ),
    "sources": (
        "id",
        "name",
        "type",
        "named",
        "entity_id",
        "kb_id",
        "statements",
        "attributions",
        "mentions",
        "reason",
        "affiliation",
        "aliases",
    ),
    "attributions": (
        "id",
        "kind",
        "start",
        "end",
        "text",
        "speaker",
        "speaker_start",
        "speaker_end",
        "speaker_entity",
        "speaker_key",
        "speaker_name",
        "cue",
        "cue_type",
        "cue_lemma",
        "message",
        "message_start",
        "message_end",
        "source_id",
        "mood",
        "continues",
        "confidence",
        "speaker_fold",
        "speaker_how",
        "speaker_affiliation",
    ),
    "attribution_about": ("attribution_id", "entity_id"),
    "claims": (
        "id",
        "start",
        "end",
        "text",
        "sentence",
        "block",
        "role",
        "status",
        "cues",
        "attributions",
        "sources",
    ),
    "findings": (
        "id",
        "kind",
        "role",
        "verdict",
        "start",
        "end",
        "text",
        "reason",
        "evidence",
        "cues",
    ),
}

#: Columns holding JSON arrays as text (decoded in JSONL exports).
JSON_COLUMNS: frozenset[tuple[str, str]] = frozenset(
    {
        ("articles", "authors"),
        ("articles", "agency"),
        ("articles", "components"),
        ("articles", "warnings"),
        ("entities", "aliases"),
        ("sources", "attributions"),
        ("sources", "aliases"),
        ("claims", "cues"),
        ("claims", "attributions"),
        ("claims", "sources"),
        ("findings", "evidence"),
        ("findings", "cues"),
    }
)

#: Columns holding ISO 8601 date-times (UTC, no zone); timestamps in Parquet exports.
DATE_COLUMNS: frozenset[tuple[str, str]] = frozenset(
    {
        ("articles", "published"),
        ("articles", "added_at"),
        ("articles", "read_at"),
        ("inputs", "added_at"),
        ("inputs", "published"),
        ("failures", "first_seen"),
        ("failures", "last_seen"),
    }
)
