"""The headline check's third round: a hedge shared by an elliptic conjunct, a headline verb
the body does not say, verbal nouns meeting their verbs, and the paraphrase lexicon (articles
written for these tests)."""

from __future__ import annotations

from newsprobe import analyze_text
from newsprobe.claims import reserve
from newsprobe.claims.backing import weigh
from newsprobe.claims.similarity import stems
from newsprobe.claims.stance import Weight
from newsprobe.claims.units import sentence_views
from newsprobe.eval.claims import gold_dir
from newsprobe.eval.headlines import predicted_label, read_headlines
from newsprobe.model import Analysis

ROBBERY = (
    "Ein 31-jähriger Mann soll in Kassel einen Rentner in seiner Wohnung bedroht und "
    "erpresst haben. Die Polizei nahm den Verdächtigen am Montag fest.\n\n"
    "Der 79-Jährige blieb unverletzt. Der Festgenommene schweigt zu den Vorwürfen."
)
RAID = (
    "Ein 31-jähriger Mann soll in Kassel einen Rentner in seiner Wohnung überfallen haben. "
    "Die Polizei nahm den Verdächtigen am Montag fest.\n\nDer Festgenommene schweigt."
)
FIRE = (
    "Die Feuerwehr hat in Gera einen Brand in einer Scheune gelöscht. Nach Angaben der "
    "Einsatzleitung erlitten zwei Helfer eine Rauchvergiftung.\n\n"
    "Die Kriminalpolizei geht von Brandstiftung aus."
)


def _check(headline: str, body: str, lang: str = "de") -> Analysis:
    return analyze_text(f"{headline}\n\n{body}", lang=lang)


def _verdict(headline: str, body: str, lang: str = "de") -> str:
    return predicted_label(_check(headline, body, lang))


def test_an_elliptic_conjunct_shares_the_first_conjuncts_hedge() -> None:
    analysis = _check("Raub in Kassel", ROBBERY)
    conjunct = next(c for c in analysis.claims if c.text.startswith("und erpresst"))
    head = reserve.shared_verb_head(analysis, conjunct)
    assert head is not None and "soll" in head.text
    assert weigh(analysis, conjunct, sources_ran=True).weight is Weight.HEDGED
    # stated as fact, the extortion the body only reports with "soll" is overstated
    assert _verdict("Mann erpresst Rentner in Kassel", ROBBERY) == "overstated"
    assert _verdict("Kassel: Mann soll Rentner erpresst haben", ROBBERY) == "supported"


def test_a_conjunct_with_its_own_subject_keeps_its_own_status() -> None:
    body = (
        "Der Mann soll das Geld genommen haben und die Polizei ermittelt seit Montag. "
        "Das teilte die Staatsanwaltschaft mit."
    )
    analysis = _check("Ermittlungen in Kassel", body)
    for claim in analysis.claims:
        if claim.text.lower().startswith("und"):
            assert reserve.shared_verb_head(analysis, claim) is None


def test_a_headline_verb_the_body_does_not_say_is_not_backed() -> None:
    # the body has the robbery (a verbal noun of the headline) but nobody confesses
    assert _verdict("Räuber gesteht Überfall auf Rentner in Kassel", RAID) == "unsupported"
    # a light verb ("droht", "bleibt") does not decide what the headline says
    body = (
        "Dem Autozulieferer Kessler steht die Insolvenz bevor, teilte das Unternehmen mit. "
        "Ohne frisches Geld sei die Pleite in wenigen Wochen nicht abzuwenden."
    )
    assert _verdict("Zulieferer Kessler droht die Pleite", body) == "supported"


def test_verbal_nouns_meet_their_verbs_and_doers() -> None:
    assert stems("brandstiftung") & stems("brandstifter")
    assert stems("forderung") & stems("fordern")
    assert not stems("wohnung") & stems("wohnen")  # a stem under five letters says too little


def test_the_lexicon_finds_common_news_paraphrases() -> None:
    assert _verdict("Zwei Verletzte bei Feuer in Gera", FIRE) == "supported"
    assert _verdict("Polizei vermutet Brandstiftung in Gera", FIRE) == "supported"
    assert _verdict("Kassel: Polizei fasst Verdächtigen nach Überfall auf Senior", RAID) == (
        "supported"
    )
    assert _verdict("Kasseler Räuber verurteilt", RAID) == "unsupported"


def test_test2_split_is_well_formed_and_large_enough() -> None:
    test2 = read_headlines(gold_dir() / "headlines_test2.txt")
    assert len(test2) >= 100
    assert sum(1 for i in test2 if i.language == "en") >= 30
    assert {i.label for i in test2} == {"supported", "overstated", "unsupported", "not_a_claim"}


def test_english_verbs_are_read_from_form_and_place() -> None:
    from newsprobe.claims.concepts import concepts
    from newsprobe.claims.verbs import english_verb

    verbs = concepts("en").verbs
    assert {"confirm", "close", "roll"} <= verbs
    analysis = analyze_text(
        "Government confirms plan to close steelworks\n\nNothing else.", lang="en"
    )
    toks = [t for v in sentence_views(analysis) for t in v.toks][:6]
    read = [t.text for k, t in enumerate(toks) if english_verb(toks, k, verbs)]
    assert read == ["confirms", "close"]  # "plan" is a noun here: a bare lemma stays unread


