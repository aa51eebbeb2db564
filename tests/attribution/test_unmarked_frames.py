"""Statements in texts that lost their quotation marks (10kGNAD, converted or scraped
text), and the closing frames they are told with.

* A closing frame followed by a comma and a coordinated main clause ("…, sagt Kurz, aber
  die Hanni und ich meinen das Gleiche."): the statement is the clause before the frame,
  as without the clause after it.
"""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run


@pytest.mark.parametrize(
    ("body", "speaker", "message"),
    [
        (
            "Ein unglücklicher Begriff sei das, sagt Kurz, aber die Hanni und ich meinen "
            "das Gleiche.",
            "Kurz",
            "Ein unglücklicher Begriff sei das",
        ),
        (
            "Die Lage ist ernst, sagte der Minister, doch man werde handeln.",
            "der Minister",
            "Die Lage ist ernst",
        ),
    ],
)
def test_frame_before_a_coordinated_clause(body: str, speaker: str, message: str) -> None:
    framed = [a for a in run(body).attributions if a.cue is not None and a.cue.lemma == "sagen"]
    assert [([s.text for s in a.speakers], a.message.text) for a in framed] == [
        ([speaker], message)
    ]


def test_frame_with_an_apposition_is_not_a_coordinated_clause() -> None:
    """ "…, sagte X, der Sprecher, …": no coordinator after the comma, the apposition
    stays the speaker's."""
    atts = run("Die Lage ist ernst, sagte Anna Berg, die Sprecherin der Stadt.").attributions
    assert [(a.message.text, [s.text for s in a.speakers]) for a in atts] == [
        ("Die Lage ist ernst", ["Anna Berg, die Sprecherin der Stadt"])
    ]
