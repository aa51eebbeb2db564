"""A learned second opinion on each headline clause: a small shipped verdict model.

The rules of :mod:`newsprobe.claims.headline` decide a clause from the matcher's backing and
the certainty on both sides.  They are precise where their lexicons reach and brittle where a
headline words the body's claim its own way: most of their errors on unseen headlines are
clauses they find no backing for.  :class:`VerdictModel` is a multinomial logistic regression
(weights in ``model/headline_verdict.json``, read with the standard library; trained by
``python -m newsprobe.training.headlines``, card in ``model/MODEL_CARD.md``) over *alignment
features* of the clause and the body: the strict and the loose matcher's best scores and the
weight of their best backing, how much of the clause's words the best body claim and the whole
body hold (lemmas, inflection stems, compound heads), how well strong and weak claims (hedged,
accusation, interested party, plan, opinion) cover it, figures, negation, the stance of the
headline and where in the body the backing stands.  The rules' own verdict is no feature of a
clause they call unsupported (the rules were tuned on the training splits, so a model would
learn to trust them); a clause they call overstated carries which rule did (``rule_<weight>``:
hedged, interested, planned, partial …), for a model that may review those verdicts.

:func:`calibrate` lets the model overrule the rules only on the verdicts in ``acts_on`` (the
shipped model: *unsupported*) and only where it can show its work: a clause it calls supported
gets backing claims stated as fact as evidence, one it calls overstated needs a backing that is
hedged or otherwise weak (its cues and sources become the reason), one it calls unsupported
drops its evidence.  :func:`clause_features` is what training and run time both call.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from newsprobe.claims.backing import focus_of, weigh
from newsprobe.claims.checked import Clause
from newsprobe.claims.cues import HEDGE_TYPES
from newsprobe.claims.matcher import Support
from newsprobe.claims.numbers import covered, quantities
from newsprobe.claims.similarity import fold, similar
from newsprobe.claims.stance import Stance, Weight, tokens_in
from newsprobe.model import (
    Analysis,
    Claim,
    ClaimStatus,
    Cue,
    FindingVerdict,
    SourceType,
    Token,
)

MODEL_FILE = "headline_verdict.json"
#: The verdicts the model chooses among (labels are the rules' own).
CLASSES = (
    FindingVerdict.SUPPORTED.value,
    FindingVerdict.OVERSTATED.value,
    FindingVerdict.UNSUPPORTED.value,
)
#: Weights that make a backing weak where the headline states the claim as fact.
_WEAK = {
    Weight.HEDGED: "w_hedged",
    Weight.REPORTED: "w_hedged",
    Weight.FORECAST: "w_hedged",
    Weight.WEAK_SOURCE: "w_interested",
    Weight.INTERESTED: "w_interested",
    Weight.ACCUSATION: "w_accusation",
    Weight.PLANNED: "w_plan",
    Weight.PARTIAL: "w_hedged",
    Weight.OPINION: "w_opinion",
    Weight.QUESTION: "w_opinion",
}
_WEIGHT_NAMES = ("w_strong", "w_hedged", "w_interested", "w_accusation", "w_plan", "w_opinion")
#: Function words left out of the alignment (German and English; folded).
_FUNCTION = frozenset(
    """der die das den dem des ein eine einen einem einer eines und oder aber auch als auf aus
    bei bis durch fur gegen im in ins mit nach noch nun nur ob seit sich so uber um und
    unter vom von vor wie zu zum zur ist sind war waren wird werden wurde wurden hat haben
    hatte hatten sein kann muss soll will nicht kein keine the a an and or but of to in on
    at by for from with as is are was were be been has have had will would can could may
    might not no its it this that their his her they he she we after over into about""".split()  # noqa: SIM905
)
#: The least share of the clause's words a body claim must hold to be weighed as backing.
_COVER_FLOOR = 0.25
#: The share of the clause's words a body claim must hold to be shown as the model's evidence.
_ALIGNED = 0.5
#: Only the body claims covering most of the clause are weighed (and shown).
_WEIGHED = 12
#: The source of the best evidence: independent (an authority, expert or document), partisan
#: (a politician, a witness, another outlet, anyone else) or weak (anonymous, social media).
_SOURCE_FEATURE = {
    SourceType.OFFICIAL: "evidence_independent",
    SourceType.EXPERT: "evidence_independent",
    SourceType.DOCUMENT: "evidence_independent",
    SourceType.ANONYMOUS: "evidence_weak",
    SourceType.SOCIAL_MEDIA: "evidence_weak",
}
_SOURCE_FEATURE = {t: _SOURCE_FEATURE.get(t, "evidence_partisan") for t in SourceType}
_NEGATIONS = frozenset({"nicht", "kein", "keine", "keinen", "keiner", "nie", "not", "no", "never"})

FEATURES: tuple[str, ...] = (
    "bias_en",
    *(f"stance_{s.value}" for s in Stance),
    "strict_best",
    "strict_count",
    "loose_best",
    "loose_only",
    *(f"strict_{w}" for w in _WEIGHT_NAMES),
    *(f"loose_{w}" for w in _WEIGHT_NAMES),
    "cover_sentence",
    *(f"cover_{w}" for w in _WEIGHT_NAMES),
    "cover_body",
    "cover_names",
    "cover_content_missing",
    "words",
    "figures",
    "figures_found",
    "negated",
    "negation_mismatch",
    "evidence_lead",
    "evidence_position",
    "sentence_hedged",
    "sentence_attributed",
    "evidence_signal",
    "evidence_signal_all",
    "evidence_independent",
    "evidence_partisan",
    "evidence_weak",
    *(f"rule_{w.value}" for w in Weight if w is not Weight.STRONG),
)


@dataclass(frozen=True)
class VerdictModel:
    """Multinomial logistic regression over :data:`FEATURES` (standardised)."""

    features: tuple[str, ...]
    classes: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[tuple[float, ...], ...]
    intercept: tuple[float, ...]
    #: The model overrules the rules only at least this sure.
    threshold: float = 0.0
    #: The rules' verdicts the model may overrule (the others stand).
    acts_on: tuple[str, ...] = CLASSES
    #: Where the model calls a clause overstated, it may show any weak claim its features
    #: weighed (a claim holding at least :data:`_COVER_FLOOR` of the clause's words, among the
    #: :data:`_WEIGHED` best-covering), not only the matchers' best backing (round 13).
    weighed_evidence: bool = False
    #: The least probability at which the model calls a clause overstated (0: its argmax).
    overstated_threshold: float = 0.0
    #: The least probability of *overstated* at which the model overrules a *supported*
    #: verdict of the rules (where ``acts_on`` has it; round 14).
    review_threshold: float = 0.0

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> VerdictModel:
        try:
            model = cls(
                features=tuple(data["features"]),  # type: ignore[arg-type]
                classes=tuple(data["classes"]),  # type: ignore[arg-type]
                mean=tuple(float(x) for x in data["mean"]),  # type: ignore[attr-defined]
                scale=tuple(float(x) for x in data["scale"]),  # type: ignore[attr-defined]
                coef=tuple(tuple(float(x) for x in row) for row in data["coef"]),  # type: ignore[attr-defined]
                intercept=tuple(float(x) for x in data["intercept"]),  # type: ignore[attr-defined]
                threshold=float(data.get("threshold", 0.0)),  # type: ignore[arg-type]
                acts_on=tuple(data.get("acts_on", CLASSES)),  # type: ignore[arg-type]
                weighed_evidence=bool(data.get("weighed_evidence", False)),
                overstated_threshold=float(data.get("overstated_threshold", 0.0)),  # type: ignore[arg-type]
                review_threshold=float(data.get("review_threshold", 0.0)),  # type: ignore[arg-type]
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"headline verdict model: malformed ({error})") from error
        if not set(model.features) <= set(FEATURES):  # a model of fewer features still reads
            raise ValueError("headline verdict model: its features are not this version's")
        if len(model.coef) != len(model.classes) or any(
            len(row) != len(model.features) for row in model.coef
        ):
            raise ValueError("headline verdict model: weight shape does not match")
        return model

    def probabilities(self, values: dict[str, float]) -> dict[str, float]:
        x = [
            (values.get(name, 0.0) - m) / (s or 1.0)
            for name, m, s in zip(self.features, self.mean, self.scale, strict=True)
        ]
        logits = [
            b + sum(w * v for w, v in zip(row, x, strict=True))
            for row, b in zip(self.coef, self.intercept, strict=True)
        ]
        top = max(logits)
        exp = [math.exp(v - top) for v in logits]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp, strict=True)}

    def reviews(self, clause: Clause) -> bool:
        """Whether the model weighs in on ``clause``: a verdict in ``acts_on``, and for a
        *supported* one only where its best evidence carries a reserve (:func:`signal`)."""
        if clause.verdict.value not in self.acts_on:
            return False
        if clause.verdict is FindingVerdict.SUPPORTED:
            return bool(clause.evidence) and signal(clause.evidence[0][0]) is not None
        return True

    def predict(self, values: dict[str, float]) -> tuple[str, float]:
        """The most probable verdict and its probability; *overstated* wherever its
        probability reaches ``overstated_threshold`` (a cost of missing an overstatement),
        where that threshold is set."""
        probs = self.probabilities(values)
        over = FindingVerdict.OVERSTATED.value
        if 0.0 < self.overstated_threshold <= probs.get(over, 0.0):
            return over, probs[over]
        best = max(probs, key=lambda c: probs[c])
        return best, probs[best]


@lru_cache(maxsize=1)
def shipped_model() -> VerdictModel | None:
    """The shipped model, or None where the package carries none."""
    resource = files("newsprobe.claims").joinpath("model", MODEL_FILE)
    if not resource.is_file():
        return None
    return VerdictModel.from_dict(json.loads(resource.read_text("utf-8")))


def signal(claim: Claim) -> tuple[list[Cue], list[int]] | None:
    """The reserve a backing claim carries although the rules weighed it strong: its hedge
    and accusation cues and, where it is attributed, its sources (None where it has none)."""
    cues = [c for c in claim.cues if c.type in HEDGE_TYPES or c.type == "accusation"]
    attributed = claim.status is ClaimStatus.ATTRIBUTED and bool(
        claim.sources or claim.attributions
    )
    if claim.status is ClaimStatus.HEDGED or cues or attributed:
        return cues, list(claim.sources) if attributed else []
    return None


# -- features ---------------------------------------------------------------------------------
def _content(toks: Sequence[Token]) -> list[tuple[str, bool]]:
    """The folded content words of ``toks``, each with whether it is a name or figure."""
    found = []
    for tok in toks:
        word = fold(tok.lemma or tok.text)
        if (len(word) < 3 and not word.isdigit()) or word in _FUNCTION:
            continue
        if not any(c.isalnum() for c in word):
            continue
        name = tok.kind == "number" or (tok.text[:1].isupper() and tok.pos in (None, "NE"))
        found.append((word, name))
    return found


def _held(word: str, pool: frozenset[str]) -> bool:
    if word in pool:
        return True
    return any(similar(word, other) for other in pool if other[:2] == word[:2] or len(other) > 7)


def _figures(toks: Sequence[Token]) -> set[str]:
    return {t.text.replace(".", "").replace(",", "") for t in toks if t.kind == "number"}


@dataclass
class Context:
    """What every clause of one article is aligned with (built once per article)."""

    analysis: Analysis
    candidates: list[Claim]
    words: list[frozenset[str]]
    figures: set[str]
    body: frozenset[str]
    first_sentence: int
    last_sentence: int
    starts: list[int]

    @classmethod
    def of(cls, analysis: Analysis, candidates: Sequence[Claim]) -> Context:
        context = cls(
            analysis,
            list(candidates),
            [],
            set(),
            frozenset(),
            0,
            0,
            [t.start for t in analysis.tokens],
        )
        for c in candidates:
            toks = context.tokens(c.start, c.end)
            context.words.append(frozenset(w for w, _ in _content(toks)))
            context.figures |= _figures(toks)
        context.body = frozenset().union(*context.words) if context.words else frozenset()
        sentences = [c.sentence for c in candidates if c.sentence is not None] or [0]
        context.first_sentence, context.last_sentence = min(sentences), max(sentences)
        return context

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens inside ``start``–``end`` (by bisection: long articles stay linear)."""
        tokens = self.analysis.tokens
        first = bisect_left(self.starts, start)
        last = bisect_left(self.starts, end, lo=first)
        return [t for t in tokens[first:last] if t.end <= end]


