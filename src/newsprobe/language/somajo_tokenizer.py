"""SoMaJo tokenisation with character offsets, one tokenizer per language, loaded once."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any, NamedTuple

_MODELS = {"de": "de_CMC", "en": "en_PTB"}


class RawToken(NamedTuple):
    start: int  # offsets relative to the tokenised string
    end: int
    kind: str
    space_after: bool


_EMOJI_CHARS = r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\uFE0F]"


def _speed_up_emoji_split() -> None:
    """Skip SoMaJo's per-grapheme emoji scan on text that holds no emoji character.

    ``Tokenizer._split_emojis`` runs two uncompiled ``regex.search`` calls per grapheme, which
    made it half of SoMaJo's time on news text.  It can only split where a character of the
    class below occurs, so one compiled search over the node decides whether it has anything
    to do; when it has, the original method runs unchanged, so tokens are identical.
    """
    import regex
    from somajo.tokenizer import Tokenizer

    original = Tokenizer._split_emojis
    if getattr(original, "_newsprobe_fast", False):
        return
    pattern = regex.compile(_EMOJI_CHARS)

    def split_emojis(self: Any, node: Any, token_class: str = "emoticon") -> None:
        if pattern.search(node.value.text) is not None:
            original(self, node, token_class)

    split_emojis._newsprobe_fast = True  # type: ignore[attr-defined]
    Tokenizer._split_emojis = split_emojis  # type: ignore[method-assign]


def _unlink_after_use(tokenizer: Any) -> None:
    """Break the links of the doubly linked list a SoMaJo ``Tokenizer`` works on once it
    has returned its tokens.

    Its elements point at their neighbours and at the list, so every text left a cycle of
    some 800 objects per news article (elements and tokens) that only the cyclic garbage
    collector could free: the collections it set off cost an ingest worker about 1 ms per
    article.  Unlinked, the elements are freed at once by reference counting.  The tokens
    returned are untouched (the list holds them; nothing refers back to the list)."""
    tokenize = tokenizer._tokenize
    if getattr(tokenize, "_newsprobe_unlinks", False):
        return

    def run(token_dll: Any) -> Any:
        try:
            return tokenize(token_dll)
        finally:
            element = token_dll.first
            while element is not None:
                following = element.next
                element.prev = element.next = element.list = None
                element = following
            token_dll.first = token_dll.last = None

    run._newsprobe_unlinks = True  # type: ignore[attr-defined]
    tokenizer._tokenize = run


@cache
def _tokenizer(model: str, split_sentences: bool) -> Any:
    from somajo import SoMaJo

    from newsprobe.language.somajo_speedups import speed_up, speed_up_splitter

    _speed_up_emoji_split()
    # SoMaJo's own character alignment cost a third of its time; _align below is exact too
    somajo = SoMaJo(
        model, split_camel_case=False, split_sentences=split_sentences, character_offsets=False
    )
    speed_up(somajo._tokenizer)
    _unlink_after_use(somajo._tokenizer)
    if split_sentences:
        speed_up_splitter(somajo._sentence_splitter)
    return somajo


def model_for(language: str | None) -> str:
    """SoMaJo model for a language; English rules are the generic fallback."""
    return _MODELS.get(language or "", "en_PTB")


def _align(text: str, surface: str, cursor: int) -> tuple[int, int] | None:
    """Where ``surface`` (a token as SoMaJo wrote it) stands in ``text`` from ``cursor`` on.

    Usually right after the whitespace at ``cursor``; a token SoMaJo wrote without the
    whitespace it had in the text is matched character by character, skipping whitespace.
    """
    n = len(text)
    pos = cursor
    while pos < n and text[pos].isspace():
        pos += 1
    if text.startswith(surface, pos):
        return pos, pos + len(surface)
    i, j = pos, 0
    while i < n and j < len(surface):
        if text[i] == surface[j]:
            i, j = i + 1, j + 1
        elif text[i].isspace():
            i += 1
        elif surface[j].isspace():
            j += 1
        else:
            break
    if j == len(surface) and i > pos:
        return pos, i
    found = text.find(surface, cursor)
    return (found, found + len(surface)) if found >= 0 else None


#: Short blocks repeat across a corpus (credits, datelines, "Foto: APA", boilerplate): their
#: tokens are kept, up to this many blocks of at most ``_REPEAT_CHARS`` characters.
_REPEATS = 2048
_REPEAT_CHARS = 300


def split(text: str, language: str | None, *, sentences: bool = True) -> list[list[RawToken]]:
    """Sentences of tokens over ``text`` (offsets relative to ``text``).

    Every token is aligned to the text by :func:`_align`, so every offset is exact; a token
    that cannot be found (SoMaJo rewrote it beyond recognition) is left out.
    """
    return [[RawToken._make(t) for t in tokens] for tokens in spans(text, language, sentences)]


#: A token as ``(start, end, kind, space_after)``.
Span = tuple[int, int, str, bool]


def spans(text: str, language: str | None, sentences: bool = True) -> Sequence[Sequence[Span]]:
    """What :func:`split` returns, as plain ``(start, end, kind, space_after)`` tuples (the
    layers copy them with their block's offset added; named tuples cost more to build)."""
    model = model_for(language)
    if len(text) > _REPEAT_CHARS:
        return _split(text, model, sentences)
    return _split_short(text, model, sentences)


@lru_cache(maxsize=_REPEATS)
def _split_short(text: str, model: str, sentences: bool) -> tuple[tuple[Span, ...], ...]:
    return tuple(tuple(tokens) for tokens in _split(text, model, sentences))


def _split(text: str, model: str, sentences: bool) -> list[list[Span]]:
    tokenizer = _tokenizer(model, sentences)
    result: list[list[Span]] = []
    cursor = 0
    n = len(text)
    for sentence in tokenizer.tokenize_text([text]):
        tokens: list[Span] = []
        for tok in sentence:
            surface = tok.original_spelling or tok.text
            # _align's first case, inline: the token right at the cursor or after one space
            pos = cursor + 1 if cursor < n and text[cursor] == " " else cursor
            if pos < n and not text[pos].isspace() and text.startswith(surface, pos) and surface:
                cursor = pos + len(surface)
                tokens.append((pos, cursor, tok.token_class or "regular", bool(tok.space_after)))
                continue
            where = _align(text, surface, cursor)
            if where is None and surface != tok.text:
                where = _align(text, tok.text, cursor)
            if where is None or where[0] >= where[1]:
                continue
            start, end = where
            cursor = end
            tokens.append((start, end, tok.token_class or "regular", bool(tok.space_after)))
        if tokens:
            result.append(tokens)
    return result
