"""Round 14 of the headline check: a plan is judged by the backing that says the headline's
predicate, a German headline's participle without its auxiliary reports a deed, and a noun is
no act of speech.  Texts written for these tests."""

from __future__ import annotations

from newsprobe import analyze_text
from newsprobe.claims.headline import HeadlineCheckComponent
from newsprobe.claims.stance import Stance, headline_stance, read_headline
from newsprobe.claims.verbs import completed
from newsprobe.model import Analysis, FindingVerdict
from newsprobe.options import Options

BOMB = (
    "Bombe in Kassel\n\n"
    "Bei Bauarbeiten in der Innenstadt von Kassel ist am Montag eine Fliegerbombe gefunden "
    "worden. Der Blindgänger soll am Mittwochvormittag entschärft werden, teilte die Stadt "
    "mit. Rund 3.000 Anwohner müssen dafür ihre Wohnungen verlassen."
)
PROMISE = (
    "Barrierefreie Bahnhöfe\n\n"
    "Die Bahn will bis 2030 alle großen Bahnhöfe barrierefrei umbauen. Der Sozialverband "
    "VdK kritisierte die Pläne. Die Bahn habe ähnliche Versprechen schon mehrfach gebrochen, sagte "
    "VdK-Präsidentin Ute Brandt."
)


def _verdict(headline: str, body: str) -> FindingVerdict:
    analysis = analyze_text(headline + "\n\n" + body.split("\n\n", 1)[1], lang="de")
    HeadlineCheckComponent(model=None)(analysis, Options())
    return analysis.findings[0].verdict


def _headline(text: str) -> Analysis:
    return analyze_text(text + "\n\n" + BOMB.split("\n\n", 1)[1], lang="de")


def test_a_participle_without_its_auxiliary_reports_a_deed() -> None:
    analysis = _headline("Fliegerbombe in Kassel erfolgreich entschärft")
    head = analysis.headline
    assert head is not None
    assert completed(analysis, head.start, head.end)
    # a finite verb in second place is the news present, not a deed reported as done
    analysis = _headline("Stadt Kassel entschärft Fliegerbombe")
    head = analysis.headline
    assert head is not None
    assert not completed(analysis, head.start, head.end)


def test_a_plan_is_judged_by_the_backing_that_says_the_predicate() -> None:
    # the find shares the bomb and the town, only the plan says "entschärft"
    overstated = _verdict("Fliegerbombe in Kassel erfolgreich entschärft", BOMB)
    assert overstated is FindingVerdict.OVERSTATED
    soll = _verdict("Fliegerbombe in Kassel soll entschärft werden", BOMB)
    assert soll is FindingVerdict.SUPPORTED  # the headline keeps the plan
    assert _verdict("Fliegerbombe in Kassel gefunden", BOMB) is FindingVerdict.SUPPORTED


def test_a_noun_of_speech_makes_no_attribution() -> None:
    analysis = analyze_text(
        "Bahn hat Versprechen zur Barrierefreiheit gebrochen\n\n" + PROMISE.split("\n\n", 1)[1],
        lang="de",
    )
    head = analysis.headline
    assert head is not None
    stance, _ = headline_stance(
        analysis, head, analysis.claims[0].status, read_headline(analysis, head)
    )
    assert stance is Stance.FACT  # "Versprechen" is the object, not a promise made
    assert _verdict("Bahn hat Versprechen zur Barrierefreiheit gebrochen", PROMISE) is (
        FindingVerdict.OVERSTATED
    )
    # the verb still reports a promise: the headline keeps that reserve
    analysis = analyze_text(
        "Bahnchef verspricht schnellere Umbauten\n\n" + PROMISE.split("\n\n", 1)[1], lang="de"
    )
    head = analysis.headline
    assert head is not None
    stance, _ = headline_stance(
        analysis, head, analysis.claims[0].status, read_headline(analysis, head)
    )
    assert stance is Stance.ATTRIBUTED
