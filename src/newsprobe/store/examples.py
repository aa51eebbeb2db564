"""Hand-built analyses with every layer filled (entities, attributions, sources, claims,
findings), independent of the pipeline's current abilities: fixtures for the store's tests
and for anyone building on :class:`newsprobe.Corpus` (web UI, exports).

The texts are written for this project.  Offsets are computed while the text is assembled,
so every span round-trips (``Analysis.check_spans`` passes).
"""

from __future__ import annotations

from datetime import datetime

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


class _Builder:
    """Assembles a text piece by piece, remembering the offsets of the pieces."""

    def __init__(self) -> None:
        self.text = ""

    def add(self, piece: str) -> tuple[int, int]:
        start = len(self.text)
        self.text += piece
        return start, len(self.text)


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


def kreml(
    *,
    outlet: str | None = "Tagesblatt",
    published: str | None = "2024-03-04T10:00:00",
    url: str | None = "https://tagesblatt.example/kreml",
) -> Analysis:
    """Putin and Peskow quoted (indirect speech), an anonymous insider with a hedge, a
    headline that overstates."""
    b = _Builder()
    h = b.add("Kreml weist alle Vorwürfe zurück")
    b.add("\n\n")
    p1s = b.add("Moskau (dpa) - ")[0]
    putin = b.add("Wladimir Putin")
    b.add(" ")
    sagte = b.add("sagte")
    b.add(" am Montag, ")
    m1 = b.add("die Ukraine habe den Angriff begonnen")
    s1e = b.add(".")[1]
    b.add(" Kremlsprecher ")
    peskow = b.add("Dmitri Peskow")
    b.add(" ")
    erkl = b.add("erklärte")
    b.add(", ")
    m2 = b.add("Russland sei zu Gesprächen bereit")
    s2e = b.add(".")[1]
    b.add("\n\n")
    p2s = b.add("Ein ")[0]
    insider = b.add("Insider")
    b.add(" ")
    sagte2 = b.add("sagte")
    b.add(", ")
    m3a = b.add("die Lage sei ")
    womoeglich = b.add("womöglich")
    m3b = b.add(" ernster")
    s3e = b.add(".")[1]
    t = b.text
    ukraine = (t.index("Ukraine"), t.index("Ukraine") + len("Ukraine"))
    russland = (t.index("Russland"), t.index("Russland") + len("Russland"))
    kreml_ = (0, len("Kreml"))

    blocks = [
        Block.of(t, *h, id=0, kind=BlockKind.HEADLINE),
        Block.of(t, p1s, s2e, id=1, kind=BlockKind.PARAGRAPH),
        Block.of(t, p2s, s3e, id=2, kind=BlockKind.PARAGRAPH),
    ]
    sentences = [
        Sentence.of(t, *h, block=0),
        Sentence.of(t, p1s, s1e, block=1),
        Sentence.of(t, s1e + 1, s2e, block=1),
        Sentence.of(t, p2s, s3e, block=2),
    ]
    mentions = [
        Mention.of(t, *kreml_, id=0, type=EntityType.ORG, entity=0, sentence=0, origin="test"),
        Mention.of(t, *putin, id=1, type=EntityType.PER, entity=1, sentence=1, origin="test"),
        Mention.of(t, *ukraine, id=2, type=EntityType.LOC, entity=2, sentence=1, origin="test"),
        Mention.of(t, *peskow, id=3, type=EntityType.PER, entity=3, sentence=2, origin="test"),
        Mention.of(t, *russland, id=4, type=EntityType.LOC, entity=4, sentence=2, origin="test"),
        Mention.of(
            t,
            t.index("Kremlsprecher"),
            t.index("Kremlsprecher") + 5,
            id=5,
            type=EntityType.ORG,
            form=MentionForm.COMPOUND,
            entity=0,
            full=False,
            sentence=2,
            origin="test",
        ),
    ]
    entities = [
        _entity(0, "Kreml", EntityType.ORG, [0, 5], kb_id="Q1142126"),
        _entity(1, "Wladimir Putin", EntityType.PER, [1], "Q7747", None, "Präsident Russlands"),
        _entity(2, "Ukraine", EntityType.LOC, [2], kb_id="Q212"),
        _entity(3, "Dmitri Peskow", EntityType.PER, [3], description="Kremlsprecher"),
        _entity(4, "Russland", EntityType.LOC, [4], kb_id="Q159"),
    ]
    sources = [
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
    ]
    indirect = AttributionKind.INDIRECT
    attributions = [
        _statement(
            t,
            0,
            (putin[0], m1[1]),
            indirect,
            Cue.of(t, *sagte, type="speech_verb", lemma="sagen"),
            putin,
            m1,
            1,
            speaker_entity=1,
            mood="subj1",
            confidence=0.9,
        ),
        _statement(
            t,
            1,
            (peskow[0], m2[1]),
            indirect,
            Cue.of(t, *erkl, type="speech_verb", lemma="erklären"),
            peskow,
            m2,
            2,
            speaker_entity=3,
            mood="subj1",
            confidence=0.9,
        ),
        _statement(
            t,
            2,
            (insider[0], m3b[1]),
            indirect,
            Cue.of(t, *sagte2, type="speech_verb", lemma="sagen"),
            insider,
            (m3a[0], m3b[1]),
            3,
            mood="subj1",
            confidence=0.8,
        ),
    ]
    hedge = Cue.of(t, *womoeglich, type="hedge", lemma="womöglich")
    claims = [
        Claim.of(t, *h, id=0, sentence=0, block=0, role="headline", status=ClaimStatus.ASSERTED),
        _body_claim(t, 1, (p1s, s1e), ClaimStatus.ATTRIBUTED),
        _body_claim(t, 2, (s1e + 1, s2e), ClaimStatus.ATTRIBUTED),
        _body_claim(t, 3, (p2s, s3e), ClaimStatus.HEDGED, block=2, cues=[hedge]),
    ]
    findings = [
        Finding.of(
            t,
            *h,
            id=0,
            role="headline",
            verdict=FindingVerdict.OVERSTATED,
            evidence=[_evidence(t, (p1s, s1e), 1, 0.41, 0)],
            cues=[
                Cue.of(
                    t,
                    h[0] + t[h[0] :].index("alle"),
                    h[0] + t[h[0] :].index("alle") + 4,
                    type="intensifier",
                )
            ],
            reason="'alle' in the headline; the body attributes one denial",
        ),
    ]
    verdict = SourcingVerdict(
        claims=3,
        shares={"attributed": 0.667, "hedged": 0.333},
        sources_by_type={"politician": 1, "official": 1, "anonymous": 1},
        named_sources=2,
        unnamed_sources=1,
        weak_only_claims=[3],
        summary="Two named sources, one anonymous insider.",
    )
    return Analysis(
        text=t,
        meta=Metadata(
            title="Kreml weist alle Vorwürfe zurück",
            url=url,
            language="de",
            language_confidence=0.99,
            publisher=outlet,
            agency=["dpa"],
            authors=["Mara Feld"],
            published=datetime.fromisoformat(published) if published else None,
            source_path="examples/kreml.txt",
        ),
        components=list(_COMPONENTS),
        blocks=blocks,
        sentences=sentences,
        mentions=mentions,
        entities=entities,
        sources=sources,
        attributions=attributions,
        claims=claims,
        findings=findings,
        verdict=verdict,
    )


