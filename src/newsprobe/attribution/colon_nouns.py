"""A speech noun with its owner before a colon frames what follows: "Seine Botschaft: Wir
müssen die Grenzen sichern.", "Das Fazit des Ministers: „…“", "Merkels Antwort: Man werde
das prüfen."

The sentence opens with a noun of the colon lexicon (``colon_nouns``: Fazit, Antwort,
Botschaft, Forderung …) whose owner is a possessive before it ("Seine"), a genitive after it
("des Ministers") or a name in the genitive before it ("Merkels"); a colon follows, then a
quote or a clause with a finite verb.  The noun is the cue, the owner the speaker (a
possessive is resolved like a pronoun), the quote or clause the statement.  Without an
owner ("Die Bilanz: 41 Verhaftungen") or without a verb after the colon nothing is said by
anyone the sentence names.

A mixin of :class:`newsprobe.attribution.cues.SentenceRules`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprobe.attribution.clauses import Context, content_end, message_mood
from newsprobe.attribution.found import Found, said_by, word_cue
from newsprobe.attribution.lexicon import CueLexicon
from newsprobe.attribution.view import Sent, Tok

#: How many tokens the noun phrase before the colon may have.
_MAX_PHRASE = 8


class ColonNouns:
    ctx: Context
    lex: CueLexicon
    de: bool

    if TYPE_CHECKING:  # given by the other mixins of SentenceRules

        def _genitive_after(self, toks: list[Tok], a: int, b: int) -> tuple[int, int] | None: ...

    def _colon_noun(self, sent: Sent) -> Found | None:
        """The statement a sentence-opening "Seine Botschaft:" frames (see the module doc)."""
        toks = sent.toks
        colon = next((t.i for t in toks[: _MAX_PHRASE + 1] if t.text == ":"), None)
        if (
            colon is None
            or colon < 2
            or any(t.quote is not None or t.tag == "VFIN" for t in toks[:colon])
        ):
            return None
        noun = next(
            (t for t in toks[:colon] if t.tag == "NOUN" and t.text in self.lex.colon_nouns), None
        )
        if noun is None:
            return None
        np = self._colon_owner(toks, noun, colon)
        if np is None:
            return None
        last = content_end(toks)
        start = colon + 1
        if start >= last:
            return None
        if toks[start].is_mark and toks[start].quote is not None:
            said, mood = self._direct(toks[start].quote), None
        elif any(t.tag == "VFIN" and t.quote is None for t in toks[start:last]):
            said, mood = self._message(toks, start, last), message_mood(toks, start, last)
        else:
            return None
        cue = (noun.start, noun.end, "speech_noun", noun.text)
        return word_cue(sent.id, cue, said, mood, said_by(self, toks, np))

    def _colon_owner(self, toks: list[Tok], noun: Tok, colon: int) -> tuple[int, int] | None:
        """Whose the noun is: a possessive right before it (adjectives between), a name in
        the genitive right before it, or a genitive after it up to the colon."""
        j = noun.i - 1
        while j >= 0 and toks[j].tag == "ADJ":
            j -= 1
        if j >= 0 and toks[j].tag == "POSS":
            return (j, j + 1)
        if j >= 0 and toks[j].tag == "PROPN" and toks[j].text.endswith("s"):
            k = j
            while k > 0 and toks[k - 1].tag == "PROPN":
                k -= 1
            return (k, j + 1)
        after = self._genitive_after(toks, noun.i + 1, colon)
        if after is not None and after[1] == colon and toks[after[0]].tag != "PRON":
            return after
        return None
