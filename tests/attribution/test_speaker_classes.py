"""Speaker resolution and source types, round two: person descriptions by age, origin and
party ("der 54-Jährige", "die Französin", "der Sozialdemokrat"), phrases that cannot speak,
spokespeople of institutions, roles and outlets the lexicons know.  Texts are written for
these tests."""

from __future__ import annotations

from attribution_texts import find as att_of
from attribution_texts import run_text as run

from newsprobe import Analysis
from newsprobe.model import SourceType, SpeakerResolution


def source_of(analysis: Analysis, fragment: str):
    att = att_of(analysis, fragment)
    assert att.source is not None, att
    return analysis.sources[att.source]


AGE = (
    "Der Bäckermeister Konrad Albers eröffnete am Montag seine dritte Filiale in Kassel. "
    "Der 54-Jährige sagte, das Geschäft laufe trotz der hohen Mehlpreise gut."
)


def test_an_age_description_takes_the_person_named_before() -> None:
    sp = att_of(run(AGE), "Geschäft laufe").speaker
    assert sp is not None and sp.name == "Konrad Albers"
    assert sp.resolved_by == SpeakerResolution.DESCRIPTION


AGE_GENDER = (
    "Die Ärztin Miriam Kowalski traf am Dienstag den Bürgermeister Jens Hartwig. "
    "Die 47-Jährige erklärte, die Stadt müsse mehr Ärzte anwerben."
)


def test_an_age_description_agrees_in_gender() -> None:
    sp = att_of(run(AGE_GENDER), "mehr Ärzte").speaker
    assert sp is not None and sp.name == "Miriam Kowalski"


ORIGIN = (
    "Der Radprofi Julien Moreau gewann am Sonntag die Etappe nach Grenoble. "
    "Der Franzose sagte, er habe nicht mit dem Sieg gerechnet."
)


def test_a_demonym_description_takes_the_person_named_before() -> None:
    sp = att_of(run(ORIGIN), "nicht mit dem Sieg").speaker
    assert sp is not None and sp.name == "Julien Moreau"


NO_ONE = "Der Franzose sagte, das Essen sei hervorragend gewesen."


def test_a_description_without_anyone_before_stays_a_description() -> None:
    sp = att_of(run(NO_ONE), "Essen sei").speaker
    assert sp is not None and sp.resolved_by != SpeakerResolution.DESCRIPTION


APPOSITION = (
    "Albrecht Conze, der politische Direktor der UN-Mission im Kongo, bezeichnete die Reise "
    "als hilfreich."
)


def test_an_apposition_after_the_name_types_the_person() -> None:
    src = source_of(run(APPOSITION), "hilfreich")
    assert src.name == "Albrecht Conze"
    assert src.type == SourceType.OFFICIAL


SPOKESPERSON = "Klinik-Sprecher Henrik Baumann sagte, der Patient sei inzwischen stabil."


def test_the_spokesperson_of_a_clinic_is_official() -> None:
    src = source_of(run(SPOKESPERSON), "Patient sei")
    assert src.name == "Henrik Baumann"
    assert src.type == SourceType.OFFICIAL


OTHER_NAME = (
    "Gerichtspräsident Hans Papier sagte, das Urteil sei gefallen. "
    "Auch Walter Hesse, Papiers Stellvertreter, glaubt, dass ein Verfahren möglich sei."
)


def test_another_persons_name_is_no_role() -> None:
    src = source_of(run(OTHER_NAME), "Verfahren möglich")
    assert src.name == "Walter Hesse"
    assert src.type != SourceType.DOCUMENT


def test_role_nouns_and_outlets_are_typed() -> None:
    a = run(
        "Der Biologe Jonas Weber sagte, die Population wachse. "
        "Laut Heise wird das Update verschoben. "
        "Die HDP kritisierte, die Wahl sei unfair gewesen."
    )
    assert source_of(a, "Population").type == SourceType.EXPERT
    assert source_of(a, "Update").type == SourceType.MEDIA
    assert source_of(a, "unfair").type == SourceType.POLITICIAN


