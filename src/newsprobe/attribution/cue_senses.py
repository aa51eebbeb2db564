"""Cue verbs in a sense that names no speech act, told by the words around them: a noun
that changes the verb's meaning ("Der Anschlag forderte acht Tote"), a bare "wie" +
participle ("wie erwartet"), a demonstrative fronted as the verb's object ("Dies teilte
ein Sprecher mit"), "nennen"/"bezeichnen" giving something a name ("die sich „Rat für
Reform“ nennt", "auch „Apogäum“ genannt", "der als „Sonnenwind“ bezeichnet wird")."""

from __future__ import annotations

from newsprobe.attribution.lexicon import CueLexicon
from newsprobe.attribution.view import Tok


def takes_other_sense(lex: CueLexicon, toks: list[Tok], lemma: str, cs: int, ce: int) -> bool:
    """Whether the verb's clause has, as a bare subject or object (not inside a
    prepositional phrase), a noun with which the verb means no speech act ("forderte
    acht Tote", not "forderte Hilfe für die Opfer"), or names an act rather than a
    content (:func:`names_an_act`)."""
    nouns = lex.not_with_nouns.get(lemma)
    if nouns and any(toks[k].low in nouns for k in _bare_nouns(toks, cs, ce)):
        return True
    return names_an_act(lex, toks, lemma, cs, ce)


def _bare_nouns(toks: list[Tok], cs: int, ce: int) -> list[int]:
    """Indices of the clause's unquoted words outside a prepositional phrase."""
    out = []
    for k in range(cs, ce):
        if toks[k].quote is not None:
            continue
        j = k - 1
        while j >= cs and toks[j].tag in ("DET", "ADJ", "NUM", "POSS", "CONJ", "NOUN"):
            j -= 1
        if not (j >= cs and toks[j].tag == "ADP"):
            out.append(k)
    return out


def names_an_act(lex: CueLexicon, toks: list[Tok], lemma: str, cs: int, ce: int) -> bool:
    """A speech verb whose bare object names an act, not a content, by the classes of
    ``speech_verbs.act_nouns`` ("erklärte seinen Rücktritt", "rief den Notstand aus",
    "meldete Milliardenverluste", "bestritt das Spiel"): the noun or a compound ending in
    it ("Milliardenverluste"), with no content clause ("erklärte, der Krieg sei vorbei")."""
    heads = lex.act_nouns.get(lemma)
    if not heads:
        return False
    clause = toks[cs:ce]
    if any(x.low in ("dass", "daß", "ob") or x.text == ":" or x.zu_inf for x in clause):
        return False
    for k in range(cs, ce):
        x = toks[k]
        if x.tag != "NOUN" or x.quote is not None or _in_phrase(toks, cs, k):
            continue
        if any(x.low == h or (x.low.endswith(h) and len(x.low) > len(h) + 2) for h in heads):
            return True
    return False


def _in_phrase(toks: list[Tok], cs: int, k: int) -> bool:
    """Noun ``k`` heads a prepositional phrase: a preposition before its own determiner
    and adjectives ("für den Rücktritt"; "am Montag seinen Rücktritt" is an object)."""
    j = k - 1
    while j >= cs and toks[j].tag in ("ADJ", "NUM"):
        j -= 1
    if j >= cs and toks[j].tag in ("DET", "POSS"):
        j -= 1
    return j >= cs and toks[j].tag == "ADP"


def fronted_object(lex: CueLexicon, toks: list[Tok], cs: int, t: Tok) -> bool:
    """The clause opens with a demonstrative ("Dies", "Das") right before the finite
    cue verb: the demonstrative is its object."""
    return (
        lex.lang == "de"
        and t.tag == "VFIN"
        and cs + 1 == t.i
        and toks[cs].low in lex.fronted_objects
        and toks[cs].tag in ("PRON", "DET")
    )


def bare_wie(lex: CueLexicon, toks: list[Tok], t: Tok) -> bool:
    """ "wie erwartet", "wie berichtet": a participle right after "wie" with no
    auxiliary after it is an adverbial of the narrator ("wie berichtet wurde" is a
    passive frame)."""
    if t.i == 0 or toks[t.i - 1].low not in lex.wie or not t.low.endswith("t"):
        return False
    nxt = toks[t.i + 1] if t.i + 1 < len(toks) else None
    return nxt is None or nxt.lemma not in ("werden", "sein", "haben")


