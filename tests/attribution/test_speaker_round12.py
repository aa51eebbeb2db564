"""Speaker resolution, round 12 (spk18): descriptions by a class of roles ("die
Forscherin" for the Biologin, "die Wissenschaftler" for the group "Team um X"), by origin
("der Franzose" is not the German subject), a description's gender among coordinated
persons, organisations by the kind of noun ("die Fluggesellschaft", "das Geldhaus", "die
Agentur" after "die Ratingagentur X"), statement nouns with an origin ("Angaben aus
Khartum"), and the same-person check for carried accounts.  Texts are written for these
tests."""

from __future__ import annotations

import pytest
from attribution_texts import resolved_speaker

from newsprobe.attribution.role_classes import class_member, role_class, science_role
from newsprobe.model import SpeakerResolution


def test_role_classes_by_noun_and_gender() -> None:
    assert role_class("Forscherin") == "forscher"
    assert role_class("Wissenschaftler") == "wissenschaftler"
    assert role_class("Gremium") == "gremium"
    assert role_class("Ministerin") is None
    assert class_member("Forscherin", "Biologin")
    assert class_member("Biologin", "Forscherin")  # the other way round too
    assert class_member("Experte", "Chefökonom")
    assert class_member("Wissenschaftler", "Klimaforscher")
    assert not class_member("Forscher", "Biologin")  # not of the same gender
    assert not class_member("Forscherin", "Ministerin")
    assert class_member("Gremium", "Wächterrat", body=True)
    assert not class_member("Gremium", "Apparat", body=True)
    assert science_role("Astronomin") and science_role("Virologe")
    assert not science_role("Kollege")


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "Der Physiker Peter Schmidt und die Biologin Anna Weber stellten die Studie vor. "
            "Die Forscherin erklärte, die Ergebnisse seien eindeutig.",
            "Ergebnisse seien",
            "Anna Weber",
        ),
        (
            "Die Forscherin Anna Weber von der Universität Wien hat untersucht, wie Bienen "
            "lernen. Ihr Kollege Peter Brandl sagte, die Ergebnisse seien überraschend. Die "
            "Biologin erklärte, man wolle weiter forschen.",
            "weiter forschen",
            "Anna Weber",
        ),
    ],
)
def test_a_description_by_class_takes_the_person_with_a_role_of_that_class(
    text: str, fragment: str, name: str
) -> None:
    sp = resolved_speaker(text, fragment)
    assert sp.name == name
    assert sp.resolved_by == SpeakerResolution.DESCRIPTION


@pytest.mark.parametrize(
    "text",
    [
        "Ein Team um die Astronomin Jane Greaves hat einen Planeten entdeckt. Die "
        "Wissenschaftler berichteten, der Planet sei sehr jung.",
        "Jane Greaves und ihre Kollegen untersuchten den Stern. Die Forscher erklärten, es "
        "handle sich um einen sehr jungen Planeten.",
    ],
)
def test_plural_researchers_are_the_group_named_by_its_leader(text: str) -> None:
    sp = resolved_speaker(text, "jung")
    assert sp.name == "Jane Greaves"
    assert sp.resolved_by == SpeakerResolution.DESCRIPTION


def test_plural_researchers_without_a_named_group_are_no_one_named() -> None:
    text = (
        "Die Astronomin Jane Greaves hat einen Planeten entdeckt. Die Wissenschaftler "
        "berichteten, der Planet sei sehr jung."
    )
    assert resolved_speaker(text, "jung").name != "Jane Greaves"


def test_a_demonym_description_is_no_person_placed_elsewhere() -> None:
    text = (
        "Bundeskanzler Olaf Scholz reiste nach Paris. Dort traf er Präsident Emmanuel "
        "Macron. Der Franzose sagte, man werde die Ukraine weiter unterstützen."
    )
    sp = resolved_speaker(text, "Ukraine")
    assert sp.name == "Emmanuel Macron"
    assert sp.resolved_by == SpeakerResolution.DESCRIPTION


