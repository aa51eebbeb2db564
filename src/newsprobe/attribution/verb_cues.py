"""Verb cues: speech and cognition verbs, what they govern (a quote, a dass/ob clause, a
Konjunktiv clause, an object) and so the kind of the statement.

A mixin of :class:`newsprobe.attribution.cues.SentenceRules`; moved out of cues.py as is."""

from __future__ import annotations

from collections.abc import Callable

from newsprobe.attribution.clauses import (
    ADVERBIAL_SUBORDINATORS,
    COORDINATORS,
    FINAL,
    PARTICLES,
    SOURCE_ONLY_VERBS,
    VERB_CLASSES,
    WERDEN,
    Context,
    attributive_verb,
    clause,
    clause_end,
    content_end,
    finite_past_insertion,
    first_finite,
    fragment_preposition,
    frame_then_verb,
    main_finite,
    message_mood,
    subject_phrase,
    v2_end,
    zu_clause_ahead,
)
from newsprobe.attribution.cue_model.hook import (
    learned_marginals,
    learned_settings,
    learned_verb_cue,
)
from newsprobe.attribution.cue_senses import (
    PARTICIPLE_LEMMAS,
    bare_wie,
    before_content,
    bracketed_aside,
    denied_frame,
    fronted_object,
    narrated_other_sense,
    other_verb,
    takes_other_sense,
)
from newsprobe.attribution.english_cues import (
    coordinated,
    earlier_cue_verb,
    frame_after_quote,
    narrated_object,
    no_english_cue,
    that_less_clause,
    title_list_start,
    to_infinitive,
)
from newsprobe.attribution.english_nouns import noun_reading
from newsprobe.attribution.english_passives import passive_agent, passive_topic
from newsprobe.attribution.found import Found
from newsprobe.attribution.lexicon import CueLexicon
from newsprobe.attribution.light_verbs import phrasal_lemma, phrasal_span
from newsprobe.attribution.passive_acts import is_range, strip_aux
from newsprobe.attribution.phrases import is_boundary, named_after_article, np_left
from newsprobe.attribution.stance_acts import NARRATED_STANCE, is_stance
from newsprobe.attribution.verb_frames import VerbFrames
from newsprobe.attribution.view import Sent, Tok

#: Tags that end an apposition (a clause, not a phrase).
_NO_APPOS = frozenset(["VFIN", "VINF", "VPP", "SCONJ", "REL", "PUNCT"])
#: How the tagger reads a particle written apart before its verb ("bekannt gab").
_PREVERB_TAGS = frozenset(["ADJD", "ADV", "PTKVZ"])
#: Separated particles that are prepositions, never adverbs of the verb ("sagte weiter").
_PREPOSITION_PARTICLES = frozenset(
    ["an", "auf", "aus", "ein", "mit", "vor", "zu", "ab", "bei", "nach"]
)


