"""A cause the body leaves open (round 12 of the headline check): where the body says that the
cause of what happened is unclear or still being investigated ("Die Ursache der Explosion ist
noch unklar", "Ein Gutachter soll klären, wie es zu dem Unfall kam", "The cause of the
grounding is being investigated"), a headline that names the cause as fact ("Defekte Leitung
löste Explosion aus", "Steering failure caused Suez Canal grounding") overstates whatever
else the body offers: a witness's account or an analyst's likeliest explanation is no finding
(a cause the text itself states, in a sentence of its own, still backs it).
"""

from __future__ import annotations

from newsprobe.claims.checked import Clause
from newsprobe.claims.component import EVIDENCE_ROLES
from newsprobe.claims.similarity import fold
from newsprobe.claims.stance import Weight, tokens_in
from newsprobe.model import Analysis, Claim, ClaimStatus, Cue, FindingVerdict, Span, Token

#: Beginnings of the words by which a headline names a cause (folded).
_CAUSAL = (
    "verursach", "ausgelost", "auslost", "loste", "losten", "caus", "trigger", "spark",
)  # fmt: skip
#: Phrases of the same (folded words, in order).
_CAUSAL_PHRASES = (
    ("fuhrte", "zu"),
    ("fuhrten", "zu"),
    ("fuhrt", "zu"),
    ("led", "to"),
    ("leads", "to"),
    ("due", "to"),
    ("because", "of"),
    ("blamed", "on"),
    ("brachte", "ins"),
    ("brachten", "ins"),
    ("wegen",),
)
#: Words by which the body speaks of the cause, or of how it came to happen.
_CAUSE_NOUNS = ("ursache", "unfallursache", "brandursache", "cause", "causes")
_HOW = (("wie", "es", "zu"), ("how", "the"), ("what", "caused"), ("warum",), ("why",))
#: Beginnings of the words that leave it open, whatever their place.
_OPEN = ("unklar", "unbekannt", "ungeklart", "unclear", "unknown", "undetermined")
#: Beginnings of verbs that leave it open while the inquiry goes on ("ermittelt, wie es zu …
#: kam", "soll klären"; a noun — "nach ihren Untersuchungen" — reports one that is done).
_INQUIRY = ("ermittel", "untersuch", "klaren", "pruf")
#: English words before "investigat…" that keep the inquiry open ("is being investigated",
#: "under investigation"; not "an investigation found").
_STILL = frozenset({"being", "under", "still", "is", "are", "were", "was"})


def _open_at(toks: list[Token]) -> int | None:
    """Where a claim leaves something open: an adjective of it ("unklar", "unknown"), a German
    verb of inquiry in lower case, or an English inquiry still under way."""
    words = _words(toks)
    for k, (tok, w) in enumerate(zip(toks, words, strict=True)):
        if w.startswith(_OPEN):
            return k
        if w.startswith(_INQUIRY) and tok.text[:1].islower():
            return k
        if w.startswith("investigat") and (w.endswith("ing") or (k > 0 and words[k - 1] in _STILL)):
            return k
    return None


def _words(toks: list[Token]) -> list[str]:
    return [fold(t.text) for t in toks]


def _has(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> int | None:
    for k in range(len(words)):
        for p in phrases:
            if tuple(words[k : k + len(p)]) == p:
                return k
    return None


def names_cause(toks: list[Token]) -> bool:
    """Whether a headline clause names the cause of what happened ("löste … aus", "caused",
    "led to", "wegen")."""
    words = _words(toks)
    return any(w.startswith(_CAUSAL) for w in words) or _has(words, _CAUSAL_PHRASES) is not None


def open_cause(analysis: Analysis, span: Span) -> tuple[Claim, Cue] | None:
    """The body claim that leaves the cause open and the word that does, where the clause at
    ``span`` names a cause (None: it names none, or the body leaves none open)."""
    if not names_cause(tokens_in(analysis, span.start, span.end)):
        return None
    for claim in analysis.claims:
        if claim.role not in EVIDENCE_ROLES or claim.start < span.end <= claim.end:
            continue
        toks = tokens_in(analysis, claim.start, claim.end)
        words = _words(toks)
        about = any(w.startswith(_CAUSE_NOUNS) for w in words) or _has(words, _HOW) is not None
        if not about:
            continue
        at = _open_at(toks)
        if at is not None:
            return claim, Cue.of(analysis.text, toks[at].start, toks[at].end, type="hedge_phrase")
    return None


def review(analysis: Analysis, clause: Clause) -> None:
    """A judged clause stated as fact that names a cause the body leaves open becomes
    overstated, with the claim that leaves it open as its evidence."""
    if not clause.stance.needs_strong or clause.verdict not in (
        FindingVerdict.SUPPORTED,
        FindingVerdict.UNSUPPORTED,
    ):
        return
    found = open_cause(analysis, clause.span)
    if found is None:
        return
    claim, cue = found
    if clause.verdict is FindingVerdict.SUPPORTED and any(
        c.status is ClaimStatus.ASSERTED
        and c.id != claim.id
        and names_cause(tokens_in(analysis, c.start, c.end))
        for c, _ in clause.evidence
    ):
        return  # the text states the cause in its own words ("Inzwischen steht fest: …")
    clause.verdict = FindingVerdict.OVERSTATED
    clause.weakness = Weight.HEDGED
    if all(c.id != claim.id for c, _ in clause.evidence):
        clause.evidence = [(claim, 1.0), *clause.evidence]
    clause.hedges.append(cue)
