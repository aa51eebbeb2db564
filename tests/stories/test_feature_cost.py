"""The story feature pass made cheaper without changing a feature: the weekday look-up's
first-letters test, date keys read only where a sentence has a digit, and the body's
numbers and nouns as before (texts written for these tests)."""

from __future__ import annotations

import gc
from collections.abc import Callable

import numpy as np
import pytest

from newsprobe.api import analyze_text
from newsprobe.stories import events
from newsprobe.stories.events import day_word
from newsprobe.stories.features import MAX_BODY_NUMBERS, extract


def _day_word_by_scan(word: str) -> str | None:
    """:func:`day_word` without its first-letters test: every weekday name tried."""
    if not word[:1].isalpha():
        return None
    w = word.casefold()
    if w in events._RELATIVE_WORDS:
        return f"r{events._RELATIVE_WORDS[w]}"
    for name, n in events._WEEKDAY_WORDS.items():
        if w == name or (w.startswith(name) and len(w) <= len(name) + 6):
            return f"w{n}"
    return None


def test_day_word_finds_every_weekday_form_the_scan_finds() -> None:
    words = [
        *(name.capitalize() for name in events._WEEKDAY_WORDS),
        *(name + "abend" for name in events._WEEKDAY_WORDS),
        *(name + "s" for name in events._WEEKDAY_WORDS),
        *(name + "nachmittag" for name in events._WEEKDAY_WORDS),  # too long a suffix
        *(name[:3] for name in events._WEEKDAY_WORDS),  # the start alone names no day
        "Sonnabendmorgen",
        "gestern",
        "Vorgestern",
        "Mondlandung",
        "Dieselpreis",
        "Freiheit",
        "Satellit",
        "Thunfisch",
        "Wetter",
        "Berlin",
        "3.",
        "",
    ]
    for word in words:
        assert day_word(word) == _day_word_by_scan(word), word
    assert day_word("Sonnabendmorgen") == "w6"
    assert day_word("Mondlandung") is None


def test_dates_of_the_lead_are_kept_and_a_digitless_lead_names_none() -> None:
    dated = (
        "Brücke in Koblenz gesperrt\n\n"
        "Die Stadt Koblenz hat die Rheinbrücke am 3. Mai gesperrt. Am Freitag, dem 12.06., "
        "soll ein Gutachten folgen. Die Pendler müssen Umwege fahren."
    )
    terms = extract(analyze_text(dated, lang="de")).terms
    assert "d:m5-3" in terms and "d:m6-12" in terms
    assert "d:w5" in terms
    undated = (
        "Brücke in Koblenz gesperrt\n\n"
        "Die Stadt Koblenz hat die Rheinbrücke am Mittwoch gesperrt. Ein Gutachten soll "
        "folgen. Die Pendler müssen Umwege fahren."
    )
    terms = extract(analyze_text(undated, lang="de")).terms
    assert [t for t in terms if t.startswith("d:")] == ["d:w3"]


def test_body_numbers_are_capped_and_title_numbers_weighted() -> None:
    body = " ".join(f"Im Ort {n} wohnen {n + 1000} Menschen." for n in range(10, 10 + 40))
    text = (
        "Streik legt 120 Busse lahm\n\n"
        "Ein Streik hat am Montag 120 Busse in Bremen stillgelegt. Die Fahrer fordern mehr "
        "Lohn. Der Betrieb ruht. Die Gewerkschaft ist zufrieden. " + body
    )
    terms = extract(analyze_text(text, lang="de")).terms
    assert terms["n:120"] == 0.5 and "u:120" in terms
    body_numbers = [t for t in terms if t.startswith("m:")]
    assert 0 < len(body_numbers) <= MAX_BODY_NUMBERS
    assert "m:10" in body_numbers  # in order of first use
    assert "t:streik" in terms


