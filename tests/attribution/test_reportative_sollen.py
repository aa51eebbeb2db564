"""A sentence with reportative "sollen" right after an attribution carries it on
(``continuations.carries_on``); the "True" rows fail when that rule is off, the "False"
rows hold where it must not apply."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run


def _continues(body: str, fragment: str) -> bool:
    analysis = run(body)
    return any(
        fragment in a.message.text and a.cue is None and a.continues is not None
        for a in analysis.attributions
    )


@pytest.mark.parametrize(
    ("body", "fragment", "expected"),
    [
        (
            "Die Behörden werfen dem Mann Menschenhandel vor. Der Mann soll am Freitag zwei "
            "Menschen illegal in die USA eingeschleust haben.",
            "zwei Menschen illegal",
            True,
        ),
        # a pronoun subject is left out (see continuations._pronoun_subject)
        (
            "Die Behörden werfen dem Mann Menschenhandel vor. Er soll am Freitag zwei "
            "Menschen illegal in die USA eingeschleust haben.",
            "zwei Menschen illegal",
            False,
        ),
        (
            "Der Verband fordert nun Konsequenzen aus den Affären. So sollen die Abgeordneten "
            "künftig ihre Nebeneinkünfte offenlegen.",
            "ihre Nebeneinkünfte offenlegen",
            True,
        ),
        # a plain infinitive after a statement that is no demand: what ought to be done
        (
            "Der Minister sagte, er sei mit dem Ergebnis zufrieden. Die Regierung soll nun "
            "schneller handeln.",
            "schneller handeln",
            False,
        ),
        # no attribution before: narration
        (
            "Die Brücke ist seit Jahren marode. Sie soll im nächsten Jahr abgerissen werden.",
            "abgerissen werden",
            False,
        ),
        # two sentences on: too far
        (
            "Der Minister kündigte Reformen an. Das Kabinett tagte am Montag. Die Reform soll "
            "im Mai kommen.",
            "im Mai kommen",
            False,
        ),
    ],
)
def test_reportative_sollen_carries_on_the_attribution(
    body: str, fragment: str, expected: bool
) -> None:
    assert _continues(body, fragment) is expected
