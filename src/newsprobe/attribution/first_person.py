"""Who "ich" and "wir" are: the speaker of a first-person statement inside a quote or an
interview answer.

A statement whose speaker phrase is "Ich" or "wir" ("Ich glaube, dass …") names no one by
itself; run after :func:`~newsprobe.attribution.speaker_resolution.resolve_speakers`, this
gives it the speaker of what it is quoted in, and only where that one is known:

* the innermost statement whose message holds the pronoun ("„Wir werden … prüfen. Ich bin
  sicher, dass …“, so die Ministerin X"; 10kGNAD, which drops the quotation marks: "Ich
  glaube, dass …, sagte Müller"), or the statement framed after it in the same sentence
  ("Ich hoffe, es bleibt ruhig, sagt Melanie"), never a reported ``dass``/``ob`` clause
  ("Er sagte, dass wir sparen müssten": the writer's or everyone's "wir");
* the sentence that opens right after a colon whose frame has one person as its subject
  ("Mikl-Leitner formulierte klar: Ich schließe nicht aus, …"), or a statement framed there
  that was resolved to one person ("Zu Kontrollen sage er Ja, aber: Ich habe …");
* a first person up to three sentences after a first-person quote, when no one else is
  framed as speaking between ("… Das ist ein Unsinn. Und jetzt verspreche ich …");
* an interview answer: the turn after a label that names a person of the article
  ("STANDARD: …? Poposki: Wir koordinieren …" is Nikola Poposki's).

"wir" keeps the person as the speaker (whom the person speaks for stays the affiliation it
had).  The polite "Sie" of an interviewer's question ("STANDARD: Sie sagten einmal, …") is
the interview's one answering person, whose words the question reports; any other second
person ("Sie sagen …" mid-sentence, "du") is the addressee: never a source name.  A quote
whose own speaker is unresolved gives nothing, and an enclosing quote is not skipped for an
outer one.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from newsprobe.attribution.interviews import Interview, guest_speaker, interview
from newsprobe.attribution.lexicon import sources
from newsprobe.attribution.view import sentence_starts, token_starts
from newsprobe.model import (
    Analysis,
    Attribution,
    AttributionKind,
    EntityType,
    MentionForm,
    Speaker,
    SpeakerResolution,
)

_FIRST = frozenset(["ich", "wir"])
_SECOND = frozenset(["du"])  # not "ihr": also "her" ("ihr zufolge")
#: Source kinds of a role noun that no one says "ich" for.
_NOT_PERSONS = frozenset(["media", "document", "social_media"])
_FIRST_WORDS = _FIRST | {"mir", "mich", "uns", "unser", "unsere", "unseren", "unserer", "mein"}
#: Words that open a reported clause: a first person in it is not the quoted speaker's.
_REPORTED = frozenset(["dass", "daß", "ob"])
#: Finite verb tags (STTS).
_FINITE = frozenset(["VVFIN", "VAFIN", "VMFIN"])
_ENDS = frozenset([".", "?", "!", ":", ")", "“", '"', "»", "«"])
#: Tokens after which a capital "Sie" may open a sentence or quote.
_OPENERS = _ENDS | {"„", "-", "–", "("}


def resolve_first_person(analysis: Analysis) -> None:
    """Give first-person statements the speaker of the quote or interview answer they
    stand in; take the name from a second-person speaker."""
    atts = analysis.attributions
    if not atts:
        return
    ix = _Index(token_starts(analysis), sentence_starts(analysis))
    turns = interview(analysis)
    done: dict[int, Speaker | None] = {}
    quoted = _quoted_first_person(analysis, ix)
    for att in sorted(atts, key=lambda a: a.speakers[0].start if a.speakers else a.start):
        word = _single_word(att, analysis)
        if word is None:
            continue
        low = word.lower()
        if low in _FIRST and (att.speaker is None or not att.speaker.name):
            found = _first_person(att, analysis, ix, turns, done, set())
            sid = _sentence(ix, att.speakers[0].start)
            if found is None and _unframed(att, sid, analysis, ix):
                found = _taken(_carried(quoted, sid, att, analysis, ix), None, att, analysis)
            if found is not None:
                att.speaker = found
                att.speaker_entity = found.entity
                quoted[sid] = found
        elif word == "Sie" and (guest := _interviewee(att, analysis, ix, turns)) is not None:
            att.speaker = guest
            att.speaker_entity = guest.entity
        elif _second_person(att, word, analysis, ix, turns):
            att.speaker = Speaker(
                resolved_by=SpeakerResolution.NONE, mention=att.speakers[0], confidence=0.3
            )
            att.speaker_entity = None


def _interviewee(
    att: Attribution, analysis: Analysis, ix: _Index, turns: Interview | None
) -> Speaker | None:
    """ "STANDARD: Sie sagten einmal, …", "… haben Sie gesagt": the polite "Sie" (its verb
    in the plural) of an interviewer's question is the one person who answers in the
    interview."""
    at = att.speakers[0].start
    turn = turns.turn_at(at) if turns is not None else None
    if turn is None or not turn.question:
        return None
    k = bisect_left(ix.tokens, at)
    toks = analysis.tokens
    near = [toks[j] for j in (k - 1, k + 1) if 0 <= j < len(toks)]
    if not any(t.pos in _FINITE and t.text.endswith("n") for t in near):
        return None  # "Sie sagte" is she
    guests = turns.guests() if turns is not None else []
    return guest_speaker(analysis, guests[0], at) if len(guests) == 1 else None


def _quoted_first_person(analysis: Analysis, ix: _Index) -> dict[int, Speaker]:
    """Sentence -> the named speaker of a quote in it that speaks in the first person and
    is framed after it ("… wir als Wissenschafter schulden das der Gesellschaft, sagt X")."""
    out: dict[int, Speaker] = {}
    for o in analysis.attributions:
        sp = o.speaker
        if (
            sp is None
            or not sp.name
            or sp.resolved_by == SpeakerResolution.NONE
            or o.cue is None
            or o.cue.start < o.message.end
        ):
            continue
        k = bisect_left(ix.tokens, o.message.start)
        end = bisect_left(ix.tokens, o.message.end)
        if any(t.text.lower() in _FIRST_WORDS for t in analysis.tokens[k:end]):
            out.setdefault(_sentence(ix, o.cue.start), sp)
    return out


#: How many sentences back a first person may carry on a quote ("…, sagte X. Das ist ein
#: Unsinn. Und jetzt verspreche ich …": the sentences between speak on without a frame).
_CARRY = 3


def _carried(
    quoted: dict[int, Speaker], sid: int, att: Attribution, analysis: Analysis, ix: _Index
) -> Speaker | None:
    """The speaker of the nearest first-person quote at most :data:`_CARRY` sentences
    back, with no statement of another speaker's own in the sentences between."""
    for back in range(sid - 1, max(sid - 1 - _CARRY, -1), -1):
        if back in quoted:
            return quoted[back]
        if not _unframed(att, back, analysis, ix):
            return None
    return None


