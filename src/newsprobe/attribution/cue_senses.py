"""Cue verbs in a sense that names no speech act, told by the words around them: a noun
that changes the verb's meaning ("Der Anschlag forderte acht Tote"), a bare "wie" +
participle ("wie erwartet"), a demonstrative fronted as the verb's object ("Dies teilte
ein Sprecher mit")."""

from __future__ import annotations

from newsprobe.attribution.lexicon import CueLexicon
from newsprobe.attribution.view import Tok


def takes_other_sense(lex: CueLexicon, toks: list[Tok], lemma: str, cs: int, ce: int) -> bool:
    """Whether the verb's clause has, as a bare subject or object (not inside a
    prepositional phrase), a noun with which the verb means no speech act ("forderte
    acht Tote", not "forderte Hilfe für die Opfer")."""
    nouns = lex.not_with_nouns.get(lemma)
    if not nouns:
        return False
    for k in range(cs, ce):
        if toks[k].low not in nouns or toks[k].quote is not None:
            continue
        j = k - 1
        while j >= cs and toks[j].tag in ("DET", "ADJ", "NUM", "POSS", "CONJ", "NOUN"):
            j -= 1
        if not (j >= cs and toks[j].tag == "ADP"):
            return True
    return False


def fronted_object(lex: CueLexicon, toks: list[Tok], cs: int, t: Tok) -> bool:
    """The clause opens with a demonstrative ("Dies", "Das") right before the finite
    cue verb: the demonstrative is its object."""
    return (
        lex.lang == "de"
        and t.tag == "VFIN"
        and cs + 1 == t.i
        and toks[cs].low in lex.fronted_objects
        and toks[cs].tag in ("PRON", "DET")
    )


def bare_wie(lex: CueLexicon, toks: list[Tok], t: Tok) -> bool:
    """ "wie erwartet", "wie berichtet": a participle right after "wie" with no
    auxiliary after it is an adverbial of the narrator ("wie berichtet wurde" is a
    passive frame)."""
    if t.i == 0 or toks[t.i - 1].low not in lex.wie or not t.low.endswith("t"):
        return False
    nxt = toks[t.i + 1] if t.i + 1 < len(toks) else None
    return nxt is None or nxt.lemma not in ("werden", "sein", "haben")
