"""Speech nouns that "become loud": "Vorwürfe werden laut, dass …", "Erneut wurden
Forderungen laut, die Vereine müssten …", "Kritik wurde laut, die Regierung habe …".

A speech or thought noun as the subject of "laut werden" followed by its content clause (a
dass/ob/wonach clause, a Konjunktiv clause with its verb second, a zu-infinitive) is an
indirect statement with no named speaker: "laut" and the form of "werden" are the cue (as
the news corpus marks it; "laut" alone where the noun stands between), the statement is
the clause.  A speaker is read off a "von"
phrase or genitive after the noun where there is one ("Kritik von der Opposition wurde
laut, …").  Without a content clause ("Kritik wurde laut.") nothing is said, and "laut"
as a preposition ("laut Polizei") is another rule's.

A mixin of :class:`newsprobe.attribution.cues.SentenceRules`."""

from __future__ import annotations

from newsprobe.attribution.clauses import (
    CONTENT_CLAUSE_OPENERS,
    WERDEN,
    Context,
    clause_end,
    content_end,
    message_mood,
)
from newsprobe.attribution.found import Found, said_by, word_cue
from newsprobe.attribution.lexicon import CueLexicon
from newsprobe.attribution.view import Sent, Tok

#: Nouns of voices raised that the clause-noun lexicon does not hold.
_VOICES = frozenset(["Stimmen", "Rufe", "Ruf", "Proteste", "Spekulationen", "Sorgen"])


class VoicedNouns:
    ctx: Context
    lex: CueLexicon
    de: bool

    def _became_loud(self, sent: Sent, taken: set[int]) -> list[Found]:
        """Statements framed by a speech noun that "became loud" (see the module doc)."""
        toks = sent.toks
        last = content_end(toks)
        out: list[Found] = []
        for t in toks:
            # (the tagger reads every "laut" as the preposition; one before a comma governs
            # nothing)
            if (
                t.low != "laut"
                or t.quote is not None
                or t.i in taken
                or t.i + 2 >= last
                or toks[t.i + 1].text != ","
            ):
                continue
            start = t.i
            while start > 0 and toks[start - 1].text not in (",", ";", ":"):
                start -= 1
            werden = [x for x in toks[start : t.i] if x.low in WERDEN or x.lemma == "werden"]
            noun = next(
                (
                    x
                    for x in toks[start : t.i]
                    if x.tag == "NOUN" and (x.text in self.lex.clause_nouns or x.text in _VOICES)
                ),
                None,
            )
            if not werden or noun is None:
                continue
            body = t.i + 2
            if toks[body].low in CONTENT_CLAUSE_OPENERS:
                end: int | None = clause_end(toks, body, last)
            else:
                end = self._clause_after_noun(toks, body, last)
            if end is None or end <= body:
                continue
            said = self._message(toks, body, end)
            if said[1][1] <= said[1][0]:
                continue
            np = self._owner(toks, noun, t.i)
            # "werden laut" where the two stand together, else "laut" alone: the noun
            # between ("wurden Vorwürfe laut") is no part of the cue
            cue_start = toks[t.i - 1].start if toks[t.i - 1] in werden else t.start
            cue = (cue_start, t.end, "speech_noun", "laut werden")
            speaker = said_by(self, toks, np) if np is not None else {}
            out.append(word_cue(sent.id, cue, said, message_mood(toks, body, end), speaker))
        return out

    def _owner(self, toks: list[Tok], noun: Tok, end: int) -> tuple[int, int] | None:
        """A "von"/"aus" phrase or a genitive right after the noun, up to the "laut"
        (``end``) or the form of "werden": whose the voices are; None without one."""
        k = noun.i + 1
        if k >= end or toks[k].low not in ("von", "vom", "aus", "der", "des"):
            return None
        first = k + 1 if toks[k].low in ("von", "vom", "aus") else k
        stop = first
        while stop < end and toks[stop].tag in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            stop += 1
        if stop == first or not any(x.tag in ("NOUN", "PROPN") for x in toks[first:stop]):
            return None
        return (first, stop)
