"""Growth of a pattern's search time with the length of adversarial input.

An input is ``prefix + unit * k + suffix``: the prefixes reach the places where patterns
start (bylines, credits, datelines), the units are what backtracking feeds on (whitespace
runs, names glued to "und"/"and", digits, dots, quote marks), the suffixes make the match
fail at the very end.  Every combination is tried at a short length; the slowest few per
pattern are then timed at lengths 8 and 64 times as long, and the growth between them is
the verdict: linear search grows by 8 per step, quadratic by 64, exponential without bound.
Times are the thread's CPU time (``time.thread_time``): other processes on a busy machine
do not count.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass

PREFIXES = (
    "",
    "von ",
    "By ",
    "Von Hans Meier",
    "erstellt von ",
    "(reporting by ",
    "folgen sie ",
    "follow ",
    "foto: ",
    "stand: 12.",
    "/ab/",
    "(dpa",
    "a",
)
UNITS = (
    " ",
    "\t ",
    "a",
    "A",
    "Ab ",
    "Abund",
    "Aand",
    "A, ",
    "Ab & ",
    "1",
    "1.",
    ".",
    "-",
    "a-",
    "/ab",
    ",dpa",
    "„",
    "(",
    "ä",
    "\n",
)
SUFFIXES = ("!", "Xy", " (", "©\n!")

SHORT = 24  # characters of repeated unit in the first screening search (then 48, 96, 192)
DOUBLINGS = 4  # then 48, 96, 192, 384 characters, one search each (stops exponential growth)
GROWTH = 8  # the verdict: search time at 384 and at 8 × 384 = 3,072 characters
ABORT_S = 0.25  # a single search slower than this fails at once
#: Below this a search time is mostly timer noise; above it, a search whose time grew so fast
#: that the next doubling would run past ABORT_S is not run (an exponential pattern's next
#: search may take hours: the time ratio r of one doubling becomes r**2 at the next).
NOISE_S = 1e-4
FLOOR_S = 5e-7  # no search of a compiled pattern on a short text takes less


@dataclass
class Verdict:
    pattern: str
    text: str  # the input at the short length (repr'd in failure messages)
    seconds: list[float]
    ratio: float


def _build(prefix: str, unit: str, suffix: str, chars: int) -> str:
    return prefix + unit * max(1, chars // len(unit)) + suffix


def _once(pattern: re.Pattern[str], text: str) -> float:
    start = time.thread_time()
    pattern.search(text)
    return time.thread_time() - start


def timed(pattern: re.Pattern[str], text: str, budget: float = 0.002) -> float:
    """Seconds per search: the best of three rounds of enough searches to fill ``budget``."""
    first = _once(pattern, text)
    if first > ABORT_S:
        return first
    loops = max(1, min(10_000, int(budget / max(first, 1e-7))))
    best = first
    for _ in range(3):
        start = time.thread_time()
        for _ in range(loops):
            pattern.search(text)
        best = min(best, (time.thread_time() - start) / loops)
    return best


def explodes(previous: float, took: float) -> bool:
    """Whether the search just timed (``took``) ran past ABORT_S, or would at twice the
    length: exponential growth squares the ratio from one doubling to the next."""
    if took > ABORT_S:
        return True
    if previous <= 0:  # the first search: nothing to extrapolate from
        return False
    ratio = took / max(previous, FLOOR_S)
    return took > NOISE_S and took * ratio * ratio > ABORT_S


def _ramp(pattern: re.Pattern[str], combo: tuple[str, str, str], doublings: int) -> float:
    """One search at SHORT, 2·SHORT … characters; the time of the last, or ``inf`` once one
    runs past ABORT_S or the next would (an exponential pattern is stopped before it hangs)."""
    took = previous = 0.0
    for i in range(doublings + 1):
        took = _once(pattern, _build(*combo, SHORT * 2**i))
        if explodes(previous, took):
            return float("inf")
        previous = took
    return took


def candidates(pattern: re.Pattern[str], keep: int = 2) -> list[tuple[str, str, str]]:
    """The ``keep`` slowest prefix/unit/suffix combinations at 8 × SHORT characters."""
    scored = []
    for prefix in PREFIXES:
        for unit in UNITS:
            for suffix in SUFFIXES:
                combo = (prefix, unit, suffix)
                scored.append((_ramp(pattern, combo, 3), combo))
    scored.sort(key=lambda item: item[0], reverse=True)
    return [combo for _, combo in scored[:keep]]


def growth(pattern: re.Pattern[str], combo: tuple[str, str, str]) -> Verdict:
    """Double the input from SHORT characters DOUBLINGS times (one search each: a pattern
    that explodes is stopped at ABORT_S), then time it at that length and GROWTH times it;
    the ratio of the two is the verdict (``inf`` where a search ran past ABORT_S)."""
    prefix, unit, suffix = combo
    seconds: list[float] = []
    chars = SHORT
    previous = 0.0
    for _ in range(DOUBLINGS):
        chars *= 2
        took = _once(pattern, _build(prefix, unit, suffix, chars))
        seconds.append(took)
        if explodes(previous, took):
            return Verdict(
                pattern.pattern, _build(prefix, unit, suffix, SHORT), seconds, float("inf")
            )
        previous = took
    small = timed(pattern, _build(prefix, unit, suffix, chars))
    large = timed(pattern, _build(prefix, unit, suffix, chars * GROWTH))
    seconds += [small, large]
    ratio = float("inf") if large > ABORT_S else large / max(small, 1e-7)
    return Verdict(pattern.pattern, _build(prefix, unit, suffix, SHORT), seconds, ratio)


def verdicts(pattern: re.Pattern[str]) -> Iterator[Verdict]:
    for combo in candidates(pattern):
        yield growth(pattern, combo)
