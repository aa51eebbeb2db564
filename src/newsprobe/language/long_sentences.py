"""Bounding sentence length: a "sentence" of thousands of tokens is split into pieces.

Several layers look at pairs of tokens within a sentence (cues × tokens, speakers × verbs,
clause fragments), which is harmless at the 20 to 60 tokens of a news sentence and quadratic
for a run-on text without a full stop ("sagte er, sagte sie, …" for 200,000 characters, a
pasted table, a list of names).  :func:`bounded` cuts every sentence longer than
:data:`MAX_TOKENS` tokens after the last comma, semicolon, colon or dash of its window (at
least half-way in), or else at the window's end: each piece is a sentence of its own.
News prose never reaches the limit (the longest sentence of the 10kGNAD test set has 160
tokens), so real articles are unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

#: The most tokens a sentence keeps; longer ones are split.
MAX_TOKENS = 250
_BREAKS = frozenset({",", ";", ":", "–", "—", "-"})

Token = tuple[int, int, str, bool]


def bounded(sentences: Iterable[list[Token]], text: str) -> Iterator[list[Token]]:
    """``sentences`` (lists of ``(start, end, kind, space_after)`` token tuples, offsets into
    ``text``) with every sentence longer than MAX_TOKENS split into pieces that are not."""
    for tokens in sentences:
        while len(tokens) > MAX_TOKENS:
            cut = MAX_TOKENS
            for k in range(MAX_TOKENS - 1, MAX_TOKENS // 2, -1):
                start, end = tokens[k][0], tokens[k][1]
                if text[start:end] in _BREAKS:
                    cut = k + 1
                    break
            yield tokens[:cut]
            tokens = tokens[cut:]
        if tokens:
            yield tokens
