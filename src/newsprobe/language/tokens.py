"""The ``tokens`` component: tokens of every sentence, from SoMaJo."""

from __future__ import annotations

from newsprobe.language.sentences import SCRATCH_KEY
from newsprobe.language.somajo_tokenizer import split
from newsprobe.model import Analysis, Token
from newsprobe.pipeline import Options


class TokenComponent:
    name = "tokens"
    requires: tuple[str, ...] = ("sentences",)

    def __call__(self, analysis: Analysis, options: Options) -> None:
        text = analysis.text
        cached = analysis._scratch.pop(SCRATCH_KEY, None)
        if cached is None or len(cached) != len(analysis.sentences):
            cached = []
            for sentence in analysis.sentences:
                pieces = split(sentence.text, analysis.meta.language, sentences=False)
                cached.append(
                    [
                        (sentence.start + t.start, sentence.start + t.end, t.kind, t.space_after)
                        for part in pieces
                        for t in part
                    ]
                )
        for index, tokens in enumerate(cached):
            for start, end, kind, space_after in tokens:
                analysis.tokens.append(
                    Token(
                        start=start,
                        end=end,
                        text=text[start:end],
                        sentence=index,
                        kind=kind,
                        space_after=space_after,
                    )
                )
