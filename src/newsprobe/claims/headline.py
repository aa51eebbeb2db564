"""The ``headline_check`` component: does the body back the headline and the highlights?

A headline that is a label with nothing to check ("Will Smith", "Das Urteil im Wortlaut") gets
``not_a_claim``.  Otherwise every coordinate clause of the headline (with its kicker, when one
belongs to it; an "X: …" prefix is read as its source, not as a clause) and of each highlight
is matched against the claims of teaser, subheadings and body — never against a copy of the
headline itself — by :mod:`newsprobe.claims.matcher` (a replaceable class).  Then certainty is
compared on both sides (:mod:`newsprobe.claims.stance`):

- ``unsupported``: no claim of the body backs the clause;
- ``overstated``: the clause claims the outlet's certainty (stated as fact, or a plan), but the
  best-matching backing is hedged, a forecast, an accusation or suspicion, another outlet's
  report, a judgement, a claim only an interested party makes (also a party's own assessment of
  an effect or success), rests on weak sources, is a plan with a later target the headline
  reports as done, or holds only for a part or a single case (:mod:`newsprobe.claims.overreach`);
- ``supported``: otherwise — including clauses that keep a reserve of their own ("soll",
  "Medienbericht:", "X: …", "droht", a verb of saying, a question), backing whose cues do not
  reach the clause's words, and clauses that keep the backing's reserve by what they say (the
  procedure a suspicion rests on, a planned future an expectation backs, a party's own plan:
  :mod:`newsprobe.claims.headline_scope`).

A clause the rules find no backing for gets a learned second opinion
(:mod:`newsprobe.claims.headline_model`): a shipped model over alignment features may call it
supported or overstated where it can show the body claims that say so.  A headline or highlight
gets the worst verdict of its clauses.  The component also fills
``analysis.verdict`` (:mod:`newsprobe.claims.verdict`).
"""

from __future__ import annotations

from collections.abc import Callable

from newsprobe.claims import headline_scope, open_cause, opinion_headline, overreach
from newsprobe.claims.backing import Weighed, focus_of, weigh
from newsprobe.claims.checked import SEVERITY, Checked, Clause, basis
from newsprobe.claims.component import EVIDENCE_ROLES
from newsprobe.claims.headline_model import (
    Context,
    Recorder,
    VerdictModel,
    calibrate,
    clause_features,
    shipped_model,
)
from newsprobe.claims.headline_targets import checked_targets, clauses_of
from newsprobe.claims.matcher import (
    LexicalMatcher,
    Matcher,
    MatchIndex,
    RelaxableIndex,
    Support,
    contradicts,
)
from newsprobe.claims.stance import (
    HeadlineReading,
    Stance,
    Weight,
    fold,
    headline_stance,
    read_headline,
    tokens_in,
)
from newsprobe.claims.stance_markers import names_cause
from newsprobe.claims.suspected import restates_act, suspected_act, suspected_claims
from newsprobe.claims.templates import Templates, templates
from newsprobe.claims.units import sentence_views
from newsprobe.claims.verbs import completed, names_an_act
from newsprobe.claims.verdict import build_verdict
from newsprobe.model import (
    Analysis,
    Claim,
    ClaimStatus,
    Cue,
    Evidence,
    Finding,
    FindingVerdict,
    Span,
)
from newsprobe.options import Options

#: At most this many backing claims are kept per clause.
MAX_EVIDENCE = 6
#: A weak backing this close to the best one makes the clause overstated where it backs a
#: word of the headline that no strong backing has.
NEAR = 0.15
#: A weak backing that alone shares the headline's predicate makes the clause overstated where
#: its own words carry at least this share of the headline.
PREDICATE_FLOOR = 0.3
#: A weak backing with this many words of the headline that no strong backing has makes the
#: clause overstated however far below the best one it scores.
OWN_WORDS = 2
#: The score a loose match needs (see ``HeadlineCheckComponent.loose``).
LOOSE = 0.34
#: The weights of a claim whose restatement as fact is overstated.
_RESTATED = frozenset(
    {Weight.INTERESTED, Weight.FORECAST, Weight.HEDGED, Weight.ACCUSATION, Weight.REPORTED}
)
#: Backing claims scoring within this much of the best one weigh in the verdict.
TIE = 0.02
#: Which weaknesses of the backing decide the reason, most telling first.
_WEAKNESS_ORDER = (
    Weight.PLANNED,
    Weight.ACCUSATION,
    Weight.INTERESTED,
    Weight.WEAK_SOURCE,
    Weight.REPORTED,
    Weight.FORECAST,
    Weight.PARTIAL,
    Weight.HEDGED,
    Weight.OPINION,
    Weight.QUESTION,
)


