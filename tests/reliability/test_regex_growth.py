"""No regular expression of newsprobe grows faster than linearly on hostile input (issue 20,
cases 1 and 2): every pattern, collected programmatically, is timed on adversarial inputs of
growing length (tests/reliability/growth.py) — a ratio between lengths, never wall time."""

from __future__ import annotations

import re

import pytest
from growth import GROWTH, growth, verdicts
from patterns import all_patterns

#: Linear search grows by GROWTH (8) from one length to the next, quadratic by 64.
LIMIT = 3 * GROWTH


def _worst(pattern: re.Pattern[str]):
    for verdict in verdicts(pattern):
        if verdict.ratio > LIMIT:
            # timing noise on a busy machine: a real offender is slow twice
            again = growth(pattern, _combo_of(verdict.text))
            if again.ratio > LIMIT:
                return again
    return None


def _combo_of(text: str) -> tuple[str, str, str]:
    from growth import PREFIXES, SHORT, SUFFIXES, UNITS, _build

    for prefix in PREFIXES:
        for unit in UNITS:
            for suffix in SUFFIXES:
                if _build(prefix, unit, suffix, SHORT) == text:
                    return prefix, unit, suffix
    raise AssertionError(text)


def test_patterns_are_collected():
    sources = {p.pattern for p in all_patterns()}
    assert len(sources) > 60
    # the byline patterns (furniture.toml), metadata's own and an inline re.match literal
    assert any(s.startswith("^(?i:von)") for s in sources)
    assert any("aktualisiert" in s and "updated" in s for s in sources)  # _AUTHOR_STOP
    assert any(s.startswith("^(bild|foto|fotos|photo") for s in sources)  # lines.py inline


def test_no_pattern_grows_superlinearly():
    slow = [v for p in all_patterns() if (v := _worst(p)) is not None]
    assert not slow, "\n".join(
        f"{v.pattern!r} on {v.text!r}…: x{v.ratio:.0f} per x{GROWTH} length" for v in slow
    )


@pytest.mark.parametrize(
    "source",
    [
        # the byline pattern of issue 20 case 1 (exponential), and case 2's ui-residue suffix
        r"^(?i:von)\s+[A-ZÄÖÜ][\w.\-]+(\s+[A-ZÄÖÜ][\w.\-]+){0,3}"
        r"(\s*(,|und|&)\s*[A-ZÄÖÜ][\w.\-]+(\s+[A-ZÄÖÜ][\w.\-]+){0,3})*\s*([|,–-].*)?$",
        r"\s*\(foto\)$",
        r"\s*(?:[|–]|\s-\s|;|\(|\bupdated\b|\d).*$",
    ],
)
def test_the_check_catches_the_old_patterns(source):
    assert _worst(re.compile(source, re.IGNORECASE)) is not None


def test_token_length_is_bounded():
    """The premise of leaving the per-token patterns out (patterns.TOKEN_MODULES)."""
    from newsprobe.language.tokenizer import words

    text = "a" * 5000 + " " + "„" * 3000 + " " + "x." * 2000 + " Ende."
    assert max(end - start for start, end in words(text, "de")) <= 200
