"""Distributional word clusters, a feature of the German name tagger.

``model/ner-de.clusters.tsv`` maps words (case kept) to two k-means cluster ids, a coarse and a
fine one, learnt from unlabelled licence-clean German text by ``training/ner_clusters.py`` (see
``docs/ner-training.md``).  Words in one cluster stand in the same contexts, so a name the
annotated data never shows shares weights with the names it is used like.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

CLUSTER_FILE = "ner-de.clusters.tsv"


class ClusterError(ValueError):
    """The cluster file is damaged."""


def parse(text: str, source: str = CLUSTER_FILE) -> dict[str, tuple[str, str]]:
    """``word<TAB>coarse<TAB>fine`` lines → word → (coarse, fine); a line that starts with
    ``#`` and holds no tab is a comment (hashtags are words: "#Brexit\t12\t301")."""
    table: dict[str, tuple[str, str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line or (line.startswith("#") and "\t" not in line):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or not parts[1].isdigit() or not parts[2].isdigit():
            raise ClusterError(f"{source} line {number}: expected word, coarse id, fine id")
        table[parts[0]] = (parts[1], parts[2])
    return table


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[str, str]]:
    """The shipped clusters; empty when the file is absent (a tagger trained without them)."""
    path = files("newsprobe.entities").joinpath("model", CLUSTER_FILE)
    if not path.is_file():
        return {}
    return parse(path.read_text("utf-8"))


def of(word: str) -> tuple[str, str] | None:
    """The word's (coarse, fine) clusters; an all-capitals word falls back to its title-case
    form ("BERLIN" → "Berlin"), as headlines and agencies write names in capitals."""
    t = table()
    found = t.get(word)
    if found is None and len(word) > 1 and word.isupper():
        found = t.get(word.title())
    return found
