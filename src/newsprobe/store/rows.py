"""Typed rows the store returns: what :class:`newsprobe.Corpus` queries give back.

Every row is a small pydantic model (``.model_dump()`` for JSON, stable field order for CSV).
Offsets (``start``/``end``) are character offsets into the stored article's canonical text,
exactly as in :class:`newsprobe.model.Analysis`.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class Row(BaseModel):
    """Base of every result row: immutable, extra fields forbidden."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class AddResult(Row):
    """What :meth:`Corpus.add` did with one analysis."""

    article_id: int = Field(description="Id of the stored article (new or already present).")
    added: bool = Field(description="False when an article with the same text was stored before.")


class ArticleRow(Row):
    """One stored article (without its layers; see :meth:`Corpus.article` for those)."""

    id: int
    title: str | None = None
    url: str | None = None
    outlet: str | None = Field(default=None, description="Publisher / outlet name.")
    language: str | None = None
    published: datetime | None = None
    authors: list[str] = Field(default_factory=list)
    agency: list[str] = Field(default_factory=list)
    status: str = "ok"
    source_path: str | None = Field(default=None, description="Where it was first read from.")
    chars: int = 0
    tokens: int = 0
    mentions: int = 0
    attributions: int = 0
    claims: int = 0
    findings: int = 0
    text_sha256: str = Field(description="Hash of the canonical text (the dedup key).")
    added_at: datetime
    genre: str | None = Field(
        default=None, description="opinion for a commentary, column or editorial; else empty."
    )
    read_at: datetime | None = Field(default=None, description="When the page was read (UTC).")
    published_from: str | None = Field(
        default=None,
        description="Where a derived publication date came from (a relative stamp, the crawl "
        "date); empty when the page or the input gave the date.",
    )


class InputRow(Row):
    """One input record that gave an article's text: the first one read (``status``
    ``article``) or a later duplicate (``duplicate``: the same text again, from another file,
    record or outlet), with the metadata that input came with."""

    article_id: int
    path: str = Field(description="File (or pseudo path for analyses added through the API).")
    offset: int = Field(description="Byte offset of the record in the file (0 for whole files).")
    record: int | None = Field(default=None, description="Line (JSONL) or record number, 1-based.")
    status: str = Field(description="article (it created the article) or duplicate.")
    outlet: str | None = Field(default=None, description="Outlet this input names.")
    url: str | None = None
    title: str | None = None
    published: datetime | None = None
    added_at: datetime


class SearchHit(Row):
    """A full-text search hit with a highlighted snippet.

    ``snippet`` is plain text; ``highlights`` are ``(start, end)`` offsets into ``snippet`` of
    the matched terms (render them as ``<mark>`` after escaping, or use :meth:`marked`).
    """

    article_id: int
    title: str | None = None
    outlet: str | None = None
    language: str | None = None
    published: datetime | None = None
    url: str | None = None
    snippet: str
    highlights: list[tuple[int, int]] = Field(default_factory=list)
    score: float = Field(description="BM25 relevance; higher is better.")

    def marked(self, open_mark: str = "[", close_mark: str = "]") -> str:
        """The snippet with every highlight wrapped in ``open_mark``…``close_mark``."""
        parts: list[str] = []
        pos = 0
        for start, end in self.highlights:
            parts += [self.snippet[pos:start], open_mark, self.snippet[start:end], close_mark]
            pos = end
        parts.append(self.snippet[pos:])
        return "".join(parts)


class QuoteRow(Row):
    """One attributed statement ("who said what") with its article context."""

    article_id: int
    attribution_id: int
    title: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    kind: str = Field(description="direct, partial, indirect, reported, narrated or mixed.")
    speaker: str = Field(description="Speaker as written in the article ('' if none).")
    speaker_name: str | None = Field(default=None, description="Canonical entity name.")
    speaker_key: str | None = Field(default=None, description="Cross-article entity key.")
    cue: str | None = None
    cue_type: str | None = None
    message: str
    mood: str | None = None
    source_type: str | None = None
    source_name: str | None = None
    about: list[str] = Field(default_factory=list, description="Entities named in the message.")
    start: int
    end: int


