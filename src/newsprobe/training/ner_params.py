"""Choose the name tagger's crfsuite regularisation (``c1``, ``c2``) by cross-validation on
training data only.

Each ``c1:c2`` setting of a grid trains K fold models on the GermEval file(s) given (the
training data: for the bench's split protocol that is ``NER-de-dev.tsv`` alone, never
test-part-a) and scores the held-out folds' news sentences with the tagger alone.  A
setting replaces the current one (the card's) only when its news F1 beats the current's by
more than one binomial standard error: the folds cannot tell smaller differences from
noise, and every retrain churns the product's output (``docs/ner-training.md``).

The folds train GermEval-only models (the extra corpora would multiply the cost by four);
the chosen setting is then checked with the mix on the split protocol's tune half
(``scripts/ner_tune.py --set c1=…,c2=…``)::

    python -m newsprobe.training.ner_params --data ../shared/data/germeval2014/NER-de-dev.tsv \\
        --cv 3 --germeval-weight 2 --grid 0.1:0.05,0.05:0.05,0.2:0.05,0.1:0.01,0.1:0.2
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsprobe.training import ner as train

Setting = tuple[float, float]


@dataclass(frozen=True)
class Result:
    """Cross-validated news scores of one setting (tagger alone, strict spans)."""

    f1: float
    gold: int
    seconds: float

    @property
    def standard_error(self) -> float:
        """Binomial standard error of an F1 near ``f1`` on ``gold`` names."""
        return math.sqrt(self.f1 * (1 - self.f1) / self.gold) if self.gold else 0.0


def parse_grid(spec: str) -> list[Setting]:
    """``"0.1:0.05,0.05:0.2"`` → ``[(0.1, 0.05), (0.05, 0.2)]``."""
    grid: list[Setting] = []
    for item in filter(None, (part.strip() for part in spec.split(","))):
        c1, sep, c2 = item.partition(":")
        if not sep:
            raise ValueError(f"a grid item is c1:c2, not {item!r}")
        grid.append((float(c1), float(c2)))
    if not grid:
        raise ValueError("an empty grid")
    return grid


def choose(results: Mapping[Setting, Result], current: Setting) -> Setting:
    """The best setting when it beats ``current`` by more than one standard error of the
    current's news F1; else ``current``."""
    if current not in results:
        raise ValueError(f"the current setting {current} is not in the grid")
    now = results[current]
    best = max(results, key=lambda s: (results[s].f1, s))
    return best if results[best].f1 - now.f1 > now.standard_error else current


def cross_validate(
    data: Path, k: int, grid: Sequence[Setting], base: train.Params
) -> dict[Setting, Result]:
    """K-fold news F1 of GermEval-only models for every setting of ``grid``."""
    sentences, _record = train.load(data)
    tags = train.pos_tags(sentences)
    results: dict[Setting, Result] = {}
    for c1, c2 in grid:
        params = train.Params(c1, c2, base.iterations, base.min_freq, base.germeval_weight)
        started = time.process_time()
        _overall, news = train.cross_validate(sentences, tags, k, params)
        micro = news.micro
        results[c1, c2] = Result(micro.f1, micro.support, time.process_time() - started)
        print(f"  c1 {c1:g} c2 {c2:g}: news F1 {micro.f1:.4f}", file=sys.stderr)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newsprobe.training.ner_params", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--data", type=Path, required=True, help="GermEval training file(s)")
    parser.add_argument("--cv", type=int, default=3)
    parser.add_argument("--grid", default="0.1:0.05,0.05:0.05,0.2:0.05,0.1:0.01,0.1:0.2")
    parser.add_argument("--iterations", type=int, default=train.Params.iterations)
    parser.add_argument("--germeval-weight", type=int, default=2)
    parser.add_argument(
        "--current", default="0.1:0.05", help="the setting in use (c1:c2), kept unless beaten"
    )
    args = parser.parse_args(argv)
    base = train.Params(iterations=args.iterations, germeval_weight=args.germeval_weight)
    current = parse_grid(args.current)[0]
    grid = parse_grid(args.grid)
    results = cross_validate(
        args.data, args.cv, [*grid, *([current] * (current not in grid))], base
    )
    chosen = choose(results, current)
    print("| c1 | c2 | CV news F1 | ± 1 SE | CPU s (cached folds: scoring only) |")
    print("|---|---|---|---|---|")
    for (c1, c2), r in sorted(results.items()):
        mark = " (chosen)" if (c1, c2) == chosen else " (current)" if (c1, c2) == current else ""
        print(f"| {c1:g} | {c2:g} | {r.f1:.4f}{mark} | {r.standard_error:.4f} | {r.seconds:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
