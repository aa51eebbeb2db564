"""Round 8 of the headline check: how far a backing's reserve reaches, headlines that keep it,
judgements and a party's verdicts stated as fact, plans reported as begun (texts written for
these tests)."""

from __future__ import annotations

import pytest

from newsprobe.api import analyze_text
from newsprobe.claims import headline_scope, overreach
from newsprobe.training.gold import predicted_label


def _label(headline: str, body: str, lang: str) -> str:
    return predicted_label(analyze_text(f"{headline}\n\n{body}", lang=lang))


# -- a cue's reach ---------------------------------------------------------------------------
WARNING = (
    "The weather service issued a red warning for heavy rain in Cornwall on Tuesday and said "
    "roads could flood overnight. Schools in the county will stay open."
)


def test_a_hedge_in_a_coordinate_clause_leaves_the_other_clause_alone() -> None:
    assert _label("Weather service issues red rain warning for Cornwall", WARNING, "en") == (
        "supported"
    )
    # ... but the clause it stands in is still hedged
    assert _label("Cornwall roads flood overnight", WARNING, "en") == "overstated"


SHARES = (
    "Shares in the drone maker Skyvale fell 14 percent on Thursday after an analyst accused "
    "the company of hiding losses. Skyvale did not comment."
)


def test_an_accusation_in_an_after_clause_does_not_reach_the_main_clause() -> None:
    assert _label("Skyvale shares fall 14 percent", SHARES, "en") == "supported"
    assert _label("Skyvale hid losses", SHARES, "en") != "supported"


RAID = (
    "Bei einer Razzia gegen mutmaßliche Drogenhändler haben Polizisten am Mittwoch in Kiel "
    "zwölf Wohnungen durchsucht. Drei Männer wurden festgenommen, teilte die Polizei mit."
)


def test_a_suspicion_adjective_on_a_noun_the_headline_lacks() -> None:
    assert _label("Polizei durchsucht zwölf Wohnungen in Kiel", RAID, "de") == "supported"
    # the headline that reports the raid keeps the suspicion it rests on
    assert _label("Razzia gegen Drogenhändler in Kiel", RAID, "de") == "supported"


ARREST = (
    "Police in Bristol have arrested a 17-year-old boy on suspicion of robbery after a "
    "shop in the city centre was raided on Friday night. He remains in custody."
)


def test_a_headline_that_reports_the_procedure_keeps_the_suspicion() -> None:
    assert _label("Teenager arrested after Bristol shop raid", ARREST, "en") == "supported"
    assert headline_scope.names_procedure(
        analyze_text("Teenager held after raid", lang="en").tokens
    )
    assert not headline_scope.names_procedure(
        analyze_text("Teenager robbed Bristol shop", lang="en").tokens
    )


CHARGED = (
    "A man has been charged with murder after a woman was found dead in a house in "
    "Sheffield, South Yorkshire Police said on Monday. He will appear in court on Tuesday."
)


def test_a_charge_before_an_after_clause_is_what_backs_the_act() -> None:
    assert _label("Man murdered woman in Sheffield house", CHARGED, "en") == "overstated"
    assert _label("Man charged with murder of Sheffield woman", CHARGED, "en") == "supported"


# -- a plan or future the headline keeps -------------------------------------------------
BRIDGE = (
    "Die Brücke über die Lahn in Gießen bleibt bis voraussichtlich Ende Juni gesperrt. "
    "Fußgänger können eine Behelfsbrücke nutzen."
)


def test_a_planned_future_keeps_an_unattributed_expectation() -> None:
    assert _label("Lahnbrücke soll bis Ende Juni gesperrt bleiben", BRIDGE, "de") == "supported"
    assert headline_scope.expected_only([_cue("voraussichtlich")])
    assert not headline_scope.expected_only([_cue("soll")])


def _cue(text: str):  # type: ignore[no-untyped-def]
    from newsprobe.model import Cue

    return Cue(start=0, end=len(text), text=text, type="hedge")


# -- judgements and a party's verdicts stated as fact --------------------------------------
DEMAND = (
    "Die Gewerkschaft fordert für die Beschäftigten der Stadtwerke acht Prozent mehr Lohn. "
    "Die Arbeitgeber halten die Forderung für überzogen und haben drei Prozent angeboten."
)


def test_a_judging_frame_under_a_headline_that_drops_the_judge() -> None:
    assert _label("Lohnforderung der Gewerkschaft ist überzogen", DEMAND, "de") == "overstated"
    assert _label("Arbeitgeber halten Lohnforderung für überzogen", DEMAND, "de") == "supported"


BREACH = (
    "Der Onlinehändler Kaufnett ist Ziel eines Hackerangriffs geworden. Zahlungsdaten "
    "seien zu keinem Zeitpunkt in Gefahr gewesen, sagte ein Unternehmenssprecher am Freitag."
)


