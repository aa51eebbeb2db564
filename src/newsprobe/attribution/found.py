"""What the attribution rules find, before it becomes :class:`newsprobe.model.Attribution`."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Found:
    """One attributed statement as found by the rules (offsets into Analysis.text)."""

    kind: str  # direct, partial, indirect, reported, mixed
    sentence: int  # the sentence holding the cue (or the statement, without a cue)
    message: tuple[int, int]
    cue: tuple[int, int, str, str | None] | None = None  # start, end, type, lemma
    speakers: list[tuple[int, int]] = field(default_factory=list)
    #: The speaker is a pronoun or possessive to be resolved ("er", "Ihrer Meinung nach").
    anaphoric: bool = False
    #: Resolved antecedent of an anaphoric speaker (a span in the text), when found.
    antecedent: tuple[int, int] | None = None
    #: Char span of the speaker phrase's head word (for entity linking and typing).
    heads: list[tuple[int, int]] = field(default_factory=list)
    quote: int | None = None  # index of the quote used as the message (direct)
    mood: str | None = None
    confidence: float = 0.8
    #: The attribution this one carries on (a Konjunktiv sentence, a quote in a list).
    parent: Found | None = None
    #: Entity id of the speaker, once resolved.
    entity: int | None = None
    sentences: set[int] = field(default_factory=set)

    @property
    def start(self) -> int:
        points = [self.message[0]] + [s[0] for s in self.speakers]
        if self.cue is not None:
            points.append(self.cue[0])
        return min(points)

    @property
    def end(self) -> int:
        points = [self.message[1]] + [s[1] for s in self.speakers]
        if self.cue is not None:
            points.append(self.cue[1])
        return max(points)
