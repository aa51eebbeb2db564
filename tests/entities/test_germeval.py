"""GermEval reading, tag normalisation, span extraction and strict scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprobe.entities import germeval
from newsprobe.training.ner_scoring import Score

SAMPLE = """#\thttp://www.example-news.de/artikel/1\t[2010-01-12]
1\tKanzlerin\tO\tO
2\tAngela\tB-PER\tO
3\tMerkel\tI-PER\tO
4\tbesuchte\tO\tO
5\tdie\tO\tO
6\tdeutsche\tB-LOCderiv\tO
7\tBotschaft\tO\tO
8\tin\tO\tO
9\tParis\tB-LOC\tO
10\t.\tO\tO

#\thttp://de.wikipedia.org/wiki/Beispiel\t[2009-08-13]
1\tDer\tO\tO
2\tSPD-Vorstand\tB-ORGpart\tO
3\ttraf\tO\tO
4\tdie\tO\tO
5\tRolling\tB-OTH\tO
6\tStones\tI-OTH\tO
7\t.\tO\tO
"""


def write(tmp_path: Path) -> Path:
    path = tmp_path / "sample.tsv"
    path.write_text(SAMPLE, "utf-8")
    return path


def test_read_and_normalise(tmp_path: Path) -> None:
    first, second = germeval.read(write(tmp_path))
    assert first.words[1:3] == ("Angela", "Merkel")
    assert first.tags[5] == "O"  # LOCderiv counts as O
    assert first.news and not second.news
    assert first.date == "2010-01-12"
    assert second.tags[1] == "O"  # ORGpart counts as O
    assert second.tags[4:6] == ("B-MISC", "I-MISC")  # OTH is MISC
    assert germeval.spans(first.tags) == {(1, 3, "PER"), (8, 9, "LOC")}


def test_normalise_tag() -> None:
    assert germeval.normalise_tag("B-OTH") == "B-MISC"
    assert germeval.normalise_tag("I-PERpart") == "O"
    assert germeval.normalise_tag("garbage") == "O"


def test_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("just one column\n", "utf-8")
    with pytest.raises(germeval.GermEvalError):
        germeval.read(path)


def test_strict_scoring() -> None:
    score = Score()
    gold = {(0, 2, "PER"), (5, 6, "LOC")}
    score.add(gold, {(0, 2, "PER"), (5, 7, "LOC"), (8, 9, "ORG")})
    assert score.per_type["PER"].f1 == 1.0
    assert score.per_type["LOC"].tp == 0 and score.per_type["LOC"].fn == 1
    micro = score.micro
    assert (micro.tp, micro.fp, micro.fn) == (1, 2, 1)
    assert micro.precision == pytest.approx(1 / 3) and micro.recall == pytest.approx(0.5)
