"""Sentences without a cue of their own that carry on reported speech
(``attribution.continuations``): Konjunktiv II after an attribution with a speaker,
reportative "sollen" after a source phrase, and a Konjunktiv I sentence whose speaker is the
subject of the sentence before.  The "True" rows fail when the rule is off; the "False" rows
hold where it must not apply.  Texts written for newsprobe."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run


def _statement(body: str, fragment: str):
    analysis = run(body)
    for a in analysis.attributions:
        if fragment in a.message.text and a.cue is None:
            return a, analysis
    return None, analysis


def _speaker(body: str, fragment: str) -> str | None:
    """The speaker text of the cue-less statement holding ``fragment`` (following what it
    carries on), "" when it has none, None when there is no such statement."""
    att, analysis = _statement(body, fragment)
    if att is None:
        return None
    hops = 0
    while not att.speakers and att.continues is not None and hops < 10:
        att, hops = analysis.attributions[att.continues], hops + 1
    return att.speakers[0].text if att.speakers else ""


@pytest.mark.parametrize(
    ("body", "fragment", "speaker"),
    [
        # Konjunktiv II right after a narrated report with a speaker
        (
            "Der Wetterdienst berichtet von schweren Schäden an der Küste. Bis zum Abend "
            "hätte es drei weitere Sturmböen gegeben.",
            "drei weitere Sturmböen",
            "Der Wetterdienst",
        ),
        # ... and after an indicative indirect statement
        (
            "Die Bürgermeisterin teilte mit, dass die Brücke gesperrt wird. Die Arbeiten "
            "würden mindestens zwei Wochen dauern.",
            "mindestens zwei Wochen",
            "Die Bürgermeisterin",
        ),
        # Konjunktiv II in plain narration: no attribution before it
        (
            "Der Zug fuhr pünktlich ab. Ohne den Schnee wäre er schneller gewesen.",
            "schneller gewesen",
            None,
        ),
        # reportative "sollen" with a plain infinitive right after a source phrase
        (
            "Laut Polizei wurden bei dem Unfall vier Menschen verletzt. Unter den Verletzten "
            "soll sich auch ein Kind befinden.",
            "ein Kind befinden",
            "Polizei",
        ),
        # a plain "sollen" after a speech verb that is no source phrase stays narration
        (
            "Der Minister sagte, er sei mit dem Ergebnis zufrieden. Die Regierung soll nun "
            "schneller handeln.",
            "schneller handeln",
            None,
        ),
        # Konjunktiv I with no attribution before: the previous sentence's subject speaks
        (
            "Staatspräsident Karl Berger ist besorgt. Der Streit im Dorf sei nicht politisch, "
            "sondern persönlich.",
            "nicht politisch",
            "Staatspräsident Karl Berger",
        ),
        (
            "Die Gewerkschaft bedauerte die Entscheidung des Gerichts. Damit sei der Weg für "
            "weitere Kürzungen frei.",
            "weitere Kürzungen",
            "Die Gewerkschaft",
        ),
        # ... a nominative pronoun may be that subject (resolved later)
        (
            "Der Trainer Peter Lanz war nach dem Spiel enttäuscht. Er gab sich dennoch "
            "kämpferisch. Die Mannschaft habe noch alle Chancen.",
            "alle Chancen",
            "Er",
        ),
        # ... and a run of Konjunktiv I sentences keeps that speaker
        (
            "Die Gewerkschaft bedauerte die Entscheidung des Gerichts. Damit sei der Weg für "
            "weitere Kürzungen frei. Die Beschäftigten müssten nun mit weniger Lohn rechnen.",
            "weniger Lohn",
            "Die Gewerkschaft",
        ),
        # the subject before cannot speak (a thing): no statement
        (
            "Die Brücke war seit Jahren marode. Ein Neubau koste mindestens zehn Millionen.",
            "zehn Millionen",
            None,
        ),
        # an instruction with "man" is no reported speech
        (
            "Der Koch schneidet die Zwiebeln klein. Man nehme dazu ein scharfes Messer.",
            "scharfes Messer",
            None,
        ),
        # a question before: the Konjunktiv answers no one's statement
        (
            "Hat die Stadtverwaltung das gewusst? Es sei jedenfalls nie geprüft worden.",
            "nie geprüft",
            None,
        ),
    ],
)
def test_continuation_classes(body: str, fragment: str, speaker: str | None) -> None:
    assert _speaker(body, fragment) == speaker
