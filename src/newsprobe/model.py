"""The one data model: an :class:`Analysis` of an article and its span layers.

Every annotation is a :class:`Span` with ``start``/``end`` character offsets into
``Analysis.text`` (the article's canonical text) and ``text`` holding its surface, so that
``analysis.text[span.start:span.end] == span.text`` always holds.  :meth:`Analysis.check_spans`
verifies this for every layer and is run by the pipeline after each component.

Layers are plain typed list fields on :class:`Analysis`.  A later capability (entities, quotes,
sources, claims, findings) adds one field with its own span subclass; nothing already here
changes shape, and ``SCHEMA_VERSION`` gets a minor bump.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

SCHEMA_VERSION = "1.0"


class SpanError(ValueError):
    """A span whose offsets do not match its surface text."""


class Span(BaseModel):
    """A stretch of the canonical text: ``text == analysis.text[start:end]``."""

    model_config = ConfigDict(extra="forbid")

    start: int = Field(ge=0, description="Start offset (inclusive) into Analysis.text.")
    end: int = Field(ge=0, description="End offset (exclusive) into Analysis.text.")
    text: str = Field(description="The surface: Analysis.text[start:end].")

    @classmethod
    def of(cls, source: str, start: int, end: int, **fields: Any) -> Any:
        """Build a span of type ``cls`` over ``source[start:end]``."""
        if not 0 <= start <= end <= len(source):
            raise SpanError(f"offsets {start}:{end} outside text of length {len(source)}")
        return cls(start=start, end=end, text=source[start:end], **fields)

    def __len__(self) -> int:
        return self.end - self.start


class BlockKind(StrEnum):
    """Layout role of a block of the article."""

    HEADLINE = "headline"
    KICKER = "kicker"
    TEASER = "teaser"
    HIGHLIGHT = "highlight"
    SUBHEADING = "subheading"
    PARAGRAPH = "paragraph"
    QUOTE_BLOCK = "quote_block"
    LIST_ITEM = "list_item"
    CAPTION = "caption"
    CREDIT = "credit"
    BYLINE = "byline"
    DATELINE = "dateline"
    RELATED = "related"


class Block(Span):
    """A layout block (one line or paragraph of the article) with its role."""

    id: int = Field(description="Index of the block in Analysis.blocks.")
    kind: BlockKind
    duplicate_of: int | None = Field(
        default=None, description="Id of an earlier block this one repeats (e.g. a caption)."
    )
    parent: int | None = Field(
        default=None, description="Id of the block this one belongs to (kicker -> headline)."
    )


class RemovedKind(StrEnum):
    """Why a stretch of the input was kept out of the canonical text."""

    BOILERPLATE = "boilerplate"
    UI_RESIDUE = "ui_residue"
    DUPLICATE = "duplicate"
    AGENCY_CODE = "agency_code"
    EMPTY_BYLINE = "empty_byline"
    NAVIGATION = "navigation"


class Removed(BaseModel):
    """Input kept out of the canonical text, recorded so nothing is silently lost."""

    model_config = ConfigDict(extra="forbid")

    kind: RemovedKind
    text: str = Field(description="The removed input, verbatim.")
    at: int = Field(ge=0, description="Offset in Analysis.text where it stood.")
    reason: str = Field(default="", description="Which rule removed it.")
    duplicate_of: int | None = Field(
        default=None, description="Id of the block this removed text repeats."
    )


class Sentence(Span):
    """A sentence; never crosses a block boundary."""

    block: int | None = Field(default=None, description="Id of the block holding the sentence.")


class Token(Span):
    """A token as produced by the tokenizer (SoMaJo)."""

    sentence: int | None = Field(default=None, description="Index of the sentence.")
    kind: str = Field(default="word", description="SoMaJo token class (regular, number, URL…).")
    space_after: bool = True


class InputKind(StrEnum):
    TEXT = "text"
    HTML = "html"
    JSON = "json"


class Metadata(BaseModel):
    """What is known about the article beyond its text."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = None
    url: str | None = None
    language: str | None = Field(default=None, description="ISO 639-1 code, e.g. 'de'.")
    language_confidence: float | None = None
    publisher: str | None = None
    agency: list[str] = Field(default_factory=list, description="News agencies credited.")
    authors: list[str] = Field(default_factory=list)
    published: datetime | None = None
    input_kind: InputKind = InputKind.TEXT
    source_path: str | None = Field(default=None, description="File the article was read from.")
    encoding: str | None = Field(default=None, description="Detected input encoding.")
    sha256: str | None = Field(default=None, description="Hash of the raw input bytes.")
    byline_empty: bool = Field(default=False, description="A byline template had no content.")


