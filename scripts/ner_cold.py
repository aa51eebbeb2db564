"""Scores the entities component on the cold German name gold (``eval/gold/ner_cold_de.tsv``:
articles written for newsprobe, names marked ``[[surface|TYPE]]``).

Whole articles go through the product's pipeline, so the component's article-level steps
(one sense per article, surnames after full names) count.  Strict spans: a mention of form
``name`` or ``acronym`` is right when its characters and type equal a gold name's.  Prints
totals only (precision, recall, F1, per type): the split is cold, its errors are not to be
read::

    PYTHONPATH=src python scripts/ner_cold.py
"""

from __future__ import annotations

import re
from importlib.resources import files

from newsprobe.api import analyze_text
from newsprobe.model import MentionForm

_MARK = re.compile(r"\[\[([^|\]]+)\|(PER|ORG|LOC|MISC)\]\]")
Span = tuple[int, int, str]


def read_gold() -> list[tuple[str, str, set[Span]]]:
    """``(id, plain text, gold spans)`` per article."""
    text = files("newsprobe.eval.gold").joinpath("ner_cold_de.tsv").read_text("utf-8")
    out = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        key, _, marked = line.partition("\t")
        plain, spans, at = [], set(), 0
        length = 0
        for m in _MARK.finditer(marked):
            before = marked[at : m.start()]
            plain.append(before)
            length += len(before)
            spans.add((length, length + len(m.group(1)), m.group(2)))
            plain.append(m.group(1))
            length += len(m.group(1))
            at = m.end()
        plain.append(marked[at:])
        out.append((key, "".join(plain), spans))
    return out


def _f1(right: int, found: int, gold: int) -> tuple[float, float, float]:
    p = right / found if found else 0.0
    r = right / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    right = found = gold = 0
    by_type: dict[str, list[int]] = {}
    for _key, text, spans in read_gold():
        analysis = analyze_text(text, lang="de")
        got = {
            (m.start, m.end, str(m.type))
            for m in analysis.mentions
            if m.full and m.form in (MentionForm.NAME, MentionForm.ACRONYM)
        }
        right += len(got & spans)
        found += len(got)
        gold += len(spans)
        for kind in ("PER", "ORG", "LOC", "MISC"):
            row = by_type.setdefault(kind, [0, 0, 0])
            row[0] += len({s for s in got & spans if s[2] == kind})
            row[1] += len({s for s in got if s[2] == kind})
            row[2] += len({s for s in spans if s[2] == kind})
    p, r, f = _f1(right, found, gold)
    print(f"cold names: P {p:.3f} R {r:.3f} F1 {f:.3f} ({gold} gold, {found} found)")
    print(" ".join(f"{k} {_f1(*v)[2]:.3f} ({v[2]})" for k, v in by_type.items()))


if __name__ == "__main__":
    main()
