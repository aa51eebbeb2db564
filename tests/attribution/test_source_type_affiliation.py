"""Source types of bare role nouns that speak for a body (issue #15): "eine Sprecherin",
"der Generalsekretär der Partei" take the kind of the organisation the speaker resolution
linked them to; a role noun of a kind of its own ("ein Experte der Bank") keeps it, and a
body's circles ("Parteikreise") stay anonymous.  Every
row fails with its mechanism off."""

from __future__ import annotations

import pytest
from attribution_texts import run_body

CASES = [
    # the role found elsewhere ("Sprecherin") does not outrank the body it speaks for
    (
        "company spokesperson resolved from the sentence before",
        "Siemens streicht 2000 Stellen. Eine Sprecherin sagte, der Umbau sei nötig.",
        "Sprecherin",
        "other",
        "speaks for Siemens",
    ),
    (
        "company spokesperson of a described body",
        "Die Deutsche Bank meldet Verluste. Ein Sprecher der Bank sagte, die Lage sei ernst.",
        "Sprecher",
        "other",
        "speaks for",
    ),
    (
        "party secretary general",
        "Die ÖVP lehnt den Vorschlag ab. Der Generalsekretär der Partei sagte, das komme "
        "nicht in Frage.",
        "Generalsekretär",
        "politician",
        "speaks for",
    ),
    # circles of a body are no one of it who is named: still anonymous sourcing
    (
        "party circles stay anonymous",
        "Die SPD berät über den Kandidaten. In Parteikreisen hieß es, die Wahl falle auf Müller.",
        "Parteikreisen",
        "anonymous",
        "unnamed or vague source",
    ),
    (
        "government circles stay anonymous",
        "Die Regierung berät über das Budget. Regierungskreise sagten, die Einigung stehe bevor.",
        "Regierungskreise",
        "anonymous",
        "unnamed or vague source",
    ),
    # a role noun that fixes a kind of its own is not the body's kind
    (
        "expert of a company keeps expert",
        "Die Deutsche Bank meldet Verluste. Ein Experte der Bank sagte, die Lage sei ernst.",
        "Experte",
        "expert",
        "head noun 'Experte'",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "word", "kind", "reason"), CASES, ids=[c[0] for c in CASES]
)
def test_type_by_affiliation(name: str, text: str, word: str, kind: str, reason: str) -> None:
    analysis = run_body(text)
    found = [s for s in analysis.sources if word in s.name]
    assert found, [(s.name, s.type.value) for s in analysis.sources]
    source = found[0]
    assert (source.type.value, reason in source.reason) == (kind, True), source.reason
