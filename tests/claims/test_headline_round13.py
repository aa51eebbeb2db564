"""Round 13 of the headline check: suppositions by lemma (a separable verb of supposition whose
particle closes the clause, the faith preposition per language) and the verdict model's
decision (a threshold for *overstated*, evidence from every claim its features weighed).
Texts written for these tests."""

from __future__ import annotations

import dataclasses

import pytest

from newsprobe import analyze_text
from newsprobe.claims.backing import weigh
from newsprobe.claims.checked import Clause
from newsprobe.claims.headline import HeadlineCheckComponent
from newsprobe.claims.headline_model import CLASSES, FEATURES, VerdictModel, calibrate
from newsprobe.claims.matcher import Support
from newsprobe.claims.stance import Weight
from newsprobe.model import Analysis, FindingVerdict
from newsprobe.options import Options
from support import forced_verdict_model

GERMAN = (
    "Feuer in Wohnhaus in Herne\n\n"
    "In einem Wohnhaus in Herne hat es in der Nacht zum Montag gebrannt. "
    "Die Polizei geht von Brandstiftung aus. "
    "Die Ermittler gingen zunächst von einem technischen Defekt aus. "
    "Das Feuer ging gegen zwei Uhr aus. "
    "Die Helfer gehen von Tür zu Tür. "
    "Die Ermittler nehmen an, dass jemand Papier angezündet hat. "
    "Viele Nachbarn glauben an einen Neuanfang im Viertel."
)
ENGLISH = (
    "Fire in Derby house\n\n"
    "A house in Derby caught fire on Monday night. "
    "Detectives believe an arsonist started the fire. "
    "Many residents believe in a fresh start for the street."
)


def _weights(text: str, lang: str) -> dict[str, Weight]:
    analysis = analyze_text(text, lang=lang)
    return {
        analysis.text[c.start : c.end]: weigh(analysis, c, True).weight for c in analysis.claims
    }


def test_a_separable_verb_of_supposition_hedges_by_its_lemma() -> None:
    weights = _weights(GERMAN, "de")
    assert weights["Die Polizei geht von Brandstiftung aus."] is Weight.HEDGED
    past = next(k for k in weights if k.startswith("Die Ermittler gingen"))
    assert weights[past] is Weight.HEDGED  # another inflection, the same lemma
    # the same verb without the preposition, or without its particle, supposes nothing
    assert weights["Das Feuer ging gegen zwei Uhr aus."] is Weight.STRONG
    assert weights["Die Helfer gehen von Tür zu Tür."] is Weight.STRONG


def test_the_particle_of_a_phrase_is_no_preposition_of_faith() -> None:
    weights = _weights(GERMAN, "de")
    said = next(k for k in weights if k.startswith("Die Ermittler nehmen an"))
    assert weights[said] is Weight.HEDGED  # "nehmen an, dass": its own particle
    faith = next(k for k in weights if k.startswith("Viele Nachbarn glauben an"))
    assert weights[faith] is Weight.STRONG  # "glauben an": faith, not a supposition


def test_an_english_article_after_believe_is_no_faith() -> None:
    weights = _weights(ENGLISH, "en")
    assert weights["Detectives believe an arsonist started the fire."] is Weight.HEDGED
    faith = next(k for k in weights if k.startswith("Many residents"))
    assert weights[faith] is Weight.STRONG  # "believe in"


def _model(overstated: float, threshold: float) -> VerdictModel:
    """A model whose probability of *overstated* is ``overstated`` (the rest split evenly)."""
    import math

    n = len(FEATURES)
    rest = (1.0 - overstated) / 2
    return VerdictModel(
        features=FEATURES,
        classes=CLASSES,
        mean=(0.0,) * n,
        scale=(1.0,) * n,
        coef=tuple((0.0,) * n for _ in CLASSES),
        intercept=tuple(math.log(overstated if c == "overstated" else rest) for c in CLASSES),
        acts_on=("unsupported",),
        overstated_threshold=threshold,
    )


def test_the_overstated_threshold_decides_below_the_argmax() -> None:
    assert _model(0.3, 0.0).predict({})[0] == "supported"  # argmax: the first of the ties
    label, sure = _model(0.3, 0.25).predict({})
    assert label == "overstated" and sure == pytest.approx(0.3)
    assert _model(0.2, 0.25).predict({})[0] != "overstated"