#: Verbs a cue verb makes with a separated particle that name no statement ("Die Premiere
#: fand am Montag statt", "Die Kämpfe hielten an"); other particle verbs ("fanden heraus")
#: keep the cue.
_OTHER_PARTICLE_VERBS = frozenset(
    [
        "stattfinden",
        "vorfinden",
        "auffinden",
        "wiederfinden",
        "abhalten",
        "aufhalten",
        "anhalten",
        "aushalten",
        "durchhalten",
        "einhalten",
    ]
)
#: Finite forms of "gehören" the lemmatiser gives to "hören" ("Dazu gehört die Möglichkeit").
_GEHOEREN = frozenset(["gehört", "gehören", "gehörte", "gehörten"])
#: Verb + preposition that name no speech or thought act ("sorgte für Schlagzeilen").
_OTHER_WITH_PREPOSITION = {
    "sorgen": frozenset(["für"]),
    # "verfügt über die Mittel, … zu …": has, not decrees
    "verfügen": frozenset(["über"]),
}


#: Verbs that with "für"/"gegen" (not after a noun: "der Sprecher für Außenpolitik") or
#: "dafür"/"dagegen" weigh evidence, no one speaks: "Vieles spricht dafür, dass …",
#: "Gegen diese Befürchtungen sprechen die Erfahrungen" (not "sprach sich gegen … aus").
_EVIDENCE_PREPOSITIONS = {
    "sprechen": (frozenset(["für", "gegen"]), frozenset(["dafür", "dagegen"]))
}

#: Speech verbs that, reflexive, name no speech act ("charakterisiert sich durch",
#: "Proteste haben sich angekündigt").
_OTHER_REFLEXIVE = frozenset(["charakterisieren", "ankündigen"])


def _speaks_for(clause: list[Tok], lemma: str, topic_preps: frozenset[str]) -> bool:
    """The verb's clause, with no phrase of the verb's topic ("sprach von einem Krieg
    gegen …") and not reflexive ("sprach sich gegen … aus": a stance), has "für"/"gegen"
    not attached to a noun, or "dafür"/"dagegen" before the verb or with nothing but verbs
    after it ("Dagegen sprechen die Erfahrungen", "…, spricht dafür, dass …"; not "sprach
    dagegen von …", where it means "however")."""
    preps, adverbs = _EVIDENCE_PREPOSITIONS[lemma]
    if any(x.low in topic_preps or x.low == "sich" for x in clause):
        return False
    verb = next((k for k, x in enumerate(clause) if x.lemma == lemma), len(clause))
    for k, x in enumerate(clause):
        if x.quote is not None:
            continue
        if x.low in adverbs and (
            k < verb or all(y.tag in ("PUNCT", "VFIN", "VINF", "VPP") for y in clause[k + 1 :])
        ):
            return True
        before = [y for y in clause[:k] if not y.is_mark]
        if x.low in preps and not (before and before[-1].tag in ("NOUN", "PROPN")):
            return True
    return False


#: Verbs of a reaction (cognition verbs, clause only): a statement only reflexive, whose
#: subject reacts ("…, wundert sich X.", "ärgerte sich darüber, dass …").
_REACTIONS = frozenset(["ärgern", "freuen", "wundern", "empören", "beschweren"])


