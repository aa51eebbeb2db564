"""English requests, decisions and promises with a to-infinitive: "The union urged members
to reject the offer", "Officials decided to close the border", "He vowed to fight on".  The
infinitive clause is what was asked, decided or promised (the German counterpart is the
zu-infinitive after "forderte … auf", "beschloss", "kündigte an")."""

from __future__ import annotations

from newsprobe.attribution.view import Tok

#: Verb forms whose to-infinitive is the content of the act (an object may stand between:
#: "urged members to …", "told reporters to …").
TO_VERBS = frozenset(
    [
        "urge", "urged", "urges", "ask", "asked", "asks", "promise", "promised", "promises",
        "vow", "vowed", "vows", "pledge", "pledged", "pledges", "agree", "agreed", "agrees",
        "demand", "demanded", "demands", "decide", "decided", "decides", "refuse", "refused",
        "refuses", "threaten", "threatened", "threatens", "warn", "warned", "warns", "tell",
        "told", "tells", "call", "called", "calls", "order", "ordered", "orders", "encourage",
        "encouraged", "encourages", "advise", "advised", "advises",
    ]
)  # fmt: skip
#: Words that cannot start an infinitive after "to" ("to the press", "to 2020").
_NOT_VERB_TAGS = frozenset(["DET", "POSS", "NUM", "PROPN", "PUNCT", "PRON", "ADP"])
#: How far the infinitive may stand from the verb (an object of a few words between).
_MAX_GAP = 6
#: Words that end the object before "to" (another clause begins).
_STOPS = frozenset(["that", "and", "but", "which", "who", "because", "while", "when"])


def to_infinitive(toks: list[Tok], t: Tok, last: int) -> tuple[int, int] | None:
    """``(start, end)`` token range of the to-infinitive clause the verb ``t`` governs, or
    None.  "called on X to …" and "called for" need their particle; "called X a liar" and
    "told reporters on Monday that …" have no infinitive."""
    if t.low not in TO_VERBS:
        return None
    k = t.i + 1
    if t.low.startswith("call"):
        if k >= last or toks[k].low != "on":
            return None
        k += 1
    end = min(last, t.i + 1 + _MAX_GAP)
    while k < end:
        x = toks[k]
        if x.low == "to" and k + 1 < last:
            nxt = toks[k + 1]
            if nxt.tag in _NOT_VERB_TAGS or not nxt.text[:1].islower() or not nxt.text.isalpha():
                return None
            stop = k + 1
            while (
                stop < last and toks[stop].text not in (",", ";", ":") and toks[stop].low != "but"
            ):
                stop += 1
            return k + 1, stop
        if x.text in (",", ";", ":", "(") or x.low in _STOPS or x.quote is not None:
            return None
        k += 1
    return None
