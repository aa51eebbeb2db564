"""Who really said it: canonical speakers (pronouns by gender and number, descriptions,
affiliations, "X-angaben" compounds, unresolved pronouns), source types from what the article
says about a speaker, and the gold/eval helpers.  Texts are written for these tests."""

from __future__ import annotations

from attribution_texts import run_text as run

from newsprobe import Analysis
from newsprobe.api import analyze_text
from newsprobe.attribution import gender as g
from newsprobe.attribution.lexicon import sources
from newsprobe.attribution.person_roles import role_type
from newsprobe.attribution.sources import UNIDENTIFIED
from newsprobe.model import WEAK_SOURCE_TYPES, SourceType, SpeakerResolution


def speaker_of(analysis: Analysis, fragment: str):
    found = [a for a in analysis.attributions if fragment in a.message.text]
    assert found, [a.message.text for a in analysis.attributions]
    assert found[0].speaker is not None
    return found[0].speaker


def source_of(analysis: Analysis, fragment: str):
    att = next(a for a in analysis.attributions if fragment in a.message.text)
    assert att.source is not None
    return analysis.sources[att.source]


TWO = (
    "Die Grünen-Chefin Ricarda Lang traf am Montag den Finanzminister Christian Lindner. "
    "Sie sagte, die Gespräche seien gut gewesen. Er sagte, man sei sich nähergekommen."
)


def test_pronouns_take_the_antecedent_of_their_gender() -> None:
    a = run(TWO)
    she = speaker_of(a, "Gespräche seien gut")
    he = speaker_of(a, "nähergekommen")
    assert she.name == "Ricarda Lang" and she.resolved_by == SpeakerResolution.PRONOUN
    assert he.name == "Christian Lindner" and he.resolved_by == SpeakerResolution.PRONOUN
    assert source_of(a, "Gespräche") is not source_of(a, "nähergekommen")


LONELY = (
    "Er sagte, das Wetter sei schön. Der Zug kam pünktlich an. In Berlin regnete es am Abend "
    "stark. Die Straßen waren nass. Viele Menschen blieben zu Hause. Er sagte, er komme morgen."
)


def test_unresolved_pronouns_are_never_a_name_nor_pooled() -> None:
    a = run(LONELY)
    first = speaker_of(a, "Wetter sei schön")
    second = speaker_of(a, "komme morgen")
    # a plural group ("Viele Menschen … blieben") is no antecedent of "er"
    assert first.name is None and second.name is None
    assert first.resolved_by == second.resolved_by == SpeakerResolution.NONE
    s1, s2 = source_of(a, "Wetter"), source_of(a, "komme morgen")
    assert s1.id != s2.id
    assert s1.name == s2.name == UNIDENTIFIED
    # the article names them, newsprobe failed to resolve: no anonymous (weak) source
    assert s1.type == s2.type == SourceType.UNRESOLVED
    assert SourceType.UNRESOLVED not in WEAK_SOURCE_TYPES
    assert all(s.name.lower() not in ("er", "sie") for s in a.sources)


def test_unnamed_spokesperson_keeps_an_affiliation_not_the_organisation() -> None:
    a = run("Ein Vertreter der Vereinten Nationen sagte am Dienstag, die Hilfe komme an.")
    sp = speaker_of(a, "Hilfe komme")
    assert not sp.named and sp.entity is None
    assert sp.affiliation is not None and "Vereinten Nationen" in sp.affiliation
    source = source_of(a, "Hilfe komme")
    assert source.type == "official" and not source.named
    assert source.name != "Vereinte Nationen"


def test_angaben_compound_stands_for_its_first_part() -> None:
    a = run("Nach Polizeiangaben wurden bei dem Unfall drei Menschen verletzt.")
    sp = speaker_of(a, "drei Menschen")
    assert sp.name == "Polizei"
    assert source_of(a, "drei Menschen").type == "official"


def test_statement_noun_without_a_source_names_no_one() -> None:
    a = run("Nach ersten Angaben gab es bei dem Brand drei Verletzte.")
    sp = speaker_of(a, "drei Verletzte")
    assert sp.name is None
    assert source_of(a, "drei Verletzte").type == "anonymous"


def test_person_before_country_and_title() -> None:
    a = run("Osttimors Außenminister José Ramos-Horta sagte am Montag, die Lage sei ruhig.")
    sp = speaker_of(a, "Lage sei ruhig")
    assert sp.name == "José Ramos-Horta"
    assert sp.resolved_by in (SpeakerResolution.APPOSITION, SpeakerResolution.NAME)


def test_definite_description_takes_the_role_holder() -> None:
    a = run(
        "Innenministerin Nancy Faeser kündigte am Montag an, sie werde handeln. "
        "Die Ministerin sagte, das sei klar."
    )
    sp = speaker_of(a, "das sei klar")
    assert sp.name == "Nancy Faeser"
    assert sp.resolved_by == SpeakerResolution.DESCRIPTION
    assert source_of(a, "das sei klar").type == "politician"


