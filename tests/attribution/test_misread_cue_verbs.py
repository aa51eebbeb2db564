"""Cue verbs the tagger does not read as verbs (attribution's tag repairs).

A form of a cue-lexicon verb that HanTa tags as a predicative adjective or an adverb is
the verb where a verb stands — second in its clause right after a subject ("Die
Opposition verlange eine Aufklärung"), or last in a clause a subordinator opens ("…, dass
die Regierung verlange, …"); right before "worden" it is a participle ("bekanntgemacht
worden"). Elsewhere the tagger's reading stays. A perfect passive ("war befürchtet worden,
…") frames the clause after it but narrates no act of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from attribution_texts import run_body

from newsprobe.attribution.tag_repairs import repair_german
from newsprobe.claims.units import sentence_views


def _tag(body: str, word: str) -> str:
    analysis = run_body(body)
    return next(t.tag for v in sentence_views(analysis) for t in v.toks if t.text == word)


@pytest.mark.parametrize(
    ("body", "word", "tag"),
    [
        ("Die Opposition verlange eine Aufklärung, hieß es.", "verlange", "VFIN"),
        ("Der Minister erhob schwere Vorwürfe gegen die Bahn.", "erhob", "VFIN"),
        (
            "Berg kritisierte, dass die Regierung verlange, die Steuern zu senken.",
            "verlange",
            "VFIN",
        ),
        (
            "Der Termin sei vorab bekanntgemacht worden, teilte die Stadt mit.",
            "bekanntgemacht",
            "VPP",
        ),
    ],
)
def test_cue_verb_in_a_verb_position(body: str, word: str, tag: str) -> None:
    assert _tag(body, word) == tag


def test_the_misread_verb_makes_the_statement_a_clause() -> None:
    # with "verlange" read as an adverb the clause had no finite verb and no statement
    analysis = run_body("Die Gewerkschaft verlange höhere Löhne, sagte Berg.")
    framed = [a for a in analysis.attributions if a.cue is not None and a.cue.text == "sagte"]
    assert [a.message.text for a in framed] == ["Die Gewerkschaft verlange höhere Löhne"]


@dataclass
class _Tok:
    i: int
    text: str
    stts: str
    tag: str
    lemma: str
    mood: str | None = None
    token_mood: str | None = None
    zu_inf: bool = False

    @property
    def low(self) -> str:
        return self.text.lower()


def _sentence(*words: tuple[str, str, str, str]) -> list[_Tok]:
    return [_Tok(i, w, stts, tag, lemma) for i, (w, stts, tag, lemma) in enumerate(words)]


def test_only_a_verb_position_is_repaired() -> None:
    second = _sentence(
        ("Die", "ART", "DET", "der"),
        ("Opposition", "NN", "NOUN", "opposition"),
        ("verlange", "ADV", "ADV", "verlangen"),
        ("Geld", "NN", "NOUN", "geld"),
    )
    # after the clause's finite verb, the same form stays what the tagger read
    after_finite = _sentence(
        ("Die", "ART", "DET", "der"),
        ("Opposition", "NN", "NOUN", "opposition"),
        ("ist", "VAFIN", "VFIN", "sein"),
        ("verlange", "ADV", "ADV", "verlangen"),
    )
    # a lemma outside the cue lexicon stays too
    unknown = _sentence(
        ("Die", "ART", "DET", "der"),
        ("Opposition", "NN", "NOUN", "opposition"),
        ("schwimme", "ADV", "ADV", "schwimmen"),
    )
    for toks in (second, after_finite, unknown):
        repair_german(toks, frozenset(["verlangen"]))  # type: ignore[arg-type]
    assert second[2].tag == "VFIN" and second[2].mood == "subj1"
    assert after_finite[3].tag == "ADV"
    assert unknown[2].tag == "ADV"


@pytest.mark.parametrize(
    ("body", "cue", "message"),
    [
        (
            "Es sei angekündigt worden, dass die Preise steigen.",
            "angekündigt",
            "dass die Preise steigen",
        ),
        (
            "Letzte Woche war noch befürchtet worden, die Bahn könnte beschädigt worden sein.",
            "befürchtet",
            "die Bahn könnte beschädigt worden sein",
        ),
    ],
)
def test_a_perfect_passive_frames_its_clause(body: str, cue: str, message: str) -> None:
    atts = run_body(body).attributions
    assert [(a.cue.text if a.cue else "", a.message.text) for a in atts] == [(cue, message)]


def test_a_perfect_passive_narrates_nothing() -> None:
    assert not run_body(
        "Die Erkrankung war am Montag dem Gesundheitsamt mitgeteilt worden."
    ).attributions
