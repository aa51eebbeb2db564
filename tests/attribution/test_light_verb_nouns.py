"""A speech noun with a light verb and a Konjunktiv content clause
(``light_verbs``): a light verb closing the noun's clause ("die These vertreten, …") and a
plural present the tagger reads as a participle ("Einige Experten vertreten die
Auffassung, …").  Each fails with its rule off."""

from __future__ import annotations

import pytest
from attribution_texts import statements


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "fragment"),
    [
        (
            "Die Lage ist ernst. Gysi hatte in einem Interview die These vertreten, die "
            "Partei stagniere.",
            "These",
            "Gysi",
            "die Partei stagniere",
        ),
        (
            "Die Lage ist ernst. Einige Experten vertreten die Auffassung, die Welt befinde "
            "sich in der Endzeit.",
            "Auffassung",
            "Einige Experten",
            "die Welt befinde sich",
        ),
    ],
)
def test_light_verb_speech_noun(body: str, cue: str, speaker: str, fragment: str) -> None:
    found = [(c, m, s) for c, m, s in statements(body) if c == cue]
    assert found, statements(body)
    _, message, speakers = found[0]
    assert fragment in message and speakers == [speaker]


def test_other_verb_between_noun_and_clause_is_no_frame() -> None:
    """Only a light verb closes the noun's clause: "die These widerlegt, …" does not make
    the clause after it the thesis."""
    assert not [
        c
        for c, _, _ in statements(
            "Die Lage ist ernst. Gysi hatte in einem Interview die These widerlegt, die Partei "
            "stagniere."
        )
        if c == "These"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Die Lage ist ernst. Der Minister sprach von einer „vollständigen Zerstörung“.",
        "Die Lage ist ernst. Der Minister sprach von einer „vollständigen Zerstörung“ der Stadt.",
    ],
)
def test_quoted_fragment_after_its_preposition(body: str) -> None:
    """ "sprach von einer „…“" frames the quoted fragment whether or not words follow the
    quote (``clauses.fragment_preposition``)."""
    found = [(c, s) for c, _, s in statements(body) if c == "sprach"]
    assert found == [("sprach", ["Der Minister"])]
