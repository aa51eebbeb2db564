"""What a verb cue's clause looks like around it: "sich zeigen" with a feeling, a "wie"
frame, whether an object narrates a speech act, an expletive "es", a demonstrative object
fronted after a comma, a quote before the frame, a bare frame ("Ich glaube"), a quote
closing the sentence, an object that tells what a narrated act was about.

A mixin of :class:`newsprobe.attribution.cues.SentenceRules` (through
:class:`newsprobe.attribution.verb_cues.VerbCues`); moved out of verb_cues.py as is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprobe.attribution.clauses import (
    NOT_NOMINATIVE,
    NOT_SPEECH_OBJECTS,
    PARTICLES,
    Context,
    first_finite,
)
from newsprobe.attribution.cue_senses import quoted_subject
from newsprobe.attribution.english_cues import narrated_object
from newsprobe.attribution.lexicon import CueLexicon
from newsprobe.attribution.passive_acts import subject_before_aux
from newsprobe.attribution.view import Tok

_OBJECT_WORDS = frozenset(["alles", "das", "dies", "etwas", "nichts", "vieles", "manches", "all"])


class VerbFrames:
    ctx: Context
    lex: CueLexicon
    de: bool

    if TYPE_CHECKING:  # given by the other mixins of SentenceRules

        @staticmethod
        def _skip_conj(toks: list[Tok], k: int) -> int: ...

        def _verb_lemma(
            self, toks: list[Tok], t: Tok, *, any_particle: bool = False
        ) -> str | None: ...

        def _message(
            self, toks: list[Tok], a: int, b: int
        ) -> tuple[str, tuple[int, int], int | None]: ...

    @staticmethod
    def _shows_feeling(toks: list[Tok], t: Tok, cs: int, ce: int) -> bool:
        """ "X zeigte sich zufrieden/besorgt, dass …": "sich zeigen" with a predicative
        adjective or participle and a subject other than "es" says how someone feels about
        what follows ("es zeigte sich, dass …" is no one's statement)."""
        if any(x.low == "es" for x in toks[max(cs, t.i - 2) : min(ce, t.i + 3)]):
            return False
        after = [x for x in toks[cs:ce] if x.low == "sich"]
        if not after:
            return False
        return any(x.tag in ("ADJD", "VPP") for x in toks[after[0].i + 1 : ce] if x is not t)

    def _wie_frame(self, toks: list[Tok], cs: int, t: Tok) -> bool:
        """The cue's clause opens with "wie" ("wie X berichtet"), after any conjunction or
        quote mark; the tagger may call a clause-medial "wie" a conjunction."""
        k = cs
        while k < t.i and (toks[k].tag == "CONJ" or toks[k].is_mark):
            if toks[k].low in self.lex.wie:
                return True
            k += 1
        return k < t.i and toks[k].low in self.lex.wie

    def _narrates(self, toks: list[Tok], t: Tok, lemma: str, ctype: str, a: int, b: int) -> bool:
        """Whether a cue verb with an object (and no content clause) reports a speech or
        thought act: a speech verb that takes its topic as an object ("kündigte Reformen
        an"), a verb that does so only with its preposition ("sprach über die Lage", "bat
        um Geduld"), or a cognition verb with a plan or fear as its object ("erwägt
        Steuererhöhungen")."""
        lex = self.lex
        preps = lex.object_preps.get(lemma)
        if preps is not None:
            return any(x.low in preps and x.quote is None for x in toks[a:b])
        if ctype == "cognition_verb":
            return lemma in lex.thought_objects
        return lemma not in lex.clause_only or lemma in lex.object_ok

    def _es_is_subject(self, toks: list[Tok], cs: int, ce: int, t: Tok) -> bool:
        """ "heißt es", "es wird berichtet": an expletive "es" next to the verb."""
        for k in (t.i - 1, t.i + 1):
            if cs <= k < ce and toks[k].low == "es":
                return toks[t.i].lemma in self.lex.impersonal or t.tag == "VPP"
        return False

    def _fronted_back(self, toks: list[Tok], cs: int, t: Tok, ce: int, last: int) -> bool:
        """The cue's clause is "…, das/dies + verb + subject" closing the sentence."""
        return (
            self.de
            and cs >= 2
            and cs + 1 == t.i
            and t.tag == "VFIN"
            and ce >= last
            and toks[cs - 1].text == ","
            and toks[cs].low in self.lex.fronted_objects
            and toks[cs].tag in ("PRON", "REL", "DET")
            and not any(x.stts == "PTKNEG" for x in toks[t.i : ce])  # "das sagte er nicht"
        )

    def _quote_before_frame(self, toks: list[Tok], cs: int, t: Tok) -> int | None:
        """The quote a frame starting with its verb follows: "„…“, sagte er"."""
        if cs < 2 or self._skip_conj(toks, cs) != t.i or toks[cs - 1].text != ",":
            return None
        mark = toks[cs - 2]
        if mark.is_mark and mark.quote is not None and self.ctx.quotes[mark.quote].end == mark.end:
            return mark.quote
        return None

    def _bare_frame(self, toks: list[Tok], t: Tok, cs: int, ce: int) -> bool:
        """A frame with nothing but its subject, auxiliaries and adverbs: "Ich glaube",
        "Sie hat gesagt", "Der Minister erklärte am Montag" — no object the verb could be
        about instead of the clause after it, and not itself a subordinate clause."""
        if t.lemma not in self.lex.v2_verbs and self._verb_lemma(toks, t) not in self.lex.v2_verbs:
            return False
        first = self._skip_conj(toks, cs)
        for x in toks[cs:ce]:
            if x is t:
                continue
            if (x.quote is not None and not quoted_subject(self.lex, toks, first, x)) or (
                x.tag in ("SCONJ", "REL", "WH") and x.i != first
            ):
                return False
            if x.low in _OBJECT_WORDS or x.low in NOT_SPEECH_OBJECTS or x.low in NOT_NOMINATIVE:
                return False
        return True

    @staticmethod
    def _has_object(toks: list[Tok], a: int, b: int) -> bool:
        return any(x.low in _OBJECT_WORDS and x.tag in ("PRON", "DET") for x in toks[a:b])

    def _quote_ends_sentence(self, toks: list[Tok], k: int, last: int) -> bool:
        """The quote opening at token ``k`` runs to the end of the sentence (or beyond)."""
        qid = toks[k].quote
        rest = [x for x in toks[k:last] if x.quote != qid and x.tag != "PUNCT"]
        return not rest

    @staticmethod
    def _matrix_goes_on(toks: list[Tok], cs: int, k: int) -> bool:
        """The cue closes a relative clause and a finite verb follows its comma: the
        sentence the relative clause interrupted goes on ("Das Tief, das über der Bucht
        gestanden hatte, habe nun das Festland erreicht"), it is not what was said."""
        opens_relative = toks[cs].tag == "REL" or (
            toks[cs].tag == "ADP" and cs + 1 < len(toks) and toks[cs + 1].tag == "REL"
        )
        return opens_relative and cs > 0 and k < len(toks) and toks[k].tag == "VFIN"

    def _verb_first_after(self, toks: list[Tok], cs: int, k: int) -> bool:
        """German: the cue's clause is a fronted adverbial clause ("Obwohl er mit
        Mehreinnahmen rechnet, …", "Wenn Berlin geklagt hätte, …") or a conditional with
        its verb first ("Sollte der Antrag angenommen werden, …"), and the clause after
        its comma opens with the finite verb: that is the main clause it leads into, not
        what was said (reported speech in verb-second order has a phrase before its verb,
        "sagte, er sei müde").  "Wie X mitteilte, hat …" frames the main clause."""
        if not self.de or k >= len(toks) or toks[k].tag != "VFIN":
            return False
        first = toks[cs]
        if first.tag == "VFIN":
            # the conditional opens the sentence (a frame after an apposition's comma,
            # "Wie die Ministerin, Anna Bligh, erklärte, habe …", is no clause of its own)
            return cs == self._skip_conj(toks, 0)
        return first.tag == "SCONJ" and first.low not in self.lex.wie

    def _object_governed(self, toks: list[Tok], t: Tok, cs: int, ce: int, last: int):
        """An object in the cue's clause ("kündigte Reformen an", "hat über die Lage
        gesprochen"): a reported speech act (see :meth:`_governed`)."""
        if not self.de:
            span = narrated_object(toks, t, ce, last, self.lex.object_ok, self.lex.object_preps)
            if span is None:
                return (None, (0, 0), None, 0, 0)
            kind, msg, qid = self._message(toks, *span)
            return ("narrated" if kind == "indirect" else kind, msg, qid, *span)
        b = ce if ce <= last else last
        if t.tag == "VFIN":
            a = t.i + 1
        else:
            # A participle or infinitive closes the clause: the object stands before it.
            fin = first_finite(toks, cs, t.i)
            a, b = (fin.i + 1 if fin is not None else cs), t.i
            if fin is not None and subject_before_aux(toks, t, fin, self._skip_conj(toks, cs)):
                a = self._skip_conj(toks, cs)  # "Die Pläne wurden von X kritisiert"
        while (
            b > a
            and toks[b - 1].quote is None
            and (
                toks[b - 1].tag in ("PTKVZ", "VINF", "VPP")
                # the separated particle of the cue verb, which the tagger may read as a
                # preposition ("kündigte Widerstand an")
                or (b == min(ce, last) and t.tag == "VFIN" and toks[b - 1].low in PARTICLES)
            )
        ):
            b -= 1
        if any(x.zu_inf for x in toks[t.i + 1 : b]):
            return (None, (0, 0), None, 0, 0)  # "droht zu scheitern": not a speech act
        obj = [x for x in toks[a:b] if x.tag in ("NOUN", "PROPN") or x.quote is not None]
        if obj and a < b:
            if toks[a].low in NOT_SPEECH_OBJECTS and not (
                toks[a].tag == "DET" and self.lex.object_preps.get(self._verb_lemma(toks, t) or "")
            ):
                # "kündigte das an" (not "wertete das Ergebnis als Erfolg": an article
                # before the object of a verb that needs its predicate)
                return (None, (0, 0), None, 0, 0)
            kind, msg, qid = self._message(toks, a, b)
            if kind == "indirect":
                kind = "narrated"  # a speech act and what it was about, no content
            return (kind, msg, qid, a, b)
        return (None, (0, 0), None, 0, 0)
