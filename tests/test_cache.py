"""The cache folder (newsprobe/cache.py): values derived once, read back, rebuilt when damaged,
and simply derived where the folder cannot be written."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from newsprobe.cache import cache_dir, code_text, digest, memo


def _is_dict(value: object) -> bool:
    return isinstance(value, dict)


def test_the_folder_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NEWSPROBE_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine" and (tmp_path / "mine").is_dir()
    monkeypatch.delenv("NEWSPROBE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir(create=False) == tmp_path / "xdg" / "newsprobe"


def test_a_value_is_built_once_then_read_back(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NEWSPROBE_CACHE_DIR", str(tmp_path))
    calls: list[int] = []

    def build() -> dict[tuple[str, str], str]:
        calls.append(1)
        return {("C", "ung"): "NN", ("l", "te"): "VVFIN"}

    first = memo("table", "k1", build, _is_dict)
    second = memo("table", "k1", build, _is_dict)
    assert first == second == {("C", "ung"): "NN", ("l", "te"): "VVFIN"}
    assert len(calls) == 1
    memo("table", "k2", build, _is_dict)  # another key: built again, kept beside
    assert len(calls) == 2
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [f"table-k{i}-m{marshal.version}.marshal" for i in (1, 2)]


@pytest.mark.parametrize("damage", [b"", b"garbage", b"newsprobe-cache-1\n\xff\x00"])
def test_a_damaged_file_is_rebuilt(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, damage: bytes
) -> None:
    monkeypatch.setenv("NEWSPROBE_CACHE_DIR", str(tmp_path))
    memo("t", "k", lambda: {"a": "b"}, _is_dict)
    (path,) = tmp_path.iterdir()
    good = path.read_bytes()
    path.write_bytes(damage or good[: len(good) // 2])
    assert memo("t", "k", lambda: {"a": "c"}, _is_dict) == {"a": "c"}
    assert memo("t", "k", lambda: {"a": "never"}, _is_dict) == {"a": "c"}  # rewritten


def test_a_value_of_the_wrong_type_is_rebuilt(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NEWSPROBE_CACHE_DIR", str(tmp_path))
    memo("t", "k", lambda: ["a", "list"], lambda v: True)
    assert memo("t", "k", lambda: {"a": "b"}, _is_dict) == {"a": "b"}


def test_an_unwritable_folder_only_costs_the_build(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("NEWSPROBE_CACHE_DIR", str(blocker / "cache"))
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"x": 1}

    assert memo("t", "k", build, _is_dict) == {"x": 1}
    assert memo("t", "k", build, _is_dict) == {"x": 1}
    assert len(calls) == 2
    assert list(tmp_path.iterdir()) == [blocker]  # no temporary files left anywhere


def test_digest_separates_its_parts() -> None:
    assert digest("ab", "c") != digest("a", "bc")
    assert digest(b"x") == digest("x") and len(digest("x")) == 16


_MODULE = '''"""A module."""

LIMIT = 3  # the most


class Rule:
    """A rule."""

    def apply(self, word: str) -> str:
        """The word, shortened."""
        return word[:LIMIT]
'''


def _code_text(tmp_path: Path, source: str) -> bytes:
    path = tmp_path / "module.py"
    path.write_text(source, "utf-8")
    return code_text(path)


def test_code_text_ignores_prose(tmp_path: Path) -> None:
    before = _code_text(tmp_path, _MODULE)
    prose = (
        _MODULE.replace("A module.", "What it does, said better.")
        .replace("# the most", "# at most three letters")
        .replace('"""A rule."""', '"""A rule,\n    over two lines."""\n    # a comment')
        .replace('"""The word, shortened."""', "")
        .replace("LIMIT = 3", 'LIMIT = 3\n"""An attribute\'s docstring."""')
    )
    assert prose != _MODULE
    assert _code_text(tmp_path, prose) == before


def test_code_text_follows_the_code(tmp_path: Path) -> None:
    before = _code_text(tmp_path, _MODULE)
    for edit in (
        _MODULE.replace("LIMIT = 3", "LIMIT = 4"),
        _MODULE.replace("word[:LIMIT]", "word[LIMIT:]"),
        _MODULE.replace("def apply", "def use"),
        _MODULE.replace('"""A rule."""', '"""A rule."""\n    NAME = "rule"'),  # a string used
        _MODULE + "\nprint(LIMIT)\n",
    ):
        assert _code_text(tmp_path, edit) != before, edit