def other_verb(lex: CueLexicon, toks: list[Tok], t: Tok, lemma: str, cs: int, ce: int) -> bool:
    """The cue word is part of another verb: a separated particle that makes a verb no
    lexicon lists ("Die Premiere fand am Montag statt"), "gehört" read as "hören", or a
    verb with a preposition that names no statement ("sorgte für Schlagzeilen", "verfügt über
    Mittel"), where no content clause follows."""
    if lex.lang != "de":
        return False
    if (
        t.tag == "VFIN"
        and t.low in _GEHOEREN
        and lemma == "hören"
        # "Ich habe … gehört": the participle of "hören" after its auxiliary
        and not any(x.lemma == "haben" for x in toks[cs : t.i])
    ):
        return True
    if t.tag == "VFIN" and lemma == t.lemma:
        # the lemma was not joined with a particle: is there one that makes another verb?
        for k in range(t.i + 1, len(toks)):
            x = toks[k]
            if x.tag == "VFIN" or x.text in (",", ";", ":"):
                break  # "nannte … und stellte fest": the particle is the next verb's
            final = k + 1 == len(toks) or toks[k + 1].tag == "PUNCT"
            if (
                x.quote is None
                and (x.stts == "PTKVZ" or final)
                and x.low + lemma in _OTHER_PARTICLE_VERBS
            ):
                return True
    clause = toks[cs:ce]
    if lemma in _REACTIONS and not any(x.low == "sich" for x in clause):
        return True  # "Es freut mich, dass …", "Das ärgert die Bauern": no one reacts aloud
    if lemma == "sorgen" and any(x.low == "dafür" for x in clause):
        return True  # "sorgte dafür, dass …": brought about, not worried
    if lemma in _EVIDENCE_PREPOSITIONS and _speaks_for(
        clause, lemma, lex.object_preps.get(lemma, frozenset())
    ):
        return True  # "Vieles spricht dafür, dass …", "Das spricht für sich": evidence
    if lemma in _OTHER_REFLEXIVE and any(x.low == "sich" and x.quote is None for x in clause):
        return True  # "Abyei charakterisiert sich dadurch, …", "Proteste kündigten sich an"
    if (
        lemma == "halten"
        and not any(x.low in ("für", "davon") for x in clause)
        and any(x.tag == "VPP" and x is not t for x in clause)
    ):
        return True  # "halten den Amtssitz besetzt", "hielt die Pläne geheim": keeping
    if lemma == "bekanntwerden" and any(x.low == "als" for x in toks[cs + 1 : ce]):
        return True  # "Der Fall wurde als „Polizistenmord“ bekannt": became known as
    if lemma == "ausgehen" and not any(
        x.low == "davon" or x.text in lex.clause_nouns or x.text in ("Verdacht", "Annahme")
        for x in clause
    ):
        return True  # "der von der Sonne ausgeht": comes from, not assumes
    if names_a_thing(toks, t, lemma, cs, ce) or declares_a_status(toks, t, lemma, cs, ce):
        return True
    preps = _OTHER_WITH_PREPOSITION.get(lemma)
    if preps and not any(x.low in ("dass", "daß", "ob") for x in toks[ce : ce + 2]):
        return any(toks[k].low in preps and toks[k].tag == "ADP" for k in range(cs, ce))
    return False


#: Word classes of a status "erklären" gives with "für" ("für nichtig", "für beendet").
_STATUS_TAGS = frozenset(["ADJ", "ADJD", "VPP", "ADV"])


def declares_a_status(toks: list[Tok], t: Tok, lemma: str, cs: int, ce: int) -> bool:
    """ "erklären" that gives something a status by a predicate, an act, not a statement
    (SpkAtt news marks no cue): "für" + an adjective or participle ("erklärte das Tor für
    gültig", "wurde für nichtig erklärt") or "zum"/"zur" + a noun after the finite verb or
    before a clause-final one ("erklärte ihn zum Terroristen", "zum Völkermord erklärt";
    not the topic of "Zur Lage erklärte die Polizei"), with no content clause."""
    if lemma != "erklären":
        return False
    clause = toks[cs:ce]
    if any(x.low in ("dass", "daß", "ob") or x.text == ":" or x.zu_inf for x in clause):
        return False
    if before_content(toks, t.i):
        return False  # "erklärte sich für zuständig, dass …"
    for k in range(cs, ce - 1):
        x, nxt = toks[k], toks[k + 1]
        if x.low == "für" and x.quote is None:
            j = k + 1
            while j < ce - 1 and toks[j].low in ("nicht", "un", "völlig", "offiziell"):
                j += 1
            after = toks[j + 1] if j + 1 < ce else None
            if toks[j].tag in _STATUS_TAGS and (after is None or after.tag != "NOUN"):
                return True
        after_fin = t.tag == "VFIN" and k > t.i
        if (
            x.low in ("zum", "zur")
            and nxt.tag in ("NOUN", "ADJ")
            and x.quote is None
            and (after_fin or cs < k < t.i)
        ):
            return True
    return False


#: Verbs that also give something a name.
_NAMING = frozenset(["nennen", "bezeichnen"])
#: Word classes of a name or term given ("als „Sonnenwind“", "genannt 2003 EL61").
_TERM_TAGS = frozenset(["NOUN", "PROPN", "NUM", "DET"])