class VerbCues(VerbFrames):
    ctx: Context
    lex: CueLexicon
    de: bool

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
        if t.tag == "VPP" and t.low in PARTICIPLE_LEMMAS and before_content(toks, t.i):
            lemma = PARTICIPLE_LEMMAS[t.low]  # "hat entschieden, dass …"
        if (phrasal := phrasal_lemma(toks, t, lemma, self.lex)) is not None:
            return phrasal  # "machte deutlich, dass …", "gab zu bedenken"
        if t.i > 0 and toks[t.i - 1].low in PARTICLES and toks[t.i - 1].tag in _PREVERB_TAGS:
            # "wie der Verband bekannt gab", "bekannt gegeben": a particle the spelling
            # writes apart before the verb at the clause's end
            joined = toks[t.i - 1].low + lemma
            if self.lex.verb_type(joined):
                return joined
        if t.tag == "VFIN" and (any_particle or lemma in self.lex.particle_bases):
            k = t.i + 1
            while k < len(toks) and not is_boundary(toks[k]):
                if toks[k].tag == "PTKVZ" or (
                    toks[k].low in PARTICLES
                    and (
                        k + 1 == len(toks) or is_boundary(toks[k + 1]) or toks[k + 1].text in FINAL
                    )
                ):
                    joined = toks[k].low + lemma
                    known = self.lex.verb_type(joined) or joined in self.lex.impersonal
                    if known or not self.lex.verb_type(lemma):
                        return joined
                    if toks[k].low in _PREPOSITION_PARTICLES:
                        # "Der Entwurf sah vor, …" (vorsehen), "sprach sich … aus", "rief
                        # ihn an": a particle that is no adverb makes another verb, which
                        # is no cue
                        return joined
                    return lemma  # "sagte weiter": an adverb, not a particle
                if toks[k].tag in ("SCONJ", "REL"):
                    break
                k += 1
            if k < len(toks) and toks[k].text == ",":
                # "teilte der Chef der Fraktion, Jens Nacke, mit.": the particle after an
                # apposition closes the sentence
                j = k + 1
                while j < len(toks) and toks[j].text != "," and toks[j].tag not in _NO_APPOS:
                    j += 1
                if (
                    j + 1 < len(toks)
                    and j - k > 1
                    and toks[j].text == ","
                    and toks[j + 1].low in PARTICLES
                    and (j + 2 == len(toks) or toks[j + 2].text in FINAL)
                ):
                    joined = toks[j + 1].low + lemma
                    if self.lex.verb_type(joined) or joined in self.lex.impersonal:
                        return joined
        return lemma

    def _verbs(self, sent: Sent, taken: set[int]) -> list[Found]:
        toks = sent.toks
        out: list[Found] = []
        for t in toks:
            if t.quote is not None or t.i in taken or (self.de and t.tag not in VERB_CLASSES):
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
            if (
                not self.de
                and no_english_cue(toks, t, ctype)
                and passive_agent(toks, t, self.lex) is None
            ):
                continue  # "Member states said", "were dismissed", "so-called", "did not say"
            if not self.de and noun_reading([x.low for x in toks], t.i):
                continue  # "Fraud claims rejected", "Safety fears were …": nouns, no speaker
            if not self.de and t.tag == "PROPN":
                continue  # "United States", "Islamic State": a name's part
            if self.de and t.tag == "VINF" and t.i > 0 and toks[t.i - 1].low == "zu":
                continue
            if self.de and attributive_verb(toks, t):
                continue  # "unter Berufung auf nicht näher genannte Quellen": an adjective
            if t.i + 1 < len(toks) and toks[t.i + 1].low in self.lex.not_before:
                continue  # "think tank"
            found = self._verb_cue(sent, t, lemma, ctype or "impersonal", impersonal)
            if found is not None and learned:
                found = learned_verb_cue(found, lambda t=t: self._learned(sent, t))
            if found is not None:
                out.append(found)
        return out

    def _frame_verb(self, toks: list[Tok]) -> Callable[[Tok], bool]:
        """Whether a finite verb is a cue verb (the frame's second verb after "und")."""
        return lambda x: self.lex.verb_type(self._verb_lemma(toks, x) or "") is not None

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
        last = content_end(toks)
        cs, ce = clause(toks, t.i)
        if t.tag in ("VFIN", "VPP"):
            for k in range(t.i + 1, ce - 1):
                if toks[k].low in COORDINATORS and toks[k + 1].tag == t.tag:
                    # "bezeichnete das Unglück als … und erklärte, …", "hatte Fehler
                    # eingeräumt und angegeben, …": the second verb governs what follows;
                    # this one's clause ends at the "und"
                    ce = k
                    break
        fin = t if t.tag == "VFIN" else first_finite(toks, cs, ce)
        # "war befürchtet worden, …", "sei angekündigt worden, dass …": a perfect passive
        perfect = t.tag == "VPP" and t.i + 1 < len(toks) and toks[t.i + 1].low == "worden"
        passive = perfect or (
            t.tag == "VPP" and fin is not None and (fin.lemma == "werden" or fin.low in WERDEN)
        )
        if t.i > 0 and self._glued_aux(toks[t.i - 1]):
            passive = True  # "@Accountwird vermutet": the auxiliary lost its space
        if t.tag == "VFIN" and t.low.endswith("t"):
            aux = first_finite(toks, cs, t.i)
            if aux is not None and aux.low in WERDEN and aux.stts == "VAFIN":
                # "Es wird erwartet, dass …": a participle the tagger read as finite after
                # the passive's auxiliary; "es" holds the first place, it is no speaker
                passive, fin = True, aux
        es_subject = any(toks[k].low == "es" for k in range(max(cs, t.i - 2), min(ce, t.i + 3)))
        if impersonal and not es_subject and lemma == "heißen":
            return None
        if t.tag == "VPP" and fin is not None and fin.lemma == "sein" and not passive:
            return None  # "Bestätigt ist das nicht": a state, not a speech act
        if t.tag == "VPP" and t.i > 0 and toks[t.i - 1].low == "als":
            return None  # "Es gilt als ausgeschlossen, dass …": a state, not a speech act
        if passive and lemma in self.lex.not_passive:
            return None
        if takes_other_sense(self.lex, toks, lemma, cs, ce) or other_verb(
            self.lex, toks, t, lemma, cs, ce
        ):
            return None  # "forderte acht Tote", "fand statt": claimed lives, another verb
        if bracketed_aside(toks, t):
            return None  # "(wir berichteten)": a cross-reference, no statement
        if bare_wie(self.lex, toks, t):
            return None  # "wie erwartet", "wie berichtet": no speaker, no content
        if (
            lemma in self.lex.not_reflexive
            and any(
                toks[k].low in ("sich", "es") for k in range(max(cs, t.i - 2), min(ce, t.i + 3))
            )
            and not (lemma == "zeigen" and self._shows_feeling(toks, t, cs, ce))
        ):
            return None  # "es zeigte sich, dass …", "fand sich": not a statement
        # What the cue governs.
        kind, message, qid, a, b = self._governed(toks, t, cs, ce, last)
        if kind is None:
            return None
        if (
            self.lex.object_preps.get(lemma) == {"als"}
            and a < len(toks)
            and toks[a].tag == "WH"
            and not any(x.low == "als" for x in toks[cs:ce])
        ):
            return None  # "sich ansehen, wo der Bus hält": looking, not judging
        fragment_only = kind == "partial" and qid is not None
        narrated = kind == "narrated"
        if narrated and perfect:
            return None  # "war dem Amt mitgeteilt worden": only a clause it frames is said
        if (
            self.de
            and not narrated
            and ctype == "speech_verb"
            and denied_frame(lemma, [x for x in toks[cs:ce] if not a <= x.i < b], t)
        ):
            return None  # "wollte nicht bestätigen, dass …": nothing was said
        lo = fragment_preposition(toks, t, a) if fragment_only else a
        if (narrated or fragment_only) and not self._narrates(toks, t, lemma, ctype, lo, b):
            return None
        if narrated and fronted_object(self.lex, toks, cs, t):
            # "Dies teilte ein Sprecher am Montag mit": "Dies" is what was said (the
            # sentence before, see quotes._said_before), not "am Montag".
            return None
        if narrated:
            kind = "reported"
        # Who speaks.
        speakers: list[tuple[int, int]] = []
        anaphoric = False
        np = None
        wie = self._wie_frame(toks, cs, t)
        agent = None if self.de else passive_agent(toks, t, self.lex)
        if agent is not None:
            np = agent  # "The plan was criticised by Tom Baker"
        elif (
            impersonal
            or passive
            or (es_subject and ctype != "cognition_verb" and self._es_is_subject(toks, cs, ce, t))
        ):
            np = self._source_pp(toks, cs, ce, t)
        elif self._fronted_back(toks, cs, t, ce, last):
            np = self._subject(toks, cs + 1, ce, t, fin)  # after the verb, not "das"
            if np is None or not self._can_speak(toks, np):
                return None  # "…, dies erklärt die hohe Zahl": no one speaks
        elif not self.de and coordinated(toks, t):
            # "… but promised an inquiry": no subject between the "but" and the verb
            x = earlier_cue_verb(toks, t, self.lex)
            np = None if x is None else self._subject(toks, *clause(toks, x.i), x, x)
        else:
            np = self._subject(toks, cs, ce, t, fin)
            if np is None:
                np = self._source_pp(toks, cs, ce, t, strict=True)
        if np is not None and toks[np[0]].tag == "REL" and np[1] == np[0] + 1:
            np = None
        needs = self.lex.subject_nouns.get(lemma)
        if needs is not None and not (
            np is not None
            and any(x.tag == "NOUN" and x.low.endswith(needs) for x in toks[np[0] : np[1]])
        ):
            return None  # "Der Name lautet „Blackout“": no speech noun, no statement
        if lemma in SOURCE_ONLY_VERBS and not (
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
        if np is not None and t.i < np[0] and b <= np[0]:
            np = self._with_apposition(toks, np, last)
        if (
            np is not None
            and np[1] - np[0] > 1
            and toks[np[0]].tag == "PRON"
            and toks[np[0] + 1].tag == "ADP"
        ):
            np = (np[0], np[0] + 1)  # "wie er am Montag versicherte": the pronoun alone
        if np is not None:
            speakers = [self._speaker_span(toks, np)]
            heads = self._heads(toks, np)
            anaphoric = self._anaphoric(toks, np)
        elif not (impersonal or passive) and kind == "reported":
            return None  # no speaker: keep only a quote or a clause the cue governs
        if narrated and np is not None and not self._can_speak(toks, np):
            return None  # "Ein Blick auf die Zahlen bestätigt …": no speaker, no speech act
        if narrated and np is None and not any(x.zu_inf for x in toks[t.i + 1 : ce]):
            # "wird erwartet": a thought nobody holds; "Außerdem wurde eine bessere
            # Jugendarbeit gefordert", "Das Ergebnis wird am Montag bekannt gegeben": an act
            # told by its topic, with neither content nor anyone to attribute it to (a
            # zu-infinitive is a content: "Anwohner wurden aufgefordert Fenster zu schließen")
            return None
        if narrated and passive and np is not None and is_range(toks, np):
            return None  # "wurde von 179 auf 180 Stimmen korrigiert": a range, no agent
        if narrated and np is not None and qid is None and a < np[1] and np[0] < b:
            # "sprach der Minister über …": the subject is not what was said.
            if np[0] <= a:
                a = np[1]
            else:
                b = np[0]
            a, b = strip_aux(toks, a, b, passive)
            if not any(x.tag in ("NOUN", "PROPN") for x in toks[a:b]):
                return None
            kind, message, qid = self._message(toks, a, b)
            kind = "reported" if kind == "indirect" else kind
            narrated = kind == "reported"
        if wie:
            kind = "reported" if kind in ("indirect", "reported") else kind
        cue_start, cue_end = phrasal_span(toks, t, lemma, self.lex)  # "machte deutlich"
        confidence = 0.85 if kind != "reported" else 0.6
        if np is None:
            confidence -= 0.2
        if narrated and kind == "reported":
            # A narrated speech or thought act ("kündigte Widerstand an", "sprach über die
            # Reform"): who spoke and what about, without the content.
            if narrated_other_sense(lemma, toks, cs, ce):
                return None  # "ihm droht eine Strafe", "stellten Mängel fest": no speech act
            ctype = "narrated_thought" if ctype == "cognition_verb" else "narrated_speech"
            if ctype == "narrated_speech" and is_stance(lemma, toks, min(a, t.i), max(b, t.i)):
                ctype = NARRATED_STANCE  # "kritisierte die Pläne": a stance, no content
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
            mood=message_mood(toks, a, b) if qid is None else None,
            confidence=round(confidence, 2),
            sentences={sent.id},
        )

    def _governed(self, toks: list[Tok], t: Tok, cs: int, ce: int, last: int):
        """(kind, message span, quote, token range) of what the cue verb governs."""
        n = len(toks)
        lex = self.lex
        first = toks[self._skip_conj(toks, cs)] if cs < n else t
        wie = self._wie_frame(toks, cs, t)
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
        if not self.de and passive_agent(toks, t, lex) is not None:
            # "The plan was criticised by X": the passive's subject is what the act is about
            topic = passive_topic(toks, t, self._skip_conj(toks, cs), lex)
            if topic is None:
                return (None, (0, 0), None, 0, 0)
            kind, msg, qid = self._message(toks, *topic)
            return ("narrated" if kind == "indirect" else kind, msg, qid, *topic)
        if not self.de:
            # "said (on Tuesday) that …": the that-clause after the verb
            k = t.i + 1
            while k < min(ce, t.i + 5) and toks[k].low != "that" and toks[k].tag != "VFIN":
                k += 1
            if k < ce and toks[k].low == "that" and toks[k].tag == "SCONJ" and k + 1 < last:
                kind, msg, qid = self._message(toks, k, last)
                return (kind, msg, qid, k, last)
            if (infinitive := to_infinitive(toks, t, last)) is not None:
                return (*self._message(toks, *infinitive), *infinitive)  # "urged X to …"
            if that_less_clause(toks, t, t.i + 1, ce):
                # "said their purchase made them …, the study found": the clause it governs
                # comes before any clause after the comma
                kind, msg, qid = self._message(toks, t.i + 1, last)
                return (kind, msg, qid, t.i + 1, last)
            span = narrated_object(toks, t, ce, last, lex.object_ok, lex.object_preps)
            if span is not None:
                # "…, and experts point to hurdles": the act's own object, not the clause
                # before it
                return self._object_governed(toks, t, cs, ce, last)
            # "…, prosecutors said.": a frame closing the sentence, its subject before it
            if (
                ce >= last
                and cs >= 2
                and toks[cs - 1].text == ","
                and t.i > cs
                and all(
                    x.tag in ("DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM") for x in toks[cs : t.i]
                )
                and toks[0].quote is None
            ):
                kind, msg, qid = self._message(toks, 0, cs - 1)
                return (kind, msg, qid, 0, cs - 1)
        if self.de and (end := frame_then_verb(toks, t, cs)) is not None:
            # "Die Lage ist ernst, sagte X und fügte hinzu: …": the statement before the frame
            start = self._skip_conj(toks, 0)
            if start < cs - 1 and main_finite(toks, start, cs - 1) is not None:
                kind, msg, qid = self._message(toks, start, cs - 1)
                return (kind, msg, qid, start, cs - 1)
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
            if nxt.text == "," and not (
                # "…, sagte Mark O'Keefe, der Sprecher der Ambulanz.": an apposition to the
                # speaker, not what was said; the statement is before the frame
                ce > t.i + 1 and self._closing_apposition(toks, ce, last, t.i)
            ):
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
                    end = clause_end(toks, k, last) if self.de else last
                    kind, msg, qid = self._message(toks, k, end)
                    return (kind, msg, qid, k, end)
                if self._matrix_goes_on(toks, cs, k):
                    return (None, (0, 0), None, 0, 0)
                if self._verb_first_after(toks, self._skip_conj(toks, cs), k):
                    # "Sollte der Antrag angenommen werden, könnte …", "Obwohl er mit
                    # Mehreinnahmen rechnet, sei man …": the clause after the comma opens
                    # with its verb, the sentence the cue's clause was fronted in
                    return self._object_governed(toks, t, cs, ce, last)
                # A V2 clause in Konjunktiv: "sagte, er sei müde"
                c2s, c2e = k, k
                while c2e < n and not (toks[c2e].text in ",:;" and c2e > k + 6):
                    c2e += 1
                fin2 = first_finite(toks, c2s, min(c2e, last))
                if self.de and (fin2 is None or fin2.mood not in ("subj1", "subj2")):
                    # "meinte, Yang Peiyi, die gesungen hatte, wären …": the verb after an
                    # apposition or relative clause that stands between commas
                    fin2 = finite_past_insertion(toks, k, last) or fin2
                if (
                    fin2 is not None
                    and fin2.mood in ("subj1", "subj2")
                    and (
                        toks[k].low not in ADVERBIAL_SUBORDINATORS
                        # "erklärte, damit solle …": an adverb before a second verb, not
                        # the subordinator (that puts the verb last); "als sei" is "as if"
                        or (fin2.i == k + 1 and toks[k].low != "als")
                    )
                ):
                    end = v2_end(toks, k, last, self._frame_verb(toks))
                    kind, msg, qid = self._message(toks, k, end)
                    return (kind, msg, qid, k, end)
                if (
                    self.de
                    and fin2 is not None
                    and fin2.mood == "ind"
                    and (fin2.i - k <= 3 or subject_phrase(toks, k, fin2.i))
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
                    end = v2_end(toks, k, last)
                    kind, msg, qid = self._message(toks, k, end)
                    return (kind, msg, qid, k, end)
                if (
                    self.de
                    # "verlangte X, und befahl ihm, … zu …": a coordinated verb's infinitive
                    and k < n
                    and toks[k].tag not in ("CONJ", "SCONJ")  # not "…, weil …"
                    and (
                        (fin2 is None and any(toks[j].zu_inf for j in range(k, last)))
                        # the infinitive before any other clause's verb ("gab an, nur
                        # ein Bier getrunken zu haben", "schlug vor, zu prüfen, ob …");
                        # of a speech verb ("sahen sich gezwungen, … zu …" is none)
                        or (
                            self.lex.verb_type(self._verb_lemma(toks, t) or "") == "speech_verb"
                            and zu_clause_ahead(toks, k, last)
                        )
                    )
                ):
                    end = clause_end(toks, k - 1, last, infinitive=True)
                    kind, msg, qid = self._message(toks, k, end)
                    return (kind, msg, qid, k, end)
                if not self.de and fin2 is not None and cs <= 1:
                    kind, msg, qid = self._message(toks, k, last)
                    return (kind, msg, qid, k, last)
        # "Die Kamera ist ausgefallen, das teilte das Institut mit.": a demonstrative
        # object fronted after the comma takes up the main clause before it.
        if self._fronted_back(toks, cs, t, ce, last):
            start = self._skip_conj(toks, 0)
            if start < cs - 1 and main_finite(toks, start, cs - 1) is not None:
                kind, msg, qid = self._message(toks, start, cs - 1)
                return (kind, msg, qid, start, cs - 1)
        # Before the clause: "„…“, sagte X." / "Er sei müde, sagte X."
        if not self.de:
            cs = frame_after_quote(toks, cs, t)  # '"Money talks," said X': a short quote
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
            if not self.de:
                cs = title_list_start(toks, cs)  # "…," chairman, CEO and president X said
            prev = toks[cs - 1]
            if prev.text == "," or prev.is_mark:
                k = cs - 2 if prev.text == "," else cs - 1
                if (
                    k >= 0
                    and toks[k].quote is not None
                    and toks[k].is_mark
                    and not named_after_article(toks, k)  # "Die „Kampagne …“ berichtete"
                ):
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
                if ce >= last or self._closing_apposition(toks, ce, last, t.i):
                    # "Er sei müde, sagte X.": a whole main clause before the frame.
                    start = self._skip_conj(toks, 0)
                    if start < cs - 1 and main_finite(toks, start, cs - 1) is not None:
                        kind, msg, qid = self._message(toks, start, cs - 1)
                        return (kind, msg, qid, start, cs - 1)
                elif ce < n and toks[ce].text == ",":
                    # "Die Lage, sagte er, sei ernst.": the frame after the first phrase.
                    start = self._skip_conj(toks, 0)
                    if (
                        first_finite(toks, start, cs) is None
                        and main_finite(toks, ce + 1, last) is not None
                        and not self._named_subject_before(toks, cs - 1)
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
            if (rest and ce >= last) or that_less_clause(toks, t, k, ce):
                kind, msg, qid = self._message(toks, k, last)
                return (kind, msg, qid, k, last)
        return self._object_governed(toks, t, cs, ce, last)
