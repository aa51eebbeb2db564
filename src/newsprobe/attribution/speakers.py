"""Speaker phrases: the subject a cue verb has, where a speaker phrase starts and ends,
whether it can speak and whether it is a pronoun to resolve.

A mixin of :class:`newsprobe.attribution.cues.SentenceRules`; moved out of cues.py as is."""

from __future__ import annotations

from newsprobe.attribution.clauses import (
    COORDINATORS,
    FRONTED_OBJECTS,
    NOT_NOMINATIVE,
    Context,
    char_span,
    clause,
    first_finite,
)
from newsprobe.attribution.english_cues import adverb_after_auxiliary
from newsprobe.attribution.expletive_subjects import postponed_subject
from newsprobe.attribution.lexicon import CueLexicon, sources
from newsprobe.attribution.phrases import (
    QUANTIFIERS,
    adjective_surname,
    head_of,
    np_left,
    np_right,
    particle_name,
    quoted_name,
)
from newsprobe.attribution.speaker_tails import (
    closes_speaker,
    frame_speaker,
    speaker_with_tail,
)
from newsprobe.attribution.view import Tok

#: Bare plural addressees after a speech verb ("sagte Reportern").
_ADDRESSEES = frozenset(
    ["reportern", "journalisten", "journalistinnen", "medienvertretern", "pressevertretern"]
)
_IN_ATTRIBUTE_PP = frozenset(["ADP", "DET", "ADJ", "ADJA", "NOUN", "PROPN", "NUM", "POSS"])
_NOT_IN_APPOSITION = frozenset(["VFIN", "VINF", "VPP", "SCONJ", "WH", "PRON", "ADV"])
_CLAUSE_ENDS = frozenset([",", ".", ":", ";", "!", "?"])
#: Words that close a clause after its subject or object: a participle, an infinitive, a
#: predicative adjective, a separable particle ("… war X anwesend, der …").
_CLAUSE_FINAL = frozenset(["VPP", "VINF", "ADJD", "PTKVZ"])


