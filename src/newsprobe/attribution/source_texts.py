"""A body that speaks only through its research or data is a document source.

"laut einer Umfrage des Markit-Instituts", "Das zeigt eine Studie des Internationalen
Instituts für Angewandte Systemanalyse", "Die Daten stammen aus Zahlen der Polizei",
"wonach die DIW-Studie …": the speaker phrase names the body, but what the statement rests
on is a study, survey or set of figures — a paper the reader can look up, not a
voice.  The scheme types such statements ``document`` (studies, surveys, data), whoever
made the paper.  A body's own words through a paper stay the body's ("einer
Pressemitteilung der ALA", "nach Angaben der Polizei"): statements, releases and letters are
no research.  Media reports stay media ("laut einem Bericht der „Times“"), and a person is
left alone (the person is the researcher, typed by the role)."""

from __future__ import annotations

import re

from newsprobe.attribution.source_types import Typing
from newsprobe.model import Analysis, Entity, EntityType, SourceType

#: Stems of research and data texts (with their plural and genitive forms by the pattern).
#: Not "Bericht": a body's report is its account ("laut dem BWB-Bericht" of the competition
#: authority is the authority's finding), as its press release is its statement.
_TEXTS = (
    "studie", "umfrage", "befragung", "erhebung", "untersuchung", "analyse", "statistik",
    "zahlen", "daten", "prognose", "gutachten", "auswertung", "hochrechnung", "messung",
)  # fmt: skip
_TEXT = "(?:" + "|".join(_TEXTS) + r")\w{0,3}"
#: "<Studie> des/der/von <speaker>": a text whose genitive or "von" is the speaker phrase.
_OF = re.compile(rf"(?i)\b({_TEXT})\s+(?:des|der|vom|von(?:\s+der|\s+dem)?)\s")
#: Texts a closed compound may end in ("Mobilitätsstudie", "Verkehrsanalyse"); not
#: "-daten" or "-zahlen", whose tails end other words ("Kandidaten", "Soldaten").
_CLOSED = tuple(t for t in _TEXTS if t not in ("zahlen", "daten", "messung"))
#: "DIW-Studie", "Markit-Umfrage", "Mobilitätsstudie": a compound that ends in the text.
_COMPOUND = re.compile(
    rf"(?i)^(?:\S+-{_TEXT}|\w{{3,}}(?:" + "|".join(_CLOSED) + r")(?:e|en|es|s|n)?)$"
)
_KINDS = frozenset(
    [SourceType.OFFICIAL, SourceType.EXPERT, SourceType.OTHER, SourceType.POLITICIAN]
)


def by_research_text(
    typing: Typing, analysis: Analysis, entity: Entity | None, statements: list[int]
) -> Typing:
    """``document`` for a body every statement of which rests on its research or data."""
    if typing.type not in _KINDS or not statements:
        return typing
    if entity is not None and entity.type == EntityType.PER:
        return typing
    text = analysis.text
    found = ""
    for aid in statements:
        att = analysis.attributions[aid]
        why = _text_of(att.cue.text if att.cue is not None else "", text, att.speakers)
        if why is None:
            return typing
        found = found or why
    return Typing(
        SourceType.DOCUMENT, typing.named, f"speaks through its {found} (document)", typing.kb_id
    )


def _text_of(cue: str, text: str, speakers: list) -> str | None:  # type: ignore[type-arg]
    """The research text a statement rests on: its noun cue ("aus einer Umfrage"), the noun
    before its speaker's genitive ("Studie des …", in the phrase or before it) or the speaker
    phrase's compound ("DIW-Studie")."""
    last = cue.split()[-1] if cue.split() else ""
    if last[:1].isupper() and (re.fullmatch(_TEXT, last, re.IGNORECASE) or _COMPOUND.match(last)):
        return last
    for span in speakers[:1]:
        phrase = text[span.start : span.end]
        words = [w.strip('„“"(),') for w in phrase.split()]
        words = [w for w in words if w.lower() not in _DETERMINERS] or words
        if words and _COMPOUND.match(words[0]) and words[0][:1].isupper():
            return words[0]
        before = text[max(0, span.start - 60) : span.start]
        for found in _OF.finditer(before + phrase):
            if found.end() >= len(before):  # its genitive is the speaker's
                return found.group(1)
    return None


#: Determiners a speaker phrase may open with.
_DETERMINERS = frozenset(
    ["der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines"]
)
