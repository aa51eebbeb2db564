"""Directive and hortative clauses: the author asks, proposes or tells, and claims nothing.

"Nennen wir ihn doch Golf von Nordamerika", "Lasst uns …", "Stellen Sie sich vor …", "Man
stelle sich vor …", "Schützt die Moore!", "Let's …", "Imagine a city …", "Give the teachers what
they were promised." are no statements of fact: each gets a ``directive`` cue (status opinion,
weight enough on its own), and a Konjunktiv or a non-finite speech verb in a sentence that opens
with one ("man stelle sich vor, er würde … hinzufügen") is no reported speech.

Only a clause that opens the sentence counts (after a coordinator such as "aber", "und",
"but": ``[words] directive_openers``), outside quotation marks, and not a verb-first
conditional ("Kommt die Reform, steigen die Mieten": a finite verb right after the comma) nor
a question (the question status wins anyway).  The shapes, German:

- a verb-like word + "wir" or "Sie" ("Nennen wir", "Seien wir ehrlich", "Stellen Sie sich vor");
- "lasst/lass uns", "lassen Sie uns", "man + Konjunktiv I" of a frame verb ("man stelle sich
  vor", "man bedenke": ``[types.directive]`` entries);
- an imperative ending in "!" ("Schützt die Moore!");

English: "let's"/"let us", and a base verb of ``[words] directive_verbs`` opening the sentence
("Imagine …", "Stop …", "Give …") not followed by an auxiliary or a name.
"""

from __future__ import annotations

from newsprobe.attribution.view import Tok
from newsprobe.claims.lexicon import Lexicon
from newsprobe.claims.units import SentenceView

TYPE = "directive"
#: Weight of a directive cue: enough to make its clause an opinion on its own.
WEIGHT = 2.0
_FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_NOT_VERB = frozenset(
    {"ADV", "KON", "PPER", "ART", "APPR", "APPRART", "PIS", "PDS", "PWAV", "PWS", "KOUS",
     "KOUI", "PTKNEG", "CARD", "PPOSAT", "PIAT", "PDAT", "PRF", "NE"}
)  # fmt: skip
_EN_AFTER_NOT_IMPERATIVE = frozenset(
    {"is", "was", "are", "were", "has", "had", "have", "will", "would", "said", "says",
     "'s", "’s", "can", "could", "may", "might", "did", "does", "do", "for", "to", "from",
     "in", "on", "and", "at", "by", "with"}
)  # fmt: skip


def _opening(view: SentenceView, lex: Lexicon) -> int | None:
    """Index of the first word of the sentence's opening clause (after a coordinator)."""
    openers = lex.word_set("directive_openers")
    words = [k for k, t in enumerate(view.toks) if t.is_word]
    if not words:
        return None
    k = words[0]
    if view.toks[k].low in openers and len(words) > 1:
        k = words[1]
    if view.toks[k].quoted:
        return None
    return k


def _conditional(toks: list[Tok], k: int) -> bool:
    """A verb-first conditional: a finite verb right after a comma ("…, steigen die Mieten")."""
    for j in range(k + 1, len(toks) - 1):
        if toks[j].low == "," and (toks[j + 1].pos in _FINITE):
            return True
    return False


def _ends_with(toks: list[Tok], mark: str) -> bool:
    for tok in reversed(toks):
        if tok.is_word:
            return False
        if tok.low == mark:
            return True
    return False


def _german(view: SentenceView, k: int) -> int | None:
    """Last token of a German directive opening at ``k``, or None."""
    toks = view.toks
    tok = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None or _conditional(toks, k):
        return None
    verb_like = tok.pos not in _NOT_VERB
    if verb_like and tok.low.endswith("n") and (nxt.low == "wir" or nxt.text == "Sie"):
        return k + 1  # "Nennen wir", "Stellen Sie sich vor"
    if (tok.pos or "").startswith("V") and tok.pos in _FINITE | {"VVIMP", "VAIMP"}:
        # "Schützt die Moore!": an imperative (no subject pronoun after it) ending in "!"
        subject = nxt.low in ("er", "sie", "es", "man", "ich", "du", "ihr", "wir")
        if not subject and _ends_with(toks, "!"):
            return k
    return None


def _english(view: SentenceView, k: int, lex: Lexicon) -> int | None:
    toks = view.toks
    tok = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None:
        return None
    if tok.low == "let" and nxt.low in ("'s", "’s", "us"):
        return k + 1
    if tok.low in lex.word_set("directive_verbs") and nxt.is_word:
        if nxt.text[:1].isupper() or any(
            t.low in _EN_AFTER_NOT_IMPERATIVE for t in toks[k + 1 : k + 3]
        ):
            return None  # "Stop signs were …", "Imagine Dragons played …": a noun subject
        return k
    return None


def directive_cue(view: SentenceView, lex: Lexicon) -> tuple[int, int] | None:
    """``(first, last)`` tokens of the sentence's directive opening, or None."""
    k = _opening(view, lex)
    if k is None:
        return None
    last = _german(view, k) if lex.language == "de" else _english(view, k, lex)
    return None if last is None else (k, last)


def at_opening(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """Whether a ``[types.directive]`` lexicon entry at ``k`` opens the sentence."""
    return _opening(view, lex) == k and not _conditional(view.toks, k)


def imagined(view: SentenceView, cue_type: str, k: int) -> bool:
    """In a sentence that opens with a directive: whether a cue of ``cue_type`` at token ``k``
    is no reported speech — a Konjunktiv that makes the hortative ("man stelle sich vor") or
    tells the act it imagines ("…, er würde ein Wort hinzufügen"), or a speech verb that is
    not finite indicative.  A finite indicative speech verb ("…, sagte sie") stays."""
    if cue_type == "subjunctive":
        return True
    if cue_type != "speech_verb":
        return False
    tok = view.toks[k]
    return not (tok.pos in _FINITE and tok.token_mood == "ind")
