"""Speaker resolution, round 11 (read on the 10kGNAD development articles): a surname the
tagger reads as an adjective ("…, sagt Kurz.") is the speaker after the verb, a
demonstrative the tagger reads as an article ("so schrieb diese in einer Stellungnahme")
is the subject and not the document, a named speaker with an apposition that opens the
sentence speaks the verbs after it ("Der frühere Gesandte, Wolfgang Berger, lobte den Plan,
bemängelte aber, …") instead of the object being taken for the speaker, and nouns in "-ive"
are feminine ("Er" never points back at "die Initiative").  Texts are written for these
tests."""

from __future__ import annotations

from attribution_texts import find, run_text

from newsprobe.attribution import gender as g


def speaker_name(text: str, fragment: str) -> str | None:
    att = find(run_text(text), fragment)
    return att.speaker.name if att.speaker is not None else None


ADJECTIVE_SURNAME = (
    "Der Außenminister Sebastian Kurz reiste am Montag nach Berlin. "
    "Andere Regierungen hätten sich schwer verschätzt, sagt Kurz. "
    "Ein schwieriges Wort sei das, sagt Kurz."
)


def test_a_surname_read_as_an_adjective_speaks_after_the_verb() -> None:
    # not the subject of the statement before the frame ("Andere Regierungen")
    assert speaker_name(ADJECTIVE_SURNAME, "schwer verschätzt") == "Sebastian Kurz"
    assert speaker_name(ADJECTIVE_SURNAME, "schwieriges Wort") == "Sebastian Kurz"


def test_a_capitalised_adjective_before_a_noun_is_no_surname() -> None:
    text = (
        "Die Kommission tagte in Genf. "
        "Die Preise steigen weiter, sagte die Hohe Kommissarin Anna Berg."
    )
    assert speaker_name(text, "Die Preise steigen") == "Anna Berg"


DEMONSTRATIVE = (
    "Die Sängerin Maria Brandt tritt im Februar in Wien auf. "
    "Für die Band, so schrieb diese in einer Stellungnahme, sei es eine große Ehre."
)


def test_a_demonstrative_read_as_an_article_is_the_subject_not_the_document() -> None:
    assert speaker_name(DEMONSTRATIVE, "große Ehre") == "Maria Brandt"


NAMED_OPENING = (
    "Die Konferenz endete am Abend in Wien. "
    "Der frühere Hohe Gesandte in Bosnien, Wolfgang Berger, lobte die Initiative, "
    "bemängelte aber, dass man zu wenig Geld in die Region stecke. "
    "Er forderte auch ein rasches Treffen der Minister."
)


def test_a_named_opening_with_an_apposition_speaks_the_verbs_after_it() -> None:
    analysis = run_text(NAMED_OPENING)
    assert speaker_name(NAMED_OPENING, "zu wenig Geld") == "Wolfgang Berger"
    # the object of the first verb is no speaker, and "Er" does not point back at it
    assert all(a.speaker is None or a.speaker.name != "Initiative" for a in analysis.attributions)
    assert speaker_name(NAMED_OPENING, "rasches Treffen") == "Wolfgang Berger"


def test_a_frame_inserted_after_a_plain_phrase_still_frames_the_statement() -> None:
    text = (
        "Der Minister Karl Huber besuchte die Grenze. "
        "Die Lage in Bosnien, Kroatien und Serbien, sagte Huber, sei sehr ernst."
    )
    att = find(run_text(text), "sei sehr ernst")
    assert att.speaker is not None and att.speaker.name == "Karl Huber"
    assert att.text.startswith("Die Lage")


def test_nouns_in_ive_are_feminine() -> None:
    for noun in ("Initiative", "Alternative", "Perspektive"):
        assert g.noun_gender(noun) == g.F
    assert g.agrees(g.pronoun_agree("Er") or g.UNKNOWN, g.noun_gender("Initiative")) is False


def test_a_closing_frame_followed_by_a_second_verb_keeps_the_statement_before_it() -> None:
    # "…, sagte X und fügte hinzu: …": both statements, both by X
    for joint in (" und", ", und", " – und", " am Montag in Graz und"):
        text = (
            "Der Wald brennt seit Tagen. "
            f"Die Lage ist ernst, sagte Feuerwehrchef Peter Maier{joint} fügte hinzu: "
            "Wir tun alles."
        )
        analysis = run_text(text)
        assert speaker_name(text, "Die Lage ist ernst") == "Peter Maier", joint
        assert speaker_name(text, "Wir tun alles") == "Peter Maier", joint
        assert len(analysis.attributions) == 2


def test_a_phrase_of_whom_it_was_said_to_after_the_apposition_closes_the_frame() -> None:
    for tail in (", zum STANDARD", ", gegenüber der APA"):
        text = (
            "Im Bezirk wurden mehrere Vögel tot aufgefunden. "
            "Wir haben die Ermittlungen übernommen, sagt Johann Gruber, Kontrollinspektor "
            f"und Pressesprecher des LKA{tail}."
        )
        assert speaker_name(text, "Ermittlungen übernommen") == "Johann Gruber", tail


def test_a_surname_that_is_also_a_noun_speaks_once_the_article_named_the_person() -> None:
    named = (
        "Der Politologe Florian Bieber lobte den Gipfel. "
        "Bieber fordert mehr Engagement von den EU-Staaten."
    )
    assert speaker_name(named, "mehr Engagement") == "Florian Bieber"
    # without the full name before, "Bieber" (the animal) is no speaker of a narrated demand
    unnamed = "Der Gipfel ist vorbei. Bieber fordert mehr Engagement von den EU-Staaten."
    assert not run_text(unnamed).attributions


UNMARKED = (
    "Der Minister Peter Maier besuchte die Grenze. "
    "Andere hätten sich schwer verschätzt, sagt Maier. "
    "Ich habe recht bekommen. "
    "Der Besuch dauerte zwei Stunden."
)


def test_a_first_person_sentence_in_a_text_without_quotation_marks_runs_the_quote_on() -> None:
    analysis = run_text(UNMARKED)
    att = find(analysis, "Ich habe recht bekommen")
    assert att.kind.value == "direct"
    assert att.speaker is not None and att.speaker.name == "Peter Maier"
    # the writer's own sentence after it is no statement
    assert not any("Besuch dauerte" in a.message.text for a in analysis.attributions)


def test_with_quotation_marks_in_the_text_an_unquoted_first_person_is_left_alone() -> None:
    marked = UNMARKED.replace("Andere hätten sich schwer verschätzt", "„Das ist falsch“")
    analysis = run_text(marked)
    assert not any("recht bekommen" in a.message.text for a in analysis.attributions)


def test_after_the_writers_own_first_person_frame_a_first_person_sentence_is_no_quote() -> None:
    # a commentary's "wir" is the writer's voice: the next first-person sentence is not a
    # quote running on, whoever "wir" is
    text = (
        "Der Gemeinderat will das Freibad schließen. "
        "Nennen wir es beim Namen: ein Fehler. "
        "Wir brauchen das Bad im Sommer."
    )
    analysis = run_text(text)
    assert not any(
        "brauchen das Bad" in a.message.text and a.kind.value == "direct"
        for a in analysis.attributions
    )