def test_coordinated_verb_shares_the_subject() -> None:
    a = run(
        "Wahlbeobachter monieren Unregelmäßigkeiten, sprechen aber davon, dass die Wahl frei war."
    )
    att = next(x for x in a.attributions if "Wahl frei" in x.message.text)
    assert att.speakers and att.speakers[0].text == "Wahlbeobachter"


def test_gender_helpers() -> None:
    assert g.first_name_gender("Angela") == g.F
    assert g.first_name_gender("Olaf") == g.M
    assert g.pronoun_agree("seiner") == g.M_OR_N
    assert g.pronoun_agree("Ich") is None
    assert g.noun_gender("Bundesregierung") == g.F
    assert g.noun_gender("Innenministerium") == g.N
    assert g.role_gender("Ministerin") == g.F
    assert g.plural_verb("sagten") and not g.plural_verb("sagte")


def test_leading_roles_take_their_organisations_kind() -> None:
    lex = sources("de")
    assert role_type("Präsident des Bundesverfassungsgerichtes", lex)[0] == "official"
    assert role_type("Vorsitzender des Linux-Verbandes", lex)[0] == "other"
    assert role_type("US-Außenministerin", lex)[0] == "politician"


def test_a_role_elsewhere_in_the_article_types_a_named_person() -> None:
    a = run(
        "Der Präsident des Bundesverfassungsgerichtes, Karl Bergmann, war in Berlin. "
        "Bergmann sagte, das Urteil sei klar."
    )
    assert source_of(a, "Urteil sei klar").type == "official"


def test_english_frames_and_names() -> None:
    def atts(text: str):
        return analyze_text(text, lang="en").attributions

    assert atts("The United States will impose new tariffs on steel from next month.") == []
    said = atts("The company said on Tuesday that profits fell.")
    assert said and said[0].speakers[0].text == "The company"
    assert "profits fell" in said[0].message.text
    final = atts("The suspect fled the scene before police arrived, prosecutors said.")
    assert final and final[0].speakers[0].text == "prosecutors"
    assert final[0].message.text.startswith("The suspect fled")


def test_cues_a_trailing_wie_frame_an_adverb_damit_and_zu_wollen() -> None:
    a = run(
        "Der Mann sei schwer krank, wie die Polizei mitteilte. "
        "Der Generalstabschef erklärte, damit solle ein Machtvakuum vermieden werden. "
        "Die Senatorin kündigte an, an neuen Gesetzen mitwirken zu wollen."
    )
    frame = next(x for x in a.attributions if "schwer krank" in x.message.text)
    assert frame.cue is not None and frame.cue.text == "mitteilte"
    assert [s.text for s in frame.speakers] == ["die Polizei"]
    damit = next(x for x in a.attributions if "Machtvakuum" in x.message.text)
    assert damit.message.text.startswith("damit solle")
    zu = next(x for x in a.attributions if "mitwirken" in x.message.text)
    assert zu.cue is not None and zu.cue.text.startswith("kündigte")


def test_a_closing_apposition_belongs_to_the_speaker_phrase() -> None:
    a = run(
        "„Die Nachfrage ist stark“, sagte Edmon Chung, Chef von DotAsia. "
        "„Das dauert nicht lange“, so der Präsident des Landesamtes, Matthias Freude. "
        "„Ja“, sagte Müller, ohne Zögern. "
        "Die Verletzten seien außer Lebensgefahr, sagte Mark Keefe, der Sprecher der Ambulanz. "
        "Wie schon die WHO sagte, ist eine Ansteckung unwahrscheinlich."
    )
    spans = {x.message.text: [s.text for s in x.speakers] for x in a.attributions}
    assert spans["Die Nachfrage ist stark"] == ["Edmon Chung, Chef von DotAsia"]
    assert spans["Das dauert nicht lange"] == ["der Präsident des Landesamtes, Matthias Freude"]
    assert spans["Ja"] == ["Müller"]  # a prepositional phrase is no apposition
    assert speaker_of(a, "Das dauert").name == "Matthias Freude"
    assert spans["Die Verletzten seien außer Lebensgefahr"] == [
        "Mark Keefe, der Sprecher der Ambulanz"
    ]
    assert spans["ist eine Ansteckung unwahrscheinlich"] == ["die WHO"]


def test_the_subject_before_insertions_and_attributes_is_the_speaker() -> None:
    a = run(
        "Bazoum Mohammed, Sprecher der Gruppe CFDR, forderte die Junta auf, zur Demokratie "
        "zurückzukehren. Der Sender, der für den Vertrag verantwortlich ist, begründete die "
        "Einblendungen damit, dass Grafiken genutzt würden. Die Opposition im Landtag erklärte, "
        "der Haushalt sei falsch. Die Lage, sagte er, sei ernst."
    )
    spans = {x.message.text: [s.text for s in x.speakers] for x in a.attributions}
    assert spans["zur Demokratie zurückzukehren"] == ["Bazoum Mohammed, Sprecher der Gruppe CFDR"]
    assert spans["dass Grafiken genutzt würden"] == ["Der Sender"]
    assert spans["der Haushalt sei falsch"] == ["Die Opposition im Landtag"]
    assert [s for m, s in spans.items() if "ernst" in m] == [["er"]]