def telefonat(
    *, outlet: str | None = "Abendpost", published: str | None = "2024-03-05T18:30:00"
) -> Analysis:
    """Scholz quoted directly about Putin; government circles as an anonymous source."""
    b = _Builder()
    h = b.add("Scholz und Putin telefonieren eine Stunde")
    b.add("\n\n")
    ps = b.add("Berlin - ")[0]
    scholz = b.add("Olaf Scholz")
    b.add(" ")
    sagte = b.add("sagte")
    b.add(": „")
    msg = b.add("Putin muss diesen Krieg beenden.")
    s1e = b.add("“")[1]
    b.add(" ")
    laut = b.add("Laut")
    b.add(" ")
    kreise = b.add("Regierungskreisen")
    b.add(" ")
    m2 = b.add("dauerte das Gespräch eine Stunde")
    s2e = b.add(".")[1]
    t = b.text
    putin_h = (t.index("Putin"), t.index("Putin") + 5)
    putin_m = (msg[0], msg[0] + 5)
    scholz_h = (0, 6)
    blocks = [
        Block.of(t, *h, id=0, kind=BlockKind.HEADLINE),
        Block.of(t, ps, s2e, id=1, kind=BlockKind.PARAGRAPH),
    ]
    sentences = [
        Sentence.of(t, *h, block=0),
        Sentence.of(t, ps, s1e, block=1),
        Sentence.of(t, s1e + 1, s2e, block=1),
    ]
    mentions = [
        Mention.of(t, *scholz_h, id=0, type=EntityType.PER, entity=0, sentence=0, origin="test"),
        Mention.of(t, *putin_h, id=1, type=EntityType.PER, entity=1, sentence=0, origin="test"),
        Mention.of(t, *scholz, id=2, type=EntityType.PER, entity=0, sentence=1, origin="test"),
        Mention.of(t, *putin_m, id=3, type=EntityType.PER, entity=1, sentence=1, origin="test"),
    ]
    entities = [
        _entity(0, "Olaf Scholz", EntityType.PER, [0, 2], "Q61053", ["Olaf Scholz", "Scholz"]),
        _entity(1, "Putin", EntityType.PER, [1, 3], kb_id="Q7747"),
    ]
    sources = [
        _source(t, 0, "Olaf Scholz", SourceType.POLITICIAN, scholz, entity=0, kb_id="Q61053"),
        _source(t, 1, "Regierungskreise", SourceType.ANONYMOUS, kreise),
    ]
    attributions = [
        _statement(
            t,
            0,
            (scholz[0], s1e),
            AttributionKind.DIRECT,
            Cue.of(t, *sagte, type="speech_verb", lemma="sagen"),
            scholz,
            msg,
            1,
            speaker_entity=0,
            mood="ind",
        ),
        _statement(
            t,
            1,
            (laut[0], m2[1]),
            AttributionKind.REPORTED,
            Cue.of(t, *laut, type="laut", lemma="laut"),
            kreise,
            m2,
            2,
        ),
    ]
    claims = [
        Claim.of(t, *h, id=0, sentence=0, block=0, role="headline", status=ClaimStatus.ASSERTED),
        _body_claim(t, 1, (ps, s1e), ClaimStatus.ATTRIBUTED),
        _body_claim(t, 2, (s1e + 1, s2e), ClaimStatus.ATTRIBUTED),
    ]
    findings = [
        Finding.of(
            t,
            *h,
            id=0,
            role="headline",
            verdict=FindingVerdict.SUPPORTED,
            evidence=[_evidence(t, (s1e + 1, s2e), 2, 0.8, 1)],
            reason="the body reports an hour-long call",
        ),
    ]
    return Analysis(
        text=t,
        meta=Metadata(
            title="Scholz und Putin telefonieren eine Stunde",
            language="de",
            publisher=outlet,
            published=datetime.fromisoformat(published) if published else None,
            source_path="examples/telefonat.txt",
        ),
        components=list(_COMPONENTS),
        blocks=blocks,
        sentences=sentences,
        mentions=mentions,
        entities=entities,
        sources=sources,
        attributions=attributions,
        claims=claims,
        findings=findings,
    )
