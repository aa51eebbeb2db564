"""Hand-built analyses with every layer filled (entities, attributions, sources, claims,
findings), independent of the pipeline's current abilities: fixtures for the store's tests
and for anyone building on :class:`newsprobe.Corpus` (web UI, exports).

The texts are written for this project.  Offsets are computed while the text is assembled,
so every span round-trips (``Analysis.check_spans`` passes).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from newsprobe.model import (
    Analysis,
    Attribution,
    AttributionKind,
    Block,
    BlockKind,
    Claim,
    ClaimStatus,
    Cue,
    Entity,
    EntityType,
    Evidence,
    Finding,
    FindingVerdict,
    Mention,
    MentionForm,
    Metadata,
    Sentence,
    Source,
    SourceType,
    SourcingVerdict,
    Span,
)

_MARKUP = re.compile(r"\{(\w+):|\}|[^{}]+")


def _marked(template: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """The text of ``template`` and the span of each named piece: ``{name:piece}`` marks
    ``piece`` (marks nest), so offsets never have to be counted by hand."""
    text: list[str] = []
    length = 0
    spans: dict[str, tuple[int, int]] = {}
    open_: list[tuple[str, int]] = []
    for match in _MARKUP.finditer(template):
        if match.group(1):
            open_.append((match.group(1), length))
        elif match.group(0) == "}":
            name, start = open_.pop()
            if name in spans:
                raise ValueError(f"mark {name!r} used twice")
            spans[name] = (start, length)
        else:
            text.append(match.group(0))
            length += len(match.group(0))
    if open_:
        raise ValueError(f"mark {open_[-1][0]!r} is not closed")
    return "".join(text), spans


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _attribution(text: str, start: int, end: int, **fields: object) -> Attribution:
    # Not Span.of: an attribution has a field called ``source``.
    return Attribution(start=start, end=end, text=text[start:end], **fields)  # type: ignore[arg-type]


_COMPONENTS = [
    "layout",
    "language",
    "sentences",
    "entities",
    "quotes",
    "sources",
    "claims",
    "headline_check",
]


def _entity(
    id: int,
    name: str,
    type: EntityType,
    mentions: list[int],
    kb_id: str | None = None,
    aliases: list[str] | None = None,
    description: str | None = None,
) -> Entity:
    return Entity(
        id=id,
        name=name,
        type=type,
        kb_id=kb_id,
        mentions=mentions,
        aliases=aliases or [name],
        description=description,
    )


def _mention(
    t: str, span: tuple[int, int], id: int, type: EntityType, entity: int, **fields: object
) -> Mention:
    """Mention ``id`` of entity ``entity``, written by hand (origin ``test``)."""
    return Mention.of(t, *span, id=id, type=type, entity=entity, origin="test", **fields)  # type: ignore[arg-type]


def _source(
    t: str,
    id: int,
    name: str,
    type: SourceType,
    span: tuple[int, int],
    *,
    entity: int | None = None,
    kb_id: str | None = None,
    reason: str = "",
) -> Source:
    """A source quoted once (its attribution has the source's id)."""
    return Source(
        id=id,
        name=name,
        type=type,
        named=entity is not None,
        entity=entity,
        kb_id=kb_id,
        mentions=[_span(t, *span)],
        attributions=[id],
        statements=1,
        reason=reason,
    )


def _statement(
    t: str,
    id: int,
    span: tuple[int, int],
    kind: AttributionKind,
    cue: Cue,
    speaker: tuple[int, int],
    message: tuple[int, int],
    sentence: int,
    **fields: object,
) -> Attribution:
    """Attribution ``id``, resting on source ``id``, from the speaker to the message's end."""
    return _attribution(
        t,
        *span,
        id=id,
        kind=kind,
        cue=cue,
        speakers=[_span(t, *speaker)],
        message=_span(t, *message),
        source=id,
        sentences=[sentence],
        **fields,
    )


def _body_claim(
    t: str, id: int, span: tuple[int, int], status: ClaimStatus, block: int = 1, **fields: object
) -> Claim:
    """Body claim ``id`` of sentence ``id``, resting on attribution/source ``id-1``."""
    return Claim.of(
        t,
        *span,
        id=id,
        sentence=id,
        block=block,
        role="body",
        status=status,
        attributions=[id - 1],
        sources=[id - 1],
        **fields,
    )  # type: ignore[arg-type]


def _headline_claim(t: str, h: tuple[int, int]) -> Claim:
    """The headline (sentence and block 0) as claim 0, asserted."""
    return Claim.of(t, *h, id=0, sentence=0, block=0, role="headline", status=ClaimStatus.ASSERTED)


def _headline_finding(
    t: str,
    h: tuple[int, int],
    verdict: FindingVerdict,
    evidence: Evidence,
    reason: str,
    **fields: object,
) -> Finding:
    """Finding 0: the headline checked against one piece of ``evidence``."""
    return Finding.of(
        t, *h, id=0, role="headline", verdict=verdict, evidence=[evidence], reason=reason, **fields
    )


def _evidence(t: str, span: tuple[int, int], sentence: int, score: float, source: int) -> Evidence:
    return Evidence.of(
        t,
        *span,
        sentence=sentence,
        claim=sentence,
        score=score,
        status=ClaimStatus.ATTRIBUTED,
        sources=[source],
    )


def _example(
    name: str,
    t: str,
    publisher: str | None,
    published: str | None,
    meta: dict[str, Any] | None,
    **layers: Any,
) -> Analysis:
    """Example ``name`` with every component run: German, its first line the title."""
    return Analysis(
        text=t,
        meta=Metadata(
            title=t.split("\n", 1)[0],
            language="de",
            publisher=publisher,
            published=datetime.fromisoformat(published) if published else None,
            source_path=f"examples/{name}.txt",
            **(meta or {}),
        ),
        components=list(_COMPONENTS),
        **layers,
    )


def kreml(
    *,
    outlet: str | None = "Tagesblatt",
    published: str | None = "2024-03-04T10:00:00",
    url: str | None = "https://tagesblatt.example/kreml",
) -> Analysis:
    """Putin and Peskow quoted (indirect speech), an anonymous insider with a hedge, a
    headline that overstates."""
    t, at = _marked(
        "{h:{kreml:Kreml} weist {alle:alle} Vorwürfe zurück}\n\n"
        "{p1:{s1:Moskau (dpa) - {putin:Wladimir Putin} {sagte:sagte} am Montag, "
        "{m1:die {ukraine:Ukraine} habe den Angriff begonnen}.} "
        "{s2:{role:Kreml}sprecher {peskow:Dmitri Peskow} {erkl:erklärte}, "
        "{m2:{russland:Russland} sei zu Gesprächen bereit}.}}\n\n"
        "{p2:Ein {insider:Insider} {sagte2:sagte}, {m3:die Lage sei {hedge:womöglich} ernster}.}"
    )
    h, s1, s2, p2 = at["h"], at["s1"], at["s2"], at["p2"]
    putin, peskow, insider = at["putin"], at["peskow"], at["insider"]

    said = [  # (speaker, cue, its lemma, message, speaker entity, confidence)
        ("putin", "sagte", "sagen", "m1", 1, 0.9),
        ("peskow", "erkl", "erklären", "m2", 3, 0.9),
        ("insider", "sagte2", "sagen", "m3", None, 0.8),
    ]
    hedge = Cue.of(t, *at["hedge"], type="hedge", lemma="womöglich")
    return _example(
        "kreml",
        t,
        outlet,
        published,
        {"url": url, "language_confidence": 0.99, "agency": ["dpa"], "authors": ["Mara Feld"]},
        blocks=[
            Block.of(t, *h, id=0, kind=BlockKind.HEADLINE),
            Block.of(t, *at["p1"], id=1, kind=BlockKind.PARAGRAPH),
            Block.of(t, *p2, id=2, kind=BlockKind.PARAGRAPH),
        ],
        sentences=[
            Sentence.of(t, *h, block=0),
            Sentence.of(t, *s1, block=1),
            Sentence.of(t, *s2, block=1),
            Sentence.of(t, *p2, block=2),
        ],
        mentions=[
            _mention(t, at["kreml"], 0, EntityType.ORG, 0, sentence=0),
            _mention(t, putin, 1, EntityType.PER, 1, sentence=1),
            _mention(t, at["ukraine"], 2, EntityType.LOC, 2, sentence=1),
            _mention(t, peskow, 3, EntityType.PER, 3, sentence=2),
            _mention(t, at["russland"], 4, EntityType.LOC, 4, sentence=2),
            _mention(
                t,
                at["role"],
                5,
                EntityType.ORG,
                0,
                sentence=2,
                form=MentionForm.COMPOUND,
                full=False,
            ),
        ],
        entities=[
            _entity(0, "Kreml", EntityType.ORG, [0, 5], kb_id="Q1142126"),
            _entity(1, "Wladimir Putin", EntityType.PER, [1], "Q7747", None, "Präsident Russlands"),
            _entity(2, "Ukraine", EntityType.LOC, [2], kb_id="Q212"),
            _entity(3, "Dmitri Peskow", EntityType.PER, [3], description="Kremlsprecher"),
            _entity(4, "Russland", EntityType.LOC, [4], kb_id="Q159"),
        ],
        sources=[
            _source(
                t,
                0,
                "Wladimir Putin",
                SourceType.POLITICIAN,
                putin,
                entity=1,
                kb_id="Q7747",
                reason="head of state",
            ),
            _source(
                t,
                1,
                "Dmitri Peskow",
                SourceType.OFFICIAL,
                peskow,
                entity=3,
                reason="role noun Kremlsprecher",
            ),
            _source(t, 2, "Insider", SourceType.ANONYMOUS, insider, reason="unnamed source noun"),
        ],
        attributions=[
            _statement(
                t,
                i,
                (at[who][0], at[message][1]),
                AttributionKind.INDIRECT,
                Cue.of(t, *at[cue], type="speech_verb", lemma=lemma),
                at[who],
                at[message],
                i + 1,
                **({} if entity is None else {"speaker_entity": entity}),
                mood="subj1",
                confidence=confidence,
            )
            for i, (who, cue, lemma, message, entity, confidence) in enumerate(said)
        ],
        claims=[
            _headline_claim(t, h),
            _body_claim(t, 1, s1, ClaimStatus.ATTRIBUTED),
            _body_claim(t, 2, s2, ClaimStatus.ATTRIBUTED),
            _body_claim(t, 3, p2, ClaimStatus.HEDGED, block=2, cues=[hedge]),
        ],
        findings=[
            _headline_finding(
                t,
                h,
                FindingVerdict.OVERSTATED,
                _evidence(t, s1, 1, 0.41, 0),
                "'alle' in the headline; the body attributes one denial",
                cues=[Cue.of(t, *at["alle"], type="intensifier")],
            ),
        ],
        verdict=SourcingVerdict(
            claims=3,
            shares={"attributed": 0.667, "hedged": 0.333},
            sources_by_type={"politician": 1, "official": 1, "anonymous": 1},
            named_sources=2,
            unnamed_sources=1,
            weak_only_claims=[3],
            summary="Two named sources, one anonymous insider.",
        ),
    )


def telefonat(
    *, outlet: str | None = "Abendpost", published: str | None = "2024-03-05T18:30:00"
) -> Analysis:
    """Scholz quoted directly about Putin; government circles as an anonymous source."""
    t, at = _marked(
        "{h:{scholz_h:Scholz} und {putin_h:Putin} telefonieren eine Stunde}\n\n"
        "{p:{s1:Berlin - {scholz:Olaf Scholz} {sagte:sagte}: „{msg:{putin_m:Putin} muss diesen "
        "Krieg beenden.}“} {s2:{laut:Laut} {kreise:Regierungskreisen} "
        "{m2:dauerte das Gespräch eine Stunde}.}}"
    )
    h, s1, s2, scholz, kreise = at["h"], at["s1"], at["s2"], at["scholz"], at["kreise"]
    return _example(
        "telefonat",
        t,
        outlet,
        published,
        None,
        blocks=[
            Block.of(t, *h, id=0, kind=BlockKind.HEADLINE),
            Block.of(t, *at["p"], id=1, kind=BlockKind.PARAGRAPH),
        ],
        sentences=[
            Sentence.of(t, *h, block=0),
            Sentence.of(t, *s1, block=1),
            Sentence.of(t, *s2, block=1),
        ],
        mentions=[
            _mention(t, at["scholz_h"], 0, EntityType.PER, 0, sentence=0),
            _mention(t, at["putin_h"], 1, EntityType.PER, 1, sentence=0),
            _mention(t, scholz, 2, EntityType.PER, 0, sentence=1),
            _mention(t, at["putin_m"], 3, EntityType.PER, 1, sentence=1),
        ],
        entities=[
            _entity(0, "Olaf Scholz", EntityType.PER, [0, 2], "Q61053", ["Olaf Scholz", "Scholz"]),
            _entity(1, "Putin", EntityType.PER, [1, 3], kb_id="Q7747"),
        ],
        sources=[
            _source(t, 0, "Olaf Scholz", SourceType.POLITICIAN, scholz, entity=0, kb_id="Q61053"),
            _source(t, 1, "Regierungskreise", SourceType.ANONYMOUS, kreise),
        ],
        attributions=[
            _statement(
                t,
                0,
                (scholz[0], s1[1]),
                AttributionKind.DIRECT,
                Cue.of(t, *at["sagte"], type="speech_verb", lemma="sagen"),
                scholz,
                at["msg"],
                1,
                speaker_entity=0,
                mood="ind",
            ),
            _statement(
                t,
                1,
                (at["laut"][0], at["m2"][1]),
                AttributionKind.REPORTED,
                Cue.of(t, *at["laut"], type="laut", lemma="laut"),
                kreise,
                at["m2"],
                2,
            ),
        ],
        claims=[
            _headline_claim(t, h),
            _body_claim(t, 1, s1, ClaimStatus.ATTRIBUTED),
            _body_claim(t, 2, s2, ClaimStatus.ATTRIBUTED),
        ],
        findings=[
            _headline_finding(
                t,
                h,
                FindingVerdict.SUPPORTED,
                _evidence(t, s2, 2, 0.8, 1),
                "the body reports an hour-long call",
            ),
        ],
    )
