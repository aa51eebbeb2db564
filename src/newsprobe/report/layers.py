"""The analysis layers as display rows, shared by the text, Markdown and HTML reports.

Everything here is plain, unescaped text taken from the analysis; each renderer escapes it
for its own format.  Rows are built defensively: ids that point nowhere are shown as blank
rather than raising, so a report renders whatever state the layers are in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsprobe.model import (
    WEAK_SOURCE_TYPES,
    Analysis,
    Attribution,
    Claim,
    ClaimStatus,
    Entity,
    Finding,
    Mention,
    Source,
    SourceType,
)

STATUS_ORDER = tuple(ClaimStatus)
STATUS_LABELS = {
    ClaimStatus.ASSERTED: "stated as fact",
    ClaimStatus.ATTRIBUTED: "attributed",
    ClaimStatus.HEDGED: "hedged",
    ClaimStatus.OPINION: "opinion",
    ClaimStatus.QUESTION: "question",
}


def one_line(text: str, limit: int | None = None) -> str:
    text = " ".join(text.split())
    if limit is not None and len(text) > limit:
        return text[: limit - 1].rstrip() + "…"
    return text


def percent(share: float) -> str:
    return f"{share * 100:.0f}%"


def _get(items: list, index: int | None):  # type: ignore[type-arg]
    if index is None or not 0 <= index < len(items):
        return None
    return items[index]


def source_label(analysis: Analysis, index: int | None) -> str:
    source: Source | None = _get(analysis.sources, index)
    if source is None:
        return ""
    named = "" if source.named else ", unnamed"
    aff = getattr(source, "affiliation", None)
    for_ = f", for {one_line(aff)}" if aff and aff not in source.name else ""
    return f"{one_line(source.name)} ({source.type.value}{named}{for_})"


def speaker_label(a: Attribution) -> str:
    """The speaker phrase and, where the article says more, whom it names: "Die Ministerin
    = Nancy Faeser [description]", "er [unresolved]"."""
    phrase = " / ".join(one_line(s.text) for s in a.speakers)
    sp = getattr(a, "speaker", None)
    if sp is None:
        return phrase
    how = sp.resolved_by.value
    if not sp.name:
        if phrase and how == "none" and sp.mention is not None and sp.mention.text == phrase:
            return f"{phrase} [unresolved]" if len(phrase.split()) == 1 else phrase
        return phrase
    name = one_line(sp.name)
    if not phrase:
        return f"= {name} [{how}]" if how == "previous" else name
    if name.lower() in phrase.lower() and how in ("name", "apposition"):
        return phrase
    return f"{phrase} = {name} [{how}]"


# -- entities ---------------------------------------------------------------------------------
@dataclass
class EntityRow:
    entity: Entity
    name: str
    type: str
    kb: str
    description: str
    aliases: list[str]
    mentions: list[Mention]

    @property
    def full_mentions(self) -> int:
        return sum(1 for m in self.mentions if m.full)


def entity_rows(analysis: Analysis) -> list[EntityRow]:
    rows = []
    for entity in analysis.entities:
        if not isinstance(entity, Entity):
            continue  # a layer of another shape (tests, plugins): rendered generically
        mentions = [m for m in (_get(analysis.mentions, i) for i in entity.mentions) if m]
        kb = entity.kb_id or ""
        if entity.kb_label and entity.kb_label != entity.name:
            kb += f" ({entity.kb_label})"
        rows.append(
            EntityRow(
                entity=entity,
                name=one_line(entity.name),
                type=entity.type.value,
                kb=kb,
                description=one_line(entity.description or ""),
                aliases=[one_line(a) for a in entity.aliases],
                mentions=mentions,
            )
        )
    rows.sort(key=lambda r: (-r.full_mentions, r.name))
    return rows


def mention_label(analysis: Analysis, mention: Mention) -> str:
    entity = _get(analysis.entities, mention.entity)
    name = one_line(entity.name) if isinstance(entity, Entity) else one_line(mention.text)
    kb = f" · {entity.kb_id}" if isinstance(entity, Entity) and entity.kb_id else ""
    form = "" if mention.form.value == "name" else f" · {mention.form.value}"
    return f"{name} ({mention.type.value}{form}){kb}"


# -- attributions -----------------------------------------------------------------------------
@dataclass
class AttributionRow:
    attribution: Attribution
    kind: str
    cue: str
    speaker: str
    message: str
    source: str
    mood: str


def attribution_rows(analysis: Analysis) -> list[AttributionRow]:
    rows = []
    for a in analysis.attributions:
        speaker = speaker_label(a)
        if not speaker and a.continues is not None:
            speaker = f"(continues #{a.continues})"
        elif speaker.startswith("= ") and a.continues is not None:
            speaker = f"(continues #{a.continues}) {speaker}"
        rows.append(
            AttributionRow(
                attribution=a,
                kind=a.kind.value,
                cue=one_line(a.cue.text) if a.cue else "",
                speaker=speaker,
                message=one_line(a.message.text),
                source=source_label(analysis, a.source),
                mood=a.mood or "",
            )
        )
    return rows


# -- sources ----------------------------------------------------------------------------------
@dataclass
class SourceGroup:
    type: str
    weak: bool
    sources: list[Source] = field(default_factory=list)


def source_groups(analysis: Analysis) -> list[SourceGroup]:
    groups = []
    for kind in SourceType:
        members = [s for s in analysis.sources if s.type is kind]
        if members:
            groups.append(SourceGroup(kind.value, kind in WEAK_SOURCE_TYPES, members))
    return groups


# -- claims and findings ----------------------------------------------------------------------
def cue_text(claim: Claim) -> str:
    return ", ".join(f"{one_line(c.text)} ({c.type})" for c in claim.cues)


def claim_sources(analysis: Analysis, claim: Claim) -> str:
    return "; ".join(filter(None, (source_label(analysis, i) for i in claim.sources)))


def claim_counts(analysis: Analysis) -> dict[ClaimStatus, int]:
    counts = dict.fromkeys(STATUS_ORDER, 0)
    for claim in analysis.claims:
        counts[claim.status] += 1
    return counts


def shares_line(analysis: Analysis) -> str:
    verdict = analysis.verdict
    if verdict is None:
        return ""
    return " · ".join(
        f"{STATUS_LABELS[s]} {percent(verdict.shares.get(s.value, 0.0))}" for s in STATUS_ORDER
    )


def sources_line(analysis: Analysis) -> str:
    verdict = analysis.verdict
    if verdict is None:
        return ""
    total = verdict.named_sources + verdict.unnamed_sources
    types = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in verdict.sources_by_type.items())
    line = f"{total} sources ({verdict.named_sources} named, {verdict.unnamed_sources} unnamed)"
    if types:
        line += f": {types}"
    if verdict.weak_only_claims:
        line += (
            f" · {len(verdict.weak_only_claims)} claim(s) rest only on anonymous or "
            "social-media sources"
        )
    return line


def finding_title(finding: Finding) -> str:
    return f"{finding.verdict.value} · {finding.role.replace('_', ' ')}"
