"""The cold name gold's reader and tally (``newsprobe.eval.ner_cold``)."""

from __future__ import annotations

import pytest

from newsprobe.eval.ner_cold import GOLD_FILES, Tally, parse, prf, read_gold


def test_parse_gives_plain_text_and_spans_of_the_marked_names() -> None:
    text, names = parse("Laut [[Ida Brenk|PER]] will [[Vorla AG|ORG]] nach [[Kiel|LOC]].")
    assert text == "Laut Ida Brenk will Vorla AG nach Kiel."
    assert {text[s:e]: t for s, e, t in names} == {
        "Ida Brenk": "PER",
        "Vorla AG": "ORG",
        "Kiel": "LOC",
    }


def test_read_gold_skips_comments_and_keeps_ids() -> None:
    articles = read_gold("# note\na1\t[[Ulm|LOC]] ist klein.\n\na2\tNichts.\n")
    assert [a.key for a in articles] == ["a1", "a2"]
    assert articles[0].names == {(0, 3, "LOC")} and articles[1].names == frozenset()


@pytest.mark.parametrize("name", GOLD_FILES)
def test_shipped_gold_marks_only_text_that_is_there(name: str) -> None:
    articles = read_gold(name=name)
    assert len(articles) >= 10
    for article in articles:
        assert "[[" not in article.text and "]]" not in article.text
        for start, end, _kind in article.names:
            surface = article.text[start:end]
            # a name opens with a capital or a digit ("1Live", "1. FC Köln")
            assert surface == surface.strip(), surface
            assert surface[:1].isupper() or surface[:1].isdigit(), surface


def test_tally_counts_strict_spans_per_type() -> None:
    tally = Tally()
    tally.add({(0, 3, "LOC"), (5, 9, "PER")}, {(0, 3, "LOC"), (5, 9, "ORG"), (12, 14, "MISC")})
    assert (tally.right, tally.found, tally.gold) == (1, 3, 2)
    assert tally.by_type["PER"] == [0, 0, 1] and tally.by_type["ORG"] == [0, 1, 0]
    p, r, f = prf(tally.right, tally.found, tally.gold)
    assert (p, r) == (pytest.approx(1 / 3), 0.5) and f == pytest.approx(0.4)
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)
