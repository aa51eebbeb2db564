"""The quotes component on texts written for these tests: every kind, every quote style,
Konjunktiv continuation, lists of quotes, speaker resolution."""

from __future__ import annotations

import pytest

from newsprobe import Analysis
from newsprobe.api import analyze_text
from newsprobe.attribution.marks import find_quotes

_CACHE: dict[tuple[str, str], Analysis] = {}


def run(text: str, lang: str = "de") -> Analysis:
    key = (text, lang)
    if key not in _CACHE:
        _CACHE[key] = analyze_text(text, lang=lang, only=["sources"])
    return _CACHE[key]


def by_message(analysis: Analysis, fragment: str):
    found = [a for a in analysis.attributions if fragment in a.message.text]
    assert found, f"no attribution with {fragment!r}: " + repr(
        [(a.kind.value, a.message.text) for a in analysis.attributions]
    )
    return found[0]


def source_of(analysis: Analysis, attribution):
    assert attribution.source is not None, attribution
    return analysis.sources[attribution.source]


GERMAN = (
    "Streit um die Brücke\n"
    "\n"
    "Die Stadt Neuburg will die alte Rheinbrücke abreißen. „Die Brücke ist nicht "
    "mehr zu retten“, sagte Bürgermeisterin Anna Keller am Montag. Sie kündigte an, "
    "im Herbst einen Neubau auszuschreiben.\n"
    "\n"
    "Ein Sprecher des Verkehrsministeriums erklärte, man habe die Pläne geprüft. Die "
    "Kosten lägen bei rund 40 Millionen Euro. Der Bund werde sich beteiligen.\n"
    "\n"
    "Laut Polizei gab es bei der Demonstration keine Verletzten. Nach Angaben der "
    "Veranstalter kamen 3000 Menschen. Augenzeugen zufolge wurde die Kundgebung "
    "friedlich beendet.\n"
    "\n"
    "Der Verkehrsexperte Jan Brandt vom Institut für Mobilität glaubt, dass die "
    "Kosten steigen werden. »Solche Projekte werden immer teurer«, so Brandt.\n"
    "\n"
    "Mehrere Anwohner berichteten, dass die Brücke seit Wochen gesperrt sei. Ihrer "
    "Ansicht nach habe die Stadt zu lange gewartet.\n"
    "\n"
    "Auf dem Instagram-Account @rettetdiebruecke wird behauptet, dass die Gutachten "
    "„bewusst geschönt“ worden seien.\n"
    "\n"
    "Die Reaktionen im Netz waren gemischt. Ein Nutzer schrieb:\n"
    "\n"
    "„Endlich passiert etwas in dieser Stadt.“\n"
    "\n"
    "„Das Geld wäre in Schulen besser angelegt.“\n"
    "\n"
)


def test_direct_quote_with_cue_after_it() -> None:
    a = run(GERMAN)
    att = by_message(a, "Die Brücke ist nicht mehr zu retten")
    assert att.kind == "direct"
    assert att.cue is not None and att.cue.text == "sagte"
    assert [s.text for s in att.speakers] == ["Bürgermeisterin Anna Keller"]
    assert att.message.text == "Die Brücke ist nicht mehr zu retten"
    assert source_of(a, att).type == "politician"


def test_indirect_speech_with_konjunktiv_and_continuation() -> None:
    a = run(GERMAN)
    first = by_message(a, "man habe die Pläne geprüft")
    assert first.kind == "indirect" and first.mood == "subj1"
    assert first.speakers[0].text == "Ein Sprecher des Verkehrsministeriums"
    later = by_message(a, "Der Bund werde sich beteiligen")
    assert later.kind == "indirect" and later.cue is None
    assert later.continues == first.id and later.mood == "subj1"
    assert later.source == first.source
    assert source_of(a, first).type == "official"


def test_zu_infinitive_and_pronoun_resolved_to_previous_speaker() -> None:
    a = run(GERMAN)
    att = by_message(a, "einen Neubau auszuschreiben")
    assert att.speakers[0].text == "Sie"
    keller = by_message(a, "Die Brücke ist nicht mehr zu retten")
    assert att.source == keller.source
    assert "Anna Keller" in source_of(a, att).name


@pytest.mark.parametrize(
    ("fragment", "speaker", "cue", "kind"),
    [
        ("gab es bei der Demonstration keine Verletzten", "Polizei", "official", "laut"),
        ("kamen 3000 Menschen", "der Veranstalter", "other", "source_noun"),
        ("wurde die Kundgebung friedlich beendet", "Augenzeugen", "witness", "zufolge"),
    ],
)
def test_reported_sourcing(fragment: str, speaker: str, cue: str, kind: str) -> None:
    a = run(GERMAN)
    att = by_message(a, fragment)
    assert att.kind == "reported"
    assert att.speakers[0].text == speaker
    assert att.cue is not None and att.cue.type == kind
    assert source_of(a, att).type == cue


def test_so_cue_and_cognition_verb() -> None:
    a = run(GERMAN)
    quote = by_message(a, "Solche Projekte werden immer teurer")
    assert quote.kind == "direct" and quote.cue is not None and quote.cue.type == "so"
    assert quote.speakers[0].text == "Brandt"
    belief = by_message(a, "dass die Kosten steigen werden")
    assert belief.kind == "indirect" and belief.cue.type == "cognition_verb"
    assert source_of(a, belief).type == "expert"


