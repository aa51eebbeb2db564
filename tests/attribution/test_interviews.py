"""Interviews: the labels' turns, the interviewer, the guest, and whose the answers are.
Texts are written for these tests, without line breaks and quotation marks as in 10kGNAD."""

from __future__ import annotations

from attribution_texts import by_cue, find, run_body

from newsprobe.attribution.interviews import interview
from newsprobe.model import SourceType

FRAGE = (
    "Die Ingenieurin Petra Lindqvist über Wasserstoffzüge. Sie leitet die Entwicklung bei "
    "einem Bahnhersteller in Kassel. Sie sprach mit der Deutschen Presse-Agentur über die "
    "neuen Züge. Frage: Frau Lindqvist, Sie bauen Züge ohne Oberleitung. Wann fahren sie? "
    "Antwort: Ich denke, dass die ersten Züge im Herbst fahren. Wir testen sie schon. "
    "Frage: Ist das nicht zu teuer? Antwort: Wir glauben, dass die Kosten sinken werden."
)


def test_a_frage_antwort_interview_has_the_lead_s_person_as_guest() -> None:
    iv = interview(run_body(FRAGE))
    assert iv is not None
    assert iv.interviewer == "Deutschen Presse-Agentur"
    assert [g.name for g in iv.guests()] == ["Petra Lindqvist"]
    assert [t.question for t in iv.turns] == [True, False, True, False]


def test_a_first_person_in_a_bare_answer_is_the_guest() -> None:
    for cue in ("denke", "glauben"):
        sp = by_cue(FRAGE, cue).speaker
        assert sp is not None and sp.name == "Petra Lindqvist", cue


EXPLAINER = (
    "Darf die Stadt die Gebühren erhöhen? Einige Fragen und Antworten. Frage: Wer "
    "entscheidet über die Gebühren? Antwort: Der Gemeinderat. Wir erklären, wie das geht. "
    "Frage: Und das Land? Antwort: Das Land prüft nur."
)


def test_questions_and_answers_of_no_one_are_no_interview() -> None:
    assert interview(run_body(EXPLAINER)) is None


NO_ENTITY = (
    "Der ÖVP-Kandidat will mehr Polizei auf dem Land und weniger Bürokratie. STANDARD: "
    "Warum wollen Sie Bürgermeister werden? Gruber: Ich bin seit zwanzig Jahren im "
    "Gemeinderat. Wir brauchen mehr Polizei für alle. STANDARD: Was kostet das? Gruber: Ich rechne "
    "mit zwei Millionen Euro im Jahr. Das ist für die Sicherheit nicht zu viel."
)


def test_a_label_the_entity_layer_does_not_know_is_the_guest_with_the_teaser_s_role() -> None:
    a = run_body(NO_ENTITY)
    iv = interview(a)
    assert iv is not None and [g.name for g in iv.guests()] == ["Gruber"]
    assert iv.guests()[0].role == "ÖVP-Kandidat"
    att = find(a, "zwei Millionen")
    assert att.speaker is not None and att.speaker.name == "Gruber"
    src = a.sources[att.source] if att.source is not None else None
    assert src is not None and src.type == SourceType.POLITICIAN


def test_an_answer_is_not_the_interviewer_s() -> None:
    a = run_body(NO_ENTITY)
    att = find(a, "Polizei für alle")
    assert att.source is not None
    assert a.sources[att.source].name == "Gruber"


VOCATIVE = (
    "Die Ministerin Anna Berger und der Gewerkschafter Paul Roth streiten über die Rente. "
    "Roth gab der Zeitung ein Interview, Berger auch. Frage: Herr Roth, Sie fordern mehr "
    "Geld. Warum? Antwort: Ich glaube, dass die Renten sonst nicht reichen. Frage: Und "
    "die Ministerin? Antwort: Ich denke, sie irrt sich."
)


def test_the_questions_address_the_guest_by_name() -> None:
    iv = interview(run_body(VOCATIVE))
    assert iv is not None and [g.name for g in iv.guests()] == ["Paul Roth"]


ONE_LABEL = (
    "Der Bürgermeister Hans Kiefer eröffnete das Bad. STANDARD: Wie war das Fest? "
    "Kiefer: Ich bin sehr zufrieden."
)


def test_one_question_label_is_no_interview() -> None:
    assert interview(run_body(ONE_LABEL)) is None


def test_an_answer_sentence_without_a_statement_is_the_guest_s_own_words() -> None:
    a = run_body(NO_ENTITY)
    att = find(a, "nicht zu viel")
    assert att.kind.value == "direct"
    assert att.source is not None and a.sources[att.source].name == "Gruber"


def test_an_answer_s_message_leaves_out_the_label() -> None:
    att = find(run_body(NO_ENTITY), "seit zwanzig Jahren")
    assert not att.message.text.startswith("Gruber")


def test_a_question_is_the_interviewer_s_and_a_short_answer_no_statement() -> None:
    a = run_body(NO_ENTITY + " STANDARD: Wirklich nicht? Gruber: Nein.")
    assert not [x for x in a.attributions if x.message.text.strip(" .") == "Nein"]
    att = find(a, "Was kostet das")
    assert att.source is not None and a.sources[att.source].type == SourceType.MEDIA


LINES = (
    "Die Forscherin Maria Sandner im Interview über Gletscher in den Alpen.\n\n"
    "Wie schnell schmelzen die Gletscher, die Sie seit Jahren messen?\n\n"
    "Ich sehe, dass sie jedes Jahr um mehrere Meter kürzer werden. Das ist dramatisch für "
    "die Täler.\n\n"
    "Was raten Sie den Gemeinden in den Tälern?\n\n"
    "Sie müssen sich auf weniger Wasser im Sommer einstellen. Wir haben dafür Modelle "
    "gerechnet."
)


def test_questions_on_lines_of_their_own_make_an_interview_with_the_lead_s_guest() -> None:
    a = run_body(LINES)
    iv = interview(a)
    assert iv is not None and [g.name for g in iv.guests()] == ["Maria Sandner"]
    for fragment in ("dramatisch für die Täler", "Modelle gerechnet"):
        att = find(a, fragment)
        assert att.source is not None and a.sources[att.source].name == "Maria Sandner"


RHETORICAL = (
    "Der Stadtrat Maria Sandner stellte am Montag den Haushalt vor.\n\n"
    "Wissen Sie, wie viel ein Kindergartenplatz kostet?\n\n"
    "Die Stadt zahlt pro Platz rund 9.000 Euro im Jahr.\n\n"
    "Haben Sie gedacht, dass die Gebühren reichen?\n\n"
    "Die Gebühren decken nur ein Fünftel davon."
)


def test_questions_to_the_reader_without_a_talk_in_the_lead_are_no_interview() -> None:
    assert interview(run_body(RHETORICAL)) is None
