"""Helpers shared by tests in every folder (importable as ``support``: pyproject puts
``tests/`` on the path).  Fixtures live in ``tests/conftest.py``."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from newsprobe import Analysis, analyze_path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_2afcf1157ee991d7.txt"
SAMPLES = Path(str(files("newsprobe").joinpath("samples")))

_CACHE: dict[str, Analysis] = {}


def analysed(path: Path) -> Analysis:
    """Analyse a file once per test session (the result is deep-copied for each caller)."""
    key = str(path)
    if key not in _CACHE:
        _CACHE[key] = analyze_path(path)
    return _CACHE[key].model_copy(deep=True)
