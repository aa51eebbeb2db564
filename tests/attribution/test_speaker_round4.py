"""Speaker resolution and source types, round four.  One table: each row names the
mechanism it guards, a text written for it, a fragment of the statement's message and the
speaker (and, where given, type) expected; every row fails when its mechanism is off."""

from __future__ import annotations

from datetime import date

import pytest
from attribution_texts import find, run_text

from newsprobe.attribution import antecedents as ante
from newsprobe.attribution.antecedents import Antecedent

CASES = [
    # V2 subject after a long fronted phrase: the name right after the first finite verb is
    # the subject, so it outranks a name embedded in an object for a later "er"
    (
        "v2 subject after a long fronted phrase",
        "Der Trainer Max Huber fuhr am Montag nach Wien. "
        "Auch bezüglich der Kritik seines Vorgängers Otto Hansen nahm der Minister Paul "
        "Kirchner kein Blatt vor den Mund. "
        "Er sagte, man müsse die Daten aber noch prüfen.",
        "Daten aber noch prüfen",
        "Paul Kirchner",
        None,
    ),
    # a fronted object before the finite cue verb never speaks: the pronoun after it does
    (
        "inverted subject pronoun",
        "Bundespräsident Horst Köhler hat am Donnerstag den Bundestag aufgelöst. "
        "Die Bürgerinnen und Bürger forderte er anschließend auf, von ihrem Wahlrecht "
        "Gebrauch zu machen.",
        "Wahlrecht",
        "Horst Köhler",
        "politician",
    ),
    # group nouns typed by meaning: the lawmaker is official
    (
        "group noun typed by meaning",
        "Der Gesetzgeber in Madrid erklärte am Montag, die Reform trete im Mai in Kraft.",
        "Reform trete",
        "Gesetzgeber",
        "official",
    ),
    # a named person of no known role speaking right after the article names a party
    (
        "party context makes a politician",
        "Im Stadtrat wird über den Verkauf der Wohnungen gestritten. "
        "Von Seiten der CDU gibt es Verständnis. "
        "Michael Grötsch sagte: „Ich sehe kaum eine Alternative.“",
        "kaum eine Alternative",
        "Michael Grötsch",
        "politician",
    ),
    # … but not a person the article gives a role of its own, even one of no known kind
    (
        "party context leaves a person with a role",
        "Die FPÖ hat ein Foto kritisiert. "
        "Kurier-Fotograf Jürgen Maier sagte, er werde alle Möglichkeiten ausschöpfen.",
        "alle Möglichkeiten",
        "Jürgen Maier",
        "other",
    ),
    # "Demnach" after a sentence whose subject has no name: the noun of a known kind
    (
        "demnach takes a typed noun of the sentence before",
        "Der Pilot befindet sich noch in Gewahrsam. "
        "Das „Referat Information und Presse“ des russischen Außenministeriums gab am "
        "Freitag eine Note heraus. "
        "Demnach erwartet Moskau die sofortige Freilassung des Piloten.",
        "Freilassung",
        "Außenministerium",
        "official",
    ),
    # an indefinite description resolves forward to the one person of that kind named next
    (
        "indefinite description named right after",
        "Nach Berechnungen eines US-Forschers sind nur 300 Menschen über die Beringstraße "
        "gewandert. "
        "Der Biologe Tom Sanders von der Rutgers University entwickelte dazu ein Modell.",
        "300 Menschen",
        "Tom Sanders",
        "expert",
    ),
    # a plural pronoun: the subject phrase (its head before the genitive), never a currency
    (
        "genitive subject head, no currency antecedent",
        "Die Hundesteuer steigt von 120 auf 132 Euro im Jahr. "
        "Die Vorsitzenden des Tierheims Nürnberg haben dagegen protestiert, da sie "
        "befürchten, viele Halter würden ihre Hunde abgeben.",
        "Hunde abgeben",
        "Tierheim",
        None,
    ),
    # a family name first: the bare "Ban" is the person named in full before
    (
        "family name first joins the full name",
        "UN-Generalsekretär Ban Ki Moon hat die Angriffe auf Aleppo verurteilt. "
        "Ban klagte, es habe wieder blindwütige Bombardierungen gegeben.",
        "blindwütige",
        "Ban",
        "official",
    ),
    # "von X zitiert wird": a passive's agent is no affiliation; a referee is no judge
    (
        "passive agent is no affiliation, a referee no official",
        "Der frühere Schiedsrichter Robert Hagen sitzt in Untersuchungshaft. "
        "Man habe jedem 150 Mark gegeben, wie Hagen von Spiegel-Online zitiert wird.",
        "150 Mark",
        "Robert Hagen",
        "other",
    ),
    # a press spokesperson does not work for the press
    (
        "press spokesperson is no media",
        "Der Pressesprecher Jan Wolff sagte, der Termin werde verschoben.",
        "Termin",
        "Jan Wolff",
        "official",
    ),
]


