"""English attribution with HanTa's English tags (``language.pos_en``): a cue word must
stand as a verb, acts told by their object are narrated, content clauses without "that"
are found by their finite verb, a speaker phrase may open with a list of titles.  Each
fixture is a text written for the test."""

from __future__ import annotations

import pytest

from newsprobe.api import analyze_text
from newsprobe.model import Attribution


def _atts(body: str) -> list[Attribution]:
    analysis = analyze_text("Headline\n\n" + body, lang="en", only=["sources"])
    return [a for a in analysis.attributions if a.cue is not None]


def _cues(body: str) -> list[str]:
    return [a.cue.text for a in _atts(body) if a.cue is not None]


def _by_cue(body: str, cue: str) -> Attribution:
    found = [a for a in _atts(body) if a.cue is not None and a.cue.text == cue]
    assert found, f"no attribution with cue {cue!r} in {body!r}"
    return found[0]


def _speaker(att: Attribution) -> str | None:
    return att.speaker.name if att.speaker is not None else None


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ('She wore her white pointed pumps: "They are my lucky shoes."', "pointed"),
        ("Member states said they would act within a week.", "states"),
        ("States across the region said they would act within a week.", "States"),
        ("Critics claims were rejected by the court on Monday.", "claims"),
        ("The union reports were rejected by the board on Monday.", "reports"),
    ],
)
def test_a_noun_or_adjective_is_no_cue(body: str, word: str) -> None:
    assert word not in _cues(body)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The report states that emissions rose by five percent in 2024.", "states"),
        ("The union claims that the offer is too low.", "claims"),
        ("The ministry reports that 40 people were injured.", "reports"),
        ('He pointed to the rising costs: "We cannot pay this."', "pointed"),
    ],
)
def test_the_same_words_as_verbs_stay_cues(body: str, word: str) -> None:
    assert word in _cues(body)


@pytest.mark.parametrize(
    ("body", "cue", "message", "speaker"),
    [
        ("The minister denied the allegations on Monday.", "denied", "allegations", "minister"),
        ("The company announced job cuts in Ohio.", "announced", "job cuts", "company"),
        ("The union criticised the decision.", "criticised", "decision", "union"),
        ("Jane Porter spoke of a hard year for us.", "spoke", "hard year", "Jane Porter"),
        ("Tom Reed pointed to the rising costs of energy.", "pointed", "rising costs", "Tom Reed"),
        ("Lisa Grant called for calm after the vote.", "called", "calm", "Lisa Grant"),
    ],
)  # fmt: skip
def test_acts_told_by_their_object_are_narrated(
    body: str, cue: str, message: str, speaker: str
) -> None:
    att = _by_cue(body, cue)
    assert att.kind.value == "narrated"
    assert message in att.message.text
    assert speaker in (_speaker(att) or "")


@pytest.mark.parametrize(
    "body",
    [
        "The spokesman did not deny the report.",
        "The appeal was rejected on Monday.",  # with an agent, it speaks (test_english_speakers)
        "Lisa Grant denied it.",
        "The company never confirmed the figures.",
    ],
)
def test_no_narrated_act_when_negated_passive_or_without_a_topic(body: str) -> None:
    assert not any(a.kind.value == "narrated" for a in _atts(body))


def test_a_stance_act_is_typed_as_one() -> None:
    att = _by_cue("The union criticised the decision.", "criticised")
    assert att.cue is not None and att.cue.type == "narrated_stance"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("She said she eats a low-carb diet and has cut out sugar.", "she eats a low-carb diet"),
        ("He said people now hold doors for her in the street.", "people now hold doors"),
        (
            "Most buyers said their purchase made them richer, the study found.",
            "their purchase made them richer",
        ),
    ],
)
def test_a_content_clause_without_that(body: str, message: str) -> None:
    att = _by_cue(body, "said")
    assert att.kind.value == "indirect"
    assert att.message.text.startswith(message)


