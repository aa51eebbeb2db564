"""Verb forms the tagger misreads, and narrated acts told in the passive.

* A past-tense verb read as an attributive adjective before an article, a personal pronoun
  or (where no noun phrase is open) a name is the clause's finite verb ("verlautbarte Peter
  Sharp", "Sie bezeichneten die Übereinkunft …"); a real attributive adjective stays one
  ("Der bekannte Peter Müller").
* A zu-infinitive with "zu" between particle and verb read as an adjective or participle
  ("beizumessen") is an infinitive with "zu" at the end of its clause; a gerundive before
  its noun stays an adjective ("die einzureichenden Unterlagen").
* A passive narrated act with its "von" agent: the agent speaks, the passive's subject is
  what the act was about ("Die Forderungen wurden von X als unrealistisch bezeichnet").
"""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run

from newsprobe import Analysis
from newsprobe.claims.units import sentence_views


def _only(analysis: Analysis) -> tuple[str, str, list[str], str]:
    atts = analysis.attributions
    assert len(atts) == 1, [(a.kind.value, a.cue and a.cue.text) for a in atts]
    att = atts[0]
    assert att.cue is not None
    return att.kind.value, att.cue.text, [s.text for s in att.speakers], att.message.text


def _tag(analysis: Analysis, word: str) -> str:
    return next(t.tag for v in sentence_views(analysis) for t in v.toks if t.text == word)


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "message"),
    [
        (
            # a name after the verb, a comma before it
            "Die Ursache des Unfalls sei noch unklar, verlautbarte Peter Sharp, der Direktor "
            "der Reederei.",
            "verlautbarte",
            "Peter Sharp, der Direktor der Reederei",
            "Die Ursache des Unfalls sei noch unklar",
        ),
        (
            "Während die Sängerin jubelte, räumte Jennifer Lopez ein, sie sei nervös.",
            "räumte",
            "Jennifer Lopez",
            "sie sei nervös",
        ),
        (
            # an article after the verb
            "Sie bezeichneten die Übereinkunft als einen schlechten Deal.",
            "bezeichneten",
            "Sie",
            "die Übereinkunft als einen schlechten Deal",
        ),
    ],
)
def test_past_tense_read_as_adjective_is_the_finite_cue(
    body: str, cue: str, speaker: str, message: str
) -> None:
    found = _only(run(body))
    assert found[1:] == (cue, [speaker], message)


def test_adjective_before_a_name_stays_an_adjective() -> None:
    analysis = run("Der bekannte Peter Müller kam gestern nach Hause.")
    assert _tag(analysis, "bekannte") == "ADJ"
    assert analysis.attributions == []


def test_infixed_zu_infinitive_read_as_adjective() -> None:
    found = _only(run("Sie schlug vor, den Punkten absolute Priorität beizumessen."))
    assert found == (
        "indirect",
        "schlug vor",  # the particle right after the verb is part of the cue
        ["Sie"],
        "den Punkten absolute Priorität beizumessen",
    )


def test_gerundive_before_its_noun_stays_an_adjective() -> None:
    analysis = run("Die einzureichenden Unterlagen fehlen noch.")
    assert _tag(analysis, "einzureichenden") == "ADJ"


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "message"),
    [
        (
            # the subject before the auxiliary is what the act was about
            "Die Forderungen der Grünen wurden von Verkehrsminister Karl Stolz als "
            "unrealistisch bezeichnet.",
            "bezeichnet",
            ["Verkehrsminister Karl Stolz"],
            "Die Forderungen der Grünen",
        ),
        (
            # after a fronted adverbial the subject follows the auxiliary; the agent's
            # preposition is not part of it
            "Am Montag wurde der Plan von der Ministerin angekündigt.",
            "angekündigt",
            ["der Ministerin"],
            "der Plan",
        ),
        (
            # a subject before the auxiliary ends at it
            "Die einstweilige Verfügung wurde in ihrem wesentlichen Teil vom Landgericht Linz "
            "bestätigt.",
            "bestätigt",
            ["Landgericht Linz"],
            "Die einstweilige Verfügung",
        ),
    ],
)
def test_passive_narrated_act_with_its_agent(
    body: str, cue: str, speaker: list[str], message: str
) -> None:
    assert _only(run(body)) == ("narrated", cue, speaker, message)


@pytest.mark.parametrize(
    "body",
    [
        "Der Täter wurde von der Polizei festgenommen.",
        "Der Vertrag wurde von beiden Seiten unterzeichnet.",
    ],
)
def test_passive_of_other_verbs_is_no_act(body: str) -> None:
    assert run(body).attributions == []


def test_participle_adjective_inside_a_phrase_stays_an_adjective() -> None:
    # "verbreiteten" before "Erklärung Bans" after "New York": inside the phrase, no verb
    analysis = run(
        "In einer am Donnerstag in New York verbreiteten Erklärung Bans hieß es, der Angriff "
        "sei unentschuldbar."
    )
    assert _tag(analysis, "verbreiteten") == "ADJ"
    kind, cue, speakers, _ = _only(analysis)
    assert (kind, cue) == ("indirect", "hieß")
    assert speakers == ["einer am Donnerstag in New York verbreiteten Erklärung Bans"]


def test_passive_range_is_no_agent() -> None:
    assert run("Die erste Zählung wurde von 179 auf 180 Stimmen korrigiert.").attributions == []


def test_verfuegen_ueber_is_having_not_decreeing() -> None:
    assert run("Der Staat verfügt über die Mittel, sofort tätig zu werden.").attributions == []


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a name written with a capitalised adjective can speak, whatever its noun
        ("Die Europäische Union hat die Regierung erneut zur Kooperation aufgefordert.",
         "Die Europäische Union"),
        ("Die Iranischen Revolutionsgarden sprachen schon früh von einem Märtyrer.",
         "Die Iranischen Revolutionsgarden"),
        # "Das" read as a demonstrative pronoun before its adjective is the article
        ("Das staatliche Fernsehen berichtete von schweren Verlusten des Feindes.",
         "Das staatliche Fernsehen"),
    ],
)  # fmt: skip
def test_narrated_act_of_a_named_body(body: str, speaker: str) -> None:
    kind, _, speakers, _ = _only(run(body))
    assert (kind, speakers) == ("narrated", [speaker])


def test_lowercase_adjective_noun_is_no_name() -> None:
    # "die große Wand" names nothing that speaks: no narrated act
    assert run("Die große Wand zeigte schwere Risse von dem Beben.").attributions == []


def test_speech_noun_subject_of_lauten_before_a_colon() -> None:
    analysis = run(
        "Das Fazit des Berichts lautete: „Die Wahlen boten den Bürgern eine echte Chance.“"
    )
    att = next(a for a in analysis.attributions if a.cue is not None)
    assert (att.cue.text, [s.text for s in att.speakers]) == ("lautete", ["Das Fazit des Berichts"])
