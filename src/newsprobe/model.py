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
from collections.abc import Callable, Iterator
from datetime import datetime
from enum import StrEnum
from functools import cache
from typing import Any, ClassVar, get_args

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

#: 1.2: AttributionKind.NARRATED; 1.3: tokens from spaCy, Token.kind set;
#: 1.4: Attribution.speaker (who really said it), Source.affiliation and aliases
#: 1.5: FindingVerdict.NOT_A_CLAIM (headline check)
#: 1.6: Metadata.genre and genre_reason (an opinion piece, from what the page says of itself)
#: 1.7: Metadata.read_at (when the page was fetched or read) and published_from (a derived date)
SCHEMA_VERSION = "1.7"


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
    """A token: spaCy's rule-based tokenizer plus newsprobe's rules (language/segment.py).

    ``kind`` is one of: ``regular`` (a word), ``number`` ("75", "2,5", "10.000", "3:0"),
    ``ordinal`` ("5.", "VI."), ``date`` ("12.03.2024", "12.03."), ``time`` ("14:30"),
    ``abbreviation`` ("Dr.", "z.", "U.S."), ``symbol`` (punctuation and other symbols),
    ``URL``, ``email_address``, ``mention`` ("@dpa"), ``hashtag`` ("#Wahl2025") and
    ``emoticon`` (emoji and ":-)")."""

    sentence: int | None = Field(default=None, description="Index of the sentence.")
    kind: str = Field(
        default="regular",
        description="Token class: regular, number, ordinal, date, time, abbreviation, "
        "symbol, URL, email_address, mention, hashtag, emoticon.",
    )
    space_after: bool = True
    pos: str | None = Field(default=None, description="Part-of-speech tag (STTS for German).")
    lemma: str | None = Field(default=None, description="Lemma (base form).")
    mood: str | None = Field(
        default=None, description="Verb mood for finite verbs: ind, subj1 (Konjunktiv I), subj2."
    )

    @classmethod
    def maker(cls) -> Callable[[int, int, str, int, str, bool], Token]:
        """A constructor for the tokenizer's hot loop: ``make(start, end, text, sentence, kind,
        space_after)`` from values already known to be valid, without validation (a third of
        its cost; validating tokens took a twentieth of a whole analysis).  Checked once per
        process against a validated token (values, field order, fields set, JSON); where they
        differ (another pydantic, a changed model) it validates instead."""
        return _token_maker()

    def fill(self, lemma: str | None, pos: str | None = None, mood: str | None = None) -> None:
        """Set the word-level fields (``pos`` and ``mood`` only when given) as assignment
        would, without pydantic's per-call dispatch (the pos layer sets them on every token)."""
        if not _PLAIN_ASSIGNMENT:
            self.lemma = lemma
            if pos is not None:
                self.pos = pos
            if mood is not None:
                self.mood = mood
            return
        values = self.__dict__
        values["lemma"] = lemma
        if pos is None:
            self.__pydantic_fields_set__.add("lemma")
            return
        values["pos"] = pos
        if mood is None:
            self.__pydantic_fields_set__.update(_LEMMA_POS)
        else:
            values["mood"] = mood
            self.__pydantic_fields_set__.update(_LEMMA_POS_MOOD)


_TOKEN_FIELDS_SET = frozenset(("start", "end", "text", "sentence", "kind", "space_after"))
_LEMMA_POS = ("lemma", "pos")
_LEMMA_POS_MOOD = ("lemma", "pos", "mood")
# pydantic's ``__setattr__`` on a model without ``validate_assignment`` stores the value in the
# instance ``__dict__`` and adds the name to the fields set; Token.fill does those two steps.
_PLAIN_ASSIGNMENT = not Token.model_config.get("validate_assignment") and not (
    Token.model_config.get("frozen")
)


@cache
def _token_maker() -> Callable[[int, int, str, int, str, bool], Token]:
    new = Token.__new__
    put = object.__setattr__

    def make(start: int, end: int, text: str, sentence: int, kind: str, space: bool) -> Token:
        token = new(Token)
        put(
            token,
            "__dict__",
            {
                "start": start,
                "end": end,
                "text": text,
                "sentence": sentence,
                "kind": kind,
                "space_after": space,
                "pos": None,
                "lemma": None,
                "mood": None,
            },
        )
        put(token, "__pydantic_fields_set__", set(_TOKEN_FIELDS_SET))
        put(token, "__pydantic_extra__", None)
        put(token, "__pydantic_private__", None)
        return token

    def validated(start: int, end: int, text: str, sentence: int, kind: str, space: bool) -> Token:
        return Token(
            start=start, end=end, text=text, sentence=sentence, kind=kind, space_after=space
        )

    try:
        want = validated(3, 7, "Wort", 0, "regular", True)
        got = make(3, 7, "Wort", 0, "regular", True)
        same = (
            got == want
            and list(got.__dict__) == list(want.__dict__)
            and got.model_fields_set == want.model_fields_set
            and got.__pydantic_extra__ == want.__pydantic_extra__
            and got.__pydantic_private__ == want.__pydantic_private__
            and got.model_dump_json() == want.model_dump_json()
            and not Token.__pydantic_post_init__
        )
    except Exception:  # a model this constructor does not fit: validate instead
        same = False
    return make if same else validated


