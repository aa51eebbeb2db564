"""Cue rules, sentence by sentence: speech and cognition verbs with their speaker and message,
"laut X", "X zufolge", "nach Angaben des X", "Ihrer Meinung nach", "wie X berichtet",
", so X", "heißt es", passive "wird vermutet" and their English counterparts.

Each rule yields :class:`Found` records; what a cue governs (a quote, a dass/ob clause, a
Konjunktiv clause, an object) decides the kind: direct, partial/mixed, indirect, reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprobe.attribution.cue_model.hook import (
    learned_marginals,
    learned_noun_cue,
    learned_settings,
    learned_verb_cue,
)
from newsprobe.attribution.found import Found
from newsprobe.attribution.lexicon import CueLexicon, place_heads, sources
from newsprobe.attribution.marks import Quote
from newsprobe.attribution.phrases import head_of, is_boundary, np_left, np_right
from newsprobe.attribution.view import Sent, Tok

_FINAL = frozenset(".!?…:")
_VERB_CLASSES = frozenset({"VFIN", "VPP", "VINF"})
_WORDS = re.compile(r"\w+")
#: Separable verb particles; the tagger sometimes reads a clause-final one as a preposition.
_PARTICLES = frozenset(
    [
        "an",
        "auf",
        "aus",
        "ein",
        "mit",
        "vor",
        "zu",
        "ab",
        "bei",
        "fest",
        "hin",
        "her",
        "zurück",
        "weiter",
        "bekannt",
        "dar",
        "nach",
        "hervor",
        "klar",
        "vorher",
        "voraus",
    ]
)
#: Articles that never open a subject: dative and accusative forms.
_NOT_NOMINATIVE = frozenset(["dem", "den", "einem", "einen", "diesem", "diesen", "ihm", "ihnen"])
#: Demonstratives fronted as the object of the cue verb ("Dies teilte ein Sprecher mit").
_FRONTED_OBJECTS = frozenset(["dies", "das", "dieses", "solches", "folgendes", "folgendes:"])
_CLAUSE_ONLY_MSG = frozenset({"indirect", "direct", "partial", "mixed"})
_WERDEN = frozenset({"werden", "wird", "wurde", "wurden", "worden", "werde", "würde"})
_NOT_SPEECH_OBJECTS = frozenset(["es", "das", "dies", "was"])
_SO_STOP = frozenset(["dass", "daß", "ob", "wie", "weil", "wenn", "als"])
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
#: Verbs that are cues only with a source phrase ("aus dem Bericht geht hervor").
_SOURCE_ONLY_VERBS = frozenset(["hervorgehen"])
#: Prepositions before a source that also mean "in accordance with" ("gemäß dem Gesetz").
_SOURCE_ONLY_PREPS = frozenset(["gemäß"])
#: Words that open the content clause of a speech noun ("die Forderung, dass …").
_CONTENT_CLAUSE_OPENERS = frozenset(["dass", "daß", "ob", "wonach"])
#: Conjunctions after which a second verb shares the first one's subject.
_COORDINATORS = frozenset(["und", "sowie", "aber", "doch", "jedoch", "oder"])


@dataclass
class Context:
    """What the rules need besides the sentence: the text, the quotes and the lexicon."""

    text: str
    quotes: list[Quote]
    lex: CueLexicon


def _has_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a letter or digit (a message, not a stray mark)."""
    return any(ch.isalnum() for ch in text[start:end])


def _span(toks: list[Tok], a: int, b: int) -> tuple[int, int]:
    return toks[a].start, toks[b - 1].end


def _last(toks: list[Tok]) -> int:
    """Index after the last token that is not sentence-final punctuation."""
    end = len(toks)
    while end > 0 and toks[end - 1].tag == "PUNCT" and toks[end - 1].text in _FINAL:
        end -= 1
    return end


def _clause(toks: list[Tok], i: int) -> tuple[int, int]:
    """The clause around token ``i``: between the nearest boundaries (commas, colons, quote
    marks, dashes, brackets)."""
    cs = i
    while cs > 0 and not is_boundary(toks[cs - 1]):
        cs -= 1
    ce = i + 1
    while ce < len(toks) and not is_boundary(toks[ce]):
        ce += 1
    return cs, ce


def _first_finite(toks: list[Tok], a: int, b: int) -> Tok | None:
    for k in range(a, b):
        if toks[k].tag == "VFIN" and toks[k].quote is None:
            return toks[k]
    return None


#: Subordinators of adverbial clauses: what they open is not a reported statement.
_ADVERBIAL_SUBORDINATORS = frozenset(
    [
        "bis",
        "während",
        "nachdem",
        "bevor",
        "ehe",
        "obwohl",
        "obgleich",
        "weil",
        "da",
        "damit",
        "um",
        "sobald",
        "solange",
        "seit",
        "seitdem",
        "indem",
        "falls",
        "sofern",
        "wenn",
        "als",
    ]
)
_OBJECT_WORDS = frozenset(["alles", "das", "dies", "etwas", "nichts", "vieles", "manches", "all"])


def _main_finite(toks: list[Tok], a: int, b: int) -> Tok | None:
    """The finite verb of a main clause in ``[a, b)``: one that no subordinator or relative
    pronoun before it (in its comma-delimited stretch) introduces."""
    sub = False
    for k in range(a, b):
        t = toks[k]
        if t.quote is not None:
            continue
        if t.text in (",", ";", ":"):
            sub = False
        elif t.tag in ("SCONJ", "REL") or (t.tag == "WH" and k > a):
            sub = True
        elif t.tag == "VFIN" and not sub:
            return t
    return None


def _main_clause_at(toks: list[Tok], i: int, last: int) -> bool:
    """Whether a main clause in the indicative starts at token ``i``: its finite verb within
    the first four words ("…, und gewiß hat diese …", "…, so bittet er …", "…, sie wollen
    …", "…, wiederholte er")."""
    if i >= last or toks[i].tag in ("REL", "SCONJ", "WH") or toks[i].quote is not None:
        return False
    for k in range(i, min(last, i + 4)):
        t = toks[k]
        if t.tag in ("REL", "SCONJ", "WH", "PUNCT") or t.quote is not None:
            return False
        if t.tag == "VFIN":
            return t.mood == "ind"
    return False


def _clause_end(toks: list[Tok], k: int, last: int, *, infinitive: bool = False) -> int:
    """Where a verb-final clause opened at token ``k`` (dass, ob, wh-word; or, with
    ``infinitive``, a zu-infinitive after ``k``) ends: after its own verb, at the first
    comma, semicolon, colon or dash that a main clause in the indicative follows.  What
    depends on it (a relative clause, a zu-infinitive, "sondern dass …", more reported
    clauses in Konjunktiv after a semicolon) stays in the message."""
    seen = False
    for i in range(k + 1, last):
        t = toks[i]
        if t.quote is not None and not t.is_mark:
            continue
        if (infinitive and (t.zu_inf)) or t.tag == "VFIN":
            seen = True
        elif seen and t.text in (",", ";", ":", "—", "–") and _main_clause_at(toks, i + 1, last):
            return i
    return last


def _v2_end(toks: list[Tok], k: int, last: int) -> int:
    """Where a reported main clause in Konjunktiv ends: where a main clause in the
    indicative follows a comma, semicolon or colon ("…, und gewiß hat …")."""
    for i in range(k + 1, last):
        t = toks[i]
        if t.quote is None and t.text in (",", ";", ":") and _main_clause_at(toks, i + 1, last):
            return i
    return last


