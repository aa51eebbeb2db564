"""Cues found in this round (issue 15, cue recall on news), each by its mechanism, on texts
written here — with the look-alikes that must stay unattributed."""

from __future__ import annotations

from attribution_texts import find, none_with, speaker
from attribution_texts import run_body as run


def test_zufolge_message_leaves_the_source_phrase_out() -> None:
    a = run("Den Angaben des Wetterdienstes zufolge lag das Zentrum des Sturms über dem Meer.")
    att = find(a, "lag das Zentrum")
    assert att.message.text.startswith("lag das Zentrum")
    assert speaker(a, "lag das Zentrum") == "des Wetterdienstes"


# -- zu-infinitive complements ---------------------------------------------------------------
def test_zu_infinitive_the_tagger_reads_as_a_participle() -> None:
    a = run("Der Bürgermeister hat am Donnerstag angekündigt, von seinem Amt zurückzutreten.")
    att = find(a, "von seinem Amt zurückzutreten")
    assert att.cue is not None and att.cue.lemma == "ankündigen"
    assert speaker(a, "von seinem Amt zurückzutreten") == "Der Bürgermeister"


def test_zu_haben_closes_an_infinitive_not_a_finite_clause() -> None:
    a = run("Der Fahrer gab an, lediglich ein Glas Bier getrunken zu haben. Die Polizei prüft.")
    assert speaker(a, "ein Glas Bier getrunken zu haben") == "Der Fahrer"


def test_zu_infinitive_before_a_subordinate_clause() -> None:
    a = run("Die Kommission schlug vor, zu prüfen, ob ein neues Abkommen möglich ist.")
    assert speaker(a, "zu prüfen") == "Die Kommission"


def test_passive_accusation_with_zu_infinitive() -> None:
    a = run("Dem früheren Minister wird vorgeworfen, Gelder veruntreut zu haben.")
    att = find(a, "Gelder veruntreut zu haben")
    assert att.cue is not None and att.cue.lemma == "vorwerfen"


def test_zu_infinitive_of_a_verb_that_is_no_cue_stays_out() -> None:
    a = run("Der Verein versuchte, die Halle rechtzeitig fertigzustellen.")
    assert none_with(a, "die Halle rechtzeitig")


# -- particles written apart, tagger slips ---------------------------------------------------
def test_bekannt_written_apart_before_the_verb() -> None:
    a = run("Wie das Polizeipräsidium bekannt gab, wird es mehr Kontrollen geben.")
    assert speaker(a, "wird es mehr Kontrollen geben") == "das Polizeipräsidium"
    b = run("Der Verband hat bekannt gegeben, dass die Vergabe die letzte sei.")
    assert speaker(b, "dass die Vergabe die letzte sei") == "Der Verband"


def test_clause_medial_wie_frame_with_a_separated_particle() -> None:
    a = run("Die Vergabe wird die letzte sein, wie der Verband am Montag bekannt gab.")
    assert speaker(a, "Die Vergabe wird die letzte sein") == "der Verband"


def test_sein_before_a_noun_is_a_possessive() -> None:
    a = run("Wie sein Anwalt Hartmut Lierow mitteilte, brach er auf der Straße zusammen.")
    assert speaker(a, "brach er auf der Straße zusammen") == "sein Anwalt Hartmut Lierow"


# -- a demonstrative that takes up the statement ---------------------------------------------
def test_fronted_demonstrative_after_a_comma_takes_up_the_clause_before() -> None:
    a = run("Die Hauptkamera des Teleskops ist ausgefallen, das teilte das Institut mit.")
    att = find(a, "Die Hauptkamera des Teleskops ist ausgefallen")
    assert att.speakers[0].text == "das Institut"
    assert "teilte" not in att.message.text


def test_fronted_demonstrative_needs_someone_who_speaks_and_no_negation() -> None:
    a = run("Viele Menschen starben, dies erklärt die hohe Zahl der Opfer.")
    assert not a.attributions
    b = run("Die Lage ist ernst, das bestätigte die Polizei nicht.")
    assert none_with(b, "Die Lage ist ernst")


def test_dies_geht_aus_hervor_attributes_the_sentence_before() -> None:
    a = run(
        "Der Konzern plant eine neue Rechtsform. Dies geht aus einer Pressemitteilung des "
        "Konzerns hervor."
    )
    assert speaker(a, "plant eine neue Rechtsform") == "einer Pressemitteilung des Konzerns"
    b = run("Der Konzern plant eine neue Rechtsform. Das geht daraus nicht hervor.")
    assert none_with(b, "plant eine neue Rechtsform")


# -- "according to which": wonach, nach denen, der zufolge -----------------------------------
def test_wonach_after_a_report_noun_is_the_cue() -> None:
    a = run(
        "Ein Sprecher konnte erste Medienberichte nicht bestätigen, wonach Zeugen einen "
        "Knall hörten."
    )
    att = find(a, "Zeugen einen Knall hörten")
    assert att.cue is not None and att.cue.text == "wonach"
    assert att.speakers[0].text == "erste Medienberichte"
    assert not att.message.text.startswith("wonach")


def test_wonach_after_a_quoted_title() -> None:
    a = run("Der Sender zitiert die Zeitung „Tages-Echo“, wonach der Minister zurücktreten will.")
    assert speaker(a, "der Minister zurücktreten will") == "die Zeitung „Tages-Echo“"


def test_nach_denen_needs_a_speech_or_source_noun() -> None:
    a = run("Es gibt Gerüchte, nach denen der Sänger schwer krank war.")
    att = find(a, "der Sänger schwer krank war")
    assert att.cue is not None and att.cue.text == "nach denen"
    assert att.speakers[0].text == "Gerüchte"
    b = run("Das sind die Kriterien, nach denen der Preis vergeben wird.")
    assert none_with(b, "der Preis vergeben wird")