@pytest.mark.parametrize(
    ("text", "fragment", "name", "kind"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_round4_speaker(text: str, fragment: str, name: str, kind: str | None) -> None:
    analysis = run_text(text)
    att = find(analysis, fragment)
    assert att.speaker is not None and att.speaker.name is not None
    assert name in att.speaker.name, att.speaker
    if kind is not None:
        assert att.source is not None
        assert analysis.sources[att.source].type.value == kind


#: Who held an office at a date (the KB's historical terms).
OFFICES = [
    ("head_of_state:DEU", date(2006, 1, 10), "Horst Köhler"),
    ("head_of_state:AUT", date(2015, 6, 1), "Heinz Fischer"),
    ("head_of_government:AUT", date(2015, 6, 1), "Werner Faymann"),
    ("interior_minister:DEU", date(2007, 4, 12), "Wolfgang Schäuble"),
    ("foreign_minister:USA", date(2006, 3, 1), "Condoleezza Rice"),
    ("secretary_general:united_nations", date(2005, 1, 1), "Kofi Annan"),
    ("president:european_commission", date(2010, 1, 1), "José Manuel Barroso"),
    ("pope", date(2008, 1, 1), "Benedikt XVI."),
]


@pytest.mark.parametrize(("office", "on", "name"), OFFICES)
def test_office_holders_at_a_date(office: str, on: date, name: str) -> None:
    from newsprobe.entities import kb

    holders = kb.office_holders(office, on)
    assert len(holders) == 1
    entry = kb.lookup(holders[0])
    assert entry is not None and entry.name == name


def test_a_dated_role_noun_resolves_to_the_office_holder() -> None:
    import json

    from newsprobe.api import analyze_bytes

    text = (
        "Der Bundespräsident hat am Montag das Gesetz unterzeichnet. "
        "Er sagte, das Gesetz sei verfassungsgemäß."
    )
    article = {"text": text, "published": "2006-03-01", "title": "Gesetz unterzeichnet"}
    analysis = analyze_bytes(json.dumps(article).encode(), name="a.json", lang="de")
    assert analysis.meta.published is not None
    att = find(analysis, "verfassungsgemäß")
    assert att.speaker is not None and att.speaker.name is not None
    assert "Köhler" in att.speaker.name
    assert att.source is not None
    assert analysis.sources[att.source].type.value == "politician"


def test_earlier_speakers_are_candidates() -> None:
    """The speaker of an earlier statement (not only the last one) is a pronoun candidate."""
    text = (
        "Der Minister Hans Weber sagte, die Lage sei ernst. "
        "Die Ärztin Anna Schulz erklärte, sie habe genug Betten. "
        "Er fügte hinzu, man müsse abwarten."
    )
    analysis = run_text(text)
    seen: list[list[Antecedent]] = []
    original = ante._candidates

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        out = original(*args, **kwargs)
        seen.append(out)
        return out

    from newsprobe.attribution import speaker_resolution as sr

    ante._candidates = spy
    try:
        sr.resolve_speakers(analysis)
    finally:
        ante._candidates = original
    assert any(c.earlier for cands in seen for c in cands)
    assert "Hans Weber" in (find(analysis, "abwarten").speaker.name or "")


def test_a_currency_is_never_a_pronouns_antecedent() -> None:
    """An unresolved pronoun stays unresolved, never a currency, event or product."""
    text = (
        "Für 10.000 Hundebesitzer in Nürnberg erhöht sich die Hundesteuer. "
        "Die Hunde-Abgabe verändert sich von 120 auf 132 Euro im Jahr. "
        "Sie befürchten, viele Halter würden ihre Hunde abgeben."
    )
    analysis = run_text(text)
    att = find(analysis, "Hunde abgeben")
    assert att.speaker is not None and att.speaker.name != "Euro"
    if att.source is not None:
        assert analysis.sources[att.source].name != "Euro"


#: Group and text nouns typed by meaning: (text, message fragment, type).
TYPED_NOUNS = [
    ("In der Petition heißt es, der Sender müsse erhalten bleiben.", "Sender müsse", "document"),
    ("Laut dem Grundgesetz ist die Würde des Menschen unantastbar.", "Würde", "document"),
    ("In den Hauptstädten hieß es, die Grenzen würden geschlossen.", "Grenzen", "official"),
    ("Das Bundesland teilte mit, die Schulen blieben geschlossen.", "Schulen", "official"),
    ("Der Vizekonsul erklärte, die Papiere seien gültig.", "Papiere", "official"),
    ("Die Patientenanwältin sagte, die Wartezeiten seien zu lang.", "Wartezeiten", "official"),
    # a named source of no known kind that only reports is a publication, not a place
    ("Nun muss das Gericht entscheiden, berichtet Techzilla.", "Gericht entscheiden", "media"),
]


@pytest.mark.parametrize(("text", "fragment", "kind"), TYPED_NOUNS)
def test_nouns_typed_by_meaning(text: str, fragment: str, kind: str) -> None:
    analysis = run_text(text)
    att = find(analysis, fragment)
    assert att.source is not None, att.speaker
    assert analysis.sources[att.source].type.value == kind
