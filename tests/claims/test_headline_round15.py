"""Round 15 of the headline check: the body's hedges and evidentials, checked against a list
of German hedge expressions (reportative, epistemic, conditional), with their scope kept in
their clause; and a body claim that negates the headline's predicate backs nothing, for the
model either.  Texts written for these tests."""

from __future__ import annotations

import pytest

from newsprobe import analyze_text
from newsprobe.claims.headline import HeadlineCheckComponent
from newsprobe.claims.headline_model import VerdictModel
from newsprobe.model import Analysis, FindingVerdict
from newsprobe.options import Options
from support import forced_verdict_model

HEADLINE = "Bürgermeister von Altenbruck tritt zurück"
TAIL = " Die Stadtverwaltung wollte sich am Abend nicht äußern. Im Rathaus herrscht Unruhe."
MAYOR = "der Bürgermeister von Altenbruck"


def _check(body: str, headline: str = HEADLINE, model: VerdictModel | None = None) -> Analysis:
    analysis = analyze_text(headline + "\n\n" + body + TAIL, lang="de")
    HeadlineCheckComponent(model=model)(analysis, Options())
    return analysis


def _verdict(body: str) -> FindingVerdict:
    return _check(body).findings[0].verdict


#: The backing sentence carries a hedge or evidential of its own: a headline stating its claim
#: as fact overstates it.  Reportative (hearsay, Konjunktiv I, reportative "soll"), epistemic
#: (adverbs, modals, "scheinen zu"), a first state of knowledge, and a condition on its truth.
HEDGED = [
    f"Berichten zufolge ist {MAYOR} zurückgetreten.",
    f"Medienberichten zufolge ist {MAYOR} zurückgetreten.",
    f"Unbestätigten Berichten zufolge ist {MAYOR} zurückgetreten.",
    f"Gerüchten zufolge ist {MAYOR} zurückgetreten.",
    f"Wie die Regionalzeitung Nordpost berichtet, ist {MAYOR} zurückgetreten.",
    f"{MAYOR[0].upper() + MAYOR[1:]} ist laut Medienberichten zurückgetreten.",
    f"Es heißt, {MAYOR} sei zurückgetreten.",
    f"{MAYOR[0].upper() + MAYOR[1:]} soll zurückgetreten sein.",
    f"{MAYOR[0].upper() + MAYOR[1:]} könnte zurücktreten.",
    f"{MAYOR[0].upper() + MAYOR[1:]} dürfte zurücktreten.",
    f"{MAYOR[0].upper() + MAYOR[1:]} scheint zurückgetreten zu sein.",
    *(
        f"{MAYOR[0].upper() + MAYOR[1:]} ist {adverb} zurückgetreten."
        for adverb in (
            "angeblich",
            "mutmaßlich",
            "offenbar",
            "anscheinend",
            "vermutlich",
            "möglicherweise",
            "womöglich",
            "wahrscheinlich",
            "eventuell",
        )
    ),
    f"Nach ersten Erkenntnissen ist {MAYOR} zurückgetreten.",
    f"Ersten Informationen zufolge ist {MAYOR} zurückgetreten.",
    f"Nach vorläufigen Angaben ist {MAYOR} zurückgetreten.",
    f"Allem Anschein nach ist {MAYOR} zurückgetreten.",
    f"Es wird vermutet, dass {MAYOR} zurückgetreten ist.",
    f"Es wird angenommen, dass {MAYOR} zurückgetreten ist.",
    f"Dass {MAYOR} zurückgetreten ist, ist noch nicht bestätigt.",
    f"Falls das Schreiben echt ist, ist {MAYOR} zurückgetreten.",
    f"Wenn das Schreiben echt ist, ist {MAYOR} zurückgetreten.",
    f"{MAYOR[0].upper() + MAYOR[1:]} ist zurückgetreten, falls das Schreiben echt ist.",
    # a parenthetical after the clause comments on it, however it opens
    f"{MAYOR[0].upper() + MAYOR[1:]} ist zurückgetreten, wie es scheint.",
    f"{MAYOR[0].upper() + MAYOR[1:]} ist zurückgetreten, so heißt es.",
    f"{MAYOR[0].upper() + MAYOR[1:]} ist zurückgetreten, wie die Nordpost berichtet.",
]


