"""The headline check of a directive headline and of an opinion piece
(claims/opinion_headline.py)."""

from __future__ import annotations

from newsprobe.api import analyze_text
from newsprobe.model import Finding

BODY_DE = (
    "Das Land will die Grundsteuer im kommenden Jahr um zwölf Prozent erhöhen. Finanzministerin "
    "Carla Jansen nannte die Erhöhung am Dienstag unvermeidlich. Ich halte diese Erhöhung für "
    "einen Fehler, weil sie Mieter und Rentner am härtesten trifft."
)


def _headline(text: str, lang: str = "de") -> Finding:
    analysis = analyze_text(text, lang=lang)
    found = [f for f in analysis.findings if f.role in ("headline", "kicker_headline")]
    assert found, "no headline finding"
    return found[0]


def test_directive_headline_is_not_a_claim() -> None:
    finding = _headline(f"Lasst uns die Grundsteuer gerecht verteilen\n\n{BODY_DE}")
    assert finding.verdict.value == "not_a_claim"
    assert "Aufruf" in finding.reason
    assert finding.evidence == []


def test_directive_headline_in_english() -> None:
    body = (
        "The state plans to raise property tax by twelve percent next year. Finance minister "
        "Carla Jansen called the rise unavoidable on Tuesday."
    )
    finding = _headline(f"Let's share the property tax fairly\n\n{body}", "en")
    assert finding.verdict.value == "not_a_claim"
    assert "proposal or call" in finding.reason


def test_opinion_piece_headline_argued_by_its_author_is_supported() -> None:
    text = f"Kommentar\n\nDie Grundsteuer-Erhöhung ist ein Fehler\n\n{BODY_DE}"
    analysis = analyze_text(text, lang="de")
    assert analysis.meta.genre == "opinion"
    finding = next(f for f in analysis.findings if f.role == "headline")
    assert finding.verdict.value == "supported"
    assert "Meinungsbeitrag" in finding.reason


def test_same_headline_in_news_is_overstated() -> None:
    # without the genre the author's "Ich halte … für einen Fehler" is an opinion the
    # headline states as fact
    finding = _headline(f"Die Grundsteuer-Erhöhung ist ein Fehler\n\n{BODY_DE}")
    assert finding.verdict.value == "overstated"


def test_opinion_piece_keeps_other_weaknesses() -> None:
    body = (
        "Gegen den Bürgermeister von Altdorf wird ermittelt. Er soll Aufträge an die Firma "
        "seines Schwagers vergeben haben. Ich finde, der Stadtrat muss jetzt handeln."
    )
    headline = "Bürgermeister vergab Aufträge an die Firma seines Schwagers"
    finding = _headline(f"Kommentar\n\n{headline}\n\n{body}")
    assert finding.verdict.value == "overstated"  # a suspicion stated as fact, in any genre
    assert "Meinungsbeitrag" not in finding.reason
