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
        Entity(
            id=0,
            name="Kreml",
            type=EntityType.ORG,
            kb_id="Q1142126",
            mentions=[0, 5],
            aliases=["Kreml"],
        ),
        Entity(
            id=1,
            name="Wladimir Putin",
            type=EntityType.PER,
            kb_id="Q7747",
            mentions=[1],
            aliases=["Wladimir Putin"],
            description="Präsident Russlands",
        ),
        Entity(
            id=2,
            name="Ukraine",
            type=EntityType.LOC,
            kb_id="Q212",
            mentions=[2],
            aliases=["Ukraine"],
        ),
        Entity(
            id=3,
            name="Dmitri Peskow",
            type=EntityType.PER,
            kb_id=None,
            mentions=[3],
            aliases=["Dmitri Peskow"],
            description="Kremlsprecher",
        ),
        Entity(
            id=4,
            name="Russland",
            type=EntityType.LOC,
            kb_id="Q159",
            mentions=[4],
            aliases=["Russland"],
        ),
    ]
    sources = [
        Source(
            id=0,
            name="Wladimir Putin",
            type=SourceType.POLITICIAN,
            named=True,
            entity=1,
            kb_id="Q7747",
            mentions=[_span(t, *putin)],
            attributions=[0],
            statements=1,
            reason="head of state",
        ),
        Source(
            id=1,
            name="Dmitri Peskow",
            type=SourceType.OFFICIAL,
            named=True,
            entity=3,
            mentions=[_span(t, *peskow)],
            attributions=[1],
            statements=1,
            reason="role noun Kremlsprecher",
        ),
        Source(
            id=2,
            name="Insider",
            type=SourceType.ANONYMOUS,
            named=False,
            mentions=[_span(t, *insider)],
            attributions=[2],
            statements=1,
            reason="unnamed source noun",
        ),
    ]
    attributions = [
        _attribution(
            t,
            putin[0],
            m1[1],
            id=0,
            kind=AttributionKind.INDIRECT,
            cue=Cue.of(t, *sagte, type="speech_verb", lemma="sagen"),
            speakers=[_span(t, *putin)],
            message=_span(t, *m1),
            speaker_entity=1,
            source=0,
            mood="subj1",
            sentences=[1],
            confidence=0.9,
        ),
        _attribution(
            t,
            peskow[0],
            m2[1],
            id=1,
            kind=AttributionKind.INDIRECT,
            cue=Cue.of(t, *erkl, type="speech_verb", lemma="erklären"),
            speakers=[_span(t, *peskow)],
            message=_span(t, *m2),
            speaker_entity=3,
            source=1,
            mood="subj1",
            sentences=[2],
            confidence=0.9,
        ),
        _attribution(
            t,
            insider[0],
            m3b[1],
            id=2,
            kind=AttributionKind.INDIRECT,
            cue=Cue.of(t, *sagte2, type="speech_verb", lemma="sagen"),
            speakers=[_span(t, *insider)],
            message=_span(t, m3a[0], m3b[1]),
            source=2,
            mood="subj1",
            sentences=[3],
            confidence=0.8,
        ),
    ]
    hedge = Cue.of(t, *womoeglich, type="hedge", lemma="womöglich")
    claims = [
        Claim.of(t, *h, id=0, sentence=0, block=0, role="headline", status=ClaimStatus.ASSERTED),
        Claim.of(
            t,
            p1s,
            s1e,
            id=1,
            sentence=1,
            block=1,
            role="body",
            status=ClaimStatus.ATTRIBUTED,
            attributions=[0],
            sources=[0],
        ),
        Claim.of(
            t,
            s1e + 1,
            s2e,
            id=2,
            sentence=2,
            block=1,
            role="body",
            status=ClaimStatus.ATTRIBUTED,
            attributions=[1],
            sources=[1],
        ),
        Claim.of(
            t,
            p2s,
            s3e,
            id=3,
            sentence=3,
            block=2,
            role="body",
            status=ClaimStatus.HEDGED,
            cues=[hedge],
            attributions=[2],
            sources=[2],
        ),
    ]
    findings = [
        Finding.of(
            t,
            *h,
            id=0,
            role="headline",
            verdict=FindingVerdict.OVERSTATED,
            evidence=[
                Evidence.of(
                    t,
                    p1s,
                    s1e,
                    sentence=1,
                    claim=1,
                    score=0.41,
                    status=ClaimStatus.ATTRIBUTED,
                    sources=[0],
                )
            ],
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
        components=[
            "layout",
            "language",
            "sentences",
            "entities",
            "quotes",
            "sources",
            "claims",
            "headline_check",
        ],
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
        Entity(
            id=0,
            name="Olaf Scholz",
            type=EntityType.PER,
            kb_id="Q61053",
            mentions=[0, 2],
            aliases=["Olaf Scholz", "Scholz"],
        ),
        Entity(
            id=1,
            name="Putin",
            type=EntityType.PER,
            kb_id="Q7747",
            mentions=[1, 3],
            aliases=["Putin"],
        ),
    ]
    sources = [
        Source(
            id=0,
            name="Olaf Scholz",
            type=SourceType.POLITICIAN,
            named=True,
            entity=0,
            kb_id="Q61053",
            mentions=[_span(t, *scholz)],
            attributions=[0],
            statements=1,
        ),
        Source(
            id=1,
            name="Regierungskreise",
            type=SourceType.ANONYMOUS,
            named=False,
            mentions=[_span(t, *kreise)],
            attributions=[1],
            statements=1,
        ),
    ]
    attributions = [
        _attribution(
            t,
            scholz[0],
            s1e,
            id=0,
            kind=AttributionKind.DIRECT,
            cue=Cue.of(t, *sagte, type="speech_verb", lemma="sagen"),
            speakers=[_span(t, *scholz)],
            message=_span(t, *msg),
            speaker_entity=0,
            source=0,
            mood="ind",
            sentences=[1],
        ),
        _attribution(
            t,
            laut[0],
            m2[1],
            id=1,
            kind=AttributionKind.REPORTED,
            cue=Cue.of(t, *laut, type="laut", lemma="laut"),
            speakers=[_span(t, *kreise)],
            message=_span(t, *m2),
            source=1,
            sentences=[2],
        ),
    ]
    claims = [
        Claim.of(t, *h, id=0, sentence=0, block=0, role="headline", status=ClaimStatus.ASSERTED),
        Claim.of(
            t,
            ps,
            s1e,
            id=1,
            sentence=1,
            block=1,
            role="body",
            status=ClaimStatus.ATTRIBUTED,
            attributions=[0],
            sources=[0],
        ),
        Claim.of(
            t,
            s1e + 1,
            s2e,
            id=2,
            sentence=2,
            block=1,
            role="body",
            status=ClaimStatus.ATTRIBUTED,
            attributions=[1],
            sources=[1],
        ),
    ]
    findings = [
        Finding.of(
            t,
            *h,
            id=0,
            role="headline",
            verdict=FindingVerdict.SUPPORTED,
            evidence=[
                Evidence.of(
                    t,
                    s1e + 1,
                    s2e,
                    sentence=2,
                    claim=2,
                    score=0.8,
                    status=ClaimStatus.ATTRIBUTED,
                    sources=[1],
                )
            ],
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
        components=[
            "layout",
            "language",
            "sentences",
            "entities",
            "quotes",
            "sources",
            "claims",
            "headline_check",
        ],
        blocks=blocks,
        sentences=sentences,
        mentions=mentions,
        entities=entities,
        sources=sources,
        attributions=attributions,
        claims=claims,
        findings=findings,
    )
