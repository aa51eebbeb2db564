"""The reference article (read from ../shared when present): the attributions the issue
names, with their sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprobe import Analysis
from support import analysed


@pytest.fixture
def seed(seed_path: Path) -> Analysis:
    return analysed(seed_path)


def _att(a: Analysis, fragment: str):
    found = [x for x in a.attributions if fragment in x.message.text]
    assert found, fragment
    return found[0]


def _source(a: Analysis, att):
    assert att.source is not None, att
    return a.sources[att.source]


def test_isw_is_the_source_of_three_statements(seed: Analysis) -> None:
    view = _att(seed, "erschüttert der Assad-Sturz die Glaubwürdigkeit")
    konjunktiv = _att(seed, "autoritäre Machthaber in verschiedenen Ländern")
    quote = _att(seed, "Russlands Unfähigkeit oder bewusster Verzicht")
    assert view.kind == "reported" and view.cue.text == "Nach Ansicht"
    assert "ISW" in view.speakers[0].text
    assert konjunktiv.kind == "reported" and konjunktiv.cue.text == "laut"
    assert konjunktiv.mood == "subj1"
    assert quote.kind == "direct" and quote.continues == konjunktiv.id
    assert view.source == konjunktiv.source == quote.source
    isw = _source(seed, view)
    assert "ISW" in isw.name or "Kriegsstudien" in isw.name
    assert isw.type == "expert" and isw.named
    assert isw.statements >= 3


def test_military_bloggers_are_anonymous(seed: Analysis) -> None:
    att = _att(seed, "eine Reihe russischer Soldaten")
    assert att.kind == "indirect" and att.cue.text == "berichten"
    assert att.speakers[0].text == "mehrere russische Militärblogger"
    src = _source(seed, att)
    assert src.type == "anonymous" and not src.named


def test_account_is_the_source_of_the_partial_quote(seed: Analysis) -> None:
    att = _att(seed, "im Stich gelassen")
    assert att.kind == "partial"
    assert att.speakers[0].text.endswith("@Osinttechnical")
    src = _source(seed, att)
    assert src.type == "social_media" and "@Osinttechnical" in src.name


def test_users_are_the_source_of_their_opinion_and_the_four_bulleted_quotes(
    seed: Analysis,
) -> None:
    opinion = _att(seed, "passe dies zur Einstellung der russischen Truppen")
    assert opinion.kind == "reported" and opinion.mood == "subj1"
    bullets = [
        _att(seed, "das seine eigenen verwundeten Soldaten im Feld hinrichtet"),
        _att(seed, "Unser Motto"),
        _att(seed, "Niemand schert sich um die russischen Soldaten"),
        _att(seed, "Das ist typisch."),
    ]
    assert all(b.kind == "direct" for b in bullets)
    assert {b.source for b in bullets} == {opinion.source}
    users = _source(seed, opinion)
    assert "User" in users.name and users.type == "anonymous" and not users.named
    assert users.statements >= 5


def test_sources_of_the_seed(seed: Analysis) -> None:
    types = sorted(s.type.value for s in seed.sources)
    assert types.count("anonymous") == 2
    assert "expert" in types and "social_media" in types
    for src in seed.sources:
        for aid in src.attributions:
            assert seed.attributions[aid].source == src.id
