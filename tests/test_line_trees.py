"""The tree line model: numeric features, JSON trees walked by numpy, smoothing."""

from __future__ import annotations

import json

import numpy as np
import pytest

from newsprobe.layout.line_model import trees
from newsprobe.layout.line_model.numeric import BASE_NAMES, NAMES, V2_NAMES, VERSION, page_matrix
from newsprobe.layout.lines import split_lines
from newsprobe.read.markup import unwrap_links
from test_line_model import ARTICLE, MENU, PAGE, PARAS

MENU_MD = "".join(f"* [{m}](/{i})\n" for i, m in enumerate(MENU)) + "\n"


def test_page_matrix_has_one_row_per_line_and_every_column() -> None:
    text, links = unwrap_links(MENU_MD + ARTICLE)
    lines = split_lines(text)
    x = page_matrix(lines, links)
    assert x.shape == (len(lines), len(NAMES))
    col = {n: i for i, n in enumerate(NAMES)}
    assert x[0, col["link"]] == pytest.approx(1.0)
    prose_rows = [i for i, ln in enumerate(lines) if ln.text in PARAS]
    assert all(x[i, col["prose"]] == 1.0 and x[i, col["inside"]] == 1.0 for i in prose_rows)
    assert x[0, col["inside"]] == 0.0 and x[0, col["zone_before"]] > 0
    # neighbours off the page are missing (NaN), not zero
    assert np.isnan(x[0, col["-1:words"]]) and not np.isnan(x[1, col["-1:words"]])


def test_page_matrix_of_no_lines_is_empty() -> None:
    assert page_matrix([]).shape == (0, len(NAMES))


def _toy_model() -> tuple[object, dict, np.ndarray]:
    sklearn = pytest.importorskip("sklearn.ensemble")
    from newsprobe.training.lines import export

    rng = np.random.default_rng(0)
    x = rng.normal(size=(600, len(NAMES)))
    x[rng.random(x.shape) < 0.05] = np.nan  # missing values take the learned side
    y = np.where(np.nan_to_num(x[:, 0]) + np.nan_to_num(x[:, 1]) > 0.5, 0, 2)
    y[np.nan_to_num(x[:, 2]) > 1.5] = 1
    clf = sklearn.HistGradientBoostingClassifier(max_iter=20, max_leaf_nodes=7, random_state=0)
    clf.fit(x, y)
    return clf, export(clf, np.bincount(y) / len(y), stay=0.0), x


def test_exported_trees_give_scikit_learns_probabilities() -> None:
    clf, data, x = _toy_model()
    model = trees.TreeLineModel.from_dict(json.loads(json.dumps(data)))
    np.testing.assert_allclose(model.probabilities(x), clf.predict_proba(x), atol=1e-4)


def test_model_file_with_other_features_is_refused_with_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    _, data, _ = _toy_model()
    data["features_version"] = VERSION + 1
    path = tmp_path / "m.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(trees.ModelFileError, match="retrain"):
        trees.TreeLineModel(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(trees.ModelFileError, match="cannot read"):
        trees.TreeLineModel(path)


def test_smoothing_pulls_a_lone_doubtful_line_towards_its_run() -> None:
    _, data, _ = _toy_model()
    data["stay"] = 0.9
    model = trees.TreeLineModel.from_dict(data)
    model.priors = np.array([0.3, 0.05, 0.65])
    p = np.array([[0.9, 0.0, 0.1]] * 4 + [[0.35, 0.0, 0.65]] + [[0.9, 0.0, 0.1]] * 4) + 1e-6
    p /= p.sum(axis=1, keepdims=True)
    smoothed = model.smooth(p)
    assert smoothed[4, 0] > smoothed[4, 2]  # the doubtful line joins the article
    np.testing.assert_allclose(smoothed.sum(axis=1), 1.0)
    model.stay = 0.0
    assert model.smooth(p) is p


@pytest.mark.skipif(not trees.MODEL_PATH.is_file(), reason="no shipped tree model")
def test_shipped_tree_model_reads_a_page() -> None:
    model = trees.TreeLineModel(trees.MODEL_PATH)
    lines = split_lines(PAGE)
    probs = model.marginals(lines)
    assert len(probs) == len(lines)
    article = [p["B"] + p["H"] for ln, p in zip(lines, probs, strict=True) if ln.text in PARAS]
    menu = [p["O"] for ln, p in zip(lines, probs, strict=True) if ln.text == "Impressum"]
    assert min(article) > 0.5 and min(menu) > 0.5


@pytest.mark.skipif(not trees.MODEL_PATH.is_file(), reason="no shipped tree model")
def test_shipped_tree_model_holds_numbers_and_feature_names_only() -> None:
    data = json.loads(trees.MODEL_PATH.read_text(encoding="utf-8"))
    assert data["features"] in (list(NAMES), list(V2_NAMES), list(BASE_NAMES))
    assert data["classes"] == ["B", "H", "O"]

    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [s for v in value.values() for s in strings(v)]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return []

    allowed = {*trees.SECOND_NAMES, "B", "H", "O", data["model"]}
    assert set(strings(data)) <= allowed
    for tree in data["trees"]:
        assert len(tree["feature"]) == len(tree["threshold"]) == len(tree["value"])
        assert all(0 <= f < len(NAMES) for f in tree["feature"])