def test_a_party_s_verdict_on_its_own_safety_is_its_own_assessment() -> None:
    assert _label("Zahlungsdaten bei Kaufnett nicht in Gefahr", BREACH, "de") == "overstated"
    assert _label("Kaufnett-Sprecher: Zahlungsdaten nicht in Gefahr", BREACH, "de") == "supported"


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("its contracts complied with the law", "en", True),
        ("die Vorwürfe seien haltlos", "de", True),
        ("the company opened a factory", "en", False),
        ("the company said safety checks were made", "en", False),
        ("neue Vorschriften gelten ab Mai", "de", False),
    ],
)
def test_verdict_words(text: str, lang: str, found: bool) -> None:
    toks = analyze_text(text, lang=lang).tokens
    assert bool(overreach.effect_words(toks)) is found


DENIAL = (
    "Der Lieferdienst Flinko hat Vorwürfe über schlechte Arbeitsbedingungen zurückgewiesen: "
    "Man halte sich an alle Vorschriften, sagte eine Sprecherin am Dienstag."
)


def test_a_defence_stays_a_party_s_claim() -> None:
    assert _label("Flinko hält sich an alle Vorschriften", DENIAL, "de") == "overstated"


# -- a plan reported as begun --------------------------------------------------------------
PRICES = (
    "Der Versorger Weststrom will die Strompreise senken. Ab dem 1. März sollen Kunden im "
    "Grundtarif rund fünf Prozent weniger zahlen, teilte das Unternehmen am Mittwoch mit."
)


def test_a_headline_that_says_the_plan_has_begun() -> None:
    assert _label("Weststrom-Kunden zahlen seit März weniger", PRICES, "de") == "overstated"
    assert _label("Weststrom-Kunden sollen ab März weniger zahlen", PRICES, "de") == "supported"


PLANT = (
    "Der Energieversorger Rheinwatt hat angekündigt, das Gaskraftwerk in Neuss 2029 "
    "stillzulegen. Rund 80 Beschäftigte sollen in anderen Anlagen arbeiten."
)


def test_a_year_before_the_plan_s_verb_is_a_later_target() -> None:
    assert _label("Gaskraftwerk in Neuss geht vom Netz", PLANT, "de") == "overstated"
    assert _label("Rheinwatt will Gaskraftwerk in Neuss 2029 stilllegen", PLANT, "de") == (
        "supported"
    )


def test_a_negated_risk_in_the_headline_is_no_reserve() -> None:
    from newsprobe.claims.stance import Stance, headline_stance, read_headline
    from newsprobe.model import ClaimStatus, Span

    text = "Anwohner nicht in Gefahr\n\nEs gab keine Gefahr für Anwohner."
    analysis = analyze_text(text, lang="de")
    span = Span.of(analysis.text, 0, len("Anwohner nicht in Gefahr"))
    stance, _ = headline_stance(analysis, span, ClaimStatus.ASSERTED, read_headline(analysis, span))
    assert stance is Stance.FACT


APPEAL = (
    "Das Landgericht Kassel hat einen 52-Jährigen wegen Betrugs zu drei Jahren Haft verurteilt. "
    "Sein Verteidiger kündigte an, gegen das Urteil Revision einzulegen: Es sei ein "
    "„klares Fehlurteil“, sagte er."
)
FORECAST = (
    "The battery maker Voltara lost 40 million euros in the third quarter. Its chief executive "
    "said the company will make up the shortfall next year thanks to new orders."
)


def test_a_party_is_the_authority_on_its_own_plan_not_on_its_forecast() -> None:
    assert _label("Verteidiger will Revision gegen Kasseler Urteil einlegen", APPEAL, "de") == (
        "supported"
    )
    # a future is no intention: the rule leaves such a claim alone
    forecast = analyze_text(FORECAST, lang="en")
    said = next(c for c in forecast.claims if "shortfall" in c.text)
    assert not headline_scope.intends(forecast, said)
    appeal = analyze_text(APPEAL, lang="de")
    plan = next(c for c in appeal.claims if "Revision" in c.text)
    assert headline_scope.intends(appeal, plan)


RULE = (
    "In den Bussen und Bahnen des Verkehrsverbunds Mittelland gilt seit Montag ein "
    "Alkoholverbot. Der Verbund hatte das Verbot im Herbst beschlossen."
)


def test_a_decision_in_force_is_no_plan_reported_as_begun() -> None:
    assert _label("Alkoholverbot in Mittelland-Bussen gilt seit Montag", RULE, "de") == (
        "supported"
    )
    toks = analyze_text("Ab dem 1. März sollen Kunden weniger zahlen.", lang="de").tokens
    assert overreach.ahead(toks)
    toks = analyze_text("Der Verbund hatte das Verbot beschlossen.", lang="de").tokens
    assert not overreach.ahead(toks)


def test_the_rule_that_called_a_clause_overstated_is_a_feature() -> None:
    from newsprobe.claims.headline import HeadlineCheckComponent
    from newsprobe.claims.headline_model import FEATURES
    from newsprobe.options import Options

    seen: list[tuple[str, dict[str, float]]] = []
    check = HeadlineCheckComponent(model=None)
    check.record = lambda clause, values: seen.append((clause.verdict.value, values))
    analysis = analyze_text(f"Lohnforderung der Gewerkschaft ist überzogen\n\n{DEMAND}", lang="de")
    check(analysis, Options())
    assert seen and seen[0][0] == "overstated"
    assert seen[0][1].get("rule_opinion") == 1.0
    assert "rule_opinion" in FEATURES and "rule_strong" not in FEATURES