def test_the_new_settings_read_back_and_default_off() -> None:
    model = _model(0.3, 0.25)
    data = {
        "features": list(model.features),
        "classes": list(model.classes),
        "mean": list(model.mean),
        "scale": list(model.scale),
        "coef": [list(r) for r in model.coef],
        "intercept": list(model.intercept),
    }
    old = VerdictModel.from_dict(data)  # a model file of round 12
    assert old.overstated_threshold == 0.0 and old.weighed_evidence is False
    new = VerdictModel.from_dict({**data, "overstated_threshold": 0.25, "weighed_evidence": True})
    assert new.overstated_threshold == 0.25 and new.weighed_evidence is True


def _judged_clause(text: str) -> tuple[Analysis, Clause, dict[str, float]]:
    """The analysis of ``text`` and its headline's first judged clause with its features."""
    analysis = analyze_text(text, lang="de")
    seen: list[tuple[Clause, dict[str, float]]] = []
    check = HeadlineCheckComponent(model=None)
    check.record = lambda clause, values: seen.append((clause, values))
    check(analysis, Options())
    clause, values = seen[0]
    return analysis, clause, values


HERNE = "Unbekannter zündet Wohnhaus in Herne an\n\n" + GERMAN.split("\n\n", 1)[1]


@pytest.mark.parametrize("allowed", [False, True])
def test_weighed_evidence_lets_the_model_show_a_weak_claim_no_matcher_ranked(
    allowed: bool,
) -> None:
    analysis, clause, values = _judged_clause(HERNE)
    hedged = next(c for c in analysis.claims if c.text.startswith("Die Polizei geht"))
    clause.verdict, clause.evidence = FindingVerdict.UNSUPPORTED, []
    model = dataclasses.replace(
        forced_verdict_model("overstated", CLASSES), weighed_evidence=allowed
    )
    changed = calibrate(analysis, clause, model, values, [], True, 3, [Support(hedged.id, 0.3)])
    assert changed is allowed
    if allowed:  # the weak claim is the evidence, its supposition the reason
        assert clause.verdict is FindingVerdict.OVERSTATED
        assert clause.weakness is Weight.HEDGED
        assert [c.id for c, _ in clause.evidence] == [hedged.id]
    else:
        assert clause.verdict is FindingVerdict.UNSUPPORTED


def test_weighed_evidence_never_shows_a_claim_stated_as_fact() -> None:
    analysis, clause, values = _judged_clause(HERNE)
    plain = next(c for c in analysis.claims if c.text.startswith("In einem Wohnhaus"))
    clause.verdict, clause.evidence = FindingVerdict.UNSUPPORTED, []
    model = dataclasses.replace(forced_verdict_model("overstated", CLASSES), weighed_evidence=True)
    assert not calibrate(analysis, clause, model, values, [], True, 3, [Support(plain.id, 0.5)])
    assert clause.verdict is FindingVerdict.UNSUPPORTED


WINDOWS = (
    "Mindestens neun Fenster in Hellstedt eingeschlagen\n\n"
    "Die Polizei in Hellstedt hat einen Mann festgenommen, der Fenster eingeschlagen haben "
    "soll. Wie viele Häuser betroffen sind, ist offen."
)


def test_weighed_evidence_must_hold_the_headlines_figure() -> None:
    analysis, clause, values = _judged_clause(WINDOWS)
    hedged = next(c for c in analysis.claims if "haben soll" in c.text)
    clause.verdict, clause.evidence = FindingVerdict.UNSUPPORTED, []
    model = dataclasses.replace(forced_verdict_model("overstated", CLASSES), weighed_evidence=True)
    assert not calibrate(analysis, clause, model, values, [], True, 3, [Support(hedged.id, 0.4)])
    # the same claim with the figure is what the headline overstates
    counted = WINDOWS.replace("der Fenster", "der neun Fenster")
    analysis, clause, values = _judged_clause(counted)
    hedged = next(c for c in analysis.claims if "haben soll" in c.text)
    clause.verdict, clause.evidence = FindingVerdict.UNSUPPORTED, []
    assert calibrate(analysis, clause, model, values, [], True, 3, [Support(hedged.id, 0.4)])
    assert clause.verdict is FindingVerdict.OVERSTATED


JUDGED = (
    "Tarif bei Fernix\n\n"
    "Der Anbieter Fernix erhöht zum 1. Mai seine Preise. "
    "Verbraucherschützer halten die Erhöhung für unzulässig. "
    "Die Stadt hält die Brücke für den Verkehr gesperrt."
)


def test_deeming_something_so_is_a_judgement_of_anyone() -> None:
    weights = _weights(JUDGED, "de")
    assert weights["Verbraucherschützer halten die Erhöhung für unzulässig."] is Weight.OPINION
    # "für" with a participle closing the clause: no judgement
    assert weights["Die Stadt hält die Brücke für den Verkehr gesperrt."] is Weight.STRONG
