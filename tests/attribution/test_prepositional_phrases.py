"""Cues found in this round (issue 15, cue recall on news), each by its mechanism, on texts
written here — with the look-alikes that must stay unattributed."""

from __future__ import annotations

from newsprobe import Analysis
from newsprobe.api import analyze_text

_CACHE: dict[str, Analysis] = {}


def run(body: str) -> Analysis:
    text = "Überschrift\n\n" + body
    if text not in _CACHE:
        _CACHE[text] = analyze_text(text, lang="de", only=["sources"])
    return _CACHE[text]


def find(analysis: Analysis, fragment: str):
    found = [a for a in analysis.attributions if fragment in a.message.text]
    assert found, f"no attribution with {fragment!r}: " + repr(
        [(a.kind.value, a.message.text) for a in analysis.attributions]
    )
    return found[0]


def speaker(analysis: Analysis, fragment: str) -> str:
    att = find(analysis, fragment)
    return att.speakers[0].text if att.speakers else ""


def none_with(analysis: Analysis, fragment: str) -> bool:
    return not any(fragment in a.message.text for a in analysis.attributions)


def test_zufolge_message_leaves_the_source_phrase_out() -> None:
    a = run("Den Angaben des Wetterdienstes zufolge lag das Zentrum des Sturms über dem Meer.")
    att = find(a, "lag das Zentrum")
    assert att.message.text.startswith("lag das Zentrum")
    assert speaker(a, "lag das Zentrum") == "des Wetterdienstes"