class HeadlineCheckComponent:
    name = "headline_check"
    requires: tuple[str, ...] = ("claims",)

    def __init__(
        self,
        matcher: Matcher | None = None,
        topic: Matcher | None = None,
        model: VerdictModel | bool | None = True,
    ) -> None:
        self.matcher: Matcher = matcher or LexicalMatcher()
        #: The learned second opinion on each clause (:mod:`newsprobe.claims.headline_model`):
        #: ``True`` the shipped one, ``None``/``False`` the rules alone.
        self.model: VerdictModel | None = (
            shipped_model() if model is True else model if isinstance(model, VerdictModel) else None
        )
        #: Sees each judged clause's features before the model acts (the trainer sets it).
        self.record: Recorder | None = None
        #: What a question headline needs: the body speaks of its topic.
        self.topic: Matcher = topic or LexicalMatcher(
            threshold=0.25, arguments=1, argument_threshold=0.25, shared=1
        )
        #: A looser match, asked only where nothing backs a clause stated as fact: a headline
        #: that words a warning, forecast or interested party's claim in its own words
        #: ("Kraftwerks-Aus kostet Arbeitsplätze" over "Die Gewerkschaft befürchtet, dass
        #: Arbeitsplätze verloren gehen") restates a weak claim as fact.
        self.loose: Matcher = LexicalMatcher(
            threshold=LOOSE, arguments=2, argument_threshold=LOOSE, shared=2
        )

    def __call__(self, analysis: Analysis, options: Options) -> None:
        analysis.findings = []
        analysis.verdict = None
        if not analysis.claims:
            if analysis.sentences:
                analysis.verdict = build_verdict(analysis, [])
            return
        words = templates(analysis.meta.language)
        targets = checked_targets(analysis)
        own = {_folded(span.text) for _, span, _ in targets}
        candidates = [
            c
            for c in analysis.claims
            if c.role in EVIDENCE_ROLES and _folded(c.text) not in own  # a repeated headline
        ]
        index = self.matcher.index(analysis, candidates)
        topic = self.topic.index(analysis, candidates)
        relaxed: list[MatchIndex] = []  # the loose index, made on the first clause nothing backs

        def loose() -> MatchIndex:
            if not relaxed:
                relaxed.append(
                    index.relaxed(self.loose)
                    if isinstance(index, RelaxableIndex) and isinstance(self.loose, LexicalMatcher)
                    else self.loose.index(analysis, candidates)
                )
            return relaxed[0]

        views = {v.index: v for v in sentence_views(analysis)}
        sources_ran = "sources" in analysis.components
        checked: list[Checked] = []
        context: list[Context] = []  # the model's view of the body, made on the first clause
        for role, span, claims in targets:
            reading = read_headline(analysis, span)
            if reading.label:
                clause = Clause(span, claims[0].status, FindingVerdict.NOT_A_CLAIM)
                finding = _finding(analysis, len(analysis.findings), role, span, [clause], words)
                opinion_headline.explain(analysis, finding, [clause], claims)
                analysis.findings.append(finding)
                checked.append(Checked(finding, [clause]))
                continue
            clauses = [c for claim in claims for c in clauses_of(analysis, views, claim)]
            clauses = _drop_prefix(clauses, reading)
            if not clauses:
                continue
            for clause in clauses:
                clause.stance, clause.stance_cues = headline_stance(
                    analysis, clause.span, clause.status, reading
                )
                _judge(
                    analysis,
                    topic if clause.stance is Stance.QUESTION else index,
                    clause,
                    sources_ran,
                    None if clause.stance is Stance.QUESTION else loose,
                )
                open_cause.review(analysis, clause)  # a cause the body leaves open
                if self.record is not None or (
                    self.model is not None and self.model.reviews(clause)
                ):
                    if not context:
                        context.append(Context.of(analysis, candidates))
                    self._second_opinion(analysis, clause, context[0], index, loose, sources_ran)
                opinion_headline.review(analysis, clause, claims)
            finding = _finding(analysis, len(analysis.findings), role, span, clauses, words)
            opinion_headline.explain(analysis, finding, clauses, claims)
            analysis.findings.append(finding)
            checked.append(Checked(finding, clauses))
        analysis.verdict = build_verdict(analysis, checked)

    def _second_opinion(
        self,
        analysis: Analysis,
        clause: Clause,
        context: Context,
        index: MatchIndex,
        loose: Callable[[], MatchIndex],
        sources_ran: bool,
    ) -> None:
        """The learned model's verdict on a judged clause, where it can show evidence for it."""
        strict = index.support(clause.span)[:MAX_EVIDENCE]
        relaxed = loose().support(clause.span)[:MAX_EVIDENCE]
        aligned: list[Support] = []
        weighed: list[Support] = []
        values = clause_features(
            analysis, clause, context, strict, relaxed, sources_ran, aligned, weighed
        )
        if self.record is not None:
            self.record(clause, values)
        if self.model is not None:
            seen = {s.claim for s in strict}
            backing = [*strict, *(s for s in relaxed if s.claim not in seen)]
            seen |= {s.claim for s in backing}
            # the words alone align these: one that negates the shared predicate backs nothing
            # (the matchers' own candidates agree on it already)
            backing += [
                s
                for s in aligned
                if s.claim not in seen and not contradicts(index, clause.span, s.claim)
            ]
            calibrate(
                analysis, clause, self.model, values, backing, sources_ran, MAX_EVIDENCE, weighed
            )


