"""Helpers shared by tests in every folder (importable as ``support``: pyproject puts
``tests/`` on the path).  Fixtures live in ``tests/conftest.py``."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from newsprobe import Analysis, analyze_path
from newsprobe.claims.headline_model import CLASSES, FEATURES, VerdictModel
from newsprobe.model import Block, BlockKind, Metadata

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


def article_of_blocks(parts: list[tuple[str, BlockKind]], meta: Metadata | None = None) -> Analysis:
    """An analysis whose text is ``parts`` joined by blank lines, one block per part (no other
    layer): the starting point of hand-built fixtures."""
    text, spans = "", []
    for chunk, kind in parts:
        if text:
            text += "\n\n"
        spans.append((len(text), len(text) + len(chunk), kind))
        text += chunk
    analysis = Analysis(text=text, meta=meta or Metadata())
    analysis.blocks = [Block.of(text, s, e, id=i, kind=k) for i, (s, e, k) in enumerate(spans)]
    return analysis


def forced_verdict_model(label: str, acts_on: tuple[str, ...]) -> VerdictModel:
    """A headline verdict model that always answers ``label`` on the verdicts it acts on."""
    n = len(FEATURES)
    return VerdictModel(
        features=FEATURES,
        classes=CLASSES,
        mean=(0.0,) * n,
        scale=(1.0,) * n,
        coef=tuple((0.0,) * n for _ in CLASSES),
        intercept=tuple(5.0 if c == label else 0.0 for c in CLASSES),
        acts_on=acts_on,
    )


def as_opinion(analysis: Analysis) -> Analysis:
    """``analysis`` as an opinion piece (``meta.genre``), as the genre component marks one."""
    meta = analysis.meta.model_copy(update={"genre": "opinion", "genre_reason": "kicker Kommentar"})
    return analysis.model_copy(update={"meta": meta})


def sqlite_database_at(path: Path, version: int) -> Path:
    """An SQLite corpus file at schema ``version`` (the first ``version`` migrations applied,
    as an older newsprobe left it), for tests of the migrations after it."""
    import sqlite3

    from newsprobe.store.schema import MIGRATIONS

    conn = sqlite3.connect(path)
    for number, migration in enumerate(MIGRATIONS[:version], start=1):
        conn.executescript(migration)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.commit()
    conn.close()
    return path