def _unframed(att: Attribution, sid: int, analysis: Analysis, ix: _Index) -> bool:
    """Whether no other statement with a speaker of its own has its cue in sentence
    ``sid``: a first person there may carry on the quote of the sentence before ("…,
    erklärte X. Aber wir wissen auch, dass …")."""
    for o in analysis.attributions:
        if o.id == att.id or o.cue is None or _sentence(ix, o.cue.start) != sid:
            continue
        word = _single_word(o, analysis)
        if o.speakers and not (word is not None and word.lower() in _FIRST):
            return False
    return True


def _single_word(att: Attribution, analysis: Analysis) -> str | None:
    if not att.speakers:
        return None
    text = att.speakers[0].text.strip()
    return text if text and " " not in text else None


def _first_person(
    att: Attribution,
    analysis: Analysis,
    ix: _Index,
    turns: Interview | None,
    done: dict[int, Speaker | None],
    seen: set[int],
) -> Speaker | None:
    if att.id in done:
        return done[att.id]
    seen = seen | {att.id}
    at = att.speakers[0].start
    found: Speaker | None = None
    outer = _enclosing(att, analysis, ix)
    if outer is not None:
        sp = outer.speaker
        if (sp is None or not sp.name) and outer.id not in seen:
            word = _single_word(outer, analysis)
            if word is not None and word.lower() in _FIRST:
                sp = _first_person(outer, analysis, ix, turns, done, seen)
        found = _taken(sp, outer, att, analysis)
    else:
        turn = turns.turn_at(at) if turns is not None else None
        if turn is not None:
            if turn.guest is not None:
                found = guest_speaker(analysis, turn.guest, at)
        else:
            found = _colon_frame(att, analysis, ix)
    done[att.id] = found
    return found