@pytest.mark.parametrize("body", HEDGED)
def test_a_hedged_backing_makes_a_plain_headline_overstated(body: str) -> None:
    assert _verdict(body) is FindingVerdict.OVERSTATED


#: The hedge stands in a clause of its own (relative, causal, temporal) or another sentence:
#: the main clause that backs the headline stays a statement of fact.
SCOPED = [
    f"{MAYOR[0].upper() + MAYOR[1:]}, der angeblich Schulden hat, ist zurückgetreten.",
    f"{MAYOR[0].upper() + MAYOR[1:]}, dem offenbar die Mehrheit fehlte, ist zurückgetreten.",
    f"{MAYOR[0].upper() + MAYOR[1:]}, der laut Medienberichten Schulden hat, ist zurückgetreten.",
    f"{MAYOR[0].upper() + MAYOR[1:]} ist zurückgetreten, nachdem Berichten zufolge Geld fehlte.",
    f"{MAYOR[0].upper() + MAYOR[1:]} ist zurückgetreten, weil er möglicherweise krank ist.",
    f"{MAYOR[0].upper() + MAYOR[1:]} ist zurückgetreten. Ein Nachfolger könnte im Mai kommen.",
    f"Wenn der Rat tagt, tritt {MAYOR} zurück.",
]


@pytest.mark.parametrize("body", SCOPED)
def test_a_hedge_in_a_clause_of_its_own_leaves_the_main_clause_a_fact(body: str) -> None:
    assert _verdict(body) is FindingVerdict.SUPPORTED


def test_a_condition_needs_a_word_of_truth_where_wenn_or_sollte_opens_it() -> None:
    plain = _check("Die Stadt sollte sich schämen, sagte der Bürgermeister von Altenbruck.")
    conditional = _check(f"Wenn das Schreiben echt ist, ist {MAYOR} zurückgetreten.")
    assert not any(c.type == "conditional" for c in plain.claims[1].cues)
    assert [c.text for c in conditional.claims[1].cues if c.type == "conditional"] == ["Wenn"]


def test_the_model_never_shows_a_backing_that_negates_the_shared_predicate() -> None:
    """The words alone align "Russland hat seine Soldaten nicht zurückgelassen" with the
    headline; the matchers refuse it for its negation at the shared predicate, and so must
    the model's second opinion, however sure it is."""
    model = forced_verdict_model(
        FindingVerdict.SUPPORTED.value, (FindingVerdict.UNSUPPORTED.value,)
    )
    headline = "Russland lässt seine Soldaten im Stich"
    negated = _check("Russland hat seine Soldaten nicht zurückgelassen.", headline, model)
    assert negated.findings[0].verdict is FindingVerdict.UNSUPPORTED
    other = "Russland hat seine Soldaten zurückgelassen, die nicht fliehen konnten."
    assert _check(other, headline, model).findings[0].verdict is FindingVerdict.SUPPORTED


ENGLISH = "Mayor of Eastbrook resigns"
EN_TAIL = " The city council declined to comment on Monday. Residents gathered outside city hall."


def _english(body: str) -> FindingVerdict:
    analysis = analyze_text(ENGLISH + "\n\n" + body + EN_TAIL, lang="en")
    HeadlineCheckComponent(model=None)(analysis, Options())
    return analysis.findings[0].verdict


@pytest.mark.parametrize(
    "body",
    [
        "The mayor of Eastbrook has reportedly resigned.",
        "The mayor of Eastbrook is said to have resigned.",
        "According to media reports, the mayor of Eastbrook has resigned.",
        "If the letter is authentic, the mayor of Eastbrook has resigned.",
        "The mayor of Eastbrook has resigned, according to unconfirmed reports.",
    ],
)
def test_english_hedges_conditions_and_parentheticals(body: str) -> None:
    assert _english(body) is FindingVerdict.OVERSTATED


def test_english_scope_stays_in_its_clause() -> None:
    assert _english("The mayor of Eastbrook, who allegedly owes money, has resigned.") is (
        FindingVerdict.SUPPORTED
    )
    assert _english("The mayor of Eastbrook resigned after he was asked if it was true.") is (
        FindingVerdict.SUPPORTED
    )
