"""Verbs of saying in a headline clause, less untagged English words that stand as nouns
(:func:`newsprobe.attribution.english_nouns.noun_reading`)."""

from __future__ import annotations

from newsprobe.attribution.english_nouns import noun_reading
from newsprobe.model import Token


def speech_verbs(toks: list[Token], language: str) -> list[int]:
    """Positions of verbs of saying (the claims lexicon's ``speech_verb`` entries) among the
    tokens of one headline clause, less untagged words that stand as nouns."""
    from newsprobe.claims.lexicon import lexicon

    lex = lexicon(language)
    lows = [t.text.lower() for t in toks]
    found = []
    for k, t in enumerate(toks):
        if t.pos is not None and not t.pos.startswith("V"):
            continue
        if t.pos is None and (not t.text[:1].islower() or noun_reading(lows, k)):
            continue
        entries = lex.candidates(lows[k], (t.lemma or t.text).lower())
        if any(e.type.name == "speech_verb" and len(e.words) == 1 for e in entries):
            found.append(k)
    return found
