"""The ``sentences`` component: sentences per layout block (never across a block boundary)."""

from __future__ import annotations

from newsprobe.language.long_sentences import bounded
from newsprobe.language.segment import spans
from newsprobe.model import Analysis, Sentence
from newsprobe.options import Options

SCRATCH_KEY = "sentence_tokens"


class SentenceComponent:
    name = "sentences"
    requires: tuple[str, ...] = ("layout", "language")

    def __call__(self, analysis: Analysis, options: Options) -> None:
        text = analysis.text
        units = [(b.start, b.end, b.id) for b in analysis.blocks] or [(0, len(text), None)]
        cached: list[list[tuple[int, int, str, bool]]] = []
        for start, end, block_id in units:
            piece = text[start:end]
            for tokens in bounded(spans(piece, analysis.meta.language), piece):
                s_start, s_end = start + tokens[0][0], start + tokens[-1][1]
                analysis.sentences.append(Sentence.of(text, s_start, s_end, block=block_id))
                cached.append([(start + a, start + b, kind, sp) for a, b, kind, sp in tokens])
        analysis._scratch[SCRATCH_KEY] = cached
