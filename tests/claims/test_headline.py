"""The headline check and the sourcing verdict (an article written for these tests, plus the
reference article from ../shared when present)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from newsprobe.claims.component import ClaimsComponent
from newsprobe.claims.headline import HeadlineCheckComponent
from newsprobe.claims.matcher import LexicalMatcher, MatchIndex, Support, similar
from newsprobe.model import (
    Analysis,
    Block,
    BlockKind,
    Claim,
    FindingVerdict,
    Metadata,
    Source,
    SourceType,
    Span,
)
from newsprobe.pipeline import Options, Pipeline
from support import analysed

PARTS = [
    ("Nordmünde", BlockKind.KICKER),
    ("Reederei entlässt 300 Seeleute und verlegt ihren Sitz", BlockKind.HEADLINE),
    ("Die Reederei Kallweit steht vor einem harten Umbau.", BlockKind.TEASER),
    ("• Reederei Kallweit verlegt ihren Sitz nach Hamburg", BlockKind.HIGHLIGHT),
    ("• Bürgermeisterin verurteilt die Pläne scharf", BlockKind.HIGHLIGHT),
    (
        "Die Reederei Kallweit verlegt ihren Firmensitz zum Jahresende nach Hamburg. "
        "Die Reederei soll zudem 300 Seeleute entlassen haben. Die Kündigungen wurden "
        "offenbar bereits verschickt.",
        BlockKind.PARAGRAPH,
    ),
    ("Im Hafen liegen derzeit vier Schiffe der Reederei.", BlockKind.PARAGRAPH),
]


def build(parts: Sequence[tuple[str, BlockKind]], lang: str = "de") -> Analysis:
    text, spans = "", []
    for chunk, kind in parts:
        if text:
            text += "\n\n" if kind is not BlockKind.HEADLINE else ": "
        spans.append((len(text), len(text) + len(chunk), kind))
        text += chunk
    analysis = Analysis(text=text, meta=Metadata(language=lang))
    analysis.blocks = [Block.of(text, s, e, id=i, kind=k) for i, (s, e, k) in enumerate(spans)]
    for block in analysis.blocks:
        if block.kind is BlockKind.KICKER:
            block.parent = block.id + 1
    names = ["language", "sentences", "tokens", "pos", "claims", "headline_check"]
    return Pipeline(names=names, options=Options(lang=lang))(analysis)


@pytest.fixture(scope="module")
def checked() -> Analysis:
    return build(PARTS)


def test_headline_with_kicker_is_overstated_on_hedged_evidence(checked: Analysis) -> None:
    finding = checked.findings[0]
    assert finding.role == "kicker_headline"
    assert finding.text == "Nordmünde: Reederei entlässt 300 Seeleute und verlegt ihren Sitz"
    assert finding.verdict is FindingVerdict.OVERSTATED
    evidence = [e.text for e in finding.evidence]
    assert "Die Reederei soll zudem 300 Seeleute entlassen haben." in evidence
    assert any(e.startswith("Die Reederei Kallweit verlegt ihren Firmensitz") for e in evidence)
    assert {c.text for c in finding.cues} >= {"soll"}
    assert "„Reederei entlässt 300 Seeleute“" in finding.reason
    assert finding.reason.startswith("Überzogen")
    for e in finding.evidence:
        assert checked.claims[e.claim].text == e.text
        assert e.status is checked.claims[e.claim].status


def test_highlights_supported_and_unsupported(checked: Analysis) -> None:
    verdicts = {f.text: f.verdict for f in checked.findings if f.role == "highlight"}
    assert verdicts == {
        "• Reederei Kallweit verlegt ihren Sitz nach Hamburg": FindingVerdict.SUPPORTED,
        "• Bürgermeisterin verurteilt die Pläne scharf": FindingVerdict.UNSUPPORTED,
    }
    unsupported = [f for f in checked.findings if f.verdict is FindingVerdict.UNSUPPORTED]
    assert unsupported[0].evidence == [] and unsupported[0].reason.startswith("Ohne Beleg")


def test_the_verdict_counts_body_claims_and_summarises_in_german(checked: Analysis) -> None:
    verdict = checked.verdict
    assert verdict is not None
    body = [c for c in checked.claims if c.role in ("teaser", "subheading", "body")]
    assert verdict.claims == len(body) == 5
    assert verdict.shares["hedged"] == pytest.approx(2 / 5)
    assert verdict.shares["asserted"] == pytest.approx(3 / 5)
    assert sum(verdict.shares.values()) == pytest.approx(1.0)
    assert verdict.summary.startswith("Die zentrale Aussage „Reederei entlässt 300 Seeleute“")
    assert "als Tatsache dar" in verdict.summary
    assert "Von 5 Aussagen im Text" in verdict.summary


def test_weak_sources_make_attributed_evidence_weak() -> None:
    parts = [
        ("Reederei entlässt 300 Seeleute", BlockKind.HEADLINE),
        (
            "Ein anonymer Mitarbeiter sagte, die Reederei entlasse 300 Seeleute.",
            BlockKind.PARAGRAPH,
        ),
    ]
    analysis = build(parts)
    claim = next(c for c in analysis.claims if c.role == "body")
    assert claim.status.value == "attributed"
    # Without a sources layer an attributed claim gets the benefit of the doubt ...
    assert analysis.findings[0].verdict is FindingVerdict.SUPPORTED
    # ... with an anonymous source it does not.
    analysis.sources = [
        Source(
            id=0,
            name="Ein anonymer Mitarbeiter",
            type=SourceType.ANONYMOUS,
            named=False,
            statements=1,
        )
    ]
    claim.sources = [0]
    HeadlineCheckComponent()(analysis, Options())
    (finding,) = analysis.findings
    assert finding.verdict is FindingVerdict.OVERSTATED
    assert "Ein anonymer Mitarbeiter (anonym)" in finding.reason
    assert analysis.verdict is not None
    assert analysis.verdict.weak_only_claims == [claim.id]
    assert analysis.verdict.unnamed_sources == 1 and analysis.verdict.named_sources == 0
    assert analysis.verdict.sources_by_type == {"anonymous": 1}


def test_english_article_gets_an_english_summary() -> None:
    parts = [
        ("Operator to axe 400 jobs", BlockKind.HEADLINE),
        ("The operator is said to be planning to cut up to 400 jobs.", BlockKind.PARAGRAPH),
    ]
    analysis = build(parts, "en")
    (finding,) = analysis.findings
    assert finding.verdict is FindingVerdict.OVERSTATED
    assert finding.reason.startswith("Overstated:")
    assert analysis.verdict is not None
    assert analysis.verdict.summary.startswith("The central claim")
    assert "the headline states it as fact" in analysis.verdict.summary


class NothingMatches:
    """A stand-in matcher: the headline check works with any Matcher."""

    def index(self, analysis: Analysis, candidates: Sequence[Claim]) -> MatchIndex:
        return self

    def support(self, target: Span) -> list[Support]:
        return []


def test_the_matcher_is_replaceable() -> None:
    # the rules alone: the learned second opinion aligns words of its own (round 11's model
    # finds "Reederei Kallweit verlegt ihren Sitz nach Hamburg" word for word in the body)
    analysis = build(PARTS)
    HeadlineCheckComponent(matcher=NothingMatches(), model=None)(analysis, Options())
    assert {f.verdict for f in analysis.findings} == {FindingVerdict.UNSUPPORTED}


def test_negation_at_the_predicate_blocks_support() -> None:
    parts = [
        ("Russland lässt seine Soldaten im Stich", BlockKind.HEADLINE),
        ("Russland hat seine Soldaten nicht zurückgelassen.", BlockKind.PARAGRAPH),
    ]
    assert build(parts).findings[0].verdict is FindingVerdict.UNSUPPORTED
    parts[1] = (
        "Russland hat seine Soldaten zurückgelassen, die nicht fliehen konnten.",
        BlockKind.PARAGRAPH,
    )
    assert build(parts).findings[0].verdict is FindingVerdict.SUPPORTED


def test_similar_words() -> None:
    assert similar("sturz", "sturzen")
    assert similar("blogger", "militarblogger")
    assert not similar("stadt", "stadtrat")
    matcher = LexicalMatcher(threshold=0.9)
    assert matcher.threshold == 0.9


def test_no_headline_and_empty_article() -> None:
    analysis = build([("Die Reederei verlegt ihren Sitz nach Hamburg.", BlockKind.PARAGRAPH)])
    assert analysis.findings == []
    assert analysis.verdict is not None and analysis.verdict.claims == 1
    assert "Keine Überschrift" in analysis.verdict.summary
    empty = Analysis(text="")
    ClaimsComponent()(empty, Options())
    HeadlineCheckComponent()(empty, Options())
    assert empty.findings == [] and empty.verdict is None


def test_a_hashtag_word_never_takes_a_figure_key() -> None:
    """A "#0" is a word here, not the matcher's first figure: the headline "Putin" over a body
    with a hashtag once raised KeyError (found by the hypothesis property test)."""
    from newsprobe import analyze_text

    analysis = analyze_text("Putin #0 \n Putin")
    assert analysis.text.startswith("Putin")
    hashtag = build(
        [
            ("Steuern steigen um #5 Prozent", BlockKind.HEADLINE),
            ("Die Regierung sagte, die Steuern steigen um 5 Prozent #0 #1.", BlockKind.PARAGRAPH),
        ]
    )
    assert [f.kind for f in hashtag.findings]


# -- the reference article -----------------------------------------------------------------
@pytest.fixture
def seed(seed_path: Path) -> Analysis:
    return analysed(seed_path)


def _finding(analysis: Analysis, fragment: str):
    found = [f for f in analysis.findings if fragment in f.text]
    assert len(found) == 1, [f.text for f in analysis.findings]
    return found[0]


def test_seed_headline_and_highlights(seed: Analysis) -> None:
    headline = _finding(seed, "lässt eigene Truppen im Stich")
    assert headline.role in ("headline", "kicker_headline")
    assert headline.verdict is FindingVerdict.OVERSTATED
    evidence = " ".join(e.text for e in headline.evidence)
    assert "offenbar" in evidence
    assert "soll eigene Soldaten in Syrien zurückgelassen haben" in evidence
    fate = _finding(seed, "überlassen ihre Kameraden ihrem Schicksal")
    assert fate.verdict is FindingVerdict.OVERSTATED
    assert "zurückgelassen haben" in " ".join(e.text for e in fate.evidence)
    assert {c.text for c in fate.cues} >= {"offenbar", "soll"}
    assert _finding(seed, "Rebellen stürzen syrischen Machthaber").verdict is (
        FindingVerdict.SUPPORTED
    )
    assert _finding(seed, "Assad flieht nach Russland und erhält Asyl").verdict is (
        FindingVerdict.SUPPORTED
    )


def test_seed_claims(seed: Analysis) -> None:
    def claim(fragment: str):
        found = [c for c in seed.claims if fragment in c.text]
        assert found, fragment
        return found[0]

    offenbar = claim("Doch dabei wurden offenbar eigene Kameraden achtlos zurückgelassen.")
    assert offenbar.status.value == "hedged"
    assert [c.text for c in offenbar.cues] == ["offenbar"]
    isw = claim("Wladimir Putin habe laut ISW")
    assert isw.status.value == "attributed"
    assert isw.sources, isw
    names = [seed.sources[s].name for s in isw.sources]
    assert any("ISW" in name or "Kriegsstudien" in name for name in names), names
    soll = claim("Russland soll eigene Soldaten in Syrien zurückgelassen haben")
    assert soll.status.value == "hedged" and "soll" in [c.text for c in soll.cues]


def test_seed_verdict(seed: Analysis) -> None:
    verdict = seed.verdict
    assert verdict is not None and verdict.claims > 10
    assert verdict.summary.startswith("Die zentrale Aussage „lässt eigene Truppen im Stich“")
    assert "Militärblogger" in verdict.summary
    assert verdict.weak_only_claims
    assert verdict.unnamed_sources >= 1
