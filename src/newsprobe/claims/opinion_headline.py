"""The headline check where the headline is no news report: a directive, or an opinion piece.

A demanding fact-checker reads a headline by what it does:

- A **directive or hortative headline** ("Nennen wir ihn doch Golf von Nordamerika", "Lasst
  uns …", "Stellen Sie sich vor …", "Let's …": a ``directive`` cue of the claims layer,
  :mod:`newsprobe.claims.directive`) proposes or calls for something; it states nothing that
  could be true or false, in any genre: ``not_a_claim``, with a reason that says so.
- In an **opinion piece** (``Metadata.genre == "opinion"``: a commentary, column, editorial,
  guest essay; :mod:`newsprobe.layout.genre`) the headline states the author's view.  That the
  body holds the claim "only as an opinion" is then what the genre promises, not an
  overstatement: a clause overstated for that reason alone, where the opinion is the text's own
  (no speaker it is attributed to), is ``supported`` — the body argues the same claim — and the
  reason says it is an opinion piece.  Every other weakness keeps its verdict: a commentary
  that states as fact what the body only reports as an accusation, a hedge or someone else's
  claim still overstates, and a headline claim the body does not argue at all stays
  ``unsupported``.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprobe.claims.checked import Clause
from newsprobe.claims.stance import Weight
from newsprobe.layout.genre import OPINION
from newsprobe.model import Analysis, Claim, Finding, FindingVerdict

_REASONS = {
    "de": {
        "directive": "Keine Aussage: Die {role} ist ein Vorschlag oder Aufruf, keine prüfbare "
        "Behauptung.",
        "opinion": " (Meinungsbeitrag: Die Überschrift gibt die Sicht des Autors wieder, die der "
        "Text begründet.)",
    },
    "en": {
        "directive": "Not a claim: the {role} is a proposal or call, with nothing to check.",
        "opinion": " (opinion piece: the headline states the author's view, which the body argues)",
    },
}
_ROLES = {
    "de": {
        "headline": "Überschrift",
        "kicker_headline": "Überschrift",
        "highlight": "Hervorhebung",
    },
    "en": {"headline": "headline", "kicker_headline": "headline", "highlight": "highlight"},
}


def is_opinion_piece(analysis: Analysis) -> bool:
    return analysis.meta.genre == OPINION


def directive(clause: Clause, claims: Sequence[Claim]) -> bool:
    """Whether a ``directive`` cue of the headline's claims lies in the clause."""
    span = clause.span
    return any(
        cue.type == "directive" and span.start <= cue.start < span.end
        for claim in claims
        for cue in claim.cues
    )


def review(analysis: Analysis, clause: Clause, claims: Sequence[Claim]) -> None:
    """Change a judged clause's verdict where the headline is a directive or an opinion
    piece's own view (see the module doc)."""
    if directive(clause, claims):
        clause.verdict = FindingVerdict.NOT_A_CLAIM
        clause.evidence = []
        return
    if (
        is_opinion_piece(analysis)
        and clause.verdict is FindingVerdict.OVERSTATED
        and clause.weakness is Weight.OPINION
        and not clause.speakers
        and not clause.weak_sources
    ):
        clause.verdict = FindingVerdict.SUPPORTED
        clause.weakness = None
        clause.hedges = []


def explain(
    analysis: Analysis, finding: Finding, clauses: Sequence[Clause], claims: Sequence[Claim]
) -> None:
    """Say in the finding's reason why a directive is no claim, and that a supported headline
    of an opinion piece is the author's view."""
    lang = analysis.meta.language if analysis.meta.language in _REASONS else "en"
    if finding.verdict is FindingVerdict.NOT_A_CLAIM:
        if any(directive(c, claims) for c in clauses):
            role = _ROLES[lang].get(finding.role, finding.role)
            finding.reason = _REASONS[lang]["directive"].format(role=role)
    elif finding.verdict is FindingVerdict.SUPPORTED and is_opinion_piece(analysis):
        finding.reason = finding.reason.rstrip(".") + _REASONS[lang]["opinion"]
