"""The speaker of a Konjunktiv I sentence that no attribution before it carries
(``orphans.orphan_speaker``): the passive agent or the subject of the sentence before; and
a reportative "sollen" clause that runs on past an apposition's commas
(``continuations.reportative``).  Each "speaker" row fails with its rule off."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run

from newsprobe.model import Attribution


def _statement(body: str, fragment: str) -> Attribution | None:
    found = [a for a in run(body).attributions if fragment in a.message.text and a.cue is None]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("body", "fragment", "speaker"),
    [
        # the "von" agent of a passive, not its subject (what was talked about)
        (
            "Die Forderungen der Grünen wurden von Verkehrsminister Manfred Kolbe als "
            "unrealistisch bezeichnet. Heutige Autos seien dafür gar nicht gebaut.",
            "Heutige Autos",
            "Verkehrsminister Manfred Kolbe",
        ),
        (
            "Die Entscheidung wurde vom Bundesverband der Landwirte als rückschrittlich "
            "kritisiert. Langfristig werde es sogar teurer.",
            "Langfristig werde",
            "Bundesverband der Landwirte",
        ),
        # a name in the Saxon genitive opens the subject ("Berlins Bürgermeister …")
        (
            "Berlins Regierender Bürgermeister Klaus Wowereit (SPD) bedauerte die "
            "Entscheidung des Gerichts. Damals seien offenbar Fehler gemacht worden.",
            "Fehler gemacht",
            "Berlins Regierender Bürgermeister Klaus Wowereit (SPD)",
        ),
        # a fronted agent ("Von Beobachtern wird … gewertet")
        (
            "Von politischen Beobachtern wird dieser Schritt als wichtig gewertet. So könne "
            "die Partei neue Mehrheiten möglich machen.",
            "neue Mehrheiten",
            "politischen Beobachtern",
        ),
        # the subject of a speech verb speaks, whatever its noun; a quoted phrase in that
        # sentence is no quote of its own
        (
            "Das staatliche Fernsehen berichtete von „schweren Verlusten des Feindes“ bei der "
            "Eroberung der Stadt. Auf Weisung des Präsidenten sei der Rat aufgelöst worden.",
            "der Rat aufgelöst",
            "Das staatliche Fernsehen",
        ),
        # a bare name the tagger reads as a noun, named in full before
        (
            "Ministerpräsident Abhisit Vejjajiva traf am Montag die Demonstranten. Abhisit "
            "machte außerdem zur Bedingung, dass die Proteste enden. Andernfalls werde er das "
            "Parlament nicht auflösen.",
            "Parlament nicht auflösen",
            "Abhisit",
        ),
    ],
)
def test_orphan_statement_speaker(body: str, fragment: str, speaker: str) -> None:
    att = _statement(body, fragment)
    atts = run(body).attributions
    assert att is not None, [(a.cue, a.message.text) for a in atts]
    # a passive act with its agent is an attribution of its own now ("wurde von X als …
    # bezeichnet"): the statement carries it on and has its speaker
    spoken = att.speakers or (atts[att.continues].speakers if att.continues is not None else [])
    assert [s.text for s in spoken] == [speaker]


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        # a "von" that hangs on the noun before it names no agent
        (
            "Jedoch wurden Behinderungen von Oppositionsparteien registriert. Auch seien die "
            "Grenzen von Staat und Partei nicht klar gewesen.",
            "die Grenzen",
        ),
        # a quote of its own (a clause) in the sentence before: whose words follow is open
        (
            "Der Bürgermeister trug ein Schild mit der Aufschrift „Wir bleiben hier“ durch "
            "die Stadt. Die Lage sei ernst.",
            "Die Lage sei ernst",
        ),
        # a bare common noun is no name ("Lob gab es vom …": the praise did not speak)
        (
            "Lob gab es vom Generalsekretär für die Ankündigung der Regierung. Dies sei ein "
            "ermutigendes Zeichen.",
            "ermutigendes Zeichen",
        ),
        # a noun with an article is no bare name
        (
            "Die Brücke machte am Montag Schlagzeilen. Sie sei marode.",
            "Sie sei marode",
        ),
    ],
)
def test_no_orphan_speaker(body: str, fragment: str) -> None:
    att = _statement(body, fragment)
    assert att is None or not att.speakers


def test_reportative_sollen_past_an_apposition() -> None:
    """ "Er soll am Freitag, dem 17. März, … eingeschleust haben": the perfect infinitive
    closes the clause after the apposition's commas, so the sentence carries on."""
    att = _statement(
        "Die Behörden werfen dem Mann Menschenhandel vor. Er soll am letzten Freitag, dem "
        "17. März, zwei Menschen illegal eingeschleust haben, indem er Anträge fälschte.",
        "zwei Menschen illegal",
    )
    assert att is not None and att.continues is not None


def test_plain_sollen_without_attribution_before_has_no_speaker() -> None:
    """A reportative "sollen" after a plain narrated sentence is not its subject's
    statement (the police did not say the man stole the cars)."""
    att = _statement(
        "Die Polizei nahm den Mann am Montag fest. Er soll zwei Autos gestohlen haben.",
        "zwei Autos",
    )
    assert att is None or not att.speakers


def test_reportative_sollen_stops_at_a_relative_clause() -> None:
    """The "haben" of a relative clause after the object does not make "sollen"
    reportative: "Also sollen die Gutachter Licht in die Ereignisse bringen, die sich …
    abgespielt haben" is a plan, not a report."""
    att = _statement(
        "Er bekennt sich der fahrlässigen Tötung schuldig. Also sollen die Gutachter Licht in "
        "die Ereignisse bringen, die sich im Juli auf einem Feldweg abgespielt haben.",
        "Licht in die Ereignisse",
    )
    assert att is None or att.continues is None
