"""Round 10 of the headline check: speakers for an organisation named by a compound role noun,
a politician's word in reported speech stated as fact (texts written for these tests)."""

from __future__ import annotations

from newsprobe.api import analyze_text
from newsprobe.training.gold import predicted_label


def _label(headline: str, body: str, lang: str = "de") -> str:
    return predicted_label(analyze_text(f"{headline}\n\n{body}", lang=lang))


# -- a compound role noun speaks for the organisation named before -----------------------------
HANDWERK = (
    "Die Stadt Kassel erhöht zum Jahreswechsel die Gebühren für Parkausweise von Handwerkern "
    "deutlich. Ein Ausweis kostet dann 240 statt 60 Euro im Jahr.\n\n"
    "Der Handwerksverband Nordhessen kritisierte die Erhöhung. Viele kleine Betriebe würden "
    "dadurch erheblich belastet, sagte Landesgeschäftsführer Tobias Rehm."
)


def test_a_compound_role_noun_speaks_for_the_interested_organisation() -> None:
    assert _label("Parkgebühren belasten kleine Handwerksbetriebe erheblich", HANDWERK) == (
        "overstated"
    )
    # the organisation's criticism itself is reported, and the city's decision is a fact
    assert _label("Kassel erhöht Parkgebühren für Handwerker", HANDWERK) == "supported"


# -- a politician's word in reported speech --------------------------------------------------
HAUSHALT = (
    "Der Landtag in Kiel hat am Donnerstag den Haushalt für das kommende Jahr beschlossen. "
    "Finanzministerin Petra Lund sagte, das Land komme damit ohne neue Schulden aus.\n\n"
    "Die Opposition kritisierte den Etat als Luftbuchung."
)


def test_a_politicians_word_in_reported_speech_is_no_fact() -> None:
    assert _label("Schleswig-Holstein kommt ohne neue Schulden aus", HAUSHALT) == "overstated"
    assert _label("Landtag beschließt Haushalt", HAUSHALT) == "supported"
    # the headline that keeps the attribution is supported
    assert _label("Finanzministerin: Land kommt ohne neue Schulden aus", HAUSHALT) == "supported"


def test_a_count_a_politician_reports_is_the_offices_data() -> None:
    body = (
        "Das Sozialministerium in Mainz zieht eine Bilanz seiner Wohngeldreform. Seit Januar "
        "hätten 38.000 Haushalte erstmals Wohngeld erhalten, sagte Sozialministerin Anke "
        "Berger am Montag."
    )
    assert _label("38.000 Haushalte erhalten erstmals Wohngeld", body) == "supported"


# -- a plan reported as done, whatever the headline's nouns ----------------------------------
def test_a_noun_that_folds_like_a_verb_of_considering_is_no_considering() -> None:
    body = (
        "Die Stadt Ulm stellt in der Fußgängerzone 40 neue Abfallbehälter auf. "
        "Bürgermeisterin Eva Roth sagte, die Stadt wolle so den Müll auf den Straßen "
        "deutlich verringern."
    )
    # "Müll" folds to "mull" ("mull over" considers a step): the done act is still overstated
    assert _label("Ulm hat Müll auf den Straßen deutlich verringert", body) == "overstated"
    assert _label("Ulm stellt 40 neue Abfallbehälter auf", body) == "supported"


# -- a ceiling stated as the figure ------------------------------------------------------------
STELLEN = (
    "Der Maschinenbauer Hollmann will in Chemnitz bis zu 600 Stellen abbauen. Das kündigte "
    "Firmenchef Uwe Berg am Mittwoch an. Der Betriebsrat kündigte Widerstand an."
)


def test_a_ceiling_stated_as_the_figure_of_a_done_act_is_overstated() -> None:
    assert _label("Hollmann streicht 600 Stellen in Chemnitz", STELLEN) == "overstated"
    # the headline that keeps the ceiling, or reports the plan, is supported
    assert _label("Hollmann streicht bis zu 600 Stellen in Chemnitz", STELLEN) == "supported"
    assert _label("Hollmann will 600 Stellen in Chemnitz abbauen", STELLEN) == "supported"


def test_capped_reads_a_ceiling_not_an_exact_or_rounded_figure() -> None:
    from newsprobe.claims.overreach import capped
    from newsprobe.claims.stance import tokens_in

    text = "Bis zu 4 Euro pro Nacht\n\nDie Stadt erhebt künftig 4 Euro pro Nacht."
    analysis = analyze_text(text, lang="de")
    headline, body = analysis.claims[0], analysis.claims[1]
    exact = [(body, tokens_in(analysis, body.start, body.end))]
    assert capped(analysis, tokens_in(analysis, headline.start, headline.end), exact) is None
    text = "4 Euro pro Nacht\n\nDie Stadt erhebt künftig bis zu 4 Euro pro Nacht."
    analysis = analyze_text(text, lang="de")
    headline, body = analysis.claims[0], analysis.claims[1]
    ceiling = [(body, tokens_in(analysis, body.start, body.end))]
    cues = capped(analysis, tokens_in(analysis, headline.start, headline.end), ceiling)
    assert cues is not None and [c.text for c in cues] == ["bis zu 4"]


