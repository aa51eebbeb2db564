"""The English attribution gold and its scorer (task ``speakers_en``)."""

from __future__ import annotations

from collections import Counter

from newsprobe.eval.registry import TASKS
from newsprobe.eval.speakers_en import kind_right, locate, read_gold


def test_the_gold_has_a_dev_and_a_cold_split() -> None:
    gold = read_gold()
    splits = Counter(g.split for g in gold)
    assert splits["cold"] >= 40 and splits["dev"] >= 40
    assert splits["cold2"] >= 80  # the second cold split (session eng11)
    assert {g.kind for g in gold} <= {"direct", "partial", "indirect", "reported", "narrated"}
    # a page is in one split only (the cold pages stay unread)
    pages = {g.doc: g.split for g in gold}
    assert all(pages[g.doc] == g.split for g in gold)
    assert all(g.end > g.start for g in gold)


def test_a_span_is_found_again_in_a_trimmed_text() -> None:
    body = " Officials said the bridge was closed. Later they said it was open."
    text = body.strip()
    start = body.index("said", 40)
    span = locate(body, text, start, start + 4)
    assert span is not None and text[span[0] : span[1]] == "said"
    assert span[0] == text.index("said", 30)


def test_a_mixed_attribution_counts_for_a_direct_or_partial_gold() -> None:
    assert kind_right("direct", "mixed") and kind_right("partial", "mixed")
    assert not kind_right("indirect", "mixed")
    assert not kind_right("narrated", "reported")


def test_the_task_is_registered() -> None:
    assert TASKS["speakers_en"].default_data == ("extraction-fundus",)


def test_cold_failures_are_never_printed() -> None:
    from newsprobe.eval.speakers_en import _COLD, SPLITS

    assert set(_COLD) == {"cold", "cold2"} and set(_COLD) <= set(SPLITS)
