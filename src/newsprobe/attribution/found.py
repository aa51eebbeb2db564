"""What the attribution rules find, before it becomes :class:`newsprobe.model.Attribution`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from newsprobe.attribution.view import Tok


class Phrases(Protocol):
    """What reads a speaker noun phrase (the sentence rules)."""

    def _speaker_span(self, toks: list[Tok], np: tuple[int, int]) -> tuple[int, int]: ...

    def _heads(self, toks: list[Tok], np: tuple[int, int]) -> list[tuple[int, int]]: ...

    def _anaphoric(self, toks: list[Tok], np: tuple[int, int]) -> bool: ...


def said_by(
    rules: Phrases, toks: list[Tok], np: tuple[int, int], anaphoric: bool | None = None
) -> dict[str, Any]:
    """The speaker fields of a :class:`Found` whose speaker is the noun phrase ``np``
    (tokens ``np[0]:np[1]``): its span, its head words, and whether it is a pronoun to
    resolve (read from the phrase unless ``anaphoric`` is given)."""
    return {
        "speakers": [rules._speaker_span(toks, np)],
        "heads": rules._heads(toks, np),
        "anaphoric": rules._anaphoric(toks, np) if anaphoric is None else anaphoric,
    }


def word_cue(
    sentence: int,
    cue: tuple[int, int, str, str | None],
    said: tuple[str, tuple[int, int], int | None],
    mood: str | None,
    speaker: dict[str, Any],
) -> Found:
    """A statement of one sentence framed by a cue word that no verb rule reads (a noun
    before a colon, a stance adjective, "laut werden"): ``said`` is the (kind, message span,
    quote) of what it frames, ``speaker`` the speaker fields (:func:`said_by`, or none)."""
    kind, message, qid = said
    return Found(
        kind=kind,
        sentence=sentence,
        message=message,
        cue=cue,
        quote=qid,
        mood=mood,
        confidence=0.6 if speaker else 0.5,
        sentences={sentence},
        **speaker,
    )


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

    def extent(self) -> tuple[int, int]:
        """Where the statement starts and ends: over its message, speakers and cue."""
        start, end = self.message
        for a, b in self.speakers:
            if a < start:
                start = a
            if b > end:
                end = b
        if self.cue is not None:
            start, end = min(start, self.cue[0]), max(end, self.cue[1])
        return start, end

    @property
    def start(self) -> int:
        return self.extent()[0]

    @property
    def end(self) -> int:
        return self.extent()[1]
