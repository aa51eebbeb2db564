"""Noun and phrase cues: "laut X", "X zufolge", "nach Angaben des X", "Ihrer Meinung nach",
"wie X berichtet", ", so X", "heißt es", "demnach", frames and speech nouns with a content clause.

A mixin of :class:`newsprobe.attribution.cues.SentenceRules`; moved out of cues.py as is."""

from __future__ import annotations

from newsprobe.attribution.clauses import (
    CONTENT_CLAUSE_OPENERS,
    SO_STOP,
    SOURCE_ONLY_PREPS,
    Context,
    clause,
    clause_end,
    content_end,
    first_finite,
    main_finite,
    message_mood,
    v2_end,
    zu_clause_ahead,
)
from newsprobe.attribution.cue_model.hook import (
    learned_noun_cue,
    learned_settings,
)
from newsprobe.attribution.found import Found, said_by
from newsprobe.attribution.irrealis import event_noun_clause
from newsprobe.attribution.lexicon import CueLexicon
from newsprobe.attribution.light_verbs import attributes_then_light_verb, misread_light_verb
from newsprobe.attribution.phrases import QUANTIFIERS, head_of, is_boundary, np_left, np_right
from newsprobe.attribution.source_phrases import SourcePhrases
from newsprobe.attribution.source_spans import (
    DASHES,
    opens_phrase,
    pronoun_before,
    split_zufolge,
    trim_after,
    trim_before,
)
from newsprobe.attribution.view import Sent, Tok

#: "eigen-" before a source noun: the subject's own statement ("nach eigenen Angaben").
_OWN_FORMS = frozenset(["eigenen", "eigener", "eigene", "eigenem", "own"])
#: Source nouns that also name an event after which something happened ("nach der
#: Ankündigung"): a cue only in a clause that reports.
_EVENT_NOUNS = frozenset(
    [
        "Ankündigung",
        "Veröffentlichung",
        "Hinweis",
        "Hinweisen",
        "Nachricht",
        "Erklärung",
        # an inquiry after which something happened ("nach eingehenden Untersuchungen";
        # not "Ermittlungen": "Nach ersten Ermittlungen der Polizei war …" reports)
        "Untersuchung",
        "Untersuchungen",
    ]
)


