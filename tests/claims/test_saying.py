"""Words of saying that stand as nouns in untagged English headlines do not make the headline
attributed; where they are the headline's verb they still do (texts written for these tests)."""

from __future__ import annotations

import pytest

from newsprobe.api import analyze_text
from newsprobe.claims.saying import speech_verbs
from newsprobe.claims.stance import Stance, headline_stance, read_headline
from newsprobe.model import ClaimStatus, Span

# where a saying word is a noun by its place: tests/attribution/test_english_saying_nouns.py

BODY = (
    "A court in Leeds on Tuesday rejected claims that the builder Harrowgate had defrauded "
    "its customers. The judge said the evidence did not show any deception."
)


def _stance(headline: str, lang: str = "en") -> Stance:
    analysis = analyze_text(f"{headline}\n\n{BODY}", lang=lang)
    span = Span.of(analysis.text, 0, len(headline))
    status = analysis.claims[0].status
    return headline_stance(analysis, span, status, read_headline(analysis, span))[0]


@pytest.mark.parametrize(
    ("headline", "stance"),
    [
        ("Fraud claims against Harrowgate rejected by court", Stance.FACT),
        ("The fraud claims were false, Leeds judge says", Stance.ATTRIBUTED),
        ("Customers claim Harrowgate defrauded them", Stance.ATTRIBUTED),
        ("Judge says evidence shows no deception", Stance.ATTRIBUTED),
    ],
)
def test_only_the_headline_s_verb_of_saying_attributes_it(headline: str, stance: Stance) -> None:
    assert _stance(headline) is stance


@pytest.mark.parametrize(
    ("headline", "status"),
    [
        ("Fraud claims against Harrowgate rejected by court", ClaimStatus.ASSERTED),
        ("Harrowgate claims fraud case was baseless", ClaimStatus.ATTRIBUTED),
    ],
)
def test_a_noun_of_saying_names_no_speaker(headline: str, status: ClaimStatus) -> None:
    analysis = analyze_text(f"{headline}\n\n{BODY}", lang="en")
    assert analysis.claims[0].status is status


def test_german_nouns_of_saying_are_tagged_nouns() -> None:
    body = "Das Landesamt meldete am Montag Hochwasser an der Oder. Mehrere Straßen sind gesperrt."
    for headline, found in (
        ("Berichte über Hochwasser an der Oder", False),
        ("Warnungen vor Hochwasser ignoriert", False),
        ("Landesamt berichtet über Hochwasser an der Oder", True),
    ):
        analysis = analyze_text(f"{headline}\n\n{body}", lang="de")
        toks = [t for t in analysis.tokens if t.end <= len(headline)]
        assert bool(speech_verbs(toks, "de")) is found, headline


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The inquiry found that the bridge had not been inspected for years.", "attributed"),
        ("Divers found a car in the river near Hull on Sunday.", "asserted"),
        ("The audit found that 300 nursing posts are vacant.", "attributed"),
    ],
)
def test_a_finding_of_a_report_is_its_own_words(sentence: str, status: str) -> None:
    # "found" is inflected as a verb though it does not end in -ed; "posts" before "are" is a
    # noun, not the verb that attributes the sentence
    assert analyze_text(sentence, lang="en").claims[0].status.value == status