def _predicate_backing(supports: list[Support], tied: list[Claim]) -> list[Claim]:
    """The tied backing that says the headline's predicate (all of it where none does)."""
    acts = {s.claim for s in supports if s.predicates}
    return [c for c in tied if c.id in acts] or tied


# -- judging ----------------------------------------------------------------------------------
def _judge(
    analysis: Analysis,
    index: MatchIndex,
    clause: Clause,
    sources_ran: bool,
    loose: Callable[[], MatchIndex] | None = None,
) -> None:
    supports = index.support(clause.span)[:MAX_EVIDENCE]
    prefix = next((c for c in clause.stance_cues if c.type == "attribution"), None)
    if not supports and loose is not None and clause.stance is Stance.ATTRIBUTED and prefix:
        # an "X: …" clause ("Baubranche: Hohe Zinsen bremsen den Wohnungsbau") claims only
        # that X says so: the body's report of it in other words, with X, is enough (not so a
        # clause with a verb of saying: "Stadtrat lehnt Konzept ab" says what the council did)
        said = Span.of(analysis.text, min(prefix.start, clause.span.start), clause.span.end)
        supports = loose().support(said)[:MAX_EVIDENCE]
    clause.evidence = [(analysis.claims[s.claim], s.score) for s in supports]
    direct = {s.claim: s.score if s.direct is None else s.direct for s in supports}
    if not clause.evidence:
        clause.verdict = FindingVerdict.UNSUPPORTED
        if loose is not None and clause.stance.needs_strong:
            _restated(analysis, loose, clause, sources_ran)
        return
    if not clause.stance.needs_strong:
        clause.verdict = FindingVerdict.SUPPORTED  # the headline keeps the body's reserve
        return
    # The best-matching backing decides (a strong sentence that matches less well does not
    # outweigh the hedged one that says it): all within ``TIE`` of the best score count.
    best = max(direct[claim.id] for claim, _ in clause.evidence)
    focus = focus_of(analysis, clause.span)
    every = {
        s.claim: weigh(analysis, analysis.claims[s.claim], sources_ran, focus) for s in supports
    }
    _scoped(analysis, every, focus)
    _judged(analysis, clause, every)
    tied = [claim for claim, _ in clause.evidence if direct[claim.id] >= best - TIE]
    weighed: list[Weighed] = [every[claim.id] for claim in tied]
    # a plan is judged by the backing that says the headline's predicate: a sentence that
    # only shares the thing ("Eine Fliegerbombe ist gefunden worden") does not make the plan
    # ("Der Blindgänger soll am Dienstag entschärft werden") a deed ("… entschärft")
    planners = _predicate_backing(supports, tied)
    planned: list[Weighed] = [every[claim.id] for claim in planners]
    if (
        clause.stance is Stance.FACT
        and planned
        and all(w.weight is Weight.STRONG and w.plan for w in planned)
        # "Ebersheim denkt über Freibad-Aus nach" reports the considering itself
        and not any(
            _considered(t.lemma or t.text) or _considered(t.text)
            for t in tokens_in(analysis, clause.span.start, clause.span.end)
        )
        and (
            completed(analysis, clause.span.start, clause.span.end)
            # "zahlen seit Februar weniger", "already": the headline says it has begun
            or (
                overreach.begun(tokens_in(analysis, clause.span.start, clause.span.end))
                and all(overreach.ahead(tokens_in(analysis, c.start, c.end)) for c in planners)
            )
            # a step only considered is not taken, in any tense ("verklagt" over "prüft eine
            # Klage"); an announced one may be reported in the news present
            or all(any(_considered(c.text) for c in w.plan) for w in planned)
            # a plan with a later target ("will bis 2028 verzichten") under a clause with no
            # date or future of its own ("Alpenfrisch verzichtet auf Plastikbecher")
            or overreach.later_all(analysis, clause.span, planners)
        )
    ):
        # "Varexa hat 1.200 Stellen gestrichen" over "Varexa will 1.200 Stellen streichen"
        weighed = [Weighed(Weight.PLANNED, w.plan, w.sources, w.speakers) for w in planned]
    elif any(w.weight is Weight.STRONG for w in weighed):
        # ... unless a word of the headline only weak backing has ("Kriminelle Hacker greifen
        # Potsdam an": the attack is stated, the criminal hackers only "vermutlich")
        strong = {k for s in supports if every[s.claim].weight is Weight.STRONG for k in s.shared}
        # ... or the headline's predicate: a strong sentence sharing only the arguments ("Die
        # Polizei hat einen 45-Jährigen festgenommen") does not back the act ("45-Jähriger
        # überfiel Tankstelle") that only a suspicion states
        said = {k for s in supports if every[s.claim].weight is Weight.STRONG for k in s.predicates}
        only_weak = [
            every[s.claim]
            for s in supports
            if every[s.claim].weight is not Weight.STRONG
            and (
                (direct[s.claim] >= best - NEAR and _own_words(s.shared, strong))
                or (s.predicates and not said and direct[s.claim] >= PREDICATE_FLOOR)
                # several words of the headline only weak backing has, where it names the
                # doer by a pronoun ("Er soll … bevorzugt haben") and so matches less directly
                or (
                    len(_own_words(s.shared, strong)) >= OWN_WORDS
                    and direct[s.claim] >= PREDICATE_FLOOR
                )
            )
        ]
        if not only_weak and not said:
            only_weak = suspected_act(analysis, clause.span, sources_ran, focus, _RESTATED)
        # the backing that says the headline's predicate decides whether it holds for a part
        acts = {s.claim for s in supports if s.predicates}
        said_by = [c for c in tied if c.id in acts] or tied
        limited = (
            None
            if only_weak
            else overreach.limited(analysis, clause.span, said_by, clause.stance is Stance.FACT)
        )
        if not only_weak and limited is None:
            clause.verdict = FindingVerdict.SUPPORTED
            return
        weighed = only_weak or [Weighed(Weight.PARTIAL, limited or [])]
    claims = {id(w): analysis.claims[c] for c, w in every.items()}
    if _kept(analysis, clause, [(claims.get(id(w)), w) for w in weighed]):
        clause.verdict = FindingVerdict.SUPPORTED
        return
    clause.verdict = FindingVerdict.OVERSTATED
    clause.weakness = min(
        (w.weight for w in weighed), key=lambda w: _WEAKNESS_ORDER.index(w), default=None
    )
    for w in weighed:
        for cue in w.cues:
            if not any((c.start, c.end) == (cue.start, cue.end) for c in clause.hedges):
                clause.hedges.append(cue)
        for source in w.sources:
            if source not in clause.weak_sources:
                clause.weak_sources.append(source)
        for speaker in w.speakers:
            if speaker not in clause.speakers:
                clause.speakers.append(speaker)


