"""Speaker resolution, round 14 (spk20): the subject of an inverted main clause found deeper
in the middle field, past prepositional phrases, adverbs and genitive attributes ("Am Abend
drangen nach Angaben der Polizei die Besetzer in das Rathaus ein. Sie riefen …"), as a
pronoun's antecedent, and a body's noun in the genitive ("des Verbandes") for the
compound named before ("Der Landesverband der Bäcker … schätzt"), with the genitive attribute
that ran to the verb as its name, and a noun subject of a verb of saying or thinking ("Die
Verteidigung bezweifelt …. Sie argumentiert …") as an antecedent, whatever its noun, and a
possessive before anyone is named that points forward to the one person its sentence names
("Die seiner Ansicht nach … veranlasste Senator X"), and a person the tagger typed as a place
or thing ("Der Manager …, Vincio Luna,") as a pronoun's antecedent.  Texts are written for
these tests."""

from __future__ import annotations

from attribution_texts import find, resolved_speaker, run_text

from newsprobe.attribution.antecedents import _candidates
from newsprobe.attribution.speaker_article import article
from newsprobe.attribution.subject_phrases import inverted_subject_np
from newsprobe.model import Analysis, EntityType


def _inverted(text: str) -> str | None:
    analysis = run_text(text)
    art = article(analysis)
    span = inverted_subject_np(0, art, len(analysis.text))
    return analysis.text[span[0] : span[1]] if span is not None else None


def test_the_subject_after_prepositional_phrases_in_the_middle_field_is_found() -> None:
    text = (
        "Am späten Abend drangen gegen zehn Uhr vor dem Beginn der Sitzung die Besetzer "
        "in das Rathaus ein."
    )
    assert _inverted(text) == "die Besetzer"


def test_a_pronoun_subject_or_a_name_in_the_middle_field_is_no_noun_subject() -> None:
    # the subject is "er" / "Bauer": the noun phrase after it is an object
    assert _inverted("Am Montag kritisierte er in Berlin die Regierung scharf.") is None
    assert _inverted("Am Montag kritisierte in Berlin Kurt Bauer die Regierung.") is None


def test_a_plural_verb_takes_no_singular_phrase_for_its_subject() -> None:
    # "das Rathaus" cannot be the subject of "besetzten"
    assert _inverted("Seit Montag besetzten nach einem Aufruf das Rathaus …") is None


def test_a_pronoun_takes_the_subject_found_deep_in_the_middle_field() -> None:
    text = (
        "In der Nacht zum Sonntag kam es in Neustadt zu Unruhen. Nach Angaben des "
        "Bürgermeisters Karl Wendt drangen gegen drei Uhr morgens vor der Öffnung des "
        "Marktes die Randalierer in die Halle ein. Danach fingen sie an, die Stände zu "
        "zerstören. Sie riefen dabei, man werde wiederkommen."
    )
    sp = resolved_speaker(text, "wiederkommen")
    assert sp.name is not None and "Randalierer" in sp.name


def test_a_bodys_noun_in_the_genitive_is_the_compound_named_before() -> None:
    # "des Verbandes" is the Landesverband of the sentence before, with its genitive
    # attribute: not the company named earlier
    text = (
        "Die Firma Korngold AG rief am Montag mehrere Produkte zurück. Der Landesverband der "
        "Bäcker und Konditoren aus Sachsen schätzt den Schaden auf zwei Millionen Euro. Nach "
        "Angaben des Verbandes sind bereits 300 Betriebe betroffen."
    )
    sp = resolved_speaker(text, "300 Betriebe")
    assert sp.name is not None and sp.name.startswith("Landesverband der Bäcker")


def test_a_compound_without_a_genitive_stays_the_compound() -> None:
    text = (
        "Die Firma Korngold AG rief am Montag mehrere Produkte zurück. Der Landesverband "
        "schätzt den Schaden auf zwei Millionen Euro. Nach Angaben des Verbandes sind "
        "bereits 300 Betriebe betroffen."
    )
    sp = resolved_speaker(text, "300 Betriebe")
    assert sp.name == "Landesverband"


