"""A closing frame whose speaker a relative clause or an apposition follows.

"…, sagte Anna Berg, die seit Jahren dort arbeitet.": the statement is the clause before
the frame and the speaker is the name; the relative clause tells who she is but is not the
speaker phrase (SpkAtt news marks the name and an apposition, never the relative clause).
An apposition before the relative clause stays in the speaker phrase. A relative clause on
an object ("nannte die Gründe, die …") frames nothing.
"""

from __future__ import annotations

import pytest
from attribution_texts import run_body

from newsprobe import Analysis
from newsprobe.api import analyze_text


def _only(analysis: Analysis) -> tuple[str, str, str]:
    atts = analysis.attributions
    assert len(atts) == 1, [(a.kind.value, a.cue and a.cue.text) for a in atts]
    att = atts[0]
    assert att.cue is not None
    return att.cue.text, att.speakers[0].text if att.speakers else "", att.message.text


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "message"),
    [
        (
            "Die Lage sei ernst, sagte Anna Berg, die seit Jahren dort arbeitet.",
            "sagte",
            "Anna Berg",
            "Die Lage sei ernst",
        ),
        (
            "Die Reform komme zu spät, sagte der Minister, der am Montag in Berlin war.",
            "sagte",
            "der Minister",
            "Die Reform komme zu spät",
        ),
        (
            # a passive in the relative clause
            "Das sei ein Fehler gewesen, erklärte der Sprecher, der namentlich nicht genannt "
            "werden wollte.",
            "erklärte",
            "der Sprecher",
            "Das sei ein Fehler gewesen",
        ),
        (
            # a particle verb; a present tense in "-t" the tagger reads as a participle
            "Der Zug sei entgleist, teilte die Polizei mit, die den Unfall untersucht.",
            "teilte",
            "die Polizei",
            "Der Zug sei entgleist",
        ),
        (
            # an apposition, then the relative clause: the apposition is the speaker's
            "Die Werte seien gestiegen, sagte Anna Berg, die Leiterin der Klinik, die seit "
            "Jahren dort arbeitet.",
            "sagte",
            "Anna Berg, die Leiterin der Klinik",
            "Die Werte seien gestiegen",
        ),
        (
            # the "so" frame
            "Die Lage sei ernst, so die Ministerin, die am Montag in Berlin war.",
            "so",
            "die Ministerin",
            "Die Lage sei ernst",
        ),
        (
            "„Wir haben keine Wahl“, sagte Peter Krause, der seit 2010 Bürgermeister ist.",
            "sagte",
            "Peter Krause",
            "Wir haben keine Wahl",
        ),
    ],
)
def test_relative_clause_after_a_closing_speaker(
    body: str, cue: str, speaker: str, message: str
) -> None:
    assert _only(run_body(body)) == (cue, speaker, message)


@pytest.mark.parametrize(
    "body",
    [
        # the relative clause is on an object, not on a speaker
        "Er trat zurück, nannte die Gründe, die ihn bewegten.",
        "Sie sei zufrieden, verwies auf Studien, die das belegen.",
    ],
)
def test_relative_clause_on_an_object_frames_nothing(body: str) -> None:
    assert not [a for a in run_body(body).attributions if a.kind.value == "indirect"]


def test_a_main_clause_after_the_frame_is_still_the_statement() -> None:
    # "die Polizei habe …": an article and a verb-second clause, not a relative clause
    got = _only(run_body("Der Sprecher sagte am Montag, die Polizei habe keine Spur."))
    assert got == ("sagte", "Der Sprecher", "die Polizei habe keine Spur")


@pytest.mark.parametrize(
    ("text", "speaker", "message"),
    [
        (
            "The situation is serious, said Anna Berg, who has worked there for years.",
            "Anna Berg",
            "The situation is serious",
        ),
        (
            '"We have no choice," said the minister, who visited the site on Monday.',
            "the minister",
            "We have no choice,",
        ),
    ],
)
def test_english_relative_clause_after_the_speaker(text: str, speaker: str, message: str) -> None:
    analysis = analyze_text("Headline\n\n" + text, lang="en", only=["sources"])
    _, got_speaker, got_message = _only(analysis)
    assert (got_speaker, got_message) == (speaker, message)
