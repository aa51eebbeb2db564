"""An expletive "es" before the verb holds the place of the subject that follows the verb:
"Es ziehen 47 Prozent der Befragten den Schluss, …", "Es warnen Experten davor, …".  The
speaker is that subject, where it can speak (or counts a group: "47 Prozent der
Befragten", "viele Ärzte"); an "es" that stands for a thing ("Es zeigt die Probleme") keeps
its object after the verb.  Used by :class:`newsprobe.attribution.speakers.SpeakerPhrases`."""

from __future__ import annotations

from collections.abc import Callable

from newsprobe.attribution.clauses import NOT_NOMINATIVE
from newsprobe.attribution.lexicon import CueLexicon
from newsprobe.attribution.phrases import QUANTIFIERS, np_right
from newsprobe.attribution.view import Tok

Span = tuple[int, int]


def postponed_subject(
    toks: list[Tok],
    found: Span,
    verb: int,
    end: int,
    lex: CueLexicon,
    can_speak: Callable[[list[Tok], Span], bool],
) -> Span | None:
    """The subject after the finite verb at ``verb`` (before ``end``, the clause's end)
    where ``found``, the phrase before the verb, is an expletive "es"; else None."""
    if lex.lang != "de" or found[1] - found[0] != 1 or toks[found[0]].low != "es":
        return None
    j = verb + 1
    while j < end and toks[j].tag == "ADV":
        j += 1
    after = np_right(toks, j, lex) if j < end else None
    if after is None and j + 3 < end and toks[j].tag == "NUM" and toks[j + 2].low == "der":
        # "47 Prozent der Befragten" (the chunker takes no "Prozent" as a speaker)
        group = np_right(toks, j + 2, lex, attach=False, coordinate=False)
        after = (j, group[1]) if group is not None else None
    if after is None or toks[j].low in NOT_NOMINATIVE:
        return None
    counted = toks[j].tag == "NUM" or toks[j].low in QUANTIFIERS
    return after if counted or can_speak(toks, after) else None