def test_objects_and_addressees_after_the_verb_are_no_speakers() -> None:
    a = run(
        "Der frühere Präsident Jimmy Carter, der als Wahlbeobachter im Land war, sagte "
        "Reportern, dass alles friedlich verlaufen sei. Der Kommissionspräsident der Union, "
        "Alpha Konaré, nannte dies einen „Militärputsch“."
    )
    assert speaker_of(a, "friedlich verlaufen").name == "Jimmy Carter"
    assert speaker_of(a, "Militärputsch").name == "Alpha Konaré"
    assert all(s.name not in ("dies", "Reportern") for s in a.sources)


def test_das_sagte_x_after_an_attributed_sentence_names_who_said_it() -> None:
    a = run(
        "Die Opposition im Landtag wirft der Regierung vor, beim Bau der Halle Geld "
        "verschwendet zu haben. Das sagte der Fraktionschef der Grünen, Malte Behrens."
    )
    said = [x for x in a.attributions if x.cue is not None and x.cue.text == "sagte"]
    assert len(said) == 1 and "verschwendet" in said[0].message.text
    assert said[0].speaker is not None and said[0].speaker.name == "Malte Behrens"


def test_a_dative_pronoun_or_a_pronoun_with_a_time_is_no_speaker_phrase() -> None:
    a = run(
        "Mir hat er gesagt, der Film war wie ein Urlaub. "
        "Das sei unmöglich, wie er am Montag versicherte."
    )
    assert all(not s.text.startswith("Mir") for x in a.attributions for s in x.speakers)
    frame = next(x for x in a.attributions if "unmöglich" in x.message.text)
    assert [s.text for s in frame.speakers] == ["er"]


def test_a_document_keeps_whose_it_is() -> None:
    a = run("In einer Erklärung der Regierung hieß es, man sei zu Gesprächen bereit.")
    att = next(x for x in a.attributions if "Gesprächen" in x.message.text)
    assert [s.text for s in att.speakers] == ["einer Erklärung der Regierung"]


def test_a_capitalised_adjective_is_not_the_head_of_a_name() -> None:
    a = run(
        "Titel der Meldung\n\nEin erster Satz steht hier.\n\nEin zweiter Absatz folgt. "
        "Die Hauptkamera des Teleskops ist ausgefallen. Dies berichtete die Deutsche "
        "Presse-Agentur."
    )
    att = next(x for x in a.attributions if "Hauptkamera" in x.message.text)
    assert [s.text for s in att.speakers] == ["die Deutsche Presse-Agentur"]
    assert a.sources[att.source].type == "media"


def test_a_separated_particle_after_an_apposition_closes_the_cue() -> None:
    a = run(
        "Titel der Meldung\n\nEin erster Satz steht hier.\n\nEin zweiter Absatz folgt. "
        "Die Fraktion will klagen. Dies teilte der Geschäftsführer der Fraktion, Jens Nacke, "
        "mit. Vor dem Absturz wurde kein Notsignal gesendet, teilte später der Direktor der "
        "Behörde, Bagus Puruhito, mit."
    )
    klage = next(x for x in a.attributions if "klagen" in x.message.text)
    assert klage.speaker is not None and klage.speaker.name == "Jens Nacke"
    signal = next(x for x in a.attributions if "Notsignal" in x.message.text)
    assert [s.text for s in signal.speakers] == ["der Direktor der Behörde, Bagus Puruhito"]


def test_a_person_named_after_a_role_compound_is_the_speaker() -> None:
    text = (
        "Die Stadtwerke erhöhen die Preise. Konzernsprecher Jonas Albrecht sagte am Freitag, "
        "die Erhöhung sei unvermeidlich gewesen. Polizeisprecherin Katrin Moser erklärte, "
        "der Unfall habe sich gegen acht Uhr ereignet."
    )
    analysis = run(text)
    first = speaker_of(analysis, "unvermeidlich")
    assert (first.name, first.named) == ("Jonas Albrecht", True)
    assert first.entity is not None and first.affiliation == "Konzern"
    second = speaker_of(analysis, "acht Uhr")
    assert (second.name, second.named) == ("Katrin Moser", True)
    assert second.affiliation == "Polizei"
    # without a name the compound still gives an unnamed spokesperson and its organisation
    alone = run("Die Ampel fiel aus. Ein Polizeisprecher sagte, der Fehler sei behoben.")
    nameless = speaker_of(alone, "behoben")
    assert not nameless.named and nameless.affiliation == "Polizei"