def names_a_thing(toks: list[Tok], t: Tok, lemma: str, cs: int, ce: int) -> bool:
    """ "nennen"/"bezeichnen" that give something a name or term rather than tell what
    someone said: said by no one (a reflexive "nennt sich", an impersonal "man", a passive
    or a bare participle without a "von" agent) with a name or term as the predicate (a
    quoted word, a name or noun phrase, also with inflected adjectives before its noun: "als
    hämorrhagisches Fieber"; not an adjective alone: "wurde als unrealistisch bezeichnet"
    is someone's judgement) and no content clause."""
    if lemma not in _NAMING:
        return False
    clause = toks[cs:ce]
    if any(x.low in ("dass", "daß", "ob") or x.text == ":" for x in clause):
        return False
    if any(x.low in ("von", "vom") and x.tag == "ADP" for x in clause):
        return False  # an agent: someone called it so
    nobody = t.tag == "VPP" or any(x.low == "man" for x in clause)
    if lemma == "nennen" and any(x.low == "sich" for x in clause):
        nobody = True
    if not nobody:
        return False
    for k in range(cs, ce):
        x = toks[k]
        if x is t:
            continue
        if x.is_mark and x.quote is not None:
            return True  # a quoted term
        if x.low == "als" and k + 1 < ce:
            j = k + 1
            while j + 1 < ce and toks[j].tag == "ADJ" and toks[j].low[-1:] in "enrs":
                j += 1  # "als hämorrhagisches Fieber", "als vorgezogenes Finale": a term
            return toks[j].tag in _TERM_TAGS or toks[j].is_mark
    near = [toks[k] for k in (t.i - 1, t.i + 1) if cs <= k < ce]
    return t.tag == "VPP" and any(x.tag in ("PROPN", "NUM") for x in near)


def narrated_other_sense(lemma: str | None, toks: list[Tok], cs: int, ce: int) -> bool:
    """A verb that, told without a content (no quote, no clause), names no speech act:

    * "drohen" without "mit" or a zu-infinitive is something impending ("Ihm droht eine
      Strafe", "Buffon droht eine Operation"), not a threat someone utters ("drohte mit
      Konsequenzen", "drohte, … zu …");
    * "feststellen" and "bemerken" with only an object are finding something out ("Die
      Prüfer stellten Mängel fest", "Sie hatten eine Fehlfunktion bemerkt"), not stating
      it ("stellte fest, dass …", "bemerkte: „…“"); "verraten" with only an object is
      betraying it ("hat seine Prinzipien verraten"), not revealing a content;
    * "meinen" with "damit" is what something refers to ("meinte er damit wohl kaum die
      Krawalle"), not an opinion;
    * any act the clause denies (:func:`negated`)."""
    clause = toks[cs:ce]
    if lemma == "drohen":
        return not any(x.low == "mit" or x.zu_inf for x in clause)
    if lemma == "meinen":
        return any(x.low == "damit" for x in clause) or negated(clause)
    return lemma in _FINDING_OUT or negated(clause)


#: Verbs that, with only an object, name finding out or betraying, not saying.
_FINDING_OUT = frozenset(["feststellen", "bemerken", "verraten"])


#: Adverbs that deny the act itself ("äußerte sich nicht", "hat nie bestätigt"); "kein"
#: denies the object ("kündigte keine Steuererhöhung an" is a statement) and is not here.
_NOT = frozenset(["nicht", "nie", "niemals"])


def negated(clause: list[Tok]) -> bool:
    """A narrated act the clause denies ("Zu den Vorwürfen äußerte er sich nicht", "Er hat
    die Tat nicht gestanden", "wollte nicht bestätigen"): no one said anything.  "nicht
    nur … sondern auch" affirms."""
    for k, x in enumerate(clause):
        if x.low in _NOT and x.quote is None:
            nxt = clause[k + 1].low if k + 1 < len(clause) else ""
            if nxt not in ("nur", "allein", "zuletzt"):
                return True
    return False


#: Speech verbs whose denial is itself a statement ("schloss nicht aus, dass …", "bestritt
#: nicht, dass …": conceded; "wurde nicht müde zu betonen").
_DENIAL_VERBS = frozenset(
    [
        "ausschließen", "bestreiten", "leugnen", "dementieren", "verhehlen", "verheimlichen",
        "verschweigen", "zurückweisen", "widersprechen", "abstreiten", "betonen",
    ]
)  # fmt: skip


