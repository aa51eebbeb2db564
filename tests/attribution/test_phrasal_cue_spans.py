"""The cue span of a phrasal speech verb or a separable verb (SpkAtt news marks the whole
phrase: "machte deutlich", "gab zu bedenken", "teilte mit"): the complement or particle
joins the cue where it stands right next to the verb; where other words stand between
("machte am Montag deutlich", "teilte die Polizei mit") the cue is the verb alone, since a
cue is one stretch of text."""

from __future__ import annotations

import pytest
from attribution_texts import run_body


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("Der Minister machte deutlich, dass er keine Steuererhöhung wolle.", "machte deutlich"),
        ("Die Ministerin gab zu bedenken, dass die Kosten steigen könnten.", "gab zu bedenken"),
        ("Sie brachte zum Ausdruck, dass sie enttäuscht sei.", "brachte zum Ausdruck"),
        ("Wie die Ministerin deutlich machte, sind die Kassen leer.", "deutlich machte"),
        ("Die Polizei teilte mit, dass der Mann verletzt wurde.", "teilte mit"),
        ("Die Firma gab bekannt, dass sie Stellen abbaue.", "gab bekannt"),
        # words between the verb and its complement: the verb alone
        ("Berg machte am Montag deutlich, dass sie nicht zurücktreten werde.", "machte"),
        ("Der Zug sei entgleist, teilte die Polizei mit.", "teilte"),
        # no particle, no complement
        ("Der Minister sagte, die Lage sei ernst.", "sagte"),
    ],
)
def test_cue_span(body: str, cue: str) -> None:
    atts = run_body(body).attributions
    assert [a.cue.text for a in atts if a.cue is not None] == [cue]
