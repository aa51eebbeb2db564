"""The act only a weak claim states (round 10 of the headline check): where no strong backing
of a headline clause says its act — the strong sentences share only who and what ("Die Polizei
hat einen 19-Jährigen festgenommen" under "19-Jähriger beschädigt sieben Autos") — a body claim
that says the act with the clause's verb and one of its nouns decides: a suspicion, hedge or
interested party's claim ("der … mehrere Autos beschädigt haben soll") makes the clause
overstated, a strong one leaves it supported.
"""

from __future__ import annotations

from newsprobe.claims.backing import Weighed, weigh
from newsprobe.claims.component import EVIDENCE_ROLES
from newsprobe.claims.headline_scope import SUSPICION_ADJECTIVES
from newsprobe.claims.numbers import quantities
from newsprobe.claims.stance import Weight, fold, tokens_in
from newsprobe.model import Analysis, Claim, Span, Token


def suspected_act(
    analysis: Analysis,
    span: Span,
    sources_ran: bool,
    focus: frozenset[str],
    restated: frozenset[Weight],
) -> list[Weighed]:
    """Where no strong backing says the clause's act (it shares only who and what: "Die
    Polizei hat einen 19-Jährigen festgenommen" under "19-Jähriger beschädigt sieben Autos"),
    the weak body claims that say that act — the same full verb with one of the clause's
    nouns ("der … mehrere Autos beschädigt haben soll"): the headline states as fact an act
    only a suspicion, hedge or interested party states (``restated``: the weights whose
    restatement as fact is overstated); none where a strong claim says it."""
    said = suspected_claims(analysis, span, sources_ran, focus)
    return [w for _, w in said if w.weight in restated]


def suspected_claims(
    analysis: Analysis, span: Span, sources_ran: bool, focus: frozenset[str]
) -> list[tuple[Claim, Weighed]]:
    """The body claims that say the clause's act (its full verb with one of its nouns), each
    weighed, where none of them is strong (none: a strong claim says the act).  A clause
    nothing else backs is overstated on these where they are weak ("Die IHK warnte, das
    Tempolimit werde Kunden abschrecken" under "Tempo 30 schreckt Kunden ab": the doer named
    by another word, the act only a warning's)."""
    verbs, nouns = act_words(tokens_in(analysis, span.start, span.end))
    if not verbs or not nouns:
        return []
    found: list[tuple[Claim, Weighed]] = []
    for claim in analysis.claims:
        if claim.role not in EVIDENCE_ROLES or claim.start < span.end <= claim.end:
            continue
        toks = tokens_in(analysis, claim.start, claim.end)
        lemmas = {fold(t.lemma or t.text) for t in toks}
        if not (verbs & lemmas and nouns & lemmas):
            continue
        weighed = weigh(analysis, claim, sources_ran, focus)
        if weighed.weight is Weight.STRONG:
            return []
        found.append((claim, weighed))
    return found


#: Separable verb particles that may end a German clause.
_PARTICLES = frozenset(
    {"ab", "an", "auf", "aus", "ein", "fest", "mit", "nach", "vor", "zu", "zurück", "weg", "los"}
)
#: English auxiliaries (lemmas): no act of their own.
_AUXILIARY_LEMMAS = frozenset({"be", "have", "do", "will", "would", "can", "could", "may"})


def act_words(toks: list[Token]) -> tuple[set[str], set[str]]:
    """The lemmas of a headline clause's full verbs and of its nouns (folded).  English is not
    tagged: the first inflected lower-case word in -ed, -s or -ing that is no auxiliary
    ("Man stabbed …", "Blood test finds …") stands for the verb, the other words of four
    letters or more for the nouns."""
    if any(t.pos for t in toks):
        verbs = {fold(t.lemma or t.text) for t in toks if (t.pos or "").startswith("VV")}
        # a separated particle makes the verb ("schlägt … ein": "einschlagen"); the tagger
        # may miss it at the clause's end
        particles = [t for t in toks if t.pos == "PTKVZ"]
        if toks and toks[-1].text in _PARTICLES:
            particles.append(toks[-1])
        verbs |= {fold(p.text) + v for p in particles for v in verbs}
        nouns = {fold(t.lemma or t.text) for t in toks if (t.pos or "").startswith("NN")}
        return verbs, nouns
    verbs = {
        fold(t.lemma)
        for t in toks
        if t.lemma
        and t.text.islower()
        and t.text != t.lemma
        and t.lemma not in _AUXILIARY_LEMMAS
        and t.text.endswith(("ed", "s", "ing"))
    }
    first = next((t for t in toks if t.lemma and fold(t.lemma) in verbs), None)
    verbs = {fold(first.lemma)} if first is not None and first.lemma else set()
    nouns = {
        fold(t.lemma or t.text)
        for t in toks
        if t.text.isalpha() and len(t.text) > 3 and fold(t.lemma or t.text) not in verbs
    }
    return verbs, nouns


#: The weights whose reserve covers the whole act a claim states: a warning or expectation,
#: an interested party's claim, a hedge of the act ("soll … überfallen haben").  An
#: accusation's noun ("on suspicion of", "charged with … after an audit found") leaves the
#: rest of the sentence stated, so it does not count here.
_COVERING = frozenset({Weight.FORECAST, Weight.INTERESTED, Weight.HEDGED})


def restates_act(analysis: Analysis, span: Span, claim: Claim, weighed: Weighed) -> bool:
    """Whether a weak claim that says the clause's act (:func:`suspected_claims`) is the
    clause's only backing: its reserve covers the act (not only "mutmaßliche Schleuser", an
    adjective on the doer), and it holds one of the clause's figures where the clause has any
    (a strong sentence that gives "sieben" backs "Mindestens sieben Autos beschädigt", not the
    hedged "mehrere Autos beschädigt haben soll")."""
    if weighed.weight not in _COVERING:
        return False
    if weighed.cues and all(fold(c.text).startswith(SUSPICION_ADJECTIVES) for c in weighed.cues):
        return False
    language = analysis.meta.language or "en"
    toks = tokens_in(analysis, claim.start, claim.end)
    lemmas = {fold(t.lemma or t.text) for t in toks}
    headline = tokens_in(analysis, span.start, span.end)
    # the figures that count the act's own things ("sieben Autos"; not "Tempo 30", a name)
    wanted = {
        q.value
        for q in quantities(headline, language)
        if q.last + 1 < len(headline)
        and fold(headline[q.last + 1].lemma or headline[q.last + 1].text) in lemmas
    }
    return not wanted or bool(wanted & {q.value for q in quantities(toks, language)})
