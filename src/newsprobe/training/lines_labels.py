"""Labels for the lines of a rendered page, from what is known about the page (training only).

Distant supervision: a line is article text (``B``) when its words are in the page's main
text (the gold ``articleBody``; for snippet-gold pages trafilatura's extraction of the HTML
plus the ``with`` snippets), the headline (``H``) when it is the page's title, and furniture
(``O``) otherwise or when it holds a ``without`` snippet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsprobe.layout.lines import Line

_WORD = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


@dataclass
class Reference:
    """What is known about one page's main text."""

    body: str
    titles: list[str] = field(default_factory=list)
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        toks = tokens(self.body) + [t for s in self.with_ for t in ["\n", *tokens(s)]]
        self._grams = {tuple(toks[i : i + 3]) for i in range(len(toks) - 2)}
        self._lines = {" ".join(tokens(ln)) for ln in self.body.split("\n")} - {""}
        self._lines |= {" ".join(tokens(s)) for s in self.with_}
        self._with = [" " + " ".join(tokens(s)) + " " for s in self.with_ if tokens(s)]
        self._without = [" " + " ".join(tokens(s)) + " " for s in self.without if tokens(s)]
        self._titles = [" ".join(tokens(t)) for t in self.titles if len(tokens(t)) >= 2]


def label_lines(lines: Sequence[Line], ref: Reference) -> list[str]:
    labels: list[str] = []
    for line in lines:
        toks = tokens(line.text)
        key = " " + " ".join(toks) + " "
        if not toks or any(s in key for s in ref._without):
            labels.append("O")
        elif any(s in key for s in ref._with):
            labels.append("B")
        elif len(toks) >= 4:
            grams = [tuple(toks[i : i + 3]) for i in range(len(toks) - 2)]
            hit = sum(1 for g in grams if g in ref._grams) / len(grams)
            labels.append("B" if hit >= 0.6 else "O")
        else:
            labels.append("B" if key.strip() in ref._lines else "O")
    first_body = next((i for i, lab in enumerate(labels) if lab == "B"), len(labels))
    for i, line in enumerate(lines[: first_body + 3]):
        key = " ".join(tokens(line.text))
        if key and any(key == t or (len(key) >= 12 and t.startswith(key)) for t in ref._titles):
            labels[i] = "H"
            break
    return labels
