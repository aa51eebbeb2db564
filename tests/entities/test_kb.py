"""The knowledge base: data files load, ids are well-formed, lookups and offices work."""

from __future__ import annotations

import re
from datetime import date

from newsprobe.entities import kb


def test_every_entry_is_well_formed() -> None:
    entries = kb.entries()
    assert len(entries) > 800
    ids = [e.kb_id for e in entries]
    assert len(ids) == len(set(ids)), "kb ids must be unique"
    for e in entries:
        assert re.fullmatch(r"Q\d+|np:[a-z_]+:[a-z0-9-]+", e.kb_id), e.kb_id
        assert e.type in ("PER", "ORG", "LOC", "MISC"), e
        assert e.category in kb.CATEGORIES, e
        assert e.name, e


def test_all_countries_with_german_and_english_names() -> None:
    countries = [e for e in kb.entries() if e.category == "country"]
    assert len(countries) >= 249
    russia = kb.lookup("Q159")
    assert russia is not None and russia.name == "Russland" and russia.name_en == "Russia"
    assert "russischen" in russia.adjectives and "Russian" in russia.adjectives
    assert russia.genitive == "Russlands"
    assert kb.find("Russlands") == [russia]
    assert kb.find("Russische Föderation") == [russia]
    # a country without a curated row still has its pycountry names and a local id
    maldives = kb.find("Malediven")
    assert maldives and maldives[0].kb_id == "np:country:mdv" and maldives[0].name_en == "Maldives"


def test_lookup_api_for_other_components() -> None:
    isw = kb.find("ISW")
    assert [e.kb_id for e in isw] == ["np:org:isw"]
    assert isw[0].category == "think_tank" and isw[0].type == "ORG"
    assert kb.lookup("Q7747").category == "head_of_state"
    assert kb.lookup("np:media:dpa").category == "news_agency"
    assert kb.lookup("Q918").category == "platform"
    assert kb.find("Telegram")[0].category == "platform"
    assert kb.lookup("no:such:id") is None
    assert kb.find("Gibtsnicht") == []


def test_common_words_need_confirmation() -> None:
    spiegel = kb.lookup("np:media:spiegel")
    assert spiegel is not None and "Spiegel" in spiegel.confirm
    assert "Der Spiegel" not in spiegel.confirm
    welt = kb.lookup("np:media:welt")
    assert welt is not None and "Welt" in welt.confirm


def test_office_holders_by_date() -> None:
    assert kb.office_holders("head_of_state:RUS", date(2010, 1, 1)) == ["Q23530"]
    assert kb.office_holders("head_of_state:RUS", date(2024, 12, 9)) == ["Q7747"]
    assert kb.office_holders("head_of_government:DEU", date(2023, 5, 1)) == ["Q61053"]
    assert kb.office_holders("head_of_state:SYR", date(2024, 12, 7)) == ["Q44329"]
    assert kb.office_holders("head_of_state:SYR", date(2024, 12, 9)) != ["Q44329"]
    everyone = kb.office_holders("head_of_state:RUS")
    assert everyone[0] == "Q7747" and set(everyone) == {"Q7747", "Q23530", "Q34453"}
    assert "head_of_state:SYR" in kb.offices_of("Q44329")
    for office in ("head_of_state:RUS", "head_of_government:DEU", "head_of_state:USA"):
        for holder in kb.office_holders(office):
            assert kb.lookup(holder) is not None, holder


def test_role_table_loads() -> None:
    roles = kb.roles()
    assert roles["office"]["Kremlchef"] == "head_of_state:RUS"
    assert roles["generic"]["Machthaber"] == "ruler"
    assert "head_of_state" in roles["kinds"]["ruler"]
    assert "Dr." in roles["person_titles"]["words"]
    assert "Angela" in kb.first_names()


def test_country_generation_rules() -> None:
    from newsprobe.entities.kb.build_countries import adjective_rule, genitive_rule, read_extra

    assert adjective_rule("Syrien") == "syrisch"
    assert adjective_rule("Neukaledonien") == "neukaledonisch"
    assert adjective_rule("Kanada") == ""  # irregular: only from the hand-written table
    assert genitive_rule("Russland") == "Russlands"
    assert genitive_rule("Malediven") == ""  # a plural takes an article, no -s
    assert genitive_rule("Paris") == ""
    extra = read_extra()
    assert extra["USA"]["genitive_de"] == "-" and extra["RUS"]["adj_de"] == "russisch"
