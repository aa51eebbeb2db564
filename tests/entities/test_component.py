"""The entities component on texts written for these tests (German and English), on bad input,
and on the seed article (read from ../shared, skipped when absent)."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsprobe import Analysis, analyze_text
from newsprobe.model import Entity, MentionForm
from newsprobe.pipeline import Options, get_component
from support import analysed

GERMAN = """Scholz trifft Macron in Paris

Berlin (dpa) – Bundeskanzler Olaf Scholz hat am Montag in Paris den französischen \
Präsidenten Emmanuel Macron getroffen. Scholz und Macron sprachen nach Angaben der \
Bundesregierung über die Lage in der Ukraine und über russische Angriffe auf Kiew.

Der Kanzler sagte, Deutschland werde der Ukraine weiter helfen. Das Kieler Institut für \
Weltwirtschaft (IfW) hatte zuvor berechnet, wie viel Hilfe bisher geleistet wurde. Die \
Alternative für Deutschland kritisierte das Treffen; die AfD lehnt weitere Hilfen ab.

Die Scholz-Regierung will im Bundestag über das Paket abstimmen lassen. Macrons Sprecherin \
sagte der Nachrichtenagentur AFP, Frankreich sehe das ähnlich.
"""

ENGLISH = """Biden hosts Scholz at the White House

