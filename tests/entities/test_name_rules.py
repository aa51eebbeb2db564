"""Label rules after the tagger (``entities/name_rules.py``): streets, legal forms, forms of
address and role nouns before a person's name — each with a case it must leave alone."""

from __future__ import annotations

from newsprobe.entities.crf import Tagged
from newsprobe.entities.features import sentence_features
from newsprobe.entities.name_rules import apply
from newsprobe.entities.recognise import Found, recognise


def run(words: str, tags: str, found: list[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    spans = [Found(s, e, t, "crf") for s, e, t in found]
    out = apply(words.split(), tags.split(), spans, lambda s, e, t: Found(s, e, t, "rule"))
    return {(f.start, f.end, f.type) for f in out}


def test_street_with_house_number_or_address_context() -> None:
    assert run("Sie wohnt in der Knoopstraße 5 .", "PPER VVFIN APPR ART NN CARD $.", []) == {
        (4, 5, "LOC")
    }
    assert run("Wir trafen uns am Nußbaumweg .", "PPER VVFIN PRF APPRART NN $.", []) == {
        (4, 5, "LOC")
    }
    # a street noun compound of a common word is no street name, even in an address context
    assert run("Er stand auf dem Marktplatz .", "PPER VVFIN APPR ART NN $.", []) == set()
    # no address context: a compound alone is not enough
    assert run("Der Schillerplatz ist schön .", "ART NN VAFIN ADJD $.", []) == set()


def test_place_adjective_before_a_street_noun() -> None:
    words, tags = "Sie gingen zum Pariser Platz .", "PPER VVFIN APPRART ADJA NN $."
    assert run(words, tags, []) == {(3, 5, "LOC")}
    assert run(words, tags, [(3, 4, "LOC")]) == {(3, 5, "LOC")}  # the tagger's part replaced
    assert run("Er kam auf den Zweiter Platz .", "PPER VVFIN APPR ART ADJA NN $.", []) == set()


def test_legal_forms_end_organisations() -> None:
    tags = "ART NE NE VVFIN ADJD $."
    assert run("Die Voltaris GmbH meldete Verluste .", tags, [(1, 2, "PER")]) == {(1, 3, "ORG")}
    assert run("Die Voltaris GmbH meldete Verluste .", tags, []) == {(1, 3, "ORG")}
    assert run("Die Voltaris GmbH meldete Verluste .", tags, [(1, 3, "LOC")]) == {(1, 3, "ORG")}
    # a lower-case word before the legal form starts no name
    assert run("die neue GmbH wuchs", "ART ADJA NN VVFIN", []) == set()


def test_forms_of_address() -> None:
    tags = "VVFIN NN NE NE ADV $."
    assert run("Sagte Herr Reynaud Dupont nichts ?", tags, []) == {(2, 4, "PER")}
    assert run("Sagte Herr Reynaud Dupont nichts ?", tags, [(2, 4, "ORG")]) == {(2, 4, "PER")}
    # "Frau Ministerin": a noun after the form of address, not a name
    assert run("Danke , Frau Ministerin !", "ADV $, NN NN $.", []) == set()


def test_role_noun_cut_off_a_persons_name() -> None:
    words = "den Hamburger Pianisten Gudula Schreiber"
    tags = "ART ADJA NN NE NE"
    assert run(words, tags, [(1, 5, "ORG")]) == {(3, 5, "PER")}
    assert run("der UBS-CEO Grübel", "ART NN NE", [(1, 3, "PER")]) == {(2, 3, "PER")}
    # an organisation whose name ends in two NE words keeps its span
    assert run("beim FC Bayern München", "APPRART NE NE NE", [(1, 4, "ORG")]) == {(1, 4, "ORG")}


def test_rules_run_in_the_recogniser() -> None:
    words = ["Sie", "wohnt", "in", "der", "Knoopstraße", "5", "."]
    tags = ["PPER", "VVFIN", "APPR", "ART", "NN", "CARD", "$."]
    assert sentence_features(words, tags)  # the tagger's features accept the sentence
    found = recognise(words, tags, None, tagged=[Tagged(4, 5, "ORG", 0.5)])
    assert [(f.start, f.end, f.type) for f in found] == [(4, 5, "ORG")]  # a tagger's span stays
    found = recognise(words, tags, None, tagged=[])
    assert [(f.start, f.end, f.type, f.origin) for f in found] == [(4, 5, "LOC", "rule")]


def test_role_noun_and_first_name_make_a_person() -> None:
    words, tags = "Der Radprofi Julien Moreau gewann .", "ART NE NN NN VVFIN $."
    assert run(words, tags, []) == {(2, 4, "PER")}
    # no first name after the role noun: nothing
    assert run("Der Radprofi Tour Sieger gewann .", tags, []) == set()
    # a name the tagger found is left as it is
    assert run(words, tags, [(2, 4, "PER")]) == {(2, 4, "PER")}


def test_long_form_before_an_acronym() -> None:
    words = "Die Bundeswettbewerbsbehörde ( BWB ) ermittelt ."
    tags = "ART NN $( NE $( VVFIN $."
    assert run(words, tags, [(3, 4, "ORG")]) == {(1, 2, "ORG"), (3, 4, "ORG")}
    # a law is no name in GermEval, and it has no organisation head noun
    law = "das Arzneimittelgesetz ( AMG ) gilt ."
    assert run(law, tags, [(3, 4, "ORG")]) == {(3, 4, "ORG")}
    # no name in the parentheses: nothing
    assert run(words, tags, []) == set()


def test_places_by_context() -> None:
    tags = "ART NN VVFIN ADJD APPR NE $."
    assert run("Das Zentrum lag südlich von Izmir .", tags, [(5, 6, "MISC")]) == {(5, 6, "LOC")}
    dateline = "Izmir ( dpa ) – Ein Beben"
    assert run(dateline, "NE $( NE $( $( ART NN", [(0, 1, "PER"), (2, 3, "ORG")]) == {
        (0, 1, "LOC"),
        (2, 3, "ORG"),
    }
    # a person stays a person
    assert run("Er wohnt südlich von Müller .", tags, [(4, 5, "PER")]) == {(4, 5, "PER")}


def test_an_organisations_head_noun_before_fuer_starts_its_name() -> None:
    tags = "ART NN APPR ADJA NN VAFIN VVPP $."
    words = "Das Institut für Tiefseekunde Kerlow hat geforscht ."
    assert run(words, tags, [(3, 5, "ORG")]) == {(1, 5, "ORG")}
    assert run(words, tags, [(3, 5, "LOC")]) == {(1, 5, "ORG")}  # retyped with its head
    words = "Das Deutsche Institut für Tiefseekunde hat geforscht ."
    tags = "ART ADJA NN APPR NN VAFIN VVPP $."
    assert run(words, tags, [(4, 5, "ORG")]) == {(1, 5, "ORG")}  # with its adjective
    # no head noun before "für": the name stays as it was
    words, tags = "Ein Preis für Tiefseekunde Kerlow .", "ART NN APPR NN NE $."
    assert run(words, tags, [(3, 5, "ORG")]) == {(3, 5, "ORG")}
    # a head noun that is already a name of its own is left alone
    words, tags = "Das Institut für Tiefseekunde Kerlow .", "ART NN APPR NN NE $."
    assert run(words, tags, [(1, 2, "ORG"), (3, 5, "LOC")]) == {(1, 2, "ORG"), (3, 5, "LOC")}