class Status(StrEnum):
    """Whether an article was found in the input."""

    OK = "ok"
    NO_ARTICLE_FOUND = "no_article_found"


class Timing(BaseModel):
    component: str
    seconds: float


class Analysis(BaseModel):
    """One article, its canonical text and every layer of annotation over it."""

    model_config = ConfigDict(extra="forbid")

    #: Names of the list fields holding Span subclasses; check_spans walks these.
    SPAN_LAYERS: ClassVar[tuple[str, ...]] = ("blocks", "sentences", "tokens")

    schema_version: str = SCHEMA_VERSION
    status: Status = Field(default=Status.OK, description="no_article_found: see warnings.")
    text: str = Field(description="Canonical text: the article without boilerplate.")
    meta: Metadata = Field(default_factory=Metadata)
    components: list[str] = Field(
        default_factory=list, description="Pipeline components that have run, in order."
    )
    timings: list[Timing] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    removed: list[Removed] = Field(default_factory=list)
    blocks: list[Block] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    tokens: list[Token] = Field(default_factory=list)

    # Scratch space shared by components within one run (never serialised).
    _scratch: dict[str, Any] = PrivateAttr(default_factory=dict)
    # Layout hints from the reader (e.g. HTML structure): (start, end, kind) over ``text``.
    _hints: list[tuple[int, int, str]] = PrivateAttr(default_factory=list)

    # -- access -----------------------------------------------------------------------------
    def spans(self) -> Iterator[tuple[str, Span]]:
        """Every span of every layer, with its layer name."""
        for layer in self.SPAN_LAYERS:
            for span in getattr(self, layer):
                yield layer, span

    def block_of(self, span: Span) -> Block | None:
        """The block containing ``span`` (blocks never overlap)."""
        for block in self.blocks:
            if block.start <= span.start and span.end <= block.end:
                return block
        return None

    def blocks_of(self, *kinds: BlockKind) -> list[Block]:
        return [b for b in self.blocks if b.kind in kinds]

    @property
    def headline(self) -> Block | None:
        found = self.blocks_of(BlockKind.HEADLINE)
        return found[0] if found else None

    # -- integrity ---------------------------------------------------------------------------
    def check_spans(self) -> None:
        """Raise :class:`SpanError` if any span's offsets disagree with its surface."""
        n = len(self.text)
        for layer, span in self.spans():
            if not 0 <= span.start <= span.end <= n:
                raise SpanError(f"{layer}: span {span.start}:{span.end} outside text of {n}")
            if self.text[span.start : span.end] != span.text:
                raise SpanError(
                    f"{layer}: span {span.start}:{span.end} surface {span.text!r} "
                    f"!= text {self.text[span.start : span.end]!r}"
                )

    # -- serialisation -----------------------------------------------------------------------
    def to_json(self, *, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> Analysis:
        analysis = cls.model_validate_json(data)
        analysis.check_spans()
        return analysis


def json_schema() -> str:
    """The JSON Schema of :class:`Analysis`, as printed by ``newsprobe schema``."""
    schema = Analysis.model_json_schema()
    schema["$id"] = f"https://newsprobe.invalid/schema/analysis-{SCHEMA_VERSION}.json"
    schema["title"] = "newsprobe Analysis"
    return json.dumps(schema, indent=2, ensure_ascii=False)
