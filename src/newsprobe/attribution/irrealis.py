"""Hypothetical (irrealis) passages and event nouns: what no one said.

An opinion piece imagines ("Aber man stelle sich vor, er würde eine Silbe hinzufügen und ihn
den Golf von Nordamerika nennen. Diese Änderung würde … bewirken. Sie wäre zudem …"): the
verbs of the imagined act are no speech cues, and the Konjunktiv II sentences after it are the
author's own reasoning, not a continuation of the last attribution.

* :func:`hypothetical_sentences`: a sentence with a **hypothetical frame** ("man stelle sich
  vor", "stellen Sie sich vor", "stell dir vor", "angenommen, …", "nehmen wir an", "gesetzt den
  Fall", "was wäre, wenn"), or a **conditional** ("wenn"/"falls"/"sofern") with a Konjunktiv II
  and no Konjunktiv I (a Konjunktiv I makes it reported: "Wenn nichts geschehe, …"); and every
  Konjunktiv II sentence right after one of those (the imagined case goes on: "Diese Änderung
  würde …", "Sie wäre …").
* :func:`drop_hypothetical`: in such a sentence, a statement whose cue is an infinitive or a
  Konjunktiv II ("würde … hinzufügen und … nennen": the verbs of an imagined act) is dropped;
  a finite indicative cue or a participle stays ("Wenn …, wäre es zu spät, sagte er", "hatte
  angekündigt, die Parade anzugreifen, falls sie stattfinden würde").  A conditional after a
  statement is the speaker's reasoning, not the author's imagined case.
* :func:`event_noun_clause`: an event noun with a zu-infinitive ("Die Entscheidung von X, den
  Golf umzubenennen", "Der Plan des Bürgermeisters, den Park umzubenennen", "der Versuch, …")
  tells what someone decided, planned or tried, not what they said: the SpkAtt-2023 news gold
  marks none of its 11 "Entscheidung", 7 "Plan/Pläne", 7 "Versuch", 1 "Absicht" with a
  zu-infinitive as a cue (train split), while "Forderung", "Aufforderung", "Ankündigung" and
  "Vorhaben" with one are marked (those stay cues).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from newsprobe.attribution.found import Found
from newsprobe.attribution.view import Sent, Tok

#: Event nouns whose zu-infinitive is no statement (see the module doc).
EVENT_NOUNS = frozenset(
    ["Entscheidung", "Entscheidungen", "Plan", "Pläne", "Plänen", "Versuch", "Versuche",
     "Absicht", "Absichten", "Bemühung", "Bemühungen", "Bestreben", "Weigerung"]
)  # fmt: skip
_CONDITIONALS = frozenset(["wenn", "falls", "sofern"])
_OPENERS = frozenset(["aber", "und", "doch", "oder", "nun", "jetzt", "also"])
_VOR_PRONOUNS = frozenset(["sie", "dir", "euch", "wir", "uns", "sich", "man"])
_PHRASE_LIST = (
    ("man", "stelle", "sich"),
    ("gesetzt", "den", "fall"),
    ("was", "wäre", "wenn"),
    ("was", "wäre", ",", "wenn"),
    ("nehmen", "wir", "an"),
    ("nehmen", "wir", "einmal", "an"),
    ("nehmen", "wir", "mal", "an"),
    ("man", "denke", "sich"),
)
#: The phrases by their first word.
_PHRASES: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _PHRASE_LIST:
    _PHRASES.setdefault(_phrase[0], []).append(_phrase)
#: Words one of which a sentence with a frame holds (a quick test before the phrases).
_FRAME_WORDS = frozenset(
    ["stelle", "stell", "stellt", "stellen", "gesetzt", "wäre", "nehmen", "denke", "angenommen"]
)


def _words(toks: list[Tok]) -> list[Tok]:
    return [t for t in toks if t.quote is None]


def _opening(toks: list[Tok]) -> int:
    """Index (into ``toks``) of the first word after an opening coordinator ("Aber …")."""
    k = 0
    while k < len(toks) and (not toks[k].text[:1].isalnum() or toks[k].low in _OPENERS):
        k += 1
    return k


def has_frame(toks: list[Tok]) -> bool:
    """A hypothetical frame in the sentence (outside quotes): see the module doc."""
    if not any(t.low in _FRAME_WORDS for t in toks):
        return False  # (most sentences: one set look-up a token)
    toks = _words(toks)
    lows = [t.low for t in toks]
    for i, low in enumerate(lows):
        for phrase in _PHRASES.get(low, ()):
            if tuple(lows[i : i + len(phrase)]) == phrase:
                return True
    k = _opening(toks)
    if k >= len(toks):
        return False
    first = toks[k]
    nxt = lows[k + 1] if k + 1 < len(lows) else ""
    if first.low == "angenommen" and nxt in (",", "dass", "daß"):
        return True
    # "Stellen Sie sich vor", "Stell dir vor", "Stellt euch … vor": the verb opens the clause
    return (
        first.low in ("stell", "stelle", "stellt", "stellen")
        and nxt in _VOR_PRONOUNS
        and "vor" in lows[k + 2 :]
    )


def _conditional(toks: list[Tok]) -> bool:
    if not any(t.low in _CONDITIONALS for t in toks):
        return False
    toks = _words(toks)
    moods = {t.mood for t in toks if t.tag == "VFIN"}
    return any(t.low in _CONDITIONALS for t in toks) and "subj2" in moods and "subj1" not in moods


def hypothetical_sentences(
    sents: Iterable[Sent],
    main_verb: Callable[[list[Tok]], Tok | None],
    founds: Iterable[Found] = (),
) -> frozenset[int]:
    """Ids of the sentences that tell an imagined case (see the module doc).  A conditional
    counts only after a sentence of the author's own: right after a quote, an indirect
    statement or a sentence in Konjunktiv it is the speaker's reasoning ("Wenn Berlin geklagt
    hätte, hätte man …" after "…, sagte er, man habe …"); after narrated speech ("Die
    Kämmerin hat eine neue Steuer angekündigt.") it is the author's."""
    said = {
        s
        for f in founds
        if f.mood in ("subj1", "subj2") or f.kind in ("direct", "partial", "indirect")
        for s in (f.sentences or {f.sentence})
    }
    out: set[int] = set()
    prev: Sent | None = None
    for sent in sents:
        toks = sent.toks
        if not toks:
            prev = None
            continue
        if has_frame(toks) or (_conditional(toks) and not _reported_context(prev, said, main_verb)):
            out.add(sent.id)
        elif prev is not None and prev.id in out and prev.block == sent.block:
            verb = main_verb(toks)
            if verb is not None and verb.mood == "subj2":
                out.add(sent.id)  # the imagined case goes on
        prev = sent
    return frozenset(out)


