"""English requests, decisions and promises govern their to-infinitive
(``english_cues.to_infinitive``): each "True" row fails when it is off; the "False" rows
hold what must stay no statement."""

from __future__ import annotations

import pytest

from newsprobe.api import analyze_text


def _found(body: str) -> list[tuple[str, str]]:
    analysis = analyze_text("Headline\n\n" + body, lang="en", only=["sources"])
    return [(a.cue.text, a.message.text) for a in analysis.attributions if a.cue is not None]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The union urged members to reject the offer.", ("urged", "reject the offer")),
        ("Officials decided to close the border.", ("decided", "close the border")),
        ("He vowed to fight on.", ("vowed", "fight on")),
        (
            "The minister called on the parties to resume talks.",
            ("called", "resume talks"),
        ),
        # the infinitive ends before a closing frame
        (
            "Police asked residents to stay indoors, officials said.",
            ("asked", "stay indoors"),
        ),
    ],
)
def test_to_infinitive_is_the_content(body: str, expected: tuple[str, str]) -> None:
    assert expected in _found(body)


@pytest.mark.parametrize(
    "body",
    [
        "He called him a liar.",
        "They agreed to the deal.",
        "The team decided the match in overtime.",
    ],
)
def test_no_infinitive_no_statement(body: str) -> None:
    assert not _found(body)
