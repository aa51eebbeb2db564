"""A stance adjective closing a sentence as its frame: "Die Jäger haben die Tiere getötet,
ist sich Frey sicher.", "Das wird nicht reichen, sind sich die Experten einig.", "Die
Reform kommt, ist der Minister überzeugt."

After a main clause and a comma, a frame opens with the copula ("ist", "war", "bleibt":
the lexicon's ``adjective_verbs``), an optional "sich" and the speaker, and ends the
sentence with a stance adjective of the lexicon (``clause_nouns.adjectives``: sicher,
überzeugt, zuversichtlich, einig …).  The clause before the frame is the statement, the
adjective the cue, the phrase between its speaker.  "zeigte sich X überzeugt" is a verb
cue of its own (:meth:`VerbFrames._shows_feeling`); an adjective with its content after
it ("Sie ist sicher, dass …") is :meth:`NounCues._noun_clauses`'.

A mixin of :class:`newsprobe.attribution.cues.SentenceRules`."""

from __future__ import annotations

from newsprobe.attribution.clauses import Context, content_end, main_finite, message_mood
from newsprobe.attribution.found import Found, said_by, word_cue
from newsprobe.attribution.lexicon import CueLexicon
from newsprobe.attribution.phrases import np_right
from newsprobe.attribution.view import Sent


class StanceFrames:
    ctx: Context
    lex: CueLexicon
    de: bool

    def _stance_frame(self, sent: Sent) -> Found | None:
        """The statement a closing "…, ist sich X sicher." frames (see the module doc)."""
        toks = sent.toks
        last = content_end(toks)
        if last < 6:
            return None
        adjective = toks[last - 1]
        if adjective.low not in self.lex.clause_adjectives or adjective.quote is not None:
            return None
        comma = next((k for k in range(last - 2, 0, -1) if toks[k].text in (",", ";", ":")), None)
        if comma is None or toks[comma].text != "," or comma + 2 >= last - 1:
            return None
        verb = toks[comma + 1]
        if verb.tag != "VFIN" or verb.lemma not in self.lex.adjective_verbs:
            return None
        start = comma + 2
        if toks[start].low == "sich":
            start += 1
        np = np_right(toks, start, self.lex)
        if np is None or np[0] != start or np[1] != last - 1 or not self._can_speak(toks, np):
            return None
        first = self._skip_conj(toks, 0)
        if main_finite(toks, first, comma) is None:
            return None
        said = self._message(toks, first, comma)
        if said[1][1] <= said[1][0]:
            return None
        cue = (adjective.start, adjective.end, "speech_noun", adjective.text)
        mood = message_mood(toks, first, comma)
        return word_cue(sent.id, cue, said, mood, said_by(self, toks, np))
