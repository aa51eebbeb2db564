"""English passives of speech acts with their agent: "The plan was criticised by the
mayor", "The concerns were echoed by several villagers", "The offer has been rejected by
the union" — the agent after "by" is the speaker, and the passive's subject is what the
act was about (a narrated act).  An agentless passive stays no cue
(:func:`newsprobe.attribution.english_cues.passive_participle`)."""

from __future__ import annotations

from newsprobe.attribution.english_cues import BE_FORMS, TO_VERBS
from newsprobe.attribution.lexicon import CueLexicon
from newsprobe.attribution.phrases import np_left, np_right
from newsprobe.attribution.view import Tok

#: Participles whose passive subject is the one quoted, asked or told, not a topic
#: ("was quoted by Reuters as saying", "were told by police to leave").
_ADDRESSED = frozenset(["quoted", "cited", "interviewed", "informed", "notified", "briefed"])
#: Word classes that may open an agent after "by" ("by Tom Baker", "by several villagers",
#: "by the union"); a number ("by 4 percent") or a date is a measure, no agent.
_AGENT_OPENERS = frozenset(["PROPN", "DET", "NOUN", "ADJ", "POSS"])


def passive_aux(toks: list[Tok], t: Tok) -> int | None:
    """Index of the form of "be" before the participle ``t`` (adverbs may stand between:
    "was strongly criticised"), None where none does."""
    k = t.i - 1
    while k >= 0 and toks[k].tag == "ADV":
        k -= 1
    return k if k >= 0 and toks[k].low in BE_FORMS else None


def passive_agent(toks: list[Tok], t: Tok, lex: CueLexicon) -> tuple[int, int] | None:
    """The agent phrase of the passive cue participle ``t`` ("was criticised by Tom
    Baker"): the noun phrase right after "by"; None without an auxiliary of "be", a "by"
    right after the participle or a phrase that can speak."""
    if passive_aux(toks, t) is None or t.low in _ADDRESSED or t.low in TO_VERBS:
        return None
    k = t.i + 1
    if k + 1 >= len(toks) or toks[k].low != "by":
        return None
    first = toks[k + 1]
    if first.quote is not None or first.tag not in _AGENT_OPENERS:
        return None
    found = np_right(toks, k + 1, lex)
    if found is None or not any(x.tag in ("NOUN", "PROPN") for x in toks[found[0] : found[1]]):
        return None
    return found


def passive_topic(toks: list[Tok], t: Tok, cs: int, lex: CueLexicon) -> tuple[int, int] | None:
    """The subject of the passive cue participle ``t``, what the act was about: the noun
    phrase that ends at the auxiliary ("The plan was criticised by …"); None where none
    does."""
    aux = passive_aux(toks, t)
    while aux is not None and aux > cs and toks[aux - 1].low in _AUXILIARIES:
        aux -= 1  # "has been rejected", "will be criticised"
    if aux is None or aux <= cs:
        return None
    return np_left(toks, cs, aux, lex)


#: Auxiliaries and modals before the form of "be" ("has been", "will be", "had been").
_AUXILIARIES = frozenset(
    ["has", "have", "had", "will", "would", "could", "can", "should", "may", "might", "must"]
)
