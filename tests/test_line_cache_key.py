"""The cache keys of the line model's renderings, feature matrices and fold models
(:mod:`newsprobe.training.lines_key`): every input that made a cached product is in its key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsprobe.training import lines_data as tr
from newsprobe.training import lines_key as key


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the files the key reads (and one evaluation module), as the package."""
    root = tmp_path / "newsprobe"
    for path in [*key.input_files(), key.PACKAGE / "eval" / "extraction_text.py"]:
        target = root / path.relative_to(key.PACKAGE)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    (root / "eval" / "__init__.py").touch()
    monkeypatch.setattr(key, "PACKAGE", root)
    return root


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_key_follows_the_training_code_into_layout_and_read() -> None:
    names = key.modules()
    for needed in ("newsprobe.layout.lines", "newsprobe.layout.page_meta",
                   "newsprobe.layout.line_model.numeric", "newsprobe.read.markup",
                   "newsprobe.read.decode", "newsprobe.training.lines_labels",
                   "newsprobe.training.lines_render", "newsprobe.model"):  # fmt: skip
        assert needed in names
    assert not [n for n in names if n.startswith(("newsprobe.api", "newsprobe.eval"))]
    files = {p.relative_to(key.PACKAGE).as_posix() for p in key.input_files()}
    assert {"layout/furniture.toml", "layout/genre.toml"} <= files
    assert not [f for f in files if f.startswith("layout/line_model/model/")]


def test_a_changed_layout_module_changes_the_key(package: Path) -> None:
    before = key.code_digest()
    assert key.code_digest() == before  # the same files, the same key
    _edit(package / "layout" / "head_line.py", "from __future__ import annotations",
          "from __future__ import annotations\n\nSOMETHING_NEW = 1")  # fmt: skip
    assert key.code_digest() != before


def test_prose_alone_keeps_the_key(package: Path) -> None:
    before = key.code_digest()
    path = package / "layout" / "lines.py"
    path.write_text(path.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert key.code_digest() == before


def test_a_lexicon_and_an_imported_module_change_the_key(package: Path) -> None:
    before = key.code_digest()
    path = package / "layout" / "furniture.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    after_toml = key.code_digest()
    assert after_toml != before
    _edit(package / "read" / "markup.py", "import re", "import re\n\nMORE = 2")
    assert key.code_digest() != after_toml


def test_a_module_newly_imported_by_the_training_code_joins_the_key(package: Path) -> None:
    helper = package / "language" / "helper.py"
    helper.parent.mkdir()
    (helper.parent / "__init__.py").touch()
    helper.write_text("LIMIT = 1\n", encoding="utf-8")
    before = key.code_digest()
    helper.write_text("LIMIT = 2\n", encoding="utf-8")
    assert key.code_digest() == before  # not imported yet: no input
    _edit(package / "training" / "lines_labels.py", "import re",
          "import re\n\n\ndef _limit():\n    from newsprobe.language.helper import LIMIT\n\n"
          "    return LIMIT")  # fmt: skip
    imported = key.code_digest()
    helper.write_text("LIMIT = 3\n", encoding="utf-8")
    assert key.code_digest() != imported


def test_the_evaluation_code_is_no_input(package: Path) -> None:
    before = key.code_digest()
    _edit(package / "eval" / "extraction_text.py", "FOLDS = 5", "FOLDS = 5\nMORE = 1")
    assert key.code_digest() == before


def test_the_data_bytes_and_the_settings_are_in_the_training_stamp(tmp_path: Path) -> None:
    data = tmp_path / "data"
    page = data / tr.SETS["scrapinghub"] / "html" / "a.html"
    page.parent.mkdir(parents=True)
    page.write_text("<p>eins</p>", encoding="utf-8")
    folders = tr.data_folders(data, ["scrapinghub"])
    stamp = key.training_stamp(folders, ["inscriptis"], "trees", 5)
    assert key.training_stamp(folders, ["inscriptis"], "trees", 5) == stamp
    assert key.training_stamp(folders, ["inscriptis"], "trees", 4) != stamp
    assert key.training_stamp(folders, ["markdown"], "trees", 5) != stamp
    other = tr.data_folders(data, ["fundus"])
    assert key.training_stamp(other, ["inscriptis"], "trees", 5) != stamp
    page.write_text("<p>zwei</p>", encoding="utf-8")
    assert key.training_stamp(folders, ["inscriptis"], "trees", 5) != stamp


def test_renderings_are_filed_under_what_rendered_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tr.RenderCache(tmp_path)
    monkeypatch.setattr(key, "render_stamp", lambda renderer: "old")
    old = cache._path("lynx", "fundus")
    monkeypatch.setattr(key, "render_stamp", lambda renderer: "new")
    assert cache._path("lynx", "fundus") != old
    assert key.versions(["surely-no-such-distribution"]) == "surely-no-such-distribution=absent"
