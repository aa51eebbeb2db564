"""Speaker resolution, round three: error classes read from the speakers gold's test2 part.
Each test names the mechanism it guards; texts are written for these tests."""

from __future__ import annotations

from attribution_texts import find as att_of
from attribution_texts import run_text as run

from newsprobe.model import SpeakerResolution

# -- a fronted "als" phrase is a predicative, never the subject ---------------------------
ALS = (
    "Die Abgeordnete Petra Lindner kritisierte am Dienstag den Haushaltsentwurf. "
    "Als Beispiel führte sie die Kürzungen bei den Schulen an und führte aus, "
    "hier werde an der falschen Stelle gespart."
)


def test_a_fronted_als_phrase_is_not_the_subject() -> None:
    sp = att_of(run(ALS), "falschen Stelle").speaker
    assert sp is not None and sp.name == "Petra Lindner"
    assert sp.resolved_by == SpeakerResolution.PRONOUN


# -- the previous sentence's subject, a nominalised adjective with a "von" attribute ------
CONFIDANT = (
    "Der Unternehmer Karl Brenner sprach am Montag mit dem Anwalt Otto Weiß. "
    "Ein anderer Vertrauter von Otto Weiß weigerte sich, den Vertrag zu unterschreiben. "
    "Er meinte, es handle sich um eine Familienangelegenheit."
)


def test_a_pronoun_takes_the_previous_subject_even_when_unnamed() -> None:
    sp = att_of(run(CONFIDANT), "Familienangelegenheit").speaker
    assert sp is not None and sp.name is not None
    assert "Vertrauter" in sp.name


# -- a source noun's genitive: a quoted title and a plural without article ----------------
GENITIVES = (
    "Der Autoexperte Jan Moll geht laut dem Bericht des Fachblatts „Motorwelt“ davon aus, "
    "dass die Preise steigen. "
    "Nach Berichten britischer Tageszeitungen soll das Netzwerk gehackt worden sein."
)


def test_a_quoted_title_closes_a_source_genitive() -> None:
    sp = att_of(run(GENITIVES), "Jan Moll").speaker
    assert sp is not None and sp.name is not None and "Motorwelt" in sp.name


def test_a_genitive_plural_without_article_names_the_source() -> None:
    sp = att_of(run(GENITIVES), "Netzwerk gehackt").speaker
    assert sp is not None and sp.name is not None and "Tageszeitungen" in sp.name


# -- "welche" after a comma is a relative pronoun -----------------------------------------
WELCHE = (
    "Am Montag traf sich der Ausschuss mit der Ärztin Maria Lenz, welche erklärte, "
    "die Lage in den Kliniken sei ernst."
)


def test_welche_after_a_comma_takes_the_noun_before() -> None:
    sp = att_of(run(WELCHE), "Lage in den Kliniken").speaker
    assert sp is not None and sp.name == "Maria Lenz"


# -- a possessive description: a person by relation, never the possessor ------------------
POSSESSIVE = (
    "Der 45-jährige Ferenc Bago ist der Chef der „Roma-Garde“. "
    "Bago soll ein ehemaliger Fremdenlegionär gewesen sein. "
    "Die Garde der Roma hatte laut ihrem Anführer starken Zulauf."
)
POSSESSOR = (
    "Der Sänger Tim Roth wurde am Montag in Hamburg verhaftet. "
    "Sein Bruder sagte, die Vorwürfe seien lange bekannt gewesen."
)


def test_a_possessive_description_takes_the_person_of_that_relation() -> None:
    sp = att_of(run(POSSESSIVE), "starken Zulauf").speaker
    assert sp is not None and sp.name == "Ferenc Bago"
    assert sp.resolved_by == SpeakerResolution.DESCRIPTION


def test_a_possessive_description_is_never_the_possessor() -> None:
    sp = att_of(run(POSSESSOR), "lange bekannt").speaker
    assert sp is not None and sp.name != "Tim Roth" and sp.entity is None


