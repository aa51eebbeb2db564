"""Source types, round 6: a leading role closed on a body takes the body's kind (also in the
speaker phrase itself), a compound the lexicon knows keeps its own kind, an unknown named body
before a leading role is no party or authority, "<body>-Informationen" speaks for the body,
a typed noun is not vague by its ending, the authors of a text speak for it, "Land X" is the
state's government, things and processes typed as groups are no sources, and knowledge-base
categories (sports federations, the Pope).  Texts are written for these tests; names and
acronyms of unknown bodies are invented."""

from __future__ import annotations

import pytest
from attribution_texts import find
from attribution_texts import role_kind as kind
from attribution_texts import run_text as run

from newsprobe.attribution.lexicon import sources
from newsprobe.attribution.person_roles import compound_role_type
from newsprobe.attribution.source_filter import NO_SOURCE, thing_kind
from newsprobe.attribution.source_types import classify, kb_entry
from newsprobe.model import SourceType, Token

LEX = sources("de")


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("IKG-Präsident", "other"),  # the knowledge base's association
        ("Kammer-Obfrau", "other"),  # a chamber's chair, not a party's
        ("Vereinsführung", "other"),
        ("Konzern-Sprecher", "other"),
        ("Europaratsgeneralsekretär", "official"),  # a linking "s" before the body
        ("Nato-Generalsekretär", "official"),
        ("SPÖ-Wirtschaftssprecherin", "politician"),
        # compounds the lexicon knows keep their kind, whatever their first part says
        ("Klubchef", "politician"),
        ("Regierungschef", "politician"),
        ("Kremlchef", "politician"),
        # an unknown named body: no party or authority by the role word alone
        ("XBVÖ-Präsident", "other"),
        ("Quarzwerk-Sprecherin", "other"),
        # ... but a chair of an unknown body is most often a party's, and a role's own
        # compound may name the body ("Fraktion")
        ("XBVÖ-Vorsitzender", "politician"),
        ("XQP-Fraktionssprecher", "politician"),
        ("Jobbik-Vorsitzende", "politician"),  # a party the knowledge base now knows
        # modifiers and places are no bodies
        ("Ex-Präsident", "politician"),
        ("US-Präsident", "politician"),
    ],
)
def test_leading_role_compounds(role: str, expected: str) -> None:
    assert kind(role) == expected


def test_compound_role_type_only_where_the_body_changes_the_kind() -> None:
    assert compound_role_type("IKG-Präsident", LEX) == "other"
    assert compound_role_type("Präsident", LEX) is None  # no body
    assert compound_role_type("Regierungschef", LEX) is None  # the lexicon's compound
    assert compound_role_type("SPÖ-Chefin", LEX) == "politician"  # "Chefin" alone is other


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Autoren des Berichts", "document"),
        ("die Verfasser des Papiers", "document"),
        ("Autorin der Studie", "expert"),  # researchers
        ("Autorin Jana Kühn", "other"),  # a writer, no text named
    ],
)
def test_authors_speak_for_their_text(role: str, expected: str) -> None:
    assert kind(role) == expected


def _tok(text: str, pos: str, at: int) -> Token:
    return Token(start=at, end=at + len(text), text=text, pos=pos)


def _phrase(*pairs: tuple[str, str]) -> list[Token]:
    out, at = [], 0
    for text, pos in pairs:
        out.append(_tok(text, pos, at))
        at += len(text) + 1
    return out


def test_speaker_phrase_with_a_body_compound_takes_the_body_kind() -> None:
    typing = classify(_phrase(("der", "ART"), ("XBVÖ-Präsident", "NN")), None, LEX, True)
    assert typing.type == SourceType.OTHER, typing.reason
    typing = classify(_phrase(("der", "ART"), ("Europaratsgeneralsekretär", "NN")), None, LEX, True)
    assert typing.type == SourceType.OFFICIAL, typing.reason


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Spiegel-Informationen", SourceType.MEDIA),
        ("Polizei-Angaben", SourceType.OFFICIAL),
        ("UN-Kreisen", SourceType.ANONYMOUS),  # circles stay anonymous
    ],
)
def test_a_bodys_statement_compound(word: str, expected: SourceType) -> None:
    typing = classify(_phrase((word, "NN")), None, LEX, True)
    assert typing.type == expected, typing.reason


def test_a_typed_noun_is_not_vague_by_its_ending() -> None:
    # "Leute" is vague, "Fachleute" are experts
    assert classify(_phrase(("Fachleuten", "NN")), None, LEX, True).type == SourceType.EXPERT
    assert classify(_phrase(("Leuten", "NN")), None, LEX, True).type == SourceType.ANONYMOUS
    blogger = classify(_phrase(("mehrere", "PIAT"), ("Militärblogger", "NN")), None, LEX, True)
    assert blogger.type == SourceType.ANONYMOUS


def test_land_before_a_name_is_the_states_government() -> None:
    typing = classify(_phrase(("das", "ART"), ("Land", "NN"), ("Tirol", "NE")), None, LEX, True)
    assert typing.type == SourceType.OFFICIAL, typing.reason
    typing = classify(_phrase(("das", "ART"), ("Land", "NN")), None, LEX, True)
    assert "the state" not in typing.reason  # "das Land" alone may be any country


GROUP = "unnamed group (x)"


