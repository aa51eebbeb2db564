"""Task ``headlines``: the headline check against the project's own headline gold sets.

The gold sets in ``newsprobe/claims/gold/headlines_*.txt`` are news bodies written for newsprobe
with several headlines each (real-style headlines and variants: paraphrases, numbers in other
words, dropped hedges, accusations stated as fact, claims only an interested party makes, claims
the body lacks, "X: …" attributions, labels, coordinated headlines, the headline's own hedge).
``headlines_dev.txt`` is the development split (the rules were tuned on it),
``headlines_test.txt``, ``headlines_test2.txt``, ``headlines_test3.txt`` and
``headlines_test4.txt``, ``headlines_test5.txt``, ``headlines_test6.txt``,
``headlines_test7.txt``, ``headlines_test8.txt``, ``headlines_test9.txt``,
``headlines_test10.txt``, ``headlines_test11.txt`` and ``headlines_test12.txt`` the test
splits (never tuned on; test2 and, in round 5, test3 were later read as development sets,
test4 and test5 in round 8, when they joined the model's training data, test6 in round 9,
test7 in round 10, test8 in round 11,
test9 in round 12, test10 in round 14 (the trainer reads it from then on; the shipped weights
are trained with it from round 15); test, test11 and test12 (round 16) stay unseen: the
trainer refuses them; test11's and test12's articles are German Wikinews texts referenced
under ``../shared``, evaluation only);
``headlines_train2.txt`` is development and training material for the variants the cold splits
showed weakest (round 7).  Each
headline is analysed as
"headline + blank line + body" through the full pipeline; its predicted label is the verdict of
the headline's finding (``not_a_claim`` where the check found nothing to check).

Reported per split: accuracy (all, per language), macro-F1 over supported / overstated /
unsupported / not_a_claim, overstated recall, and the false-overstated rate (share of
supported headlines called overstated); the confusion matrix and the mistakes in the notes.
"""

from __future__ import annotations

from pathlib import Path

from newsprobe.eval.base import Metric, TaskResult, run_gold_files
from newsprobe.eval.labels import Tally
from newsprobe.model import Analysis
from newsprobe.training import gold
from newsprobe.training.gold import LABELS, HeadlineItem, gold_dir, predicted_label

FORMATS = ("txt",)
#: The splits nobody reads: their mistakes are never listed (test3 was read in round 5, test4
#: and test5 in round 8, test6 in round 9, test7 in round 10, test8 in round 11, test9 in round 12,
#: test10 in round 14); test12 is the newest (round 16).
UNSEEN = frozenset({"headlines_test", "headlines_test11", "headlines_test12"})


def read_headlines(path: Path, skipped: list[str] | None = None) -> list[HeadlineItem]:
    """The items of a headline gold file, referenced articles resolved from ``../shared``
    (:func:`newsprobe.training.gold.read_headlines`)."""
    from newsprobe.eval import headlines_refs

    return gold.read_headlines(path, skipped, headlines_refs.resolve)


def analyse_item(item: HeadlineItem) -> Analysis:
    from newsprobe.api import analyze_text

    return analyze_text(item.text, lang=item.language)


def run(data: Path | None, *, fmt: str | None = None, limit: int | None = None) -> TaskResult:
    """Score one headline gold file, or every ``headlines_*.txt`` of a folder (one column each)."""
    return run_gold_files(
        "headlines",
        data,
        bundled=gold_dir(),
        bundled_name="bundled headline gold sets",
        pattern="headlines_*.txt",
        score_file=_score_file,
        note="gold: news bodies and headlines written for newsprobe; headlines_dev tuned the "
        "rules, headlines_test2 (round 3), headlines_test3 (round 5), headlines_test4 and "
        "headlines_test5 (round 8), headlines_test6 (round 9), headlines_test7 (round 10), "
        "headlines_test8 (round 11), headlines_test9 (round 12) and headlines_test10 (round 14) "
        "were read as dev sets, headlines_train2 (round 7) is "
        "development/training material; the shipped model (round 15) was trained on all of "
        "these (own-written articles), never on headlines_test, "
        "headlines_test11 or headlines_test12 (German "
        "Wikinews articles referenced under ../shared, evaluation only), which "
        "were never tuned on",
        fmt=fmt or "txt",
        limit=limit,
        order=_unseen_last,
    )


def _unseen_last(gold: Path) -> tuple[bool, str]:
    """Development and training files first, the unseen splits last (by name, so the newest
    cold split gives the bench summary's headline figure)."""
    return gold.stem in UNSEEN, gold.stem


def _score_file(gold: Path, system: str, limit: int | None) -> tuple[list[Metric], list[str], int]:
    skipped: list[str] = []
    items = read_headlines(gold, skipped)[:limit]
    unseen = gold.stem in UNSEEN
    metrics, notes = score(system, items, list_mistakes=not unseen)
    if skipped:
        notes.append(f"{len(skipped)} articles skipped: their corpus under ../shared is absent")
    return metrics, notes, len(items)


def score(
    system: str, items: list[HeadlineItem], *, list_mistakes: bool = True
) -> tuple[list[Metric], list[str]]:
    """Metrics and notes; the mistakes are listed only with ``list_mistakes`` (never for the
    unseen test splits, whatever the system is called)."""
    tally = Tally(LABELS)
    for item in items:
        predicted = predicted_label(analyse_item(item))
        tally.add(f"{item.id} ({item.kind})", item.language, item.label, predicted, item.headline)
    mistakes = tally.mistakes
    if not list_mistakes:  # the unseen test splits' mistakes are not listed: nobody tunes on them
        mistakes = [f"{len(mistakes)} mistakes (not listed)"]
    return metrics_of(system, tally), [*tally.confusion(), *mistakes]


def metrics_of(system: str, tally: Tally) -> list[Metric]:
    return [
        Metric(system=system, name=name, value=value, n=n)
        for name, value, n in gold.headline_figures(tally.pairs, tally.by_language)
    ]
