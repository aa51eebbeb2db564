"""Narrated speech and thought acts: a speaker, a speech or thought verb and what the act
was about, without its content ("Die Regierung kündigte Widerstand an", "Der Minister
sprach über die Reform").  They are attributions of kind ``reported`` whose cue type says
``narrated_speech`` or ``narrated_thought`` (unlike "laut X"-style sourcing)."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run

from newsprobe import Analysis


def narrated(analysis: Analysis) -> list:
    return [
        a for a in analysis.attributions if a.cue is not None and a.cue.type.startswith("narrated")
    ]


@pytest.mark.parametrize(
    ("body", "speaker", "cue", "message", "ctype"),
    [
        (
            "Die Regierung kündigte am Montag Widerstand an.",
            "Die Regierung",
            "kündigte",
            "am Montag Widerstand",
            "narrated_speech",
        ),
        (
            "Der Minister sprach im Bundestag über die Reform.",
            "Der Minister",
            "sprach",
            "im Bundestag über die Reform",
            "narrated_speech",
        ),
        (
            "Die Gewerkschaft bittet die Fahrgäste um Geduld.",
            "Die Gewerkschaft",
            "bittet",
            "die Fahrgäste um Geduld",
            "narrated_speech",
        ),
        (
            "Die Experten befürchten einen deutlichen Anstieg der Preise.",
            "Die Experten",
            "befürchten",
            "einen deutlichen Anstieg der Preise",
            "narrated_thought",
        ),
    ],
)
def test_narrated_act_with_speaker_and_topic(
    body: str, speaker: str, cue: str, message: str, ctype: str
) -> None:
    found = narrated(run(body))
    assert len(found) == 1, [(a.kind.value, a.message.text) for a in run(body).attributions]
    att = found[0]
    assert att.kind == "narrated"
    assert att.speakers[0].text == speaker
    assert att.cue.text == cue and att.cue.type == ctype
    assert att.message.text == message
    assert att.mood is None or att.mood == "ind"


@pytest.mark.parametrize(
    "body",
    [
        # "sprechen für": no speech act; the preposition decides.
        "Die Zahlen sprechen für eine Erholung der Wirtschaft.",
        # No one who could speak: a glance, articles.
        "Ein Blick auf die Statistik bestätigt diese Entwicklung.",
        "Diese Artikel verlangen eine sorgfältige Prüfung.",
        # A cognition verb outside the narrated-thought list.
        "Der Trainer sah das Spiel im Stadion.",
        # A thought nobody holds.
        "Im Sommer wird ein Anstieg der Preise erwartet.",
    ],
)
def test_no_narrated_act(body: str) -> None:
    assert narrated(run(body)) == []


def test_content_clause_stays_indirect_not_narrated() -> None:
    a = run("Die Ministerin kündigte an, dass die Steuern sinken. Sie sprach von einem Erfolg.")
    clause = next(x for x in a.attributions if "Steuern sinken" in x.message.text)
    assert clause.kind == "indirect" and clause.cue.type == "speech_verb"
    act = next(x for x in a.attributions if "Erfolg" in x.message.text)
    assert act.kind == "narrated" and act.cue.type == "narrated_speech"
    assert act.speakers[0].text == "Sie" and act.source == clause.source


def test_coordinated_clause_is_not_the_infinitive_content() -> None:
    """ "verlangte X, und befahl ihm, … zu …": the zu-infinitive belongs to the second verb."""
    a = run("Er verlangte sofort vom Vorstand Aufklärung, und befahl ihm, nicht weiter vorzugehen.")
    assert not any(
        x.cue is not None and x.cue.text == "verlangte" and "vorzugehen" in x.message.text
        for x in a.attributions
    )


def test_das_with_a_speech_verb_attributes_the_sentence_before() -> None:
    a = run(
        "Die Polizei nahm am Morgen drei Verdächtige fest. Das teilte ein Sprecher mit. "
        "Das Wetter war schön. Das sagte er nicht."
    )
    att = next(x for x in a.attributions if "drei Verdächtige" in x.message.text)
    assert att.kind == "indirect" and att.cue.text == "teilte"
    assert att.speakers[0].text == "ein Sprecher"
    assert att.message.text == "Die Polizei nahm am Morgen drei Verdächtige fest"
    assert not any("Wetter" in x.message.text for x in a.attributions)


def test_plural_present_read_as_infinitive_is_finite() -> None:
    """The tagger reads "gehen", "steigen" as infinitives; the clause has no other verb."""
    a = run("Die Forscher gehen davon aus, dass die Preise steigen.")
    att = next(x for x in a.attributions if "Preise steigen" in x.message.text)
    assert att.kind == "indirect" and att.speakers[0].text == "Die Forscher"
    assert att.mood == "ind"


def test_sentence_ending_in_a_comma_after_the_cue() -> None:
    a = run("Er kündigte an,")
    assert all(x.message.text for x in a.attributions)
