"""Round 9 of the headline check: evidential verbs with no speaker, suppositions, a party's
partial quote stated as fact, predictions in reported speech, separated forecast verbs,
"no reports of …", the headline's own possibility (texts written for these tests)."""

from __future__ import annotations

from newsprobe.api import analyze_text
from newsprobe.claims.saying import uncredited
from newsprobe.claims.stance import headline_stance, read_headline
from newsprobe.model import Token
from newsprobe.training.gold import predicted_label


def _label(headline: str, body: str, lang: str) -> str:
    return predicted_label(analyze_text(f"{headline}\n\n{body}", lang=lang))


def _stance(headline: str, lang: str) -> str:
    body = "Ein Satz folgt hier." if lang == "de" else "Another sentence follows here."
    analysis = analyze_text(f"{headline}\n\n{body}", lang=lang)
    claim = analysis.claims[0]
    return headline_stance(analysis, claim, claim.status, read_headline(analysis, claim))[0].value


# -- evidential verbs --------------------------------------------------------------------------
def test_an_evidential_verb_with_no_speaker_states_the_claim() -> None:
    assert _stance("Harbour water is clean, tests show", "en") == "fact"
    assert _stance("Pay rise shows the strike worked", "en") == "fact"
    # a speaker or a study before the verb is credited with it
    assert _stance("Study finds link between noise and sleep", "en") == "attributed"
    assert _stance("Studie zeigt Zusammenhang zwischen Lärm und Schlaf", "de") == "attributed"
    # data and statistics are a document source
    assert _stance("Twelve ships wait offshore, tracking data shows", "en") == "attributed"


def test_uncredited_keeps_verbs_of_saying_and_credited_evidence() -> None:
    toks = [Token(start=i, end=i + 1, text=w) for i, w in enumerate(["tests", "show", "it"])]
    assert uncredited(toks, [1], lambda before: False) == [1]
    assert uncredited(toks, [1], lambda before: True) == []
    said = [Token(start=i, end=i + 1, text=w) for i, w in enumerate(["union", "says", "it"])]
    assert uncredited(said, [1], lambda before: False) == []


HARBOUR = (
    "Residents of Portwell say the water in the harbour has smelled of diesel for a week. The "
    "marina operator Baymoor said its tests showed the water was safe to swim in."
)


def test_a_party_vouching_for_itself_is_not_made_strong_by_an_infinitive() -> None:
    # "safe to swim in": the "to" of an adjective is no plan that would keep the claim strong
    assert _label("Portwell harbour water is safe, tests show", HARBOUR, "en") == "overstated"


# -- suppositions ------------------------------------------------------------------------------
FIRE = (
    "A fire destroyed a warehouse in Dunmore on Sunday night, the fire service said. Nobody "
    "was hurt. Detectives believe the fire was started deliberately."
)
BRAND = (
    "Ein Feuer hat in der Nacht zum Sonntag eine Scheune in Altdorf zerstört, teilte die "
    "Feuerwehr mit. Verletzt wurde niemand. Die Ermittler gehen davon aus, dass das Feuer "
    "absichtlich gelegt wurde."
)


def test_a_supposition_hedges_its_backing() -> None:
    assert _label("Fire in Dunmore warehouse started deliberately", FIRE, "en") == "overstated"
    assert _label("Warehouse destroyed by fire in Dunmore", FIRE, "en") == "supported"
    assert _label("Feuer in Altdorfer Scheune absichtlich gelegt", BRAND, "de") == "overstated"
    # the headline that keeps the supposition is supported
    assert _label("Detectives believe Dunmore fire was started deliberately", FIRE, "en") == (
        "supported"
    )


STUDY = (
    "A new study by researchers in Leeds suggests that people who cycle to work may have a "
    "lower risk of heart disease. The study followed 20,000 commuters for ten years."
)


def test_a_hedge_after_a_relative_clause_is_the_main_clauses() -> None:
    assert _label("Cycling to work prevents heart disease", STUDY, "en") == "overstated"


def test_a_changed_risk_is_stated_not_left_open() -> None:
    assert _stance("Cycling cuts heart disease risk", "en") == "fact"
    assert _stance("Cyclists at risk on Leeds roads", "en") == "hedged"


# -- a party's partial quote -----------------------------------------------------------------
MUSEUM = (
    "Das Stadtmuseum Kranich hat im vergangenen Jahr 84.000 Besucher gezählt. Der Eintritt "
    "bleibt im kommenden Jahr unverändert.\n\n"
    "Direktorin Ilse Brand sagte, das Stadtmuseum Kranich sei „ein Magnet für die ganze Region“."
)