def _weight_name(analysis: Analysis, claim: Claim, sources_ran: bool, focus: frozenset[str]) -> str:
    weight = weigh(analysis, claim, sources_ran, focus).weight
    return "w_strong" if weight is Weight.STRONG else _WEAK[weight]


def clause_features(
    analysis: Analysis,
    clause: Clause,
    context: Context,
    strict: Sequence[Support],
    loose: Sequence[Support],
    sources_ran: bool,
    aligned: list[Support] | None = None,
    weighed: list[Support] | None = None,
) -> dict[str, float]:
    """The feature values of a judged clause (names in :data:`FEATURES`); ``aligned`` gets
    the body claims that hold at least half of the clause's words, best first (the evidence
    the model can show where neither matcher found any); ``weighed`` the claims whose weight
    the ``cover_<weight>`` features read (at least :data:`_COVER_FLOOR`), best first."""
    values: dict[str, float] = {
        "bias_en": float(analysis.meta.language != "de"),
        f"stance_{clause.stance.value}": 1.0,
    }
    focus = focus_of(analysis, clause.span)
    if strict:
        values["strict_best"] = max(s.direct if s.direct is not None else s.score for s in strict)
        values["strict_count"] = min(len(strict), 6) / 6
        claim = analysis.claims[strict[0].claim]
        values[f"strict_{_weight_name(analysis, claim, sources_ran, focus)}"] = 1.0
    if loose:
        values["loose_best"] = loose[0].score
        values["loose_only"] = float(not strict)
        claim = analysis.claims[loose[0].claim]
        values[f"loose_{_weight_name(analysis, claim, sources_ran, focus)}"] = 1.0
    toks = context.tokens(clause.span.start, clause.span.end)
    content = _content(toks)
    values["words"] = min(len(content), 12) / 12
    if content and context.candidates:
        covers = [sum(_held(w, pool) for w, _ in content) / len(content) for pool in context.words]
        best = max(range(len(covers)), key=lambda i: covers[i])
        values["cover_sentence"] = covers[best]
        ranked = sorted(range(len(covers)), key=lambda i: -covers[i])
        if aligned is not None:
            aligned += [
                Support(context.candidates[i].id, round(covers[i], 3))
                for i in ranked[:_WEIGHED]
                if covers[i] >= _ALIGNED
            ]
        for i in ranked[:_WEIGHED]:  # how well the strong and the weak claims cover it
            if covers[i] >= _COVER_FLOOR:
                claim = context.candidates[i]
                if weighed is not None:
                    weighed.append(Support(claim.id, round(covers[i], 3)))
                name = f"cover_{_weight_name(analysis, claim, sources_ran, focus)}"
                values[name] = max(values.get(name, 0.0), covers[i])
        held = [_held(w, context.body) for w, _ in content]
        values["cover_body"] = sum(held) / len(content)
        names = [h for h, (_, name) in zip(held, content, strict=True) if name]
        values["cover_names"] = sum(names) / len(names) if names else 1.0
        values["cover_content_missing"] = min(len(content) - sum(held), 4) / 4
        chosen = analysis.claims[strict[0].claim] if strict else context.candidates[best]
        span = max(context.last_sentence - context.first_sentence, 1)
        sentence = chosen.sentence if chosen.sentence is not None else context.first_sentence
        lead = chosen.role == "teaser" or sentence <= context.first_sentence
        values["evidence_lead"] = float(lead)
        values["evidence_position"] = (sentence - context.first_sentence) / span
        values["sentence_hedged"] = float(chosen.status is ClaimStatus.HEDGED)
        values["sentence_attributed"] = float(chosen.status is ClaimStatus.ATTRIBUTED)
        negated = {fold(t.text) for t in toks} & _NEGATIONS
        values["negated"] = float(bool(negated))
        body_neg = bool(context.words[best] & _NEGATIONS) or any(
            fold(t.text) in _NEGATIONS for t in context.tokens(chosen.start, chosen.end)
        )
        values["negation_mismatch"] = float(bool(negated) != body_neg)
    if clause.evidence:
        signals = [signal(claim) is not None for claim, _ in clause.evidence]
        values["evidence_signal"] = float(signals[0])
        values["evidence_signal_all"] = float(all(signals))
        best_claim = clause.evidence[0][0]
        for i in best_claim.sources:
            if 0 <= i < len(analysis.sources):
                values[_SOURCE_FEATURE[analysis.sources[i].type]] = 1.0
    if clause.verdict is FindingVerdict.OVERSTATED and clause.weakness is not None:
        values[f"rule_{clause.weakness.value}"] = 1.0  # the rule that called it overstated
    figures = _figures(toks)
    if figures:
        values["figures"] = 1.0
        values["figures_found"] = len(figures & context.figures) / len(figures)
    return values


