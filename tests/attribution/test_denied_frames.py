"""A speech verb its frame denies ("wollte nicht bestätigen, dass …") and a cue in a
bracketed cross-reference ("(wir berichteten)") make no statement
(``cue_senses.denied_frame``, ``cue_senses.bracketed_aside``); verbs of denial and negated
attributes stay cues.  Texts written for newsprobe."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run


def _cue_lemmas(body: str) -> set[str]:
    return {a.cue.lemma or "" for a in run(body).attributions if a.cue is not None}


@pytest.mark.parametrize(
    ("body", "lemma", "expected"),
    [
        ("Ein Sprecher der Feuerwehr wollte nicht bestätigen, dass es Tote gegeben habe.",
         "bestätigen", False),
        ("Die Ministerin Eva Roth konnte nicht sagen, wann die Brücke wieder öffnet.",
         "sagen", False),
        ("Der Trainer Paul Weber wollte sich nicht festlegen, ob er bleibt.",
         "festlegen", False),
        # a verb of denial: its denial is a statement
        ("Der Polizeisprecher Tom Brenner schloss nicht aus, dass es weitere Opfer gibt.",
         "ausschließen", True),
        # "nicht" inside a phrase denies no act
        ("Unter Berufung auf nicht näher genannte Quellen berichtete die Zeitung, der "
         "Minister trete zurück.", "berichten", True),
        ("Der Sprecher Jan Vogt sagte, die Stadt werde die Brücke nicht sperren.",
         "sagen", True),
        # "nicht" denies another verb of the sentence, not the cue
        ("Die Gewerkschaft hat die Pläne nicht gebilligt und erklärt, sie werde klagen.",
         "erklären", True),
    ],
)  # fmt: skip
def test_denied_frames(body: str, lemma: str, expected: bool) -> None:
    assert (lemma in _cue_lemmas(body)) is expected


def test_bracketed_cross_reference_is_no_cue() -> None:
    body = (
        "Die Läuferin Anna Berg siegte, indem sie trotz ihrer Verletzung (wir berichteten) "
        "zwei Sekunden schneller als die Konkurrenz lief."
    )
    assert "berichten" not in _cue_lemmas(body)
