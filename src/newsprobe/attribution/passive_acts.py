"""Narrated speech acts told in the passive with their agent: "Die Forderungen wurden von
Verkehrsminister X als unrealistisch bezeichnet" — the agent ("von X") speaks, the passive's
subject is what the act was about (:meth:`newsprobe.attribution.verb_cues.VerbCues._verb_cue`).
"""

from __future__ import annotations

from newsprobe.attribution.clauses import WERDEN
from newsprobe.attribution.view import Tok

#: Prepositions of a passive's agent.
_AGENT = frozenset(["von", "vom"])


def subject_before_aux(toks: list[Tok], t: Tok, fin: Tok, first: int) -> bool:
    """Whether the participle ``t`` closes a passive with a "von" agent after its auxiliary
    ``fin`` and a subject noun phrase before it, from token ``first`` ("Die Pläne wurden von
    X kritisiert"; not "Am Montag wurde …", "Wien - Wird …", "Der Plan wurde angekündigt")."""
    return (
        t.tag == "VPP"
        and (fin.lemma == "werden" or fin.low in WERDEN)
        and toks[first].tag in ("DET", "POSS", "NOUN", "PROPN", "ADJ")
        and all(x.tag != "PUNCT" for x in toks[first : fin.i])
        and any(x.tag in ("NOUN", "PROPN") for x in toks[first : fin.i])
        and any(x.low in _AGENT and x.tag == "ADP" for x in toks[fin.i : t.i])
    )


def is_range(toks: list[Tok], np: tuple[int, int]) -> bool:
    """A passive's "von" phrase that opens a range ("von 179 Stimmen auf 180"): a figure
    first, or "auf"/"bis" right after it."""
    return toks[np[0]].tag == "NUM" or (np[1] < len(toks) and toks[np[1]].low in ("auf", "bis"))


def strip_aux(toks: list[Tok], a: int, b: int, passive: bool) -> tuple[int, int]:
    """A passive's narrated object without the agent's preposition and the auxiliary ("Die
    Pläne [wurden von]", "[wurde] der Plan"); a subject before the auxiliary ends there
    ("Die Verfügung [wurde im Wesentlichen vom] …")."""
    if not passive:
        return a, b
    aux = next(
        (k for k in range(a + 1, b) if toks[k].low in WERDEN and toks[k].tag == "VFIN"), None
    )
    if aux is not None and any(x.tag in ("NOUN", "PROPN") for x in toks[a:aux]):
        b = aux
    while b > a and (toks[b - 1].low in WERDEN or toks[b - 1].low in _AGENT):
        b -= 1
    while a < b and toks[a].low in WERDEN:
        a += 1
    return a, b
