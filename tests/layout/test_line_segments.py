"""The line model's lexical cohesion features and its second pass over runs of doubted lines."""

from __future__ import annotations

import json

import numpy as np
import pytest

from newsprobe.layout.line_model import trees
from newsprobe.layout.line_model.cohesion import NAMES as COH_NAMES
from newsprobe.layout.line_model.cohesion import cohesion_matrix, content_keys
from newsprobe.layout.line_model.numeric import COHESION, NAMES, page_matrix
from newsprobe.layout.line_model.segments import NAMES as SEG_NAMES
from newsprobe.layout.line_model.segments import line_info, segment_matrix
from newsprobe.layout.lines import split_lines

PROSE = [
    "Das Rezept für den Kirschkuchen braucht Zucker, Butter und Kirschen aus dem Glas, dazu "
    "etwas Geduld beim Backen.",
    "Zuerst die Butter mit dem Zucker schaumig schlagen, dann die Kirschen abtropfen lassen "
    "und unter den Teig heben.",
    "Den Kirschkuchen eine Stunde backen und vor dem Servieren gut abkühlen lassen, damit er "
    "sich schneiden lässt.",
]
INGREDIENTS = ["200 g Zucker", "250 g Butter", "1 Glas Kirschen"]
MENU = ["Startseite", "Impressum", "Datenschutz"]
PAGE = "\n".join(MENU) + "\n\n" + "\n\n".join(PROSE[:2]) + "\n\n" + "\n".join(INGREDIENTS)
PAGE += "\n\n" + PROSE[2] + "\n\n" + "\n".join(MENU) + "\n"


def _col(names: tuple[str, ...], name: str) -> int:
    return names.index(name)


def test_content_keys_leave_out_stop_words_digits_and_short_words() -> None:
    assert content_keys("Der Zucker und 200 g Butter, die Zuckers") == {"zucker", "butter"}


def test_list_items_sharing_the_articles_words_cohere_and_a_menu_does_not() -> None:
    lines = split_lines(PAGE)
    m = cohesion_matrix(lines)
    assert m.shape == (len(lines), len(COH_NAMES))
    by_text = {ln.text: row for ln, row in zip(lines, m, strict=True)}
    dense = _col(COH_NAMES, "coh_dense")
    assert all(by_text[t][dense] == 1.0 for t in INGREDIENTS)
    assert all(by_text[t][dense] == 0.0 for t in MENU)
    # a prose line's own words do not count as shared with the prose
    lone = split_lines("Menü\n\nQuallen schwimmen gemächlich durchs Aquarium, staunen Besucher.\n")
    assert cohesion_matrix(lone)[1, dense] == 0.0
    assert np.isnan(cohesion_matrix(split_lines("200 g\n"))[0, dense])  # no content word


def test_page_matrix_holds_the_cohesion_columns_after_the_base_columns() -> None:
    lines = split_lines(PAGE)
    x = page_matrix(lines)
    assert x.shape == (len(lines), len(NAMES)) and NAMES[COHESION] == COH_NAMES
    np.testing.assert_array_equal(x[:, COHESION], cohesion_matrix(lines))


def _first_pass(lines) -> np.ndarray:  # type: ignore[no-untyped-def]
    """A first reading: the prose is article, everything else furniture."""
    p_o = np.array([0.1 if ln.text in PROSE else 0.9 for ln in lines])
    return np.column_stack([1 - p_o, np.zeros(len(lines)), p_o])


def test_a_run_of_doubted_lines_between_article_lines_is_described_as_a_run() -> None:
    lines = split_lines(PAGE)
    m = segment_matrix(line_info(lines), _first_pass(lines), ["B", "H", "O"])
    assert m.shape == (len(lines), len(SEG_NAMES))
    row = {ln.text: dict(zip(SEG_NAMES, r, strict=True)) for ln, r in zip(lines, m, strict=True)}
    first = row[INGREDIENTS[0]]
    assert first["run_lines"] == 3 and first["run_bounded"] == 1.0 and first["inside_span"] == 1.0
    assert first["run_coh_art"] == 1.0 and first["coh_art"] == 1.0
    assert first["art_lines_above"] == 2 and first["art_lines_below"] == 1
    top = row[MENU[0]]
    assert top["run_bounded"] == 0.0 and top["inside_span"] == 0.0 and top["coh_art"] == 0.0
    assert row[PROSE[0]]["run_lines"] == 0.0  # an article line is in no run