def test_possessive_speaker_resolves_to_antecedent_group() -> None:
    a = run(GERMAN)
    report = by_message(a, "dass die Brücke seit Wochen gesperrt sei")
    opinion = by_message(a, "habe die Stadt zu lange gewartet")
    assert opinion.speakers[0].text == "Ihrer" and opinion.mood == "subj1"
    assert opinion.source == report.source
    assert source_of(a, report).name == "Mehrere Anwohner"
    assert source_of(a, report).type == "witness"
    assert source_of(a, report).statements == 2


def test_partial_quote_and_passive_on_an_account() -> None:
    a = run(GERMAN)
    att = by_message(a, "bewusst geschönt")
    assert att.kind == "partial"
    assert att.speakers[0].text.endswith("@rettetdiebruecke")
    src = source_of(a, att)
    assert src.type == "social_media" and src.named


def test_quotes_in_the_blocks_after_a_colon_belong_to_the_introducer() -> None:
    a = run(GERMAN)
    first = by_message(a, "Endlich passiert etwas")
    second = by_message(a, "Das Geld wäre in Schulen")
    assert first.kind == second.kind == "direct"
    assert first.speakers[0].text == "Ein Nutzer"
    assert second.continues == first.id
    assert second.source == first.source
    assert source_of(a, first).type == "anonymous"
    assert not source_of(a, first).named


def test_every_span_round_trips() -> None:
    a = run(GERMAN)
    a.check_spans()
    for att in a.attributions:
        assert a.text[att.start : att.end] == att.text
        assert att.start <= att.message.start and att.message.end <= att.end


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("„Wir bleiben“, sagte die Ministerin.", "Wir bleiben"),
        ("“Wir bleiben hier”, sagte die Ministerin.", "Wir bleiben hier"),
        ("»Wir bleiben hier«, sagte die Ministerin.", "Wir bleiben hier"),
        ("«Wir bleiben hier», sagte die Ministerin.", "Wir bleiben hier"),
        ('"Wir bleiben hier", sagte die Ministerin.', "Wir bleiben hier"),
        ("'Wir bleiben hier', sagte die Ministerin.", "Wir bleiben hier"),
        ("Die Ministerin sagte: „Wir bleiben hier.“", "Wir bleiben hier."),
    ],
)
def test_every_quote_style(text: str, message: str) -> None:
    a = run("Überschrift\n\n" + text)
    att = by_message(a, message)
    assert att.message.text == message
    assert att.kind in ("direct", "partial")
    assert att.speakers[0].text.lower() == "die ministerin"


def test_quote_over_two_paragraphs() -> None:
    text = (
        "Überschrift\n\nDer Trainer sagte: „Wir haben heute schlecht gespielt. Das weiß jeder.\n\n"
        "„Nächste Woche wird es besser, das verspreche ich.“\n\nDanach ging er."
    )
    a = run(text)
    att = by_message(a, "Wir haben heute schlecht gespielt")
    assert "Nächste Woche wird es besser" in att.message.text
    assert att.kind == "direct" and att.speakers[0].text == "Der Trainer"


def test_scare_quotes_are_not_attributions() -> None:
    a = run("Überschrift\n\nDas sogenannte „Sondervermögen“ wächst weiter. Es bleibt knapp.")
    assert a.attributions == []


def test_quote_marks_pairing() -> None:
    text = "Er sagte: \"Unser Motto: 'Keiner bleibt zurück'.\" Putins' Leute geht's gut."
    quotes = find_quotes(text)
    outer = [q for q in quotes if q.depth == 0]
    assert len(outer) == 1 and text[outer[0].inner_start : outer[0].inner_end].startswith("Unser")
    assert [text[q.start : q.end] for q in quotes if q.depth == 1] == ["'Keiner bleibt zurück'"]


ENGLISH = (
    "Port strike deepens\n"
    "\n"
    "Union leaders said the walkout would continue until the company returned to "
    'talks. "We are not going anywhere," said Mark Dean, the union\'s regional '
    "secretary.\n"
    "\n"
    "According to the harbour authority, 23 ships were waiting offshore. A "
    "spokesperson for Northgate Terminals told reporters that no decision had been "
    "taken.\n"
    "\n"
)


def test_english_attributions() -> None:
    a = run(ENGLISH, "en")
    walkout = by_message(a, "the walkout would continue")
    assert walkout.kind == "indirect" and walkout.speakers[0].text == "Union leaders"
    quote = by_message(a, "We are not going anywhere")
    assert quote.kind == "direct" and quote.speakers[0].text.startswith("Mark Dean")
    ships = by_message(a, "23 ships were waiting offshore")
    assert ships.kind == "reported" and ships.cue.type == "according_to"
    assert source_of(a, ships).type == "official"
    told = by_message(a, "no decision had been taken")
    assert told.speakers[0].text.startswith("A spokesperson for Northgate")
    assert source_of(a, told).type == "official"


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Nur ein Wort."])
def test_degenerate_input(text: str) -> None:
    a = analyze_text(text or " ", only=["sources"]) if text.strip() else None
    if a is not None:
        assert a.attributions == [] and a.sources == []


def test_bare_quantifier_source_is_named_after_its_group() -> None:
    analysis = run(
        "Im Netz ist die Empörung groß. Viele Leser äußern sich fassungslos, einige sehen "
        "darin ein schlechtes Zeichen: „Das ist das Ende der Station.“"
    )
    names = [s.name for s in analysis.sources]
    assert "einige (Leser)" in names, names
    group = next(s for s in analysis.sources if s.name == "einige (Leser)")
    assert group.type.value == "anonymous" and not group.named
