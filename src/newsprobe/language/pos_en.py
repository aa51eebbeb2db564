"""English part-of-speech tags for the words the attribution rules must tell apart.

HanTa (a dependency, LGPL-3.0, used as a library) ships an English model trained on the
British National Corpus tagset (C5: ``NN2``, ``VVZ``, ``NP0``, ``AJ0``…); its tags are given
here as Penn Treebank tags (``NNS``, ``VBZ``, ``NNP``, ``JJ``…), the tagset English tools
share.  Like the German tags (:mod:`newsprobe.language.pos`) a word form's tag is HanTa's
out-of-context analysis, cached per form.  English, unlike German, writes many words of
saying the same as a noun or an adjective ("claims", "reports", "states", "pointed"), and
out of context HanTa reads "states" as a plural noun and "pointed" as a past tense.  So a
form whose readings include a verb and something else (both within HanTa's own cut-off) is
tagged in context: HanTa's Viterbi tagger over the words around it (:data:`WINDOW` on either
side).  Tagging whole English sentences in context would cost about as much as the rest of
the pipeline (HanTa tags about 30,000 tokens a second on one core); only the ambiguous
candidate words are tagged in context, and only on demand (:func:`tags_at`).

No table is shipped: HanTa's analysis of a form costs tens of microseconds and is kept in a
per-process cache.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

#: Words on either side of an ambiguous word that the context tagger sees.
WINDOW = 4
#: Readings of a form within this many log units of the best count (HanTa cuts at 5; at 4
#: "says", whose plural-noun reading is 5 units behind, is no longer tagged in context).
_CUTOFF = 4.0

#: BNC C5 -> Penn Treebank.
_PENN: dict[str, str] = {
    "AJ0": "JJ", "AJC": "JJR", "AJS": "JJS", "AT0": "DT", "AV0": "RB", "AVP": "RP",
    "AVQ": "WRB", "CJC": "CC", "CJS": "IN", "CJT": "IN", "CRD": "CD", "DPS": "PRP$",
    "DT0": "DT", "DTQ": "WDT", "EX0": "EX", "ITJ": "UH", "NN": "NN", "NN0": "NN", "NN1": "NN",
    "NN2": "NNS", "NP0": "NNP", "ORD": "JJ", "PNI": "NN", "PNP": "PRP", "PNQ": "WP",
    "PNX": "PRP", "POS": "POS", "PRF": "IN", "PRP": "IN", "PUL": "-LRB-", "PUN": ".",
    "PUQ": "``", "PUR": "-RRB-", "TO0": "TO", "UNC": "FW", "XX0": "RB", "ZZ0": "NN",
    "VM0": "MD", "IN": "IN",
    "VBB": "VBP", "VBD": "VBD", "VBG": "VBG", "VBI": "VB", "VBN": "VBN", "VBZ": "VBZ",
    "VDB": "VBP", "VDD": "VBD", "VDG": "VBG", "VDI": "VB", "VDN": "VBN", "VDZ": "VBZ",
    "VHB": "VBP", "VHD": "VBD", "VHG": "VBG", "VHI": "VB", "VHN": "VBN", "VHZ": "VBZ",
    "VVB": "VBP", "VVD": "VBD", "VVG": "VBG", "VVI": "VB", "VVN": "VBN", "VVZ": "VBZ",
}  # fmt: skip


def penn(c5: str) -> str:
    """The Penn Treebank tag of a BNC C5 tag (``NN`` for one it does not know)."""
    return _PENN.get(c5, "NN")


def is_verb(tag: str) -> bool:
    """A Penn verb tag (``VB*``; ``MD`` too)."""
    return tag.startswith("VB") or tag == "MD"


@lru_cache(maxsize=1)
def _tagger() -> Any:
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_en.pgz")


@lru_cache(maxsize=200_000)
def readings(word: str, first: bool = False) -> tuple[str, ...]:
    """Penn tags of ``word`` out of context, best first, within HanTa's cut-off (``first``:
    the sentence's first word, whose capital says nothing)."""
    found = _tagger().tag_word(word, casesensitive=not first)
    if not found:
        return ("NNP",) if word[:1].isupper() and not first else ("NN",)
    best = found[0][1]
    out: list[str] = []
    for c5, logp in found:
        tag = penn(c5)
        if logp >= best - _CUTOFF and tag not in out:
            out.append(tag)
    return tuple(out)


def ambiguous(tags: Sequence[str]) -> bool:
    """Readings that include a verb and something else."""
    verbs = sum(1 for t in tags if is_verb(t))
    return 0 < verbs < len(tags)


@lru_cache(maxsize=50_000)
def _in_context(words: tuple[str, ...], at: int) -> str:
    return penn(_tagger().tag_sent(list(words), taglevel=0)[at])


def tag_at(words: Sequence[str], i: int) -> str:
    """The Penn tag of ``words[i]`` (one sentence's token texts): its best reading out of
    context, or, where its readings mix a verb and something else, HanTa's tag in context
    (the words within :data:`WINDOW` of it)."""
    found = readings(words[i], i == 0)
    if not ambiguous(found):
        return found[0]
    start = max(0, i - WINDOW)
    window = tuple(words[start : i + WINDOW + 1])
    return _in_context(window, i - start)


def tags_at(words: Sequence[str], positions: Iterable[int]) -> dict[int, str]:
    """Penn tags of the words at ``positions`` (see :func:`tag_at`)."""
    return {i: tag_at(words, i) for i in positions}


def verb_reading(words: Sequence[str], i: int) -> bool | None:
    """Whether ``words[i]`` stands as a verb here: None where HanTa knows no verb reading of
    the form at all (a word list must decide), else whether its tag (:func:`tag_at`) is a
    verb's.  "Member states said", "States across the region said", "her white pointed
    pumps": no verbs; "The report states that", "Islamic State claims responsibility":
    verbs."""
    found = readings(words[i], i == 0)
    if not any(is_verb(t) for t in found):
        return None
    return is_verb(tag_at(words, i))


#: Penn tags of finite verbs.
FINITE = frozenset(["VBD", "VBZ", "VBP", "MD"])
#: The most words of a clause tagged in context at once.
_MAX_CLAUSE = 40


def clause_tags(words: Sequence[str]) -> list[str]:
    """Penn tags of a clause's words in context (HanTa's Viterbi tagger, the clause read as
    a sentence of its own; the first :data:`_MAX_CLAUSE` words)."""
    head = tuple(words[:_MAX_CLAUSE])
    return [*_clause_tags(head), *["NN"] * (len(words) - len(head))]


@lru_cache(maxsize=20_000)
def _clause_tags(words: tuple[str, ...]) -> tuple[str, ...]:
    if not words:
        return ()
    return tuple(penn(t) for t in _tagger().tag_sent(list(words), taglevel=0))