def _enclosing(att: Attribution, analysis: Analysis, ix: _Index) -> Attribution | None:
    """The innermost direct or indirect statement whose message holds the pronoun, else one
    framed after this one in its sentence ("Ich hoffe, …, sagt Melanie")."""
    at = att.speakers[0].start
    holding = [
        o
        for o in analysis.attributions
        if o.id != att.id
        and o.kind in (AttributionKind.DIRECT, AttributionKind.INDIRECT)
        and o.message.start <= at < o.message.end
    ]
    if holding:
        inner = min(holding, key=lambda o: (o.message.end - o.message.start, -o.message.start))
        k = bisect_left(ix.tokens, inner.message.start)
        framed_after = inner.cue is not None and inner.cue.start >= inner.message.end
        if (
            not framed_after
            and k < len(analysis.tokens)
            and analysis.tokens[k].text.lower() in _REPORTED
        ):
            return None  # "sagte, dass wir …"; not "Ob …, weiß ich nicht, kritisierte X"
        return inner
    sid = _sentence(ix, at)
    for o in analysis.attributions:
        if (
            o.id == att.id
            or o.cue is None
            or o.cue.start < att.message.end
            or _sentence(ix, o.cue.start) != sid
        ):
            continue
        if (
            o.kind in (AttributionKind.DIRECT, AttributionKind.INDIRECT)
            and o.message.end <= o.cue.start
            and o.message.start < att.message.end
            and att.message.start < o.message.end
        ) or _adjacent(analysis, ix, att.message.end, o.cue.start):
            return o
    return None


def _adjacent(analysis: Analysis, ix: _Index, end: int, cue: int) -> bool:
    """Only a comma (or a dash) between a statement and a frame: "Ich hoffe, es bleibt
    ruhig, sagt Melanie", "…, antwortete er"."""
    k = bisect_left(ix.tokens, end)
    between = analysis.tokens[k : bisect_left(ix.tokens, cue)]
    return bool(between) and all(t.text in (",", "–", "-") for t in between)


def _taken(
    sp: Speaker | None, outer: Attribution | None, att: Attribution, analysis: Analysis
) -> Speaker | None:
    """The quote's speaker for the pronoun; "ich" only for a person."""
    if sp is None or not sp.name or sp.resolved_by == SpeakerResolution.NONE:
        return None
    if att.speakers[0].text.lower() == "ich" and not _a_person(sp, analysis):
        return None
    out = sp.model_copy()
    out.resolved_by = SpeakerResolution.PRONOUN
    out.mention = sp.mention or (outer.speakers[0] if outer and outer.speakers else None)
    out.confidence = round(sp.confidence * 0.9, 3)
    return out


def _a_person(sp: Speaker, analysis: Analysis) -> bool:
    """A person entity, or an unnamed speaker whose role noun is a person's ("Apple-Chef",
    "Sprecher"), not a medium's ("Seite", "Zeitung")."""
    if sp.entity is not None:
        ent = analysis.entities[sp.entity] if 0 <= sp.entity < len(analysis.entities) else None
        return ent is not None and ent.type == EntityType.PER
    head = sp.role or (sp.name or "").split()[0]
    found = sources(analysis.meta.language or "de").head_type(head)
    return found is not None and found[0] not in _NOT_PERSONS


def _of_person(analysis: Analysis, eid: int, att: Attribution) -> Speaker:
    ent = analysis.entities[eid]
    mention = next(
        (m for m in analysis.mentions if m.entity == eid and m.start < att.speakers[0].start),
        None,
    )
    return Speaker(
        name=ent.name,
        named=True,
        entity=ent.id,
        kb_id=ent.kb_id,
        resolved_by=SpeakerResolution.PRONOUN,
        mention=mention,
        confidence=0.7,
    )


