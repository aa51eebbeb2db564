"""Typing from the article's topic: a person without a role in a research report is an
expert; the same person in an article about something else stays other."""

from __future__ import annotations

from newsprobe.api import analyze_text

RESEARCH = (
    "Boston – Forscher der Universität Harvard haben im Fachjournal Nature eine Studie über "
    "den Schlaf von Fruchtfliegen veröffentlicht. Die Wissenschafter beobachteten die Tiere "
    "mehrere Wochen lang. Die Fliegen schlafen tiefer als gedacht, sagte Miriam Lindqvist. "
    "Weitere Untersuchungen sollen folgen."
)
OTHER = (
    "Graz – Das Konzert in der Stadthalle war schnell ausverkauft. Die Fans feierten die Band "
    "bis spät in die Nacht. Es war ein wunderbarer Abend, sagte Miriam Lindqvist."
)


def _type_of(text: str, name: str) -> str | None:
    analysis = analyze_text(text, lang="de")
    for s in analysis.sources:
        if name in s.name:
            return s.type.value
    return None


def test_person_without_role_in_a_research_report_is_an_expert() -> None:
    assert _type_of(RESEARCH, "Lindqvist") == "expert"


def test_same_person_elsewhere_stays_other() -> None:
    assert _type_of(OTHER, "Lindqvist") == "other"


HEALTH_POLICY = (
    "Wien – Die Ärztekammer wehrt sich gegen die Reform. Künftig sollen Untersuchungen in "
    "neuen Instituten stattfinden, Mediziner fürchten längere Wartezeiten. Weitere "
    "Untersuchungen seien nicht bezahlt, sagte Miriam Lindqvist."
)


def test_one_physician_among_institutes_is_no_research_report() -> None:
    # five research-like words of three kinds, but one "Mediziner" and no publication
    assert _type_of(HEALTH_POLICY, "Lindqvist") != "expert"