# -- entities ---------------------------------------------------------------------------------
class EntityType(StrEnum):
    PER = "PER"
    ORG = "ORG"
    LOC = "LOC"
    MISC = "MISC"


class MentionForm(StrEnum):
    """How an entity is mentioned."""

    NAME = "name"  # "Wladimir Putin", "Putin", "Putins"
    ACRONYM = "acronym"  # "ISW"
    ROLE = "role"  # "Kremlchef", "Syriens Machthaber"
    PRONOUN = "pronoun"  # "er", "sie"
    COMPOUND = "compound"  # "Putin-Truppen", "Assad-Sturz" (not a full mention)
    DERIVED = "derived"  # "russische", "Russian" (not a full mention)


class Mention(Span):
    """A mention of an entity in the text."""

    id: int = Field(description="Index in Analysis.mentions.")
    type: EntityType
    form: MentionForm = MentionForm.NAME
    entity: int | None = Field(default=None, description="Id of the entity (cluster).")
    full: bool = Field(
        default=True, description="False for compounds and derived forms (not counted)."
    )
    sentence: int | None = None
    confidence: float | None = None
    origin: str = Field(default="", description="What found it: crf, gazetteer, pattern, role…")


class Entity(BaseModel):
    """An in-article entity: a cluster of mentions of one person, organisation or place."""

    model_config = ConfigDict(extra="forbid")

    id: int = Field(description="Index in Analysis.entities.")
    name: str = Field(description="Canonical name (longest full name in the article).")
    type: EntityType
    kb_id: str | None = Field(
        default=None, description="Wikidata QID (Q…) when certain, else a local id (np:…)."
    )
    kb_label: str | None = None
    description: str | None = Field(default=None, description="Role or short description.")
    mentions: list[int] = Field(default_factory=list, description="Ids of its mentions.")
    aliases: list[str] = Field(default_factory=list, description="Distinct surfaces.")


# -- attribution ------------------------------------------------------------------------------
class Cue(Span):
    """A cue word or phrase: speech verb, "laut", hedge, opinion marker…"""

    type: str = Field(description="Cue class from the lexicon, e.g. speech_verb, laut, hedge.")
    lemma: str | None = None


class AttributionKind(StrEnum):
    """How the article renders what was said.

    ``direct``: a quote; ``partial``: quoted words inside a reported clause; ``indirect``: a
    reported clause ("sagte, dass …", Konjunktiv I); ``reported``: sourcing that frames a
    statement ("laut X …", "X zufolge …", "according to X"); ``narrated``: a speech or thought
    act told with its topic but not its content ("kündigte Widerstand an", "sprach über die
    Reform" — the message is the topic); ``mixed``: a quote and a clause in one statement.
    """

    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"
    REPORTED = "reported"
    NARRATED = "narrated"
    MIXED = "mixed"


class SpeakerResolution(StrEnum):
    """How an attribution's real speaker was found."""

    NAME = "name"  # the speaker phrase names it ("Olaf Scholz", "die Polizei")
    APPOSITION = "apposition"  # a name beside a role ("der Sprecher der Gruppe, Ehsan")
    PRONOUN = "pronoun"  # "er", "sie", "seiner Meinung nach" -> antecedent
    DESCRIPTION = "description"  # "die Ministerin" -> the person holding that role
    PREVIOUS = "previous"  # no speaker of its own: the one of the statement it carries on
    NONE = "none"  # no one named ("hieß es"), or a pronoun left unresolved


class Speaker(BaseModel):
    """Who really said it: the canonical speaker of an attribution."""

    name: str | None = Field(
        default=None,
        description="Canonical name (the entity's name, else the phrase without its article); "
        "None where no one is named or a pronoun stays unresolved.",
    )
    named: bool = Field(default=False, description="A named person or organisation.")
    entity: int | None = Field(default=None, description="Id in Analysis.entities.")
    kb_id: str | None = None
    role: str | None = Field(
        default=None, description='A role the article gives it ("Ministerin").'
    )
    affiliation: str | None = Field(
        default=None, description='Whom an unnamed speaker speaks for ("Innenministerium").'
    )
    affiliation_entity: int | None = None
    resolved_by: SpeakerResolution = SpeakerResolution.NONE
    mention: Span | None = Field(
        default=None, description="The phrase that names it (the antecedent of a pronoun)."
    )
    confidence: float = 0.0


