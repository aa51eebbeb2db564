"""The headline check's learned second opinion (claims/headline_model.py): the shipped model, what
it may change and what it must show for it (articles written for these tests)."""

from __future__ import annotations

import pytest

from newsprobe import analyze_text
from newsprobe.claims.headline import HeadlineCheckComponent
from newsprobe.claims.headline_model import (
    CLASSES,
    FEATURES,
    VerdictModel,
    shipped_model,
)
from newsprobe.eval.headlines import predicted_label
from newsprobe.model import Analysis, FindingVerdict
from newsprobe.options import Options
from support import forced_verdict_model

ELECTION = (
    "Bei der Stichwahl in Marburg hat sich am Sonntag die Grünen-Politikerin Anna Pohl "
    "durchgesetzt. Sie erhielt 58 Prozent der Stimmen, ihr Gegenkandidat Jonas Reuter von der "
    "CDU kam auf 42 Prozent.\n\nPohl tritt ihr Amt im Juni an. Die Wahlbeteiligung lag bei 39 "
    "Prozent."
)
MEAT = (
    "Eine frühere Filialleiterin wirft dem Discounter Sparfix vor, Fleisch mit abgelaufenem "
    "Haltbarkeitsdatum neu etikettiert zu haben. Sparfix bestreitet das.\n\nDie Behörden "
    "prüfen die Angaben."
)
DAIRY = (
    "Ehemalige Mitarbeiter werfen der Molkerei Weidegrün vor, abgelaufene Milch in neue "
    "Flaschen umgefüllt und erneut verkauft zu haben. Das Unternehmen weist die Vorwürfe "
    "zurück.\n\nDie Lebensmittelaufsicht des Kreises kündigte Kontrollen an."
)


def _analysis(headline: str, body: str, lang: str = "de") -> Analysis:
    return analyze_text(f"{headline}\n\n{body}", lang=lang)


def _rerun(analysis: Analysis, model: VerdictModel | None) -> Analysis:
    HeadlineCheckComponent(model=model)(analysis, Options())
    return analysis


def _forced(label: str, acts_on: tuple[str, ...] = ("unsupported",)) -> VerdictModel:
    """A model that always answers ``label``."""
    return forced_verdict_model(label, acts_on)


def test_the_model_ships_with_this_versions_features() -> None:
    model = shipped_model()
    assert model is not None
    assert model.features == FEATURES
    assert model.acts_on == ("unsupported",)  # the rules' other verdicts stand
    probs = model.probabilities({})
    assert set(probs) == set(CLASSES)
    assert sum(probs.values()) == pytest.approx(1.0)


def test_a_model_of_other_features_is_refused() -> None:
    data = {
        "features": [*FEATURES[:-1], "something_else"],
        "classes": list(CLASSES),
        "mean": [0.0] * len(FEATURES),
        "scale": [1.0] * len(FEATURES),
        "coef": [[0.0] * len(FEATURES)] * 3,
        "intercept": [0.0] * 3,
    }
    with pytest.raises(ValueError, match="features"):
        VerdictModel.from_dict(data)
    with pytest.raises(ValueError, match="malformed"):
        VerdictModel.from_dict({"features": list(FEATURES)})


def test_a_paraphrase_the_rules_find_nothing_for_is_supported_with_its_evidence() -> None:
    # "wird Oberbürgermeisterin" over "hat sich bei der Stichwahl durchgesetzt": no shared
    # predicate, so the rules find no backing; the model sees the names, the place and the
    # lead sentence that holds them, stated as fact
    analysis = _analysis("Anna Pohl wird Oberbürgermeisterin von Marburg", ELECTION)
    (finding,) = analysis.findings
    assert finding.verdict is FindingVerdict.SUPPORTED
    assert finding.evidence and "Anna Pohl durchgesetzt" in finding.evidence[0].text
    assert finding.reason.startswith("Gestützt")
    assert predicted_label(_rerun(analysis, None)) == "unsupported"  # the rules alone


def test_the_model_needs_a_weak_backing_to_call_a_clause_overstated() -> None:
    # an accusation in other words: the rules find no backing; a model that says
    # "overstated" shows the accusation as the reason
    analysis = _rerun(
        _analysis("Discounter verkaufte Fleisch mit gefälschtem Datum", MEAT), _forced("overstated")
    )
    (finding,) = analysis.findings
    assert finding.verdict is FindingVerdict.OVERSTATED
    assert "wirft dem Discounter" in finding.evidence[0].text
    assert finding.reason.startswith("Überzogen")
    # ... but where the body states it all as fact there is nothing weak to show: unsupported
    analysis = _rerun(
        _analysis("Anna Pohl wird Oberbürgermeisterin von Marburg", ELECTION), _forced("overstated")
    )
    assert predicted_label(analysis) == "unsupported"


def test_the_model_cannot_call_a_fact_supported_over_a_weak_backing_alone() -> None:
    # a model allowed to overrule "overstated" that says "supported" has no backing stated
    # as fact to show: the accusation stays the reason
    model = _forced("supported", acts_on=("unsupported", "overstated"))
    analysis = _rerun(_analysis("Molkerei füllte abgelaufene Milch in neue Flaschen", DAIRY), model)
    assert predicted_label(analysis) == "overstated"
    # ... and the shipped model leaves the rules' "overstated" alone
    analysis = _analysis("Molkerei füllte abgelaufene Milch in neue Flaschen", DAIRY)
    assert predicted_label(analysis) == "overstated"


def test_training_never_reads_the_unseen_split() -> None:
    from newsprobe.training.gold import gold_dir, read_headlines
    from newsprobe.training.headlines import load

    with pytest.raises(ValueError, match="test11"):
        load(["test11"])  # round 14: test11 is the unseen split, test10 trains
    with pytest.raises(ValueError, match="test11"):
        load(["dev", "test11"])
    with pytest.raises(ValueError, match="test is an unseen split"):
        load(["test"])  # round 9: the first test split is held out again
    # the trainer reads without a resolver: referenced ../shared articles are left out
    skipped: list[str] = []
    items = read_headlines(gold_dir() / "headlines_test3.txt", skipped)
    assert "w01" in skipped
    assert not any(item.id.startswith("w01.") for item in items)
