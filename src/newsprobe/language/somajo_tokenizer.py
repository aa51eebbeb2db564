"""SoMaJo tokenisation with character offsets, one tokenizer per language, loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

_MODELS = {"de": "de_CMC", "en": "en_PTB"}


@dataclass(frozen=True)
class RawToken:
    start: int  # offsets relative to the tokenised string
    end: int
    kind: str
    space_after: bool


@cache
def _tokenizer(model: str, split_sentences: bool) -> Any:
    from somajo import SoMaJo

    return SoMaJo(model, split_camel_case=False, split_sentences=split_sentences,
                  character_offsets=True)


def model_for(language: str | None) -> str:
    """SoMaJo model for a language; English rules are the generic fallback."""
    return _MODELS.get(language or "", "en_PTB")


def split(text: str, language: str | None, *, sentences: bool = True) -> list[list[RawToken]]:
    """Sentences of tokens over ``text`` (offsets relative to ``text``).

    Offsets SoMaJo reports are checked against the text; a token whose surface does not match
    is re-located by search, so every returned offset is exact.
    """
    tokenizer = _tokenizer(model_for(language), sentences)
    result: list[list[RawToken]] = []
    cursor = 0
    for sentence in tokenizer.tokenize_text([text]):
        tokens: list[RawToken] = []
        for tok in sentence:
            start, end = tok.character_offset
            if text[start:end] != tok.text and tok.original_spelling is None:
                found = text.find(tok.text, cursor)
                if found >= 0:
                    start, end = found, found + len(tok.text)
            if not (cursor <= start < end <= len(text)):
                continue
            cursor = end
            tokens.append(RawToken(start, end, tok.token_class or "regular",
                                   bool(tok.space_after)))
        if tokens:
            result.append(tokens)
    return result
