"""English tags from HanTa's English model (``language.pos_en``), in Penn tags."""

from __future__ import annotations

import pytest

from newsprobe.language.pos_en import clause_tags, penn, readings, tag_at, verb_reading


def test_c5_tags_map_to_penn() -> None:
    assert [penn(t) for t in ("NN2", "VVZ", "NP0", "AJ0", "VVD", "VM0")] == [
        "NNS", "VBZ", "NNP", "JJ", "VBD", "MD",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "at", "verb"),
    [
        ("She wore her white pointed pumps .", 4, False),
        ("He pointed to the rising costs .", 1, True),
        ("Member states said they would act .", 1, False),
        ("The report states that emissions rose .", 2, True),
        ("Fraud claims rejected by court", 1, False),
        ("The Islamic State claims responsibility for the attack", 3, True),
    ],
)
def test_an_ambiguous_form_is_tagged_in_context(sentence: str, at: int, verb: bool) -> None:
    assert verb_reading(sentence.split(), at) is verb


def test_a_form_without_a_verb_reading_is_left_to_the_word_lists() -> None:
    assert "VBZ" not in readings("posts")
    assert verb_reading(["He", "posts", "photos", "daily", "."], 1) is None


def test_an_unambiguous_form_keeps_its_reading() -> None:
    words = ["She", "said", "it", "."]
    assert tag_at(words, 1) == "VBD"


def test_clause_tags_find_a_finite_verb() -> None:
    tags = clause_tags(["people", "now", "hold", "doors", "for", "her"])
    assert tags[2] in ("VBP", "VBZ", "VBD")
    assert clause_tags([]) == []