def test_a_description_takes_the_one_coordinated_person_of_its_gender() -> None:
    text = (
        "Außenminister Heiko Maas und seine französische Amtskollegin Catherine Colonna "
        "trafen sich in Berlin. Die Französin sagte, Europa müsse zusammenstehen."
    )
    assert resolved_speaker(text, "zusammenstehen").name == "Catherine Colonna"


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "Die Ratingagentur Standard & Poor's hat Italien herabgestuft. Die Agentur "
            "begründete, die Verschuldung sei zu hoch.",
            "Verschuldung",
            "Standard & Poor's",
        ),
        (
            "Die Lufthansa streicht 500 Flüge. Die Fluggesellschaft teilte mit, der Streik "
            "koste Millionen.",
            "Streik koste",
            "Lufthansa",
        ),
        (
            "Die Deutsche Bank meldete einen Gewinn. Das Geldhaus teilte mit, das "
            "Investmentbanking laufe gut.",
            "Investmentbanking",
            "Deutsche Bank",
        ),
        (
            "Der ADAC warnt vor Staus. Der Automobilclub teilte mit, am Wochenende sei viel los.",
            "Wochenende",
            "ADAC",
        ),
    ],
)
def test_an_organisation_by_the_kind_of_noun(text: str, fragment: str, name: str) -> None:
    sp = resolved_speaker(text, fragment)
    assert sp.name == name
    assert sp.resolved_by == SpeakerResolution.DESCRIPTION


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nach Angaben aus Khartum wurden 22 Soldaten getötet.", "Khartum"),
        (
            "Nach Angaben aus dem Innenministerium wurden 22 Soldaten getötet.",
            "Innenministerium",
        ),
    ],
)
def test_a_statement_noun_from_a_place_or_body(text: str, name: str) -> None:
    assert resolved_speaker(text, "Soldaten").name == name


CARRIED = (
    "Ministerin Anna Berg sagte, die Reform komme. Sie sei dringend nötig. Ihr Kritiker "
    "Paul Weber widersprach. Er sei dagegen, weil sie zu teuer sei."
)


def test_a_carried_account_is_not_of_a_speaker_of_the_other_gender() -> None:
    sp = resolved_speaker(CARRIED, "dagegen")
    assert sp.name == "Paul Weber"
    assert sp.resolved_by == SpeakerResolution.PRONOUN


def test_a_carried_account_right_after_its_statement_keeps_its_speaker() -> None:
    assert resolved_speaker(CARRIED, "dringend nötig").name == "Anna Berg"


def test_a_carried_account_whose_pronoun_fits_the_speaker_keeps_it() -> None:
    text = (
        "Ministerin Anna Berg sagte, die Reform komme. Ihr Kritiker Paul Weber war nicht "
        "anwesend. Sie sei trotzdem zuversichtlich."
    )
    assert resolved_speaker(text, "zuversichtlich").name == "Anna Berg"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Der Supreme Court hat das Gesetz gekippt. Das Gericht erklärte, es verstoße "
            "gegen die Verfassung.",
            "Supreme Court",
        ),
        (
            "Forscher der Stanford University haben ein Medikament getestet. Die Universität "
            "teilte mit, es verstoße gegen keine Regel.",
            "Stanford University",
        ),
        (
            "Das US-Justizministerium hat Anklage erhoben. Das Ministerium teilte mit, es "
            "verstoße gegen das Gesetz.",
            "US-Justizministerium",
        ),
    ],
)
def test_a_body_by_its_kind_in_another_language_or_compound(text: str, name: str) -> None:
    sp = resolved_speaker(text, "verstoße")
    assert sp.name == name
    assert sp.resolved_by == SpeakerResolution.DESCRIPTION