class Attribution(Span):
    """A statement the article attributes to someone; the span covers all of its parts."""

    id: int = Field(description="Index in Analysis.attributions.")
    kind: AttributionKind
    cue: Cue | None = None
    speakers: list[Span] = Field(default_factory=list, description="Speaker mention(s).")
    message: Span
    speaker_entity: int | None = Field(default=None, description="Entity id of the speaker.")
    source: int | None = Field(default=None, description="Id in Analysis.sources.")
    mood: str | None = Field(default=None, description="ind, subj1, subj2 of the message verb.")
    continues: int | None = Field(
        default=None, description="Attribution this one continues without a new cue."
    )
    sentences: list[int] = Field(default_factory=list)
    confidence: float | None = None
    speaker: Speaker | None = Field(default=None, description="The real speaker, resolved.")


class SourceType(StrEnum):
    OFFICIAL = "official"
    POLITICIAN = "politician"
    EXPERT = "expert"
    MEDIA = "media"
    SOCIAL_MEDIA = "social_media"
    ANONYMOUS = "anonymous"
    DOCUMENT = "document"
    WITNESS = "witness"
    OTHER = "other"
    #: The article names the speaker but newsprobe could not tell whom a pronoun refers to:
    #: not anonymous sourcing (kept out of the anonymous share and the weak-source checks).
    UNRESOLVED = "unresolved"


#: Source types a claim should not rest on alone.
WEAK_SOURCE_TYPES = frozenset({SourceType.ANONYMOUS, SourceType.SOCIAL_MEDIA})


class Source(BaseModel):
    """A distinct source the article relies on."""

    model_config = ConfigDict(extra="forbid")

    id: int = Field(description="Index in Analysis.sources.")
    name: str
    type: SourceType
    named: bool = Field(description='False for unnamed or vague sources ("Insider").')
    entity: int | None = None
    kb_id: str | None = None
    mentions: list[Span] = Field(default_factory=list)
    attributions: list[int] = Field(default_factory=list)
    statements: int = Field(default=0, description="Number of statements resting on it.")
    reason: str = Field(default="", description="Why it got its type.")
    affiliation: str | None = Field(
        default=None, description="Whom an unnamed source speaks for (its organisation)."
    )
    aliases: list[str] = Field(default_factory=list, description="Other names it goes by.")


# -- claims and findings ----------------------------------------------------------------------
class ClaimStatus(StrEnum):
    ASSERTED = "asserted"
    ATTRIBUTED = "attributed"
    HEDGED = "hedged"
    OPINION = "opinion"
    QUESTION = "question"


class Claim(Span):
    """A sentence or clause with its certainty status."""

    id: int = Field(description="Index in Analysis.claims.")
    sentence: int | None = None
    block: int | None = None
    role: str = Field(description="headline, kicker, teaser, highlight, caption, body…")
    status: ClaimStatus
    cues: list[Cue] = Field(default_factory=list)
    attributions: list[int] = Field(default_factory=list)
    sources: list[int] = Field(default_factory=list)


class Evidence(Span):
    """A body sentence offered as support for a headline or highlight."""

    sentence: int | None = None
    claim: int | None = None
    score: float = 0.0
    status: ClaimStatus | None = None
    sources: list[int] = Field(default_factory=list)


class FindingVerdict(StrEnum):
    SUPPORTED = "supported"
    OVERSTATED = "overstated"
    UNSUPPORTED = "unsupported"
    NOT_A_CLAIM = "not_a_claim"  # a label ("Will Smith"), nothing to check


class Finding(Span):
    """A headline-check finding; the span is the checked headline or highlight."""

    id: int = Field(description="Index in Analysis.findings.")
    kind: str = "headline_check"
    role: str = Field(description="headline, kicker_headline or highlight.")
    verdict: FindingVerdict
    evidence: list[Evidence] = Field(default_factory=list)
    cues: list[Cue] = Field(default_factory=list)
    reason: str = ""


class SourcingVerdict(BaseModel):
    """Where the article's certainty comes from, in figures and one plain-language summary."""

    model_config = ConfigDict(extra="forbid")

    claims: int = 0
    shares: dict[str, float] = Field(
        default_factory=dict, description="Share of body claims per status."
    )
    sources_by_type: dict[str, int] = Field(default_factory=dict)
    named_sources: int = 0
    unnamed_sources: int = 0
    weak_only_claims: list[int] = Field(
        default_factory=list, description="Claims resting only on anonymous/social-media sources."
    )
    summary: str = ""