#: Words of a noun's own attribute ("der Beschluss der EU-Kommission, …").
class NounCues(SourcePhrases):
    ctx: Context
    lex: CueLexicon
    de: bool

    # -- "laut X", "X zufolge", "nach Angaben des X", "Ihrer Meinung nach", "according to"
    def _prepositional(self, sent: Sent) -> list[Found]:
        toks = sent.toks
        out: list[Found] = []
        last = content_end(toks)
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
                or low == "folge"
                or t.tag == "NOUN"
                or not de
            ):
                continue
            np: tuple[int, int] | None = None
            phrase_lo: int | None = None  # where the source phrase starts, if before np
            cue: tuple[int, int] | None = None
            ctype = ""
            lemma: str | None = t.low
            if self.de and t.low in self.lex.prep_before and self._laut_is_preposition(toks, t):
                np = np_right(toks, t.i + 1, self.lex) or self._name_after(toks, t.i + 1)
                if np is not None:
                    np = trim_after(toks, np)
                cue, ctype = (t.i, t.i + 1), "laut"
                if t.low in SOURCE_ONLY_PREPS and (np is None or not self._names_source(toks, np)):
                    continue  # "gemäß dem hohen Stande der Volksbildung"
            elif not self.de and t.low == "according" and t.i + 1 < n and toks[t.i + 1].low == "to":
                np = np_right(toks, t.i + 2, self.lex)
                cue, ctype, lemma = (t.i, t.i + 2), "according_to", "according to"
            elif (t.low in self.lex.prep_after and t.i > 0) or split_zufolge(toks, t):
                split = t.low == "folge"  # "Gerüchten zu Folge"
                cs, ce = clause(toks, t.i)
                np = np_left(toks, cs, t.i - split, self.lex) or pronoun_before(toks, t.i - split)
                if np is not None:
                    np = _after_misread_verb(toks, trim_before(toks, np, self.lex), cs, ce)
                    phrase_lo = np[0]
                    # "Angaben der Polizei zufolge": the speaker is the genitive's owner.
                    noun = self._source_noun(toks, np)
                    if noun is not None:
                        np = self._genitive_after(toks, noun.i + 1, np[1]) or np
                cue, ctype = (t.i - split, t.i + 1), "zufolge"
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
            if speaker_tok.low in _OWN_FORMS:
                subject = self._subject_in_clause(toks, t.i, cue[1]) or self._subject_of_sentence(
                    toks
                )
                if subject is not None:
                    np, anaphoric = subject, self._anaphoric(toks, subject)
            lo = min(cue[0], np[0], phrase_lo if phrase_lo is not None else np[0])
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
            if kind == "indirect" or (kind == "partial" and ctype == "according_to"):
                # (English "according to" reports a quoted fragment too: '… "a social
                # element," according to the study')
                kind = "reported"
            found = Found(
                kind=kind,
                sentence=sent.id,
                message=message,
                cue=(toks[cue[0]].start, toks[cue[1] - 1].end, ctype, lemma),
                **said_by(self, toks, np, anaphoric),
                quote=qid,
                mood=message_mood(toks, a, b),
                confidence=0.85,
                sentences={sent.id},
            )
            out.append(found)
        return out

    @staticmethod
    def _reports(toks: list[Tok], k: int) -> bool:
        """The clause around token ``k`` reports: its finite verb is in Konjunktiv or the
        modal "sollen" ("Nach der Ankündigung der Ministerin soll …")."""
        cs, ce = clause(toks, k)
        return any(
            x.tag == "VFIN" and (x.mood in ("subj1", "subj2") or x.lemma == "sollen")
            for x in toks[cs:ce]
        )

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

    def _noun_cue(
        self, toks: list[Tok], t: Tok
    ) -> tuple[tuple[int, int], tuple[int, int], str] | None:
        """ "nach Angaben des X", "nach eigenen Angaben", "Ihrer Meinung nach",
        "in the view of X": ``(speaker, cue, type)``."""
        n = len(toks)
        k = t.i - 1
        while k >= 0 and (
            toks[k].tag in ("ADJ", "DET", "POSS")
            or self._is_poss(toks[k])
            or (k == t.i - 1 and toks[k].tag == "PROPN" and toks[k].text.endswith("s"))
        ):
            k -= 1
        before = toks[k] if k >= 0 else None
        if (
            self.de
            and before is not None
            and before.low in ("nach", "aus", "laut", "gemäß")
            and before.tag == "ADP"
            # "Aus dem Bericht geht hervor, dass …": the verb rule reads it
            and not (before.low == "aus" and any(x.low == "hervor" for x in toks))
        ):
            if t.text in _EVENT_NOUNS and not self._reports(toks, t.i):
                return None  # "Nach der Ankündigung stiegen die Kurse": a time
            # nach [Det/Poss/Adj]* Noun [Genitive | von X]
            inner = self._genitive_after(toks, t.i + 1, n)
            if inner is None and t.i + 2 < n and toks[t.i + 1].low == "von":
                inner = self._name_after(toks, t.i + 2)  # "nach Ansicht von ai"
            if inner is not None and toks[inner[0]].tag != "PRON":
                return inner, (before.i, t.i + 1), "source_noun"
            # possessive, "eigenen" or a name's genitive: the speaker is that word
            for j in range(before.i + 1, t.i):
                if (
                    self._is_poss(toks[j])
                    or toks[j].low in _OWN_FORMS
                    # "Nach Schäubles Idee"
                    or (toks[j].tag == "PROPN" and toks[j].text.endswith("s") and j == t.i - 1)
                ):
                    return (j, j + 1), (before.i, t.i + 1), "source_noun"
            if self.lex.is_source_noun(t.text, standalone=True) or (
                before.low == "nach" and toks[t.i - 1].tag == "ADJ" and before.i < t.i - 1
            ):
                # "nach einer Studie", "nach Polizeiangaben", "nach kubanischen Aussagen":
                # the phrase is the source.
                return (before.i + 1, t.i + 1), (before.i, before.i + 1), "source_noun"
            return None
        if (
            self.de
            and t.i + 1 < n
            and toks[t.i + 1].low == "nach"
            and toks[t.i + 1].tag in ("ADPO", "ADP", "ADV")
            and not opens_phrase(toks, t.i + 2, adjective=False)  # "… nach dem Tode"
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
            cs, ce = clause(toks, t.i)
            fin = t if t.tag == "VFIN" else first_finite(toks, cs, ce)
            np = self._subject(toks, cs, ce, t, fin) or self._source_pp(toks, cs, ce, t)
            if np is None:
                continue
            return Found(
                kind="direct",
                sentence=sent.id,
                message=(0, 0),
                cue=(t.start, t.end, self.lex.verb_type(lemma) or "speech_verb", lemma),
                **said_by(self, toks, np),
                sentences={sent.id},
            )
        return None

    # -- "die Forderung der Opposition, dass …", "der Meinung, dass …" --------------------
    def _noun_clauses(self, sent: Sent, taken: set[int]) -> list[Found]:
        """A speech or thought noun followed by its content clause ("dass", "ob",
        "wonach"): the clause is an indirect statement.  Its speaker is a possessive before
        the noun ("seine Forderung"), a genitive or "von" phrase after it ("die Warnung der
        Polizei"), or the subject of a light verb ("Sie ist der Meinung, dass …", "Er
        äußerte die Hoffnung, dass …"); a stance adjective after a copula is read the same
        way, its speaker the copula's subject ("Sie ist zuversichtlich, dass …")."""
        toks = sent.toks
        last = content_end(toks)
        out: list[Found] = []
        nouns = self.lex.clause_nouns
        for t in toks:
            adjective = t.tag in ("ADJD", "VPP") and t.low in self.lex.clause_adjectives
            if (t.tag != "NOUN" and not adjective) or t.quote is not None or t.i in taken:
                continue
            # The noun's own attachments, then a comma and the content clause (looked for
            # before the lexicon, which most nouns, followed by no such clause, need not see).
            k = t.i + 1
            while k < last and k - t.i <= 6 and toks[k].text not in ",:" and toks[k].tag != "VFIN":
                k += 1
            if k + 1 >= last or toks[k].text not in ",:":
                continue
            sub = toks[k + 1]
            if sub.i in taken:
                continue  # (a "wonach" the relative-source rule took)
            # "erhob schwere Vorwürfe gegen die Regierung: Sie habe …": after a colon only a
            # light verb's clause in Konjunktiv (or a zu-infinitive) is the noun's content
            if sub.low in CONTENT_CLAUSE_OPENERS and toks[k].text == ",":
                end = clause_end(toks, k + 1, last)
            elif (t.text in nouns or adjective) and attributes_then_light_verb(
                toks, t.i + 1, k, self.lex
            ):
                # "vertritt die Ansicht, Clarkson habe …" (Konjunktiv, verb second) and
                # "fasste den Beschluss, Gespräche zu führen" (a zu-infinitive)
                end = self._clause_after_noun(toks, k + 1, last)
                if end is None or event_noun_clause(t, toks, k + 1, end):
                    continue  # (not "Die Entscheidung von X, … umzubenennen": irrealis.py)
            else:
                continue
            learned = not adjective and t.text not in nouns and not self._clause_compound(t.text)
            if learned and learned_settings.noun_min > 1:
                continue
            kind, message, qid = self._message(toks, k + 1, end)
            if message[1] <= message[0]:
                continue
            np = self._adjective_speaker(toks, t) if adjective else self._noun_speaker(toks, t, k)
            if adjective and np is None:
                continue  # "Es ist sicher, dass …": no one's stance
            if np is not None and np[0] <= t.i < np[1]:
                np = None  # "Die Angst, entdeckt zu werden, war groß": the noun is no one
            if np is None and sub.low not in CONTENT_CLAUSE_OPENERS:
                continue  # a clause without subordinator needs whose statement it is
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
                mood=message_mood(toks, k + 1, end),
                confidence=0.7 if np is not None else 0.5,
                sentences={sent.id},
            )
            if found is not None and learned:
                found = learned_noun_cue(found, lambda t=t: self._learned(sent, t))
            if found is not None:
                out.append(found)
        return out

    def _clause_after_noun(self, toks: list[Tok], k: int, last: int) -> int | None:
        """Where a speech noun's content clause without a subordinator ends: a clause in
        Konjunktiv with its verb second, or a zu-infinitive clause; None if neither."""
        for j in range(k, min(last, k + 5)):
            x = toks[j]
            if x.tag == "VFIN":
                if x.mood in ("subj1", "subj2") and j > k:
                    return v2_end(toks, k, last)
                break
            article = (
                x.tag == "REL" and j + 1 < len(toks) and toks[j + 1].tag in ("NOUN", "ADJ", "PROPN")
            )
            if (x.tag in ("SCONJ", "REL", "WH") and not article) or x.is_mark:
                break  # (the tagger reads an article after the comma as relative)
        if zu_clause_ahead(toks, k, last):
            return clause_end(toks, k - 1, last, infinitive=True)
        return None

    def _clause_compound(self, word: str) -> bool:
        """A compound ending in a speech noun ("Pressemeldungen", "Medienberichte")."""
        if self._clause_suffixes is None:
            self._clause_suffixes = tuple(n.lower() for n in self.lex.clause_nouns if len(n) >= 7)
        low = word.lower()
        return len(low) >= 11 and low.endswith(self._clause_suffixes)

    def _adjective_speaker(self, toks: list[Tok], t: Tok) -> tuple[int, int] | None:
        """The subject of the copula of a stance adjective ("Die Regierung ist zuversichtlich"),
        None for an expletive "es" or another verb."""
        cs, ce = clause(toks, t.i)
        fin = first_finite(toks, cs, ce)
        if fin is None or fin.lemma not in self.lex.adjective_verbs:
            return None
        np = self._subject(toks, cs, ce, fin, fin)
        if np is None or (np[1] - np[0] == 1 and toks[np[0]].low in ("es", "das", "dies")):
            return None
        return np

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
        cs, ce = clause(toks, t.i)
        fin = first_finite(toks, cs, ce) or misread_light_verb(toks, cs, ce, self.lex)
        if fin is not None and (
            fin.lemma in self.lex.light_verbs
            # (a passive's subject is what was argued about: "wurde mit dem Hinweis
            # abgelehnt")
            or (_with_noun(toks, t) and fin.lemma != "werden")
        ):
            return self._subject(toks, cs, ce, fin, fin)
        return None

    # -- "Demnach …" ----------------------------------------------------------------------
    def _demnach(self, sent: Sent, taken: set[int]) -> list[Found]:
        """ "Demnach steht der Kopilot in der Schusslinie": the sentence reports what a
        source named before says; the quotes component links it to that attribution."""
        for t in sent.toks:
            if t.low not in self.lex.anaphoric_preps or t.quote is not None or t.i in taken:
                continue
            if t.tag not in ("ADV", "PUNCT") and t.stts not in ("PROAV", "ADV"):
                continue
            found = self.anaphoric_found(sent, t)
            if found is not None:
                return [found]
        return []

    def anaphoric_found(self, sent: Sent, t: Tok) -> Found | None:
        """The attribution of a sentence that reports by "Demnach"/"Danach" (``t``)."""
        toks = sent.toks
        a, b = self._skip_conj(toks, 0), content_end(toks)
        if t.i == a:
            a = t.i + 1
        if main_finite(toks, a, b) is None:
            return None
        kind, message, qid = self._message(toks, a, b)
        return Found(
            kind="reported" if kind == "indirect" else kind,
            sentence=sent.id,
            message=message,
            cue=(t.start, t.end, "anaphoric", t.low),
            quote=qid,
            mood=message_mood(toks, a, b),
            confidence=0.6,
            sentences={sent.id},
        )

    # -- "In dem Schreiben war von einem „Dialog“ die Rede" ---------------------------------
    def _die_rede(self, sent: Sent, taken: set[int]) -> list[Found]:
        """ "von X ist/war die Rede": what was talked about (narrated, or the quoted words);
        the source is a phrase "in/aus/bei …" before it ("In einem Schreiben …"), without
        which no one is known to have talked."""
        toks = sent.toks
        for t in toks:
            if t.text != "Rede" or t.i < 3 or t.quote is not None or t.i in taken:
                continue
            if toks[t.i - 1].low != "die":
                continue
            von = next((k for k in range(t.i - 2, 0, -1) if toks[k].low in ("von", "vom")), None)
            if von is None or any(
                x.tag in ("VFIN", "SCONJ", "REL", "PUNCT") and x.quote is None
                for x in toks[von + 1 : t.i - 1]
            ):
                continue
            fin = next((x for x in reversed(toks[:von]) if x.tag in ("VFIN", "PUNCT")), None)
            if fin is None or fin.tag != "VFIN" or fin.lemma != "sein" or von - fin.i > 4:
                continue  # "…, war am Montag von … die Rede"
            kind, message, qid = self._message(toks, von + 1, t.i - 1)
            if kind == "indirect":
                kind = "reported"
            np = None
            for k in range(0, fin.i):
                if toks[k].tag == "ADP" and toks[k].low in ("in", "aus", "bei", "beim"):
                    np = np_right(toks, k + 1, self.lex)
                    break
            head = head_of(toks, np) if np is not None else None
            if head is None or head.tag != "NOUN":
                continue  # "Zunächst war von 25 Verletzten die Rede": whose talk is unknown
            return [
                Found(
                    kind=kind,
                    sentence=sent.id,
                    message=message,
                    cue=(toks[t.i - 1].start, t.end, "speech_noun", "Rede"),
                    **said_by(self, toks, np),
                    quote=qid,
                    mood=None,
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
        last = content_end(toks)
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
                    **said_by(self, toks, np),
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
        last = content_end(toks)
        out: list[Found] = []
        for t in toks:
            if t.low not in self.lex.so or t.quote is not None or t.i == 0 or t.i in taken:
                continue
            prev = toks[t.i - 1]
            dash = prev.text in DASHES  # "ruft dazu auf – so der Vorwurf –, …"
            if not (prev.text == "," or prev.is_mark or dash):
                continue
            np = np_right(toks, t.i + 1, self.lex)
            if np is None:
                continue
            np = self._with_apposition(toks, np, last)
            stop = np[1]
            while stop < last and not is_boundary(toks[stop]):
                stop += 1
            if _so_is_degree(toks, t.i, np[1], stop):
                continue
            k = t.i - 2 if prev.text == "," else t.i - 1
            if k >= 0 and toks[k].is_mark and toks[k].quote is not None:
                kind, message, qid = self._direct(toks[k].quote)
                a, b = k, k + 1
            else:
                a = self._skip_conj(toks, 0)
                b = t.i - 1 if prev.text == "," or dash else t.i
                if b <= a:
                    continue
                kind, message, qid = self._message(toks, a, b)
            out.append(
                Found(
                    kind=kind,
                    sentence=sent.id,
                    message=message,
                    cue=(t.start, t.end, "so", "so"),
                    **said_by(self, toks, np),
                    quote=qid,
                    mood=message_mood(toks, a, b) if qid is None else None,
                    confidence=0.8,
                    sentences={sent.id},
                )
            )
        return out


def _with_noun(toks: list[Tok], t: Tok) -> bool:
    """The speech noun heads a "mit" phrase ("begegnete der Kritik mit dem Argument, …",
    "lehnte ab mit der Begründung, …"): the clause's subject gives the argument."""
    j = t.i - 1
    while j >= 0 and toks[j].tag in ("ADJ", "DET"):
        j -= 1
    return j >= 0 and toks[j].low == "mit" and j < t.i - 1


#: Words after the phrase of ", so X" that make "so" a degree word: a comparison ("so viele
#: wie nie", "so viele Menschen wie nie zuvor", "doppelt so viele als …").
_COMPARISON = frozenset(["wie", "als"])


def _so_is_degree(toks: list[Tok], so: int, np_end: int, stop: int) -> bool:
    """ "so" before a phrase is no ", so der Minister" but a degree word or a clause opener:
    a verb or subordinator follows the phrase in its clause ("so viele Menschen bei uns
    aufzunehmen"), a comparison follows it right away ("so viele wie nie", "so viele Gäste
    wie noch nie") or a clause word comes right after "so" ("so dass", "so wie")."""
    if so + 1 < len(toks) and toks[so + 1].low in SO_STOP:
        return True
    if np_end < stop and toks[np_end].low in _COMPARISON:
        return True
    return any(x.tag in ("VFIN", "VINF", "VPP", "SCONJ") for x in toks[np_end:stop])


def _after_misread_verb(toks: list[Tok], np: tuple[int, int], cs: int, ce: int) -> tuple[int, int]:
    """A phrase before "zufolge" that opens with a quantifier and an "adjective" in a clause
    without a finite verb ("Viele schwenkten Bildern zufolge Fahnen"): the adjective is the
    verb the tagger misread, the quantifier its subject; the source is what follows."""
    lo, hi = np
    if (
        hi - lo >= 3
        and toks[lo].low in QUANTIFIERS
        and toks[lo + 1].tag == "ADJ"
        and not any(x.tag == "VFIN" for x in toks[cs:ce])
    ):
        return (lo + 2, hi)
    return np
