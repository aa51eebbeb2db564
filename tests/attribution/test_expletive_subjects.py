"""An expletive "es" before the cue holds the place of the subject after the verb
(:mod:`newsprobe.attribution.expletive_subjects`).  Texts written for newsprobe."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run
from attribution_texts import speaker


@pytest.mark.parametrize(
    ("body", "fragment", "expected"),
    [
        (
            "Es warnen Experten seit Jahren davor, die Risiken zu unterschätzen.",
            "Risiken zu unterschätzen",
            "Experten",
        ),
        (
            "Es ziehen 47 Prozent der Befragten die Schlussfolgerung, nicht mehr wählen zu gehen.",
            "nicht mehr wählen",
            "47 Prozent der Befragten",
        ),
        (
            "Es fordern mehrere Verbände, die Steuern deutlich zu senken.",
            "Steuern deutlich",
            "mehrere Verbände",
        ),
    ],
)
def test_the_subject_after_the_verb_speaks(body: str, fragment: str, expected: str) -> None:
    assert speaker(run(body), fragment) == expected


def test_a_phrase_that_cannot_speak_stays_an_object() -> None:
    from newsprobe.attribution.expletive_subjects import postponed_subject
    from newsprobe.attribution.lexicon import cues
    from newsprobe.attribution.view import build

    analysis = run("Es zeigt die Probleme deutlich.")
    toks = build(analysis, [], "de")[-1].toks
    lex = cues("de")
    es = next(k for k, t in enumerate(toks) if t.text == "Es")
    end = len(toks)
    assert postponed_subject(toks, (es, es + 1), es + 1, end, lex, lambda *_: False) is None
    found = postponed_subject(toks, (es, es + 1), es + 1, end, lex, lambda *_: True)
    assert found is not None and toks[found[0]].text == "die"
    # a subject before the verb that is no "es" is kept
    assert postponed_subject(toks, (es + 2, es + 4), es + 1, end, lex, lambda *_: True) is None
