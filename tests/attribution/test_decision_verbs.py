"""Decisions, requests and demands with a zu-infinitive, and reports whose subject holds a
quoted name.  Each row names the mechanism it needs: ``cue_senses.before_content`` (a
decision participle before a zu-infinitive), the view's zu-infinitives the tagger misreads
("voranzutreiben" as finite, "zu beteiligen" as an adjective), ``cue_senses.quoted_subject``
(a quoted title in the subject of a bare frame); a row marked as a guard holds what
must keep working."""

from __future__ import annotations

import pytest
from attribution_texts import run_body as run


@pytest.mark.parametrize(
    ("body", "cue", "message"),
    [
        # before_content: "entschieden"/"beschlossen" before a zu-infinitive
        (
            "Das Kabinett hat am 19. August entschieden, einen Gesetzentwurf in den Landtag "
            "einzubringen.",
            "entschieden",
            "einen Gesetzentwurf in den Landtag einzubringen",
        ),
        # (a guard: the lemmatiser's own "beschließen" with a zu-infinitive)
        (
            "Im Juni hatte die Bischofskonferenz beschlossen, mit dem Institut zusammenzuarbeiten.",
            "beschlossen",
            "mit dem Institut zusammenzuarbeiten",
        ),
        # an infixed zu-infinitive the tagger reads as finite
        (
            "Das Europäische Parlament hat die Mitgliedsstaaten dazu aufgefordert, einen Plan "
            "voranzutreiben.",
            "aufgefordert",
            "einen Plan voranzutreiben",
        ),
        # "zu" + an infinitive the tagger reads as an adjective
        (
            "Die Vereinten Nationen hatten die Europäische Union im Januar darum gebeten, sich "
            "mit Soldaten zu beteiligen.",
            "gebeten",
            "sich mit Soldaten zu beteiligen",
        ),
        # a quoted title inside the subject of a bare frame
        (
            "Die „Süddeutsche Zeitung“ hatte gestern berichtet, 200 Mitarbeiter sollen "
            "entlassen werden.",
            "berichtet",
            "200 Mitarbeiter sollen entlassen werden",
        ),
    ],
)
def test_decision_and_request_verbs_govern_their_clause(body: str, cue: str, message: str) -> None:
    found = [a for a in run(body).attributions if a.cue is not None and a.cue.text == cue]
    assert found, [(a.cue, a.message.text) for a in run(body).attributions]
    assert found[0].message.text == message


@pytest.mark.parametrize(
    "body",
    [
        # a decision participle as an adjective stays none
        "Er ist ein entschieden auftretender Politiker, der gern redet.",
        # "um … zu" is a purpose, not what was asked
        "Persönlich rief er in Buenos Aires an, um sein Zeitungsabo zu kündigen.",
        # (a guard) a reason clause with an infinitive in it is not what was pleaded for
        "Der Biochemiker plädierte auf einer Fachtagung für separate Frauenlabors, weil „sie "
        "sich verlieben, und wenn Du sie kritisierst, fangen sie an zu heulen“.",
    ],
)
def test_no_decision_cue_without_its_clause(body: str) -> None:
    kinds = [(a.cue.text, a.kind.value) for a in run(body).attributions if a.cue is not None]
    assert not [k for k in kinds if k[1] == "indirect"], kinds
