"""The headline check's fourth round: concepts of verbs, reserved headlines matched loosely,
prefixes naming a speaker by a compound, rounded and derived figures, predicative claims, labels
and English forecast nouns (articles written for these tests)."""

from __future__ import annotations

from newsprobe import analyze_text
from newsprobe.claims.units import sentence_views
from newsprobe.eval.headlines import predicted_label
from newsprobe.model import Analysis

WOLF = (
    "Ein Wolf soll in der Nacht zum Samstag im Landkreis Cuxhaven mehrere Schafe gerissen "
    "haben. Das teilte ein Schäfer mit.\n\nDas Umweltministerium will nun eine DNA-Probe "
    "auswerten lassen."
)
FLOOD = (
    "Nach tagelangem Regen ist die Elbe in Dresden über die Marke von sechs Metern gestiegen.\n\n"
    "Meteorologen rechnen damit, dass der Pegel bis Dienstag weiter steigt."
)


def _check(headline: str, body: str, lang: str = "de") -> Analysis:
    return analyze_text(f"{headline}\n\n{body}", lang=lang)


def _verdict(headline: str, body: str, lang: str = "de") -> str:
    return predicted_label(_check(headline, body, lang))


def test_a_verb_is_not_read_as_a_compound_but_keeps_its_particle_verb() -> None:
    # "abschießen" is no compound of "essen" (a food concept would make the verb vanish and
    # the wolf and the place alone back the shooting)
    assert _verdict("Wolf bei Cuxhaven abgeschossen", WOLF) == "unsupported"
    # ... while a particle verb keeps the concept of its verb ("weitersteigen" ~ "steigen")
    assert _verdict("Elbe-Pegel steigt bis Dienstag weiter", FLOOD) == "overstated"


BUILDING = (
    "Im vergangenen Jahr wurden in Sachsen 14.200 Wohnungen fertiggestellt, ein Viertel "
    "weniger als im Jahr davor. Das teilte das Landesamt für Statistik mit.\n\n"
    "Die Bauwirtschaft macht vor allem die gestiegenen Zinsen verantwortlich."
)


def test_a_prefix_names_its_speaker_by_a_compound_head() -> None:
    analysis = _check("Bauwirtschaft: Hohe Zinsen bremsen den Wohnungsbau", BUILDING)
    finding = analysis.findings[0]
    assert any(c.type == "attribution" and c.text == "Bauwirtschaft" for c in finding.cues)


def test_an_attributed_headline_is_backed_by_its_speakers_claim_in_other_words() -> None:
    analysis = _check("Bauwirtschaft: Hohe Zinsen bremsen den Wohnungsbau", BUILDING)
    finding = analysis.findings[0]
    assert finding.verdict.value == "supported"
    # the evidence is the speaker's sentence, not the statistics
    assert finding.evidence and finding.evidence[0].text.startswith("Die Bauwirtschaft macht")
    # stated as fact, the same words are not the outlet's to claim
    assert _verdict("Hohe Zinsen bremsen den Wohnungsbau", BUILDING) != "supported"


def test_a_whole_figure_covers_the_decimal_it_rounds_but_not_another_whole_one() -> None:
    from newsprobe.claims.numbers import quantities

    class T:
        def __init__(self, text: str) -> None:
            self.text = text

    def q(text: str):  # type: ignore[no-untyped-def]
        return quantities([T(w) for w in text.split()], "de")[0]

    assert q("58 Prozent").covers(q("58,3 Prozent"))
    assert not q("58 Prozent").covers(q("59 Prozent"))
    assert not q("58 Prozent").covers(q("58,7 Prozent"))
    assert not q("zehn Tote").covers(q("elf Tote"))


PRICES = (
    "Der Streamingdienst Lumo erhöht zum 1. Mai seine Preise. Das Basis-Abo kostet dann "
    "9,49 Euro statt bisher 6,49 Euro im Monat, wie das Unternehmen mitteilte."
)


def test_a_change_in_the_headline_meets_the_difference_of_two_figures() -> None:
    assert _verdict("Lumo verlangt drei Euro mehr für das Basis-Abo", PRICES) == "supported"
    # a level is not a change, nor another difference
    assert _verdict("Lumo verlangt fünf Euro mehr für das Basis-Abo", PRICES) == "unsupported"


CAMPAIGN = (
    "Die Staatsanwaltschaft Kiel ermittelt gegen den Landrat Peter Hansen wegen Untreue. "
    "Hansen wies die Vorwürfe am Montag zurück und sprach von einer Kampagne gegen ihn."
)


def test_a_copula_clause_needs_its_predicative_matched() -> None:
    # the investigation is stated, that it is a campaign only the accused says
    assert _verdict("Ermittlungen gegen Hansen sind eine Kampagne", CAMPAIGN) == "overstated"
    assert _verdict("Ermittlungen gegen Landrat Hansen", CAMPAIGN) == "supported"


RATES = (
    "The Bank of England raised its base rate to 5.25 percent on Thursday, the fourteenth "
    "rise in a row. Governor Andrew Bailey said inflation was still too high."
)
PAY = (
    "Die Beschäftigten der Chemieindustrie in Hessen haben dem neuen Tarifvertrag "
    "zugestimmt. 81 Prozent votierten in einer Urabstimmung dafür."
)


