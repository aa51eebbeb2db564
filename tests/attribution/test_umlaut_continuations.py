"""A sentence in Konjunktiv II of a strong verb the mood lexicon lacks ("böten", "befände")
carries on the statement before it, like one in Konjunktiv I.  Texts written for
newsprobe."""

from __future__ import annotations

from attribution_texts import find
from attribution_texts import run_body as run


def test_a_strong_konjunktiv_ii_sentence_carries_on_the_statement() -> None:
    body = (
        "Der Abgeordnete Max Muster warf der Regierung vor, die Zahlen seien geschönt. "
        "Offene Kanäle böten den Insekten ideale Bedingungen."
    )
    analysis = run(body)
    first = find(analysis, "Zahlen seien")
    second = find(analysis, "Kanäle böten")
    assert second.continues == analysis.attributions.index(first)
