"""A colon inside the quote's own sentence: the clause before it frames the quote
(:func:`colon_quotes.framed_after_colon`), and a speech noun with a light verb frames a
Konjunktiv clause after a colon as it frames one after a comma ("erhob schwere Vorwürfe
gegen die Regierung: Sie habe …").  Texts written for newsprobe."""

from __future__ import annotations

import pytest
from attribution_texts import find, speaker
from attribution_texts import run_body as run


@pytest.mark.parametrize(
    ("body", "fragment", "expected"),
    [
        (
            "Die Geschäftsführerin Eva Roth blieb trotz der Kritik gelassen: „Wir haben "
            "alles richtig gemacht und bleiben dabei.“",
            "alles richtig gemacht",
            "Die Geschäftsführerin Eva Roth",
        ),
        (
            "Der Bauernverband erhob schwere Vorwürfe gegen die Regierung: „Sie hat die "
            "Bauern im Stich gelassen.“",
            "Bauern im Stich",
            "Der Bauernverband",
        ),
        # no one before the colon: no speaker
        ("Die Lage im Dorf ist ernst: „Wir haben alles verloren, was wir hatten.“", "verloren", ""),
    ],
)
def test_a_quote_after_a_colon_in_its_sentence(body: str, fragment: str, expected: str) -> None:
    assert speaker(run(body), fragment) == expected


def test_words_after_the_quote_are_another_frame() -> None:
    body = (
        "Die Lage ist ernst: „Wir haben alles verloren, was wir hatten“, sagte der Bürgermeister."
    )
    assert speaker(run(body), "alles verloren") == "der Bürgermeister"


@pytest.mark.parametrize(
    ("body", "fragment", "expected"),
    [
        (
            "Der Bauernverband erhob schwere Vorwürfe gegen die Regierung: Sie habe die "
            "Bauern im Stich gelassen.",
            "Bauern im Stich",
            "Der Bauernverband",
        ),
        (
            "Der Verein hatte nur eine Sorge: Die Mitglieder könnten in Scharen austreten.",
            "Mitglieder könnten",
            "Der Verein",
        ),
    ],
)
def test_a_speech_noun_frames_a_konjunktiv_clause_after_a_colon(
    body: str, fragment: str, expected: str
) -> None:
    att = find(run(body), fragment)
    assert att.cue is not None and att.cue.type == "speech_noun"
    assert speaker(run(body), fragment) == expected


def test_a_colon_takes_no_subordinated_clause_as_a_noun_content() -> None:
    # after a colon, "dass …" is no content clause of the noun before it
    analysis = run("Der Plan hatte einen Fehler: dass niemand ihn las, war bekannt.")
    assert not any(a.cue is not None and a.cue.text == "Fehler" for a in analysis.attributions)
