"""The ``tokens`` component builds its tokens in one validation call: the same tokens as
built one by one."""

from __future__ import annotations

from newsprobe import analyze_text
from newsprobe.model import Token


def test_tokens_equal_tokens_built_one_by_one() -> None:
    analysis = analyze_text(
        "Berlin (dpa) - Die Regierung hat am 3.10.2024 neue Regeln beschlossen. "
        "„Das ist gut“, sagte sie. Mehr unter www.example.org!",
        lang="de",
        only=["tokens"],
    )
    assert analysis.tokens
    for token in analysis.tokens:
        one = Token(
            start=token.start,
            end=token.end,
            text=token.text,
            sentence=token.sentence,
            kind=token.kind,
            space_after=token.space_after,
        )
        assert token == one
        assert token.model_fields_set == one.model_fields_set
        assert analysis.text[token.start : token.end] == token.text


def test_direct_construction_and_validation_agree() -> None:
    from pydantic import TypeAdapter

    from newsprobe.language.tokens import build_tokens
    from newsprobe.model import Token

    assert Token.maker().__name__ == "make"  # the fast constructor fits the model
    text = "Er sagte: „Ja.“"
    raw = [[(0, 2, "regular", True), (3, 8, "regular", False), (8, 9, "symbol", True)]]
    direct = build_tokens(text, raw)
    validated = TypeAdapter(list[Token]).validate_python(
        [
            {"start": a, "end": b, "text": text[a:b], "sentence": 0, "kind": k, "space_after": s}
            for a, b, k, s in raw[0]
        ]
    )
    assert direct == validated
    for d, v in zip(direct, validated, strict=True):
        assert list(d.__dict__) == list(v.__dict__)
        assert d.model_fields_set == v.model_fields_set
        assert d.model_dump_json() == v.model_dump_json()
        d.pos = "NN"  # assignment and copies behave as on a validated token
        assert d.model_copy(deep=True) == d and "pos" in d.model_fields_set
