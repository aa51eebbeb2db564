"""A speech or thought verb in Konjunktiv inside another statement's reported clause, said
of a pronoun ("Der Minister sagte, man erwäge, rechtliche Schritte einzuleiten", "…, dass
er hoffe, dass …"), reports the outer speaker's words, not a statement of its own: it is
part of the outer message and is not listed apart (SpkAtt news annotates none of them;
one in the indicative, "…, sagte sie, er kritisiert, dass …", stays).  Used by
:func:`newsprobe.attribution.quotes.find_attributions`."""

from __future__ import annotations

from bisect import bisect_right

from newsprobe.attribution.found import Found
from newsprobe.attribution.view import Sent, Tok

#: Pronouns that stand for the outer speaker (or an unnamed "man") in reported speech.
_PRONOUNS = frozenset(["er", "sie", "man", "wir", "ich"])
#: Kinds of statement whose message is a reported clause.
_REPORTED = frozenset(["indirect"])
_CUE_TYPES = frozenset(["speech_verb", "cognition_verb"])


def drop_nested_reports(founds: list[Found], sents: list[Sent], text: str) -> list[Found]:
    """``founds`` without the statements that only report inside another's clause."""
    starts = [s.start for s in sents]
    outer = [f for f in founds if f.kind in _REPORTED and f.cue is not None]
    out = []
    for f in founds:
        if _nested(f, outer, sents, starts, text):
            continue
        out.append(f)
    return out


def _nested(f: Found, outer: list[Found], sents: list[Sent], starts: list[int], text: str) -> bool:
    if f.cue is None or f.cue[2] not in _CUE_TYPES or f.kind not in _REPORTED:
        return False
    if len(f.speakers) != 1 or text[slice(*f.speakers[0])].lower() not in _PRONOUNS:
        return False
    verb = _token_at(sents, starts, f.cue[0])
    if verb is None or verb.mood not in ("subj1", "subj2"):
        return False
    s, e = f.cue[0], f.cue[1]
    return any(g is not f and g.message[0] <= s and e <= g.message[1] for g in outer)


def _token_at(sents: list[Sent], starts: list[int], pos: int) -> Tok | None:
    k = bisect_right(starts, pos) - 1
    if k < 0:
        return None
    return next((t for t in sents[k].toks if t.start == pos), None)
