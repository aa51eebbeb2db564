"""The PostgreSQL schema, versioned like the SQLite one (:mod:`newsprobe.store.schema`).

``PG_MIGRATIONS[i]`` brings a database from version ``i`` to ``i + 1`` and does in PostgreSQL
what ``MIGRATIONS[i]`` does in SQLite: tables, columns (same names, same order: exports and
batch shards do not depend on the backend) and indexes.  A migration added to the SQLite
schema gets its PostgreSQL twin here under the same number (the store refuses to open when
the two lists differ in length).  The version is the one row of ``newsprobe_schema``; opening
a database applies the missing migrations in one transaction under an advisory lock, so
several processes opening a new database at once migrate it once.

The tables are :mod:`newsprobe.store.schema`'s own description, rendered for PostgreSQL by
:mod:`newsprobe.store.ddl`.  Differences: ids are identity columns; the full-text index is
``articles_fts`` (a ``tsvector`` per article, built with the ``german``, ``english`` or
``simple`` configuration after the article's language, GIN-indexed); ``instr``, ``np_fold``
and ``json_group_array`` are defined so that the read queries of
:mod:`newsprobe.store.queries` run unchanged.
"""

from __future__ import annotations

from newsprobe.store.ddl import POSTGRES, render
from newsprobe.store.schema import V1_TABLES, V2, V3_TABLES, V5, V6
from newsprobe.store.story_schema import V4_TABLES

#: Functions the shared read queries use (SQLite has them built in or registered).
_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION instr(haystack text, needle text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT strpos(haystack, needle) $$;

CREATE OR REPLACE FUNCTION np_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT btrim(regexp_replace(replace(lower(value), 'ß', 'ss'), '\s+', ' ', 'g')) $$;

CREATE OR REPLACE FUNCTION np_json_array(items text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT coalesce(array_to_json(items)::text, '[]') $$;

CREATE AGGREGATE json_group_array(text) (
    SFUNC = array_append, STYPE = text[], FINALFUNC = np_json_array, INITCOND = '{}'
);

CREATE OR REPLACE FUNCTION np_ts_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE language WHEN 'de' THEN 'german'::regconfig
                         WHEN 'en' THEN 'english'::regconfig
                         ELSE 'simple'::regconfig END $$;
"""

PG_V1 = _FUNCTIONS + render(V1_TABLES, POSTGRES)

#: Version 2 (as SQLite's V2): every input keeps the metadata it came with.
PG_V2 = V2

#: Version 3 (as SQLite's V3): how and for whom a speaker speaks, source affiliations and
#: aliases, and the cross-article person profiles.
PG_V3 = render(V3_TABLES, POSTGRES)

#: Version 4 (as SQLite's V4, :mod:`newsprobe.store.story_schema`): story clustering; ids
#: are ``BIGINT`` like the articles' they are.
PG_V4 = render(V4_TABLES, POSTGRES)

#: Version 5 (as SQLite's V5): the article's genre.
PG_V5 = V5

#: Version 6 (as SQLite's V6): when the page was read, where a derived date came from.
PG_V6 = V6

PG_MIGRATIONS: tuple[str, ...] = (PG_V1, PG_V2, PG_V3, PG_V4, PG_V5, PG_V6)

#: The version table (outside the numbered migrations: it records them).
VERSION_TABLE = "newsprobe_schema"
