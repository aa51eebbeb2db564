"""Task speakers_10k: the bundled gold is well formed and split by article, a statement is
found by its cue word or, without a cue, by the message at its anchor, and scoring counts
found, right speakers (also where an antecedent is needed) and types per split, never
printing a cold split's failures."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsprobe.api import analyze_text
from newsprobe.eval.base import EvalError
from newsprobe.eval.registry import TASKS
from newsprobe.eval.source_gold import read_gold as read_source_gold
from newsprobe.eval.speakers_10k import COLD, Statement, match, read_gold, score

TEXT = (
    "Die Regierung tagte am Montag in Wien. "
    "Die Lage sei ernst, sagte Innenministerin Johanna Berger. "
    "Man müsse rasch handeln."
)


def test_gold_is_well_formed_split_by_article_and_apart_from_source_gold() -> None:
    gold = read_gold()
    sizes = Counter(g.split for g in gold)
    assert sizes["dev10k"] >= 75 and sizes["cold10k"] >= 75
    by_split = {s: {g.article for g in gold if g.split == s} for s in sizes}
    assert sizes["cold10k2"] >= 50  # rich in speakers that need an antecedent
    assert sum(g.antecedent for g in gold if g.split == "cold10k2") >= 30
    assert sizes["cold10k3"] >= 100  # the eleventh round's, again rich in antecedents
    assert sum(g.antecedent for g in gold if g.split == "cold10k3") >= 30
    splits = ("dev10k", "cold10k", "cold10k2", "cold10k3")
    for k, one in enumerate(splits):
        for other in splits[k + 1 :]:
            assert by_split[one].isdisjoint(by_split[other])
    assert len({(g.article, g.anchor) for g in gold}) == len(gold)
    # articles the source-type gold uses are not reused
    assert not {g.article for g in gold} & {i.article for i in read_source_gold()}
    assert "cold10k" in COLD and "cold10k2" in COLD and "cold10k3" in COLD
    assert "speakers_10k" in TASKS


def test_bad_gold_line_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "gold.tsv"
    bad.write_text("1\t2\tX\t0\tpresident\tdev10k\n", encoding="utf-8")
    with pytest.raises(EvalError, match="unknown type"):
        read_gold(bad)


def test_match_by_cue_word_or_by_the_message_at_the_anchor() -> None:
    analysis = analyze_text(TEXT, lang="de")
    cue = TEXT.index("sagte")
    att = match(analysis, cue)
    assert att is not None and att.cue is not None and att.cue.text == "sagte"
    # the continuation has no cue: its sentence's first character finds it
    follow = match(analysis, TEXT.index("Man müsse"))
    assert follow is not None and follow is not att
    assert match(analysis, TEXT.index("tagte")) is None


def test_score_counts_per_split_and_hides_cold_failures() -> None:
    analysis = analyze_text(TEXT, lang="de")
    cue = TEXT.index("sagte")
    gold = [
        Statement(1, cue, "Johanna Berger", False, "politician", "dev10k"),
        Statement(1, TEXT.index("Man müsse"), "Johanna Berger", True, "politician", "dev10k"),
        Statement(1, TEXT.index("tagte"), "Regierung", False, "official", "dev10k"),
        Statement(1, cue, "Karl Huber", False, "politician", "cold10k"),
    ]
    metrics, errors = score(gold, {1: analysis})
    figures = {m.name: m.value for m in metrics}
    assert figures["dev10k found"] == pytest.approx(2 / 3)
    assert figures["dev10k speaker right"] == 1.0
    assert figures["dev10k speaker right, antecedent needed"] == 1.0
    assert figures["cold10k speaker right"] == 0.0
    assert figures["all found"] == pytest.approx(3 / 4)
    assert any("not found" in e and "dev10k" in e for e in errors)
    assert not any("cold10k" in e for e in errors)
