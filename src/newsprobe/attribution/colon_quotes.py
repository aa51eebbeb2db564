"""A quote after a colon whose clause names no cue verb: "Die Firma hält die Kritik für
ungerechtfertigt: „…“", "Die Sängerin Nina Berg zur neuen Heimat: „…“", "Der Verband erhob
schwere Vorwürfe gegen die Regierung: „…“".  The subject of the clause before the colon (or
the phrase opening a verbless frame) is the speaker when it can speak; there is no cue.  The
colon ends the sentence before the quote's block (:func:`colon_frame`, moved out of
quotes.py as it was) or stands inside the quote's own sentence (:func:`framed_after_colon`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprobe.attribution.continuations import main_verb
from newsprobe.attribution.found import Found, said_by
from newsprobe.attribution.phrases import np_right
from newsprobe.attribution.view import Sent

if TYPE_CHECKING:
    from newsprobe.attribution.cues import SentenceRules


def framed_after_colon(sent: Sent, qid: int, rules: SentenceRules) -> Found | None:
    """The frame of quote ``qid`` that follows a colon in its own sentence and runs to the
    sentence's end ("X blieb gelassen: „…“."): the clause before the colon, read as
    :func:`colon_frame` reads a sentence ending in one; None elsewhere."""
    toks = sent.toks
    inside = [k for k, t in enumerate(toks) if t.quote == qid]
    if not inside or inside[0] < 3:
        return None
    colon = inside[0] - 1
    if toks[colon].text != ":" or any(t.quote is not None for t in toks[:colon]):
        return None
    if any(t.tag != "PUNCT" for t in toks[inside[-1] + 1 :]):
        return None  # words after the quote: another frame ("…: „…“, sagte er")
    head = Sent(id=sent.id, block=sent.block, start=sent.start, end=toks[colon].end)
    head.toks = toks[: colon + 1]
    if rules.introduction(head) is not None:
        return None  # a cue verb before the colon is the cue rules' ("sagte:")
    return colon_frame(head, rules)


def colon_frame(sent: Sent, rules: SentenceRules) -> Found | None:
    """A sentence ending in a colon with no cue verb that a quote follows: "Die Firma hält
    die Kritik für ungerechtfertigt: „…“", "Die Sängerin Nina Berg zur neuen Heimat: „…“".
    The subject of its main clause, or the phrase that opens a frame without a verb (a
    prepositional phrase after it), is the speaker when it can speak; there is no cue.  The
    message is left empty for the caller to fill (as :meth:`introduction` does)."""
    if not rules.de:
        return None
    toks = [t for t in sent.toks if t.quote is None]
    if len(toks) < 3:
        return None
    end = len(toks) - 1  # the colon
    verb = main_verb(toks)
    if verb is not None:
        np = rules._subject(toks, 0, end, verb, verb)
    else:
        np = np_right(toks, 0, rules.lex)
        if np is None or not all(
            t.tag in ("ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM") for t in toks[np[1] : end]
        ):
            return None
        if np[1] < end and toks[np[1]].tag != "ADP":
            return None  # "Ein Hauptkommissar nach der Festnahme:": a phrase after it
    if np is None or not rules._can_speak(toks, np):
        return None
    return Found(
        kind="direct",
        sentence=sent.id,
        message=(0, 0),
        **said_by(rules, toks, np),
        confidence=0.6,
        sentences={sent.id},
    )
