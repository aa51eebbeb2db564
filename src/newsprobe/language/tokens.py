"""The ``tokens`` component: tokens of every sentence (spaCy's rule-based tokenizer and
newsprobe's rules, :mod:`newsprobe.language.segment`)."""

from __future__ import annotations

from collections.abc import Sequence

from newsprobe.language.segment import spans
from newsprobe.language.sentences import SCRATCH_KEY
from newsprobe.model import Analysis, Token
from newsprobe.options import Options

#: A token of the sentences component's scratch: ``(start, end, kind, space_after)``.
Raw = tuple[int, int, str, bool]


class TokenComponent:
    name = "tokens"
    requires: tuple[str, ...] = ("sentences",)

    def __call__(self, analysis: Analysis, options: Options) -> None:
        text = analysis.text
        cached = analysis._scratch.pop(SCRATCH_KEY, None)
        if cached is None or len(cached) != len(analysis.sentences):
            cached = []
            for sentence in analysis.sentences:
                pieces = spans(sentence.text, analysis.meta.language, sentences=False)
                offset = sentence.start
                cached.append(
                    [
                        (offset + a, offset + b, kind, space_after)
                        for part in pieces
                        for a, b, kind, space_after in part
                    ]
                )
        analysis.tokens.extend(build_tokens(text, cached))


def build_tokens(text: str, sentences: Sequence[Sequence[Raw]]) -> list[Token]:
    """The tokens of ``sentences`` (offsets into ``text``, exact and non-negative), built
    with :meth:`Token.maker` (values the tokenizer made are valid)."""
    make = Token.maker()
    return [
        make(start, end, text[start:end], index, kind, space_after)
        for index, tokens in enumerate(sentences)
        for start, end, kind, space_after in tokens
    ]
