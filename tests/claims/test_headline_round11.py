"""Round 11 of the headline check: a place name holds no concept of its compound head, an act
only a hedged sentence names by pronoun, proposals and recommendations decide nothing, a
warning in the future of reported speech, risk verbs in the body (texts written for these
tests)."""

from __future__ import annotations

from newsprobe.api import analyze_text
from newsprobe.claims.backing import weigh
from newsprobe.claims.matcher import LexicalMatcher
from newsprobe.claims.stance import Weight
from newsprobe.training.gold import predicted_label


def _label(headline: str, body: str, lang: str = "de") -> str:
    return predicted_label(analyze_text(f"{headline}\n\n{body}", lang=lang))


def _weight(body: str, sentence_start: str, lang: str = "de") -> Weight:
    analysis = analyze_text(body, lang=lang)
    claim = next(c for c in analysis.claims if c.text.startswith(sentence_start))
    return weigh(analysis, claim, "sources" in analysis.components).weight


# -- a name is no compound -------------------------------------------------------------------
def test_a_place_name_carries_no_concept_of_its_compound_head() -> None:
    # "Neuenbergen" ends in "bergen" (to rescue): read as a compound, every sentence naming
    # the town would share a predicate with a headline naming it; a common noun still is one
    analysis = analyze_text(
        "Neuenbergen baut eine neue Schule.\n\nDie Seenotrettung von Neuenbergen übte am Montag.",
        lang="de",
    )
    index = LexicalMatcher().index(analysis, analysis.claims)
    town, rescue = (
        next(c for c in analysis.claims if c.text.startswith(start))
        for start in ("Neuenbergen baut", "Die Seenotrettung")
    )
    index.support(town)  # builds the index
    assert "~rescue" not in index.keys(town.start, town.end).weights
    assert "~rescue" in index.keys(rescue.start, rescue.end).weights


# -- an act only a hedged sentence names, its doer by pronoun ---------------------------------
MESSER = (
    "Bei einer Messerattacke in der Altstadt von Bamberg sind in der Nacht zum Sonntag zwei "
    "Männer verletzt worden. Ein 22-Jähriger soll nach einem Streit vor einer Diskothek auf die "
    "beiden eingestochen haben, teilte die Polizei mit. Er wurde kurz darauf festgenommen."
)


def test_the_doer_only_a_hedged_sentence_names_is_overstated_as_fact() -> None:
    # the strong sentence matches better (attack, two men, Bamberg); only the hedged one
    # names the 22-year-old, by words no strong backing has
    assert _label("22-Jähriger sticht in Bamberg zwei Männer nieder", MESSER) == "overstated"
    assert _label("Zwei Verletzte bei Messerattacke in Bamberg", MESSER) == "supported"
    assert _label("22-Jähriger soll in Bamberg zwei Männer niedergestochen haben", MESSER) == (
        "supported"
    )


# -- proposals and recommendations --------------------------------------------------------------
PARKING = (
    "The mayor of the Portuguese city of Porto has proposed a parking charge of 5 euros a day "
    "for cars entering the historic centre. The city council will vote on the plan in March."
)


def test_a_proposal_reported_as_done_is_overstated() -> None:
    assert _label("Porto introduces parking charge", PARKING, "en") == "overstated"
    assert _label("Porto mayor proposes parking charge", PARKING, "en") == "supported"


def test_a_recommendation_is_a_plan_not_a_fact() -> None:
    body = (
        "Eine Expertenkommission hat der Landesregierung empfohlen, die Grundschulen im Kreis "
        "Wittenfeld zusammenzulegen. Die Regierung will bis zum Sommer entscheiden."
    )
    assert _weight(body, "Eine Expertenkommission").value == Weight.STRONG.value
    assert _label("Grundschulen im Kreis Wittenfeld werden zusammengelegt", body) == "overstated"
    assert _label("Kommission empfiehlt Fusion der Grundschulen in Wittenfeld", body) == (
        "supported"
    )


