"""Every data or model file the wheel ships has its source and licence in DATA_LICENSES.md,
and the package's licence metadata says MIT with the licence files."""

from __future__ import annotations

import fnmatch
import os
import re
import tomllib
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "newsprobe"


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def wheel_data_files() -> set[str]:
    """The non-Python files setuptools' ``build_py`` puts into the wheel, found by its own
    logic from pyproject's package list and ``package-data`` (no build, no network)."""
    setuptools = pytest.importorskip("setuptools")
    from setuptools.dist import Distribution

    conf = _pyproject()["tool"]["setuptools"]
    where = conf["packages"]["find"]["where"]
    assert where == ["src"]
    # include-package-data would add MANIFEST.in's files: there is none, so package-data is all
    assert not (ROOT / "MANIFEST.in").exists()
    packages = setuptools.find_packages(where=str(ROOT / "src"))
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            dist = Distribution(
                {
                    "script_name": "setup.py",
                    "packages": packages,
                    "package_dir": {"": "src"},
                    "package_data": conf["package-data"],
                }
            )
            dist.include_package_data = False
            build_py = dist.get_command_obj("build_py")
            build_py.ensure_finalized()
            found = {
                Path(src, name).relative_to(Path("src", "newsprobe")).as_posix()
                for _, src, _, names in build_py.data_files
                for name in names
            }
    finally:
        os.chdir(here)
    return {f for f in found if not f.endswith((".py", ".pyc"))}


def listed_patterns() -> list[str]:
    """The paths and globs in the first column of DATA_LICENSES.md's table."""
    text = (ROOT / "DATA_LICENSES.md").read_text("utf-8")
    patterns: list[str] = []
    for line in text.splitlines():
        if line.startswith("| `"):
            first = line.split("|")[1]
            patterns += re.findall(r"`([^`]+)`", first)
    return patterns


def test_every_shipped_data_file_is_listed() -> None:
    shipped = wheel_data_files()
    assert "entities/model/ner-de.crfsuite" in shipped  # the enumeration finds the data
    patterns = listed_patterns()
    missing = sorted(f for f in shipped if not any(fnmatch.fnmatch(f, p) for p in patterns))
    assert not missing, f"shipped but not in DATA_LICENSES.md: {missing}"
    stale = [p for p in patterns if not any(fnmatch.fnmatch(f, p) for f in shipped)]
    assert not stale, f"listed in DATA_LICENSES.md but not shipped: {stale}"


def test_licence_metadata() -> None:
    project = _pyproject()["project"]
    assert project["license"] == "MIT"
    assert set(project["license-files"]) >= {"LICENSE", "DATA_LICENSES.md"}
    licence = (ROOT / "LICENSE").read_text("utf-8")
    assert licence.startswith("MIT License") and "newsprobe team" in licence
    classifiers = project.get("classifiers", [])
    assert not any("License ::" in c for c in classifiers)  # PEP 639: the expression only


def test_no_gpl_dependency() -> None:
    deps = " ".join(_pyproject()["project"]["dependencies"]).lower()
    assert "somajo" not in deps  # GPL-3.0; replaced by spaCy's tokenizer (MIT)