class OutletSourcing(Row):
    """The sourcing profile of one outlet over all its stored articles.

    * ``source_types``: number of distinct sources per type (official, expert, anonymous…);
      ``source_shares``: the same as shares of all sources.
    * ``anonymous_share``: share of sources that are unnamed or of type anonymous (a pronoun
      newsprobe could not resolve, type ``unresolved``, is not anonymous sourcing).
    * ``anonymous_statement_share``: share of attributed statements that rest on such a source.
    * ``hedging_rate``: share of claims whose status is ``hedged``.
    * ``claim_shares``: share of claims per status (asserted, attributed, hedged, opinion…).
    """

    outlet: str = Field(description="Outlet name ('(unknown)' when the article names none).")
    articles: int
    sources: int
    source_types: dict[str, int] = Field(default_factory=dict)
    source_shares: dict[str, float] = Field(default_factory=dict)
    anonymous_share: float = 0.0
    statements: int = 0
    anonymous_statement_share: float = 0.0
    claims: int = 0
    claim_shares: dict[str, float] = Field(default_factory=dict)
    hedging_rate: float = 0.0


class EntityRow(Row):
    """An entity aggregated over the corpus (by its cross-article ``key``)."""

    key: str = Field(description="Wikidata QID when known, else TYPE:normalised name.")
    name: str = Field(description="The most frequent canonical name.")
    type: str
    kb_id: str | None = None
    articles: int = Field(description="Articles mentioning it.")
    mentions: int = Field(description="Full mentions (compounds/derived forms not counted).")
    quotes_by: int = Field(default=0, description="Statements attributed to it.")
    quotes_about: int = Field(default=0, description="Statements naming it in the message.")
    first_seen: datetime | None = None
    last_seen: datetime | None = None


class MentionCount(Row):
    """Mentions of an entity in one period (``period`` is YYYY-MM-DD, or 'undated')."""

    period: str
    articles: int
    mentions: int


class EntityProfile(Row):
    """One entity across the corpus: totals, mentions over time, quotes by and about it."""

    entity: EntityRow
    aliases: list[str] = Field(default_factory=list)
    timeline: list[MentionCount] = Field(default_factory=list)
    quotes_by: list[QuoteRow] = Field(default_factory=list)
    quotes_about: list[QuoteRow] = Field(default_factory=list)
    articles: list[int] = Field(default_factory=list, description="Ids of articles naming it.")
    source_types: dict[str, int] = Field(
        default_factory=dict, description="Statements per source type (person profile)."
    )
    roles: list[str] = Field(default_factory=list, description="Roles the articles give it.")
    affiliations: list[str] = Field(default_factory=list)


class FailureRow(Row):
    """An input that did not become an article, with where it was and why."""

    id: int
    path: str
    offset: int = Field(description="Byte offset of the record in the file (0 for whole files).")
    record: int | None = Field(default=None, description="Line (JSONL) or record number, 1-based.")
    stage: str = Field(description="discover, read, analyse or store.")
    reason: str
    attempts: int = 1
    first_seen: datetime
    last_seen: datetime


class CorpusStats(Row):
    """Size and shape of the corpus."""

    path: str
    schema_version: int
    articles: int
    inputs: int = Field(description="Input records seen (articles plus duplicates).")
    duplicates: int
    failures: int
    outlets: dict[str, int] = Field(default_factory=dict)
    languages: dict[str, int] = Field(default_factory=dict)
    genres: dict[str, int] = Field(
        default_factory=dict, description="Articles per genre (news: not marked as opinion)."
    )
    layers: dict[str, int] = Field(default_factory=dict, description="Rows per layer table.")
    first_published: datetime | None = None
    last_published: datetime | None = None
    db_bytes: int = 0


class IngestReport(Row):
    """What one ingest run did (``newsprobe ingest`` prints it)."""

    inputs: int = Field(description="Records found in the given paths.")
    added: int = Field(description="New articles stored.")
    duplicates: int = Field(description="Records whose text was already stored (nothing added).")
    skipped: int = Field(description="Records already ingested by an earlier run (resume).")
    failed: int = Field(description="Records that became rows in `failures`.")
    timeouts: int = Field(
        default=0,
        description="Failed records whose analysis ran past the "
        "per-article time limit (counted in ``failed`` too).",
    )
    seconds: float
    workers: int
    articles_per_second: float = Field(description="Analysed records per second of wall time.")
    peak_rss_mb: dict[str, float] = Field(
        default_factory=dict, description="Peak resident memory per worker process (MB)."
    )
    analyse_seconds: float = Field(default=0.0, description="Reading + pipeline, all workers.")
    flatten_seconds: float = Field(default=0.0, description="Analysis → table rows, all workers.")
    write_seconds: float = Field(default=0.0, description="Database writes (the one writer).")
    story_seconds: float = Field(default=0.0, description="Story clustering (the one writer).")
