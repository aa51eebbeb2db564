"""Nouns of a demand or warning followed by what is demanded ("eine Mahnung aussprechen, …
zu …", "ein Ultimatum stellen, … zu …") frame a statement of the light verb's subject, like
"die Forderung erheben, dass …" (``cues_de.toml`` clause nouns).  Texts written for
newsprobe."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run
from attribution_texts import speaker


@pytest.mark.parametrize(
    ("body", "fragment", "expected"),
    [
        (
            "Das Gericht hatte eine deutliche Mahnung an die Politik ausgesprochen, dieses "
            "Instrument nicht zu missbrauchen.",
            "Instrument nicht zu missbrauchen",
            "Das Gericht",
        ),
        (
            "Die Taxifahrer stellten den Demonstranten ein Ultimatum, die Blockaden bis "
            "Mittwoch aufzuheben.",
            "Blockaden bis Mittwoch",
            "Die Taxifahrer",
        ),
    ],
)
def test_a_demand_noun_frames_a_statement(body: str, fragment: str, expected: str) -> None:
    assert speaker(run(body), fragment) == expected
