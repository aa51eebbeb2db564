"""Shared fixtures: the bundled sample articles and (when present) ../shared.

Plain helpers (``analysed``, paths) live in ``tests/support.py``; import them with
``from support import analysed`` (pyproject puts ``tests/`` on the import path).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import SAMPLES, SEED, analysed

__all__ = ["analysed"]


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