class _Index(NamedTuple):
    """Start offsets of the tokens and of the sentences, built once per article (a lookup
    per statement must not rebuild them: a 1 MB text has thousands of statements)."""

    tokens: list[int]
    sents: list[int]


def _sentence(ix: _Index, offset: int) -> int:
    return max(bisect_left(ix.sents, offset + 1) - 1, 0)


# -- a sentence right after a colon ------------------------------------------------------


def _colon_frame(att: Attribution, analysis: Analysis, ix: _Index) -> Speaker | None:
    """ "Mikl-Leitner formulierte klar: Ich schließe nicht aus, …": the one person named
    as the subject of the frame before the colon, when the pronoun opens what follows."""
    toks = analysis.tokens
    k = bisect_left(ix.tokens, att.speakers[0].start)
    colon = next((j for j in range(k - 1, max(k - 3, -1), -1) if toks[j].text == ":"), None)
    if colon is None or any(t.pos not in ("ADV", "KON") for t in toks[colon + 1 : k]):
        return None
    sid = _sentence(ix, toks[colon].start)
    start = analysis.sentences[sid].start if analysis.sentences else 0
    people = [
        m
        for m in analysis.mentions
        if start <= m.start
        and m.end <= toks[colon].start
        and m.entity is not None
        and m.type == EntityType.PER
        and m.form != MentionForm.ROLE
    ]
    if len({m.entity for m in people}) != 1:
        return _framing_statement(att, analysis, ix, toks[colon].start)
    from newsprobe.attribution.speaker_article import article
    from newsprobe.attribution.subject_phrases import is_subject

    art = article(analysis)
    if not any(is_subject(m.start, art.sentence_of(m.start), art) for m in people):
        return None
    eid = people[0].entity
    assert eid is not None
    return _of_person(analysis, eid, att)


def _framing_statement(
    att: Attribution, analysis: Analysis, ix: _Index, colon: int
) -> Speaker | None:
    """ "Zu Kontrollen sage er Ja, aber: Ich habe niemandem versprochen, …": where the frame
    before the colon names no one by name, the one person that a statement framed there
    (its cue in the sentence before the colon) was resolved to."""
    sid = _sentence(ix, colon)
    found: list[tuple[Speaker, Attribution]] = []
    for o in analysis.attributions:
        sp = o.speaker
        if o.id == att.id or o.cue is None or not (o.cue.start < colon):
            continue
        if _sentence(ix, o.cue.start) != sid or sp is None or sp.entity is None:
            continue
        if sp.resolved_by != SpeakerResolution.NONE and _a_person(sp, analysis):
            found.append((sp, o))
    if len({sp.entity for sp, _ in found}) != 1:
        return None
    return _taken(found[-1][0], found[-1][1], att, analysis)


def _boundary(analysis: Analysis, before_end: int, start: int, before_text: str) -> bool:
    """Whether a token at ``start`` opens a sentence or line: after a sentence end or a
    line break."""
    return before_text in _ENDS or "\n" in analysis.text[before_end:start]


# -- the second person -------------------------------------------------------------------


def _second_person(
    att: Attribution, word: str, analysis: Analysis, ix: _Index, turns: Interview | None
) -> bool:
    """A speaker that is the addressee: "du", a capital "Sie" inside a sentence, or
    "Sie" in an interviewer's turn."""
    sp = att.speaker
    if sp is None or not sp.name:
        return False
    low = word.lower()
    if low in _SECOND:
        return True
    if word != "Sie":
        return False
    at = att.speakers[0].start
    turn = turns.turn_at(at) if turns is not None else None
    if turn is not None and turn.question:
        return True
    k = bisect_left(ix.tokens, at)
    j = bisect_left(ix.sents, at)
    if k == 0 or (j < len(ix.sents) and ix.sents[j] == at):
        return False  # "Sie" opening a sentence may be "she" or "they"
    before = analysis.tokens[k - 1]
    return before.text not in _OPENERS and not _boundary(
        analysis, before.end, analysis.tokens[k].start, before.text
    )
