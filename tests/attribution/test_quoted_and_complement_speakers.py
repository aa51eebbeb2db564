"""Speaker phrases with a quoted name ("„Radio Nord“ berichtet", "Wie „hafenkurier online“
berichtet", "die „Aktion Hilfe kommt“") and with an adjective that takes a prepositional
complement ("der für die Region zuständige Koordinator"): each row fails when its rule in
``phrases.py`` (quoted_name, _participial) or ``speakers.SpeakerPhrases`` (_subject,
_subject_before_insertions) is off."""

from __future__ import annotations

import pytest
from attribution_texts import speaker_at_cue as _speaker_of


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        # a quoted name opening the sentence is the subject, not a quote to skip
        (
            "„Radio Nord“ berichtet, dass die Fähre wieder fährt.",
            "berichtet",
            "„Radio Nord“",
        ),
        # lower-case words in quotes right before the finite verb name the source
        (
            "Wie „hafenkurier online“ berichtet, bleibt die Brücke gesperrt.",
            "berichtet",
            "„hafenkurier online“",
        ),
        # a name with a verb in it after an article ("die „Hilfe kommt“")
        (
            "Die „Aktion Hilfe kommt“ teilte mit, die Spenden seien angekommen.",
            "teilte mit",
            "Die „Aktion Hilfe kommt“",
        ),
        (
            "Anna Berg von der „Aktion Hilfe kommt“ sagte, die Spenden seien angekommen.",
            "sagte",
            "Anna Berg von der „Aktion Hilfe kommt“",
        ),
        # an adjective with a prepositional complement between article and noun
        (
            "So sagte der für die Region zuständige Koordinator, dass nur wenige Boote "
            "im Einsatz seien.",
            "sagte",
            "der für die Region zuständige Koordinator",
        ),
        # ... and a participle after an adjective inside the complement stays one phrase
        (
            "Die zur bayerischen Landesbank gehörende Stiftung teilte mit, sie werde "
            "die Mittel kürzen.",
            "teilte mit",
            "Die zur bayerischen Landesbank gehörende Stiftung",
        ),
        # a short number between two parts of a name (phrases.name_particle)
        (
            "„Wir haben verdient gewonnen“, sagte der Sportchef von Bayer 04 Leverkusen "
            "nach dem Spiel.",
            "sagte",
            "der Sportchef von Bayer 04 Leverkusen",
        ),
        # "Wie" + subject + apposition before the frame verb: the subject opens the clause
        (
            "Wie die Bürgermeisterin von Neuburg, Anna Keller, erklärte, habe sie den "
            "Zivilschutz alarmiert.",
            "erklärte",
            "die Bürgermeisterin von Neuburg, Anna Keller",
        ),
    ],
)
def test_speaker_phrase(body: str, cue: str, speaker: str) -> None:
    assert _speaker_of(body, cue) == speaker


def test_a_quote_before_an_inverted_subject_is_no_speaker() -> None:
    # "„…“ sagte der Minister": the quote is what was said; the speaker follows the verb
    assert _speaker_of("„Das ist falsch“ erklärte die Ministerin am Abend.", "erklärte") == (
        "die Ministerin"
    )


@pytest.mark.parametrize(
    ("body", "cue", "place"),
    [
        (
            "Wie Anna Berg, die am Montag bei der Anhörung in Atlanta anwesend war, dazu "
            "feststellt, verlangt das Gesetz mehr.",
            "feststellt",
            "Atlanta",
        ),
        (
            "Im Rahmen der Sendung wurde ein Prediger aus London zugeschaltet, der alle "
            "Zuschauer aufforderte, nicht mehr zu zahlen.",
            "aufforderte",
            "London",
        ),
    ],
)
def test_a_place_in_a_clause_before_the_cue_is_no_source(body: str, cue: str, place: str) -> None:
    # noun_cues._source_pp(strict=True): only the cue's own clause is searched
    assert _speaker_of(body, cue) != place


@pytest.mark.parametrize(
    ("body", "cue", "speaker"),
    [
        (
            "Die Gründung wird von der Stiftung positiv gesehen, die Organisation bezweifelt "
            "aber, dass es besser wird.",
            "bezweifelt",
            "die Organisation",
        ),
        (
            "Die Opposition macht die Regierung verantwortlich, die staatliche Agentur "
            "„Nordpress“ erklärt dagegen, es sei ein Unfall gewesen.",
            "erklärt",
            "die staatliche Agentur „Nordpress“",
        ),
    ],
)
def test_an_article_read_as_relative_pronoun_opens_a_subject(
    body: str, cue: str, speaker: str
) -> None:
    # subjects._article_read_as_relative: verb second with more of the clause after it
    assert _speaker_of(body, cue) == speaker


def test_a_bracket_with_a_comma_stays_inside_the_clause() -> None:
    # clauses.clause: "(Awoda, Arbeiterpartei)" does not end the participle's clause
    body = (
        "Der Minister hat in einem Gespräch mit Peres (Awoda, Arbeiterpartei) bekräftigt, "
        "die Regierung bekenne sich zu ihrer Verantwortung."
    )
    assert _speaker_of(body, "bekräftigt") == "Der Minister"
