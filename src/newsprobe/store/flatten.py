"""An :class:`Analysis` flattened into rows of the layer tables (see :mod:`.schema`).

Runs in the ingest worker processes, so the single writer only inserts.  References between
layers that point nowhere (an entity id with no entity…) are written as NULL rather than
breaking the foreign keys, and noted in the article's warnings.
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from typing import Any

from newsprobe.model import Analysis, Attribution, Entity, Mention
from newsprobe.store.base import Prepared
from newsprobe.store.dates import stored

#: Codec of the stored full analysis JSON (``analyses.codec``).
CODEC = "zlib-json"
_LEVEL = 1  # 4x faster than 6 for ~20% more bytes (profiled on 10kGNAD)

_QID = re.compile(r"Q[1-9]\d*")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case- and space-insensitive form used by name filters."""
    return _SPACE.sub(" ", text.casefold()).strip()


def entity_key(entity: Entity) -> str:
    """Cross-article key: the Wikidata QID when known, else ``TYPE:folded name``."""
    if entity.kb_id and _QID.fullmatch(entity.kb_id):
        return entity.kb_id
    return f"{entity.type.value}:{fold(entity.name)}"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def encode_analysis(analysis: Analysis) -> bytes:
    return zlib.compress(analysis.model_dump_json().encode("utf-8"), _LEVEL)


def decode_analysis(codec: str, data: bytes) -> Analysis:
    if codec != CODEC:
        raise ValueError(f"unknown analysis codec {codec!r}")
    return Analysis.from_json(zlib.decompress(data))


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _json(value: Any) -> str:
    """Compact JSON (what ``json.dumps`` with these options writes, without building an
    encoder per call: an article has some ninety of these small values)."""
    return _ENCODE(value)


def _valid(ref: int | None, ids: set[int], what: str, problems: list[str]) -> int | None:
    if ref is None or ref in ids:
        return ref
    problems.append(f"store: dangling {what} reference {ref} dropped")
    return None


