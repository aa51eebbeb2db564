"""Source types from what the article says about a speaker anywhere (party in brackets,
"von der Bundespolizei", "Forscher um X", a leading role with its body, party and field
adjectives, compounds of leading roles, the article's own organisations) and one source per
person.  Texts are written for these tests; names are invented."""

from __future__ import annotations

from attribution_texts import role_kind as kind
from attribution_texts import run_text as run
from attribution_texts import source_of

from newsprobe.api import analyze_text
from newsprobe.attribution.canonical import person_for, surname_index
from newsprobe.model import Entity, EntityType, SourceType


def test_a_party_in_brackets_makes_a_politician() -> None:
    a = run(
        "Am Donnerstag haben Herbert Kranzl (ÖVP) und Maria Pichl (SPÖ) im Landtag "
        "eine Reform vorgestellt. Kranzl betonte, dass die Gemeinden zustimmen."
    )
    src = source_of(a, "Gemeinden zustimmen")
    assert src.type == SourceType.POLITICIAN, src.reason


def test_the_body_after_von_der_types_the_person() -> None:
    a = run(
        "Von Entspannung kann keine Rede sein, sagte Bernd Jakobeit von der "
        "Bundespolizeiinspektion Freyung am Sonntag."
    )
    src = source_of(a, "Entspannung")
    assert src.type == SourceType.OFFICIAL, src.reason


def test_a_place_after_an_is_no_employer() -> None:
    assert kind("an der Grenze") is None
    assert kind("an der Universität Graz") == "expert"
    assert kind("von Berlin") is None


def test_a_leading_role_with_im_and_a_party_adjective() -> None:
    a = run(
        "Der republikanische Vorsitzende im Repräsentantenhaus, Tom Brackett, gab sich "
        "kämpferisch. Diese Debatte sei noch lange nicht vorbei, sagte Brackett."
    )
    src = source_of(a, "Debatte sei")
    assert src.type == SourceType.POLITICIAN, src.reason
    assert kind("der republikanische Vorsitzende") == "politician"
    assert kind("Vorsitzender im Repräsentantenhaus") == "politician"


def test_compounds_of_leading_roles_take_their_body() -> None:
    assert kind("burgenländischer Polizeidirektor") == "official"
    assert kind("Institutsdirektor") == "expert"
    # a place opening the compound is no employer: the role decides
    assert kind("Deutschlandchef von EY") == "other"
    assert kind("Ex-KPÖ-Chef") == "politician"


def test_a_field_adjective_types_a_leading_role() -> None:
    assert kind("die wissenschaftliche Direktorin") == "expert"
    assert kind("der ärztliche Leiter") == "expert"
    assert kind("die kaufmännische Direktorin") == "other"


def test_a_deputy_holds_the_kind_of_the_office() -> None:
    assert kind("Landeshauptmannvize") == "politician"


def test_envoys_prefects_and_therapists() -> None:
    assert kind("UN-Sondergesandte") == "official"
    assert kind("Präfektin") == "official"
    assert kind("Psychotherapeutin") == "expert"


def test_the_group_a_person_leads_types_it() -> None:
    a = run(
        "Die Forscher um Lena Hofstätter haben 300 Proben untersucht. "
        "Die Ergebnisse seien eindeutig, sagte Lena Hofstätter."
    )
    src = source_of(a, "Ergebnisse seien")
    assert src.type == SourceType.EXPERT, src.reason


def test_the_articles_own_organisations_type_role_prefixes() -> None:
    assert kind("IPN-Direktor") == "other"  # unknown body: the role alone
    assert kind("IPN-Direktor", {"IPN": "expert"}) == "expert"
    a = run(
        "Das Institut für Nationales Gedenken (IPN) in Warschau hat die Akten geöffnet. "
        "IPN-Direktor Lukasz Kaminiak sagte, die Dokumente seien echt."
    )
    src = source_of(a, "Dokumente seien")
    assert src.type == SourceType.EXPERT, src.reason