def _own_words(shared: tuple[str, ...], strong: set[str]) -> list[str]:
    """The words (not names or figures) a backing shares with the headline that no strong
    backing has."""
    return [k for k in shared if k[:1] not in ("@", "#") and k not in strong]


#: The weights whose weakness is their cues alone (a cue out of reach leaves the claim strong).
_CUED = frozenset({Weight.HEDGED, Weight.FORECAST, Weight.ACCUSATION, Weight.QUESTION})


def _scoped(analysis: Analysis, every: dict[int, Weighed], focus: frozenset[str]) -> None:
    """Backing whose every cue leaves the headline's words alone weighs as strong, and strong
    backing whose every plan cue does so states no plan ("Das Programm soll im Frühjahr
    starten und ist mit 2 Milliarden Euro ausgestattet" under "Zwei Milliarden Euro für
    Wärmepumpen") (:func:`newsprobe.claims.headline_scope.out_of_scope`)."""
    views = {v.index: v for v in sentence_views(analysis)}
    for claim_id, weighed in every.items():
        claim = analysis.claims[claim_id]
        view = views.get(claim.sentence) if claim.sentence is not None else None
        if weighed.weight is Weight.STRONG and weighed.plan:
            if all(
                headline_scope.out_of_scope(analysis, view, claim, c, focus) for c in weighed.plan
            ):
                every[claim_id] = Weighed(Weight.STRONG)
            continue
        if weighed.weight not in _CUED or not weighed.cues:
            continue
        if headline_scope.answers_accusation(analysis, claim):
            continue  # "wies die Vorwürfe zurück: Man halte sich an …" is a defence
        if all(headline_scope.out_of_scope(analysis, view, claim, c, focus) for c in weighed.cues):
            every[claim_id] = Weighed(Weight.STRONG, plan=weighed.plan)