# -- a copula equates the subject with a named person ------------------------------------
COPULA = (
    "Der Anwalt Karl Brandt sagte am Montag, das Verfahren sei unfair. "
    "Ein anderer Richter des Tribunals ist der Kurde Raed Dschuhi. "
    "Er sagte, das Gericht sei legitim."
)


def test_a_pronoun_takes_the_person_a_copula_names() -> None:
    sp = att_of(run(COPULA), "Gericht sei legitim").speaker
    assert sp is not None and sp.name == "Raed Dschuhi"


# -- a plural description takes the group the article listed with that noun ---------------
GROUP = (
    "Die Verbände Pro Bahn, VCD und BUND werfen dem Ministerium Verzögerung vor. "
    "Die Klage hat aus Sicht der Verbände keine aufschiebende Wirkung."
)


def test_a_description_takes_the_group_listed_with_that_noun() -> None:
    sp = att_of(run(GROUP), "aufschiebende Wirkung").speaker
    assert sp is not None and sp.name is not None
    assert "VCD" in sp.name and "BUND" in sp.name
    assert sp.resolved_by == SpeakerResolution.DESCRIPTION


# -- "das Gericht": the nearest body described with that noun, before an older namesake ----
COURT = (
    "Das Bundesverfassungsgericht hat im Mai ein Urteil zur Vorratsdatenspeicherung gesprochen. "
    "Ein Bezirksgericht in Virginia hat Twitter am Montag aufgefordert, Daten herauszugeben. "
    "Die Firma müsse alles offenlegen, erklärte das Gericht."
)


def test_a_description_takes_the_nearest_body_described_with_that_noun() -> None:
    sp = att_of(run(COURT), "alles offenlegen").speaker
    assert sp is not None and sp.name == "Bezirksgericht in Virginia"
    assert sp.resolved_by == SpeakerResolution.DESCRIPTION


# -- an extended participial attribute stays inside the speaker phrase --------------------
PARTICIPIAL = (
    "Der sich selbst gern als Gegner Thaksins inszenierende Unternehmer Sondhi Limthongkul "
    "sagte, die Regierung müsse zurücktreten. "
    "Die in New York City geborene Sängerin Jennifer Lopez erklärte, sie freue sich auf Berlin."
)


def test_a_participial_attribute_is_part_of_the_subject() -> None:
    analysis = run(PARTICIPIAL)
    sp = att_of(analysis, "zurücktreten").speaker
    # not Thaksin, who is named inside the attribute
    assert sp is not None and sp.name is not None and "Limthongkul" in sp.name
    sp = att_of(analysis, "freue sich").speaker
    assert sp is not None and sp.name is not None and "Lopez" in sp.name  # not New York City


# -- nominalised adjectives and agent nouns as antecedents --------------------------------
SUSPECT = (
    "Am Ostersonntag wurde ein 74-jähriger Mann getötet. "
    "Tatverdächtig ist der 37-jährige Steve Stephens. "
    "Der Tatverdächtige behauptet von sich selbst, weitere Menschen getötet zu haben."
)
ARSONISTS = (
    "Der Bürgermeister Rahim Musleh sagte, die Täter seien aus der Siedlung gekommen. "
    "Die Brandstifter drangen gegen vier Uhr in die Moschee ein. "
    "Sie schrieben Parolen wie „Wir werden euch alle verbrennen“ an die Wand."
)


def test_a_nominalised_adjective_description_takes_the_person() -> None:
    sp = att_of(run(SUSPECT), "weitere Menschen").speaker
    assert sp is not None and sp.name == "Steve Stephens"
    assert sp.resolved_by == SpeakerResolution.DESCRIPTION


def test_a_plural_pronoun_takes_the_agent_noun_subject() -> None:
    analysis = run(ARSONISTS)
    att = next(a for a in analysis.attributions if a.cue is not None and "schrieb" in a.cue.text)
    assert att.speaker is not None and att.speaker.name is not None
    assert "Brandstifter" in att.speaker.name