def test_an_english_headline_verb_the_body_lacks_is_not_backed() -> None:
    body = (
        "Scientists at the University of Leeds say a new saliva test might detect throat "
        "cancer earlier than current methods. Larger trials are needed, they said."
    )
    assert _verdict("NHS rolls out throat cancer saliva test", body, "en") == "unsupported"
    assert _verdict("Saliva test could spot throat cancer early", body, "en") == "supported"


def test_what_another_outlets_report_says_is_reported_not_stated() -> None:
    body = (
        "Shares in the carmaker Norwell fell 8 percent on Monday after a report that European "
        "regulators had opened an investigation into its braking software.\n\n"
        "Norwell said its software was safe."
    )
    assert _verdict("EU regulators investigate Norwell braking software", body, "en") == (
        "overstated"
    )
    assert _verdict("Norwell shares fall 8 percent", body, "en") == "supported"


def test_an_attempt_is_not_the_deed() -> None:
    body = (
        "Police in Leeds have arrested a 24-year-old man on suspicion of attempted murder after "
        "a fight outside a bar on Saturday. A 30-year-old man was taken to hospital."
    )
    assert _verdict("Man dies after fight outside Leeds bar", body, "en") == "unsupported"
    de = (
        "Die Polizei in Halle hat einen 22-Jährigen wegen versuchten Totschlags festgenommen. "
        "Er soll einen Mann mit einem Messer verletzt haben."
    )
    assert _verdict("Mann in Halle getötet", de) == "unsupported"


def test_figures_with_an_article_ordinals_and_one_in_n() -> None:
    from dataclasses import dataclass

    from newsprobe.claims.numbers import quantities

    @dataclass
    class _T:
        text: str

    def q(text: str, lang: str) -> list[tuple[float, float, bool]]:
        return [
            (round(x.low, 1), round(x.high, 1), x.percent)
            for x in quantities([_T(w) for w in text.split()], lang)
        ]

    assert q("a million euros", "en") == [(1e6, 1e6, False)]
    assert q("eine Milliarde Euro", "de") == [(1e9, 1e9, False)]
    assert q("half a million", "en") == [(5e5, 5e5, False)]
    assert q("one in five renters", "en") == [(20.0, 20.0, True)]
    assert q("1 in 4 adults", "en") == [(25.0, 25.0, True)]
    assert q("jeder fünfte Mieter", "de") == [(20.0, 20.0, True)]
    assert q("ein Fünftel der Mieter", "de") == [(20.0, 20.0, True)]
    assert q("gut ein Fünftel weniger", "de") == [(20.0, 23.0, True)]
    assert q("a man and a woman", "en") == []
    body = "Judges found that he had diverted around 600,000 euros from the city's accounts."
    assert _verdict("Ex-mayor diverted a million euros", body, "en") == "unsupported"
    assert _verdict("Ex-mayor diverted more than half a million euros", body, "en") == "supported"


def test_a_weak_claim_restated_in_other_words_is_overstated() -> None:
    body = (
        "Heavy snow has closed roads around Brecon, officials said on Sunday. The Met Office "
        "issued a warning for further snow in Brecon and said conditions could worsen on "
        "Tuesday."
    )
    analysis = _check("Brecon snow to get worse on Tuesday", body, "en")
    assert predicted_label(analysis) == "overstated"
    finding = analysis.findings[0]
    assert finding.evidence and "could worsen" in finding.evidence[0].text
    # the headline's own act the body does not say stays unsupported
    assert _verdict("Brecon evacuates homes as snow moves in", body, "en") == "unsupported"


def test_names_an_act_reads_verbs_not_light_verbs() -> None:
    from newsprobe.claims.verbs import names_an_act

    for text, lang, expected in [
        ("Bürgermeister tritt zurück", "de", True),
        ("Gesetz bringt neue Bürokratie", "de", False),
        ("Government rolls out new test", "en", True),
        ("Snow to get worse on Monday", "en", False),
    ]:
        analysis = analyze_text(f"{text}\n\nKein weiterer Text.", lang=lang)
        assert names_an_act(analysis, 0, len(text)) is expected, text


def test_a_plan_reported_as_done_is_overstated() -> None:
    body = (
        "Die Baumarktkette Heimfix will bis Ende des Jahres zwölf ihrer 90 Märkte schließen. "
        "Das kündigte die Geschäftsführung am Montag in Kassel an.\n\n"
        "Betroffen sind rund 500 Beschäftigte."
    )
    analysis = _check("Heimfix hat zwölf Märkte geschlossen", body)
    assert predicted_label(analysis) == "overstated"
    assert "Plan" in (analysis.findings[0].reason or "")
    assert _verdict("Heimfix will zwölf Märkte schließen", body) == "supported"
    assert _verdict("Heimfix schließt zwölf Märkte", body) == "supported"  # news present
    en = (
        "The retailer Corley plans to close 30 of its 200 stores next year, the company "
        "announced on Monday. About 900 staff are affected."
    )
    assert _verdict("Corley has closed 30 stores", en, "en") == "overstated"
    assert _verdict("Corley to close 30 stores", en, "en") == "supported"