def _reported_context(
    prev: Sent | None, said: set[int], main_verb: Callable[[list[Tok]], Tok | None]
) -> bool:
    if prev is None:
        return False
    if prev.id in said:
        return True
    verb = main_verb(prev.toks)
    return verb is not None and verb.mood in ("subj1", "subj2")


def drop_hypothetical(
    founds: list[Found], sents: list[Sent], hypothetical: frozenset[int]
) -> list[Found]:
    """``founds`` without the statements of imagined acts (see the module doc)."""
    if not hypothetical:
        return founds
    by_id = {s.id: s for s in sents}
    out = []
    for f in founds:
        sent = by_id.get(f.sentence)
        imagined = f.sentence in hypothetical and sent is not None and f.quote is None
        if imagined and sent is not None and _imagined_cue(_cue_token(sent, f)):
            continue
        out.append(f)
    return out


def _imagined_cue(cue: Tok | None) -> bool:
    """No cue, an infinitive ("würde … hinzufügen und … nennen") or a Konjunktiv II verb: the
    act is imagined.  A finite indicative verb or a participle ("hatte angekündigt") is not."""
    if cue is None:
        return True
    if cue.tag == "VFIN":
        return cue.mood == "subj2"
    return cue.tag == "VINF" or cue.stts in ("VVINF", "VVIZU", "VAINF", "VMINF")


def _cue_token(sent: Sent, f: Found) -> Tok | None:
    if f.cue is None:
        return None
    return next((t for t in sent.toks if t.start <= f.cue[0] < t.end), None)


def event_noun_clause(noun: Tok, toks: list[Tok], start: int, end: int) -> bool:
    """Whether ``noun`` is an event noun whose clause ``toks[start:end]`` is a zu-infinitive
    (no Konjunktiv verb of its own): no statement (see the module doc)."""
    if noun.text not in EVENT_NOUNS:
        return False
    clause = toks[start:end]
    if any(t.tag == "VFIN" and t.mood in ("subj1", "subj2") for t in clause):
        return False
    return any(t.zu_inf for t in clause) or any(t.low == "zu" for t in clause)