def test_a_pronoun_takes_a_noun_subject_of_a_verb_of_thinking_before() -> None:
    # "die Anklage" would be a document; "die Verteidigung" is no noun the lexicon knows,
    # but it doubts: it is someone
    text = (
        "Der Prozess gegen den Vater ging am Dienstag weiter. Die Verteidigung bezweifelt "
        "die Darstellung des Gutachters. Sie argumentiert, die Verletzungen könnten auch "
        "später entstanden sein."
    )
    sp = resolved_speaker(text, "später entstanden")
    assert sp.name == "Verteidigung"


def test_an_abstract_subject_of_another_verb_is_no_antecedent() -> None:
    text = (
        "Der Prozess gegen den Vater ging am Dienstag weiter. Die Verteidigung dauerte "
        "zwei Stunden. Sie argumentiert, die Verletzungen könnten auch später entstanden "
        "sein."
    )
    sp = resolved_speaker(text, "später entstanden")
    assert sp.name != "Verteidigung"


def test_a_possessive_before_anyone_is_named_points_forward_to_the_one_person() -> None:
    text = (
        "Die seiner Ansicht nach verfehlte Politik der Zentralbank veranlasste den "
        "Abgeordneten Thomas Reinholt, am Dienstag einen Antrag einzubringen."
    )
    analysis = run_text(text)
    att = next(a for a in analysis.attributions if a.cue is not None and "Ansicht" in a.cue.text)
    assert att.speaker is not None and att.speaker.name == "Thomas Reinholt"


def test_a_possessive_after_a_person_of_its_gender_does_not_point_forward() -> None:
    text = (
        "Markus Feld leitet das Amt seit Jahren. Die seiner Ansicht nach verfehlte Politik "
        "der Zentralbank veranlasste den Abgeordneten Thomas Reinholt, am Dienstag einen "
        "Antrag einzubringen."
    )
    analysis = run_text(text)
    att = next(a for a in analysis.attributions if a.cue is not None and "Ansicht" in a.cue.text)
    assert att.speaker is None or att.speaker.name != "Thomas Reinholt"


def _retyped(text: str, name: str, kind: EntityType) -> tuple[Analysis, int]:
    """``text`` analysed, with the entity ``name`` and its mentions typed ``kind`` (as a
    tagger that misread the name would)."""
    analysis = run_text(text)
    ent = next(e for e in analysis.entities if e.name == name)
    ent.type = kind
    for m in ent.mentions:
        analysis.mentions[m].type = kind
    return analysis, ent.id


def test_a_person_the_tagger_took_for_a_place_is_a_pronouns_antecedent() -> None:
    text = (
        "Der Trainer der Mannschaft aus Peru, Mario Castello, hat Ärger mit der Justiz. Die "
        "Behörden werfen ihm Betrug vor. Er sagte, er sei unschuldig."
    )
    analysis, person = _retyped(text, "Mario Castello", EntityType.LOC)
    art = article(analysis)
    pronoun = [t for t in analysis.tokens if t.text == "Er"][-1]
    att = find(analysis, "unschuldig")
    cands = _candidates(pronoun, art.sentence_of(pronoun.start), art, [], {}, att)
    found = [c for c in cands if c.entity == person]
    assert found and found[0].person and "m" in found[0].agree


def test_a_place_without_a_persons_apposition_stays_a_place() -> None:
    text = (
        "Die Stadt Mario Castello liegt am Meer. Die Behörden werfen ihr Betrug vor. Er "
        "sagte, er sei unschuldig."
    )
    analysis, place = _retyped(text, "Mario Castello", EntityType.LOC)
    art = article(analysis)
    pronoun = [t for t in analysis.tokens if t.text == "Er"][-1]
    att = find(analysis, "unschuldig")
    cands = _candidates(pronoun, art.sentence_of(pronoun.start), art, [], {}, att)
    assert not any(c.entity == place and c.person for c in cands)