def test_a_phrase_only_a_speaker_coins_is_a_judgement() -> None:
    assert _label("Stadtmuseum Kranich ist Magnet für die ganze Region", MUSEUM, "de") == (
        "overstated"
    )
    assert _label("Stadtmuseum Kranich zählt 84.000 Besucher", MUSEUM, "de") == "supported"
    assert _label("Direktorin: Stadtmuseum ist Magnet für die Region", MUSEUM, "de") == (
        "supported"
    )


# -- predictions in reported speech -------------------------------------------------------
FERRY = (
    "The ferry operator Northwave said it would apply for a licence to run a new route "
    "between Hull and Bergen next year. Business groups argued that the route would bring "
    "thousands of tourists to the city."
)


def test_would_is_a_plan_and_argued_a_partys_claim() -> None:
    assert _label("Northwave to apply for Hull-Bergen ferry licence", FERRY, "en") == "supported"
    assert _label("Northwave applies for Hull-Bergen ferry licence", FERRY, "en") == "overstated"
    assert _label("Hull-Bergen ferry brings thousands of tourists", FERRY, "en") == "overstated"


KONJUNKTUR = (
    "Die Ökonomen des Wirtschaftsinstituts in Kiel rechnen für das kommende Jahr mit einem "
    "Wachstum der Exporte von 1,2 Prozent. Im laufenden Jahr waren die Exporte gesunken."
)


def test_a_forecast_verb_apart_from_its_preposition_is_a_forecast() -> None:
    assert _label("Exporte wachsen im kommenden Jahr um 1,2 Prozent", KONJUNKTUR, "de") == (
        "overstated"
    )


# -- no reports, the headline's own possibility ----------------------------------------------
STORM = (
    "A storm with winds of up to 140 kilometres an hour hit the coast of Norfolk on Monday, "
    "the Met Office said. Local health officials said they had no reports of illness "
    "linked to the flooded wells."
)


def test_no_reports_of_something_do_not_say_it_did_not_happen() -> None:
    assert _label("Nobody ill from flooded Norfolk wells", STORM, "en") == "overstated"


LAB = (
    "Forscher der Universität Rostock haben nach eigenen Angaben einen Wirkstoff entdeckt, der "
    "das Wachstum bestimmter Hauttumore bremsen könnte. Die Ergebnisse stammen aus Versuchen "
    "an Zellkulturen."
)


def test_the_headlines_own_possibility_keeps_the_backings_reserve() -> None:
    headline = "Rostocker Forscher entdecken möglichen Wirkstoff gegen Hauttumore"
    assert _label(headline, LAB, "de") == "supported"
    assert _label("Rostocker Wirkstoff bremst Wachstum von Hauttumoren", LAB, "de") == (
        "overstated"
    )


# -- a party's success in its own words -------------------------------------------------------
BAKERY = (
    "Die Großbäckerei Kornfeld hat im dritten Quartal 18 Prozent weniger verdient. Der Konzern "
    "werde seine Jahresziele dennoch erreichen, teilte das Unternehmen mit. Kornfeld "
    "beschäftigt 2.300 Menschen."
)


def test_a_partys_success_is_its_own_word_where_the_headline_states_it() -> None:
    assert _label("Kornfeld erreicht trotz Gewinnrückgang seine Jahresziele", BAKERY, "de") == (
        "overstated"
    )
    assert _label("Kornfeld verdient 18 Prozent weniger", BAKERY, "de") == "supported"


# -- speech acts the lexicon does not count as saying -----------------------------------------
def test_a_named_speakers_vow_doubt_or_blame_is_attributed() -> None:
    assert _stance("Tories vow to scrap Leeds congestion charge", "en") == "attributed"
    assert _stance("Rechnungshof zweifelt an Bremer Steuerplänen", "de") == "attributed"
    assert _stance("Kornfeld-Chef macht Energiekosten für Verlust verantwortlich", "de") == (
        "attributed"
    )
    # not without a speaker: "Hitze macht … zu schaffen" is no speech act
    assert _stance("Doubts grow over Leeds congestion charge", "en") != "attributed"


FINE = (
    "The European Commission fined the software maker Quillon 210 million euros on Tuesday for "
    "abusing its dominant position. Quillon said it would appeal, calling the decision "
    '"deeply unfair".'
)


def test_a_judgement_the_headline_quotes_is_someones() -> None:
    assert _label("Quillon to appeal 'deeply unfair' EU fine", FINE, "en") == "supported"
    assert _label("EU fine for Quillon is deeply unfair", FINE, "en") == "overstated"


AIRPORT = (
    "Dozens of flights at Bristol Airport were cancelled on Friday as baggage handlers joined a "
    "one-day strike called by the Unite union. The airport advised passengers to check their "
    "flights before travelling."
)


def test_a_strike_called_by_a_union_is_no_judgement() -> None:
    assert _label("Strike cancels flights at Bristol Airport", AIRPORT, "en") == "supported"