def test_a_persons_kind_does_not_come_from_its_employers_name_words() -> None:
    a = run(
        "Die Präsidentin der Hilfsorganisation Brot für die Welt, Cornelia Fahrenkamp, sagte, "
        "die Hilfe komme zu spät."
    )
    src = source_of(a, "Hilfe komme")
    assert src.type != SourceType.MEDIA, src.reason


def test_a_bare_surname_read_as_a_place_is_the_person() -> None:
    text = (
        "Roms Bürgermeister Ignazio Marellino kämpft um sein Amt. "
        "Ich bleibe bis zum Ende der Amtszeit, sagte Marellino am Montag."
    )
    a = run(text)
    index = surname_index(a)
    person = next(e.id for e in a.entities if e.name == "Ignazio Marellino")
    assert index["Marellino"] == (person,)
    # the same surname in a cluster of its own, of another type, is that person
    other = next((e for e in a.entities if e.name == "Marellino"), None)
    if other is not None:
        assert person_for(a, other.id, "Marellino", index) == (person,)
    assert person_for(a, None, "Marellino", index) == (person,)
    assert person_for(a, None, "Marellino sagte", index) is None
    src = source_of(a, "Ich bleibe")
    assert src.entity == person and src.type == SourceType.POLITICIAN, src


def test_two_persons_with_one_surname_stay_apart() -> None:
    a = run(
        "Die Ministerin Anna Gruberova und ihr Bruder Peter Gruberova stritten. "
        "Das sei falsch, sagte Gruberova."
    )
    assert "Gruberova" not in surname_index(a)
    assert all(e.type != EntityType.PER or e.name != "" for e in a.entities)


def test_a_surname_the_entity_layer_split_off_joins_the_person() -> None:
    """The entity layer put the bare "Marellino" into a place cluster of its own and the
    speaker step kept it: its statements join the mayor's source."""
    from newsprobe.attribution.sources import _Group, _one_person_one_source

    text = (
        "Überschrift\n\nRoms Bürgermeister Ignazio Marellino kämpft um sein Amt. "
        "Ich bleibe bis zum Ende der Amtszeit, sagte Marellino am Montag."
    )
    a = analyze_text(text, lang="de", only=["entities"])
    person = next(e for e in a.entities if e.name == "Ignazio Marellino")
    split = Entity(id=len(a.entities), name="Marellino", type=EntityType.LOC)
    a.entities.append(split)
    full = text.index("Ignazio Marellino")
    bare = text.rindex("Marellino")
    mayor = _Group((full, full + len("Ignazio Marellino")), person.id)
    mayor.attributions = [0]
    place = _Group((bare, bare + len("Marellino")), split.id)
    place.attributions = [1]
    merged = _one_person_one_source(a, [mayor, place])
    assert merged == [mayor] and mayor.attributions == [0, 1]
    # a place that is no one's surname stays apart
    rom = _Group((text.index("Roms"), text.index("Roms") + 4), None)
    rom.attributions = [2]
    assert rom in _one_person_one_source(a, [mayor, rom])


def test_one_person_under_two_full_names_is_one_surname() -> None:
    a = analyze_text(
        "Überschrift\n\nLech Walenski traf Jan Kiszak. Lech Kaczynski Walenski kam später.",
        lang="de",
        only=["entities"],
    )
    pers = [e for e in a.entities if e.type == EntityType.PER and e.name.endswith("Walenski")]
    if len(pers) == 2:  # the tagger ran two names together
        assert surname_index(a)["Walenski"] == tuple(sorted(e.id for e in pers))


def test_a_public_role_outranks_a_private_one_named_first() -> None:
    a = run(
        "Der frühere Schauspieler Jimmy Moralo tritt zur Wahl an. Der Präsidentschaftskandidat "
        "Moralo sagte, er werde die Korruption beenden."
    )
    src = source_of(a, "Korruption beenden")
    assert src.type == SourceType.POLITICIAN, src.reason


