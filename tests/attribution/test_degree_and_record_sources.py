"""Sources that are no speakers: "so" as a degree word before a quantifier ("so viele
Menschen … aufzunehmen", "so viele wie nie") is no ", so X" attribution; an English noun
compound ending in a record noun ("vessel-tracking data", "court records") is a document
named by its whole phrase, not by its first word."""

from __future__ import annotations

import pytest

from newsprobe.api import analyze_text
from newsprobe.model import Analysis


def _sources(analysis: Analysis) -> list[tuple[str, str]]:
    out = []
    for at in analysis.attributions:
        if at.source is not None:
            src = analysis.sources[at.source]
            out.append((src.name, str(src.type)))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Der Bürgermeister ist ratlos. Wir haben keinen Platz, so viele Menschen hier "
        "unterzubringen.",
        "Zum Fest auf dem Marktplatz kamen Besucher, so viele wie nie. Die Stimmung war gut.",
        "Im Sommer reisten Touristen an, so viele Gäste wie noch nie zuvor. Die Hotels waren voll.",
    ],
)
def test_so_before_a_quantifier_is_a_degree_word(text: str) -> None:
    assert _sources(analyze_text(text, lang="de")) == []


def test_so_before_a_speaker_still_attributes() -> None:
    text = (
        "Die Mieten steigen weiter, so einige Makler. Das sei falsch, so die Ministerin am Montag."
    )
    names = [name for name, _ in _sources(analyze_text(text, lang="de"))]
    assert names == ["einige Makler", "Ministerin"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The freighter left the harbour on Friday, according to ship-tracking data.",
            "ship-tracking data",
        ),
        ("Rents rose by a third, according to county property records.", "county property records"),
        ("Wheat exports fell sharply, according to government figures.", "government figures"),
        ("The firm lost money for years, according to company filings.", "company filings"),
    ],
)
def test_english_record_compound_is_a_document(sentence: str, name: str) -> None:
    assert _sources(analyze_text(sentence, lang="en")) == [(name, "document")]


def test_english_report_of_a_body_keeps_the_body() -> None:
    text = "The driver had been drinking, according to a police report."
    assert _sources(analyze_text(text, lang="en")) == [("police report", "official")]


def test_english_short_stems_do_not_end_other_words() -> None:
    from newsprobe.attribution.lexicon import sources

    lex = sources("en")
    assert lex.head_type("tracking") is None  # no "king"
    assert lex.head_type("wheelchair") is None  # no "chair"
    assert lex.head_type("researchers") is not None


def test_so_speaker_with_a_comparison_later_still_attributes() -> None:
    text = (
        "Die Stadt braucht mehr Wohnungen, denn, so Bürgermeisterin Huber mit Blick auf die "
        "Mieten und in ähnlichem Ton wie ihr Vorgänger: Es fehlt an allem."
    )
    names = [name for name, _ in _sources(analyze_text(text, lang="de"))]
    assert names == ["Huber"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ebenso wie andere Gemeinden argumentierte Lindau, dass das Land zuerst zahlen müsse.",
            "Lindau",
        ),
        ("Mehr als viele andere Vereine betonte Kramer, dass der Sport Geld brauche.", "Kramer"),
        (
            "Wie der Bürgermeister versicherte auch die Landrätin, dass die Schule bleibe.",
            "die Landrätin",
        ),
    ],
)
def test_what_is_compared_is_no_speaker(text: str, speaker: str) -> None:
    analysis = analyze_text(text, lang="de")
    assert [[s.text for s in at.speakers] for at in analysis.attributions] == [[speaker]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Wie viele befürchtet hatten, wurde die Brücke gesperrt.", "viele"),
        ("Wie die Feuerwehr am Abend mitteilte, wurde niemand verletzt.", "die Feuerwehr"),
        ("Wie der Sender berichtet hat, fiel der Strom aus.", "der Sender"),
        ("Wie die Stadt berichtete und die Bahn bestätigte, fiel der Zug aus.", "die Stadt"),
        ("Mehr als die Hälfte der Befragten sagt, sie sei unzufrieden.", "Mehr als die Hälfte"),
    ],
)
def test_wie_clauses_and_amounts_keep_their_speaker(text: str, speaker: str) -> None:
    analysis = analyze_text(text, lang="de")
    assert next(s.text for at in analysis.attributions for s in at.speakers).startswith(speaker)


def test_quantifier_before_a_misread_verb_is_no_source() -> None:
    text = "Viele schwenkten Augenzeugen zufolge bunte Transparente."
    assert _sources(analyze_text(text, lang="de")) == [("Augenzeugen", "witness")]


def test_quantifier_phrase_before_zufolge_stays_the_source() -> None:
    text = "Einige erfahrene Ärzte zufolge gibt es keine Gefahr."
    assert [n for n, _ in _sources(analyze_text(text, lang="de"))] == ["Einige erfahrene Ärzte"]