WASHINGTON (Reuters) - President Joe Biden met German Chancellor Olaf Scholz at the White \
House on Friday. Biden said the United States would keep supporting Ukraine. The Institute \
for the Study of War (ISW) said Russian forces had made small gains near Kharkiv.
"""


def entity_named(analysis: Analysis, name: str) -> Entity:
    found = [e for e in analysis.entities if e.name == name]
    assert found, f"no entity {name!r} in {[e.name for e in analysis.entities]}"
    return found[0]


def surfaces(analysis: Analysis, entity: Entity, *, full: bool | None = None) -> set[str]:
    return {
        analysis.mentions[i].text
        for i in entity.mentions
        if full is None or analysis.mentions[i].full is full
    }


@pytest.fixture(scope="module")
def german() -> Analysis:
    return analyze_text(GERMAN, only=["entities"])


def test_spans_and_ids_are_consistent(german: Analysis) -> None:
    german.check_spans()
    assert [m.id for m in german.mentions] == list(range(len(german.mentions)))
    assert [e.id for e in german.entities] == list(range(len(german.entities)))
    for e in german.entities:
        assert e.mentions, e
        for i in e.mentions:
            assert german.mentions[i].entity == e.id
            assert german.mentions[i].type == e.type


def test_person_aliases_merge(german: Analysis) -> None:
    scholz = entity_named(german, "Olaf Scholz")
    assert scholz.kb_id == "Q61053" and scholz.type == "PER"
    assert {"Olaf Scholz", "Scholz"} <= surfaces(german, scholz, full=True)
    macron = entity_named(german, "Emmanuel Macron")
    assert macron.kb_id == "Q3052772"
    assert {"Emmanuel Macron", "Macron", "Macrons"} <= surfaces(german, macron)


def test_roles_resolve(german: Analysis) -> None:
    scholz = entity_named(german, "Olaf Scholz")
    roles = {
        german.mentions[i].text
        for i in scholz.mentions
        if german.mentions[i].form is MentionForm.ROLE
    }
    assert "Bundeskanzler" in roles  # apposition "Bundeskanzler Olaf Scholz"
    assert "Kanzler" in roles  # "Der Kanzler" later: the office table, Scholz named in the text
    macron = entity_named(german, "Emmanuel Macron")
    assert any(german.mentions[i].form is MentionForm.ROLE for i in macron.mentions)


def test_compounds_and_derived_forms_are_not_full_mentions(german: Analysis) -> None:
    scholz = entity_named(german, "Olaf Scholz")
    compound = [
        german.mentions[i] for i in scholz.mentions if german.mentions[i].text == "Scholz-Regierung"
    ]
    assert compound and compound[0].form is MentionForm.COMPOUND and not compound[0].full
    russia = [e for e in german.entities if e.kb_id == "Q159"]
    assert russia, "the adjective 'russische' links to Russia"
    derived = [german.mentions[i] for i in russia[0].mentions]
    assert all(m.form is MentionForm.DERIVED and not m.full for m in derived)
    assert "Scholz-Regierung" not in scholz.aliases


def test_organisations_acronyms_and_kb_ids(german: Analysis) -> None:
    afd = [e for e in german.entities if "AfD" in e.aliases]
    assert len(afd) == 1 and "Alternative für Deutschland" in afd[0].aliases
    assert afd[0].kb_id == "np:org:afd"
    ifw = [e for e in german.entities if "IfW" in e.aliases]
    assert len(ifw) == 1 and ifw[0].type.value == "ORG"
    assert any("Institut für Weltwirtschaft" in a for a in ifw[0].aliases)
    places = {e.name: e.kb_id for e in german.entities if e.type.value == "LOC"}
    assert places.get("Paris") == "Q90" and places.get("Ukraine") == "Q212"
    agencies = {e.kb_id for e in german.entities}
    assert {"np:media:dpa", "Q40464", "np:org:bundestag"} <= agencies


def test_office_resolved_at_article_date() -> None:
    text = "Der Kremlchef äußerte sich am Abend nicht.\n\nDer Bundeskanzler reiste ab."
    for published, kremlin, chancellor in (
        (datetime(2010, 3, 1), "Q23530", "Q567"),
        (datetime(2023, 3, 1), "Q7747", "Q61053"),
    ):
        analysis = analyze_text(text, only=["pos"])
        analysis.meta.published = published
        get_component("entities")(analysis, Options())
        ids = {e.kb_id for e in analysis.entities}
        assert {kremlin, chancellor} <= ids, (published, ids)
        role = analysis.mentions[0]
        assert role.text == "Kremlchef" and role.form is MentionForm.ROLE


def test_unresolvable_roles_and_plurals_make_no_mentions() -> None:
    analysis = analyze_text(
        "Autoritäre Machthaber in vielen Ländern fürchten Proteste. Der Präsident schwieg.",
        only=["entities"],
    )
    assert not [m for m in analysis.mentions if m.form is MentionForm.ROLE]


def test_empty_and_blank_text() -> None:
    empty = Analysis(text="")
    get_component("entities")(empty, Options())
    assert empty.mentions == [] and empty.entities == []
    blank = analyze_text("   \n\n  .  ", only=["entities"])
    assert blank.mentions == [] and blank.entities == []
    no_names = analyze_text("es regnet heute den ganzen tag und morgen auch.", only=["entities"])
    no_names.check_spans()
    assert no_names.entities == []


def test_english_text() -> None:
    analysis = analyze_text(ENGLISH, only=["entities"])
    assert analysis.meta.language == "en"
    analysis.check_spans()
    biden = entity_named(analysis, "Joe Biden")
    assert biden.kb_id == "Q6279" and {"Joe Biden", "Biden"} <= set(biden.aliases)
    assert any(analysis.mentions[i].form is MentionForm.ROLE for i in biden.mentions)
    isw = [e for e in analysis.entities if "ISW" in e.aliases]
    assert len(isw) == 1 and isw[0].kb_id == "np:org:isw"
    assert any("Institute for the Study of War" in a for a in isw[0].aliases)
    ids = {e.kb_id for e in analysis.entities}
    assert {"Q61053", "Q212", "np:org:weisses-haus", "Q30", "Q130879"} <= ids
    assert "Q159" in ids  # "Russian" is a derived mention of Russia


def test_seed_clusters_are_exact(seed_path) -> None:
    analysis = analysed(seed_path)
    analysis.check_spans()

    def cluster_of(surface: str) -> Entity:
        owners = {
            analysis.mentions[m.id].entity
            for m in analysis.mentions
            if m.text == surface and m.entity is not None
        }
        assert len(owners) == 1, (surface, owners)
        return analysis.entities[owners.pop()]

    putin = cluster_of("Wladimir Putin")
    assert putin.name == "Wladimir Putin" and putin.kb_id == "Q7747"
    for surface in ("Wladimir Putins", "Kremlchef", "Kremlchefs", "Putin-Truppen"):
        assert cluster_of(surface) is putin, surface
    assert cluster_of("Putin-Truppen") is putin
    assert not [m for m in analysis.mentions if m.text == "Putin-Truppen" and m.full]

    assad = cluster_of("Baschar al-Assad")
    assert assad.name == "Baschar al-Assad" and assad.kb_id == "Q44329"
    for surface in ("Assad", "Assads", "Syriens Machthaber", "Diktator", "Assad-Sturz"):
        assert cluster_of(surface) is assad, surface
    assert putin is not assad

    isw = cluster_of("ISW")
    assert isw.type.value == "ORG" and isw.name == "US-Institut für Kriegsstudien"
    assert cluster_of("US-Instituts für Kriegsstudien") is isw

    russia = cluster_of("Russland")
    assert russia.kb_id == "Q159" and cluster_of("Russlands") is russia
    derived = [m for m in analysis.mentions if m.text == "russischen"]
    assert derived and all(m.entity == russia.id and not m.full for m in derived)
    # the plural "autoritäre Machthaber in verschiedenen Ländern" is nobody in particular
    generic = [
        m for m in analysis.mentions if m.text == "Machthaber" and m.form is MentionForm.ROLE
    ]
    assert all(analysis.text[m.start - 11 : m.start] != "autoritäre " for m in generic)


def test_one_sense_per_article_and_organisation_triggers() -> None:
    analysis = analyze_text(
        "Der Autobauer Kalvora will sein Werk in Brandenburg schließen. Kalvora beschäftigt "
        "dort 900 Menschen. Betriebsratschef Tobias Rendler sagte, Kalvora habe die Belegschaft "
        "getäuscht. Rendler kündigte Proteste an.",
        only=["entities"],
    )
    kalvora = entity_named(analysis, "Kalvora")
    assert kalvora.type.value == "ORG"  # "Der Autobauer Kalvora"
    assert len(kalvora.mentions) == 3
    rendler = entity_named(analysis, "Tobias Rendler")
    # the role noun in apposition is a mention of him too (found by its ending "-chef")
    assert surfaces(analysis, rendler) == {"Tobias Rendler", "Rendler", "Betriebsratschef"}
    assert "Betriebsratschef Tobias Rendler" not in {m.text for m in analysis.mentions}


def test_without_the_model_gazetteer_and_patterns_still_work(monkeypatch) -> None:
    from newsprobe.entities import component
    from newsprobe.entities.crf import ModelError

    def missing() -> None:
        raise ModelError("NER model not found: test")

    monkeypatch.setattr(component, "default_tagger", missing)
    fresh = component.EntityComponent()
    analysis = analyze_text(GERMAN, only=["pos"])
    fresh(analysis, Options())
    assert any("NER model unavailable" in w for w in analysis.warnings)
    ids = {e.kb_id for e in analysis.entities}
    assert {"Q61053", "Q3052772", "Q90"} <= ids  # KB names need no model