def test_nach_denen_after_a_prepositional_attribute() -> None:
    a = run("Das folgt aus den Umfragen im Land, nach denen die Mehrheit den Plan ablehnt.")
    assert speaker(a, "die Mehrheit den Plan ablehnt").startswith("den Umfragen")


# -- "nach" + source noun ----------------------------------------------------------------------
def test_nach_adjective_and_source_noun_names_the_source() -> None:
    a = run("Die Häftlinge sitzen nach kubanischen Aussagen zu Unrecht im Gefängnis.")
    assert speaker(a, "zu Unrecht im Gefängnis") == "kubanischen Aussagen"


def test_nach_eigenem_bekunden_and_a_name_genitive() -> None:
    a = run("Der Bruder war nach eigenem Bekunden seit langem eingeweiht.")
    assert speaker(a, "seit langem eingeweiht") == "Der Bruder"
    b = run("Nach Schäubles Idee soll die Mehrheit der Stimmen entscheiden.")
    assert speaker(b, "die Mehrheit der Stimmen entscheiden") == "Schäubles"


def test_nach_a_law_or_a_result() -> None:
    a = run("Nach dem Grundgesetz bestimmt der Kanzler die Richtlinien der Politik.")
    assert speaker(a, "bestimmt der Kanzler") == "dem Grundgesetz"
    b = run("Nach dem vorläufigen Endergebnis erreichte die Partei 45 Prozent.")
    assert speaker(b, "erreichte die Partei 45 Prozent") == "dem vorläufigen Endergebnis"


def test_an_event_noun_after_nach_is_a_cue_only_where_the_clause_reports() -> None:
    a = run("Nach der Ankündigung der Ministerin soll die Frist verlängert werden.")
    assert speaker(a, "soll die Frist verlängert werden") == "der Ministerin"
    b = run("Nach der Ankündigung der Ministerin stiegen die Kurse deutlich.")
    assert none_with(b, "stiegen die Kurse")


# -- a speech noun with a Konjunktiv or zu-infinitive clause ---------------------------------
def test_speech_noun_with_a_konjunktiv_clause() -> None:
    a = run("Der Verteidiger vertritt die Ansicht, die Frau habe sich selbst verletzt.")
    att = find(a, "die Frau habe sich selbst verletzt")
    assert att.cue is not None and att.cue.text == "Ansicht"
    assert att.speakers[0].text == "Der Verteidiger"


def test_speech_noun_with_a_zu_infinitive() -> None:
    a = run("Die Partei fasste den Beschluss, Gespräche mit der Union zu führen.")
    assert speaker(a, "Gespräche mit der Union zu führen") == "Die Partei"


def test_adverbial_infinitives_are_no_content() -> None:
    a = run("Die Firma verschlüsselt Nachrichten, um das Mitlesen zu verhindern.")
    assert none_with(a, "das Mitlesen zu verhindern")
    b = run("Die Zeitung brachte seinen Bericht, ohne die Behauptungen zu prüfen.")
    assert none_with(b, "die Behauptungen zu prüfen")


# -- feelings, decisions, verbs added to the lexicon ------------------------------------------
def test_sich_zeigen_with_a_feeling_and_a_clause() -> None:
    a = run("Die Bürgermeisterin zeigte sich überzeugt, dass die neue Schule kommt.")
    assert speaker(a, "dass die neue Schule kommt") == "Die Bürgermeisterin"
    b = run("Es zeigte sich, dass die Werte gestiegen sind.")
    assert none_with(b, "dass die Werte gestiegen sind")


def test_entschieden_is_the_verb_only_before_its_content() -> None:
    a = run("Das Gericht hat entschieden, dass die Anlagen abgeschaltet werden müssen.")
    att = find(a, "dass die Anlagen abgeschaltet werden müssen")
    assert att.cue is not None and att.cue.lemma == "entscheiden"
    b = run("Welcher Investor den Zuschlag erhält, wird im kommenden Jahr entschieden.")
    assert none_with(b, "Welcher Investor")


def test_ausschliessen_and_a_zu_infinitive_after_zu_as_particle() -> None:
    a = run("Der General schloss nicht aus, dass ein Offizier das Amt übernimmt.")
    assert speaker(a, "dass ein Offizier das Amt übernimmt") == "Der General"
    b = run("Es gilt als ausgeschlossen, dass die beiden Kandidaten verlieren.")
    assert none_with(b, "dass die beiden Kandidaten verlieren")
    c = run("Dem Orden wird nachgesagt, Extremisten nahe zu stehen.")
    assert find(c, "Extremisten nahe zu stehen").cue.lemma == "nachsagen"


def test_first_of_two_coordinated_verbs_leaves_the_second_its_clause() -> None:
    a = run(
        "Die Ministerin bezeichnete das Unglück als „große Tragödie“ und erklärte, ihr Land "
        "unterstütze die Nachbarn."
    )
    att = find(a, "ihr Land unterstütze die Nachbarn")
    assert att.cue is not None and att.cue.lemma == "erklären"
    assert att.speakers[0].text == "Die Ministerin"


def test_no_statement_from_a_feeling_noun_or_a_cognition_verb_with_zu() -> None:
    a = run("Die Angst, von den Wachen entdeckt zu werden, war groß.")
    assert none_with(a, "von den Wachen entdeckt zu werden")
    b = run("Viele Männer sahen sich gezwungen, als Frau aufzutreten.")
    assert none_with(b, "als Frau aufzutreten")