#: Auxiliaries and modals of a denied verb complex ("hat nicht bestätigt", "nicht sagen
#: können").
_VERB_COMPLEX = frozenset(
    ["haben", "sein", "werden", "können", "wollen", "dürfen", "müssen", "sollen", "mögen"]
)


def denied_frame(lemma: str, clause: list[Tok], cue: Tok) -> bool:
    """A speech verb the frame denies, with what it governs outside ``clause`` (the
    frame's words): "wollte nicht bestätigen, dass …", "konnte nicht sagen, ob …", "gab
    nicht bekannt, wann …" — the speaker did not say it, so the clause is no statement of
    theirs.  Verbs of denial ("schloss nicht aus, dass …") stay statements, and thought
    ("glaubt nicht, dass …") is an opinion; the caller passes speech verbs only."""
    if lemma in _DENIAL_VERBS:
        return False
    for k, x in enumerate(clause):
        if x.low not in _NOT or x.quote is not None:
            continue
        if k > 0 and clause[k - 1].tag in ("ADP", "DET"):
            continue  # "auf nicht näher bezeichnete Quellen": inside a phrase
        j = k + 1
        while j < len(clause) and clause[j].tag == "ADV" and clause[j].low not in ("als",):
            j += 1  # "nicht wirklich erklären", "nicht offiziell bestätigt"
        nxt = clause[j] if j < len(clause) else None
        if nxt is not None and j + 1 < len(clause) and clause[j + 1].tag == "NOUN":
            continue  # "beklagen nicht ausgezahlte Prämien": an attribute of the noun
        # the cue verb itself is denied: it (or its auxiliary) right after "nicht", or
        # "nicht" at the frame's end ("gab er nicht bekannt": its particle; "äußerte sich
        # nicht dazu, ob …"); not another verb ("nicht ändern … und sagen")
        if (
            nxt is None
            or nxt is cue
            or nxt.lemma in _VERB_COMPLEX
            or nxt.tag == "PUNCT"
            or nxt.text in (",", ":")
            or nxt.stts == "PTKVZ"
        ):
            return True
    return False


#: The longest bracketed aside read as a cross-reference ("( Wikinews berichtete )").
_MAX_ASIDE = 5


def bracketed_aside(toks: list[Tok], t: Tok) -> bool:
    """The cue verb stands in a short bracketed aside with nothing it could report:
    "(wir berichteten)", "(Wikinews berichtete)", "(die „Zeit“ berichtete)" — the outlet
    points to its earlier reporting, and what stands around the brackets is not what it
    said (the SpkAtt news guidelines leave these out too)."""
    k = t.i - 1
    while k >= 0 and t.i - k < _MAX_ASIDE and toks[k].text not in ("(", ")", ",", ":"):
        k -= 1
    if k < 0 or toks[k].text != "(":
        return False
    j = t.i + 1
    while j < len(toks) and j - k <= _MAX_ASIDE and toks[j].text not in (")", "(", ",", ":"):
        j += 1
    return (
        j < len(toks)
        and toks[j].text == ")"
        and not any(x.low in ("dass", "daß", "ob") for x in toks[k:j])
    )


def quoted_subject(lex: CueLexicon, toks: list[Tok], first: int, x: Tok) -> bool:
    """Token ``x`` is inside a quoted name of the clause's opening subject ("Die
    „Süddeutsche Zeitung“ hatte berichtet, …"), not a quoted object of the verb."""
    from newsprobe.attribution.phrases import np_right

    if x.i <= first:
        return False
    found = np_right(toks, first, lex)
    return found is not None and found[0] == first and x.i < found[1]


#: Participles the lemmatiser reads as adjectives ("entschieden": decisive).
PARTICIPLE_LEMMAS = {"entschieden": "entscheiden", "beschlossen": "beschließen"}
_AUXILIARIES = frozenset(["haben", "sein", "werden"])


def before_content(toks: list[Tok], k: int) -> bool:
    """Token ``k`` (an auxiliary may follow) stands right before ", dass/ob …" or a
    zu-infinitive clause ("hat entschieden, einen Entwurf einzubringen")."""
    from newsprobe.attribution.clauses import zu_clause_ahead

    k += 1
    while k < len(toks) and toks[k].tag == "VFIN" and toks[k].lemma in _AUXILIARIES:
        k += 1
    if k + 1 >= len(toks) or toks[k].text != ",":
        return False
    return toks[k + 1].low in ("dass", "daß", "ob") or zu_clause_ahead(toks, k + 1, len(toks))
