"""First-person speakers ("Ich glaube …", "Wir fordern …") take the speaker of the quote or
interview answer they stand in; the second person is never a source name.  Texts are
written for these tests (without quotation marks where the corpus drops them)."""

from __future__ import annotations

from attribution_texts import by_cue, find, run_body

from newsprobe.model import SpeakerResolution

INSIDE = (
    "Die Bürgermeisterin Karin Wellbrock besuchte am Montag die neue Schule in Oberau. "
    "Ich glaube, dass wir im Herbst eine Lösung für die Turnhalle finden, sagte Wellbrock."
)


def test_a_first_person_inside_a_quote_is_the_quote_s_speaker() -> None:
    att = find(run_body(INSIDE), "Lösung für die Turnhalle")
    first = [a for a in run_body(INSIDE).attributions if a.speakers and a.speakers[0].text == "Ich"]
    assert first, "no first-person statement"
    sp = first[0].speaker
    assert sp is not None and sp.name == "Karin Wellbrock"
    assert sp.resolved_by == SpeakerResolution.PRONOUN
    assert att.speaker is not None and att.speaker.name == "Karin Wellbrock"


def test_the_first_person_and_its_quote_share_one_source() -> None:
    a = run_body(INSIDE)
    names = {a.sources[x.source].name for x in a.attributions if x.source is not None}
    assert names == {"Karin Wellbrock"}


INTERVIEW = (
    "Der Landesrat Tomas Brekker will mehr Geld für die Bahn. Im Interview spricht er über "
    "Pläne.\n\n"
    "STANDARD: Wie geht es mit der Strecke weiter?\n\n"
    "Brekker: Ich glaube, dass wir bald eine Lösung haben. Wir fordern mehr Geld vom Bund.\n\n"
    "STANDARD: Sie sagen, das reicht nicht?\n\n"
    "Brekker: Ich denke, dass es bei weitem nicht reicht."
)


def test_a_first_person_in_an_interview_answer_is_the_interviewee() -> None:
    for cue in ("glaube", "fordern", "denke"):
        sp = by_cue(INTERVIEW, cue).speaker
        assert sp is not None and sp.name == "Tomas Brekker", cue


def test_the_polite_sie_of_a_question_is_the_interviewee() -> None:
    # "Sie sagen, das reicht nicht?": the interviewer reports what the guest said
    sp = by_cue(INTERVIEW, "sagen").speaker
    assert sp is not None and sp.name == "Tomas Brekker"
    assert sp.resolved_by == SpeakerResolution.PRONOUN


SHE = (
    "Der Landesrat Tomas Brekker will mehr Geld für die Bahn.\n\n"
    "STANDARD: Wie geht es weiter?\n\n"
    "Brekker: Ich glaube, dass wir bald eine Lösung haben.\n\n"
    "STANDARD: Die Ministerin ist dagegen. Sie sagte, das sei zu teuer?\n\n"
    "Brekker: Ich denke, dass es nicht zu teuer ist."
)


def test_a_she_in_a_question_is_not_the_interviewee() -> None:
    sp = by_cue(SHE, "sagte").speaker
    assert sp is None or sp.name != "Tomas Brekker"


MID_SENTENCE = (
    "Der Landesrat Tomas Brekker will mehr Geld für die Bahn. "
    "Wenn Sie sagen, das reicht nicht, dann irren Sie, meinte der Sprecher."
)


def test_the_second_person_outside_an_interview_is_no_source_name() -> None:
    sp = by_cue(MID_SENTENCE, "sagen").speaker
    assert sp is None or sp.name is None


PRONOUN_FRAME = (
    "Bundeskanzler Werner Brandl sprach am Sonntag über die Grenze. "
    "Einen Zaun werde es nicht geben, sagte Brandl. "
    "Zu Kontrollen sage er Ja, aber: Ich habe niemandem versprochen, dass ich alles löse. "
    "Das ist ein Unsinn. "
    "Und jetzt verspreche ich auch keine schnelle Lösung."
)


def test_a_colon_frame_with_a_pronoun_subject_gives_its_resolved_speaker() -> None:
    sp = by_cue(PRONOUN_FRAME, "versprochen").speaker
    assert sp is not None and sp.name == "Werner Brandl"


def test_a_first_person_carries_on_a_quote_over_an_unframed_sentence() -> None:
    sp = by_cue(PRONOUN_FRAME, "verspreche").speaker
    assert sp is not None and sp.name == "Werner Brandl"


OTHER_SPEAKER_BETWEEN = (
    "Bundeskanzler Werner Brandl sprach am Sonntag über die Grenze. "
    "Zu Kontrollen sage er Ja, aber: Ich habe niemandem versprochen, dass ich alles löse. "
    "Die Opposition sagte, das sei zu wenig. "
    "Und jetzt verspreche ich auch keine schnelle Lösung."
)


def test_a_first_person_is_not_carried_past_another_speaker() -> None:
    sp = by_cue(OTHER_SPEAKER_BETWEEN, "verspreche").speaker
    assert sp is None or sp.name != "Werner Brandl"


UNKNOWN = (
    "Die Stadt plant eine neue Brücke über den Fluss. "
    "Ich glaube, dass die Brücke zu teuer wird, sagte er."
)


def test_a_quote_whose_speaker_is_unresolved_gives_nothing() -> None:
    a = run_body(UNKNOWN)
    first = [x for x in a.attributions if x.speakers and x.speakers[0].text == "Ich"]
    assert all(x.speaker is None or x.speaker.name is None for x in first)


REPORTED = (
    "Der Minister Paul Gruber sprach am Montag in Linz. "
    "Gruber sagte, dass wir alle mehr sparen müssten."
)


def test_a_first_person_in_a_reported_dass_clause_is_not_the_reporter() -> None:
    a = run_body(REPORTED)
    first = [x for x in a.attributions if x.speakers and x.speakers[0].text == "wir"]
    assert all(x.speaker is None or x.speaker.name != "Paul Gruber" for x in first)


COLON = (
    "Die Ministerin Johanna Berghofer besuchte die Grenze. "
    "Berghofer formulierte es klar: Ich schließe nicht aus, dass es weitere Zäune gibt."
)


def test_a_first_person_after_a_colon_frame_is_its_subject() -> None:
    sp = by_cue(COLON, "schließe").speaker
    assert sp is not None and sp.name == "Johanna Berghofer"


FRAMED_AFTER = (
    "Der Trainer Ulf Marrebeck sprach nach dem Spiel mit Reportern. "
    "Ich nehme an, dass wir noch viel arbeiten müssen, antwortete er. "
    "Aber wir wissen auch, dass wir diesen Titel gewinnen wollen."
)


def test_a_frame_right_after_the_first_person_names_it() -> None:
    sp = by_cue(FRAMED_AFTER, "nehme an").speaker
    assert sp is not None and sp.name == "Ulf Marrebeck"


def test_a_first_person_carries_on_the_quote_of_the_sentence_before() -> None:
    sp = by_cue(FRAMED_AFTER, "wissen").speaker
    assert sp is not None and sp.name == "Ulf Marrebeck"


FRONTED = (
    "Der Landeshauptmann Gernot Plattner ärgert sich über den Minister. "
    "Ob das klug ist, weiß ich nicht, kritisierte Plattner die Pläne."
)


def test_a_fronted_ob_clause_of_a_quote_framed_after_is_no_reported_clause() -> None:
    sp = by_cue(FRONTED, "weiß").speaker
    assert sp is not None and sp.name == "Gernot Plattner"