def test_unrelated_training_paragraphs_leave_cohesion_unknown() -> None:
    lines = split_lines(PAGE)
    info = line_info(lines)
    info.cohesive = False
    m = segment_matrix(info, _first_pass(lines), ["B", "H", "O"])
    assert np.isnan(m[:, _col(SEG_NAMES, "coh_art")]).all()
    assert not np.isnan(m[:, _col(SEG_NAMES, "run_lines")]).any()


def _data() -> list:
    rng = np.random.default_rng(1)
    data = []
    for s in range(20):
        lines = split_lines(PAGE)
        x = page_matrix(lines) + rng.normal(scale=0.01, size=(len(lines), len(NAMES)))
        y = np.array([0 if ln.text in PROSE or ln.text in INGREDIENTS else 2 for ln in lines])
        y[len(MENU)] = 1
        data.append((f"site{s}.de", x, y, line_info(lines)))
    return data


def test_second_pass_reads_every_fold_with_a_first_pass_that_never_saw_it(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("sklearn")
    from newsprobe.training import lines as training
    from newsprobe.training.lines_data import fold_of

    fitted: list[set[str]] = []
    real_fit = training.fit

    def fit(data, params=None, o_weight=1.0):  # type: ignore[no-untyped-def]
        fitted.append({d[0] for d in data})
        return real_fit(data, dict(training.PARAMS, max_iter=3, min_samples_leaf=2), o_weight)

    monkeypatch.setattr(training, "fit", fit)
    data = _data()
    models = training.fold_models(data, 5)
    assert models and all(m["second"]["features"] == list(trees.SECOND_NAMES)
                          for m in models.values())  # fmt: skip
    # every fit leaves out the evaluated fold; the first passes that read the second pass's
    # training folds leave out that fold too: one per pair of folds, shared by both
    folds = {fold_of(d[0], 5) for d in data}
    left_out = [frozenset(folds - {fold_of(s, 5) for s in f}) for f in fitted]
    assert all(left_out)
    assert len({lo for lo in left_out if len(lo) == 2}) == len(folds) * (len(folds) - 1) // 2
    assert len(fitted) == len(folds) * 2 + len(folds) * (len(folds) - 1) // 2
    model = trees.TreeLineModel.from_dict(json.loads(json.dumps(models[min(models)])))
    assert model.second is not None
    probs = model.marginals(split_lines(PAGE))
    assert len(probs) == len(split_lines(PAGE))
    assert all(abs(sum(p.values()) - 1.0) < 1e-6 for p in probs)


def test_second_pass_with_other_columns_is_refused() -> None:
    pytest.importorskip("sklearn")
    from newsprobe.training import lines as training

    models = training.fold_models(_data(), 5, dict(training.PARAMS, max_iter=2, min_samples_leaf=2))
    data = models[min(models)]
    data["second"]["features"] = list(NAMES)
    with pytest.raises(trees.ModelFileError, match="retrain"):
        trees.TreeLineModel.from_dict(data)


def test_a_model_of_the_columns_before_cohesion_reads_them_alone() -> None:
    sklearn = pytest.importorskip("sklearn.ensemble")
    from newsprobe.layout.line_model.numeric import BASE_NAMES, BASE_VERSION
    from newsprobe.training.lines import export

    lines = split_lines(PAGE)
    x = page_matrix(lines, cohesive=False)
    assert x.shape == (len(lines), len(BASE_NAMES))
    np.testing.assert_array_equal(x, page_matrix(lines)[:, : len(BASE_NAMES)])
    y = np.array([0 if ln.text in PROSE else 2 for ln in lines])
    y[len(MENU)] = 1
    clf = sklearn.HistGradientBoostingClassifier(max_iter=3, min_samples_leaf=1).fit(x, y)
    data = export(clf, np.bincount(y) / len(y), 0.0, BASE_NAMES)
    data["features_version"] = BASE_VERSION
    model = trees.TreeLineModel.from_dict(data)
    assert not model.cohesive and len(model.marginals(lines)) == len(lines)
    data["features_version"] = 2  # the old columns under the new version: refused
    with pytest.raises(trees.ModelFileError):
        trees.TreeLineModel.from_dict(data)
