"""English names typed by their context (``entities.english_context``): titles inside and
before a run, a person noun in an apposition, a verb of saying beside a two-word run, and a
first name before a place's name.  Fixture sentences written for these tests."""

from __future__ import annotations

import pytest

from newsprobe.entities.english import recognise_english


def _names(sentence: str) -> set[tuple[str, str]]:
    words = sentence.replace(",", " ,").replace(".", " .").split()
    return {(" ".join(words[f.start : f.end]), f.type) for f in recognise_english(words)}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Finance Minister Jane Doe presented the budget on Monday.", "Jane Doe"),
        ("Health Secretary of State Marta Kelso spoke first.", "Marta Kelso"),
        ("Coast Guard Commandant Rear Admiral Pelo Matsa opened the drill.", "Pelo Matsa"),
        ("Town Mayor Okon Bassey opened the bridge.", "Okon Bassey"),
        # a title in lower case before the run
        ("The shares rose, chairman and president Okon Bassey said.", "Okon Bassey"),
        # a title before a comma
        ("Former area councillor, Okon Bassey, said they complained.", "Okon Bassey"),
        # a person noun in the apposition
        ("Okon Bassey, a certified financial planner, disagreed.", "Okon Bassey"),
        ("Okon Bassey, 54, a retired nurse, disagreed.", "Okon Bassey"),
        # a verb of saying beside a two-word run
        ("The road is closed, said Okon Bassey.", "Okon Bassey"),
        ("Later Okon Bassey said the road was closed.", "Okon Bassey"),
        # a first name before a place's name: one person
        ("Jane Roma Smith lost weight.", "Jane Roma Smith"),
    ],
)
def test_person_by_context(sentence: str, name: str) -> None:
    assert (name, "PER") in _names(sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # no cue at all: an untyped run stays out
        ("Later Okon Bassey opened the bridge.", "Okon Bassey"),
        # a title word that ends the run names no one after it
        ("The Prime Minister arrived.", "Minister"),
        # a run with an organisation word is no person, whatever verb stands beside it
        ("Acme Shipping Corporation said profits fell.", "Acme Shipping Corporation"),
    ],
)
def test_no_person_without_context(sentence: str, absent: str) -> None:
    assert (absent, "PER") not in _names(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Sales rose , Home Depot said on Tuesday.", "Home Depot"),
        ("Sales fell , said General Motors.", "General Motors"),
    ],
)
def test_body_name_beside_saying(sentence: str, name: str) -> None:
    """A run beside "said" whose last word is never a name is a body, not a person."""
    found = _names(sentence)
    assert (name, "ORG") in found
    assert not any(t == "PER" for _, t in found)