def _judged(analysis: Analysis, clause: Clause, every: dict[int, Weighed]) -> None:
    """Strong backing that is someone's judgement of what the clause states as fact
    (:func:`newsprobe.claims.headline_scope.judgement`) weighs as an opinion; a judgement the
    headline quotes (:func:`newsprobe.claims.headline_scope.quotes_it`) is kept as strong."""
    headline = tokens_in(analysis, clause.span.start, clause.span.end)
    cause = names_cause(headline)
    for claim_id, weighed in every.items():
        if (
            weighed.weight is Weight.OPINION
            and cause
            and names_cause(
                tokens_in(analysis, analysis.claims[claim_id].start, analysis.claims[claim_id].end)
            )
        ):
            every[claim_id] = Weighed(Weight.STRONG)  # the headline reports the reading
            continue
        if weighed.weight is Weight.OPINION and headline_scope.quotes_it(
            analysis, clause.span, analysis.claims[claim_id]
        ):
            # "Veltron to appeal 'fundamentally flawed' EU fine": the headline quotes the
            # judgement as someone's and states only the rest
            every[claim_id] = Weighed(Weight.STRONG)
            continue
        if weighed.weight is not Weight.STRONG or weighed.plan:
            continue
        claim = analysis.claims[claim_id]
        cue = headline_scope.judgement(analysis, claim, headline)
        cue = cue or headline_scope.quoted_only(analysis, claim, headline)
        if cue is not None and not headline_scope.quotes_it(analysis, clause.span, claim):
            every[claim_id] = Weighed(Weight.OPINION, [cue])


