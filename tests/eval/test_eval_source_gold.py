"""Task source_gold: the bundled gold is well formed and split, scoring counts types, the
other share and kept non-sources, and a bad CSV is a clear error."""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest

from newsprobe.eval import source_gold
from newsprobe.eval.base import EvalError
from newsprobe.eval.registry import TASKS
from newsprobe.eval.source_gold import Item, read_articles, read_gold, score

SHARED_CSV = Path(__file__).resolve().parents[2].parent / "shared/data/10kgnad/test.csv"


def test_gold_is_well_formed_and_split() -> None:
    items = read_gold()
    articles = {
        name: {i.article for i in items if i.split == name}
        for name in ("cold", "dev7", "dev6", "dev5", "dev4", "dev3", "dev2", "dev", "tune")
    }
    sizes = Counter(i.split for i in items)
    assert sizes["tune"] >= 50 and sizes["cold"] >= 120 and sizes["dev7"] >= 120
    assert all(sizes[s] >= 150 for s in ("dev5", "dev4", "dev3", "dev2", "dev"))
    for first, second in combinations(articles, 2):
        assert articles[first].isdisjoint(articles[second]), (first, second)
    assert len({(i.article, i.anchor) for i in items}) == len(items)


def test_score_counts_types_other_share_and_kept_non_sources() -> None:
    items = [
        Item(1, 0, "cold", "politician"),
        Item(1, 5, "cold", "other"),
        Item(2, 0, "cold", "expert"),
        Item(2, 9, "cold", "none"),
        Item(3, 0, "cold", "media"),
    ]
    got = ["politician", "other", "other", "other", None]
    figures = {m.name: m.value for m in score(items, got)}
    assert figures["cold type right"] == pytest.approx(2 / 3)
    assert figures["cold found"] == pytest.approx(3 / 4)
    assert figures["cold other share"] == pytest.approx(3 / 4)  # of the 4 kept sources
    assert figures["cold no-source kept"] == 1.0
    assert figures["cold type right: expert"] == 0.0
    assert figures["cold confused expert -> other"] == 1


def test_bad_gold_line_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "gold.tsv"
    bad.write_text("1\t2\tcold\tpresident\n", encoding="utf-8")
    with pytest.raises(EvalError, match="unknown type"):
        read_gold(bad)


def test_missing_article_is_a_clear_error(tmp_path: Path) -> None:
    csv = tmp_path / "mini.csv"
    csv.write_text("Inland;'Ein Text.'\n", encoding="utf-8")
    with pytest.raises(EvalError, match="has no article 2"):
        read_articles(csv, {1, 2})


def test_task_is_registered() -> None:
    assert TASKS["source_gold"].runner is source_gold.run


@pytest.mark.skipif(not SHARED_CSV.exists(), reason="../shared/data/10kgnad is absent")
def test_gold_anchors_fall_inside_their_articles() -> None:
    items = read_gold()
    texts = read_articles(SHARED_CSV, {i.article for i in items})
    assert all(0 <= i.anchor < len(texts[i.article]) + 5 for i in items)