def test_said_with_an_object_only_is_no_clause() -> None:
    # "said goodbye": no finite verb after the object, no content clause
    assert not any(a.kind.value == "indirect" for a in _atts("They said goodbye at the airport."))


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"We had a strong quarter," chairman, CEO and president Craig Menear said on Tuesday.',
            "Craig Menear",
        ),
        ('"Sales will grow," finance chief, treasurer Anna Kowalski said.', "Anna Kowalski"),
    ],
)  # fmt: skip
def test_a_title_list_opens_the_speaker_phrase(body: str, speaker: str) -> None:
    att = _by_cue(body, "said")
    assert att.kind.value == "direct"
    assert _speaker(att) == speaker


def test_a_name_in_ly_opening_a_sentence_is_a_name() -> None:
    body = "The costs will rise. McNally added that it may take ten years to recover."
    assert _speaker(_by_cue(body, "added")) == "McNally"


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The plan was announced on Monday, officials said.", "announced"),
        ("Safety fears were dismissed, the minister said.", "dismissed"),
        ("Fraud claims against the firm rejected by court.", "rejected"),
    ],
)
def test_a_passive_participle_is_no_cue_of_its_subject(body: str, word: str) -> None:
    assert word not in _cues(body)
    assert "said" in _cues(body) or "said" not in body


def test_an_agentless_it_passive_stays_a_statement() -> None:
    assert "announced" in _cues("It was announced that the plant will close.")


def test_an_act_with_its_own_object_takes_no_clause_before_it() -> None:
    att = _by_cue(
        "The answer is far from clear, and experts point to considerable hurdles.", "point"
    )
    assert att.kind.value == "narrated"
    assert "hurdles" in att.message.text and "answer" not in att.message.text


def test_a_closing_frame_with_an_adjunct_keeps_the_clause_before_it() -> None:
    att = _by_cue("The plan is dead, the minister announced on Monday.", "announced")
    assert att.kind.value == "indirect"
    assert att.message.text == "The plan is dead"


def test_a_compound_adjective_in_a_closing_apposition() -> None:
    body = (
        "Restoring production could cost billions, said Peter Brook of Third Bridge, "
        "a London-based research firm."
    )
    att = _by_cue(body, "said")
    assert att.message.text.startswith("Restoring production")


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        ("The mayor denied the report but promised an inquiry.", "promised", "mayor"),
        (
            "Lisa Grant said sales fell, without giving figures, and added that jobs would go.",
            "added",
            "Lisa Grant",
        ),
    ],
)
def test_a_second_predicate_shares_the_subject(body: str, cue: str, speaker: str) -> None:
    assert speaker in (_speaker(_by_cue(body, cue)) or "")


def test_a_verb_with_a_content_clause_is_no_narrated_act() -> None:
    att = _by_cue("He suggested US companies had already expressed their interest.", "suggested")
    assert att.kind.value == "indirect"


@pytest.mark.parametrize(
    "body",
    [
        "A study published last year found that surgery was becoming less common.",
        "A 2014 study published in a surgical journal found that most patients lost weight.",
    ],
)
def test_a_participle_clause_after_the_subject_noun(body: str) -> None:
    att = _by_cue(body, "found")
    assert "study" in (_speaker(att) or "").split()[:2]  # not "last year", not "journal"


def test_a_long_closing_apposition_keeps_the_statement() -> None:
    body = (
        'But it can be a "double-edged sword," said Gary Molina, research director at '
        "the Investor Foundation and a co-author of the report."
    )
    att = _by_cue(body, "said")
    assert _speaker(att) == "Gary Molina"
    assert "double-edged sword" in att.message.text


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The administration has not indicated it will remove them.", "indicated"),
        ("The spokesman did not say whether the talks would resume.", "say"),
        ("It was a so-called crypto winter, experts said.", "called"),
    ],
)
def test_a_negated_speech_verb_or_a_compound_adjective_is_no_cue(body: str, word: str) -> None:
    assert word not in _cues(body)


def test_a_negated_denial_stays_a_statement() -> None:
    assert "deny" in _cues("He did not deny that the plan was dead.")