class InputKind(StrEnum):
    TEXT = "text"
    HTML = "html"
    JSON = "json"


#: ``Metadata.published_from`` of a crawl date standing in for a missing publication date, and
#: the warning that says so (the page's own date, absolute or relative, replaces it).
CRAWL_DATE = "crawl date"
CRAWL_WARNING = "no publication date given: the crawl date stands in for it"


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
    published_from: str | None = Field(
        default=None,
        description="Where 'published' came from when the page does not print it: 'relative "
        "stamp: vor 2 Stunden' (counted back from read_at), 'crawl date' (the fetch time stands "
        "in); None: the input or the page gives it.",
    )
    read_at: datetime | None = Field(
        default=None,
        description="When the page was fetched or read (--read-at, a WARC-Date, a 'fetched'/"
        "'crawled' field): the time relative date stamps are counted back from.",
    )
    input_kind: InputKind = InputKind.TEXT
    source_path: str | None = Field(default=None, description="File the article was read from.")
    encoding: str | None = Field(default=None, description="Detected input encoding.")
    sha256: str | None = Field(default=None, description="Hash of the raw input bytes.")
    byline_empty: bool = Field(default=False, description="A byline template had no content.")
    genre: str | None = Field(
        default=None,
        description="'opinion' for commentary, columns, editorials, guest essays (from a kicker, "
        "section, URL, byline or disclaimer); None: news or not known.",
    )
    genre_reason: str | None = Field(default=None, description="What marked the genre.")


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
    SPAN_LAYERS: ClassVar[tuple[str, ...]] = (
        "blocks",
        "sentences",
        "tokens",
        "mentions",
        "attributions",
        "claims",
        "findings",
    )
    #: Layers whose items are not spans themselves but hold spans (checked as well).
    NESTED_LAYERS: ClassVar[tuple[str, ...]] = ("entities", "sources")

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
    mentions: list[Mention] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    verdict: SourcingVerdict | None = None

    # Scratch space shared by components within one run (never serialised).
    _scratch: dict[str, Any] = PrivateAttr(default_factory=dict)
    # Layout hints from the reader (e.g. HTML structure): (start, end, kind) over ``text``.
    _hints: list[tuple[int, int, str]] = PrivateAttr(default_factory=list)

    # -- access -----------------------------------------------------------------------------
    def spans(self, *, nested: bool = False) -> Iterator[tuple[str, Span]]:
        """Every span of every layer, with its layer name.

        With ``nested=True`` also the spans inside items (an attribution's cue, speakers and
        message; a source's mentions; a finding's evidence…).
        """
        for layer in self.SPAN_LAYERS:
            for span in getattr(self, layer):
                yield layer, span
                if nested:
                    for inner in _inner_spans(span):
                        yield layer, inner
        if nested:
            for layer in self.NESTED_LAYERS:
                for item in getattr(self, layer):
                    for inner in _inner_spans(item):
                        yield layer, inner

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
        for layer, span in self.spans(nested=True):
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


def _inner_spans(item: BaseModel) -> Iterator[Span]:
    """Spans held in the fields of ``item`` (one level of lists), recursively."""
    for name in _span_fields(type(item)):
        value = getattr(item, name)
        values = value if isinstance(value, list) else [value]
        for v in values:
            if isinstance(v, Span):
                yield v
                yield from _inner_spans(v)


_SPAN_FIELDS: dict[type[BaseModel], tuple[str, ...]] = {}


def _span_fields(cls: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``cls`` whose type can hold a :class:`Span` (a token has none: the
    integrity check walks a hundred thousand of them, so this is worked out once per type)."""
    found = _SPAN_FIELDS.get(cls)
    if found is None:
        found = _SPAN_FIELDS[cls] = tuple(
            name for name, info in cls.model_fields.items() if _can_hold_span(info.annotation)
        )
    return found


def _can_hold_span(annotation: Any) -> bool:
    if isinstance(annotation, type):
        return issubclass(annotation, Span)
    return annotation is Any or any(_can_hold_span(arg) for arg in get_args(annotation))


def json_schema() -> str:
    """The JSON Schema of :class:`Analysis`, as printed by ``newsprobe schema``."""
    schema = Analysis.model_json_schema()
    schema["$id"] = f"https://newsprobe.invalid/schema/analysis-{SCHEMA_VERSION}.json"
    schema["title"] = "newsprobe Analysis"
    return json.dumps(schema, indent=2, ensure_ascii=False)
