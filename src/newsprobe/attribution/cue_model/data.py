"""SpkAtt-2023 debates (task 1) as training data for the cue tagger: every sentence as the
attribution rules see it (corpus tokens run through the ``pos`` component and the view
builder) with a label per token.

Labels: ``C`` (a cue token), ``B-S`` / ``I-S`` (source span, contiguous runs), ``O``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsprobe.attribution.cue_model.features import CUE
from newsprobe.attribution.view import Sent

__all__ = ["CUE", "TrainSentence"]


@dataclass
class TrainSentence:
    doc: str
    sent: Sent
    labels: list[str]


def _labels(n: int, sid: int, cues: set[tuple[int, int]], srcs: set[tuple[int, int]]) -> list[str]:
    out = []
    for k in range(n):
        if (sid, k) in cues:
            out.append(CUE)
        elif (sid, k) in srcs:
            out.append("I-S" if (sid, k - 1) in srcs and out and out[-1] != CUE else "B-S")
        else:
            out.append("O")
    return out


def read(root: Path, limit: int | None = None) -> list[TrainSentence]:
    """Sentences of every SpkAtt task-1 JSON file under ``root`` (a ``train`` folder)."""
    from newsprobe.attribution.lexicon import cues as cue_lexicon
    from newsprobe.attribution.marks import find_quotes
    from newsprobe.attribution.view import build
    from newsprobe.eval.quotes import build_analysis
    from newsprobe.eval.quotes_data import load
    from newsprobe.pipeline import Options, get_component

    _, docs, _ = load(root, "spkatt", limit)
    pos = get_component("pos")
    options = Options(lang="de")
    lex = cue_lexicon("de")
    out: list[TrainSentence] = []
    for doc in docs:
        analysis = build_analysis(doc)
        pos(analysis, options)
        quotes = find_quotes(analysis.text, [(0, len(analysis.text))])
        sents = build(analysis, quotes, lex.lang)
        cues: set[tuple[int, int]] = set()
        srcs: set[tuple[int, int]] = set()
        for ann in doc.annotations:
            cues |= ann.cue
            srcs |= ann.source
        for sent in sents:
            if sent.toks:
                out.append(
                    TrainSentence(doc.name, sent, _labels(len(sent.toks), sent.id, cues, srcs))
                )
    return out
