"""Relative connectors that mean "according to which": "Medienberichte, wonach …",
"Gerüchte, nach denen …", "eine Studie, der zufolge …".

A mixin of :class:`newsprobe.attribution.cues.SentenceRules`."""

from __future__ import annotations

from newsprobe.attribution.clauses import (
    PARTICLES,
    Context,
    clause,
    clause_end,
    content_end,
    message_mood,
)
from newsprobe.attribution.found import Found, said_by
from newsprobe.attribution.lexicon import CueLexicon
from newsprobe.attribution.phrases import np_left
from newsprobe.attribution.source_spans import opens_phrase
from newsprobe.attribution.view import Sent, Tok

#: Prepositions that make an "according to which" with a relative pronoun ("nach denen").
_RELATIVE_PREPS = frozenset(["nach", "laut", "gemäß"])
#: Relative pronouns after such a preposition or before "zufolge".
_RELATIVE_FORMS = frozenset(["denen", "dem", "der", "welchem", "welcher", "welchen"])


class RelativeCues:
    ctx: Context
    lex: CueLexicon
    de: bool

    # -- "Berichte, wonach …", "Gerüchte, nach denen …", "die Studie, der zufolge …" -------
    def _relative_sources(self, sent: Sent, taken: set[int]) -> list[Found]:
        """A relative connector that means "according to which" opens a clause reporting
        what the noun phrase before it says: "Medienberichte, wonach …", "Umfragen, nach
        denen …", "eine Studie, der zufolge …".  The connector is the cue (as the news
        corpus marks it), the noun phrase the source.  "wonach" needs a noun before it;
        "nach/laut denen", "denen zufolge" a source or speech noun ("die Kriterien, nach
        denen …" is no statement)."""
        toks = sent.toks
        last = content_end(toks)
        out: list[Found] = []
        for t in toks:
            if t.i < 2 or t.quote is not None or t.i in taken or toks[t.i - 1].text != ",":
                continue
            nxt = toks[t.i + 1] if t.i + 1 < last else None
            if t.low == "wonach":
                width, strict = 1, False
            elif nxt is not None and (
                (t.low in _RELATIVE_PREPS and nxt.low in _RELATIVE_FORMS)
                or (
                    t.low in _RELATIVE_FORMS
                    and nxt.low in ("zufolge", "nach")
                    # "ein Bericht, der nach dem Angriff erschien": "nach" governs a phrase
                    and not opens_phrase(toks, t.i + 2)
                )
            ):
                width, strict = 2, True
            else:
                continue
            np = self._antecedent_source(toks, t.i - 1, strict)
            if np is None:
                continue
            body = t.i + width
            end = clause_end(toks, body - 1, last)
            if body >= end:
                continue
            kind, message, qid = self._message(toks, body, end)
            if message[1] <= message[0]:
                continue
            cue_end = toks[t.i + width - 1].end
            out.append(
                Found(
                    kind="reported" if kind == "indirect" else kind,
                    sentence=sent.id,
                    message=message,
                    cue=(t.start, cue_end, "relative_source", self.ctx.text[t.start : cue_end]),
                    **said_by(self, toks, np, False),
                    quote=qid,
                    mood=message_mood(toks, body, end),
                    confidence=0.7,
                    sentences={sent.id},
                )
            )
        return out

    def _antecedent_source(
        self, toks: list[Tok], comma: int, strict: bool
    ) -> tuple[int, int] | None:
        """The noun phrase a relative connector after ``comma`` refers to: a speech or
        source noun with its attributes ("Meinungsumfragen im Land, nach denen",
        "Pressemeldungen der New York Times zurückgewiesen, wonach"), a verb or negation
        after it allowed ("Medienberichte nicht bestätigen, wonach"); for "wonach" also
        any noun phrase right before the comma ("der Zeitung „Hoy“, wonach")."""
        cs, _ = clause(toks, comma - 1)
        k = comma - 1
        while k > cs and (
            toks[k].tag in ("VFIN", "VPP", "VINF", "ADV", "PTKVZ")
            or toks[k].stts == "PTKNEG"
            or toks[k].low in PARTICLES
            or toks[k].is_mark
        ):
            k -= 1
        if toks[k].tag not in ("NOUN", "PROPN"):
            return None
        adjacent = all(x.is_mark for x in toks[k + 1 : comma])
        for j in range(k, max(cs, k - 7) - 1, -1):
            tok = toks[j]
            if tok.tag not in ("NOUN", "PROPN", "DET", "ADJ", "ADP", "NUM", "POSS"):
                break
            if tok.tag == "NOUN" and (
                self.lex.is_source_noun(tok.text)
                or tok.text in self.lex.clause_nouns
                or self._clause_compound(tok.text)
            ):
                start = j  # the noun's own determiner and adjectives, not a head before
                while start > cs and toks[start - 1].tag in ("DET", "ADJ", "POSS", "NUM"):
                    start -= 1
                # "Pressemeldungen der Abendzeitung, wonach": the speaker is the owner,
                # as in "nach Angaben der Polizei"
                owner = self._genitive_after(toks, j + 1, k + 1)
                if owner is not None and owner[0] == j + 1 and toks[owner[0]].tag != "PRON":
                    return (owner[0], k + 1)
                return (start, k + 1)
        if strict or not adjacent:
            return None
        if toks[k].quote is not None:
            # a quoted title: "der bolivianischen Zeitung „Hoy Bolivia“, wonach"
            q = k
            while q > 0 and toks[q - 1].quote == toks[k].quote:
                q -= 1
            qcs = clause(toks, q - 1)[0] if q > 0 else 0  # (the marks bound a clause)
            base = None
            if q > qcs:
                base = np_left(toks, qcs, comma, self.lex) or np_left(toks, qcs, q, self.lex)
            return (base[0] if base is not None else q, comma)
        return np_left(toks, cs, k + 1, self.lex) or (k, k + 1)
