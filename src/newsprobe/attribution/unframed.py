"""Speakers of statements whose cue rules found no speaker phrase, read off the sentence:

* a quote no cue frames: the subject of its sentence ("Milinkewitsch kritisierte … als
  „Provokation …“"), or of the clause a colon ends before it ("Dabei griff sie auch den
  Präsidenten an: „…“");
* a cue verb coordinated with the main clause's verb, sharing its subject ("Williams hatte
  … erzählt, … gleichzeitig aber darauf hingewiesen, …", "X kritisierte Y und forderte …");
* a cue verb of a relative clause: the phrase the relative pronoun stands for ("ein
  Kommentar, der die Entscheidung als … bezeichnet");
* an age that stands for a person no name is given for ("der 81-jährige" after "Der
  Hausbesitzer machte …").

Used by ``speaker_resolution``; ``phrase`` is its phrase reader, passed in."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from newsprobe.attribution import gender as g
from newsprobe.attribution.antecedents import pronoun
from newsprobe.attribution.descriptions import ORG_NOUNS, person_noun
from newsprobe.attribution.marks import GERMAN_MARKS, GERMAN_OPENING
from newsprobe.attribution.speaker_parts import Article, R, head_index, of_entity
from newsprobe.attribution.subject_phrases import is_subject, subject_np
from newsprobe.model import (
    Attribution,
    AttributionKind,
    EntityType,
    MentionForm,
    Span,
    Speaker,
    Token,
)

Phrase = Callable[..., Speaker]

#: How far after the start of its sentence a quote may stand to take the sentence's subject.
_QUOTING_REACH = 400
#: Forms of "werden": a passive clause's subject is not who speaks ("wurde aufgefordert").
_WERDEN = frozenset(
    ["wird", "wurde", "wurden", "werden", "worden", "würde", "würden", "werde", "wirst"]
)
#: Perfect auxiliaries of an active main clause ("hatte … erzählt und … hingewiesen").
_HABEN = frozenset(["hat", "hatte", "haben", "hatten", "habe", "hätte", "hätten"])
_JOINING = frozenset(["und", "aber", "sowie", "sondern", "jedoch"])
#: Tags between a joining word and the cue verb that leave the subject shared.
_BETWEEN = frozenset(["ADV", "ADJD", "PTKNEG", "PROAV", "PAV", "KON"])


class Ask(NamedTuple):
    """What a reader is asked with: the statement, the article, the statements resolved
    before, the cue rules' subjects and ``speaker_resolution``'s phrase reader."""

    att: Attribution
    art: Article
    done: list[Attribution]
    antecedents: dict[int, tuple[int, int]]
    phrase: Phrase


def _up_to(art: Article, at: int, end: int) -> tuple[int, list[Token]]:
    """The sentence holding char ``at`` and its tokens from its start to char ``end``."""
    sid = art.sentence_of(at)
    start = art.sent_starts[sid] if sid < len(art.sent_starts) else 0
    return sid, art.tokens(start, end)


def _at_cue(ask: Ask) -> tuple[int, list[Token], int] | None:
    """The cue's sentence, its tokens up to the cue's end, and the cue's first token's
    index among them; None without a cue."""
    cue = ask.att.cue
    if cue is None:
        return None
    sid, toks = _up_to(ask.art, cue.start, cue.end)
    k = next((i for i, t in enumerate(toks) if t.start >= cue.start), None)
    return None if k is None else (sid, toks, k)


def _subject_speaker(ask: Ask, sid: int, end: int, *, pronouns: bool = False) -> Speaker | None:
    """The subject of sentence ``sid`` before char ``end`` as a speaker: a name that is
    the subject, else a subject phrase with a person noun, else (``pronouns``) a subject
    pronoun ("Dabei griff sie …")."""
    att, art, done, antecedents, phrase = ask
    start = art.sent_starts[sid] if sid < len(art.sent_starts) else 0
    for m in art.mentions_in(start, end):
        if (
            m.entity is not None
            and m.type in (EntityType.PER, EntityType.ORG)
            and is_subject(m.start, sid, art)
        ):
            return of_entity(art, m.entity, R.NAME, art.tokens(m.start, m.end), 0.5)
    np = subject_np(sid, art, end)
    if np is not None:
        named = _apposed_person(np[1], end, art)
        if named is not None:
            # "Das Staatsoberhaupt Neuseelands, die britische Königin Elisabeth II., bat …"
            return named
        toks = art.tokens(*np)
        head_i = head_index(toks)
        if head_i is not None and person_noun(toks[head_i].text, art):
            found = phrase(att, toks, art, done, antecedents, 1)
            return found if found.name else None
    if not pronouns:
        return None
    toks = art.tokens(start, end)
    verb = next((k for k, t in enumerate(toks) if t.pos in ("VVFIN", "VAFIN", "VMFIN")), None)
    if verb is None:
        return None
    for t in toks[verb + 1 : verb + 3]:
        agree = g.pronoun_agree(t.text)
        if t.pos == "PPER" and agree is not None and t.text.lower() in ("er", "sie"):
            found = pronoun(att, t, agree, art, done, antecedents, phrase)
            return found if found.name else None
    return None


def _apposed_person(np_end: int, end: int, art: Article) -> Speaker | None:
    """A person named in an apposition right after a subject phrase, between commas
    before ``end`` ("Das Staatsoberhaupt Neuseelands, die britische Königin Elisabeth II.,")."""
    after = art.tokens(np_end, end)
    if len(after) < 3 or after[0].text != ",":
        return None
    close = next((i for i in range(1, min(len(after), 10)) if after[i].text == ","), None)
    if close is None:
        return None
    for m in art.mentions_in(after[1].start, after[close - 1].end):
        if m.type == EntityType.PER and m.entity is not None and m.form != MentionForm.ROLE:
            return of_entity(art, m.entity, R.APPOSITION, art.tokens(m.start, m.end), 0.5)
    return None


def quoting_subject(ask: Ask) -> Speaker | None:
    """A quote inside a sentence that no cue frames ("Milinkewitsch kritisierte die
    Handlungsweise Kozulins als „Provokation …“", "Der Student … hatte gefragt: „…“"): the
    subject of that sentence, when it is a name or a person noun that can speak; a quote
    after a colon: the subject of the clause the colon ends, a pronoun too."""
    att, art = ask.att, ask.art
    if att.cue is not None or att.kind != AttributionKind.DIRECT:
        return None
    text = art.analysis.text
    before = text[: att.message.start].rstrip().rstrip('„“"»«‚‘').rstrip()
    if before.endswith(":"):
        colon = len(before) - 1
        sid = art.sentence_of(colon)
        return _subject_speaker(ask, sid, colon, pronouns=True)
    sid = art.sentence_of(att.message.start)
    start = art.sent_starts[sid] if sid < len(art.sent_starts) else 0
    if not 8 <= att.message.start - start <= _QUOTING_REACH:
        # the quote opens the sentence (what frames it comes after or before), or stands
        # too far into it for its opening subject to be the one quoted
        return None
    return _subject_speaker(ask, sid, att.message.start)


def shared_subject(ask: Ask) -> Speaker | None:
    """A cue verb joined to the main clause's verb ("und forderte", "aber auch darauf
    hingewiesen" after "X hatte … erzählt"): the main clause's subject.  None in a passive
    sentence, where a subordinate clause holds the cue, or where the sentence names no
    subject."""
    art = ask.art
    at = _at_cue(ask)
    if at is None or at[2] < 3:
        return None
    sid, toks, k = at
    cue = ask.att.cue
    assert cue is not None
    verb = toks[k]
    if any(t.text.lower() in _WERDEN for t in toks[:k]):
        return None
    j = k - 1
    while j > 0 and toks[j].pos in _BETWEEN and toks[j].text.lower() not in _JOINING:
        j -= 1
    if toks[j].text.lower() not in _JOINING and toks[j].text != ",":
        return None
    if verb.pos == "VVPP":
        # a perfect whose auxiliary is the main clause's ("Williams hatte … erzählt")
        finite = next((t for t in toks[:j] if t.pos in ("VAFIN", "VVFIN", "VMFIN")), None)
        if finite is None or finite.text.lower() not in _HABEN:
            return None
        after = art.tokens(cue.end, cue.end + 20)
        if after and after[0].pos in ("VAFIN", "VMFIN"):
            return None  # "…, die er gesagt hat": a subordinate clause's participle
    elif verb.pos == "VVFIN":
        if toks[j].text == "," or any(t.pos in ("KOUS", "PRELS", "PWS") for t in toks[:k]):
            return None
    else:
        return None
    return _subject_speaker(ask, sid, toks[j].start)


#: Tags of a relative pronoun's noun phrase, walking back from its comma.
_NP_PARTS = frozenset(["ART", "ADJA", "NN", "NE", "FM", "PPOSAT"])


def relative_speaker(ask: Ask) -> Speaker | None:
    """A cue verb that ends a relative clause ("ein Kommentar, der die Entscheidung als …
    bezeichnet"): the noun phrase before the comma the relative pronoun opens."""
    att, art = ask.att, ask.art
    cue = att.cue
    if cue is None:
        return None
    _, toks = _up_to(art, cue.start, cue.start)
    for r in range(len(toks) - 1, 0, -1):
        t = toks[r]
        if t.pos in ("VVFIN", "VAFIN", "VMFIN") or t.text in (".", ";", ":"):
            return None  # another clause's verb between: not the cue's relative clause
        if t.pos == "PRELS" and t.text.lower() in ("der", "die", "welcher", "welche"):
            if r >= 2 and toks[r - 1].text.lower() in ("der", "die") and toks[r - 2].text == ",":
                r -= 1  # "…, der der Regierung vorwarf": the first one is the pronoun
            if toks[r - 1].text != ",":
                return None
            e = r - 1
            # extraposed: "… war Ramsey Clark anwesend, der …", "wurde ein Prediger
            # zugeschaltet, der …" (not an article the tagger took for the pronoun: "wies
            # sie zurück, die bildungspolitische Sprecherin …")
            article = r + 1 < len(toks) and toks[r + 1].pos in ("ADJA", "NN", "NE")
            while (
                not article
                and e > 1
                and toks[e - 1].pos in ("ADJD", "PTKVZ", "VVPP")
                and r - 1 - e < 2
            ):
                e -= 1
            b = e
            while b > 0 and toks[b - 1].pos in _NP_PARTS:
                b -= 1
            if b > 1 and toks[b - 1].pos == "APPR" and toks[b - 2].pos == "NN":
                # "ein Prediger aus London, der …": the noun the place is an attribute of
                b -= 1
                while b > 0 and toks[b - 1].pos in _NP_PARTS:
                    b -= 1
            if b == e or toks[e - 1].pos not in ("NN", "NE", "FM"):
                return None
            found = ask.phrase(att, toks[b:e], art, ask.done, ask.antecedents, 0)
            return found if found.name else None
    return None


def aged(ask: Ask, head: Token, agree: g.Agree) -> Speaker | None:
    """The person "der 81-Jährige" stands for where no named person is near: the antecedent
    a pronoun would take, if it is a person (an unnamed one: "Der Hausbesitzer")."""
    att, art, done, antecedents, phrase = ask
    found = pronoun(att, head, agree, art, done, antecedents, phrase)
    if not found.name:
        return None
    ent = art.entity(found.entity) if found.entity is not None else None
    if ent is not None and ent.type != EntityType.PER:
        return None
    if ent is None and found.name.split()[-1].lower().endswith(tuple(ORG_NOUNS)):
        return None
    found.resolved_by = R.DESCRIPTION
    found.confidence = min(found.confidence, 0.55)
    return found


#: Tags of a noun phrase's tokens, walking back from a verb.
_NP_BACK = frozenset(["ART", "ADJA", "NN", "NNA", "NE", "FM", "PPOSAT", "CARD", "TRUNC"])


def subject_before_cue(ask: Ask) -> Speaker | None:
    """A finite cue verb right after a noun phrase that opens the clause and names someone
    ("Der Vorsitzende des Haushaltsausschusses des Parlaments Alain Lamassoure erklärte"):
    that phrase, which the cue rules missed."""
    att, art = ask.att, ask.art
    at = _at_cue(ask)
    if at is None or at[2] == 0 or at[1][at[2]].pos not in ("VVFIN", "VAFIN"):
        return None
    _, toks, k = at
    b = k
    while b > 0 and toks[b - 1].pos in _NP_BACK and k - b < 14:
        b -= 1
    if b == k or (b > 0 and toks[b - 1].text not in (".", ":", ";", "“", '"')):
        return None  # the phrase does not open a clause: an object, a fronted phrase
    if any(
        m.type in (EntityType.PER, EntityType.ORG)
        for m in art.mentions_in(toks[b].start, toks[k - 1].end)
    ):
        found = ask.phrase(att, toks[b:k], art, ask.done, ask.antecedents, 0)
        return found if found.name else None
    return None


def passive_quoted(ask: Ask) -> Speaker | None:
    """ "…, wird Mike Downey, Technical Product Manager, zitiert": the person a passive
    "zitiert" names between its auxiliary and the participle."""
    att, art = ask.att, ask.art
    cue = att.cue
    if cue is None or not cue.text.lower().startswith("zitiert"):
        return None
    _, toks = _up_to(art, cue.start, cue.start)
    aux = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].text.lower() in _WERDEN), None)
    if aux is None:
        return None
    for m in art.mentions_in(toks[aux].end, cue.start):
        if m.type in (EntityType.PER, EntityType.ORG) and m.entity is not None:
            return of_entity(art, m.entity, R.NAME, art.tokens(m.start, m.end), 0.6)
    return None