def test_a_bare_leading_role_does_not_outrank_a_typed_one() -> None:
    from newsprobe.attribution.person_roles import is_bare_leading_role

    assert is_bare_leading_role("der Präsident")
    assert not is_bare_leading_role("Wirtschaftskammer-Präsident")
    assert not is_bare_leading_role("Präsident des Verbandes")
    a = run(
        "Verbandspräsident Otto Kremser verlangt niedrigere Steuern. Der Präsident sagte, "
        "die Betriebe seien am Limit. Kremser ist Wirtschaftskammer-Präsident."
    )
    src = source_of(a, "Betriebe seien")
    assert src.type == SourceType.OTHER, src.reason


def test_a_named_organisations_paper_is_the_organisation() -> None:
    a = run(
        "Die Bibliothekarsvereinigung Norlib (NLA) hat ihre Liste veröffentlicht. Laut einer "
        "Pressemitteilung der NLA wurden 300 Bücher beanstandet."
    )
    src = source_of(a, "300 Bücher")
    assert src.type != SourceType.DOCUMENT, src.reason
    b = run("Laut einer Pressemitteilung wurden 300 Bücher beanstandet.")
    assert source_of(b, "300 Bücher").type == SourceType.DOCUMENT


def test_institutions_of_austria_and_research_bodies_from_the_knowledge_base() -> None:
    assert source_of(
        run("Das Wifo rechnet damit, dass die Wirtschaft wächst."), "Wirtschaft"
    ).type == (SourceType.EXPERT)
    a = run("Die Agentur für Arbeit teilte mit, die Zahl der Arbeitslosen sei gesunken.")
    assert source_of(a, "Arbeitslosen").type == SourceType.OFFICIAL  # not an outlet ("Agentur")
    b = run("Die Statistik Austria teilte mit, die Inflation sei gestiegen.")
    assert source_of(b, "Inflation").type == SourceType.OFFICIAL  # not a document


def test_the_knowledge_base_outranks_the_articles_own_guess() -> None:
    # "…organisation" would be "other" by its words; the KB knows the WHO is international
    assert kind(
        "Chef der Weltgesundheitsorganisation", {"Weltgesundheitsorganisation": "other"}
    ) == ("official")


def test_an_organisations_name_types_it_where_its_paper_speaks() -> None:
    a = run(
        "Die Bundeswettbewerbsbehörde (BWB) hat zwei Jahre ermittelt. Laut dem BWB-Bericht "
        "haben die Firmen die Preise abgesprochen."
    )
    src = source_of(a, "Preise abgesprochen")
    assert src.type == SourceType.OFFICIAL, src.reason


def test_papers_are_documents_and_give_way_to_whom_they_are_from() -> None:
    a = run("Laut dem jüngsten Vertrauensindex liegt der Kanzler vorne.")
    assert source_of(a, "Kanzler vorne").type == SourceType.DOCUMENT
    b = run("Laut einer Ankündigung des Innenministeriums sollen die Kontrollen verschärft werden.")
    assert source_of(b, "Kontrollen").type == SourceType.OFFICIAL
    c = run("Laut Ankündigungen des Innenministeriums sollen die Kontrollen verschärft werden.")
    assert source_of(c, "Kontrollen").type == SourceType.OFFICIAL


def test_a_copula_after_the_name_gives_the_role() -> None:
    a = run(
        "Die Seuchengefahr sei eine Lüge, sagt Vytenis Andrulaitis. Andrulaitis ist seit 2014 "
        "EU-Kommissar für Gesundheit."
    )
    src = source_of(a, "Seuchengefahr")
    assert src.type == SourceType.POLITICIAN, src.reason


def test_someone_of_a_quoted_publication_is_media() -> None:
    assert kind("Militärexperte der „New York Times“") == "media"
    assert kind("Militärexperte der Bundeswehr") == "expert"
    # a quoted team or group is no publication
    assert kind("Fahrer des „Red Bull Racing Teams“") != "media"
    assert kind("Chef der „Roma-Garde“") != "media"
