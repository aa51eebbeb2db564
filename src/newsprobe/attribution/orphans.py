"""The speaker of a statement sentence that no attribution before it carries (an "orphan"):
a Konjunktiv I sentence ("Der Konflikt sei nicht ethnisch motiviert.") right after a
sentence that tells who acted, without a speech cue of its own
(:mod:`newsprobe.attribution.continuations` decides which sentences are statements; this
module who speaks in them).  A reportative "sollen" sentence with no attribution before it
is left alone: after a plain narrated sentence it mostly reports what others say, not what
its subject said (tried on the development part: most such speakers were wrong).

* **The subject** of the sentence right before, when it can speak (:func:`can_speak`): a
  name, a person or organisation noun, a nominative personal pronoun, or a bare noun the
  article uses as a name elsewhere ("Abhisit Vejjajiva … Abhisit machte zur Bedingung, …":
  the tagger reads unknown names as nouns); any subject of a verb that tells a speech act
  with whatever object ("Die Deutsche Welle berichtet von 50 Nationen. Dort sei man sich
  einig …"; not one that is a cue only with a clause: "verfügt über", "zeigen").
* **The "von" agent of a passive** there, before its subject: "Die Forderungen wurden von
  Bundesverkehrsminister Stolpe als unrealistisch bezeichnet. Heutige Fahrzeuge seien …",
  "Von Beobachtern wird dieser Schritt als wichtig gewertet." (the subject is what was
  talked about, the agent who talked).
* A quoted word or phrase in the sentence before is no hindrance ("berichtete von
  „schweren Verlusten“"); a quote of its own there (one with a finite verb) is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from newsprobe.attribution.lexicon import CueLexicon, SourceLexicon
from newsprobe.attribution.phrases import head_of, np_right
from newsprobe.attribution.view import Sent, Tok

#: Nominative personal pronouns that may open an orphan statement's speaker sentence.
_SPEAKING_PRONOUNS = frozenset(["er", "sie"])
#: Prepositions that open a passive's agent.
_AGENT_PREPS = frozenset(["von", "vom"])


def exhortative(toks: list[Tok], verb: Tok) -> bool:
    """ "Man nehme …", "Man bedenke …": Konjunktiv I of a full verb with "man" is an
    instruction, not reported speech ("man habe …" with an auxiliary is)."""
    return verb.stts == "VVFIN" and any(
        t.low == "man" for t in toks[max(0, verb.i - 2) : verb.i + 2]
    )


def name_words(sents: Iterable[Sent]) -> frozenset[str]:
    """The words an article uses as (parts of) names: those tagged as names, and a noun
    right next to a name ("Beate Zschäpe", "Abhisit Vejjajiva": the tagger reads many
    names as nouns)."""
    words: set[str] = set()
    for sent in sents:
        toks = sent.toks
        for k, t in enumerate(toks):
            if t.tag == "PROPN" or (
                t.tag == "NOUN"
                and (
                    (k > 0 and toks[k - 1].tag == "PROPN")
                    or (k + 1 < len(toks) and toks[k + 1].tag == "PROPN")
                )
            ):
                words.add(t.text)
    return frozenset(words)


def _bare_name(toks: list[Tok], np: tuple[int, int], names: frozenset[str]) -> bool:
    """One capitalised noun without an article that the article uses as a name elsewhere:
    a surname the tagger read as a noun ("Zschäpe" after "Beate Zschäpe"), not a bare
    common noun ("Lob gab es vom …", "EU-Recht sieht vor")."""
    s, e = np
    return e - s == 1 and (s == 0 or toks[s - 1].tag != "DET") and toks[s].text in names


def can_speak(
    toks: list[Tok],
    np: tuple[int, int],
    src: SourceLexicon,
    names: frozenset[str] = frozenset(),
) -> bool:
    """Whether a noun phrase can be a speaker: a name, a noun of a source type (person,
    organisation, document), a nominative personal pronoun or a bare name read as a noun
    (one of the article's ``names``, :func:`name_words`)."""
    head = head_of(toks, np)
    if head is None:
        return False
    if head.tag == "PRON":
        return head.low in _SPEAKING_PRONOUNS
    return (
        head.tag == "PROPN" or src.head_type(head.text) is not None or _bare_name(toks, np, names)
    )


def _speech_act(verb: Tok, lex: CueLexicon) -> bool:
    """Whether ``verb`` tells a speech act with whatever object it has, so that its subject
    or agent speaks whatever its noun ("Die Deutsche Welle berichtet von …", "von
    Beobachtern … gewertet"); not a verb that is a cue only with a clause ("verfügt über
    eine Ausbildung", "Bilder zeigen …")."""
    lemma = verb.lemma
    return lex.verb_type(lemma) == "speech_verb" and (
        lemma not in lex.clause_only or lemma in lex.object_ok
    )


def passive_agent(
    toks: list[Tok], verb: Tok, lex: CueLexicon, src: SourceLexicon
) -> tuple[int, int] | None:
    """The agent of a passive main clause ("wurde von X … bezeichnet": X) when it can
    speak, or None: ``verb`` is a form of "werden" and a participle closes the clause."""
    if verb.lemma != "werden":
        return None
    end = next(
        (t.i for t in toks[verb.i + 1 :] if t.text in (",", ";", ":") or t.tag == "SCONJ"),
        len(toks),
    )
    participle = next((t for t in toks[verb.i + 1 : end] if t.tag == "VPP"), None)
    if participle is None:
        return None
    speech = _speech_act(participle, lex)
    if toks[0].low in _AGENT_PREPS:
        # fronted: "Von politischen Beobachtern wird dieser Schritt als wichtig gewertet"
        np = np_right(toks, 1, lex)
        if np is None or np[1] != verb.i:
            return None
        return np if speech or can_speak(toks, np, src) else None
    for k in range(verb.i + 1, end - 1):
        # (not a "von" that hangs on the noun before it: "Behinderungen von Parteien")
        if toks[k].low in _AGENT_PREPS and toks[k - 1].tag not in ("NOUN", "PROPN"):
            np = np_right(toks, k + 1, lex)
            if np is not None and np[1] <= end and (speech or can_speak(toks, np, src)):
                return np
            return None
    return None


def orphan_speaker(
    toks: list[Tok],
    verb: Tok,
    prev: list[Tok],
    prev_verb: Tok | None,
    subject: Callable[[list[Tok], Tok], tuple[int, int] | None],
    src: SourceLexicon,
    lex: CueLexicon,
    names: frozenset[str] = frozenset(),
) -> tuple[int, int] | None:
    """The speaker of a Konjunktiv I sentence (``toks``, main verb ``verb``) that no
    attribution before it carries: the passive agent or subject noun phrase (token
    span of ``prev``) of the sentence right before, when it can speak (:func:`can_speak`).
    ``subject(prev, verb)`` finds the subject phrase of a sentence's main verb; ``names``
    are the article's name words (:func:`name_words`).

    Left out: an instruction with "man" ("Man nehme …"), a Konjunktiv I in a subordinate
    clause only, a previous sentence that is a question or ends in a colon (a quote or
    list follows), a previous sentence whose main verb is itself Konjunktiv (the run has
    no speaker: gold marks none either)."""
    if verb.mood != "subj1" or exhortative(toks, verb) or prev_verb is None:
        return None
    if prev_verb.mood in ("subj1", "subj2") or not prev or prev[-1].text in ("?", ":"):
        return None
    if any(t.quote is not None and t.tag == "VFIN" for t in prev):
        return None  # a quote of its own (a quoted word or phrase is no hindrance)
    agent = passive_agent(prev, prev_verb, lex, src)
    if agent is not None:
        return agent
    np = subject(prev, prev_verb)
    if np is None:
        return None
    speech = _speech_act(prev_verb, lex)
    return np if speech or can_speak(prev, np, src, names) else None
