"""Task ``speakers``: the bundled gold file is well formed, names match as documented, and the
task runs on the SpkAtt-2023 news corpus where ../shared has it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprobe.eval.speakers import gold_path, names_match, read_gold, run

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "spkatt2023-news"
TYPES = {
    "official",
    "politician",
    "expert",
    "media",
    "social_media",
    "anonymous",
    "document",
    "witness",
    "other",
}


def test_gold_file_is_well_formed() -> None:
    gold = read_gold(gold_path())
    assert len(gold) >= 250
    splits = {"dev", "test", *(f"test{n}" for n in range(2, 11))}
    assert {g.split for g in gold} == splits
    assert sum(g.split == "test2" for g in gold) >= 80  # the second, cold-scored split
    assert sum(g.split == "test3" for g in gold) >= 100  # the third, cold-scored split
    # test3 lies in the quotes task's held-out part too (articles numbered 0 mod 5)
    assert all(int(g.doc) % 5 == 0 for g in gold if g.split in ("test3", "test4"))
    assert sum(g.split == "test4" for g in gold) >= 60  # the fourth, cold-scored split
    test5 = [g for g in gold if g.split == "test5"]  # the fifth, rich in antecedents
    assert len(test5) >= 60 and sum(g.antecedent for g in test5) >= 25
    test6 = [g for g in gold if g.split == "test6"]  # the sixth, cold, rich in antecedents
    assert len(test6) >= 70 and sum(g.antecedent for g in test6) >= 30
    test7 = [g for g in gold if g.split == "test7"]  # the seventh, cold, rich in antecedents
    assert len(test7) >= 80 and sum(g.antecedent for g in test7) >= 30
    test8 = [g for g in gold if g.split == "test8"]  # the eighth, cold, rich in antecedents
    assert len(test8) >= 80 and sum(g.antecedent for g in test8) >= 30
    test9 = [g for g in gold if g.split == "test9"]  # the ninth, cold, rich in antecedents
    assert len(test9) >= 100 and sum(g.antecedent for g in test9) >= 30
    # (none of its articles in the quotes task's test, cold, cold2 or cold3 parts)
    assert all(int(g.doc) % 5 and int(g.doc) % 10 not in (3, 7, 8) for g in test9)
    test10 = [g for g in gold if g.split == "test10"]  # the tenth, cold
    assert len(test10) >= 90
    # (none in the quotes task's test or cold parts: cold3 and cold4 keep their articles)
    assert all(int(g.doc) % 5 and int(g.doc) % 10 not in (1, 3, 7, 8) for g in test10)
    assert {g.type for g in gold} <= TYPES
    assert sum(g.antecedent for g in gold) >= 40
    # a document is wholly in one part
    parts: dict[str, set[str]] = {}
    for g in gold:
        parts.setdefault(g.doc, set()).add(g.split)
    assert all(len(p) == 1 for p in parts.values())


def test_names_match() -> None:
    assert names_match("Hans-Jürgen Papier", "Papier")
    assert names_match("Michael Gordon", "Gordons")
    assert names_match("Franz Josef Jung", "Franz-Josef Jung")
    assert names_match("IAEA", "Internationale Atomenergiebehörde", ["IAEA"])
    assert not names_match("Sprecher des saudi-arabischen Gesundheitsministeriums", "Sprecher")
    assert not names_match("Winfried Hassemer", "Er")
    assert names_match("-", None) and not names_match("-", "Polizei")


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data/spkatt2023-news is absent")
def test_task_runs_on_a_few_documents() -> None:
    result = run(SHARED, limit=5)
    names = {m.name for m in result.metrics}
    assert "all found" in names and "all speaker right" in names
    assert not result.failures


def test_source_phrase_takes_a_von_phrase_after_the_document_noun() -> None:
    """SpkAtt marks "nach [Angaben von Augenzeugen]" as the source; newsprobe names
    "Augenzeugen" as the speaker, and the score reads the phrase back the corpus's way."""
    from newsprobe.eval.quotes import _Positions, build_analysis, source_phrase
    from newsprobe.eval.quotes_data import GoldDoc
    from newsprobe.options import Options
    from newsprobe.pipeline import get_component

    words = ["Nach", "Angaben", "von", "Augenzeugen", "wurden", "drei", "Menschen", "verletzt", "."]
    doc = GoldDoc(name="t", sentences=[words])
    analysis = build_analysis(doc)
    for name in ("pos", "entities", "quotes", "sources"):
        get_component(name)(analysis, Options(lang="de"))
    att = next(a for a in analysis.attributions if a.cue is not None)
    where = _Positions(doc, analysis)
    spoken = set().union(*(where.of(s.start, s.end) for s in att.speakers))
    assert source_phrase(analysis, att, spoken, where) == {(0, 1), (0, 2), (0, 3)}