def test_features_and_clustering_run_with_fewer_collections(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsprobe.pipeline import GC_THRESHOLD_DURING_RUN
    from newsprobe.stories import cluster, features

    seen: list[int] = []

    def spy(real: Callable[..., object]) -> Callable[..., object]:
        def run(*args: object) -> object:
            seen.append(gc.get_threshold()[0])
            return real(*args)

        return run

    monkeypatch.setattr(features, "_extract", spy(features._extract))
    monkeypatch.setattr(cluster.Clusterer, "_add", spy(cluster.Clusterer._add))
    before = gc.get_threshold()
    gc.set_threshold(700, *before[1:])
    try:
        f = extract(analyze_text("Feuer in Kassel\n\nIn Kassel brannte am Montag ein Lager."))
        cluster.Clusterer(pairs=False).add([])
        assert f.terms
        assert gc.get_threshold()[0] == 700  # the caller's setting is back
    finally:
        gc.set_threshold(*before)
    assert seen == [GC_THRESHOLD_DURING_RUN, GC_THRESHOLD_DURING_RUN]


def test_the_division_free_modulo_is_the_modulo() -> None:
    from newsprobe.stories import minhash

    prime = (1 << 61) - 1
    edges = [0, 1, prime - 1, prime, prime + 1, prime + 7, 2 * prime - 1, 2 * prime]
    edges += [(1 << 61) * k + r for k in (1, 3, 7) for r in (prime - 8, prime - 1, prime)]
    edges += [(1 << 64) - 1, (1 << 64) - 2, 1 << 63]
    rng = np.random.default_rng(7)
    values = np.array(edges, dtype=np.uint64)
    values = np.concatenate([values, rng.integers(0, 1 << 64, 5000, dtype=np.uint64)])
    expected = [int(v) % prime for v in values]
    assert minhash.mod_prime(values.copy()).tolist() == expected


def test_signature_is_the_minimum_of_the_permuted_hashes() -> None:
    from newsprobe.stories import minhash

    rng = np.random.default_rng(11)
    hashes = np.unique(rng.integers(0, 1 << 32, 300, dtype=np.uint64))
    mixed = (minhash._A[:, None] * hashes[None, :] + minhash._B[:, None]) % minhash._PRIME
    expected = (mixed.min(axis=1) & minhash._MASK).astype(np.uint32)
    assert (minhash.signature(hashes) == expected).all()


def test_shingle_hashes_are_the_distinct_sorted_shingle_hashes() -> None:
    import zlib

    from newsprobe.stories import minhash

    text = (
        "Die Feuerwehr löschte am Montag einen Brand in einer Lagerhalle. Die Feuerwehr "
        "löschte am Montag einen Brand in einer Lagerhalle. Verletzt wurde niemand, teilte "
        "die Polizei mit; der Schaden liegt bei 250.000 Euro."
    )
    words = [w.casefold() for w in minhash._WORDS.findall(text)]
    mask = (1 << 64) - 1
    expected = set()
    for i in range(len(words) - minhash.SHINGLE + 1):
        value = 0
        for word in words[i : i + minhash.SHINGLE]:
            value = (value * int(minhash._MIX) + zlib.crc32(word.encode())) & mask
        expected.add(value >> 32)
    hashes = minhash.shingle_hashes(text)
    assert hashes.dtype == np.uint64
    assert hashes.tolist() == sorted(expected)
    assert len(hashes) < len(words) - minhash.SHINGLE + 1  # the repeated sentence counts once
    assert minhash.shingle_hashes("zu kurz für eins").tolist() == []


def test_the_feature_pass_gives_the_recorded_features_of_a_fixture_article() -> None:
    """A text written for this test, analysed once and stored with the features main's
    feature pass gave it (before the per-word records, the inline body tests and the
    division-free MinHash): every term and weight, the shingle count and the signature
    must come out the same.  The stored analysis keeps the test off pipeline changes."""
    import json
    from pathlib import Path

    from newsprobe.model import Analysis

    data = json.loads(
        (Path(__file__).parent / "data" / "feature_fixture.json").read_text(encoding="utf-8")
    )
    features = extract(Analysis.model_validate(data["analysis"]))
    assert features.terms == data["terms"]
    assert list(features.terms) == list(data["terms"])  # the stored order too
    assert features.shingles == data["shingles"]
    assert features.signature == data["signature"]
    assert features.agency == data["agency"]