def prepare(analysis: Analysis) -> Prepared:
    """Flatten ``analysis`` for the store (the caller checked it has text)."""
    problems: list[str] = []
    entity_ids = {e.id for e in analysis.entities}
    source_ids = {s.id for s in analysis.sources}
    mentions_by_id = {m.id: m for m in analysis.mentions}
    entities_by_id = {e.id: e for e in analysis.entities}
    keys = {e.id: entity_key(e) for e in analysis.entities}

    layers: dict[str, list[tuple[Any, ...]]] = {}
    layers["blocks"] = [
        (b.id, b.kind.value, b.start, b.end, b.text, b.duplicate_of, b.parent)
        for b in analysis.blocks
    ]
    layers["entities"] = [
        (
            e.id,
            keys[e.id],
            e.name,
            e.type.value,
            e.kb_id,
            e.kb_label,
            e.description,
            sum(1 for m in e.mentions if m in mentions_by_id and mentions_by_id[m].full),
            _json(e.aliases),
            fold(" | ".join([e.name, *e.aliases])),
        )
        for e in analysis.entities
    ]
    layers["mentions"] = [
        (
            m.id,
            _valid(m.entity, entity_ids, "mention entity", problems),
            m.type.value,
            m.form.value,
            int(m.full),
            m.start,
            m.end,
            m.text,
            m.sentence,
            m.confidence,
            m.origin,
        )
        for m in analysis.mentions
    ]
    layers["sources"] = [
        (
            s.id,
            s.name,
            s.type.value,
            int(s.named),
            _valid(s.entity, entity_ids, "source entity", problems),
            s.kb_id,
            s.statements,
            _json(s.attributions),
            len(s.mentions),
            s.reason,
            s.affiliation,
            _json(s.aliases),
        )
        for s in analysis.sources
    ]
    sources_by_id = {s.id: s for s in analysis.sources}
    attributions: list[tuple[Any, ...]] = []
    about: list[tuple[Any, ...]] = []
    for a in analysis.attributions:
        speaker_entity = _valid(a.speaker_entity, entity_ids, "speaker entity", problems)
        source_id = _valid(a.source, source_ids, "attribution source", problems)
        entity = entities_by_id.get(speaker_entity) if speaker_entity is not None else None
        source = sources_by_id.get(source_id) if source_id is not None else None
        speaker = ", ".join(s.text for s in a.speakers)
        names = [speaker]
        if entity is not None:
            names += [entity.name, *entity.aliases]
        if source is not None:
            names += [source.name, *source.aliases]
        sp = a.speaker
        if sp is not None and sp.name:
            names.append(sp.name)
        attributions.append(
            (
                a.id,
                a.kind.value,
                a.start,
                a.end,
                a.text,
                speaker,
                a.speakers[0].start if a.speakers else None,
                a.speakers[-1].end if a.speakers else None,
                speaker_entity,
                keys.get(speaker_entity) if speaker_entity is not None else None,
                entity.name if entity is not None else (sp.name if sp is not None else None),
                a.cue.text if a.cue else None,
                a.cue.type if a.cue else None,
                a.cue.lemma if a.cue else None,
                a.message.text,
                a.message.start,
                a.message.end,
                source_id,
                a.mood,
                a.continues,
                a.confidence,
                fold(" | ".join(n for n in names if n)),
                sp.resolved_by.value if sp is not None else None,
                sp.affiliation if sp is not None else None,
            )
        )
        about += [(a.id, eid) for eid in _about(a, analysis.mentions, speaker_entity, entity_ids)]
    layers["attributions"] = attributions
    layers["attribution_about"] = about
    layers["claims"] = [
        (
            c.id,
            c.start,
            c.end,
            c.text,
            c.sentence,
            c.block,
            c.role,
            c.status.value,
            _json(
                [{"text": q.text, "type": q.type, "start": q.start, "end": q.end} for q in c.cues]
            ),
            _json(c.attributions),
            _json(c.sources),
        )
        for c in analysis.claims
    ]
    layers["findings"] = [
        (
            f.id,
            f.kind,
            f.role,
            f.verdict.value,
            f.start,
            f.end,
            f.text,
            f.reason,
            _json([e.model_dump(mode="json") for e in f.evidence]),
            _json(
                [{"text": q.text, "type": q.type, "start": q.start, "end": q.end} for q in f.cues]
            ),
        )
        for f in analysis.findings
    ]
    meta = analysis.meta
    headline = analysis.headline
    article = {
        "raw_sha256": meta.sha256,
        "title": meta.title or (headline.text if headline else None),
        "headline": headline.text if headline else None,
        "url": meta.url,
        "outlet": meta.publisher,
        "language": meta.language,
        "language_confidence": meta.language_confidence,
        "published": stored(meta.published),
        "authors": _json(meta.authors),
        "agency": _json(meta.agency),
        "status": analysis.status.value,
        "input_kind": meta.input_kind.value,
        "encoding": meta.encoding,
        "source_path": meta.source_path,
        "analysis_version": analysis.schema_version,
        "components": _json(analysis.components),
        "warnings": _json([*analysis.warnings, *problems]),
        "chars": len(analysis.text),
        "blocks": len(analysis.blocks),
        "sentences": len(analysis.sentences),
        "tokens": len(analysis.tokens),
        "mentions": len(analysis.mentions),
        "entities": len(analysis.entities),
        "attributions": len(analysis.attributions),
        "sources": len(analysis.sources),
        "claims": len(analysis.claims),
        "findings": len(analysis.findings),
        "verdict_summary": analysis.verdict.summary if analysis.verdict else None,
        "text": analysis.text,
        "genre": meta.genre,
        "genre_reason": meta.genre_reason,
        "read_at": stored(meta.read_at),
        "published_from": meta.published_from,
    }
    return Prepared(
        text_sha256=text_hash(analysis.text),
        article=article,
        analysis_blob=encode_analysis(analysis),
        layers=layers,
        story=_story(analysis),
    )


def _story(analysis: Analysis) -> tuple[str, str | None, int, str | None] | None:
    """The article's story features as ``story_features`` values (see :class:`Prepared`);
    None for an analysis without tokens (a partial pipeline), whose features
    ``newsprobe stories --rebuild`` computes later."""
    if not analysis.tokens:
        return None
    from newsprobe.stories.features import extract

    f = extract(analysis)
    return (f.terms_json(), f.signature, f.shingles, f.agency)


def _about(
    a: Attribution, mentions: list[Mention], speaker: int | None, entity_ids: set[int]
) -> list[int]:
    """Entities with a full mention inside the message (the speaker excluded), in order."""
    found: dict[int, None] = {}
    lo, hi = a.message.start, a.message.end
    for m in mentions:
        if (
            m.full
            and m.entity is not None
            and m.entity in entity_ids
            and m.entity != speaker
            and lo <= m.start
            and m.end <= hi
        ):
            found[m.entity] = None
    return list(found)
