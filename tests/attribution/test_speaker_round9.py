"""Speaker phrases, round 9: what follows a person's name is no part of it (the place where
one spoke, the paper one spoke to), a capitalised name particle opens the subject ("Zu
Guttenberg hatte … eingeräumt"), a name later in a pronoun's own clause is someone else, and
a plural pronoun never stands for one person.  Texts are written for these tests."""

from __future__ import annotations

from attribution_texts import find, run_text


def speaker_name(text: str, fragment: str) -> str | None:
    att = find(run_text(text), fragment)
    return att.speaker.name if att.speaker is not None else None


def mention(text: str, fragment: str) -> str | None:
    att = find(run_text(text), fragment)
    sp = att.speaker
    return sp.mention.text if sp is not None and sp.mention is not None else None


def test_the_place_after_a_name_is_where_one_spoke() -> None:
    text = (
        "Regierungssprecher Steffen Seibert äußerte sich am Montag zu dem Streit. "
        "„Wir nehmen das sehr ernst“, sagte Seibert in Berlin."
    )
    assert mention(text, "sehr ernst") == "Seibert"


def test_the_paper_after_a_name_is_spoken_to() -> None:
    text = (
        "Regierungssprecher Steffen Seibert äußerte sich am Montag zu dem Streit. "
        "„Wir nehmen das sehr ernst“, sagte Seibert der Passauer Neuen Presse."
    )
    assert mention(text, "sehr ernst") == "Seibert"


def test_a_place_after_a_role_noun_stays_with_it() -> None:
    text = "„Wir sind zu Gesprächen bereit“, sagte der Sprecher der Botschaft in Berlin."
    assert mention(text, "Gesprächen bereit") == "der Sprecher der Botschaft in Berlin"


def test_a_capitalised_name_particle_opens_the_subject() -> None:
    text = (
        "Karl-Theodor zu Guttenberg ist als Minister zurückgetreten. "
        "Zu Guttenberg hatte zwar Fehler eingeräumt, er habe nicht exakt gearbeitet."
    )
    assert speaker_name(text, "exakt gearbeitet") == "Karl-Theodor zu Guttenberg"


def test_a_pronoun_is_not_the_name_later_in_its_clause() -> None:
    text = (
        "Der Minister Newin Chidchob stritt mit Thaksin Shinawatra. "
        "Thaksin Shinawatra sagte, Newin habe seine Prinzipien verraten. "
        "Er beschuldigte seinerseits Thaksin, den Regierungschef fallen gelassen zu haben."
    )
    assert speaker_name(text, "fallen gelassen") == "Newin Chidchob"


def test_a_plural_pronoun_is_not_one_named_person() -> None:
    text = (
        "Mehrere Firmen prüfen die Angaben eines Hackers. "
        "Der Hacker Muslix64 sagte, der Code sei geknackt. "
        "Sie erklärten, man nehme die Sache ernst."
    )
    assert speaker_name(text, "Sache ernst") != "Hacker Muslix64"