@pytest.mark.parametrize(
    ("words", "reason", "expected"),
    [
        ((("Reste", "NN"), ("von", "APPR"), ("Geschirr", "NN")), GROUP, NO_SOURCE),
        ((("Satire", "NN"),), "unnamed or vague source (Satire)", NO_SOURCE),
        ((("Berechnungen", "NN"),), GROUP, "document"),
        ((("Grundversorgungsgesetz", "NN"),), GROUP, "document"),
        ((("Informationen", "NN"),), GROUP, None),  # hearsay stays anonymous
        ((("Anrainer", "NN"),), GROUP, None),  # people
        ((("Organisationen", "NN"),), GROUP, None),  # agents, also in the plural
        ((("diese", "PDAT"), ("Veränderungen", "NN")), "unnamed, of no known kind", NO_SOURCE),
        ((("im", "APPRART"), ("Nachhinein", "NN")), "unnamed, of no known kind", NO_SOURCE),
    ],
)
def test_things_typed_as_groups_are_no_sources(
    words: tuple[tuple[str, str], ...], reason: str, expected: str | None
) -> None:
    assert thing_kind(_phrase(*words), None, reason) == expected


def test_a_heading_is_no_source_even_with_an_entity() -> None:
    from newsprobe.model import Entity, EntityType

    tokens = _phrase(("GESTIEGENE", "ADJA"), ("BETREUUNGSKOSTEN", "NN"))
    org = Entity(id=0, name="GESTIEGENE BETREUUNGSKOSTEN", type=EntityType.ORG)
    assert thing_kind(tokens, org, "organisation of unknown kind") == NO_SOURCE


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Einsatzkräften", "official"),
        ("Innenressorts", "official"),
        ("Generalprokuratur", "official"),
        ("Kanton", "official"),
        ("Grundversorgungsgesetz", "document"),
        ("Menschenrechtsstiftung", "other"),  # not a research foundation
        ("Geschäftsführung", "other"),  # a company's management, not a state's leadership
        ("Wirtschaftsdelegierter", "other"),  # of the chamber of commerce
        ("Staatsführung", "official"),
    ],
)
def test_lexicon_heads_by_meaning(word: str, expected: str) -> None:
    hit = LEX.head_type(word)
    assert hit is not None and hit[0] == expected


@pytest.mark.parametrize(
    ("surface", "category", "expected"),
    [
        ("FIFA", "ngo", "other"),  # a sports federation is an association, no authority
        ("UEFA", "ngo", "other"),
        ("Papst Franziskus", "religious_leader", "other"),
        ("Jobbik", "party", "politician"),
    ],
)
def test_knowledge_base_categories(surface: str, category: str, expected: str) -> None:
    entry = kb_entry(surface=surface)
    assert entry is not None and entry.category == category
    assert LEX.kb_categories[entry.category] == expected


def test_end_to_end_body_roles_and_statements() -> None:
    a = run(
        "Wien – Der Verband der Quarzsandwerke lehnt die neue Abgabe ab. "
        "Die Abgabe koste Arbeitsplätze, sagte der XBVÖ-Präsident am Montag. "
        "Nach Spiegel-Informationen prüft die Regierung bereits Ausnahmen."
    )
    src = a.sources[find(a, "Arbeitsplätze").source]  # type: ignore[index]
    assert src.type == SourceType.OTHER, src.reason
    spiegel = [s for s in a.sources if "Spiegel" in s.name]
    assert spiegel and all(s.type == SourceType.MEDIA for s in spiegel), a.sources


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Vizepräsident der Ärztekammer", "other"),
        ("Präsidentin des Obersten Gerichtshofs", "official"),
        # a state is no employer: its president is the politician the role word says
        ("Präsident der Vereinigten Staaten", "politician"),
    ],
)
def test_leading_role_with_its_body_after_it(role: str, expected: str) -> None:
    assert kind(role) == expected


def test_speaker_phrase_with_a_body_after_the_role() -> None:
    phrase = _phrase(("der", "ART"), ("Vizepräsident", "NN"), ("der", "ART"), ("Ärztekammer", "NN"))
    typing = classify(phrase, None, LEX, True)
    assert typing.type == SourceType.OTHER, typing.reason


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Feuerwehrmann", "official"),
        ("Feuerwehrleute", "official"),
        ("Gewerkschaftsmann", "other"),
        ("Parteimitglied", "politician"),
        ("Armeeangehöriger", "official"),  # a member, not a relative
        ("Zimmermann", None),  # no body before "-mann": a name or a trade
        ("Geschäftsfrau", None),
        ("Fachmann", None),  # the lexicon knows the whole word
    ],
)
def test_members_of_a_body_take_its_kind(word: str, expected: str | None) -> None:
    from newsprobe.attribution.person_roles import member_type

    assert member_type(word, LEX) == expected


def test_speaker_phrase_of_body_members() -> None:
    phrase = _phrase(("ein", "ART"), ("Feuerwehrmann", "NN"))
    typing = classify(phrase, None, LEX, True)
    assert typing.type == SourceType.OFFICIAL, typing.reason


@pytest.mark.parametrize(
    ("word", "expected", "named"),
    [
        ("Expertenmeinung", SourceType.EXPERT, False),
        ("Augenzeugenangaben", SourceType.WITNESS, False),
        ("Regierungsangaben", SourceType.OFFICIAL, False),
        ("Spiegel-Informationen", SourceType.MEDIA, True),  # a named outlet
    ],
)
def test_a_view_of_a_typed_noun(word: str, expected: SourceType, named: bool) -> None:
    typing = classify(_phrase((word, "NN")), None, LEX, True)
    assert (typing.type, typing.named) == (expected, named), typing.reason