# -- acting on the model's verdict ------------------------------------------------------------
def calibrate(
    analysis: Analysis,
    clause: Clause,
    model: VerdictModel,
    values: dict[str, float],
    backing: Sequence[Support],
    sources_ran: bool,
    keep: int,
    weighed: Sequence[Support] = (),
) -> bool:
    """Set the clause's verdict to the model's where the model can show evidence for it
    (``backing``: strict then loose candidates, best first; ``weighed``: the claims the
    features weighed, shown for *overstated* where the model has ``weighed_evidence``).
    True where it changed."""
    if not model.reviews(clause):
        return False
    label, sure = model.predict(values)
    verdict = FindingVerdict(label)
    if verdict is clause.verdict or sure < model.threshold:
        return False
    if clause.verdict is FindingVerdict.SUPPORTED:
        return (
            verdict is FindingVerdict.OVERSTATED
            and sure >= model.review_threshold
            and _review(clause)
        )
    if verdict is FindingVerdict.UNSUPPORTED:
        clause.verdict, clause.evidence, clause.weakness = verdict, [], None
        clause.hedges, clause.weak_sources, clause.speakers = [], [], []
        return True
    if not backing and not (model.weighed_evidence and verdict is FindingVerdict.OVERSTATED):
        return False  # nothing to show: the rules' verdict stands
    focus = focus_of(analysis, clause.span)
    if verdict is FindingVerdict.SUPPORTED:
        shown = list(backing[:keep])
        if not shown:
            return False
        if clause.stance.needs_strong:  # a fact needs a backing stated as fact to show
            shown = [
                s
                for s in shown
                if weigh(analysis, analysis.claims[s.claim], sources_ran, focus).weight
                is Weight.STRONG
            ]
            if not shown:
                return False
        clause.evidence = [(analysis.claims[s.claim], s.score) for s in shown]
        clause.verdict, clause.weakness = verdict, None
        clause.hedges, clause.weak_sources, clause.speakers = [], [], []
        return True
    if not clause.stance.needs_strong:
        return False  # the headline keeps a reserve of its own: it cannot overstate
    shown = list(backing[:keep])
    if model.weighed_evidence:  # beyond the matchers: a claim that holds the clause's figures
        seen = {s.claim for s in shown}
        shown += [
            s
            for s in weighed
            if s.claim not in seen and _holds_figures(analysis, clause, analysis.claims[s.claim])
        ]
    for support in shown:
        claim = analysis.claims[support.claim]
        weight = weigh(analysis, claim, sources_ran, focus)
        if weight.weight is Weight.STRONG:
            continue
        clause.verdict, clause.weakness = verdict, weight.weight
        clause.evidence = [(claim, support.score)]
        clause.hedges = list(weight.cues)
        clause.weak_sources = list(weight.sources)
        clause.speakers = list(weight.speakers)
        return True
    return False


