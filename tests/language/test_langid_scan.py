"""The vectorised py3langid count (language/langid_scan.py) gives py3langid's scores, bit for
bit, and the shipped model's automaton synchronises after the window it relies on."""

from __future__ import annotations

import random
from functools import cache
from typing import Any

import numpy as np
from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

from newsprobe.language.identify import identify
from newsprobe.language.langid_scan import (
    WINDOW,
    FastIdentifier,
    load_identifier,
    synchronising_length,
)
from support import SAMPLES, SEED


@cache
def _plain() -> Any:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _texts() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    if SEED.is_file():
        texts.append(SEED.read_text("utf-8"))
    rng = random.Random(3)
    alphabet = "aäbcdeéfghijklmnoöpqrsßtuüvwxyz .,;:!?-–„“\"'()0123456789\n€°😀ЖжΣσ中文"
    noise = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400))) for _ in range(60)]
    pieces = [t[:n] for t in texts[:3] for n in (1, 5, 6, 7, 63, 64, 65, 200)]
    return texts + noise + pieces + ["", "   ", "ALL CAPS HEADLINE HERE", "Bonjour à tous !"]


def test_the_shipped_model_gets_the_fast_count() -> None:
    assert isinstance(load_identifier(), FastIdentifier)


def test_feature_counts_are_py3langids_in_the_same_order() -> None:
    fast, plain = load_identifier(), _plain()
    for text in _texts():
        data = plain._encode(text)
        expected = visit_counts(plain.tk_nextmove, plain._rowbase, plain.tk_output, data)
        got = fast.feature_counts(data)
        if expected is None:
            assert got is None, text[:40]
            continue
        assert got is not None
        features, counts = got
        assert features.tolist() == list(expected.keys()), text[:40]
        assert counts.tolist() == list(expected.values()), text[:40]


def test_scores_are_identical_bit_for_bit() -> None:
    fast, plain = load_identifier(), _plain()
    for text in _texts():
        assert np.array_equal(fast._decide(text), plain._decide(text)), text[:40]
        assert fast.classify(text) == plain.classify(text)
    assert identify("Die Bundesregierung hat am Montag neue Regeln beschlossen.")[0] == "de"


def test_the_automaton_synchronises_after_the_window() -> None:
    """What the vectorised count rests on: any WINDOW bytes lead every state to one state
    (and fewer do not), so each position's state is that of the WINDOW bytes ending there."""
    assert synchronising_length(_plain(), limit=WINDOW + 1) == WINDOW


def test_a_full_row_cache_widens_the_rest_on_the_spot(monkeypatch: Any) -> None:
    import newsprobe.language.langid_scan as scan

    monkeypatch.setattr(scan, "_CACHED_ROWS", 40)
    small, plain = load_identifier(), _plain()
    for text in _texts():
        assert np.array_equal(small._decide(text), plain._decide(text)), text[:40]
    assert small._used == 40


def test_the_cached_model_is_py3langids(monkeypatch: Any, tmp_path: Any) -> None:
    """The model decompressed once into the cache folder loads into the same arrays as
    py3langid's own loader; a damaged file is dropped (and py3langid's loader used)."""
    from py3langid import modelio
    from py3langid.langid import MODEL_DIR

    from newsprobe.language.langid_scan import _cached_model

    monkeypatch.setenv("NEWSPROBE_CACHE_DIR", str(tmp_path))
    expected = modelio.load_model(MODEL_DIR / MODEL_FILE)
    for _ in range(2):  # written, then read back
        got = _cached_model()
        assert got is not None
        for mine, theirs in zip(got, expected, strict=True):
            if isinstance(theirs, np.ndarray):
                assert mine.dtype == theirs.dtype and np.array_equal(mine, theirs)
            else:
                assert type(mine) is type(theirs) and mine == theirs
    (cached,) = tmp_path.iterdir()
    cached.write_bytes(cached.read_bytes()[:1000])
    assert _cached_model() is None and not cached.exists()
    assert isinstance(load_identifier(), FastIdentifier)  # the next process writes it again
    assert cached.exists()