def test_a_body_of_that_kind_with_a_name_is_not_passed_over() -> None:
    text = (
        "Die Agentur AFP meldete Unruhen. Später bezifferte die Nachrichtenagentur Xinhua "
        "die Zahl der Toten mit 13. Die Agentur bestätigte, die Lage sei ruhig."
    )
    assert resolved_speaker(text, "ruhig").name != "Nachrichtenagentur"


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "Der Chef der Deutschen Bank, Christian Sewing, und die Chefin der Commerzbank, "
            "Bettina Orlopp, äußerten sich. Die Bankerin sagte, die Zinsen blieben hoch.",
            "Zinsen",
            "Bettina Orlopp",
        ),
        (
            "Der Tesla-Chef Elon Musk hat Twitter gekauft. Der Milliardär sagte, er wolle "
            "die Meinungsfreiheit stärken.",
            "Meinungsfreiheit",
            "Elon Musk",
        ),
    ],
)
def test_a_person_noun_by_its_form(text: str, fragment: str, name: str) -> None:
    # a female agent noun in -erin, a noun in -är: a person, though no lexicon lists it
    sp = resolved_speaker(text, fragment)
    assert sp.name == name
    assert sp.resolved_by == SpeakerResolution.DESCRIPTION


def test_the_military_is_no_person() -> None:
    from attribution_texts import run_text

    from newsprobe.attribution.descriptions import plain_person_noun
    from newsprobe.attribution.speaker_article import article

    art = article(run_text("Der Milliardär sagte, das Militär sei bereit."))
    assert plain_person_noun("Milliardär", art)
    assert plain_person_noun("Pianistin", art)
    assert not plain_person_noun("Militär", art)


def test_a_description_going_on_is_no_speaker_of_the_other_gender() -> None:
    text = (
        "Der Innenminister Horst Seehofer und die Justizministerin Christine Lambrecht "
        "stellten den Bericht vor. Lambrecht sagte, der Rechtsextremismus sei die größte "
        "Gefahr. Der CSU-Politiker ergänzte, man werde handeln."
    )
    assert resolved_speaker(text, "handeln").name == "Horst Seehofer"


def test_a_committee_noun_is_the_council_named_before_not_a_stock() -> None:
    text = (
        "Unterdessen verlangte Mussawi vom Wächterrat die Annullierung der Wahl. Das "
        "zwölfköpfige Gremium gab bekannt, die Vorwürfe untersuchen zu wollen."
    )
    assert resolved_speaker(text, "untersuchen").name == "Wächterrat"
    stock = "Der Vorrat an Impfstoff reicht nicht. Das Gremium erklärte, man brauche mehr Geld."
    assert resolved_speaker(stock, "mehr Geld").name != "Vorrat"


@pytest.mark.parametrize(
    ("verb", "name"),
    [("sind", "Vertreter der Gewerkschaften"), ("ist", "Anna Berg")],
)
def test_the_number_of_sie_comes_from_the_verb_beside_it(verb: str, name: str) -> None:
    # the cue ("bewusst") is no verb: "Sie sind" is plural, "Sie ist" a woman
    text = (
        "Die Vertreter der Gewerkschaften trafen die Ministerin Anna Berg. Sie "
        f"{verb} sich bewusst, dass die Löhne steigen müssen."
    )
    assert resolved_speaker(text, "Löhne").name == name


def test_sind_is_plural() -> None:
    from newsprobe.attribution.gender import plural_verb

    assert plural_verb("sind") and plural_verb("sagten") and not plural_verb("ist")


def test_a_plural_sie_takes_the_bodies_the_sentence_before_opens_with() -> None:
    text = (
        "Der Hacker „Muslix64“ erwähnte, er werde weiteren Code veröffentlichen. Die "
        "Firmen könnten sich in einer schwierigen Situation wiederfinden. Sie sind sich "
        "bewusst, dass die DVD nicht mehr so zugkräftig ist."
    )
    assert resolved_speaker(text, "zugkräftig").name == "Firmen"
