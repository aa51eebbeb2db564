"""The line model's context columns (feature version 3): repetition beyond the line, list
shape, one-sided windows and the headline's place; and older models reading the new matrix."""

from __future__ import annotations

import json

import numpy as np
import pytest

from newsprobe.layout.lexicon import furniture
from newsprobe.layout.line_model import trees
from newsprobe.layout.line_model.context import NAMES as CONTEXT_NAMES
from newsprobe.layout.line_model.numeric import NAMES, V2_NAMES, V2_VERSION, page_matrix
from newsprobe.layout.lines import pass_furniture, split_lines
from newsprobe.read.markup import unwrap_links

NAV = ["Startseite", "Region", "Vereine", "Veranstaltungen", "Leserbriefe"]
HEAD = "Brunnenfest in Lindenau lockt Tausende an den Marktplatz"
PARAS = [
    "Mehr als dreitausend Besucher kamen am Samstag zum Brunnenfest auf den Marktplatz von "
    "Lindenau, wo Vereine und Händler bis in die Nacht ihre Stände geöffnet hatten.",
    "Der Ortsvorsteher zeigte sich zufrieden mit dem Verlauf des Festes. Nur am Abend habe ein "
    "kurzer Regenschauer die Gäste unter die Zelte getrieben, sagte er.",
    "Im kommenden Jahr soll das Fest um einen Tag verlängert werden, wenn der Gemeinderat die "
    "nötigen Mittel für Bühne und Sicherheitsdienst bewilligt.",
]
PAGE = "\n".join(
    [*NAV, "", "Lokales", HEAD, "14.06.2025, 18:05 Uhr", "", *PARAS, "", *NAV,
     "Weitere Artikel: Brunnenfest in Lindenau lockt Tausende an", "Impressum"]
)  # fmt: skip


def _matrix(text: str) -> tuple[list, np.ndarray]:
    text, links = unwrap_links(text)
    lines = split_lines(text)
    pass_furniture(lines, furniture(), {})
    return lines, page_matrix(lines, links)


def _col(name: str) -> int:
    return NAMES.index(name)


def test_context_columns_close_the_matrix() -> None:
    lines, x = _matrix(PAGE)
    assert x.shape == (len(lines), len(NAMES))
    assert NAMES[: len(V2_NAMES)] == V2_NAMES and NAMES[len(V2_NAMES) :] == CONTEXT_NAMES


def test_a_menu_printed_twice_repeats_as_a_run_and_the_article_does_not() -> None:
    lines, x = _matrix(PAGE)
    texts = [ln.text for ln in lines]
    nav = [i for i, t in enumerate(texts) if t == "Region"]
    para = texts.index(PARAS[1])
    assert len(nav) == 2 and all(x[i, _col("rep_pair")] == 1.0 for i in nav)
    assert x[nav[0], _col("rep_span")] > 0.5
    assert x[para, _col("rep_pair")] == 0.0 and x[para, _col("rep_span")] == 0.0
    # the headline's opening words stand again in the teaser line at the foot
    head = texts.index(HEAD)
    assert x[head, _col("open_rep")] == 1.0
    assert x[para, _col("open_rep")] == 0.0


def test_the_headline_is_the_heading_shaped_line_above_the_prose() -> None:
    lines, x = _matrix(PAGE)
    texts = [ln.text for ln in lines]
    head = texts.index(HEAD)
    cand = np.flatnonzero(x[:, _col("head_cand")] == 1.0)
    assert cand.tolist() == [head]
    assert x[head, _col("from_head")] == 0.0
    assert x[head + 1, _col("from_head")] == 1.0 and x[0, _col("from_head")] < 0
    assert x[head, _col("date_below")] == 1.0 and x[head, _col("date_above")] == 0.0
    # a sentence is no heading; a line below the prose's start has nothing between
    assert x[texts.index(PARAS[0]), _col("heading_shaped")] == 0.0
    assert np.isnan(x[texts.index(PARAS[2]), _col("heads_between")])


def test_link_lists_are_runs_of_link_lines_with_their_links_counted() -> None:
    md = "".join(f"* [{n}](/{i})\n" for i, n in enumerate(NAV))
    md += "[Region](/r) | [Vereine](/v) | [Sport](/s)\n\nSiehe [1] und [2].\n\n" + "\n\n".join(
        PARAS
    )
    lines, x = _matrix(md)
    texts = [ln.text for ln in lines]
    first = texts.index(NAV[0])
    assert x[first, _col("link_run")] >= len(NAV)
    row = next(i for i, t in enumerate(texts) if t.startswith("Region |"))
    assert x[row, _col("link_items")] == 3
    assert x[texts.index("Siehe [1] und [2]."), _col("ref_marks")] == 2
    para = texts.index(PARAS[1])
    assert x[para, _col("link_run")] == 0 and x[para, _col("link_items")] == 0
    # the lines above a paragraph in the middle are prose, the list's last lines are links
    assert x[para, _col("up5:prose")] > 0 and x[first + 2, _col("down5:link")] > 0.5
    assert np.isnan(x[0, _col("up5:prose")])


def test_a_version_2_model_reads_pages_without_the_context_columns() -> None:
    sklearn = pytest.importorskip("sklearn.ensemble")
    from newsprobe.layout.line_model.segments import NAMES as SEGMENT_NAMES
    from newsprobe.layout.line_model.segments import line_info, segment_matrix
    from newsprobe.training.lines import export

    lines, x = _matrix(PAGE)
    old = x[:, : len(V2_NAMES)]
    np.testing.assert_array_equal(page_matrix(lines, context=False), old)
    rng = np.random.default_rng(1)
    train = np.vstack([old] * 30) + rng.normal(scale=0.3, size=(30 * len(old), len(V2_NAMES)))
    y = rng.integers(0, 3, size=len(train))
    first = sklearn.HistGradientBoostingClassifier(max_iter=5, random_state=0).fit(train, y)
    wide = np.hstack([train, rng.normal(size=(len(train), len(SEGMENT_NAMES)))])
    second = sklearn.HistGradientBoostingClassifier(max_iter=5, random_state=0).fit(wide, y)
    data = export(first, np.bincount(y) / len(y))
    data["second"] = export(second, np.bincount(y) / len(y), names=V2_NAMES + SEGMENT_NAMES)
    assert data["features_version"] == data["second"]["features_version"] == V2_VERSION
    model = trees.TreeLineModel.from_dict(json.loads(json.dumps(data)))
    assert model.second is not None and not model.context
    got = np.array([[p["B"], p["H"], p["O"]] for p in model.marginals(lines)])
    reading = segment_matrix(line_info(lines), first.predict_proba(old), ["B", "H", "O"])
    want = second.predict_proba(np.hstack([old, reading]))
    np.testing.assert_allclose(got, want, atol=1e-4)
