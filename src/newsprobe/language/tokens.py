"""The ``tokens`` component: tokens of every sentence, from SoMaJo."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from pydantic import TypeAdapter

from newsprobe.language.sentences import SCRATCH_KEY
from newsprobe.language.somajo_tokenizer import spans
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
    """The tokens of ``sentences`` (offsets into ``text``, which SoMaJo's alignment makes
    exact, and non-negative): constructed directly where :func:`_direct` is sure to give
    what validation gives, else validated in one call."""
    make = _direct()
    if make is not None:
        return [
            make(start, end, text[start:end], index, kind, space_after)
            for index, tokens in enumerate(sentences)
            for start, end, kind, space_after in tokens
        ]
    return _token_list().validate_python(
        [
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "sentence": index,
                "kind": kind,
                "space_after": space_after,
            }
            for index, tokens in enumerate(sentences)
            for start, end, kind, space_after in tokens
        ]
    )


@cache
def _token_list() -> TypeAdapter[list[Token]]:
    return TypeAdapter(list[Token])


_FIELDS_SET = frozenset(("start", "end", "text", "sentence", "kind", "space_after"))


@cache
def _direct() -> Callable[[int, int, str, int, str, bool], Token] | None:
    """A constructor of tokens from values already valid, that skips validation (pydantic's
    ``model_construct`` does the same, slower than validating): the instance dictionary in
    field order, the fields set, no extra and no private values — a third of the cost of
    validation, which on news text took a twentieth of the whole analysis.

    Checked once against a validated token (values, field order, fields set, extra, private
    values, JSON); ``None`` where anything differs (a changed model or pydantic), and the
    tokens are then validated."""
    new = Token.__new__
    put = object.__setattr__

    def make(start: int, end: int, text: str, sentence: int, kind: str, space: bool) -> Token:
        token = new(Token)
        put(
            token,
            "__dict__",
            {
                "start": start,
                "end": end,
                "text": text,
                "sentence": sentence,
                "kind": kind,
                "space_after": space,
                "pos": None,
                "lemma": None,
                "mood": None,
            },
        )
        put(token, "__pydantic_fields_set__", set(_FIELDS_SET))
        put(token, "__pydantic_extra__", None)
        put(token, "__pydantic_private__", None)
        return token

    values = {"start": 3, "end": 7, "text": "Wort", "sentence": 0, "kind": "regular"}
    try:
        want = Token(**values, space_after=True)
        got = make(3, 7, "Wort", 0, "regular", True)
        same = (
            got == want
            and list(got.__dict__) == list(want.__dict__)
            and got.model_fields_set == want.model_fields_set
            and got.__pydantic_extra__ == want.__pydantic_extra__
            and got.__pydantic_private__ == want.__pydantic_private__
            and got.model_dump_json() == want.model_dump_json()
            and not Token.__pydantic_post_init__
        )
    except Exception:  # a model this constructor does not fit: validate instead
        same = False
    return make if same else None
