"""Round 17 of the headline check: evidence found for paraphrases — a verb in "-ieren" and its
noun ("trainiert" ~ "das Training"), a compound split in the body ("Versuchsmäuse" ~ "Versuchen
an Mäusen"), a counted noun in the dative plural ("mit 90 Einsatzkräften") and a figure whose
counted concept stands elsewhere in the sentence ("Die Feuerwehr war mit 90 Einsatzkräften vor
Ort" backs "80 Feuerwehrleute").  Texts written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

from newsprobe import analyze_text
from newsprobe.claims.concepts import concepts
from newsprobe.claims.headline import HeadlineCheckComponent
from newsprobe.claims.match_keys import Keys
from newsprobe.claims.matcher import _LexicalIndex
from newsprobe.claims.similarity import stems
from newsprobe.model import FindingVerdict
from newsprobe.options import Options


def _verdict(headline: str, body: str) -> FindingVerdict:
    analysis = analyze_text(headline + "\n\n" + body, lang="de")
    HeadlineCheckComponent(model=None)(analysis, Options())
    return analysis.findings[0].verdict


def test_a_verb_in_ieren_and_its_noun_share_a_stem() -> None:
    assert stems("trainieren") & stems("training")
    assert stems("demonstrieren") & stems("demonstration")
    assert stems("investieren") & stems("investition")
    assert not stems("regieren") & stems("regen")  # a stem keeps 5+ letters


def test_a_compound_head_meets_the_word_inflected_otherwise() -> None:
    have = Keys()
    have.add("maus", 1.0)
    have.add("versuch", 1.0)
    have.seal()
    assert have.match("versuchsmause") == "maus"
    other = Keys()
    other.add("katze", 1.0)
    assert other.seal().match("versuchsmause") is None


FIRE = (
    "Ein Scheunenbrand hat in der Nacht zum Montag in Lindau einen Schaden von mehreren "
    "hunderttausend Euro angerichtet. Die Feuerwehr war mit mehr als {n} Einsatzkräften vor "
    "Ort. Verletzt wurde niemand."
)
FIRE_HEADLINE = "Mehr als 80 Feuerwehrleute bei Scheunenbrand in Lindau"


def test_a_figure_counts_the_concept_its_sentence_names() -> None:
    assert _verdict(FIRE_HEADLINE, FIRE.format(n=90)) is FindingVerdict.SUPPORTED


def test_the_figure_must_still_fit() -> None:
    assert _verdict(FIRE_HEADLINE, FIRE.format(n=50)) is not FindingVerdict.SUPPORTED


COACH = (
    "Der Fußball-Regionalligist Borussia Hagen hat sich am Dienstag von Trainer Jens Vollmer "
    "getrennt. Bis auf Weiteres {what} Co-Trainer Marek Kowalski. Ein Nachfolger soll bis zur "
    "Winterpause gefunden werden."
)
COACH_HEADLINE = "Kowalski trainiert Borussia Hagen vorerst"


def test_a_verb_is_backed_by_its_noun() -> None:
    said = COACH.format(what="übernimmt das Training")
    assert _verdict(COACH_HEADLINE, said) is FindingVerdict.SUPPORTED


def test_the_noun_of_another_act_backs_nothing() -> None:
    said = COACH.format(what="übernimmt die Pressearbeit")
    assert _verdict(COACH_HEADLINE, said) is FindingVerdict.UNSUPPORTED


ROAD = (
    "Bei einem Unfall auf der B27 bei Tübingen sind am Montagmorgen zwei Lastwagen "
    "zusammengestoßen. Ein Fahrer wurde leicht verletzt. {closed} war für rund vier Stunden "
    "gesperrt."
)
ROAD_HEADLINE = "B27 nach Unfall stundenlang gesperrt"


def test_a_description_stands_for_the_name_the_lead_gives() -> None:
    said = ROAD.format(closed="Die Straße")
    assert _verdict(ROAD_HEADLINE, said) is FindingVerdict.SUPPORTED


def test_a_sentence_naming_something_else_does_not() -> None:
    said = ROAD.format(closed="Auch die Landstraße nach Reutlingen")
    assert _verdict(ROAD_HEADLINE, said) is not FindingVerdict.SUPPORTED


FLOOD = (
    "Nach tagelangem Regen hat die Lahn am Sonntag die Altstadt von Wetzlar überflutet. "
    "Die Feuerwehr pumpte Keller leer, verletzt wurde niemand."
)


def test_a_verb_takes_the_concept_of_its_intensified_form() -> None:
    assert _verdict("Lahn flutet Wetzlarer Altstadt", FLOOD) is FindingVerdict.SUPPORTED


def test_a_prefix_that_makes_another_act_is_not_read_off() -> None:
    index = SimpleNamespace(concepts=concepts("de"))
    assert _LexicalIndex._prefixed_concepts(index, "fluten") == (("flood", ("fluten",)),)  # type: ignore[arg-type]
    # "zusprechen" (award) is another act than "sprechen"
    assert _LexicalIndex._prefixed_concepts(index, "sprechen") == ()  # type: ignore[arg-type]


def test_a_raid_is_a_search() -> None:
    body = (
        "Ermittler haben am Dienstag die Geschäftsräume einer Baufirma in Cottbus durchsucht. "
        "Die Staatsanwaltschaft wirft dem Unternehmen Betrug vor."
    )
    assert _verdict("Razzia bei Baufirma in Cottbus", body) is FindingVerdict.SUPPORTED


YOUTH = (
    "Ein 17-Jähriger ist am Freitagabend in Kiel von einem Auto erfasst und schwer verletzt "
    "worden. Der Fahrer flüchtete."
)


def test_a_teenager_by_age_is_a_youth() -> None:
    body = YOUTH.replace("schwer", "lebensgefährlich")
    assert _verdict("Jugendlicher schwer verletzt", body) is FindingVerdict.SUPPORTED


def test_the_age_still_counts() -> None:
    assert _verdict("16-Jähriger in Kiel schwer verletzt", YOUTH) is FindingVerdict.UNSUPPORTED
    assert _verdict("17-Jähriger in Kiel schwer verletzt", YOUTH) is FindingVerdict.SUPPORTED


def test_a_figure_counts_a_compound_of_its_short_noun() -> None:
    body = (
        "Bei einer Razzia gegen eine Schleuserbande haben Ermittler am Mittwoch in fünf "
        "Bundesländern Wohnungen durchsucht. Vier Männer wurden festgenommen."
    )
    assert _verdict("Ermittler durchsuchen Wohnungen in fünf Ländern", body) is (
        FindingVerdict.SUPPORTED
    )
    fewer = body.replace("fünf", "drei")
    assert _verdict("Ermittler durchsuchen Wohnungen in fünf Ländern", fewer) is not (
        FindingVerdict.SUPPORTED
    )


def _concept_keys(text: str, lang: str) -> set[str]:
    from newsprobe.claims.matcher import LexicalMatcher

    analysis = analyze_text(text, lang=lang)
    index = LexicalMatcher().index(analysis, analysis.claims)
    assert isinstance(index, _LexicalIndex)
    index._ready()
    return {k for k in index.keys(0, len(text)).weights if k[:1] == "~"}


def test_a_word_a_phrase_reads_is_the_phrase_s() -> None:
    cut = _concept_keys("Thousands of homes in Aberdeen lose power after the storm.", "en")
    assert "~power_cut" in cut and "~lose" not in cut
    assert "~lose" in _concept_keys("The club in Aberdeen lost the cup final on Saturday.", "en")
