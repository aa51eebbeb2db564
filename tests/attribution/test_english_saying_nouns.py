"""An untagged English word of saying that stands as a noun ("Fraud claims rejected by court")
is no attribution cue: the attribution rules name no speaker "Fraud"; where the word is the
clause's verb it still attributes (texts written for these tests)."""

from __future__ import annotations

import pytest

from newsprobe.api import analyze_text
from newsprobe.attribution.english_nouns import noun_reading


@pytest.mark.parametrize(
    ("clause", "word", "noun"),
    [
        ("fraud claims rejected by court", "claims", True),
        ("the claims were false", "claims", True),
        ("ministers reject the report", "report", True),
        ("inspectors act over claims", "claims", True),
        ("many claims remain open", "claims", True),
        ("3 reports reached the desk", "reports", True),
        ("claims of fraud were rejected", "claims", True),
        ("lender claims against the firm are false", "claims", True),
        ("reports of abuse dismissed by inquiry", "reports", True),
        ("council claims rise in rents", "claims", False),
        ("company reports increased profits", "reports", False),
        ("police warn of floods as river rises", "warn", False),
        ("minister warns of cuts", "warns", False),
        ("mayor says tax will rise", "says", False),
        ("minister declines to say", "say", False),
        ("the claims", "the", False),
    ],
)
def test_a_saying_word_s_place_decides_noun_or_verb(clause: str, word: str, noun: bool) -> None:
    lows = clause.split()
    assert noun_reading(lows, lows.index(word)) is noun


def _cues(text: str) -> list[tuple[str, list[str]]]:
    analysis = analyze_text(text, lang="en")
    return [
        (a.cue.text, [s.text for s in a.speakers])
        for a in analysis.attributions
        if a.cue is not None
    ]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # a noun of saying as subject: no cue, no speaker made of its modifier
        ("Fraud claims against Harrowgate rejected by court.", []),
        ("Fraud claims were false, the judge said.", [("said", ["the judge"])]),
        ("The fraud claims were false, the judge said.", [("said", ["the judge"])]),
        (
            "Lender claims against the firm are false, analysts say.",
            [("say", ["analysts"])],
        ),
        # a noun of thinking or fearing likewise
        ("Safety fears were dismissed, the minister said.", [("said", ["the minister"])]),
        ("Union demands were rejected by the board.", []),
        # the same word as the clause's verb
        ("Tenants fear the rents will rise.", [("fear", ["Tenants"])]),
        ("Harrowgate claims the fraud case was baseless.", [("claims", ["Harrowgate"])]),
        ("Three reports say the bridge is unsafe.", [("say", ["Three reports"])]),
    ],
)
def test_a_noun_of_saying_is_no_attribution_cue(text: str, cues: list) -> None:
    assert _cues(text) == cues