# -- a warning in the future of reported speech ----------------------------------------------
def test_a_warning_with_would_is_a_forecast() -> None:
    body = (
        "The city of Bruges plans a fee for coach tours. Tour operators warned that the fee "
        "would drive coach tours to other cities."
    )
    assert _weight(body, "Tour operators", "en") is Weight.FORECAST
    assert _label("Coach fee drives tours away from Bruges", body, "en") == "overstated"


# -- risk verbs in the body ----------------------------------------------------------------------
def test_a_risk_verb_weighs_as_a_forecast_a_threat_someone_makes_does_not() -> None:
    body = (
        "Dem Autozulieferer Karsten aus Zwickau droht die Insolvenz. "
        "Die Gewerkschaft droht mit Streiks."
    )
    assert _weight(body, "Dem Autozulieferer") is Weight.FORECAST
    assert _weight(body, "Die Gewerkschaft") is not Weight.FORECAST
    assert _label("Autozulieferer Karsten ist insolvent", body) != "supported"


# -- an accusation with the headline's figure ---------------------------------------------------
def test_an_act_stated_in_other_words_over_an_accusation_with_its_figure_is_overstated() -> None:
    # only the loose match finds the accusation: the headline's act ("stole") is its own word
    body = (
        "A former finance director of the charity Brightpath Trust has been charged with fraud "
        "after an audit found that about £400,000 was missing from its accounts, Essex Police "
        "said on Friday. The 58-year-old man is due to appear before magistrates next week."
    )
    headline = "Charity finance director stole £400,000 from Brightpath Trust"
    assert _label(headline, body, "en") == "overstated"
    assert _label("Former Brightpath finance director charged with fraud", body, "en") == (
        "supported"
    )


# -- known misreads: "states" as a noun, a threat someone makes ------------------------------
def test_states_after_an_adjective_is_a_noun_not_a_verb_of_saying() -> None:
    body = (
        "Forecasters expect strong tornadoes to hit several central states on Friday, the "
        "National Weather Service said. Residents in Kansas were told to prepare shelters."
    )
    # read as "states" (says), the headline would keep the forecast's reserve
    assert _label("Tornadoes hit central states", body, "en") == "overstated"
    assert _label("Forecasters expect tornadoes in central states", body, "en") == "supported"


def test_a_threatened_step_reported_as_taken_is_overstated() -> None:
    body = (
        "Dem Autozulieferer Karsten aus Zwickau droht die Insolvenz. Rund 800 Beschäftigte "
        "sind betroffen.\n\nDie IG Metall droht mit Protesten, falls Stellen gestrichen werden."
    )
    assert _label("IG Metall protestiert gegen Stellenabbau bei Karsten", body) == "overstated"
    assert _label("IG Metall droht mit Protesten bei Karsten", body) == "supported"


# -- "soll" as plan vs report ------------------------------------------------------------------
def test_a_headlines_soll_over_a_reportative_soll_keeps_its_reserve() -> None:
    body = (
        "Der Maschinenbauer Hellwig aus Bielefeld soll vor dem Verkauf an einen chinesischen "
        "Investor stehen. Das Unternehmen wollte sich zu den Informationen nicht äußern."
    )
    assert _label("Hellwig soll an Investor aus China gehen", body) == "supported"
    assert _label("Hellwig wird an Investor aus China verkauft", body) == "overstated"


# -- an "X: …" prefix naming who stands before a verb of saying ------------------------------
def test_a_prefix_naming_the_subject_of_a_verb_of_saying_is_an_attribution() -> None:
    from newsprobe.claims.stance import read_headline
    from newsprobe.model import Span

    body = (
        "Die Bundesregierung erhöht die Förderung für neue Heizungen in Mietshäusern um 500 "
        "Millionen Euro. Der Vermieterverband Haus & Hof nannte die Erhöhung „völlig "
        "unzureichend“."
    )
    analysis = analyze_text(
        f"Haus & Hof: Heizungsförderung völlig unzureichend\n\n{body}", lang="de"
    )
    finding = analysis.findings[0]
    reading = read_headline(analysis, Span.of(analysis.text, finding.start, finding.end))
    assert reading.prefix is not None and reading.prefix.kind == "attribution"
    assert reading.prefix.span.text == "Haus & Hof"
