"""Cue rules, sentence by sentence: speech and cognition verbs with their speaker and message,
"laut X", "X zufolge", "nach Angaben des X", "Ihrer Meinung nach", "wie X berichtet",
", so X", "heißt es", passive "wird vermutet" and their English counterparts.

Each rule yields :class:`Found` records; what a cue governs (a quote, a dass/ob clause, a
Konjunktiv clause, an object) decides the kind: direct, partial/mixed, indirect, reported.
"""

from __future__ import annotations

from newsprobe.attribution.clauses import (
    WORDS,
    Context,
    char_span,
    content_end,
    has_word,
)
from newsprobe.attribution.colon_nouns import ColonNouns
from newsprobe.attribution.found import Found
from newsprobe.attribution.noun_cues import NounCues
from newsprobe.attribution.relative_cues import RelativeCues
from newsprobe.attribution.speakers import SpeakerPhrases
from newsprobe.attribution.stance_frames import StanceFrames
from newsprobe.attribution.verb_cues import VerbCues
from newsprobe.attribution.view import Sent, Tok
from newsprobe.attribution.voiced_nouns import VoicedNouns

__all__ = ["Context", "SentenceRules", "content_end"]


class SentenceRules(
    NounCues, RelativeCues, VoicedNouns, ColonNouns, StanceFrames, VerbCues, SpeakerPhrases
):
    """All cue rules for one language."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.lex = ctx.lex
        self.de = ctx.lex.lang == "de"
        self._learned_cues: dict[int, list[float]] = {}  # sentence id -> P(cue) per token
        self._clause_suffixes: tuple[str, ...] | None = None

    # -- entry point ---------------------------------------------------------------------
    def find(self, sent: Sent) -> list[Found]:
        toks = sent.toks
        if not toks:
            return []
        out: list[Found] = []
        taken: set[int] = set()  # token positions already used as cue or speaker
        for found in self._prepositional(sent):
            out.append(found)
        for f in out:
            taken.update(self._positions(toks, f))
        if self.de:
            for found in self._relative_sources(sent, taken):
                out.append(found)
                taken.update(self._positions(toks, found))
        for found in self._verbs(sent, taken):
            out.append(found)
            taken.update(self._positions(toks, found))
        # the rules below each need one of a few words: skipped where the sentence lacks them
        lows = {t.low for t in toks}
        if not lows.isdisjoint(self.lex.so):
            for found in self._so(sent, taken):
                out.append(found)
                taken.update(self._positions(toks, found))
        if self.de and ":" in lows and not out:
            colon_found = self._colon_noun(sent)  # "Seine Botschaft: …"
            if colon_found is not None:
                out.append(colon_found)
                taken.update(self._positions(toks, colon_found))
        if self.de and not out and "," in lows and not lows.isdisjoint(self.lex.clause_adjectives):
            stance_found = self._stance_frame(sent)  # "…, ist sich X sicher."
            if stance_found is not None:
                out.append(stance_found)
        if self.de and "laut" in lows and "," in lows:
            for found in self._became_loud(sent, taken):
                out.append(found)
                taken.update(self._positions(toks, found))
        if self.de and ("," in lows or ":" in lows):
            covered = [f.message for f in out]
            for found in self._noun_clauses(sent, taken):
                if not any(s <= found.message[0] and found.message[1] <= e for s, e in covered):
                    out.append(found)
        if self.de:
            for found in self._frames(sent, taken):
                out.append(found)
            if not lows.isdisjoint(self.lex.anaphoric_preps):
                out.extend(self._demnach(sent, taken))
            if "rede" in lows:
                out.extend(self._die_rede(sent, taken))
        text = self.ctx.text
        return [f for f in out if has_word(text, *f.message)]

    @staticmethod
    def _positions(toks: list[Tok], f: Found) -> set[int]:
        spans = [*f.speakers]
        if f.cue is not None:
            spans.append((f.cue[0], f.cue[1]))
        return {t.i for t in toks for s, e in spans if s <= t.start and t.end <= e}

    # -- helpers -------------------------------------------------------------------------
    def _message(self, toks: list[Tok], a: int, b: int) -> tuple[str, tuple[int, int], int | None]:
        """Kind, char span and quote index of a message over tokens ``[a, b)``.

        A message that is exactly one quote is direct; one that holds quoted words is
        partial (a fragment without its own finite verb) or mixed; otherwise indirect.
        """
        while a < b and toks[a].tag == "PUNCT" and not toks[a].is_mark:
            a += 1
        while (
            b > a
            and toks[b - 1].tag == "PUNCT"
            and not toks[b - 1].is_mark
            and toks[b - 1].text in ",;:–—-"
        ):
            b -= 1
        if b <= a:
            at = toks[min(a, len(toks) - 1)].start if toks else 0
            return "indirect", (at, at), None  # nothing left: an empty message
        qids = {t.quote for t in toks[a:b] if t.quote is not None}
        if len(qids) == 1:
            qid = next(iter(qids))
            q = self.ctx.quotes[qid]
            outside = [t for t in toks[a:b] if t.quote is None and t.tag != "PUNCT"]
            if not outside:
                return "direct", (q.inner_start, q.inner_end), qid
        span = char_span(toks, a, b)
        if qids:
            fragments = [self.ctx.quotes[q] for q in qids]
            has_verb = any(t.tag == "VFIN" and t.quote is not None for t in toks[a:b])
            quoted = sum(q.inner_end - q.inner_start for q in fragments)
            whole = span[1] - span[0]
            kind = "mixed" if has_verb and quoted * 2 > whole else "partial"
            return kind, span, None
        return "indirect", span, None

    def _direct(self, qid: int, *, whole: bool = True) -> tuple[str, tuple[int, int], int]:
        """A quote as a message: direct where the cue governs it as a whole ("„Ja“, sagte
        er", "Er sagte: „Ja“"); a fragment of under four words inside a phrase ("sprach von
        „Verrat“") is partial."""
        q = self.ctx.quotes[qid]
        if whole:
            return "direct", (q.inner_start, q.inner_end), qid
        words = WORDS.findall(self.ctx.text[q.inner_start : q.inner_end])
        kind = "direct" if len(words) >= 4 else "partial"
        return kind, (q.inner_start, q.inner_end), qid
