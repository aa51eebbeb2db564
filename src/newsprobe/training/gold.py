"""The gold files bundled with the package, read by the trainers and the benchmarks alike
(training and evaluation code: never imported by the product): the one error a bad dataset
raises, the gold folder, and the headline gold sets (``claims/gold/headlines_*.txt``; see
:mod:`newsprobe.eval.headlines`) with the figures they are scored by."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from newsprobe.model import Analysis, FindingVerdict
from newsprobe.training.counts import Figure, overall, per_language, ratio

LABELS = tuple(v.value for v in FindingVerdict)
_HEADLINE_ROLES = ("headline", "kicker_headline")
#: A reference ``corpus:key`` to ``(title, body)``; ``None`` where the corpus is absent.
Resolver = Callable[[str], "tuple[str, str] | None"]


class DataError(ValueError):
    """A bad dataset path or format; the message is one line naming the problem."""


def require_path(data: Path) -> Path:
    """``data`` itself, or a :class:`DataError` if nothing is there."""
    if not data.exists():
        raise DataError(f"dataset not found: {data}")
    return data


def gold_dir() -> Path:
    """The bundled gold sets: ``claims_gold.tsv`` (development) and ``claims_heldout.tsv``,
    the headline gold sets ``headlines_*.txt``."""
    return Path(str(files("newsprobe.claims").joinpath("gold")))


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


def read_headlines(
    path: Path, skipped: list[str] | None = None, resolve: Resolver | None = None
) -> list[HeadlineItem]:
    """The items of a headline gold file (format in the file's header comment).

    An article may name its body instead of holding it (``=== <id> <lang> @<corpus>:<key>``,
    resolved by ``resolve``: :func:`newsprobe.eval.headlines_refs.resolve`); its headline
    ``@title`` is the article's real headline.  Where the corpus is absent, or no ``resolve``
    is given (the trainers: referenced texts never train), the article's items are left out
    and its id is added to ``skipped``."""
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
                    raise DataError(f"{path}: line {number}: '---' outside an article")
                has_text = any(part.strip() for part in body)
                if ref is not None and has_text:
                    raise DataError(f"{path}: line {number}: a referenced article has a body")
                if ref is None and not has_text:
                    raise DataError(f"{path}: line {number}: empty body")
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
                raise DataError(
                    f"{path}: line {number}: expected '=== <id> <lang>' "
                    "(or '=== <id> <lang> @<corpus>:<key>')"
                )
            article, body, count, ref, missing = (parts[0], parts[1]), [], 0, None, False
            if len(parts) == 3:
                ref = resolve(parts[2][1:]) if resolve is not None else None
                missing = ref is None
                if missing and skipped is not None:
                    skipped.append(parts[0])
                ref = ref or ("", "(absent)")
            continue
        fields = line.split("\t")
        if article is None or "\x00" not in article[1] or len(fields) != 3:
            raise DataError(f"{path}: line {number}: expected label <TAB> kind <TAB> headline")
        label, kind, headline = fields
        if label not in LABELS:
            raise DataError(f"{path}: line {number}: unknown label {label!r}")
        if headline == "@title":
            if ref is None:
                raise DataError(f"{path}: line {number}: '@title' in an article without reference")
            headline = ref[0]
        language, text = article[1].split("\x00", 1)
        count += 1
        if missing:
            continue
        items.append(HeadlineItem(f"{article[0]}.{count}", language, label, kind, headline, text))
    if body is not None:
        raise DataError(f"{path}: the last article's body has no '---'")
    if not items:
        raise DataError(f"empty dataset: {path}")
    return items


def predicted_label(analysis: Analysis) -> str:
    """The verdict of the headline's finding; ``not_a_claim`` where there is none."""
    for finding in analysis.findings:
        if finding.role in _HEADLINE_ROLES:
            return finding.verdict.value
    return FindingVerdict.NOT_A_CLAIM.value


def headline_figures(
    pairs: Sequence[tuple[str, str]], by_language: Mapping[str, Sequence[bool]]
) -> list[Figure]:
    """Accuracy, macro-F1, overstated recall, the share of supported headlines called
    overstated, and accuracy per language, of ``(gold, predicted)`` verdicts."""
    counts = Counter(pairs)
    over = FindingVerdict.OVERSTATED.value
    sup = FindingVerdict.SUPPORTED.value
    gold_over = sum(c for (g, _), c in counts.items() if g == over)
    gold_sup = sum(c for (g, _), c in counts.items() if g == sup)
    return [
        *overall(pairs, LABELS),
        ("overstated recall", ratio(counts[(over, over)], gold_over), gold_over),
        ("supported called overstated", ratio(counts[(sup, over)], gold_sup), gold_sup),
        *per_language(by_language),
    ]
