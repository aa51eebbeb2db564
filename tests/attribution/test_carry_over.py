"""Reported speech carried over past the narrator's sentences and Konjunktiv I main clauses
after an indicative one (``attribution.carry_over``).  The "True" rows fail when the rule
is off; the "False" rows hold where it must not apply.  Texts written for newsprobe."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run


def _carried(body: str, fragment: str) -> str | None:
    """The speaker text of the attribution that the cue-less statement holding
    ``fragment`` carries on ("" when it carries on none), None when there is no such
    statement."""
    analysis = run(body)
    for a in analysis.attributions:
        if fragment in a.message.text and a.cue is None:
            if a.continues is None:
                return ""
            parent = analysis.attributions[a.continues]
            return parent.speakers[0].text if parent.speakers else ""
    return None


@pytest.mark.parametrize(
    ("body", "fragment", "speaker"),
    [
        # a connective Konjunktiv I sentence across one narrator sentence
        (
            "Die Behörde teilte mit, die Maschinen seien unsicher. Sie wurden im Mai "
            "gekauft. Auch sei die Dokumentation unvollständig.",
            "Dokumentation unvollständig",
            "Die Behörde",
        ),
        # ... and across two
        (
            "Der Verband erklärte, die Preise seien gestiegen. Der Winter war lang. Die "
            "Vorräte gingen zur Neige. Zudem habe die Ernte enttäuscht.",
            "die Ernte enttäuscht",
            "Der Verband",
        ),
        # a time shift between ends the account
        (
            "Der Verband erklärte, die Preise seien gestiegen. Am Montag wurden die Läden "
            "geschlossen. Zudem habe die Ernte enttäuscht.",
            "die Ernte enttäuscht",
            None,
        ),
        # without a connective the Konjunktiv I is not carried across the narrator in a
        # text with quotation marks ...
        (
            "Der Verband erklärte, die Preise seien „deutlich“ gestiegen. Der Winter war "
            "lang. Die Vorräte gingen zur Neige. Die Ernte habe enttäuscht.",
            "Die Ernte habe enttäuscht",
            None,
        ),
        # ... but is in a text that has lost them all (the sentences between may be the
        # speaker's own words)
        (
            "Der Verband erklärte, die Preise seien gestiegen. Der Winter war lang. Die "
            "Vorräte gingen zur Neige. Die Ernte habe enttäuscht.",
            "Die Ernte habe enttäuscht",
            "Der Verband",
        ),
        # a new paragraph ends it
        (
            "Der Verband erklärte, die Preise seien gestiegen. Der Winter war lang.\n\n"
            "Auch sei die Ernte schlecht gewesen.",
            "Ernte schlecht gewesen",
            None,
        ),
    ],
)
def test_carry_over_across_narration(body: str, fragment: str, speaker: str | None) -> None:
    assert _carried(body, fragment) == speaker


@pytest.mark.parametrize(
    ("body", "fragment", "speaker"),
    [
        # a Konjunktiv I main clause after an indicative one, right after a statement
        (
            "Die Polizei sagte, ein Bus sei verunglückt. Zwölf Reisende wurden verletzt, "
            "die Verletzten seien Touristen aus Bayern.",
            "Touristen aus Bayern",
            "Die Polizei",
        ),
        # ... joined with "und"
        (
            "Der Trainer erklärte, er höre nach der Saison auf. Seine Familie lebt in "
            "Spanien, und er wolle mehr Zeit mit ihr verbringen.",
            "mehr Zeit mit ihr verbringen",
            "Der Trainer",
        ),
        # the clause is the content of a speech noun before it: not carried on
        (
            "Die Polizei sagte, ein Bus sei verunglückt. Vom Fahrer liegt nur die "
            "Äußerung vor, er werde sich später erklären.",
            "er werde sich später erklären",
            None,
        ),
        # no attribution before: the narrator's sentence stays the narrator's
        (
            "Der Zug fuhr pünktlich ab. Zwölf Reisende stiegen ein, die Fahrt sei ruhig gewesen.",
            "die Fahrt sei ruhig",
            None,
        ),
    ],
)
def test_subjunctive_clause_after_narration(body: str, fragment: str, speaker: str | None) -> None:
    assert _carried(body, fragment) == speaker


def test_clause_message_leaves_the_narrated_part_out() -> None:
    analysis = run(
        "Die Polizei sagte, ein Bus sei verunglückt. Zwölf Reisende wurden verletzt, "
        "die Verletzten seien Touristen aus Bayern."
    )
    att = next(a for a in analysis.attributions if "Touristen aus Bayern" in a.message.text)
    assert "wurden verletzt" not in att.message.text


def test_a_sentence_with_a_frame_of_its_own_is_not_carried_over() -> None:
    # the inverted frame after the comma ("…, gab der Prüfer zu bedenken") is its own
    body = (
        "Die Behörde teilte mit, die Maschinen seien unsicher. Sie wurden im Mai gekauft. "
        "Auch sei die Wartung teuer, gab der Prüfer Karl Holm zu bedenken."
    )
    assert _carried(body, "die Wartung teuer") != "Die Behörde"
