"""The headline model's review of *supported* verdicts (claims/headline_model.py) and the
synthetic training pairs (training/headline_synth.py).  Articles and sentences written for
these tests."""

from __future__ import annotations

from pathlib import Path

from newsprobe import analyze_text
from newsprobe.claims.headline import HeadlineCheckComponent
from newsprobe.claims.headline_model import CLASSES, FEATURES, VerdictModel, signal
from newsprobe.eval.headlines import predicted_label
from newsprobe.model import Analysis, FindingVerdict
from newsprobe.options import Options
from newsprobe.training import headline_synth
from newsprobe.training.headlines import Sample
from support import forced_verdict_model

REVIEW = ("unsupported", "supported")
WITNESS = (
    "Ein Lastwagen ist am Morgen auf der A7 umgekippt. Der Fahrer war nach Angaben eines "
    "Augenzeugen betrunken.\n\nDie Autobahn war drei Stunden gesperrt."
)
ELECTION = (
    "Bei der Stichwahl in Marburg hat sich am Sonntag die Grünen-Politikerin Anna Pohl "
    "durchgesetzt. Sie erhielt 58 Prozent der Stimmen.\n\nPohl tritt ihr Amt im Juni an."
)


def _forced(label: str, acts_on: tuple[str, ...] = REVIEW) -> VerdictModel:
    return forced_verdict_model(label, acts_on)


def _checked(headline: str, body: str, model: VerdictModel | None) -> Analysis:
    analysis = analyze_text(f"{headline}\n\n{body}", lang="de")
    HeadlineCheckComponent(model=model)(analysis, Options())
    return analysis


def test_a_supported_verdict_on_attributed_evidence_is_reviewed_with_its_reason() -> None:
    headline = "Fahrer war betrunken"
    assert predicted_label(_checked(headline, WITNESS, None)) == "supported"
    analysis = _checked(headline, WITNESS, _forced("overstated"))
    assert predicted_label(analysis) == "overstated"
    finding = analysis.findings[0]
    assert any("Augenzeugen" in analysis.text[e.start : e.end] for e in finding.evidence)
    # the rules-only model of the same weights leaves it alone: the review is what changed it
    untouched = _checked(headline, WITNESS, _forced("overstated", acts_on=("unsupported",)))
    assert predicted_label(untouched) == "supported"


def test_a_supported_verdict_on_plain_fact_is_never_reviewed() -> None:
    analysis = _checked("Anna Pohl gewinnt Stichwahl in Marburg", ELECTION, _forced("overstated"))
    assert predicted_label(analysis) == "supported"


def test_the_review_only_turns_supported_into_overstated() -> None:
    analysis = _checked("Fahrer war betrunken", WITNESS, _forced("unsupported"))
    assert predicted_label(analysis) == "supported"


def test_signal_names_the_reserve_of_a_claim() -> None:
    analysis = analyze_text(f"Fahrer war betrunken\n\n{WITNESS}", lang="de")
    attributed = [c for c in analysis.claims if "Augenzeugen" in analysis.text[c.start : c.end]]
    assert attributed and signal(attributed[0]) is not None
    plain = [c for c in analysis.claims if "gesperrt" in analysis.text[c.start : c.end]]
    assert plain and signal(plain[0]) is None


def test_only_reviewable_supported_clauses_train_the_review() -> None:
    item = headline_synth.HeadlineItem("a.1", "de", "overstated", "x", "H", "B")
    sample = Sample("dev", item, analyze_text("H\n\nB.", lang="de"))
    sample.clauses = [("supported", {"evidence_signal": 0.0})]
    assert sample.rows(REVIEW) == []
    sample.clauses = [("supported", {"evidence_signal": 1.0})]
    assert sample.rows(REVIEW) == [({"evidence_signal": 1.0}, "overstated")]


