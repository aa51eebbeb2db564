"""Phrases that name where a statement comes from: the source noun of a phrase ("Angaben",
"Bericht"), the genitive or "von" owner after it ("Angaben der Polizei"), and the
prepositional source of an impersonal or passive statement ("von X", "in dem Bericht",
"aus Regierungskreisen").

A mixin of :class:`newsprobe.attribution.cues.SentenceRules` (through
:class:`newsprobe.attribution.noun_cues.NounCues`); moved out of noun_cues.py as is."""

from __future__ import annotations

from newsprobe.attribution.lexicon import CueLexicon, place_heads
from newsprobe.attribution.phrases import head_of, np_right
from newsprobe.attribution.view import Tok

#: Words that open a genitive phrase after a source noun ("Angaben des Ministeriums").
_GENITIVE_OPENERS = frozenset(
    [
        "des",
        "der",
        "eines",
        "einer",
        "dieses",
        "dieser",
        "seines",
        "seiner",
        "ihres",
        "ihrer",
        "unseres",
        "unserer",
        "jenes",
        "jener",
        "mehrerer",
        "zahlreicher",
        "vieler",
        "einiger",
    ]
)


class SourcePhrases:
    lex: CueLexicon
    de: bool

    def _source_noun(self, toks: list[Tok], np: tuple[int, int]) -> Tok | None:
        for k in range(np[0], np[1]):
            if toks[k].text in self.lex.source_nouns and toks[k].tag == "NOUN":
                return toks[k]
        return None

    def _genitive_after(self, toks: list[Tok], k: int, end: int) -> tuple[int, int] | None:
        """A genitive or "von" phrase right after a source noun, up to ``end``."""
        if k >= end:
            return None
        if toks[k].low in ("von", "vom", "of", "from"):
            inner = np_right(toks, k + 1, self.lex)
        elif (
            not self.de
            or toks[k].low in _GENITIVE_OPENERS
            or toks[k].tag == "PROPN"
            # "nach Berichten britischer Tageszeitungen": a genitive plural without article
            or (
                toks[k].tag == "ADJ"
                and toks[k].low.endswith("er")
                and k + 1 < end
                and toks[k + 1].tag in ("NOUN", "ADJ")
            )
        ):
            # "Angaben der Polizei", "Angaben Moskaus" (not "nach Berichten weitere …")
            inner = np_right(toks, k, self.lex)
            if inner is not None and toks[k].tag == "ADJ":
                # article-less: the adjectives and one noun ("unabhängiger Experten", not
                # "… Experten Senfgas")
                first = next(
                    (x for x in range(k, inner[1]) if toks[x].tag in ("NOUN", "PROPN")), None
                )
                if first is not None:
                    inner = (inner[0], first + 1)
        else:
            return None
        if inner is None:
            return None
        return inner[0], min(inner[1], max(end, inner[1]))

    def _source_pp(
        self, toks: list[Tok], cs: int, ce: int, t: Tok, *, strict: bool = False
    ) -> tuple[int, int] | None:
        """Where an impersonal or passive statement comes from: "von X" (the agent) or
        "auf dem X-Account @name", "in dem Bericht", "aus Regierungskreisen" — in the cue's
        clause first, then anywhere before the cue.  ``strict``: only a name, handle or
        account/report-like phrase (when the verb has a subject slot that stayed empty), and
        only in the cue's own clause: a place in a clause before it is where something
        happened ("Wie X, der … in Atlanta anwesend war, feststellt")."""
        lex = self.lex
        ranges = [(cs, ce), (0, cs)] if cs > 0 and not strict else [(cs, ce)]
        for a, b in ranges:
            for k in range(a, b):
                tok = toks[k]
                if tok.quote is not None or tok.tag != "ADP":
                    continue
                agent = tok.low in ("von", "vom", "by")
                if not agent and tok.low not in lex.source_preps:
                    continue
                found = np_right(toks, k + 1, lex, attach=agent)
                if found is None:
                    continue
                head = head_of(toks, found)
                if head is None or head.tag not in ("NOUN", "PROPN"):
                    continue
                if strict and not (
                    head.tag == "PROPN" or head.text.startswith("@") or head.low in place_heads()
                ):
                    continue
                if not agent and found[1] < b and head.tag == "NOUN":
                    # "In der Pressemitteilung des WWF heißt es": whose text it is
                    gen = self._genitive_after(toks, found[1], b)
                    if gen is not None and gen[0] == found[1] and gen[1] <= t.i:
                        found = (found[0], gen[1])
                return found
        return None
