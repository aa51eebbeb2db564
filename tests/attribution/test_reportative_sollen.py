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
        # a pronoun subject too ("Er soll …": an allegation)
        (
            "Die Behörden werfen dem Mann Menschenhandel vor. Er soll am Freitag zwei "
            "Menschen illegal in die USA eingeschleust haben.",
            "zwei Menschen illegal",
            True,
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


def test_pronoun_after_an_allegation_is_not_the_accuser() -> None:
    """ "Er soll …" carries on the accusers' statement; the "er" of the next statement is
    still the accused, not the carried-on source."""
    analysis = run(
        "Die Behörden werfen Karl Luna Betrug vor. Er soll zwei Menschen illegal "
        "eingeschleust haben. Als Begründung gab er an, er habe nur Visaanträge abgegeben."
    )
    carried = [a for a in analysis.attributions if "eingeschleust" in a.message.text]
    assert carried and carried[0].cue is None and carried[0].continues is not None
    said = [a for a in analysis.attributions if "Visaanträge" in a.message.text]
    assert said and said[0].speaker is not None and said[0].speaker.name == "Karl Luna"