def _holds_figures(analysis: Analysis, clause: Clause, claim: Claim) -> bool:
    """Whether ``claim`` holds every figure of the clause ("mindestens neun Fenster" is not
    what a claim of "mehrere Fenster" overstates)."""
    language = analysis.meta.language or "en"
    wanted = quantities(tokens_in(analysis, clause.span.start, clause.span.end), language)
    if not wanted:
        return True
    offered = quantities(tokens_in(analysis, claim.start, claim.end), language)
    return all(covered(q, offered) for q in wanted)


def _review(clause: Clause) -> bool:
    """Call a supported clause overstated on the reserve its best evidence carries: the
    evidence stays, its cues and sources become the reason."""
    if not clause.stance.needs_strong or not clause.evidence:
        return False  # the headline keeps a reserve of its own: it cannot overstate
    found = signal(clause.evidence[0][0])
    if found is None:
        return False
    cues, sources = found
    clause.verdict = FindingVerdict.OVERSTATED
    clause.weakness = Weight.HEDGED if cues else Weight.WEAK_SOURCE
    clause.evidence = clause.evidence[:1]
    clause.hedges, clause.weak_sources = cues, sources
    return True


#: Called with each judged clause and its feature values, before the model acts (training).
Recorder = Callable[[Clause, dict[str, float]], None]