# -- synthetic pairs ---------------------------------------------------------------------------
_SENTENCES = [
    "Der Kassierer hat das Geld aus dem Tresor genommen .",
    "Die Stadt Ostheim hat den Haushalt für das kommende Jahr beschlossen .",
    "Der Verein hat am Samstag sein neues Stadion eröffnet .",
    "Die Feuerwehr ist mit zwanzig Fahrzeugen ausgerückt .",
    "Der Angeklagte soll die Bilder im Museum gestohlen haben .",
    "Im Hafen von Nordstadt legten am Montag drei Frachter an .",
]


def _corpus(tmp_path: Path) -> Path:
    lines = []
    for n, sentence in enumerate(_SENTENCES):
        lines.append(f"#\thttp://example.org/news/{n}\t[2009-01-01]")
        lines += [f"{i}\t{tok}\tO\tO" for i, tok in enumerate(sentence.split(), 1)]
        lines.append("")
    (tmp_path / headline_synth.FILES[0]).write_text("\n".join(lines), encoding="utf-8")
    return tmp_path


def test_synthetic_pairs_state_a_weakened_sentence_as_fact(tmp_path: Path) -> None:
    items = [item for _, item in headline_synth.pairs(_corpus(tmp_path), limit=6, seed=1)]
    by_label: dict[str, list] = {}
    for item in items:
        by_label.setdefault(item.label, []).append(item)
    assert set(by_label) == {"overstated", "supported", "unsupported"}
    for over in by_label["overstated"]:
        fact = next(s for s in by_label["supported"] if s.id[:-3] == over.id[:-3])
        assert over.headline == fact.headline  # the same headline over both bodies
        assert over.headline + "." in fact.body or "Polizei" in fact.body or any(
            src in fact.body for src in ("Staatsanwaltschaft", "Innenministeriums", "Gericht",
                                         "Bundesamt")
        )  # stated as fact there, or by an independent source  # fmt: skip
        assert over.headline + "." not in over.body  # only weakened here
    # the corpus's own "soll … haben" is turned into fact the other way round
    assert any(i.headline == "Der Angeklagte hat die Bilder im Museum gestohlen" for i in items)
    for absent in by_label["unsupported"]:
        assert absent.headline + "." not in absent.body


def test_synthetic_pairs_need_the_corpus(tmp_path: Path) -> None:
    assert list(headline_synth.pairs(tmp_path)) == []


def test_the_model_without_the_review_features_still_reads() -> None:
    n = len(FEATURES) - 2
    data = {
        "features": list(FEATURES[:n]),
        "classes": list(CLASSES),
        "mean": [0.0] * n,
        "scale": [1.0] * n,
        "coef": [[0.0] * n] * 3,
        "intercept": [0.0] * 3,
    }
    model = VerdictModel.from_dict(data)
    assert model.predict({})[0] in {v.value for v in FindingVerdict}


def _sample(label: str, values: dict[str, float], rule: str = "unsupported") -> Sample:
    item = headline_synth.HeadlineItem(f"{label}{len(values)}.1", "de", label, "x", "H", "B")
    sample = Sample("dev", item, Analysis.model_construct())
    sample.clauses = [(rule, values)]
    return sample


def test_synthetic_rows_train_the_model_with_their_weight() -> None:
    from newsprobe.training.headlines import Settings, fit

    gold = [_sample("supported", {"cover_sentence": 0.9, "words": 0.5}),
            _sample("unsupported", {"cover_sentence": 0.1}),
            _sample("overstated", {"cover_sentence": 0.7, "negated": 1.0})]  # fmt: skip
    synth = [_sample("overstated", {"cover_sentence": 0.8, "evidence_weak": 1.0})] * 5
    alone = fit(gold, Settings())
    both = fit(gold, Settings(synthetic=5), synth)
    light = fit(gold, Settings(synthetic=5, synthetic_weight=0.1), synth)
    over = {"cover_sentence": 0.8, "evidence_weak": 1.0}
    assert both.probabilities(over)["overstated"] > light.probabilities(over)["overstated"]
    assert alone.probabilities(over)["overstated"] < both.probabilities(over)["overstated"]
