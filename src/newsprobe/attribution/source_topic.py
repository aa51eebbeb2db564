"""Typing from what the article is about: in a report on research (researchers, a study,
a journal, a university named several times), a named person the article gives no role is
most likely one of the researchers it reports on ("Thomas Südhof … sagt er"), so expert.

Only persons typed "named person without a known role" are touched, and only where the
article's own words make it a research report: at least :data:`MIN_MARKERS` research words
of at least :data:`MIN_KINDS` kinds, researchers among them, named twice or beside a
publication."""

from __future__ import annotations

from newsprobe.attribution.source_types import Typing
from newsprobe.model import Analysis, Entity, EntityType, SourceType

#: Word stems (lower case, matched at a word's start or end) by kind of research marker.
_MARKERS: dict[str, tuple[str, ...]] = {
    "researcher": (
        "forscher", "wissenschafter", "wissenschaftler", "biologe", "biologin", "physiker",
        "chemiker", "mediziner", "astronom", "archäologe", "archäologin", "paläontologe",
        "genetiker", "neurowissenschaft", "researcher", "scientist",
    ),
    "place": (
        "universität", "university", "hochschule", "forschungsinstitut", "max-planck",
        "labor", "sternwarte", "klinik", "college", "institut",
    ),
    "publication": (
        "fachjournal", "fachblatt", "fachmagazin", "fachzeitschrift", "journal", "nature",
        "science", "plos", "lancet",
    ),
    "study": ("studie", "untersuchung", "experiment", "probanden", "forschung", "study"),
}  # fmt: skip
MIN_MARKERS = 4
MIN_KINDS = 2
_KEY = "source_topic.research"


def is_research_report(analysis: Analysis) -> bool:
    """Whether the article reports on research (memoised per analysis)."""
    cached = analysis._scratch.get(_KEY)
    if cached is not None:
        return bool(cached)
    hits: dict[str, int] = {}
    for tok in analysis.tokens:
        low = tok.text.lower()
        if len(low) < 4 or not tok.text[:1].isupper():
            continue
        for kind, stems in _MARKERS.items():
            if any(low.startswith(s) or low.endswith(s) for s in stems):
                hits[kind] = hits.get(kind, 0) + 1
                break
    # researchers named more than once, or published: one "Mediziner" beside "Instituten"
    # and "Untersuchungen" is a report on health care, not on research
    researchers = hits.get("researcher", 0) >= 2 or ("researcher" in hits and "publication" in hits)
    found = sum(hits.values()) >= MIN_MARKERS and len(hits) >= MIN_KINDS and researchers
    analysis._scratch[_KEY] = found
    return found


def by_topic(typing: Typing, analysis: Analysis, entity: Entity | None) -> Typing:
    """A named person without a known role in a research report is typed expert."""
    if entity is None or entity.type != EntityType.PER:
        return typing
    if typing.type != SourceType.OTHER or not typing.reason.startswith("named person without"):
        return typing
    if not is_research_report(analysis):
        return typing
    return Typing(
        SourceType.EXPERT, True, "named person without a role in a research report", typing.kb_id
    )
