"""What the attribution tests share: one analysis per text (cached, since many tests ask
about the same text) and the statement whose message holds a fragment."""

from __future__ import annotations

from newsprobe import Analysis
from newsprobe.api import analyze_text
from newsprobe.attribution.lexicon import sources
from newsprobe.attribution.person_roles import role_type
from newsprobe.model import Attribution, Source, Speaker

_BODIES: dict[str, Analysis] = {}
_TEXTS: dict[str, Analysis] = {}


def run_body(body: str) -> Analysis:
    """The layers up to sources over a body under a stand-in headline."""
    text = "Überschrift\n\n" + body
    if text not in _BODIES:
        _BODIES[text] = analyze_text(text, lang="de", only=["sources"])
    return _BODIES[text]


def run_text(text: str) -> Analysis:
    """The whole pipeline over a text as it stands."""
    if text not in _TEXTS:
        _TEXTS[text] = analyze_text(text, lang="de")
    return _TEXTS[text]


def find(analysis: Analysis, fragment: str) -> Attribution:
    found = [a for a in analysis.attributions if fragment in a.message.text]
    assert found, f"no attribution with {fragment!r}: " + repr(
        [(a.kind.value, a.message.text) for a in analysis.attributions]
    )
    return found[0]


def source_of(analysis: Analysis, fragment: str) -> Source:
    """The source of the statement holding ``fragment``, or of the one it continues."""
    att = find(analysis, fragment)
    while att.source is None and att.continues is not None:
        att = analysis.attributions[att.continues]
    assert att.source is not None, att
    return analysis.sources[att.source]


def speaker(analysis: Analysis, fragment: str) -> str:
    att = find(analysis, fragment)
    return att.speakers[0].text if att.speakers else ""


def resolved_speaker(text: str, fragment: str) -> Speaker:
    """The resolved speaker of the statement holding ``fragment`` in the whole pipeline's
    analysis of ``text`` (it must have one)."""
    att = find(run_text(text), fragment)
    assert att.speaker is not None, att.message.text
    return att.speaker


def none_with(analysis: Analysis, fragment: str) -> bool:
    return not any(fragment in a.message.text for a in analysis.attributions)


def by_cue(body: str, cue: str) -> Attribution:
    """The first attribution of ``body`` whose cue is ``cue``."""
    analysis = run_body(body)
    for a in analysis.attributions:
        if a.cue is not None and a.cue.text == cue:
            return a
    raise AssertionError(f"no {cue!r} cue: {[a.cue for a in analysis.attributions]}")


def speaker_at_cue(body: str, cue: str) -> str:
    """The first speaker's text of the attribution whose cue is ``cue`` ("" if it has none)."""
    a = by_cue(body, cue)
    return a.speakers[0].text if a.speakers else ""


def statements(body: str) -> list[tuple[str, str, list[str]]]:
    """(cue, message, speaker phrases) of every statement in ``body`` (under a headline)."""
    return [
        (a.cue.text if a.cue else "", a.message.text, [s.text for s in a.speakers])
        for a in run_body(body).attributions
    ]


def role_kind(role: str, local: dict[str, str] | None = None) -> str | None:
    """The source type a German role noun gives (``person_roles.role_type``), or None."""
    found = role_type(role, sources("de"), local)
    return found[0] if found is not None else None
