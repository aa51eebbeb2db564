"""newsprobe's analysis as a spaCy ``Doc``: :func:`to_spacy` (``newsprobe.interop.to_spacy``).

A function, not a method on ``Analysis``: the model sits at the bottom of the house and never
imports upwards, not even lazily (``tests/test_architecture.py``).

The ``Doc`` holds newsprobe's own tokens with their exact whitespace, so ``doc.text ==
analysis.text`` and every character offset is the same on both sides (text between tokens
that is more than one space — line breaks, indentation — becomes whitespace tokens, as spaCy's
tokenizer makes them).  Per token: ``tag_`` (STTS for German), ``lemma_``, and the sentence
starts of newsprobe's sentences (``doc.sents``).

Layers:

* ``doc.ents`` — the entity mentions that are names (``full`` name and acronym mentions), label
  PER/ORG/LOC/MISC; ``doc.spans["mentions"]`` has every mention (roles, pronouns, derived
  forms and compounds too).
* span groups ``quotes`` (an attribution's message; label: its kind, ``direct``,
  ``indirect``…), ``speakers`` (label: the source type, ``politician``, ``anonymous``…),
  ``cues`` (label: the cue class, ``speech_verb``, ``hedge``…), ``claims`` (label: the status,
  ``asserted``, ``hedged``…), ``findings`` (the headline check; label: the verdict) and
  ``evidence`` (the sentences a finding rests on); ``doc.spans["sc"]`` (what displaCy's span
  style shows by default) holds speakers, cues and quotes.
* extension attributes (``span._.NAME``; ``None`` where they do not apply) — mentions:
  ``entity_id``, ``entity_name``, ``kb_id``, ``mention_form``, ``confidence``, ``origin``;
  quotes, speakers and cues: ``attribution_id``, ``attribution_kind``, ``speaker``,
  ``source_type``, ``source_named``, ``mood``; claims: ``claim_id``, ``claim_status``,
  ``claim_role``, ``speaker``; findings and evidence: ``finding_id``, ``verdict``,
  ``finding_role``, ``reason``, ``evidence_score``; cues: ``cue_type``, ``cue_lemma``; and
  ``doc._.newsprobe``: the article's metadata and sourcing verdict as a plain dict.

``displacy.render(doc, style="ent")`` shows the names, ``style="span"`` the attributions
(``options={"spans_key": "claims"}`` for claims and so on).  spaCy is imported only here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from newsprobe.model import Analysis, MentionForm, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

SPAN_EXTENSIONS = (
    "entity_id",
    "entity_name",
    "kb_id",
    "mention_form",
    "confidence",
    "origin",
    "attribution_id",
    "attribution_kind",
    "speaker",
    "source_type",
    "source_named",
    "mood",
    "claim_id",
    "claim_status",
    "claim_role",
    "finding_id",
    "verdict",
    "finding_role",
    "reason",
    "evidence_score",
    "cue_type",
    "cue_lemma",
)
GROUPS = ("mentions", "quotes", "speakers", "cues", "claims", "findings", "evidence")
_PIECES = re.compile(r"\S+|\s+")
_NAME_FORMS = frozenset({MentionForm.NAME, MentionForm.ACRONYM})


class InteropError(RuntimeError):
    """spaCy is missing or the analysis cannot be laid over a ``Doc``."""


def register_extensions() -> None:
    """Declare the ``Span``/``Doc`` extension attributes (once; already declared ones, e.g.
    by another library with the same name, are left as they are)."""
    from spacy.tokens import Doc, Span

    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Doc.has_extension("newsprobe"):
        Doc.set_extension("newsprobe", default=None)


@lru_cache(maxsize=8)
def _blank_vocab(lang: str) -> Any:
    import spacy

    try:
        return spacy.blank(lang).vocab
    except Exception:  # a language spaCy has no data for
        return spacy.blank("xx").vocab


def to_spacy(analysis: Analysis, nlp: Language | None = None) -> Doc:
    """The analysis as a spaCy ``Doc`` (see the module); ``nlp``: a pipeline whose vocabulary
    the ``Doc`` should share (default: a blank pipeline of the article's language)."""
    try:
        from spacy.tokens import Doc
    except ImportError:
        raise InteropError("to_spacy needs spaCy: pip install 'spacy>=3.7,<4'") from None
    register_extensions()
    vocab = nlp.vocab if nlp is not None else _blank_vocab(analysis.meta.language or "xx")
    words, spaces, tags, lemmas, starts = _tokens(analysis)
    doc = Doc(vocab, words=words, spaces=spaces, tags=tags, lemmas=lemmas, sent_starts=starts)
    if doc.text != analysis.text:  # cannot happen unless tokens overlap or leave the text
        raise InteropError("newsprobe's tokens do not tile the text; cannot build a Doc")
    _entities(analysis, doc)
    _attributions(analysis, doc)
    _claims(analysis, doc)
    _findings(analysis, doc)
    doc.spans["sc"] = [*doc.spans["speakers"], *doc.spans["cues"], *doc.spans["quotes"]]
    meta = analysis.meta.model_dump(mode="json")
    meta["status"] = analysis.status.value
    meta["verdict"] = analysis.verdict.model_dump(mode="json") if analysis.verdict else None
    doc._.newsprobe = meta
    return doc


def _tokens(
    analysis: Analysis,
) -> tuple[list[str], list[bool], list[str], list[str], list[bool]]:
    """Words, trailing-space flags, tags, lemmas and sentence starts that tile the text."""
    text = analysis.text
    sentence_starts = {s.start for s in analysis.sentences}
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    lemmas: list[str] = []
    starts: list[bool] = []

    def gap(upto: int, at: int) -> None:
        """Text between the last token and the next one (``at`` → ``upto``): a single space
        is the last token's trailing space; other whitespace (line breaks, indentation) and
        characters no token covers become tokens of their own."""
        for piece in _PIECES.findall(text, at, upto):
            if piece[0] == " " and words and not spaces[-1]:
                spaces[-1] = True
                piece = piece[1:]
            if piece:
                words.append(piece)
                spaces.append(False)
                tags.append("_SP" if piece.isspace() else "")
                lemmas.append(piece)
                starts.append(not words[:-1])

    at = 0
    for token in sorted(analysis.tokens, key=lambda t: t.start):
        if token.start < at or token.end <= token.start:
            raise InteropError(f"token {token.text!r} at {token.start} overlaps another")
        gap(token.start, at)
        words.append(token.text)
        spaces.append(False)
        tags.append(token.pos or "")
        lemmas.append(token.lemma or token.text)
        starts.append(token.start in sentence_starts or len(words) == 1)
        at = token.end
    gap(len(text), at)
    return words, spaces, tags, lemmas, starts


def _span(doc: Doc, span: Span, label: str) -> Any:
    """The spaCy span over ``span``'s characters (widened to whole tokens), or None."""
    if span.end <= span.start:
        return None
    return doc.char_span(span.start, span.end, label=label, alignment_mode="expand")


def _set(target: Any, **values: Any) -> None:
    for name, value in values.items():
        setattr(target._, name, value)


def _entities(analysis: Analysis, doc: Doc) -> None:
    from spacy.util import filter_spans

    entities = analysis.entities
    mentions, names = [], []
    for m in analysis.mentions:
        span = _span(doc, m, m.type.value)
        if span is None:
            continue
        entity = entities[m.entity] if m.entity is not None and m.entity < len(entities) else None
        _set(
            span,
            entity_id=m.entity,
            entity_name=entity.name if entity else None,
            kb_id=entity.kb_id if entity else None,
            mention_form=m.form.value,
            confidence=m.confidence,
            origin=m.origin,
        )
        mentions.append(span)
        if m.full and m.form in _NAME_FORMS:
            names.append(span)
    doc.spans["mentions"] = mentions
    kept = filter_spans(names)  # ents may not overlap: the longest wins
    doc.ents = kept
    for span in kept:  # doc.ents makes new Span objects: copy the attributes over
        original = next(s for s in names if (s.start, s.end) == (span.start, span.end))
        _set(span, **{n: getattr(original._, n) for n in SPAN_EXTENSIONS[:6]})


def _attributions(analysis: Analysis, doc: Doc) -> None:
    sources = analysis.sources
    quotes, speakers, cues = [], [], []
    for a in analysis.attributions:
        source = sources[a.source] if a.source is not None and a.source < len(sources) else None
        common = {
            "attribution_id": a.id,
            "attribution_kind": a.kind.value,
            "speaker": source.name if source else _surface(a.speakers),
            "source_type": source.type.value if source else None,
            "source_named": source.named if source else None,
            "mood": a.mood,
        }
        quote = _span(doc, a.message, a.kind.value)
        if quote is not None:
            _set(quote, **common)
            quotes.append(quote)
        for s in a.speakers:
            speaker = _span(doc, s, source.type.value if source else "speaker")
            if speaker is not None:
                _set(speaker, **common)
                speakers.append(speaker)
        if a.cue is not None:
            cue = _span(doc, a.cue, a.cue.type)
            if cue is not None:
                _set(cue, **common, cue_type=a.cue.type, cue_lemma=a.cue.lemma)
                cues.append(cue)
    doc.spans["quotes"], doc.spans["speakers"], doc.spans["cues"] = quotes, speakers, cues


def _surface(spans: Iterable[Span]) -> str | None:
    found = [s.text for s in spans]
    return ", ".join(found) if found else None


def _claims(analysis: Analysis, doc: Doc) -> None:
    attributions = analysis.attributions
    sources = analysis.sources
    claims, cues = [], list(doc.spans["cues"])
    for c in analysis.claims:
        span = _span(doc, c, c.status.value)
        if span is None:
            continue
        names = [sources[i].name for i in c.sources if i < len(sources)]
        if not names:
            names = [
                n
                for i in c.attributions
                if i < len(attributions) and (n := _surface(attributions[i].speakers)) is not None
            ]
        _set(
            span,
            claim_id=c.id,
            claim_status=c.status.value,
            claim_role=c.role,
            speaker="; ".join(dict.fromkeys(names)) or None,
        )
        claims.append(span)
        for cue in c.cues:  # certainty cues of the claim (hedges, opinion markers)
            found = _span(doc, cue, cue.type)
            if found is not None:
                _set(found, claim_id=c.id, cue_type=cue.type, cue_lemma=cue.lemma)
                cues.append(found)
    doc.spans["claims"], doc.spans["cues"] = claims, cues


def _findings(analysis: Analysis, doc: Doc) -> None:
    findings, evidence = [], []
    for f in analysis.findings:
        common = {"finding_id": f.id, "verdict": f.verdict.value, "finding_role": f.role}
        span = _span(doc, f, f.verdict.value)
        if span is not None:
            _set(span, **common, reason=f.reason)
            findings.append(span)
        for e in f.evidence:
            found = _span(doc, e, e.status.value if e.status else "evidence")
            if found is not None:
                _set(found, **common, evidence_score=e.score, claim_id=e.claim)
                evidence.append(found)
    doc.spans["findings"], doc.spans["evidence"] = findings, evidence
