"""Task ``headlines``: the headline check against the project's own headline gold sets.

The gold sets in ``newsprobe/claims/gold/headlines_*.txt`` are news bodies written for newsprobe
with several headlines each (real-style headlines and variants: paraphrases, numbers in other
words, dropped hedges, accusations stated as fact, claims only an interested party makes, claims
the body lacks, "X: …" attributions, labels, coordinated headlines, the headline's own hedge).
``headlines_dev.txt`` is the development split (the rules were tuned on it),
``headlines_test.txt``, ``headlines_test2.txt``, ``headlines_test3.txt`` and
``headlines_test4.txt`` the test splits (never tuned on; test2 and, in round 5, test3 were later
read as development sets; test and test4 stay unseen: test4 trains no model either).  Each
headline is analysed as
"headline + blank line + body" through the full pipeline; its predicted label is the verdict of
the headline's finding (``not_a_claim`` where the check found nothing to check).

Reported per split: accuracy (all, per language), macro-F1 over supported / overstated /
unsupported / not_a_claim, overstated recall, and the false-overstated rate (share of
supported headlines called overstated); the confusion matrix and the mistakes in the notes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from newsprobe.eval.base import EvalError, Metric, TaskResult, require_path, run_gold_files
from newsprobe.eval.claims import gold_dir
from newsprobe.eval.labels import Tally
from newsprobe.model import Analysis, FindingVerdict
from newsprobe.training.counts import ratio

FORMATS = ("txt",)
LABELS = tuple(v.value for v in FindingVerdict)
_HEADLINE_ROLES = ("headline", "kicker_headline")
#: The splits nobody reads: their mistakes are never listed (test3 was read in round 5).
UNSEEN = frozenset({"headlines_test", "headlines_test4"})


@dataclass(frozen=True)
class HeadlineItem:
    id: str
    language: str
    label: str
    kind: str
    headline: str
    body: str

    @property
    def text(self) -> str:
        return f"{self.headline}\n\n{self.body}"


def read_headlines(path: Path, skipped: list[str] | None = None) -> list[HeadlineItem]:
    """The items of a headline gold file (format in the file's header comment).

    An article may name its body instead of holding it (``=== <id> <lang> @<corpus>:<key>``,
    see :mod:`newsprobe.eval.headlines_refs`); its headline ``@title`` is the article's real
    headline.  Where the corpus is absent the article's items are left out and its id is
    added to ``skipped``."""
    from newsprobe.eval.headlines_refs import resolve

    require_path(path)
    items: list[HeadlineItem] = []
    article: tuple[str, str] | None = None
    body: list[str] | None = None
    ref: tuple[str, str] | None = None
    missing = False
    count = 0
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if body is not None:  # inside an article's body
            if line == "---":
                if article is None:
                    raise EvalError(f"{path}: line {number}: '---' outside an article")
                has_text = any(part.strip() for part in body)
                if ref is not None and has_text:
                    raise EvalError(f"{path}: line {number}: a referenced article has a body")
                if ref is None and not has_text:
                    raise EvalError(f"{path}: line {number}: empty body")
                text = ref[1] if ref is not None else "\n".join(body).strip()
                body = None
                article = (article[0], article[1] + "\x00" + text)
            else:
                body.append(line)
            continue
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("=== "):
            parts = line[4:].split()
            if len(parts) not in (2, 3) or (len(parts) == 3 and not parts[2].startswith("@")):
                raise EvalError(
                    f"{path}: line {number}: expected '=== <id> <lang>' "
                    "(or '=== <id> <lang> @<corpus>:<key>')"
                )
            article, body, count, ref, missing = (parts[0], parts[1]), [], 0, None, False
            if len(parts) == 3:
                ref = resolve(parts[2][1:])
                missing = ref is None
                if missing and skipped is not None:
                    skipped.append(parts[0])
                ref = ref or ("", "(absent)")
            continue
        fields = line.split("\t")
        if article is None or "\x00" not in article[1] or len(fields) != 3:
            raise EvalError(f"{path}: line {number}: expected label <TAB> kind <TAB> headline")
        label, kind, headline = fields
        if label not in LABELS:
            raise EvalError(f"{path}: line {number}: unknown label {label!r}")
        if headline == "@title":
            if ref is None:
                raise EvalError(f"{path}: line {number}: '@title' in an article without reference")
            headline = ref[0]
        language, text = article[1].split("\x00", 1)
        count += 1
        if missing:
            continue
        items.append(HeadlineItem(f"{article[0]}.{count}", language, label, kind, headline, text))
    if body is not None:
        raise EvalError(f"{path}: the last article's body has no '---'")
    if not items:
        raise EvalError(f"empty dataset: {path}")
    return items


def predicted_label(analysis: Analysis) -> str:
    """The verdict of the headline's finding; ``not_a_claim`` where there is none."""
    for finding in analysis.findings:
        if finding.role in _HEADLINE_ROLES:
            return finding.verdict.value
    return FindingVerdict.NOT_A_CLAIM.value


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
        "rules, headlines_test2 (round 3) and headlines_test3 (round 5) were read as dev sets, "
        "headlines_test and headlines_test4 were never tuned on",
        fmt=fmt or "txt",
        limit=limit,
    )


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
    counts = Counter(tally.pairs)
    over = FindingVerdict.OVERSTATED.value
    sup = FindingVerdict.SUPPORTED.value
    gold_over = sum(c for (g, _), c in counts.items() if g == over)
    gold_sup = sum(c for (g, _), c in counts.items() if g == sup)
    return [
        *tally.overall(system),
        Metric(
            system=system,
            name="overstated recall",
            value=ratio(counts[(over, over)], gold_over),
            n=gold_over,
        ),
        Metric(
            system=system,
            name="supported called overstated",
            value=ratio(counts[(sup, over)], gold_sup),
            n=gold_sup,
        ),
        *tally.per_language(system),
    ]
