"""Headlines that say more than their backing (claims/overreach.py): a party's own assessment
stated as fact, a plan with a later target stated as done, a part stated as the whole, a single
case stated of many (articles written for these tests)."""

from __future__ import annotations

from newsprobe import analyze_text
from newsprobe.claims import overreach
from newsprobe.eval.headlines import predicted_label
from newsprobe.model import Analysis, Finding

BLITZER = (
    "Die Zahl der Verkehrsunfälle in Thüringen ist im vergangenen Jahr leicht gesunken. Das "
    "teilte das Statistische Landesamt am Montag in Erfurt mit.\n\n"
    "Verkehrsminister Olaf Brenner sagte, die neuen Blitzer an Landstraßen retteten Leben. Der "
    "Autoclub Mitte nannte die Geräte dagegen eine Abzocke."
)
BUSSE = (
    "Die Stadtwerke Kiel wollen bis 2029 alle Linienbusse elektrisch betreiben. Das kündigte "
    "Geschäftsführer Anton Weiß am Mittwoch an.\n\nDerzeit fahren 40 der 180 Busse mit Strom."
)
STRASSE = (
    "Nach einem Wasserrohrbruch ist die Hauptstraße in Celle seit Dienstag teilweise gesperrt, "
    "wie die Stadt mitteilte.\n\nDie Reparatur soll bis Freitag dauern."
)
BAKERY = (
    "A bakery in York has stopped selling white bread after customers asked for healthier "
    "loaves, its owner said on Saturday.\n\nThe shop now offers only wholemeal and rye bread."
)


def _check(headline: str, body: str, lang: str = "de") -> Finding:
    analysis: Analysis = analyze_text(f"{headline}\n\n{body}", lang=lang)
    assert predicted_label(analysis) != "not_a_claim"
    return analysis.findings[0]


def test_a_partys_own_assessment_stated_as_fact_is_overstated() -> None:
    finding = _check("Blitzer an Landstraßen retten Leben", BLITZER)
    assert finding.verdict.value == "overstated"
    assert "Beteiligte in eigener Sache" in finding.reason
    assert any(c.type == "interested" and c.text.startswith("retteten") for c in finding.cues)
    # with its speaker named, the headline keeps the reserve
    assert _check("Minister: Blitzer retten Leben", BLITZER).verdict.value == "supported"
    # a plain fact the same article reports stays supported
    assert _check("Zahl der Unfälle in Thüringen sinkt", BLITZER).verdict.value == "supported"


def test_a_plan_with_a_later_target_stated_as_done_is_overstated() -> None:
    finding = _check("Kieler Stadtwerke betreiben alle Linienbusse elektrisch", BUSSE)
    assert finding.verdict.value == "overstated"
    assert "Plan oder eine Ankündigung" in finding.reason
    planned = "Kieler Stadtwerke wollen bis 2029 alle Linienbusse elektrisch betreiben"
    assert _check(planned, BUSSE).verdict.value == "supported"


def test_a_part_stated_as_the_whole_is_overstated() -> None:
    finding = _check("Hauptstraße in Celle gesperrt", STRASSE)
    assert finding.verdict.value == "overstated"
    assert "nur für einen Teil" in finding.reason
    assert any(c.type == "partial" and c.text == "teilweise" for c in finding.cues)
    assert _check("Hauptstraße in Celle teilweise gesperrt", STRASSE).verdict.value == "supported"


def test_a_single_case_stated_of_many_is_overstated() -> None:
    finding = _check("York bakeries stop selling white bread", BAKERY, "en")
    assert finding.verdict.value == "overstated"
    assert "only for a part" in finding.reason
    assert any(c.type == "partial" and c.text == "A bakery" for c in finding.cues)
    assert _check("York bakery stops selling white bread", BAKERY, "en").verdict.value == (
        "supported"
    )


def test_later_targets_and_dates() -> None:
    analysis = analyze_text("Die Stadt will bis 2030 klimaneutral sein. Im Sommer beginnt es.")
    toks = analysis.tokens
    assert overreach.later_target(toks) is not None
    assert overreach.dated(toks)
    plain = analyze_text("Die Stadt ist klimaneutral.").tokens
    assert overreach.later_target(plain) is None
    assert not overreach.dated(plain)
