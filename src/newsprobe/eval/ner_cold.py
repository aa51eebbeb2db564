"""Scores the entities component on the cold German name gold (``eval/gold/ner_cold_de.tsv``:
articles written for newsprobe, names marked ``[[surface|TYPE]]``).

Whole articles go through the product's pipeline, so the component's article-level steps
(one sense per article, surnames after full names) count.  Strict spans: a mention of form
``name`` or ``acronym`` is right when its characters and type equal a gold name's.  Prints
totals only (precision, recall, F1, per type): the split is cold, its errors are not to be
read::

    PYTHONPATH=src python -m newsprobe.eval.ner_cold [--gold ner_cold4_de.tsv]
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib.resources import files

TYPES = ("PER", "ORG", "LOC", "MISC")
_MARK = re.compile(r"\[\[([^|\]]+)\|(PER|ORG|LOC|MISC)\]\]")
Span = tuple[int, int, str]  # character start, end, type


@dataclass(frozen=True)
class GoldArticle:
    key: str
    text: str
    names: frozenset[Span]


def parse(marked: str) -> tuple[str, frozenset[Span]]:
    """The plain text of a marked-up article and its names' character spans."""
    plain: list[str] = []
    names: set[Span] = set()
    at = length = 0
    for m in _MARK.finditer(marked):
        before = marked[at : m.start()]
        plain += [before, m.group(1)]
        length += len(before)
        names.add((length, length + len(m.group(1)), m.group(2)))
        length += len(m.group(1))
        at = m.end()
    plain.append(marked[at:])
    return "".join(plain), frozenset(names)


#: The cold gold files: ``ner_cold_de.tsv`` (eeb4be3, 96 names), ``ner_cold2_de.tsv``
#: (the ner8 round, 89 names), ``ner_cold3_de.tsv`` (the ner10 round, 97 names),
#: ``ner_cold4_de.tsv`` (the ner11 round, 87 names) and ``ner_cold5_de.tsv`` (the ner12 round,
#: 105 names), each written before its round's model changed; the older four are dev sets now.
GOLD_FILES = (
    "ner_cold_de.tsv",
    "ner_cold2_de.tsv",
    "ner_cold3_de.tsv",
    "ner_cold4_de.tsv",
    "ner_cold5_de.tsv",
)


def read_gold(text: str | None = None, name: str = GOLD_FILES[0]) -> list[GoldArticle]:
    """The articles of ``text`` (by default the shipped gold file ``name``): ``id TAB marked
    text`` per line, ``#`` lines are comments."""
    if text is None:
        text = files("newsprobe.eval.gold").joinpath(name).read_text("utf-8")
    out = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, _, marked = line.partition("\t")
            plain, names = parse(marked)
            out.append(GoldArticle(key, plain, names))
    return out


@dataclass
class Tally:
    """Right, found and gold counts, in all and per type."""

    right: int = 0
    found: int = 0
    gold: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)

    def add(self, gold: Iterable[Span], found: Iterable[Span]) -> None:
        g, f = set(gold), set(found)
        self.right += len(g & f)
        self.found += len(f)
        self.gold += len(g)
        for kind in TYPES:
            row = self.by_type.setdefault(kind, [0, 0, 0])
            row[0] += sum(s[2] == kind for s in g & f)
            row[1] += sum(s[2] == kind for s in f)
            row[2] += sum(s[2] == kind for s in g)


def prf(right: int, found: int, gold: int) -> tuple[float, float, float]:
    p = right / found if found else 0.0
    r = right / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def found_names(text: str) -> set[Span]:
    """The full name and acronym mentions the pipeline finds in ``text``."""
    from newsprobe.api import analyze_text
    from newsprobe.model import MentionForm

    analysis = analyze_text(text, lang="de")
    return {
        (m.start, m.end, str(m.type))
        for m in analysis.mentions
        if m.full and m.form in (MentionForm.NAME, MentionForm.ACRONYM)
    }


def score(name: str) -> Tally:
    """The pipeline's names against the shipped gold file ``name``."""
    tally = Tally()
    for article in read_gold(name=name):
        tally.add(article.names, found_names(article.text))
    return tally


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m newsprobe.eval.ner_cold")
    parser.add_argument("--gold", choices=GOLD_FILES, default=GOLD_FILES[0])
    args = parser.parse_args(argv)
    tally = score(args.gold)
    p, r, f = prf(tally.right, tally.found, tally.gold)
    print(f"cold names: P {p:.3f} R {r:.3f} F1 {f:.3f} ({tally.gold} gold, {tally.found} found)")
    print(" ".join(f"{k} {prf(*v)[2]:.3f} ({v[2]})" for k, v in tally.by_type.items()))


if __name__ == "__main__":
    main()
