"""Token features for the CRF name tagger: word, affixes, shape, STTS tag, gazetteers, context.

The same function computes features at training time (GermEval sentences, HanTa tags) and at
run time (SoMaJo tokens, tags from the ``pos`` component), so the two cannot drift apart.
Per-word features are cached: news text repeats its words, and building feature strings is
most of the tagger's cost.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from newsprobe.entities import kb

#: Bump when the features change: a model trained on other features must be retrained.
FEATURE_VERSION = "5"

_FUNCTION_WORDS = frozenset(
    [
        "am", "an", "der", "die", "das", "des", "dem", "den", "für", "fur", "und", "of", "the",
        "de", "la", "le", "du", "van", "von", "zu", "zum", "zur", "al", "el", "bin", "ibn", "y",
        "e", "da", "do", "dos", "di", "del", "im", "in", "auf", "aus", "bei", "mit",
    ]
)
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜÀÁÂÉÈÊËÍÎÓÔÚÛÇÑŠŽČ"
_LOWER = "abcdefghijklmnopqrstuvwxyzäöüßàáâéèêëíîóôúûçñšžčğış"
_SHAPE_MAP = str.maketrans(
    _UPPER + _LOWER + "0123456789", "X" * len(_UPPER) + "x" * len(_LOWER) + "d" * 10
)
_REPEAT = re.compile(r"(.)\1+")


@dataclass(frozen=True)
class Gazetteers:
    """Word sets the features test membership in."""

    loc: frozenset[str]
    org: frozenset[str]
    per: frozenset[str]
    first: frozenset[str]
    derived: frozenset[str]
    role: frozenset[str]
    title: frozenset[str]
    org_suffixes: tuple[str, ...]
    org_words: frozenset[str]


def _name_words(name: str) -> list[str]:
    return [w for w in name.split() if w and w.lower() not in _FUNCTION_WORDS]


@lru_cache(maxsize=1)
def gazetteers() -> Gazetteers:
    loc: set[str] = set()
    org: set[str] = set()
    per: set[str] = set()
    derived: set[str] = set()
    for text, found in kb.all_surfaces().items():
        for surface in found:
            if surface.form == "derived":
                derived.add(text)
                continue
            if surface.confirm:
                continue
            target = {"LOC": loc, "ORG": org, "PER": per}.get(surface.entry.type)
            if target is not None:
                target.update(_name_words(text))
    roles = kb.roles()
    role: set[str] = set()
    for noun in (*roles["office"], *roles["generic"]):
        role.update((noun, noun + "s", noun + "es", noun + "en", noun + "n"))
    heads = tomllib.loads(files("newsprobe.entities.kb").joinpath("heads.toml").read_text("utf-8"))
    return Gazetteers(
        loc=frozenset(loc), org=frozenset(org), per=frozenset(per),
        first=kb.first_names(), derived=frozenset(derived), role=frozenset(role),
        title=frozenset(roles["person_titles"]["words"]),
        org_suffixes=tuple(heads["org"]["de_suffixes"]),
        org_words=frozenset(heads["org"]["en_words"]) | frozenset(heads["org"]["legal_forms"]),
    )


def shape(word: str) -> str:
    """Collapsed word shape: "Putin" → "Xx", "US-Institut" → "X-Xx", "2024" → "d"."""
    return _REPEAT.sub(r"\1", word.translate(_SHAPE_MAP))[:8]


def _gaz_flags(word: str, g: Gazetteers) -> list[str]:
    flags = []
    if word in g.loc:
        flags.append("loc")
    if word in g.org:
        flags.append("org")
    if word in g.per:
        flags.append("per")
    if word in g.first:
        flags.append("first")
    if word in g.derived:
        flags.append("der")
    if word in g.role:
        flags.append("role")
    if word in g.title:
        flags.append("title")
    if word[:1].isupper() and (word in g.org_words or word.lower().endswith(g.org_suffixes)):
        flags.append("orgh")
    return flags


@lru_cache(maxsize=100_000)
def word_features(word: str, pos: str) -> tuple[str, ...]:
    """Features of the token itself."""
    g = gazetteers()
    low = word.lower()
    feats = ["b", "w=" + low, "sh=" + shape(word), "pos=" + pos, "pos2=" + pos[:2]]
    n = len(low)
    if n > 3:
        feats += ["s2=" + low[-2:], "s3=" + low[-3:], "p3=" + low[:3]]
    if n > 4:
        feats += ["s4=" + low[-4:], "p4=" + low[:4]]
    if n <= 2:
        feats.append(f"len{n}")
    if word[:1].isupper():
        feats.append("T")
        if word.isupper() and n > 1:
            feats.append("U")
    if any(c.isdigit() for c in word):
        feats.append("D")
    if "-" in word and n > 2:
        parts = [p for p in word.split("-") if p]
        if parts:
            feats += ["H", "hf=" + parts[0].lower(), "hl=" + parts[-1].lower()[-5:]]
            feats += ["hfg:" + f for f in _gaz_flags(parts[0], g)]
            feats += ["hlg:" + f for f in _gaz_flags(parts[-1], g)]
            if parts[-1][:1].islower():
                feats.append("Hlow")  # "Putin-treu", "Nato-weit"
    feats += ["g:" + f for f in _gaz_flags(word, g)]
    return tuple(feats)


@lru_cache(maxsize=200_000)
def context_features(word: str, pos: str, offset: int) -> tuple[str, ...]:
    """Features a neighbour at ``offset`` (−2…2) contributes."""
    g = gazetteers()
    p = f"{offset}:"
    feats = [p + "w=" + word.lower(), p + "pos=" + pos, p + "sh=" + shape(word)]
    feats += [p + "g:" + f for f in _gaz_flags(word, g)]
    if abs(offset) == 1 and len(word) > 4:
        feats.append(p + "s3=" + word[-3:].lower())
    return tuple(feats)


class NameList:
    """Words seen inside names of the training data, with the types they had there and how
    often they were part of a name ("Merkel" → PER, always).  Training uses jackknifed lists
    (built without the sentences being featurised) so that the model learns how far to trust
    a list that, at run time, is built from all the training data."""

    def __init__(self, flags: dict[str, tuple[str, ...]]) -> None:
        self.flags = flags

    @classmethod
    def build(cls, sentences: Sequence[tuple[Sequence[str], Sequence[str]]]) -> NameList:
        """From ``(words, BIO tags)`` pairs."""
        total: dict[str, int] = {}
        inside: dict[str, dict[str, int]] = {}
        for words, tags in sentences:
            for word, tag in zip(words, tags, strict=True):
                total[word] = total.get(word, 0) + 1
                if tag != "O":
                    kinds = inside.setdefault(word, {})
                    kinds[tag[2:]] = kinds.get(tag[2:], 0) + 1
        flags: dict[str, tuple[str, ...]] = {}
        for word, kinds in inside.items():
            named = sum(kinds.values())
            share = named / total[word]
            if share < 0.3 or not word[:1].isupper():
                continue
            best = max(kinds, key=lambda k: kinds[k])
            found = ["tn:" + best, "tn%" + ("hi" if share >= 0.8 else "mid")]
            found += ["tn+" + k for k in kinds if k != best]
            flags[word] = tuple(found)
        return cls(flags)

    def to_text(self) -> str:
        return "".join(f"{w}\t{' '.join(f)}\n" for w, f in sorted(self.flags.items()))

    @classmethod
    def from_text(cls, text: str) -> NameList:
        flags = {}
        for line in text.splitlines():
            if line and not line.startswith("#"):
                word, _, found = line.partition("\t")
                flags[word] = tuple(found.split())
        return cls(flags)

    def get(self, word: str) -> tuple[str, ...]:
        return self.flags.get(word, ())


def sentence_features(
    words: Sequence[str], tags: Sequence[str | None], names: NameList | None = None
) -> list[list[str]]:
    """Feature lists for every token of one sentence (``tags``: STTS or None)."""
    n = len(words)
    pos = [t or "_" for t in tags]
    lows = [w.lower() for w in words]
    ctx = [_neighbour(w, p) for w, p in zip(words, pos, strict=True)]
    listed = [names.get(w) for w in words] if names is not None else None
    out: list[list[str]] = []
    for i in range(n):
        feats = [*word_features(words[i], pos[i])]
        if listed is not None:
            feats += listed[i]
        if i == 0:
            feats.append("BOS")
        else:
            feats += ctx[i - 1][1]
            if i > 1:
                feats += ctx[i - 2][0]
            if listed is not None:
                feats += _near(listed[i - 1], "-1:")
            feats.append("pp=" + pos[i - 1] + "|" + pos[i])
            feats.append("ww=" + lows[i - 1] + "|" + lows[i])
        if i == n - 1:
            feats.append("EOS")
        else:
            feats += ctx[i + 1][2]
            if i + 2 < n:
                feats += ctx[i + 2][3]
            if listed is not None:
                feats += _near(listed[i + 1], "1:")
            feats.append("pn=" + pos[i] + "|" + pos[i + 1])
        out.append(feats)
    return out


@lru_cache(maxsize=200_000)
def _neighbour(word: str, pos: str) -> tuple[tuple[str, ...], ...]:
    """What ``word`` contributes as the neighbour at −2, −1, +1, +2 (in that order)."""
    return tuple(context_features(word, pos, off) for off in (-2, -1, 1, 2))


@lru_cache(maxsize=4096)
def _near(flags: tuple[str, ...], prefix: str) -> tuple[str, ...]:
    return tuple(prefix + f for f in flags if f[2] == ":")