# -- a demonstrative points at the last one named, not at the topic -----------------------
DEMONSTRATIVE = (
    "Wie die Bild-Zeitung berichtete, leidet der Schauspieler Fred Delmare an Alzheimer. "
    "In einem Interview mit dem Anwalt seiner Familie – Rainer Wittner – sagte dieser, "
    "dass Delmare bereits in seiner eigenen Welt lebe."
)


def test_a_demonstrative_takes_the_last_one_named() -> None:
    sp = att_of(run(DEMONSTRATIVE), "eigenen Welt").speaker
    assert sp is not None and sp.name == "Rainer Wittner"


# -- a comma-coordinated subject keeps all its conjuncts ----------------------------------
ENUMERATED = (
    "Die Außenminister Frankreichs, Italiens und Österreichs forderten, die Gespräche fortzusetzen."
)


def test_a_comma_coordinated_subject_keeps_its_first_conjunct() -> None:
    att = att_of(run(ENUMERATED), "Gespräche fortzusetzen")
    assert att.speakers and att.speakers[0].text.startswith("Die Außenminister Frankreichs")


# -- "Darin heißt es": the document named just before ------------------------------------
THEREIN = (
    "Am Dienstag legte die Kommission den Bericht der Sachverständigen vor. "
    "Darin wird gefordert, die Renten zu erhöhen."
)


def test_darin_points_into_the_document_named_before() -> None:
    sp = att_of(run(THEREIN), "Renten zu erhöhen").speaker
    assert sp is not None and sp.name == "Bericht der Sachverständigen"
    assert sp.resolved_by == SpeakerResolution.PREVIOUS


# -- members listed in an insertion are not the group that speaks -------------------------
MEMBERS = (
    "Die American Library Association feiert die Woche des verbotenen Buches. "
    "Die Initiatoren der Aktionswoche, unter ihnen neben der ALA auch Autorenverbände, "
    "betonen, wie wichtig der freie Zugang zu Büchern sei."
)


def test_members_named_in_an_insertion_do_not_speak_for_the_group() -> None:
    sp = att_of(run(MEMBERS), "freie Zugang").speaker
    assert sp is not None and sp.name == "Initiatoren der Aktionswoche"


NAMED_ITSELF = (
    "Die Stadt Salzburg hatte den Antrag abgelehnt. "
    "Die Stadt Klagenfurt teilte mit, dass ein Bescheid am Donnerstag eingegangen sei."
)


def test_a_phrase_with_its_own_name_never_takes_an_earlier_namesake() -> None:
    sp = att_of(run(NAMED_ITSELF), "Bescheid").speaker
    assert sp is not None and sp.name is not None and "Klagenfurt" in sp.name


BODY_NAME = (
    "Die Staatsanwaltschaft Mainz prüfte die Anzeige. "
    "Es sei kein Verdacht für strafbares Verhalten gegeben, informiert die Staatsanwaltschaft."
)
OTHER_GROUP = (
    "Im Sommer kamen zehn Gastwissenschafter nach Wien. "
    "Nach Angaben der beteiligten Wissenschafter wurden die Projekte vom Fonds bezahlt."
)


def test_a_body_named_once_keeps_its_name_whole() -> None:
    sp = att_of(run(BODY_NAME), "strafbares Verhalten").speaker
    assert sp is not None and sp.name == "Staatsanwaltschaft Mainz"


def test_a_persons_compound_is_not_the_same_group() -> None:
    sp = att_of(run(OTHER_GROUP), "Projekte").speaker
    assert sp is not None and sp.name is not None and "Gastwissenschafter" not in sp.name


ROLE_NAME = (
    "Der Bürgermeister Ignazio Marino steht unter Druck. "
    "Der Stadtrat stimmte am Montag gegen das Stadtoberhaupt Marino. "
    "Das Stadtoberhaupt sagte am Abend, er bleibe bis zum Ende der Amtszeit."
)


def test_a_description_takes_the_person_named_after_the_same_noun() -> None:
    sp = att_of(run(ROLE_NAME), "Ende der Amtszeit").speaker
    assert sp is not None and sp.name == "Ignazio Marino"