class SpeakerPhrases:
    ctx: Context
    lex: CueLexicon
    de: bool

    def _speaker_span(self, toks: list[Tok], np: tuple[int, int]) -> tuple[int, int]:
        """Char span of a speaker phrase; a @handle with a glued auxiliary loses the
        auxiliary ("@Accountwird" -> "@Account")."""
        start, end = char_span(toks, *np)
        last = toks[np[1] - 1]
        if last.text.startswith("@"):
            for aux in self.lex.glued_aux:
                if last.text.endswith(aux) and len(last.text) > len(aux) + 2:
                    end -= len(aux)
                    break
        return start, end

    def _with_apposition(self, toks: list[Tok], np: tuple[int, int], last: int) -> tuple[int, int]:
        """The speaker phrase with the apposition after its comma when it closes the
        sentence, without a relative clause after them (:func:`speaker_tails.speaker_with_tail`)."""
        return speaker_with_tail(toks, np, last, self.de)

    def _closing_apposition(self, toks: list[Tok], comma: int, last: int, verb: int) -> bool:
        """Whether all after the comma at ``comma`` up to the sentence's end belongs to the
        speaker that follows the frame's verb at ``verb``: an apposition ("…, der Sprecher
        der Ambulanz."), a relative clause on a phrase that can speak ("…, die seit Jahren
        dort arbeitet.") or both (:func:`speaker_tails.closes_speaker`)."""
        np = frame_speaker(toks, verb, comma)
        speaker = np is not None and self._can_speak(toks, np)
        return closes_speaker(toks, comma, last, self.de, speaker)

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
            return (
                postponed_subject(toks, np, toks[np[1]].i, len(toks), self.lex, self._can_speak)
                or np
            )
        fin = first_finite(toks, 0, len(toks))
        if fin is not None:
            return np_right(toks, fin.i + 1, self.lex)
        return None

    def _subject_in_clause(self, toks: list[Tok], i: int, after: int) -> tuple[int, int] | None:
        """The subject of the relative or subordinate clause holding token ``i``, right
        after the cue phrase ending at ``after`` ("…, hinter dem nach eigenen Angaben
        Beschäftigte der Station stehen")."""
        cs, ce = clause(toks, i)
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
            # a demonstrative standing alone, read as an article ("beschuldigte dieser Israel")
            return np[1] - np[0] == 1 and toks[np[0]].low in ("dieser", "jener")
        if head.tag == "PROPN" or head.text.startswith("@") or head.text in self.ctx.surnames:
            return True
        if head.tag in ("PRON", "POSS"):
            # (a demonstrative standing alone, "Dieser lehnt … ab", too)
            return (
                head.low in self.lex.subject_pronouns or head.low in ("dieser", "jener")
            ) and head.low != "es"
        if head.stts in ("ADJA", "PIAT") and head.tag == "NOUN":
            return True  # a nominalised adjective names a person ("die 47-Jährige", "die beiden")
        if self.de and _adjective_name(toks, np):
            return True  # "Die Europäische Union", "Die Mission der Vereinten Nationen"
        src = sources(self.lex.lang)
        return src.head_type(head.text) is not None or src.is_vague(head.text)

    def _subject(
        self, toks: list[Tok], cs: int, ce: int, t: Tok, fin: Tok | None
    ) -> tuple[int, int] | None:
        """The grammatical subject of the cue verb, by position."""
        n = len(toks)
        lex = self.lex
        k = cs
        wie = False  # a clause-medial "wie" the tagger reads as a conjunction
        # an opening mark is skipped unless it opens a quoted name ("„BBC News“ berichtet")
        while k < ce and (
            toks[k].tag == "CONJ" or (toks[k].is_mark and quoted_name(toks, k) is None)
        ):
            wie = wie or toks[k].low in lex.wie
            k += 1
        if wie or (k < n and (toks[k].tag in ("SCONJ", "WH") or toks[k].low in lex.wie)):
            j = k if wie else k + 1
            while j < t.i - 1 and toks[j].tag == "ADV":
                j += 1  # "Wie schon die WHO sagte"
            found = np_right(toks, j, lex)
            compares = self.de and (wie or toks[k].low in lex.wie)
            if (
                found is not None
                and found[1] <= t.i
                and compares
                and _main_clause_after(toks, t, ce)
            ):
                # "Wie die meisten Befragten glaubt auch er …": the subject after the verb
                return self._inverted_subject(toks, t, ce)
            if found is not None and found[1] <= t.i:
                return found
            return None
        if cs >= 2 and toks[cs - 1].text == ",":
            found = self._wie_before_insertions(toks, cs, t)
            if found is not None:
                return found
        relative = k < n and (
            toks[k].tag == "REL"
            # "eine Botschaft, welche die Techniker … bezeichnete": "welch-" after a comma
            or (toks[k].low in ("welche", "welcher", "welches") and toks[k].tag != "PRON")
        )
        if relative and cs >= 2 and toks[cs - 1].text == ",":
            ps, _ = clause(toks, cs - 2)
            found = np_left(toks, ps, cs - 1, lex)
            if (
                found is None
                and cs - 2 > ps
                and toks[cs - 2].tag in _CLAUSE_FINAL
                # an article read as a relative pronoun opens a subject: ", die staatliche
                # Agentur erklärt"
                and k + 1 < n
                and toks[k + 1].tag not in ("ADJ", "NOUN", "PROPN")
            ):
                # an extraposed relative clause: "… war auch Karl Berger anwesend, der …",
                # "wurde ein Prediger zugeschaltet, der …" (the phrase before the verb)
                found = np_left(toks, ps, cs - 2, lex)
                if found is not None and not self._can_speak(toks, found):
                    found = None
            return found
        anchor = fin if fin is not None and cs <= fin.i < ce and self.de else t
        if self.de and anchor is t and t.tag == "VFIN":
            # "Stoiber hatte … betont": a participle the tagger read as finite; the
            # auxiliary before it holds the verb-second slot.
            aux = first_finite(toks, k, t.i)
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
                named = found is None and particle_name(toks, start, anchor.i, lex) is not None
                if named:
                    found = (start, anchor.i)  # "Zu Guttenberg hatte … eingeräumt"
                if (
                    found is not None
                    and (
                        found[1] == anchor.i
                        or (
                            found[1] < anchor.i
                            and all(x.tag == "ADV" for x in toks[found[1] : anchor.i])
                        )
                    )
                    and not self._object_like(toks, found, t)
                    and not self._number_clash(toks, found, anchor)
                    # "Über Steve Fossett sagte Branson": a prepositional phrase before the
                    # verb is no subject; the subject follows the verb
                    and (named or not self._fronted_pp(toks, found, anchor))
                ):
                    postponed = postponed_subject(toks, found, anchor.i, ce, lex, self._can_speak)
                    return postponed or self._enumerated(toks, found)
                if (
                    found is not None
                    and start == k
                    and found[1] < anchor.i <= found[1] + 5
                    and toks[found[1]].tag == "ADP"
                    and toks[anchor.i - 1].tag in ("NOUN", "PROPN")
                    and all(x.tag in _IN_ATTRIBUTE_PP for x in toks[found[1] : anchor.i])
                    and not self._object_like(toks, found, t)
                ):
                    # "Die Opposition im Landtag wirft … vor": a prepositional attribute
                    # between the subject and the verb belongs to the subject
                    return found[0], anchor.i
        if k < anchor.i and toks[anchor.i - 1].low in COORDINATORS:
            # "Datenschützer äußerten Bedenken und warfen der Regierung … vor": a verb
            # right after "und" shares the first conjunct's subject (no inversion there).
            first = first_finite(toks, k, anchor.i - 1)
            if first is not None:
                found = self._subject(toks, cs, anchor.i - 1, first, first)
                if found is not None:
                    return found
        opening = None
        if k == anchor.i and cs >= 2 and toks[cs - 1].text == ",":
            # "Bazoum Mohammed, Sprecher der CFDR, forderte die Junta auf", "Der NDR, der
            # …, begründete die Einblendungen": the subject opens the sentence before the
            # insertions, the phrase after the verb is its object.
            opening = self._subject_before_insertions(toks, cs - 1, need_insertion=True)
            if opening is not None and self._insertion_subject_wins(toks, opening, cs, anchor):
                return opening
        # Inversion: the subject follows the finite verb ("So berichten mehrere Blogger").
        j = anchor.i + 1
        surname = adjective_surname(toks, j, ce) if j < ce else None
        if surname is not None:
            return surname
        while j < ce and (toks[j].tag in ("ADV", "PRF", "ADJD") or toks[j].low in ("auch", "dazu")):
            j += 1
        if j < ce and toks[j].low not in NOT_NOMINATIVE:
            found = np_right(toks, j, lex)
            if found is not None and not (
                # "nannte dies einen Putsch", "sagte Reportern, …": an object or an
                # addressee after the verb, not its subject
                found[1] - found[0] == 1
                and (toks[j].low in FRONTED_OBJECTS or toks[j].low in _ADDRESSEES)
            ):
                return found
        if (
            k == anchor.i
            and k > cs
            and toks[k - 1].low in COORDINATORS
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
                fs, fe = clause(toks, first.i)
                return self._subject(toks, fs, fe, first, first)
            return None
        if k == anchor.i and cs >= 2 and toks[cs - 1].text == ",":
            # "Der Leiter des Programms, Klaus Stöhr, sagte", "Deiss, der …, sagte": the
            # subject stands before appositions and relative clauses.
            return self._subject_before_insertions(toks, cs - 1)
        if k < anchor.i and toks[anchor.i - 1].low in COORDINATORS:
            # "Podolski war anwesend und sagte …": the subject of the first conjunct.
            first = first_finite(toks, k, anchor.i - 1)
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

    def _enumerated(self, toks: list[Tok], found: tuple[int, int]) -> tuple[int, int]:
        """A coordinated subject that opens its clause after a comma takes the conjuncts
        before it ("Die Organisationen Transparency International, [Campact und
        LobbyControl] werfen …", "Die Außenminister Frankreichs, [Italiens und
        Österreichs] forderten …"): segments back to the sentence's start that are noun
        phrases without a verb."""
        start = found[0]
        if not any(x.low in ("und", "sowie", "oder") for x in toks[found[0] : found[1]]):
            return found
        while start >= 2 and toks[start - 1].text == ",":
            k = start - 2
            while k > 0 and toks[k - 1].text not in (",", ":", ";") and start - k < 10:
                k -= 1
            segment = toks[k : start - 1]
            if not segment or any(
                x.tag in ("VFIN", "VPP", "VINF", "SCONJ", "REL", "WH") or x.quote is not None
                for x in segment
            ):
                break
            np = np_right(toks, self._skip_conj(toks, k), self.lex, coordinate=False)
            if np is None or np[1] < start - 1:
                break
            start = np[0]
            if k == 0 or toks[k - 1].text != ",":
                break
        return (start, found[1])

    def _insertion_subject_wins(
        self, toks: list[Tok], opening: tuple[int, int], cs: int, anchor: Tok
    ) -> bool:
        """Whether the phrase opening the sentence before comma insertions is the verb's
        subject rather than a phrase after the verb: it has an apposition ("X, Sprecher
        der Y,"), or it can speak and what follows the verb cannot ("Das Projekt, das …,
        kritisierte der Minister" stays inverted)."""
        if any(x.text == "," for x in toks[opening[0] : opening[1]]):
            return True  # an apposition the phrase took in ("X, Sprecher der Y,")
        np = np_right(toks, opening[0], self.lex)
        if np is not None and opening[1] > np[1] and toks[np[1]].text == ",":
            nxt = toks[np[1] + 1] if np[1] + 1 < len(toks) else None
            if nxt is not None and nxt.tag != "REL":
                return True  # an apposition
        if not self._can_speak(toks, opening):
            return False
        j = anchor.i + 1
        while j < len(toks) and toks[j].tag in ("ADV", "PRF"):
            j += 1
        if j < len(toks) and adjective_surname(toks, j, len(toks)) is not None:
            return False  # "…, sagt Kurz.": a name after the verb
        after = np_right(toks, j, self.lex) if j < len(toks) else None
        return after is None or not self._can_speak(toks, after)

    def _named_subject_before(self, toks: list[Tok], comma: int) -> bool:
        """ "Der frühere Repräsentant, Wolfgang Petritsch, begrüßte die Initiative, monierte
        aber, …": a named speaker with an apposition opens the sentence, so the verb after
        it is that speaker's, not a frame inserted into a statement ("Die Lage, sagte er,
        sei ernst")."""
        opening = self._subject_before_insertions(toks, comma)
        if opening is None or not any(x.text == "," for x in toks[opening[0] : comma]):
            return False
        # a person's full name: a name and another capitalised word right after it
        return any(
            toks[k].tag == "PROPN"
            and toks[k + 1].tag in ("PROPN", "NOUN")
            and toks[k + 1].text[:1].isupper()
            for k in range(opening[0], comma - 1)
        )

    def _subject_before_insertions(
        self, toks: list[Tok], comma: int, *, need_insertion: bool = False
    ) -> tuple[int, int] | None:
        """The subject that opens the sentence when only comma-delimited insertions stand
        between it and the verb (the comma at ``comma``): appositions stay in the phrase
        ("Tegaye Mununhe, der Polizeichef der Region"), relative clauses do not
        ("Deiss, der sich … entschlossen hatte")."""
        start = self._skip_conj(toks, 0)
        # "Wie die Ministerin, Anna Bligh, erklärte, …": the frame's own "wie" clause
        while start < comma and (toks[start].tag == "ADV" or toks[start].low in self.lex.wie):
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
        if need_insertion and k >= comma and not any(x.text == "," for x in toks[np[0] : k]):
            # "Die Lage, sagte er, …": no insertion, the subject follows (an apposition
            # the phrase took in is one: "Der Präsident der Region, Karl Huber, wies …")
            return None
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

    def _wie_before_insertions(self, toks: list[Tok], cs: int, t: Tok) -> tuple[int, int] | None:
        """The subject of a "wie" clause that insertions split from its verb ("Wie Steve
        Marshall, Sprecher des UN-Büros, in Bangkok mitteilte, …", "Wie die Premierministerin
        von Queensland, Anna Bligh, erklärte, …"): the phrase after "wie" with its
        appositions, when the cue verb closes its clause and only adverbs and prepositional
        phrases stand between the last comma and the verb."""
        n = len(toks)
        if t.tag != "VFIN" or (t.i + 1 < n and toks[t.i + 1].text not in _CLAUSE_ENDS):
            return None
        if toks[cs].tag not in ("ADP", "ADV") and cs != t.i:
            return None
        if any(x.tag not in _IN_ATTRIBUTE_PP and x.tag != "ADV" for x in toks[cs : t.i]):
            return None
        w = cs - 2
        while w >= 0 and cs - w < 30:
            x = toks[w]
            if x.tag in _NOT_IN_APPOSITION and x.low not in self.lex.wie:
                return None
            if x.low in self.lex.wie and (w == 0 or toks[w - 1].text == ","):
                break
            w -= 1
        else:
            return None
        if w < 0:
            return None
        j = self._skip_adverbs(toks, w + 1, cs)
        np = np_right(toks, j, self.lex)
        if np is not None and np[1] == cs - 1:
            return np  # the phrase took its apposition itself
        if np is None or np[1] > cs - 1 or toks[np[1]].text != ",":
            return None
        # what follows up to the verb's clause is appositions: noun phrases without a verb
        if not any(x.tag in ("NOUN", "PROPN") for x in toks[np[1] + 1 : cs - 1]):
            return None
        return np[0], cs - 1

    def _fronted_pp(self, toks: list[Tok], np: tuple[int, int], verb: Tok) -> bool:
        """A phrase opened by a preposition other than a source's ("laut", "nach") before a
        verb that a noun phrase or name follows ("Über Fossett sagte Branson")."""
        first = toks[np[0]]
        if first.tag != "ADP" or first.low in ("laut", "nach", "zufolge", "von", "vom"):
            return False
        j = self._skip_adverbs(toks, verb.i + 1, len(toks))
        return j < len(toks) and toks[j].tag in ("PROPN", "DET", "NOUN")

    @staticmethod
    def _skip_adverbs(toks: list[Tok], k: int, end: int) -> int:
        while k < end and toks[k].tag in ("ADV", "CONJ", "ADJD"):
            k += 1
        return k

    def _number_clash(self, toks: list[Tok], np: tuple[int, int], verb: Tok) -> bool:
        """A plural phrase before a singular verb is its object, not its subject ("Die
        Äußerungen Hassemers bezeichnete Wiefelspütz als …"): "die" with a head in -en
        before a verb in -t/-te, with a phrase after the verb to be the subject."""
        if not self.de or toks[np[0]].low != "die" or verb.i + 1 >= len(toks):
            return False
        head = head_of(toks, np)
        if head is None or head.tag != "NOUN" or not head.low.endswith("en"):
            return False
        word = verb.low
        singular = word.endswith(("t", "te")) and not word.endswith(("ten", "en"))
        after = toks[verb.i + 1]
        return singular and after.tag in ("PROPN", "DET", "NOUN")

    def _inverted_subject(self, toks: list[Tok], verb: Tok, ce: int) -> tuple[int, int] | None:
        """The subject right after the verb, adverbs skipped ("glaubt auch er")."""
        start = self._skip_adverbs(toks, verb.i + 1, ce)
        found = np_right(toks, start, self.lex) if start < ce else None
        if found is None or found[1] > ce or self._object_like(toks, found):
            return None
        return found

    def _object_like(self, toks: list[Tok], np: tuple[int, int], verb: Tok | None = None) -> bool:
        """A fronted object that looks like a subject: "Deutlichere Worte fand sie",
        "Dies teilte ein Sprecher mit", "Den Plan kritisierte sie" (not the speech noun a
        ``verb`` such as "lauten" takes as its subject: "Das Fazit lautete: …")."""
        if np[1] - np[0] == 1 and toks[np[0]].low in FRONTED_OBJECTS:
            return True
        if toks[np[0]].low == "als" or (np[0] > 0 and toks[np[0] - 1].low == "als"):
            return True  # "Als Beispiel führte er … an": a predicative, not the subject
        if compared(toks, np):
            return True  # "Ebenso wie andere Länder argumentierte Indien": Indien speaks
        if toks[np[0]].low in NOT_NOMINATIVE:
            return True
        if toks[np[0]].low in ("des", "eines"):
            return True  # a genitive, never the subject: "Des Weiteren verwies er …"
        head = head_of(toks, np)
        if verb is not None and verb.lemma in self.lex.subject_nouns:
            return False
        return head is not None and (
            head.text in self.lex.colon_nouns or head.text in ("Worte", "Töne")
        )

    def _subject_en(
        self, toks: list[Tok], cs: int, ce: int, t: Tok, k: int
    ) -> tuple[int, int] | None:
        """English: "X said", "…, said X.", "X, the …, said"."""
        lex = self.lex
        if k < t.i:
            reduced = reduced_relative_subject(toks, k, t.i, lex)
            if reduced is not None:
                return reduced  # "A study published last year found …"
            found = np_left(toks, k, t.i, lex)
            if found is not None and not adverb_after_auxiliary(toks, found, t.i):
                return found
            # "X has said", "X also said": an auxiliary or adverb between.
            j = t.i
            while j > k and (
                toks[j - 1].tag in ("VFIN", "ADV") or adverb_after_auxiliary(toks, (j - 1, j), j)
            ):
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


def reduced_relative_subject(
    toks: list[Tok], k: int, verb: int, lex: CueLexicon
) -> tuple[int, int] | None:
    """English: a subject with a participle clause after its noun ("A study published
    last year found …", "A 2014 study published in the journal found …"): the noun phrase
    before the participle opens the clause, and the participle's clause runs up to the verb
    without a comma or a finite verb.  The whole span, whose head is the noun before the
    participle; None where the clause does not read so."""
    for p in range(k + 1, verb - 1):
        x = toks[p]
        if x.tag in ("VFIN", "PUNCT") or x.quote is not None:
            return None
        if x.tag == "VPP" and x.text.islower() and x.low.endswith("ed"):
            head = np_left(toks, k, p, lex)
            if head is None or head[0] != k:
                return None
            rest = toks[p + 1 : verb]
            if any(y.tag in ("VFIN", "PUNCT", "CONJ") or y.quote is not None for y in rest):
                return None
            return k, verb
    return None


#: Words before "als" that make a comparison of a phrase: "mehr als viele andere".
_MORE_LESS = frozenset(["mehr", "weniger", "eher", "anders", "more", "less", "rather"])


def compared(toks: list[Tok], np: tuple[int, int]) -> bool:
    """The phrase is what something is compared with, not who speaks: it follows a
    comparison "wie" ("Ebenso wie andere Länder argumentierte Indien") or opens with "mehr
    als" before a quantifier ("Mehr als viele andere Politiker betonte Müller"; "Mehr als die
    Hälfte der Befragten sagt" stays a subject)."""
    if np[0] > 0 and toks[np[0] - 1].low in ("wie", "like"):
        return True
    return (
        np[0] + 2 < np[1]
        and toks[np[0]].low in _MORE_LESS
        and toks[np[0] + 1].low in ("als", "than")
        and toks[np[0] + 2].low in QUANTIFIERS
    )


def _main_clause_after(toks: list[Tok], verb: Tok, ce: int) -> bool:
    """A clause-initial "wie X" whose verb is followed right away by another word than a verb
    ("Wie die meisten Befragten glaubt auch er nicht daran, …") is a comparison before a
    main clause: a "wie" clause ends in its verbs ("Wie die Polizei mitteilte, …", "Wie der
    ORF berichtet hat", "Wie die BBC berichtete wurden …" without its comma)."""
    if verb.i + 1 >= ce:
        return False
    x = toks[verb.i + 1]
    return x.is_word and not x.is_mark and x.tag not in ("PUNCT", "CONJ", "VFIN", "VINF", "VPP")


def _adjective_name(toks: list[Tok], np: tuple[int, int]) -> bool:
    """A German phrase holding a name written with a capitalised adjective ("Die
    Europäische Union", "Das Weiße Haus", "der Vereinten Nationen"): an adjective spelt with
    a capital inside the phrase (not as the sentence's first word) right before a noun."""
    for k in range(np[0], np[1] - 1):
        t = toks[k]
        if (
            t.stts in ("ADJA", "NNA")
            and t.text[:1].isupper()
            and t.i > 0
            and t.quote is None
            and toks[k + 1].tag in ("NOUN", "PROPN")
        ):
            return True
    return False