def _message_mood(toks: list[Tok], a: int, b: int) -> str | None:
    """Mood of the message's finite verb: the first with a mood (main clause first)."""
    for k in range(a, b):
        if toks[k].tag == "VFIN" and toks[k].mood:
            return toks[k].mood
    return None


class SentenceRules:
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
        for found in self._verbs(sent, taken):
            out.append(found)
            taken.update(self._positions(toks, found))
        # the rules below each need one of a few words: skipped where the sentence lacks them
        lows = {t.low for t in toks}
        if not lows.isdisjoint(self.lex.so):
            for found in self._so(sent, taken):
                out.append(found)
                taken.update(self._positions(toks, found))
        if self.de and not lows.isdisjoint(_CONTENT_CLAUSE_OPENERS):
            covered = [f.message for f in out]
            for found in self._noun_clauses(sent, taken):
                if not any(s <= found.message[0] and found.message[1] <= e for s, e in covered):
                    out.append(found)
        if self.de:
            for found in self._frames(sent, taken):
                out.append(found)
            if not lows.isdisjoint(self.lex.anaphoric_preps):
                out.extend(self._demnach(sent, taken))
        text = self.ctx.text
        return [f for f in out if _has_word(text, *f.message)]

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
        span = _span(toks, a, b)
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
        words = _WORDS.findall(self.ctx.text[q.inner_start : q.inner_end])
        kind = "direct" if len(words) >= 4 else "partial"
        return kind, (q.inner_start, q.inner_end), qid

    def _speaker_span(self, toks: list[Tok], np: tuple[int, int]) -> tuple[int, int]:
        """Char span of a speaker phrase; a @handle with a glued auxiliary loses the
        auxiliary ("@Accountwird" -> "@Account")."""
        start, end = _span(toks, *np)
        last = toks[np[1] - 1]
        if last.text.startswith("@"):
            for aux in self.lex.glued_aux:
                if last.text.endswith(aux) and len(last.text) > len(aux) + 2:
                    end -= len(aux)
                    break
        return start, end

    def _heads(self, toks: list[Tok], np: tuple[int, int]) -> list[tuple[int, int]]:
        head = head_of(toks, np)
        if head is None:
            return []
        span = self._speaker_span(toks, (head.i, head.i + 1))
        return [span]

    def _glued_aux(self, tok: Tok) -> bool:
        return tok.text.startswith("@") and any(
            tok.text.endswith(aux) and len(tok.text) > len(aux) + 2 for aux in self.lex.glued_aux
        )

    def _anaphoric(self, toks: list[Tok], np: tuple[int, int]) -> bool:
        t = toks[np[0]]
        return np[1] - np[0] == 1 and (
            t.tag in ("PRON", "POSS")
            or t.low in self.lex.subject_pronouns
            or t.low in self.lex.possessives
        )

    def _subject_of_sentence(self, toks: list[Tok]) -> tuple[int, int] | None:
        """The first noun phrase of the main clause (for "nach eigenen Angaben")."""
        k = 0
        while k < len(toks) and toks[k].tag in ("CONJ", "ADV"):
            k += 1
        np = np_right(toks, k, self.lex)
        if np is not None and np[1] < len(toks) and toks[np[1]].tag == "VFIN":
            return np
        fin = _first_finite(toks, 0, len(toks))
        if fin is not None:
            return np_right(toks, fin.i + 1, self.lex)
        return None

    def _subject_in_clause(self, toks: list[Tok], i: int, after: int) -> tuple[int, int] | None:
        """The subject of the relative or subordinate clause holding token ``i``, right
        after the cue phrase ending at ``after`` ("…, hinter dem nach eigenen Angaben
        Beschäftigte der Station stehen")."""
        cs, ce = _clause(toks, i)
        first = toks[cs]
        n = len(toks)
        opens = first.tag in ("REL", "SCONJ") or (
            first.tag == "ADP"
            and cs + 2 < n
            and (
                toks[cs + 1].tag == "REL"
                # "hinter dem nach …": a relative pronoun the tagger read as an article
                or (
                    toks[cs + 1].low in ("dem", "der", "denen", "den", "dessen", "deren")
                    and toks[cs + 2].tag not in ("NOUN", "ADJ", "PROPN", "NUM")
                )
            )
        )
        if not opens or after >= ce:
            return None
        np = np_right(toks, after, self.lex)
        if np is None or np[1] >= ce or toks[np[1]].tag not in ("VFIN", "VINF", "VPP"):
            return None
        return np

    # -- "laut X", "X zufolge", "nach Angaben des X", "Ihrer Meinung nach", "according to"
    def _prepositional(self, sent: Sent) -> list[Found]:
        toks = sent.toks
        out: list[Found] = []
        last = _last(toks)
        n = len(toks)
        de, lex = self.de, self.lex
        before, after = lex.prep_before, lex.prep_after
        for t in toks:
            if t.quote is not None:
                continue
            low = t.low
            # the four cases below, each of which needs one of these to begin with
            if not (
                (de and low in before)
                or (not de and low == "according")
                or low in after
                or t.tag == "NOUN"
                or not de
            ):
                continue
            np: tuple[int, int] | None = None
            cue: tuple[int, int] | None = None
            ctype = ""
            lemma: str | None = t.low
            if self.de and t.low in self.lex.prep_before and self._laut_is_preposition(toks, t):
                np = np_right(toks, t.i + 1, self.lex) or self._name_after(toks, t.i + 1)
                cue, ctype = (t.i, t.i + 1), "laut"
                if t.low in _SOURCE_ONLY_PREPS and (np is None or not self._names_source(toks, np)):
                    continue  # "gemäß dem hohen Stande der Volksbildung"
            elif not self.de and t.low == "according" and t.i + 1 < n and toks[t.i + 1].low == "to":
                np = np_right(toks, t.i + 2, self.lex)
                cue, ctype, lemma = (t.i, t.i + 2), "according_to", "according to"
            elif t.low in self.lex.prep_after and t.i > 0:
                cs, _ = _clause(toks, t.i)
                np = np_left(toks, cs, t.i, self.lex)
                if np is not None:
                    # "Angaben der Polizei zufolge": the speaker is the genitive's owner.
                    noun = self._source_noun(toks, np)
                    if noun is not None:
                        np = self._genitive_after(toks, noun.i + 1, np[1]) or np
                cue, ctype = (t.i, t.i + 1), "zufolge"
            elif (t.tag == "NOUN" or not self.de) and self.lex.is_source_noun(t.text):
                found = self._noun_cue(toks, t)
                if found is not None:
                    np, cue, ctype = found
                    lemma = t.text
            if np is None or cue is None:
                continue
            speaker_tok = toks[np[0]]
            if speaker_tok.tag == "PUNCT" and not speaker_tok.is_mark:
                continue
            anaphoric = self._anaphoric(toks, np)
            if speaker_tok.low in ("eigenen", "eigener", "eigene", "own"):
                subject = self._subject_in_clause(toks, t.i, cue[1]) or self._subject_of_sentence(
                    toks
                )
                if subject is not None:
                    np, anaphoric = subject, self._anaphoric(toks, subject)
            lo = min(cue[0], np[0])
            hi = max(cue[1], np[1])
            # The message: the rest of the sentence outside the cue phrase; inside a relative
            # or subordinate clause only that clause; never across a colon.
            a, b = self._segment(toks, lo, hi, last)
            if lo <= self._skip_conj(toks, a):
                a = hi
            elif hi >= b:
                b = lo
            kind, message, qid = self._message(toks, a, b)
            if message[1] <= message[0]:
                continue
            if kind == "indirect":
                kind = "reported"
            found = Found(
                kind=kind,
                sentence=sent.id,
                message=message,
                cue=(toks[cue[0]].start, toks[cue[1] - 1].end, ctype, lemma),
                speakers=[self._speaker_span(toks, np)],
                heads=self._heads(toks, np),
                anaphoric=anaphoric,
                quote=qid,
                mood=_message_mood(toks, a, b),
                confidence=0.85,
                sentences={sent.id},
            )
            out.append(found)
        return out

    def _is_poss(self, tok: Tok) -> bool:
        """A possessive determiner, also where the tagger misreads it ("Ihrer Meinung")."""
        return tok.tag == "POSS" or (
            tok.low in self.lex.possessives and tok.tag in ("NOUN", "PRON", "DET")
        )

    @staticmethod
    def _laut_is_preposition(toks: list[Tok], t: Tok) -> bool:
        """ "laut Polizei" rather than "rief laut": tagged a preposition, or (the tagger
        reads an adverb) followed by the start of a noun phrase, a name or a quote."""
        if t.tag == "ADP":
            return True
        nxt = toks[t.i + 1] if t.i + 1 < len(toks) else None
        return nxt is not None and (nxt.tag in ("DET", "POSS", "NOUN", "PROPN") or nxt.is_mark)

    def _name_after(self, toks: list[Tok], k: int) -> tuple[int, int] | None:
        """A source the phrase chunker does not read: a quoted title ("laut „Welt“") or a
        single name-like token ("laut ndr.de", "laut el-Baradei")."""
        if k >= len(toks):
            return None
        t = toks[k]
        if t.is_mark and t.quote is not None:
            q = self.ctx.quotes[t.quote]
            end = k + 1
            while end < len(toks) and toks[end].start < q.end:
                end += 1
            return (k, end) if end - k <= 6 else None
        if t.tag != "PUNCT" and (t.text[:1].isupper() or "." in t.text or "-" in t.text):
            return (k, k + 1)
        return None

    @staticmethod
    def _segment(toks: list[Tok], lo: int, hi: int, last: int) -> tuple[int, int]:
        """The stretch of the sentence a prepositional cue at ``[lo, hi)`` speaks for."""
        a = lo
        while a > 0 and toks[a - 1].text not in (":", ","):
            a -= 1
        b = hi
        while b < last and toks[b].text not in (":", ","):
            b += 1
        first = toks[a] if a < len(toks) else None
        subordinate = first is not None and (
            first.tag in ("REL", "SCONJ", "WH")
            or (first.tag == "ADP" and a + 1 < len(toks) and toks[a + 1].tag == "REL")
        )
        if subordinate and a > 0:
            return a, b
        start = 0
        for k in range(lo - 1, -1, -1):
            if toks[k].text == ":":
                start = k + 1
                break
        end = last
        for k in range(hi, last):
            if toks[k].text == ":":
                end = k
                break
        return start, end

    @staticmethod
    def _skip_conj(toks: list[Tok], k: int) -> int:
        while k < len(toks) and (toks[k].tag in ("CONJ",) or toks[k].is_mark):
            k += 1
        return k

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
        elif not self.de or toks[k].low in _GENITIVE_OPENERS or toks[k].tag == "PROPN":
            # "Angaben der Polizei", "Angaben Moskaus" (not "nach Berichten weitere …")
            inner = np_right(toks, k, self.lex)
        else:
            return None
        if inner is None:
            return None
        return inner[0], min(inner[1], max(end, inner[1]))

    def _noun_cue(
        self, toks: list[Tok], t: Tok
    ) -> tuple[tuple[int, int], tuple[int, int], str] | None:
        """ "nach Angaben des X", "nach eigenen Angaben", "Ihrer Meinung nach",
        "in the view of X": ``(speaker, cue, type)``."""
        n = len(toks)
        k = t.i - 1
        while k >= 0 and (toks[k].tag in ("ADJ", "DET", "POSS") or self._is_poss(toks[k])):
            k -= 1
        before = toks[k] if k >= 0 else None
        if (
            self.de
            and before is not None
            and before.low in ("nach", "aus", "laut")
            and before.tag == "ADP"
            # "Aus dem Bericht geht hervor, dass …": the verb rule reads it
            and not (before.low == "aus" and any(x.low == "hervor" for x in toks))
        ):
            # nach [Det/Poss/Adj]* Noun [Genitive | von X]
            inner = self._genitive_after(toks, t.i + 1, n)
            if inner is not None and toks[inner[0]].tag != "PRON":
                return inner, (before.i, t.i + 1), "source_noun"
            # possessive or "eigenen": the speaker is that word
            for j in range(before.i + 1, t.i):
                if self._is_poss(toks[j]) or toks[j].low in ("eigenen", "eigener", "eigene"):
                    return (j, j + 1), (before.i, t.i + 1), "source_noun"
            if self.lex.is_source_noun(t.text, standalone=True):
                # "nach einer Studie", "nach Polizeiangaben": the phrase is the source.
                return (before.i + 1, t.i + 1), (before.i, before.i + 1), "source_noun"
            return None
        if (
            self.de
            and t.i + 1 < n
            and toks[t.i + 1].low == "nach"
            and toks[t.i + 1].tag in ("ADPO", "ADP", "ADV")
        ):
            # [Poss|Genitive] Noun nach: "Ihrer Meinung nach", "Meinung des Experten nach"
            for j in range(k + 1, t.i):
                if self._is_poss(toks[j]):
                    return (j, j + 1), (t.i, t.i + 2), "source_noun"
            if self.lex.is_source_noun(t.text, standalone=True):
                # "Dem Vernehmen nach", "ersten Berichten nach": the phrase is the source.
                return (k + 1, t.i + 1), (t.i, t.i + 2), "source_noun"
            return None
        if (
            not self.de
            and before is not None
            and before.low in ("in", "by")
            and t.i + 2 < n
            and toks[t.i + 1].low == "of"
        ):
            inner = np_right(toks, t.i + 2, self.lex)
            if inner is not None:
                return inner, (before.i, t.i + 2), "source_noun"
        return None

    # -- verbs ---------------------------------------------------------------------------
    def _verb_lemma(self, toks: list[Tok], t: Tok, *, any_particle: bool = False) -> str | None:
        """The lemma of a verb, with a clause-final separated particle joined to it
        ("teilte … mit" -> "mitteilen").  Only particles that make a cue are looked for
        unless ``any_particle``."""
        if not self.de:
            return t.low
        if t.tag not in ("VFIN", "VPP", "VINF"):
            return None
        lemma = t.lemma
        if t.tag == "VFIN" and (any_particle or lemma in self.lex.particle_bases):
            k = t.i + 1
            while k < len(toks) and not is_boundary(toks[k]):
                if toks[k].tag == "PTKVZ" or (
                    toks[k].low in _PARTICLES
                    and (
                        k + 1 == len(toks) or is_boundary(toks[k + 1]) or toks[k + 1].text in _FINAL
                    )
                ):
                    joined = toks[k].low + lemma
                    known = self.lex.verb_type(joined) or joined in self.lex.impersonal
                    if known or not self.lex.verb_type(lemma):
                        return joined
                    return lemma  # "sagte weiter": an adverb, not a particle
                if toks[k].tag in ("SCONJ", "REL"):
                    break
                k += 1
        return lemma

    def _verbs(self, sent: Sent, taken: set[int]) -> list[Found]:
        toks = sent.toks
        out: list[Found] = []
        for t in toks:
            if t.quote is not None or t.i in taken or (self.de and t.tag not in _VERB_CLASSES):
                continue
            lemma = self._verb_lemma(toks, t)
            if lemma is None:
                continue
            impersonal = lemma in self.lex.impersonal
            ctype = self.lex.verb_type(lemma)
            learned = False
            if ctype is None and not impersonal:
                # A verb the lexicon lacks: a cue only where the rules build a whole
                # attribution around it and the trained tagger calls it a cue.
                if not self.de or learned_settings.verb_min > 1:
                    continue
                ctype, learned = "speech_verb", True
            if not self.de and t.i > 0 and toks[t.i - 1].tag in ("DET", "POSS"):
                continue  # "the claims", "his remarks"
            if self.de and t.tag == "VINF" and t.i > 0 and toks[t.i - 1].low == "zu":
                continue
            if t.i + 1 < len(toks) and toks[t.i + 1].low in self.lex.not_before:
                continue  # "think tank"
            found = self._verb_cue(sent, t, lemma, ctype or "impersonal", impersonal)
            if found is not None and learned:
                found = learned_verb_cue(found, lambda t=t: self._learned(sent, t))
            if found is not None:
                out.append(found)
        return out

    def _learned(self, sent: Sent, t: Tok) -> float:
        """The trained cue tagger's probability that ``t`` is a cue (0 without a model)."""
        if not self.de:
            return 0.0
        found = self._learned_cues.get(sent.id)
        if found is None:
            found = self._learned_cues[sent.id] = learned_marginals(sent.toks)
        return found[t.i] if t.i < len(found) else 0.0

    def _verb_cue(
        self, sent: Sent, t: Tok, lemma: str, ctype: str, impersonal: bool
    ) -> Found | None:
        toks = sent.toks
        n = len(toks)
        last = _last(toks)
        cs, ce = _clause(toks, t.i)
        fin = t if t.tag == "VFIN" else _first_finite(toks, cs, ce)
        first = toks[self._skip_conj(toks, cs)] if cs < n else t
        passive = (
            t.tag == "VPP" and fin is not None and (fin.lemma == "werden" or fin.low in _WERDEN)
        )
        if t.i > 0 and self._glued_aux(toks[t.i - 1]):
            passive = True  # "@Accountwird vermutet": the auxiliary lost its space
        es_subject = any(toks[k].low == "es" for k in range(max(cs, t.i - 2), min(ce, t.i + 3)))
        if impersonal and not es_subject and lemma == "heißen":
            return None
        if t.tag == "VPP" and fin is not None and fin.lemma == "sein" and not passive:
            return None  # "Bestätigt ist das nicht": a state, not a speech act
        if passive and lemma in self.lex.not_passive:
            return None
        if lemma in self.lex.not_reflexive and any(
            toks[k].low in ("sich", "es") for k in range(max(cs, t.i - 2), min(ce, t.i + 3))
        ):
            return None  # "es zeigte sich, dass …", "fand sich": not a statement
        # What the cue governs.
        kind, message, qid, a, b = self._governed(toks, t, cs, ce, last)
        if kind is None:
            return None
        fragment_only = kind == "partial" and qid is not None
        narrated = kind == "narrated"
        if (narrated or fragment_only) and not self._narrates(toks, t, lemma, ctype, a, b):
            return None
        if narrated:
            kind = "reported"
        # Who speaks.
        speakers: list[tuple[int, int]] = []
        anaphoric = False
        np = None
        wie = first.low in self.lex.wie and first.i < t.i
        if (
            impersonal
            or passive
            or (es_subject and ctype != "cognition_verb" and self._es_is_subject(toks, cs, ce, t))
        ):
            np = self._source_pp(toks, cs, ce, t)
        else:
            np = self._subject(toks, cs, ce, t, fin)
            if np is None:
                np = self._source_pp(toks, cs, ce, t, strict=True)
        if np is not None and toks[np[0]].tag == "REL" and np[1] == np[0] + 1:
            np = None
        if lemma in _SOURCE_ONLY_VERBS and not (
            np is not None
            and self._names_source(toks, np)
            and (wie or toks[a].low in ("dass", "daß", "ob"))
        ):
            return None  # "Aus dem Bericht geht hervor, dass …", not "geht daraus hervor"
        if np is not None and qid is None and not narrated and np[0] < a < np[1] < b:
            # "sagte der Koordinator, Deftalgne Tessema, gegenüber der BBC, dass …": the
            # apposition belongs to the speaker, a phrase after it to the frame.
            a = np[1]
            while a < b and toks[a].text == ",":
                a += 1
            if a < b and toks[a].tag == "ADP":
                c = a
                while c < b and toks[c].text != "," and toks[c].tag != "VFIN":
                    c += 1
                if c < b and toks[c].text == ",":
                    a = c + 1
            kind, message, qid = self._message(toks, a, b)
        heads: list[tuple[int, int]] = []
        if np is not None:
            speakers = [self._speaker_span(toks, np)]
            heads = self._heads(toks, np)
            anaphoric = self._anaphoric(toks, np)
        elif not (impersonal or passive) and kind == "reported":
            return None  # no speaker: keep only a quote or a clause the cue governs
        if narrated and np is not None and not self._can_speak(toks, np):
            return None  # "Ein Blick auf die Zahlen bestätigt …": no speaker, no speech act
        if narrated and np is None and ctype == "cognition_verb":
            return None  # "wird erwartet": a thought nobody holds
        if narrated and np is not None and qid is None and a < np[1] and np[0] < b:
            # "sprach der Minister über …": the subject is not what was said.
            if np[0] <= a:
                a = np[1]
            else:
                b = np[0]
            if not any(x.tag in ("NOUN", "PROPN") for x in toks[a:b]):
                return None
            kind, message, qid = self._message(toks, a, b)
            kind = "reported" if kind == "indirect" else kind
            narrated = kind == "reported"
        if wie:
            kind = "reported" if kind in ("indirect", "reported") else kind
        cue_end = t.end
        cue_start = t.start
        confidence = 0.85 if kind != "reported" else 0.6
        if np is None:
            confidence -= 0.2
        if narrated and kind == "reported":
            # A narrated speech or thought act ("kündigte Widerstand an", "sprach über die
            # Reform"): who spoke and what about, without the content.
            ctype = "narrated_thought" if ctype == "cognition_verb" else "narrated_speech"
            impersonal = passive = False
        return Found(
            kind=kind,
            sentence=sent.id,
            message=message,
            cue=(
                cue_start,
                cue_end,
                "impersonal"
                if impersonal
                else ("passive" if passive and ctype == "speech_verb" else ctype),
                lemma,
            ),
            speakers=speakers,
            heads=heads,
            anaphoric=anaphoric,
            quote=qid,
            mood=_message_mood(toks, a, b) if qid is None else None,
            confidence=round(confidence, 2),
            sentences={sent.id},
        )

    def _names_source(self, toks: list[Tok], np: tuple[int, int]) -> bool:
        """Whether a phrase names a source: a name, an account, a source noun ("Bericht",
        "Angaben", "Statistiken") or a head the source lexicon knows ("Zeitung",
        "Ministerium") — not "dem hohen Stande der Volksbildung"."""
        head = head_of(toks, np)
        if head is None or head.tag not in ("NOUN", "PROPN"):
            return False
        if head.tag == "PROPN" or head.text.startswith("@"):
            return True
        word = head.text
        singulars = [word[:-2], word[:-1]] if word.endswith("en") else []
        if any(self.lex.is_source_noun(w) for w in [word, *singulars] if len(w) > 3):
            return True  # "Bericht", "Statistiken"
        return sources(self.lex.lang).head_type(word) is not None

    def _can_speak(self, toks: list[Tok], np: tuple[int, int]) -> bool:
        """Whether a phrase can be the speaker of a narrated speech act: a name, a handle,
        a personal pronoun, or a head noun the source lexicon knows (a person, a body, an
        outlet, a document; "Ein Blick auf …", "diese Artikel" are none)."""
        head = head_of(toks, np)
        if head is None:
            return False
        if head.tag == "PROPN" or head.text.startswith("@"):
            return True
        if head.tag in ("PRON", "POSS"):
            return head.low in self.lex.subject_pronouns and head.low != "es"
        src = sources(self.lex.lang)
        return src.head_type(head.text) is not None or src.is_vague(head.text)

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

    def _governed(self, toks: list[Tok], t: Tok, cs: int, ce: int, last: int):
        """(kind, message span, quote, token range) of what the cue verb governs."""
        n = len(toks)
        lex = self.lex
        first = toks[self._skip_conj(toks, cs)] if cs < n else t
        wie = first.low in lex.wie and first.i < t.i
        # "wie X berichtet": the statement is the rest of the sentence.
        if wie:
            if cs <= self._skip_conj(toks, 0):
                a, b = ce, last
            elif ce >= last:
                a, b = 0, cs
            else:
                a, b = 0, last
            if b <= a:
                return (None, (0, 0), None, 0, 0)
            kind, msg, qid = self._message(toks, a, b)
            return ("reported" if kind == "indirect" else kind, msg, qid, a, b)
        # After the clause.
        if ce < n:
            nxt = toks[ce]
            if nxt.text == ":" or nxt.is_mark:
                k = ce + 1 if nxt.text == ":" else ce
                if (
                    k < n
                    and toks[k].quote is not None
                    and (nxt.text == ":" or self._quote_ends_sentence(toks, k, last))
                ):
                    return (*self._direct(toks[k].quote), k, k + 1)
                if nxt.text == ":" and k < last:
                    kind, msg, qid = self._message(toks, k, last)
                    return (kind, msg, qid, k, last)
                if nxt.text == ":":
                    return (None, (0, 0), None, 0, 0)  # the content follows the colon
            if nxt.text == ",":
                k = ce + 1
                if k < n and toks[k].quote is not None and toks[k].is_mark:
                    before = self._quote_before_frame(toks, cs, t)
                    if before is not None:
                        # „…“, sagte er, „…“: the first part; the second carries it on.
                        return (*self._direct(before), cs - 2, cs - 1)
                    return (*self._direct(toks[k].quote), k, k + 1)
                if k < n and (
                    (
                        toks[k].low in lex.subordinators
                        and toks[k].tag in ("SCONJ", "WH", "ADV", "CONJ", "PRON")
                    )
                    or (not self.de and toks[k].low in lex.subordinators)
                ):
                    if toks[k].low == "wonach" and any(
                        x.tag == "NOUN" for x in toks[cs:ce] if x.i != t.i
                    ):
                        # "wies Berichte zurück, wonach …": the clause is the reports'.
                        return (None, (0, 0), None, 0, 0)
                    if toks[k].tag != "SCONJ" and (
                        self._has_object(toks, t.i + 1, ce)
                        or any(x.tag in ("NOUN", "PROPN", "PRON") for x in toks[t.i + 1 : ce])
                    ):
                        # "hat alles festgestellt, was …": a relative clause to the object.
                        return (None, (0, 0), None, 0, 0)
                    end = _clause_end(toks, k, last) if self.de else last
                    kind, msg, qid = self._message(toks, k, end)
                    return (kind, msg, qid, k, end)
                # A V2 clause in Konjunktiv: "sagte, er sei müde"
                c2s, c2e = k, k
                while c2e < n and not (toks[c2e].text in ",:;" and c2e > k + 6):
                    c2e += 1
                fin2 = _first_finite(toks, c2s, min(c2e, last))
                if (
                    fin2 is not None
                    and fin2.mood in ("subj1", "subj2")
                    and toks[k].low not in _ADVERBIAL_SUBORDINATORS
                ):
                    end = _v2_end(toks, k, last)
                    kind, msg, qid = self._message(toks, k, end)
                    return (kind, msg, qid, k, end)
                if (
                    self.de
                    and fin2 is not None
                    and fin2.mood == "ind"
                    and fin2.i - k <= 3
                    and (
                        toks[k].tag not in ("SCONJ", "REL", "WH", "CONJ", "ADP")
                        # "…, das ist …", "…, die Reform kommt zu spät": a tagger's
                        # relative pronoun with the verb second and more after it.
                        or (
                            toks[k].tag == "REL"
                            and fin2.i + 1 < last
                            and not is_boundary(toks[fin2.i + 1])
                        )
                    )
                    and self._bare_frame(toks, t, cs, ce)
                ):
                    # "Ich glaube, das ist der falsche Ansatz.": a bare frame and a main
                    # clause in the indicative.
                    end = _v2_end(toks, k, last)
                    kind, msg, qid = self._message(toks, k, end)
                    return (kind, msg, qid, k, end)
                if (
                    self.de
                    and fin2 is None
                    # "verlangte X, und befahl ihm, … zu …": a coordinated verb's infinitive
                    and k < n
                    and toks[k].tag != "CONJ"
                    and any(toks[j].zu_inf for j in range(k, last))
                ):
                    end = _clause_end(toks, k - 1, last, infinitive=True)
                    kind, msg, qid = self._message(toks, k, end)
                    return (kind, msg, qid, k, end)
                if not self.de and fin2 is not None and cs <= 1:
                    kind, msg, qid = self._message(toks, k, last)
                    return (kind, msg, qid, k, last)
        # Before the clause: "„…“, sagte X." / "Er sei müde, sagte X."
        verb_first = first.tag not in ("REL", "SCONJ", "WH") and (
            self._skip_conj(toks, cs) == t.i
            or (not self.de and np_left(toks, cs, t.i, lex) is not None)
            or (
                t.tag == "VPP"
                and self._skip_conj(toks, cs) < t.i
                and toks[self._skip_conj(toks, cs)].tag == "VFIN"
            )
        )
        finite_after = any(x.tag == "VFIN" for x in toks[t.i + 1 : min(ce, last)])
        if (
            cs > 0
            and verb_first
            and not finite_after
            and (ce >= last or (ce < n and toks[ce].text == ","))
        ):
            prev = toks[cs - 1]
            if prev.text == "," or prev.is_mark:
                k = cs - 2 if prev.text == "," else cs - 1
                if k >= 0 and toks[k].quote is not None and toks[k].is_mark:
                    return (*self._direct(toks[k].quote), k, k + 1)
                if (
                    k >= 0
                    and toks[k].is_mark
                    and prev.text == ","
                    and toks[k].quote is None
                    and k - 1 >= 0
                    and toks[k - 1].quote is not None
                ):
                    return (*self._direct(toks[k - 1].quote), k - 1, k)
                if ce >= last:
                    # "Er sei müde, sagte X.": a whole main clause before the frame.
                    start = self._skip_conj(toks, 0)
                    if start < cs - 1 and _main_finite(toks, start, cs - 1) is not None:
                        kind, msg, qid = self._message(toks, start, cs - 1)
                        return (kind, msg, qid, start, cs - 1)
                elif ce < n and toks[ce].text == ",":
                    # "Die Lage, sagte er, sei ernst.": the frame after the first phrase.
                    start = self._skip_conj(toks, 0)
                    if _first_finite(toks, start, cs) is None and (
                        _main_finite(toks, ce + 1, last) is not None
                    ):
                        kind, msg, qid = self._message(toks, start, last)
                        return (kind, msg, qid, start, last)
        # A quote right after the verb in the same clause: "Er sagte „Nein“."
        for k in range(t.i + 1, ce):
            if toks[k].is_mark and toks[k].quote is not None:
                q = self.ctx.quotes[toks[k].quote]
                if q.start == toks[k].start:
                    inner = [x for x in toks[k:ce] if x.quote is None and x.tag != "PUNCT"]
                    between = [x for x in toks[t.i + 1 : k] if x.tag == "VFIN"]
                    if not inner and not between:
                        whole = all(
                            x.tag in ("PRON", "ADV", "PUNCT", "PRF") for x in toks[t.i + 1 : k]
                        )
                        return (*self._direct(toks[k].quote, whole=whole), k, k + 1)
        # English "X said the plan was dead" (no "that").
        if not self.de and t.i + 1 < last and t.tag != "NOUN":
            k = t.i + 1
            while (
                k < last
                and toks[k].low in ("to", "reporters", "journalists", "the")
                and k == t.i + 1
                and toks[k].low == "to"
            ):
                k += 1
            rest = [x for x in toks[k:last] if x.tag == "VFIN"]
            if rest and ce >= last:
                kind, msg, qid = self._message(toks, k, last)
                return (kind, msg, qid, k, last)
        # Otherwise: an object in the clause ("kündigte Reformen an", "hat über die Lage
        # gesprochen") is a reported speech act.
        if not self.de:
            return (None, (0, 0), None, 0, 0)
        b = ce if ce <= last else last
        if t.tag == "VFIN":
            a = t.i + 1
        else:
            # A participle or infinitive closes the clause: the object stands before it.
            fin = _first_finite(toks, cs, t.i)
            a, b = (fin.i + 1 if fin is not None else cs), t.i
        while (
            b > a
            and toks[b - 1].quote is None
            and (
                toks[b - 1].tag in ("PTKVZ", "VINF", "VPP")
                # the separated particle of the cue verb, which the tagger may read as a
                # preposition ("kündigte Widerstand an")
                or (b == min(ce, last) and t.tag == "VFIN" and toks[b - 1].low in _PARTICLES)
            )
        ):
            b -= 1
        if any(x.zu_inf for x in toks[t.i + 1 : b]):
            return (None, (0, 0), None, 0, 0)  # "droht zu scheitern": not a speech act
        obj = [x for x in toks[a:b] if x.tag in ("NOUN", "PROPN") or x.quote is not None]
        if obj and a < b:
            if toks[a].low in _NOT_SPEECH_OBJECTS:
                return (None, (0, 0), None, 0, 0)
            kind, msg, qid = self._message(toks, a, b)
            if kind == "indirect":
                kind = "narrated"  # a speech act and what it was about, no content
            return (kind, msg, qid, a, b)
        return (None, (0, 0), None, 0, 0)

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
            if x.quote is not None or (x.tag in ("SCONJ", "REL", "WH") and x.i != first):
                return False
            if x.low in _OBJECT_WORDS or x.low in _NOT_SPEECH_OBJECTS or x.low in _NOT_NOMINATIVE:
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

    def _subject(
        self, toks: list[Tok], cs: int, ce: int, t: Tok, fin: Tok | None
    ) -> tuple[int, int] | None:
        """The grammatical subject of the cue verb, by position."""
        n = len(toks)
        lex = self.lex
        k = cs
        while k < ce and (toks[k].tag == "CONJ" or toks[k].is_mark):
            k += 1
        if k < n and (toks[k].tag in ("SCONJ", "WH") or toks[k].low in lex.wie):
            found = np_right(toks, k + 1, lex)
            if found is not None and found[1] <= t.i:
                return found
            return None
        if k < n and toks[k].tag == "REL" and cs >= 2 and toks[cs - 1].text == ",":
            ps, _ = _clause(toks, cs - 2)
            return np_left(toks, ps, cs - 1, lex)
        anchor = fin if fin is not None and cs <= fin.i < ce and self.de else t
        if self.de and anchor is t and t.tag == "VFIN":
            # "Stoiber hatte … betont": a participle the tagger read as finite; the
            # auxiliary before it holds the verb-second slot.
            aux = _first_finite(toks, k, t.i)
            if aux is not None and aux.stts in ("VAFIN", "VMFIN"):
                anchor = aux
        if not self.de:
            return self._subject_en(toks, cs, ce, t, k)
        # NP right before the finite verb (verb second with the subject first); a leading
        # adverb or conjunction ("Doch Beschäftigte befürchten") is skipped, and so are
        # adverbs between subject and verb ("Die Kanadier hingegen sagen").
        for start in (k, self._skip_adverbs(toks, k, anchor.i)):
            if start < anchor.i:
                found = np_right(toks, start, lex)
                if (
                    found is not None
                    and (
                        found[1] == anchor.i
                        or (
                            found[1] < anchor.i
                            and all(x.tag == "ADV" for x in toks[found[1] : anchor.i])
                        )
                    )
                    and not self._object_like(toks, found)
                ):
                    return found
        # Inversion: the subject follows the finite verb ("So berichten mehrere Blogger").
        j = anchor.i + 1
        while j < ce and (toks[j].tag in ("ADV", "PRF") or toks[j].low in ("auch", "dazu")):
            j += 1
        if j < ce and toks[j].low not in _NOT_NOMINATIVE:
            found = np_right(toks, j, lex)
            if found is not None:
                return found
        if (
            k == anchor.i
            and k > cs
            and toks[k - 1].low in _COORDINATORS
            and cs >= 2
            and toks[cs - 1].text == ","
        ):
            # "…, sagte Müller und fügte hinzu, …" across a comma: ", und fügte hinzu".
            # The nearest cue verb before it in the indicative ("…, sagte X, und …").
            for j in range(cs - 2, -1, -1):
                first = toks[j]
                if first.tag != "VFIN" or first.quote is not None or first.mood == "subj1":
                    continue
                lemma = self._verb_lemma(toks, first)
                if lemma is None or self.lex.verb_type(lemma) is None:
                    continue
                fs, fe = _clause(toks, first.i)
                return self._subject(toks, fs, fe, first, first)
            return None
        if k == anchor.i and cs >= 2 and toks[cs - 1].text == ",":
            # "Der Leiter des Programms, Klaus Stöhr, sagte", "Deiss, der …, sagte": the
            # subject stands before appositions and relative clauses.
            return self._subject_before_insertions(toks, cs - 1)
        if k < anchor.i and toks[anchor.i - 1].low in _COORDINATORS:
            # "Podolski war anwesend und sagte …": the subject of the first conjunct.
            first = _first_finite(toks, k, anchor.i - 1)
            if first is not None:
                return self._subject(toks, cs, anchor.i - 1, first, first)
        if (
            k == anchor.i - 1
            and k == cs
            and toks[k].tag in ("ADJD", "X")
            and toks[k].text[:1].isupper()
            and toks[k].low not in lex.subject_pronouns
            and toks[k].stts not in ("PROAV", "PTKNEG", "PWAV")
            and k == self._skip_conj(toks, 0)
        ):
            # A name the tagger misread ("Glos hatte gesagt"): a capitalised word alone
            # before the verb when no other subject is in sight.
            return (k, k + 1)
        return None

    def _subject_before_insertions(self, toks: list[Tok], comma: int) -> tuple[int, int] | None:
        """The subject that opens the sentence when only comma-delimited insertions stand
        between it and the verb (the comma at ``comma``): appositions stay in the phrase
        ("Tegaye Mununhe, der Polizeichef der Region"), relative clauses do not
        ("Deiss, der sich … entschlossen hatte")."""
        start = self._skip_conj(toks, 0)
        while start < comma and toks[start].tag == "ADV":
            start += 1
        np = np_right(toks, start, self.lex)
        if np is None or np[1] > comma or self._object_like(toks, np):
            return None
        # The opening phrase runs to the first comma: what follows its noun up to there
        # (prepositional phrases, an acronym) belongs to it ("Der Vertreter der Arbeitgeber
        # im Aufsichtsrat der BA (BA), Peter Clever, hat …").
        stop = np[1]
        while stop < comma and toks[stop].text != ",":
            stop += 1
        rest = toks[np[1] : stop]
        if rest and not any(
            x.tag in ("VFIN", "VPP", "VINF", "SCONJ", "REL", "WH") or x.quote is not None
            for x in rest
        ):
            np = (np[0], stop)
        if (
            toks[np[0]].tag in ("PRON", "REL")
            and np[1] - np[0] == 1
            and toks[np[0]].low not in self.lex.subject_pronouns
        ):
            return None
        end = np[1]
        k = np[1]
        in_relative = False
        while k < comma:
            if toks[k].text != ",":
                return None
            # One insertion: up to the next comma (or the verb's comma).
            j = k + 1
            while j < comma and toks[j].text != ",":
                if toks[j].quote is not None and not toks[j].is_mark:
                    return None
                j += 1
            part = toks[k + 1 : j]
            if not part or j - k > 25:
                return None
            relative = part[0].tag == "REL" and any(x.tag == "VFIN" for x in part)
            relative = relative or (part[0].tag == "ADP" and len(part) > 1 and part[1].tag == "REL")
            if relative:
                in_relative = True
            elif (
                not in_relative
                and any(x.tag in ("NOUN", "PROPN") for x in part)
                and not any(x.tag in ("VFIN", "SCONJ", "VPP", "VINF") for x in part)
            ):
                end = j  # an apposition: part of the speaker phrase
            elif in_relative and not any(x.tag == "VFIN" for x in part):
                pass  # an extension of the relative clause ("…, um … zu …")
            else:
                return None
            k = j
        return np[0], end

    @staticmethod
    def _skip_adverbs(toks: list[Tok], k: int, end: int) -> int:
        while k < end and toks[k].tag in ("ADV", "CONJ", "ADJD"):
            k += 1
        return k

    def _object_like(self, toks: list[Tok], np: tuple[int, int]) -> bool:
        """A fronted object that looks like a subject: "Deutlichere Worte fand sie",
        "Dies teilte ein Sprecher mit", "Den Plan kritisierte sie"."""
        if np[1] - np[0] == 1 and toks[np[0]].low in _FRONTED_OBJECTS:
            return True
        if toks[np[0]].low in _NOT_NOMINATIVE:
            return True
        head = head_of(toks, np)
        return head is not None and (
            head.text in self.lex.colon_nouns or head.text in ("Worte", "Töne")
        )

    def _subject_en(
        self, toks: list[Tok], cs: int, ce: int, t: Tok, k: int
    ) -> tuple[int, int] | None:
        """English: "X said", "…, said X.", "X, the …, said"."""
        lex = self.lex
        if k < t.i:
            found = np_left(toks, k, t.i, lex)
            if found is not None:
                return found
            # "X has said", "X also said": an auxiliary or adverb between.
            j = t.i
            while j > k and toks[j - 1].tag in ("VFIN", "ADV"):
                j -= 1
            if j < t.i:
                found = np_left(toks, k, j, lex)
                if found is not None:
                    return found
        verb_after = any(x.tag == "VFIN" for x in toks[t.i + 1 : ce])
        if t.i == k and cs >= 2 and toks[cs - 1].text == ",":
            # "Helen Marsh, the MP for Harwick, said …": the phrase before the apposition.
            found = np_right(toks, self._skip_conj(toks, 0), lex)
            if found is not None and found[1] < len(toks) and toks[found[1]].text == ",":
                return found[0], cs - 1  # with the apposition: "Helen Marsh, the MP for …"
        if not verb_after:
            j = t.i + 1
            if j < ce:
                return np_right(toks, j, lex)
        return None

    def _source_pp(
        self, toks: list[Tok], cs: int, ce: int, t: Tok, *, strict: bool = False
    ) -> tuple[int, int] | None:
        """Where an impersonal or passive statement comes from: "von X" (the agent) or
        "auf dem X-Account @name", "in dem Bericht", "aus Regierungskreisen" — in the cue's
        clause first, then anywhere before the cue.  ``strict``: only a name, handle or
        account/report-like phrase (when the verb has a subject slot that stayed empty)."""
        lex = self.lex
        ranges = [(cs, ce), (0, cs)] if cs > 0 else [(cs, ce)]
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
                return found
        return None

    # -- "Ein Nutzer schrieb:" before quotes in the next blocks ----------------------------
    def introduction(self, sent: Sent) -> Found | None:
        """A sentence ending in a colon with a cue verb and its subject, whose message
        follows in the next block(s); the message is left empty for the caller to fill."""
        toks = sent.toks
        for t in toks:
            if t.quote is not None:
                continue
            lemma = self._verb_lemma(toks, t)
            if lemma is None or self.lex.verb_type(lemma) is None:
                continue
            cs, ce = _clause(toks, t.i)
            fin = t if t.tag == "VFIN" else _first_finite(toks, cs, ce)
            np = self._subject(toks, cs, ce, t, fin) or self._source_pp(toks, cs, ce, t)
            if np is None:
                continue
            return Found(
                kind="direct",
                sentence=sent.id,
                message=(0, 0),
                cue=(t.start, t.end, self.lex.verb_type(lemma) or "speech_verb", lemma),
                speakers=[self._speaker_span(toks, np)],
                heads=self._heads(toks, np),
                anaphoric=self._anaphoric(toks, np),
                sentences={sent.id},
            )
        return None

    # -- "die Forderung der Opposition, dass …", "der Meinung, dass …" --------------------
    def _noun_clauses(self, sent: Sent, taken: set[int]) -> list[Found]:
        """A speech or thought noun followed by its content clause ("dass", "ob",
        "wonach"): the clause is an indirect statement.  Its speaker is a possessive before
        the noun ("seine Forderung"), a genitive or "von" phrase after it ("die Warnung der
        Polizei"), or the subject of a light verb ("Sie ist der Meinung, dass …", "Er
        äußerte die Hoffnung, dass …")."""
        toks = sent.toks
        last = _last(toks)
        out: list[Found] = []
        nouns = self.lex.clause_nouns
        for t in toks:
            if t.tag != "NOUN" or t.quote is not None or t.i in taken:
                continue
            # The noun's own attachments, then a comma and the content clause (looked for
            # before the lexicon, which most nouns, followed by no such clause, need not see).
            k = t.i + 1
            while k < last and k - t.i <= 6 and toks[k].text != "," and toks[k].tag != "VFIN":
                k += 1
            if k + 1 >= last or toks[k].text != ",":
                continue
            sub = toks[k + 1]
            if sub.low not in _CONTENT_CLAUSE_OPENERS:
                continue
            learned = t.text not in nouns and not self._clause_compound(t.text)
            if learned and learned_settings.noun_min > 1:
                continue
            end = _clause_end(toks, k + 1, last)
            kind, message, qid = self._message(toks, k + 1, end)
            if message[1] <= message[0]:
                continue
            np = self._noun_speaker(toks, t, k)
            speakers, heads, anaphoric = [], [], False
            if np is not None:
                speakers = [self._speaker_span(toks, np)]
                heads = self._heads(toks, np)
                anaphoric = self._anaphoric(toks, np)
            found: Found | None = Found(
                kind=kind,
                sentence=sent.id,
                message=message,
                cue=(t.start, t.end, "speech_noun", t.text),
                speakers=speakers,
                heads=heads,
                anaphoric=anaphoric,
                quote=qid,
                mood=_message_mood(toks, k + 1, end),
                confidence=0.7 if np is not None else 0.5,
                sentences={sent.id},
            )
            if found is not None and learned:
                found = learned_noun_cue(found, lambda t=t: self._learned(sent, t))
            if found is not None:
                out.append(found)
        return out

    def _clause_compound(self, word: str) -> bool:
        """A compound ending in a speech noun ("Pressemeldungen", "Medienberichte")."""
        if self._clause_suffixes is None:
            self._clause_suffixes = tuple(n.lower() for n in self.lex.clause_nouns if len(n) >= 7)
        low = word.lower()
        return len(low) >= 11 and low.endswith(self._clause_suffixes)

    def _noun_speaker(self, toks: list[Tok], t: Tok, k: int) -> tuple[int, int] | None:
        """Whose statement a speech noun names (see :meth:`_noun_clauses`)."""
        j = t.i - 1
        while j >= 0 and toks[j].tag == "ADJ":
            j -= 1
        if j >= 0 and toks[j].tag == "POSS":
            return (j, j + 1)
        after = self._genitive_after(toks, t.i + 1, k)
        if after is not None and toks[after[0]].tag != "PRON":
            return after
        cs, ce = _clause(toks, t.i)
        fin = _first_finite(toks, cs, ce)
        if fin is not None and fin.lemma in self.lex.light_verbs:
            return self._subject(toks, cs, ce, fin, fin)
        return None

    # -- "Demnach …" ----------------------------------------------------------------------
    def _demnach(self, sent: Sent, taken: set[int]) -> list[Found]:
        """ "Demnach steht der Kopilot in der Schusslinie": the sentence reports what a
        source named before says; the quotes component links it to that attribution."""
        toks = sent.toks
        last = _last(toks)
        for t in toks:
            if t.low not in self.lex.anaphoric_preps or t.quote is not None or t.i in taken:
                continue
            if t.tag not in ("ADV", "PUNCT") and t.stts not in ("PROAV", "ADV"):
                continue
            a, b = self._skip_conj(toks, 0), last
            if t.i == a:
                a = t.i + 1
            if _main_finite(toks, a, b) is None:
                continue
            kind, message, qid = self._message(toks, a, b)
            if kind == "indirect":
                kind = "reported"
            return [
                Found(
                    kind=kind,
                    sentence=sent.id,
                    message=message,
                    cue=(t.start, t.end, "anaphoric", t.low),
                    quote=qid,
                    mood=_message_mood(toks, a, b),
                    confidence=0.6,
                    sentences={sent.id},
                )
            ]
        return []

    # -- "„…“, nickte Briesack." ----------------------------------------------------------
    def _frames(self, sent: Sent, taken: set[int]) -> list[Found]:
        """A quote followed by a comma, a finite verb and its subject, closing the sentence
        or followed by the quote's next part: the frame of a direct quote, whatever the
        verb ("„Ja“, nickte er.", "„…“, so fuhr sie fort, „…“")."""
        toks = sent.toks
        last = _last(toks)
        out: list[Found] = []
        for k in range(len(toks) - 3):
            tok = toks[k]
            if not tok.is_mark or tok.quote is None or toks[k + 1].quote is not None:
                continue
            q = self.ctx.quotes[tok.quote]
            if q.end != tok.end or toks[k + 1].text not in (",", "—", "–"):
                continue
            j = k + 2
            if toks[j].low == "so" and j + 1 < len(toks):
                j += 1
            verb = toks[j]
            if (
                verb.tag != "VFIN"
                or verb.stts == "VMFIN"
                or verb.i in taken
                or verb.lemma in ("sein", "haben", "werden")
            ):
                continue
            np = np_right(toks, j + 1, self.lex)
            if np is None or toks[np[0]].tag == "PUNCT":
                continue
            # After the subject: a few words of manner, then the end or the next part.
            end = np[1]
            while end < last and toks[end].quote is None and end - np[1] <= 6:
                end += 1
            if end < last and toks[end].quote is None:
                continue
            if any(x.tag in ("VFIN", "SCONJ", "REL") for x in toks[np[1] : end]):
                continue
            lemma = self._verb_lemma(toks, verb, any_particle=True) or verb.lemma
            kind, message, qid = self._direct(tok.quote)
            out.append(
                Found(
                    kind=kind,
                    sentence=sent.id,
                    message=message,
                    cue=(verb.start, verb.end, self.lex.verb_type(lemma) or "speech_verb", lemma),
                    speakers=[self._speaker_span(toks, np)],
                    heads=self._heads(toks, np),
                    anaphoric=self._anaphoric(toks, np),
                    quote=qid,
                    confidence=0.7,
                    sentences={sent.id},
                )
            )
        return out

    # -- ", so X" --------------------------------------------------------------------------
    def _so(self, sent: Sent, taken: set[int]) -> list[Found]:
        if not self.lex.so:
            return []
        toks = sent.toks
        last = _last(toks)
        out: list[Found] = []
        for t in toks:
            if t.low not in self.lex.so or t.quote is not None or t.i == 0 or t.i in taken:
                continue
            prev = toks[t.i - 1]
            if not (prev.text == "," or prev.is_mark):
                continue
            np = np_right(toks, t.i + 1, self.lex)
            if np is None:
                continue
            stop = np[1]
            while stop < last and not is_boundary(toks[stop]):
                stop += 1
            rest = [x for x in toks[np[1] : stop] if x.tag in ("VFIN", "SCONJ")]
            if rest or (t.i + 1 < len(toks) and toks[t.i + 1].low in _SO_STOP):
                continue
            k = t.i - 2 if prev.text == "," else t.i - 1
            if k >= 0 and toks[k].is_mark and toks[k].quote is not None:
                kind, message, qid = self._direct(toks[k].quote)
                a, b = k, k + 1
            else:
                a = self._skip_conj(toks, 0)
                b = t.i - 1 if prev.text == "," else t.i
                if b <= a:
                    continue
                kind, message, qid = self._message(toks, a, b)
            out.append(
                Found(
                    kind=kind,
                    sentence=sent.id,
                    message=message,
                    cue=(t.start, t.end, "so", "so"),
                    speakers=[self._speaker_span(toks, np)],
                    heads=self._heads(toks, np),
                    anaphoric=self._anaphoric(toks, np),
                    quote=qid,
                    mood=_message_mood(toks, a, b) if qid is None else None,
                    confidence=0.8,
                    sentences={sent.id},
                )
            )
        return out
