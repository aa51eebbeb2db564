"""The paraphrase groups of the headline matcher (``concepts_<lang>.toml``): which words and
phrases say the same thing in news copy, and which of them are predicates."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from newsprobe.claims.similarity import fold


@dataclass(frozen=True)
class Concepts:
    #: folded word -> [(concept, words of the entry)] for entries containing the word
    by_word: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]
    predicates: frozenset[str]
    stopwords: frozenset[str]
    #: Lemmas read as verbs in untagged text (:func:`newsprobe.claims.verbs.english_verb`).
    verbs: frozenset[str] = frozenset()
    #: form -> concept entries (filled lazily by the index)
    cache: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = field(default_factory=dict)


@lru_cache(maxsize=4)
def concepts(language: str) -> Concepts:
    lang = language if language in ("de", "en") else "en"
    data = tomllib.loads(
        files("newsprobe.claims").joinpath(f"concepts_{lang}.toml").read_text("utf-8")
    )
    stopwords = frozenset(fold(w) for w in data.get("stopwords", ()))
    function = stopwords | {
        "im",
        "in",
        "ihr",
        "ihrem",
        "ihren",
        "ihre",
        "sein",
        "seinem",
        "seinen",
        "sich",
        "selbst",
        "zur",
        "zum",
        "to",
        "their",
        "the",
        "of",
    }
    by_word: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    predicates = set()
    for name, spec in data.get("concepts", {}).items():
        if spec.get("predicate"):
            predicates.add(name)
        for entry in spec.get("entries", ()):
            words = tuple(fold(w) for w in entry.split() if fold(w) not in function) or tuple(
                fold(w) for w in entry.split()
            )
            for w in set(words):
                by_word.setdefault(w, []).append((name, words))
    return Concepts(
        by_word={k: tuple(v) for k, v in by_word.items()},
        predicates=frozenset(predicates),
        stopwords=stopwords,
        verbs=frozenset(fold(w) for w in data.get("verbs", ())),
    )