def test_units_and_non_agents_never_speak() -> None:
    a = run("Der Dollar legte am Montag zu, und das wiederkehrende Muster zeigt, es gehe aufwärts.")
    att = att_of(a, "aufwärts")
    assert att.speakers and "Muster" in att.speakers[0].text  # the phrase the cue found
    assert att.source is None  # … names no one who can speak
    assert not any(s.name in ("Dollar", "wiederkehrende Muster") for s in a.sources)


SURNAME = (
    "Der Trainer Vincio Luna wurde am Mittwoch verhaftet. Die Behörden werfen Luna Betrug vor. "
    "Er soll Geld unterschlagen haben. Als Begründung gab er an, die Zahlungen seien Prämien."
)


def test_a_surname_alone_says_nothing_of_gender() -> None:
    # "Luna" ends like a female first name; the man is still "er"
    sp = att_of(run(SURNAME), "Prämien").speaker
    assert sp is not None and sp.name == "Vincio Luna"


DEPUTY = (
    "Auf der Konferenz stritt die Kanzlerin mit dem iranischen Vize-Außenminister für "
    "internationale Beziehungen, Abbas Araghchi, und anderen Gästen. "
    "Auch der Außenminister Donald Rumsfeld attackierte den Iran scharf. "
    "Der iranische Vize-Außenminister betrachtet die Anrufung als Eskalation. "
    "Er sagte, dem Iran bleibe keine andere Möglichkeit."
)


def test_a_pronoun_after_a_description_takes_the_person_the_description_names() -> None:
    sp = att_of(run(DEPUTY), "keine andere Möglichkeit").speaker
    assert sp is not None and sp.name == "Abbas Araghchi"


FRONTED = (
    "Die Äußerungen der Richter bezeichnete der Abgeordnete Dieter Wiefelspütz als "
    "„Knaller“ und glaubt, dass die Politik sie ernstnehmen müsse."
)


def test_a_plural_phrase_before_a_singular_verb_is_its_object() -> None:
    sp = att_of(run(FRONTED), "ernstnehmen").speaker
    assert sp is not None and sp.name == "Dieter Wiefelspütz"


def test_a_leading_role_compound_takes_its_bodys_kind() -> None:
    from newsprobe.attribution.lexicon import sources
    from newsprobe.attribution.person_roles import role_type

    lex = sources("de")
    assert role_type("EZB-Direktor", lex)[0] == "official"  # type: ignore[index]
    assert role_type("SPÖ-Bundesgeschäftsführer", lex)[0] == "politician"  # type: ignore[index]
    assert role_type("Chef der prokurdischen HDP", lex)[0] == "politician"  # type: ignore[index]
    assert role_type("Vorstandssprecher", lex)[0] == "other"  # type: ignore[index]


def test_an_organisation_noun_takes_the_organisation_named_before() -> None:
    a = run(
        "Die Oppositionskoalition CUD behauptete am Wahlabend, dass Beobachter verhaftet "
        "worden seien. Die Partei droht damit, das Ergebnis nicht zu akzeptieren."
    )
    sp = att_of(a, "Ergebnis nicht").speaker
    assert sp is not None and sp.name == "CUD"
    assert sp.resolved_by == SpeakerResolution.DESCRIPTION
    b = run(
        "Siemens hat am Montag seine Zahlen vorgelegt. "
        "Der Konzern erklärte, der Umsatz sei gestiegen."
    )
    assert att_of(b, "Umsatz").speaker.name == "Siemens"  # type: ignore[union-attr]


def test_a_surname_the_tagger_missed_is_the_person_named_before() -> None:
    a = run(
        "Der Direktor der Atombehörde, Mohammed el-Baradei, sprach am Montag in Wien. "
        "Anschließend sei laut el-Baradei die Bearbeitung der Brennstäbe erfolgt."
    )
    att = att_of(a, "Brennstäbe")
    assert att.speaker is not None and att.speaker.name == "Mohammed el-Baradei"
    assert att.source is not None and a.sources[att.source].type != SourceType.ANONYMOUS


def test_demnach_takes_the_source_just_named() -> None:
    a = run(
        "Die Polizei gab am Freitag eine Mitteilung heraus. Demnach wurden drei Menschen verletzt."
    )
    sp = att_of(a, "drei Menschen").speaker
    assert sp is not None and sp.name == "Polizei"
    assert sp.resolved_by == SpeakerResolution.PREVIOUS
