"""The headline check, round 2: the headline's predicate backed only by a suspicion, "drohte …
mit" as an act, an organisation vouching for itself, passive "wurden", counted event nouns and
place adjectives (articles written for these tests)."""

from __future__ import annotations

from newsprobe import analyze_text
from newsprobe.model import Analysis


def _verdict(headline: str, body: str, lang: str = "de") -> str:
    analysis: Analysis = analyze_text(f"{headline}\n\n{body}", lang=lang)
    for finding in analysis.findings:
        if finding.role in ("headline", "kicker_headline"):
            return finding.verdict.value
    return "not_a_claim"


KIOSK = (
    "Die Polizei hat in Kassel einen 38-jährigen Mann festgenommen. Er steht im Verdacht, am "
    "Montagabend einen Kiosk in der Nordstadt überfallen zu haben.\n\n"
    "Ein Richter erließ Haftbefehl. Der Mann schweigt zu den Vorwürfen."
)


def test_a_predicate_only_a_suspicion_states_is_overstated() -> None:
    # the arrest is a fact, the robbery only a suspicion: the strong sentence shares the
    # arguments, not the act
    assert _verdict("38-Jähriger überfiel Kiosk in Kassel", KIOSK) == "overstated"
    assert _verdict("38-Jähriger in Kassel festgenommen", KIOSK) == "supported"


COACH = (
    "Der frühere Handballtrainer Jens Falk soll Spielerinnen seines Vereins beleidigt haben. Das "
    "berichtet der Spiegel unter Berufung auf mehrere Spielerinnen. Falk habe ihnen mit dem "
    "Ausschluss aus dem Kader gedroht.\n\n"
    "Falk ließ über seinen Anwalt mitteilen, die Vorwürfe seien haltlos."
)


def test_threatening_someone_is_an_act_and_reported_speech_keeps_the_report() -> None:
    assert _verdict("Trainer Falk drohte Spielerinnen mit Ausschluss", COACH) == "overstated"
    assert _verdict("Vorwürfe gegen Trainer Falk sind haltlos", COACH) == "overstated"


LEAK = (
    "Der Onlinehändler Marvix hat eine Sicherheitslücke eingeräumt. Daten von rund 20.000 "
    "Kunden seien zeitweise ungeschützt gewesen, teilte das Unternehmen am Montag mit.\n\n"
    "Marvix erklärte, die Kundendaten seien nicht missbraucht worden. Die Datenschutzbehörde "
    "prüft den Fall."
)


def test_a_company_vouching_for_itself_is_an_interested_party() -> None:
    assert _verdict("Marvix-Kundendaten wurden nicht missbraucht", LEAK) == "overstated"
    assert _verdict("Datenschutzbehörde prüft Fall Marvix", LEAK) == "supported"


RAID = (
    "Bei einer Razzia gegen mutmaßliche Drogenhändler haben Ermittler am Donnerstag in Köln "
    "zwölf Wohnungen durchsucht. Fünf Männer wurden festgenommen, teilte die Polizei mit."
)


def test_an_event_noun_counts_what_the_verb_does() -> None:
    assert _verdict("Fünf Festnahmen bei Razzia in Köln", RAID) == "supported"
    assert _verdict("Neun Festnahmen bei Razzia in Köln", RAID) == "unsupported"


HOME = (
    "In einem Pflegeheim in Oldenburg sind 20 Bewohner an Grippe erkrankt. Das Gesundheitsamt "
    "bestätigte die Fälle am Dienstag. Das Heim ist für Besucher vorerst geschlossen."
)


def test_a_place_adjective_names_the_place() -> None:
    assert _verdict("Grippe-Ausbruch in Oldenburger Pflegeheim", HOME) == "supported"
    assert _verdict("Grippe-Ausbruch in Bremer Pflegeheim", HOME) != "supported"


FIRE = (
    "Bei einem Brand in einer Lagerhalle in Hanau ist am Sonntag ein Schaden von mehreren "
    "Hunderttausend Euro entstanden. Verletzt wurde niemand.\n\n"
    "Die Polizei erklärte, es gebe bislang keine Hinweise darauf, dass das Feuer gelegt worden "
    "sei. Die Ermittlungen dauern an."
)


def test_no_evidence_that_denies_its_clause_only_with_reserve() -> None:
    assert _verdict("Feuer in Hanauer Lagerhalle nicht gelegt", FIRE) == "overstated"
    assert _verdict("Polizei: Feuer in Hanauer Lagerhalle wohl nicht gelegt", FIRE) == "supported"


UNION = (
    "Die Lokführergewerkschaft hat am Mittwoch in Frankfurt weitere Streiks angekündigt. Der "
    "Gewerkschaftsvorsitzende kündigte neue Warnstreiks für die kommende Woche an."
)


def test_a_separated_particle_in_a_headline_joins_its_verb() -> None:
    # "kündigt … an" is announcing (a plan the union speaks for), not quitting ("kündigen")
    assert _verdict("Gewerkschaft kündigt neue Warnstreiks an", UNION) == "supported"


STABBING = (
    "A 24-year-old man has been charged with murder after a student was stabbed to death in "
    "Bristol on Friday night, police said. Prosecutors allege that he attacked the victim "
    "after an argument at a bus stop."
)


def test_an_accusation_does_not_reach_an_after_clause() -> None:
    # the stabbing is given; who did it is only the charge
    assert _verdict("Student stabbed to death in Bristol", STABBING, "en") == "supported"
    assert _verdict("24-year-old stabbed student after row", STABBING, "en") == "overstated"