def _kept(analysis: Analysis, clause: Clause, weighed: list[tuple[Claim | None, Weighed]]) -> bool:
    """Whether the clause keeps its backing's reserve after all: it reports the procedure a
    suspicion rests on, which the backing states before its suspicion or as it ("Teenager held
    after stabbing" over "arrested … on suspicion of …"; "pleads not guilty to … charges" over
    "have charged …"), or states a plan or future that an
    expectation backs ("… soll bis Ende Mai gesperrt bleiben" over "voraussichtlich"), or
    states the plan of the party whose word backs it ("Verteidiger will Urteil anfechten")."""
    if not weighed:
        return False
    weights = {w.weight for _, w in weighed}
    toks = tokens_in(analysis, clause.span.start, clause.span.end)
    if (
        clause.stance is Stance.PLAN
        and weights <= {Weight.INTERESTED, Weight.OPINION}
        and all(
            claim is not None
            and headline_scope.intends(analysis, claim)
            and headline_scope.names_speaker(analysis, toks, w.speakers, w.sources, claim)
            for claim, w in weighed
        )
    ):
        return True  # "Verteidiger will Urteil anfechten": a party is the authority on its plan
    cues = [c for _, w in weighed for c in w.cues]
    if clause.stance is Stance.PLAN and headline_scope.same_modal(
        toks, [w.cues for _, w in weighed if w.weight is Weight.HEDGED], len(weighed)
    ):
        return True  # "Hellwig soll an Investor gehen" over "soll vor dem Verkauf stehen"
    if any(w.sources for _, w in weighed):
        return False
    if (
        weights <= {Weight.ACCUSATION, Weight.QUESTION, Weight.HEDGED}
        and headline_scope.suspicion_only(cues)
        and headline_scope.names_procedure(toks)
        and all(
            claim is not None
            and headline_scope.names_procedure(
                tokens_in(analysis, claim.start, min(c.end for c in w.cues))
            )
            for claim, w in weighed
        )
    ):
        return True
    return (
        clause.stance is Stance.PLAN
        and weights == {Weight.HEDGED}
        and not any(w.speakers for _, w in weighed)
        and all(c is not None and c.status is not ClaimStatus.ATTRIBUTED for c, _ in weighed)
        and headline_scope.expected_only(cues)
    )


def _restated(
    analysis: Analysis, loose: Callable[[], MatchIndex], clause: Clause, sources_ran: bool
) -> None:
    """A clause nothing backs is overstated where its best loose match is a weak claim (a
    warning, forecast, hedge, accusation or interested party's claim): the headline states in
    its own words what the body leaves to that reserve."""
    focus = focus_of(analysis, clause.span)
    found = [
        s
        for s in loose().support(clause.span)[:1]
        if weigh(analysis, analysis.claims[s.claim], sources_ran, focus).weight in _RESTATED
    ]
    if not found:  # the act in a weak claim that names its doer by another word or a pronoun
        said = suspected_claims(analysis, clause.span, sources_ran, focus)
        found = [
            Support(c.id, LOOSE, predicates=("~act",))
            for c, w in said
            if restates_act(analysis, clause.span, c, w)
        ]
    if not found:
        return
    claim = analysis.claims[found[0].claim]
    weighed = weigh(analysis, claim, sources_ran, focus)
    if (
        not found[0].predicates
        and names_an_act(analysis, clause.span.start, clause.span.end)
        # an accusation with the headline's figure names the act in its own words ("stole
        # £900,000" over "charged with fraud after … £900,000 was missing")
        and not (weighed.weight is Weight.ACCUSATION and any(k[:1] == "#" for k in found[0].shared))
    ):
        return  # the headline's own act ("tritt zurück", "rolls out") the body does not say
    clause.evidence = [(claim, found[0].score)]
    clause.verdict = FindingVerdict.OVERSTATED
    clause.weakness = weighed.weight
    clause.hedges += [c for c in weighed.cues if c not in clause.hedges]
    clause.weak_sources += [s for s in weighed.sources if s not in clause.weak_sources]
    clause.speakers += [s for s in weighed.speakers if s not in clause.speakers]


