"""The claims component: certainty status per sentence or clause, with cues (offline, texts
written for these tests; tagging and lemmas come from the real ``pos`` component)."""

from __future__ import annotations

import pytest

from newsprobe.claims.component import ClaimsComponent
from newsprobe.claims.lexicon import lexicon
from newsprobe.claims.units import quoted_ranges
from newsprobe.model import (
    Analysis,
    Attribution,
    AttributionKind,
    BlockKind,
    ClaimStatus,
    Cue,
    Metadata,
    Source,
    SourceType,
    Span,
)
from newsprobe.pipeline import Options, Pipeline
from support import article_of_blocks

BASE = ["language", "sentences", "tokens", "pos"]


def article(parts: list[tuple[str, BlockKind]], lang: str = "de") -> Analysis:
    """Blocks joined by blank lines, run through the base layers (no attribution layer)."""
    analysis = article_of_blocks(parts, Metadata(language=lang))
    return Pipeline(names=BASE, options=Options(lang=lang))(analysis)


def claims_of(sentence: str, lang: str = "de") -> list[tuple[str, str, list[str]]]:
    analysis = article([(sentence, BlockKind.PARAGRAPH)], lang)
    ClaimsComponent()(analysis, Options())
    analysis.check_spans()
    return [(c.status.value, c.text, [cue.text for cue in c.cues]) for c in analysis.claims]


def status_of(sentence: str, lang: str = "de") -> str:
    found = claims_of(sentence, lang)
    assert len(found) == 1, found
    return found[0][0]


# -- hedges and the reportative "soll" ----------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Doch dabei wurden offenbar eigene Kameraden achtlos zurückgelassen.", "offenbar"),
        ("Der Minister soll von den Zahlungen gewusst haben.", "soll"),
        ("Das Feuer soll in einer Lagerhalle ausgebrochen sein.", "soll"),
        ("Bei dem Toten soll es sich um einen älteren Mann handeln.", "soll"),
        ("Die Firma will von den Mängeln nichts gewusst haben.", "will"),
        ("Der Schaden dürfte in die Millionen gehen.", "dürfte"),
        ("Berichten zufolge wurden mehrere Gebäude beschädigt.", "Berichten zufolge"),
        ("Der Vorstand scheint den Überblick verloren zu haben.", "scheint"),
        ("Der mutmaßliche Täter ist wieder auf freiem Fuß.", "mutmaßliche"),
    ],
)
def test_hedged_with_its_cue(sentence: str, cue: str) -> None:
    ((status, text, cues),) = claims_of(sentence)
    assert status == "hedged"
    assert text == sentence
    assert cue in cues


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Regierung soll handeln.",  # obligation, not hearsay
        "Der neue Bahnhof soll im Herbst 2027 eröffnet werden.",  # a plan
        "Das Land soll jetzt einspringen und die Station mitfinanzieren.",
        "Er fühlte sich in der neuen Stadt von Anfang an wohl.",  # "wohl" = well
        "Das Ergebnis ist nicht angeblich, sondern amtlich bestätigt.",  # negated hedge
        "Nach dem Sturz des Machthabers steht das Land vor einer ungewissen Zukunft.",
    ],
)
def test_not_hedged(sentence: str) -> None:
    assert {status for status, _, _ in claims_of(sentence)} == {"asserted"}


def test_reportative_soll_in_a_verb_final_clause_scopes_over_that_clause() -> None:
    found = claims_of(
        "Hintergrund ist das Defizit, das sich auf neun Millionen Euro belaufen haben soll."
    )
    assert found == [
        ("asserted", "Hintergrund ist das Defizit", []),
        ("hedged", "das sich auf neun Millionen Euro belaufen haben soll.", ["soll"]),
    ]


# -- clauses ----------------------------------------------------------------------------------
def test_a_sentence_mixing_statuses_splits_into_clauses() -> None:
    found = claims_of(
        "Russland hat Assad Asyl gewährt, aber seine Truppen offenbar zurückgelassen."
    )
    assert [(s, t) for s, t, _ in found] == [
        ("asserted", "Russland hat Assad Asyl gewährt"),
        ("hedged", "aber seine Truppen offenbar zurückgelassen."),
    ]
    assert found[1][2] == ["offenbar"]


def test_parenthetical_hedge_scopes_over_its_clause_only() -> None:
    found = claims_of(
        "Die Truppen haben den Rückzug angetreten, doch nicht ohne Verluste, wie es scheint."
    )
    assert [(s, t) for s, t, _ in found] == [
        ("asserted", "Die Truppen haben den Rückzug angetreten"),
        ("hedged", "doch nicht ohne Verluste, wie es scheint."),
    ]


def test_hedge_in_the_main_clause_covers_its_relative_clause() -> None:
    ((status, _, _),) = claims_of(
        "Offenbar wurden Soldaten zurückgelassen, die nun von Rebellen umzingelt sind."
    )
    assert status == "hedged"


def test_relative_clause_then_main_clause_stays_one_claim() -> None:
    found = claims_of(
        "Mehrere Mitarbeiter, die nicht genannt werden wollen, berichten von einem Papier."
    )
    assert [s for s, _, _ in found] == ["attributed"]


# -- attribution, opinion, question -------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Laut Polizei wurde niemand verletzt.",
        "Der Sprecher sagte, die Anlage sei sicher.",
        "Die Versorgung der Schwangeren sei gesichert.",  # Konjunktiv I, no frame
        "„Wir haben alles richtig gemacht“, sagte die Trainerin.",
        "Nach Ansicht der Richter hat die Stadt ihre Pflichten verletzt.",
        "Die Regierung soll endlich handeln, fordert die Opposition.",
        "Von der Änderung hätten die Mitarbeiter erst aus der Zeitung erfahren.",
    ],
)
def test_attributed(sentence: str) -> None:
    assert status_of(sentence) == "attributed"


