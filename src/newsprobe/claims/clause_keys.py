"""Clause-level helpers of the lexical matcher (:mod:`newsprobe.claims.matcher`): the
predicative of a copula clause, separable verb particles, "no evidence that …" scopes, sums of
figures, and the words around a figure that say what it counts."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from newsprobe.claims.numbers import CHANGE_AFTER, Quantity
from newsprobe.claims.similarity import fold
from newsprobe.claims.units import Tok

COPULAS = frozenset({"sein", "bleiben", "werden"})


def predicative(toks: Sequence[Tok], feats: Sequence[Any], keys: Any) -> None:
    """A clause without a full verb whose copula says what something is ("Ermittlungen sind
    eine Kampagne", "Preiserhöhung ist unzulässig"): the noun or adjective after the copula is
    its predicate, weighs as a verb, and must be matched like one."""
    if any((t.pos or "").startswith("VV") for t in toks):
        return
    copula = next(
        (
            k
            for k, t in enumerate(toks)
            if (t.pos or "").startswith("VA") and fold(t.claim_lemma) in COPULAS
        ),
        None,
    )
    if copula is None:
        return
    for tok, feat in zip(toks[copula + 1 :], feats[copula + 1 :], strict=True):
        if (tok.pos or "").startswith("APPR"):
            break  # "schuld an der Flaute": a noun in a prepositional phrase is no predicative
        if tok.pos in ("NN", "ADJD") and feat.keys:
            key = feat.keys[0][0]
            if key in keys.weights:
                keys.add(key, 2.0, predicate=True)
                keys.verbs.add(key)


#: Separable verb particles, longest first ("weitersteigen" -> "steigen").
PARTICLES = tuple(
    sorted(
        [
            "ab",
            "an",
            "auf",
            "aus",
            "bei",
            "ein",
            "fest",
            "fort",
            "her",
            "hin",
            "hoch",
            "los",
            "mit",
            "nach",
            "vor",
            "weg",
            "weiter",
            "wieder",
            "zu",
            "zuruck",
            "zusammen",
            "heraus",
            "herunter",
            "hinaus",
            "hinunter",
            "voran",
            "vorbei",
        ],
        key=len,
        reverse=True,
    )
)


#: "keine Hinweise darauf, dass X" / "no evidence that X": the clause X is denied (by whoever
#: says so: the stance decides how much that weighs).
_EVIDENCE_NOUNS = ("hinweis", "beleg", "anzeich", "indiz", "evidence", "sign", "indication")


def no_evidence_that(toks: Sequence[Tok], feats: Sequence[Any]) -> list[Tok]:
    """The tokens of a clause that a "no evidence that …" denies."""
    found: list[Tok] = []
    for k, feat in enumerate(feats):
        if not feat.negation or k + 1 >= len(toks):
            continue
        if not fold(toks[k + 1].claim_lemma).startswith(_EVIDENCE_NOUNS):
            continue
        opener = next(
            (j for j in range(k + 2, min(k + 6, len(toks))) if toks[j].low in ("dass", "that")),
            None,
        )
        if opener is None:
            continue
        for j in range(opener + 1, len(toks)):
            if feats[j].breaks or toks[j].low in (".", ";"):
                break
            found.append(toks[j])
    return found


CHANGE_WORDS = frozenset(fold(w) for w in CHANGE_AFTER)
_AND = frozenset({"und", "and", "sowie", "plus", ","})


def sums(toks: Sequence[Tok], found: Sequence[Quantity]) -> list[Quantity]:
    """The sums of neighbouring whole figures (no percentages) joined by "und"/"and"/","
    within a few words: the parts of one total ("drei schwer und 14 leicht verletzt")."""
    out = []
    for a, b in pairwise(found):
        between = {t.low for t in toks[a.last + 1 : b.first]}
        if a.percent or b.percent or not between & _AND or b.first - a.last > 5:
            continue
        total = a.value + b.value
        out.append(Quantity(total, total, total, a.first, b.last))
    return out


COUNT_SKIP = frozenset(
    {
        "of",
        "der",
        "des",
        "the",
        "euro",
        "dollar",
        "dollars",
        "pfund",
        "pounds",
        "prozent",
        "percent",
        "cent",
        "per",
        "%",
        "mio",
        "mrd",
    }
)
#: Nouns that count anyone or anything: a figure of them meets a figure of any noun.
GENERIC_COUNTED = frozenset(
    {
        "mensch",
        "menschen",
        "person",
        "personen",
        "leute",
        "people",
        "persons",
        "mal",
        "times",
        "fall",
        "falle",
        "cases",
    }
)