def test_label_phrases_make_a_label_whatever_else_the_headline_has() -> None:
    assert _verdict("Zahlen und Fakten zur Chemieindustrie", PAY) == "not_a_claim"
    assert _verdict("Bank of England rates explained", RATES, "en") == "not_a_claim"
    assert _verdict("Rate rise: what you need to know", RATES, "en") == "not_a_claim"
    assert _verdict("Bank of England raises rates again", RATES, "en") == "supported"


def test_a_separated_particle_makes_a_verb_not_a_label() -> None:
    assert _verdict("Chemie-Beschäftigte stimmen Tarifvertrag zu", PAY) == "supported"


CHIPS = (
    "Shares in the Dutch chipmaker Velmar fell by 11 percent on Tuesday after the company cut "
    "its sales forecast for the year. Demand from carmakers had weakened, it said."
)


def test_a_forecast_noun_as_object_is_no_forecast() -> None:
    # the cut is stated; "its sales forecast" is what was cut, not a forecast of the fall
    assert _verdict("Velmar shares drop 11% after profit warning", CHIPS, "en") == "supported"
    # a forecast as predicate still is one
    body = "Analysts forecast that Velmar shares will fall by 11 percent this year."
    assert _verdict("Velmar shares fall 11%", body, "en") == "overstated"


BRIBE = (
    "Die Staatsanwaltschaft Bonn ermittelt gegen den Landrat von Euskirchen, Tobias Wendt. "
    "Er steht im Verdacht, bei der Vergabe eines Auftrags Geld angenommen zu haben."
)
APPEAL = (
    "Das Landgericht Bochum hat zwei Männer wegen eines Überfalls auf einen Juwelier zu "
    "Haftstrafen verurteilt.\n\nDie Verteidigung kündigte an, Revision einzulegen. Die "
    "Verbraucherzentrale erwägt eine Klage gegen den Versicherer."
)


def test_an_accusation_compound_in_the_headline_reports_the_suspicion() -> None:
    assert _verdict("Bestechungsverdacht gegen Euskirchener Landrat", BRIBE) == "supported"
    assert _verdict("Euskirchener Landrat nahm Geld an", BRIBE) == "overstated"


def test_appeal_and_consideration_paraphrases_and_a_considered_step_is_no_deed() -> None:
    assert _verdict("Verteidiger wollen Urteil anfechten", APPEAL) == "supported"
    assert _verdict("Verbraucherzentrale prüft Klage gegen Versicherer", APPEAL) == "supported"
    assert _verdict("Verbraucherzentrale verklagt Versicherer", APPEAL) == "overstated"


DEAL = (
    "Die Beschäftigten der Druckindustrie in Bayern haben dem neuen Tarifvertrag zugestimmt. "
    "Die Arbeitgeber sprechen von einem teuren Kompromiss, der Arbeitsplätze kosten werde."
)


def test_a_future_auxiliary_keeps_no_interested_judgement_a_plan() -> None:
    # only the employers say so, as a prediction: stated as fact it is overstated
    assert _verdict("Tarifabschluss kostet Arbeitsplätze", DEAL) == "overstated"


def test_a_noun_in_a_prepositional_phrase_after_the_copula_is_no_predicative() -> None:
    from newsprobe.claims.matcher import LexicalMatcher

    analysis = _check("Hohe Zinsen sind schuld an der Flaute im Wohnungsbau", BUILDING)
    index = LexicalMatcher().index(analysis, analysis.claims)
    index.support(analysis.findings[0])  # builds the index
    head = analysis.blocks[0]
    keys = index.keys(head.start, head.end)  # type: ignore[attr-defined]
    assert "flaute" not in keys.verbs and "wohnungsbau" not in keys.verbs


def test_blame_paraphrases_and_an_industry_blaming_is_an_interested_party() -> None:
    # "schuld sein an" ~ "verantwortlich machen"; only the building industry says so
    analysis = _check("Hohe Zinsen sind schuld an der Flaute im Wohnungsbau", BUILDING)
    finding = analysis.findings[0]
    assert finding.verdict.value == "overstated"
    assert finding.evidence[0].text.startswith("Die Bauwirtschaft macht")


SUEZ = (
    "A cargo ship ran aground in the Suez Canal on Tuesday, blocking traffic in both "
    "directions for several hours, the canal authority said."
)


def test_an_english_participle_before_its_noun_is_no_verb() -> None:
    from newsprobe.claims.concepts import concepts
    from newsprobe.claims.verbs import english_verb

    analysis = _check("Stranded freighter halts Suez Canal traffic", SUEZ, "en")
    view = sentence_views(analysis)[0]
    verbs = concepts("en").verbs
    found = [t.text for k, t in enumerate(view.toks) if english_verb(view.toks, k, verbs)]
    assert "Stranded" not in found
    assert _verdict("Stranded freighter halts Suez Canal traffic", SUEZ, "en") == "supported"


CRASH = (
    "Bei einem Busunfall auf der A7 bei Kassel wurden am Sonntag drei Menschen schwer und 14 "
    "leicht verletzt, wie die Polizei mitteilte."
)


def test_an_exact_figure_meets_the_sum_of_its_parts_but_not_a_vague_one() -> None:
    assert _verdict("17 Verletzte bei Busunfall auf der A7", CRASH) == "supported"
    assert _verdict("20 Verletzte bei Busunfall auf der A7", CRASH) == "unsupported"
    body = "Bei einem Brand in Kassel wurden 120 Wohnungen zerstört und 90 beschädigt."
    # "Hunderte" is not a total the body gives
    assert _verdict("Brand in Kassel zerstört Hunderte Wohnungen", body) == "unsupported"