def test_refusing_to_comment_is_not_an_attribution() -> None:
    assert status_of("Die Geschäftsführung wollte sich dazu nicht äußern.") == "asserted"


@pytest.mark.parametrize(
    "sentence",
    [
        "Das ist ein Skandal, den sich keine Regierung leisten darf.",
        "Leider hat die Stadt die Chance verpasst.",
        "Meiner Meinung nach sollte der Vertrag sofort gekündigt werden.",
        "Was für ein peinlicher Auftritt des Ministers!",
    ],
)
def test_opinion(sentence: str) -> None:
    assert status_of(sentence) == "opinion"


def test_quoted_opinion_is_attributed_not_opinion() -> None:
    assert status_of("„Das ist ein Skandal, leider!“, sagte der Abgeordnete.") == "attributed"


def test_nouns_and_verbs_do_not_match_adjective_patterns() -> None:
    # "Glaubwürdigkeit" is no "glaubwürdig*", "erschüttert" (shakes) no "erschüttert*" (shocked)
    assert status_of("Putins Glaubwürdigkeit erschüttert durch den Sturz.") == "asserted"


def test_question_unless_the_question_mark_is_quoted() -> None:
    assert status_of("Doch was bedeutet der Rücktritt für die Partei?") == "question"
    assert status_of("„Wer soll das bezahlen?“, fragte die Stadträtin.") == "attributed"


@pytest.mark.parametrize(
    ("sentence", "status", "cue"),
    [
        ("The suspect reportedly fled across the border.", "hedged", "reportedly"),
        ("The minister is said to have known about the payments.", "hedged", "is said to"),
        ("The company may have breached safety rules.", "hedged", "may have"),
        ("According to police, no one was hurt.", "attributed", "According to"),
        ("Union leaders say the dispute is no longer about pay.", "attributed", "say"),
        ("Sadly, the city has missed its chance.", "opinion", "Sadly"),
        ("The council approved the budget on Tuesday.", "asserted", None),
    ],
)
def test_english(sentence: str, status: str, cue: str | None) -> None:
    ((found, _, cues),) = claims_of(sentence, "en")
    assert found == status
    assert cue is None or cue in cues


# -- the attribution layer, roles, robustness ---------------------------------------------------
def test_claims_rest_on_the_attribution_layer_and_its_sources() -> None:
    sentence = "Mehrere Militärblogger berichten, Soldaten seien zurückgelassen worden."
    analysis = article([("Titel der Seite", BlockKind.HEADLINE), (sentence, BlockKind.PARAGRAPH)])
    text = analysis.text
    start = text.index("Mehrere")
    cue_at = text.index("berichten")
    message_at = text.index("Soldaten")
    analysis.attributions = [
        Attribution(
            start=start,
            end=start + len(sentence) - 1,
            text=sentence[:-1],
            id=0,
            kind=AttributionKind.INDIRECT,
            cue=Cue.of(text, cue_at, cue_at + len("berichten"), type="speech_verb"),
            speakers=[Span.of(text, start, start + len("Mehrere Militärblogger"))],
            message=Span.of(text, message_at, start + len(sentence) - 1),
            source=0,
        )
    ]
    analysis.sources = [
        Source(
            id=0,
            name="Mehrere Militärblogger",
            type=SourceType.ANONYMOUS,
            named=False,
            attributions=[0],
            statements=1,
        )
    ]
    ClaimsComponent()(analysis, Options())
    analysis.check_spans()
    body = [c for c in analysis.claims if c.role == "body"]
    assert [(c.status, c.attributions, c.sources) for c in body] == [
        (ClaimStatus.ATTRIBUTED, [0], [0])
    ]
    assert "berichten" in [c.text for c in body[0].cues]
    assert [c.role for c in analysis.claims] == ["headline", "body"]


def test_roles_and_skipped_blocks() -> None:
    analysis = article(
        [
            ("Politik", BlockKind.KICKER),
            ("Stadt schließt das Hallenbad", BlockKind.HEADLINE),
            ("Bild: Agentur", BlockKind.CREDIT),
            ("Das Hallenbad ist seit Montag geschlossen.", BlockKind.CAPTION),
            ("Die Stadt hat das Hallenbad geschlossen.", BlockKind.PARAGRAPH),
            ("Das Hallenbad ist seit Montag geschlossen.", BlockKind.CAPTION),
        ]
    )
    analysis.blocks[-1].duplicate_of = 3
    ClaimsComponent()(analysis, Options())
    assert [c.role for c in analysis.claims] == ["headline", "caption", "body"]
    assert [c.id for c in analysis.claims] == [0, 1, 2]


def test_empty_and_unknown_language_do_not_fail() -> None:
    empty = Analysis(text="")
    ClaimsComponent()(empty, Options())
    assert empty.claims == []
    french = article(
        [("Le gouvernement a annoncé de nouvelles mesures.", BlockKind.PARAGRAPH)], "fr"
    )
    ClaimsComponent()(french, Options())
    assert [c.status.value for c in french.claims] == ["asserted"]


def test_quotation_ranges() -> None:
    text = 'Er sagte „Ja“ und "nein" – und 2"'
    ranges = quoted_ranges(text, 0, len(text))
    assert [text[a:b] for a, b in ranges] == ["„Ja“", '"nein"']


def test_lexicon_entries_carry_their_type() -> None:
    lex = lexicon("de")
    offenbar = lex.candidates("offenbar", "offenbar")
    assert [(e.key, e.type.name, e.type.status.value) for e in offenbar] == [
        ("offenbar", "hedge", "hedged")
    ]
    assert lexicon("xx").language == "en"
    with pytest.raises(KeyError):
        lex.types["no such type"]
