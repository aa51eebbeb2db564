"""Shared fixtures: the bundled sample articles and (when present) ../shared."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest

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


@pytest.fixture
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip("../shared/seed is not available")
    return SEED


@pytest.fixture
def sample_path():
    def get(name: str) -> Path:
        return SAMPLES / name

    return get