#: Beginnings of the words that consider a step without deciding it.
_CONSIDER = (
    "erwag", "uberleg", "pruf", "consider",
    # a proposal, a recommendation or a threat decides nothing either
    "propos", "recommend", "vorschlag", "vorgeschlag", "empfehl", "empfiehl", "empfahl",
    "empfohl", "droh", "threat",
)  # fmt: skip


#: Whole words of the same ("denkt … nach" separated; "denk-" would catch "Denkmal"), and
#: the English ones matched unfolded (folding makes "Müll" "mull").
_CONSIDER_WORDS = frozenset({"denkt", "denken", "dachte", "nachdenken"})
_CONSIDER_UNFOLDED = frozenset({"mull", "mulls", "mulled", "mulling"})


def _considered(word: str) -> bool:
    return (
        fold(word).startswith(_CONSIDER)
        or fold(word) in _CONSIDER_WORDS
        or word.lower() in _CONSIDER_UNFOLDED
    )


def _folded(text: str) -> str:
    return " ".join(fold(w) for w in text.replace(":", " ").split() if any(c.isalnum() for c in w))


def _drop_prefix(clauses: list[Clause], reading: HeadlineReading) -> list[Clause]:
    """The clauses without the "X: …" prefix itself (it names the source, it is no claim)."""
    prefix = reading.prefix
    if prefix is None:
        return clauses
    kept = []
    for clause in clauses:
        if clause.span.end <= prefix.end:
            continue
        if clause.span.start < prefix.end:
            text = clause.span.text
            cut = prefix.end - clause.span.start
            cut += len(text[cut:]) - len(text[cut:].lstrip())
            clause.span = Span(start=clause.span.start + cut, end=clause.span.end, text=text[cut:])
        kept.append(clause)
    return kept or clauses


# -- the finding ------------------------------------------------------------------------------
def _finding(
    analysis: Analysis, id_: int, role: str, span: Span, clauses: list[Clause], words: Templates
) -> Finding:
    text = analysis.text
    worst = max(clauses, key=lambda c: SEVERITY[c.verdict])
    evidence: dict[int, Evidence] = {}
    for clause in clauses:
        for claim, score in clause.evidence:
            if claim.id in evidence and evidence[claim.id].score >= score:
                continue
            evidence[claim.id] = Evidence.of(
                text,
                claim.start,
                claim.end,
                sentence=claim.sentence,
                claim=claim.id,
                score=score,
                status=claim.status,
                sources=list(claim.sources),
            )
    cues: list[Cue] = []
    for clause in clauses:
        if clause.verdict is FindingVerdict.OVERSTATED:
            cues += [c.model_copy() for c in clause.hedges]
    for clause in clauses:
        cues += [c.model_copy() for c in clause.stance_cues]
    several = len(clauses) > 1
    part = words.quote(worst.span.text) if several else words.get("finding", "part_all")
    subject = words.quote(worst.span.text) if several else words.get("finding", "subject_all")
    if worst.verdict is FindingVerdict.NOT_A_CLAIM:
        evidence, cues = {}, []  # nothing to check: no evidence, no cues
        reason = words.get("finding", "not_a_claim").format(role=words.role(role))
    elif worst.verdict is FindingVerdict.UNSUPPORTED:
        reason = words.get("finding", "unsupported").format(part=part)
    elif worst.verdict is FindingVerdict.OVERSTATED:
        reason = words.get("finding", "overstated").format(
            role=words.role(role), subject=subject, basis=basis(analysis, worst, words)
        )
    else:
        how = "supported_how_same" if not worst.stance.needs_strong else "supported_how_fact"
        reason = words.get("finding", "supported").format(
            n=len(evidence), part=part, how=words.get("finding", how)
        )
    return Finding.of(
        text,
        span.start,
        span.end,
        id=id_,
        role=role,
        verdict=worst.verdict,
        evidence=sorted(evidence.values(), key=lambda e: (-e.score, e.start)),
        cues=sorted(cues, key=lambda c: c.start),
        reason=reason,
    )