# -- the act only a suspicion states, under strong sentences that share who and what ----------
SPIEGEL = (
    "Die Polizei in Erfurt hat am Sonntag einen 22-Jährigen festgenommen, der in der Altstadt "
    "mehrere Fensterscheiben eingeschlagen haben soll. Nach Angaben der Polizei wurden an "
    "mindestens fünf Geschäften Schäden festgestellt."
)


def test_an_act_only_a_suspicion_states_is_overstated_as_fact() -> None:
    assert _label("22-Jähriger schlägt Fensterscheiben in Erfurt ein", SPIEGEL) == "overstated"
    assert _label("Polizei nimmt 22-Jährigen in Erfurt fest", SPIEGEL) == "supported"


def test_the_act_words_of_an_untagged_english_headline() -> None:
    from newsprobe.claims.stance import tokens_in
    from newsprobe.claims.suspected import act_words

    analysis = analyze_text("Blood test finds more cancers in trial\n\nA sentence.", lang="en")
    claim = analysis.claims[0]
    verbs, nouns = act_words(tokens_in(analysis, claim.start, claim.end))
    assert verbs == {"find"}  # the first inflected word; the plural noun after it is no verb
    assert {"blood", "test", "trial"} <= nouns


# -- a cue in an adjunct or in the clause of what set the event off ---------------------------
SHARES = (
    "Shares in the retailer Brookmart fell 9% on Monday after the company cut its sales "
    "forecast for the year, blaming cautious spending by shoppers in Britain. Analysts had "
    "expected a smaller cut."
)
SELLER = (
    "Shares in the software maker Quorix fell 12 percent on Tuesday after a short seller "
    "accused the company of overstating its customer numbers. Quorix rejected the report."
)


def test_a_cue_in_an_adjunct_or_trigger_clause_leaves_the_event_stated() -> None:
    assert _label("Brookmart stock drops 9%", SHARES, "en") == "supported"
    assert _label("Quorix stock drops 12%", SELLER, "en") == "supported"
    # the accused act itself stays an accusation
    assert _label("Quorix overstated its customer numbers", SELLER, "en") == "overstated"


KLAGE = (
    "Die Brauerei Hofmann aus Bamberg hat ihr Sortiment umgestellt und verkauft Bier nur noch "
    "in Dosen.\n\n"
    "Die Umweltaktivistin Carla Weiß kritisierte den Schritt. Die Dosen ließen sich schlechter "
    "wiederverwerten als Mehrwegflaschen, sagte Weiß."
)


def test_a_person_of_no_office_in_konjunktiv_is_a_party_to_the_claim() -> None:
    assert _label("Hofmann-Dosen lassen sich schlechter wiederverwerten", KLAGE) == "overstated"
    assert _label("Brauerei Hofmann verkauft Bier nur noch in Dosen", KLAGE) == "supported"


# -- a "to" of a result is no plan -----------------------------------------------------------
def test_a_to_of_a_result_or_an_amount_is_no_plan() -> None:
    from newsprobe.claims.stance import headline_stance, read_headline

    def stance(headline: str) -> str:
        analysis = analyze_text(f"{headline}\n\nAnother sentence follows here.", lang="en")
        claim = analysis.claims[0]
        reading = read_headline(analysis, claim)
        return headline_stance(analysis, claim, claim.status, reading)[0].value

    assert stance("Man stabbed teenager to death outside Leeds club") == "fact"
    assert stance("Driver sentenced to four years for crash") == "fact"
    assert stance("Derailed line to reopen on Friday") == "plan"
    assert stance("Council to close three libraries") == "plan"


# -- a plan cue in the other conjunct ----------------------------------------------------------
def test_a_plan_cue_reaches_only_its_own_conjunct() -> None:
    body = (
        "Das Land Hessen legt ein Förderprogramm für Solaranlagen auf Schuldächern auf. Das "
        "Programm soll im Frühjahr starten und ist mit 300 Millionen Euro ausgestattet."
    )
    assert _label("300 Millionen Euro für Solaranlagen auf Schuldächern", body) == "supported"
    # the planned start itself, stated as done, stays a plan
    assert _label("Hessisches Solarprogramm ist gestartet", body) == "overstated"


# -- "alle" over a part of a whole told by two figures ---------------------------------------
def test_all_over_a_part_told_by_two_figures_is_overstated() -> None:
    body = (
        "In Kiel sollen mehr Kitas längere Öffnungszeiten anbieten. Derzeit öffnen 23 der 60 "
        "städtischen Kitas bis 18 Uhr, teilte die Stadt mit."
    )
    assert _label("Alle Kieler Kitas öffnen bis 18 Uhr", body) == "overstated"
    assert _label("23 Kieler Kitas öffnen bis 18 Uhr", body) == "supported"


def test_fractions_are_a_part_less_than_its_whole() -> None:
    from newsprobe.claims.overreach import _fractions
    from newsprobe.claims.stance import tokens_in

    def found(text: str, lang: str) -> list[int]:
        analysis = analyze_text(text, lang=lang)
        claim = analysis.claims[0]
        return _fractions(tokens_in(analysis, claim.start, claim.end))

    assert found("Derzeit bieten 31 der 48 Grundschulen eine Betreuung an.", "de") == [2]
    assert found("Nine out of the 12 schools closed on Monday.", "en") == [0]
    assert found("Die Karte kostet 20 statt 30 Euro.", "de") == []