def wie_clause(ask: Ask) -> Speaker | None:
    """ "Wie die „Aktion Deutschland hilft“ heute mitteilte": the phrase after "wie" that
    opens the cue's clause, a name in quotation marks included, that the cue rules missed."""
    att, art = ask.att, ask.art
    cue = att.cue
    if cue is None:
        return None
    _, toks = _up_to(art, cue.start, cue.start)
    w = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].text.lower() == "wie"), None)
    if w is None or w + 1 >= len(toks) or toks[w + 1].pos != "ART":
        return None
    if w > 0 and toks[w - 1].text != ",":
        return None  # "so wichtig wie die Beteiligung": a comparison
    e = w + 2
    quoted = False
    while e < len(toks):
        t = toks[e]
        if t.text in GERMAN_MARKS:
            quoted = t.text in GERMAN_OPENING
            e += 1
        elif quoted or t.pos in ("ADJA", "NN", "NE", "FM"):
            e += 1
        else:
            break
    if any(t.pos not in _ADVERBIAL for t in toks[e:]):
        return None  # another verb, or more than adverbials, before the cue
    inner = [t for t in toks[w + 1 : e] if t.text not in GERMAN_MARKS]
    if len(inner) < 2:
        return None
    found = ask.phrase(att, inner, art, ask.done, ask.antecedents, 0)
    if found.name and found.entity is not None:
        return found
    text = art.analysis.text
    return Speaker(
        name=text[inner[1].start : inner[-1].end],
        named=True,
        resolved_by=R.NAME,
        mention=Span.of(text, inner[0].start, inner[-1].end),
        confidence=0.5,
    )


#: What may stand between a "wie" clause's subject and its verb ("heute", "am Montag").
_ADVERBIAL = frozenset(["ADV", "ADJD", "APPR", "APPRART", "ART", "NN", "CARD", "PTKNEG"])
