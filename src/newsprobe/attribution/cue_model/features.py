"""Token features of the cue tagger: word, lemma, STTS tag, shape, affixes, a window of two
tokens on either side, and whether the cue lexicon knows the word.

Features are computed from the attribution view (:class:`newsprobe.attribution.view.Tok`),
the same objects the rules see, both at training time (corpus sentences run through the
``pos`` component and :func:`newsprobe.attribution.view.build`) and at run time, so the two
cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from newsprobe.attribution.lexicon import cues
from newsprobe.attribution.view import Tok
from newsprobe.entities.features import shape

#: Bump when the features change: a model trained on other features must be retrained.
#: The label of a cue token (the others: ``B-S`` / ``I-S`` source spans, ``O``).
CUE = "C"

FEATURE_VERSION = "1"


@lru_cache(maxsize=100_000)
def lexicon_flags(word: str, lemma: str) -> tuple[str, ...]:
    """What the German cue lexicon says about a word: a speech or cognition verb, an
    impersonal verb ("heißt es"), a speech noun with a content clause, a source noun, a
    preposition ("laut", "zufolge")."""
    lex = cues("de")
    flags = []
    vtype = lex.verb_type(lemma)
    if vtype is not None:
        flags.append("lx=" + vtype[:2])
    if lemma in lex.impersonal:
        flags.append("lx=imp")
    if word in lex.clause_nouns:
        flags.append("lx=cn")
    if lex.is_source_noun(word):
        flags.append("lx=src")
    low = word.lower()
    if low in lex.prep_before or low in lex.prep_after:
        flags.append("lx=prep")
    return tuple(flags)


_OFFSETS = (-2, -1, 1, 2)


@lru_cache(maxsize=100_000)
def _token(word: str, lemma: str, stts: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """A token's own features and what it contributes as the neighbour at -2, -1, +1, +2."""
    flags = lexicon_flags(word, lemma)
    low = word.lower()
    feats = ["b", "w=" + low, "l=" + lemma, "pos=" + stts, "sh=" + shape(word)]
    n = len(low)
    if n > 3:
        feats += ["s3=" + low[-3:], "p3=" + low[:3]]
    if n > 5:
        feats += ["s5=" + low[-5:], "ls5=" + lemma[-5:]]
    if word[:1].isupper():
        feats.append("T")
    feats += flags
    near = []
    for off in _OFFSETS:
        p = f"{off}:"
        nf = [p + "l=" + lemma, p + "pos=" + stts]
        if abs(off) == 1:
            nf.append(p + "w=" + low)
        nf += [p + f for f in flags]
        near.append(tuple(nf))
    return tuple(feats), tuple(near)


def sentence_features(toks: Sequence[Tok]) -> list[list[str]]:
    """Feature lists for every token of one sentence."""
    stts = [t.stts or t.tag for t in toks]
    rows = [_token(t.text, t.lemma, p) for t, p in zip(toks, stts, strict=True)]
    n = len(rows)
    out: list[list[str]] = []
    for i in range(n):
        feats = list(rows[i][0])
        if toks[i].quote is not None:
            feats.append("inq")  # inside a quotation
        for k, off in enumerate(_OFFSETS):
            j = i + off
            if 0 <= j < n:
                feats += rows[j][1][k]
            elif off == -1:
                feats.append("BOS")
            elif off == 1:
                feats.append("EOS")
        if i > 0:
            feats.append("pp=" + stts[i - 1] + "|" + stts[i])
        if i + 1 < n:
            feats.append("pn=" + stts[i] + "|" + stts[i + 1])
        out.append(feats)
    return out
