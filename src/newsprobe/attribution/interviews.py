"""Interviews: who asks, who answers, and which stretches of the text are whose turn.

An interview is printed as turns after labels ("STANDARD: …? Hofer: Ich bin …",
"Frage: …? Antwort: Wir …", "SZ:", "ZEIT ONLINE:"); 10kGNAD keeps the labels but loses the
line breaks and the bold type, so a label is a short capitalised phrase and a colon right
after a sentence end.  An article is an interview when it has at least two question labels
and at least one answer turn whose speaker is known:

* the **interviewer** is the outlet: its label ("STANDARD", "SZ") or, behind a bare
  "Frage:", the body the lead says the guest spoke with ("Er sprach mit der Deutschen
  Presse-Agentur");
* the **guest** (interviewee) is the person the answer label names ("Hofer:" is the
  article's Norbert Hofer, or "Hofer" with the role the teaser gives him, "Der
  FPÖ-Kandidat …", where the entity layer found no one); behind a bare "Antwort:" it is
  the person the questions address ("Herr Urmson, Sie …"), else the one person the lead
  introduces for the interview ("Projektchef Chris Urmson … Er sprach mit …",
  "X im Interview über …"), else the lead's only person.  A lead that announces
  questions and answers of no one ("Einige Fragen und Antworten", an explainer) has no guest:
  its answers are the outlet's own text.

What follows from it (see :mod:`~newsprobe.attribution.first_person` and
:func:`attribute_turns`): what an answer says without a frame of its own is the guest's
statement (direct words; the guest is typed from the person's roles, or from the teaser's
role where the entity layer found no one: :func:`by_guest`); a first person in an answer is
the guest; the polite "Sie" of a question is the guest.  The **questions are the
interviewer's**, the outlet's (typed media through the label, as the team's source gold
labels them: the outlet's framing is part of what the article relies on); a first person in
a question ("uns", "wir") is never resolved to the guest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from newsprobe.attribution.lexicon import sources
from newsprobe.model import (
    Analysis,
    Attribution,
    AttributionKind,
    BlockKind,
    EntityType,
    MentionForm,
    Source,
    SourceType,
    Span,
    Speaker,
    SpeakerResolution,
)

#: Labels of the interviewer's turns (lower case; the outlet's short names).
QUESTION_LABELS = frozenset(
    [
        "standard", "derstandard.at", "frage", "f", "interviewer", "sz", "zeit online",
        "zeit", "spiegel", "der spiegel", "profil", "kurier", "presse", "die presse", "falter",
        "welt", "faz", "taz", "nzz", "stern", "focus", "news", "krone", "bild", "tagesspiegel",
        "spiegel online", "dpa", "apa", "q",
    ]
)  # fmt: skip
#: Question labels that name no outlet (the interviewer is then found in the lead).
_GENERIC = frozenset(["frage", "f", "interviewer", "q"])
#: Labels of answers that name no one (the guest is then found in the questions or lead).
ANSWER_LABELS = frozenset(["antwort", "a"])
#: A label: one or two capitalised words (or "derStandard.at") and a colon, at a sentence
#: or line start.
_LABEL = re.compile(
    r"(?:^|(?<=[.?!:;)“\"»«…])[ \t]+|\n\s*)"
    r"(derStandard\.at|[A-ZÄÖÜ][\w.\-]*(?: [A-ZÄÖÜ][\w\-]*)?)[ \t]*:(?=\s)"
)
#: Words of a lead that introduce an interview or a talk with the outlet.
_TALK = re.compile(
    r"(?i)\b(?:interview\w*|\w*gespräch\w*|sprach(?:en)?\s+(?:\w+\s+){0,6}?mit|"
    r"spricht\s+(?:\w+\s+){0,6}?mit|fragen\s+(?:des|der)|im\s+talk)\b"
)
#: A lead announcing questions and answers of no one: an explainer, not an interview.
_EXPLAINER = re.compile(r"(?i)\bfragen\s+und\s+antworten\b|\bdie\s+wichtigsten\s+fragen\b")
#: The body the guest spoke with ("sprach mit der Deutschen Presse-Agentur").
_SPOKE_WITH = re.compile(r"\bmit\s+(?:der|dem)\s+((?:[A-ZÄÖÜ][\w\-]*)(?:\s+[A-ZÄÖÜ][\w\-]*){0,2})")
#: How the questions address the guest ("Herr Urmson, Sie …").
_VOCATIVE = re.compile(r"\b(?:Herr|Frau)\s+((?:Dr\.\s+)?[A-ZÄÖÜ][\w\-]+)")
#: A teaser that opens with the guest's role ("Der FPÖ-Kandidat würde …").
_ROLE_OPENING = re.compile(r"\s*(?:Der|Die)\s+(?:[a-zäöü]\w*\s+)?([A-ZÄÖÜ][\w\-]+)")
#: Source kinds of a role noun that no one is interviewed as.
_NOT_PERSONS = frozenset(["media", "document", "social_media", "anonymous"])
_KEY = "interviews.interview"


@dataclass(frozen=True)
class Guest:
    """The interviewee: an entity of the article, or a name only the label gives."""

    name: str
    entity: int | None
    role: str | None
    mention: Span | None


@dataclass(frozen=True)
class Turn:
    """One turn: the text after its label up to the next label."""

    label: Span
    start: int
    end: int
    question: bool
    guest: Guest | None  # who answers (None for a question, or an answer of no one known)


@dataclass(frozen=True)
class Interview:
    interviewer: str | None
    turns: tuple[Turn, ...]

    def turn_at(self, offset: int) -> Turn | None:
        return next((t for t in self.turns if t.start <= offset < t.end), None)

    def guests(self) -> list[Guest]:
        """The distinct people who answer (by entity, else by name)."""
        out: dict[tuple[int | None, str], Guest] = {}
        for t in self.turns:
            if t.guest is not None:
                out.setdefault((t.guest.entity, t.guest.name), t.guest)
        return list(out.values())


def interview(analysis: Analysis) -> Interview | None:
    """The article's interview, or None (memoised per analysis)."""
    if _KEY not in analysis._scratch:
        analysis._scratch[_KEY] = _find(analysis)
    found: Interview | None = analysis._scratch[_KEY]
    return found


def _labels(text: str) -> list[tuple[int, int, int, str]]:
    """``(label start, label end, turn start, label)`` of every label-like phrase."""
    out = []
    for m in _LABEL.finditer(text):
        colon = text.index(":", m.end(1))
        turn = colon + 1
        while turn < len(text) and text[turn].isspace():
            turn += 1
        out.append((m.start(1), m.end(1), turn, m.group(1)))
    return out


def _find(analysis: Analysis) -> Interview | None:
    text = analysis.text
    labels = _labels(text)
    questions = [lab for lab in labels if lab[3].lower() in QUESTION_LABELS]
    if len(questions) < 2:
        return _by_blocks(analysis)
    first = questions[0][0]
    people = _people_by_name(analysis)
    counts: dict[str, int] = {}
    for lab in labels:
        counts[lab[3]] = counts.get(lab[3], 0) + 1
    kept = [
        lab
        for lab in labels
        if lab[0] >= first
        and (
            lab[3].lower() in QUESTION_LABELS
            or lab[3].lower() in ANSWER_LABELS
            or lab[3] in people
            or (counts[lab[3]] >= 2 and _name_like(lab[3]))
        )
    ]
    if not any(lab[3].lower() not in QUESTION_LABELS for lab in kept):
        return None
    lead = text[:first]
    asked = " ".join(
        text[lab[2] : nxt[0]] for lab, nxt in pairwise(kept) if lab[3].lower() in QUESTION_LABELS
    )
    bare = _lead_guest(analysis, lead, asked, people)
    turns: list[Turn] = []
    for n, (start, end, begin, label) in enumerate(kept):
        stop = kept[n + 1][0] if n + 1 < len(kept) else len(text)
        low = label.lower()
        span = Span.of(text, start, end)
        if low in QUESTION_LABELS:
            turns.append(Turn(span, begin, stop, True, None))
        elif low in ANSWER_LABELS:
            turns.append(Turn(span, begin, stop, False, bare))
        else:
            turns.append(
                Turn(span, begin, stop, False, _label_guest(analysis, label, span, people, first))
            )
    if not any(t.guest is not None for t in turns):
        return None
    return Interview(_interviewer(questions[0][3], lead), tuple(turns))


#: Block kinds a question printed in bold (a line of its own, no label) may stand in.
_QUESTION_BLOCKS = frozenset([BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.HIGHLIGHT])
#: The polite address of a question to the guest.
_POLITE = re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b")
#: Most words of a question line.
_QUESTION_WORDS = 60


def _by_blocks(analysis: Analysis) -> Interview | None:
    """An interview whose questions have no label, only a line of their own (bold on the
    page): at least two lines that are one question addressing the guest ("Sie", "Ihr"),
    after a lead that introduces the talk ("… im Interview", "sprach mit") or questions
    that name the guest ("Herr Urmson, …").  What follows each question up to the next is
    the guest's answer."""
    text = analysis.text
    asks = [
        b
        for b in analysis.blocks
        if b.kind in _QUESTION_BLOCKS
        and b.text.rstrip().endswith("?")
        and len(b.text.split()) <= _QUESTION_WORDS
        and _POLITE.search(b.text)
    ]
    if len(asks) < 2:
        return None
    lead = text[: asks[0].start]
    asked = " ".join(b.text for b in asks)
    if not (_TALK.search(lead) or _VOCATIVE.search(asked)):
        return None
    guest = _lead_guest(analysis, lead, asked, _people_by_name(analysis))
    if guest is None:
        return None
    turns: list[Turn] = []
    for n, b in enumerate(asks):
        stop = asks[n + 1].start if n + 1 < len(asks) else len(text)
        turns.append(Turn(Span.of(text, b.start, b.start), b.start, b.end, True, None))
        if b.end < stop:
            turns.append(Turn(Span.of(text, b.end, b.end), b.end, stop, False, guest))
    found = _SPOKE_WITH.search(lead)
    return Interview(found.group(1) if found is not None else None, tuple(turns))


def _name_like(label: str) -> bool:
    """A label that may be a surname: one capitalised word of letters ("Hofer")."""
    return " " not in label and label.replace("-", "").isalpha() and len(label) > 2


def _interviewer(label: str, lead: str) -> str | None:
    if label.lower() not in _GENERIC:
        return label
    found = _SPOKE_WITH.search(lead)
    return found.group(1) if found is not None else None


def _label_guest(
    analysis: Analysis, label: str, span: Span, people: dict[str, int], first: int
) -> Guest:
    """The guest an answer label names: the article's person of that name, else the label
    with the role the teaser opens with."""
    eid = people.get(label)
    if eid is not None:
        return Guest(analysis.entities[eid].name, eid, None, span)
    return Guest(label, None, _teaser_role(analysis, first), span)


def _teaser_role(analysis: Analysis, first: int) -> str | None:
    """ "Der FPÖ-Kandidat würde …": the person role noun that a sentence of the teaser
    (the first three sentences before the first label) opens with."""
    lex = sources(analysis.meta.language or "de")
    for sent in analysis.sentences[:3]:
        if sent.start >= first:
            break
        found = _ROLE_OPENING.match(analysis.text, sent.start, sent.end)
        if found is None:
            continue
        hit = lex.head_type(found.group(1))
        if hit is not None and hit[0] not in _NOT_PERSONS:
            return found.group(1)
    return None


def _lead_guest(analysis: Analysis, lead: str, asked: str, people: dict[str, int]) -> Guest | None:
    """The guest behind a bare "Antwort:": the person the questions address by name, else
    the one person a talk sentence of the lead names, else the lead's only person."""
    for m in _VOCATIVE.finditer(asked):
        name = m.group(1).removeprefix("Dr.").strip()
        if name in people:
            return _entity_guest(analysis, people[name], len(lead))
    if _EXPLAINER.search(lead):
        return None
    persons = [
        m
        for m in analysis.mentions
        if m.end <= len(lead)
        and m.entity is not None
        and m.type == EntityType.PER
        and m.form != MentionForm.ROLE
    ]
    talk = [
        m
        for m in persons
        if (sent := _sentence_text(analysis, m.start)) is not None and _TALK.search(sent)
    ]
    for group in (talk, persons):
        ids = {m.entity for m in group}
        if len(ids) == 1:
            eid = ids.pop()
            assert eid is not None
            return _entity_guest(analysis, eid, len(lead))
    # "Er sprach mit der dpa": a talk sentence whose person is named in the sentence before
    return None


def _entity_guest(analysis: Analysis, eid: int, before: int) -> Guest:
    named = [m for m in analysis.mentions if m.entity == eid and m.form != MentionForm.ROLE]
    mention = next((m for m in named if m.start < before), named[0] if named else None)
    span = Span.of(analysis.text, mention.start, mention.end) if mention is not None else None
    return Guest(analysis.entities[eid].name, eid, None, span)


def _sentence_text(analysis: Analysis, offset: int) -> str | None:
    for s in analysis.sentences:
        if s.start <= offset < s.end:
            return analysis.text[s.start : s.end]
    return None


def _people_by_name(analysis: Analysis) -> dict[str, int]:
    """A person's full name and surname (when only one person bears it) -> entity id."""
    out: dict[str, int] = {}
    clash: set[str] = set()
    for ent in analysis.entities:
        if ent.type != EntityType.PER:
            continue
        for name in {ent.name, *ent.aliases}:
            for key in {name, name.split()[-1]} if name.split() else set():
                if key in out and out[key] != ent.id:
                    clash.add(key)
                out[key] = ent.id
    return {k: v for k, v in out.items() if k not in clash}


def guest_speaker(
    analysis: Analysis,
    guest: Guest,
    before: int,
    resolved_by: SpeakerResolution = SpeakerResolution.PRONOUN,
) -> Speaker:
    """The guest as the speaker of a first person in an answer (or, resolved by the
    label's name, of the answer itself)."""
    mention = guest.mention
    if guest.entity is not None:
        earlier = next(
            (
                m
                for m in analysis.mentions
                if m.entity == guest.entity and m.start < before and m.form != MentionForm.ROLE
            ),
            None,
        )
        if earlier is not None:
            mention = Span.of(analysis.text, earlier.start, earlier.end)
    ent = analysis.entities[guest.entity] if guest.entity is not None else None
    return Speaker(
        name=guest.name,
        named=True,
        entity=guest.entity,
        kb_id=ent.kb_id if ent is not None else None,
        role=guest.role,
        resolved_by=resolved_by,
        mention=mention,
        confidence=0.7,
    )


def _turn_of(iv: Interview, att: Attribution) -> Turn | None:
    """The turn a statement's message opens in (one that opens with a label, "Hofer: …",
    is that label's turn)."""
    at = att.message.start
    return next((t for t in iv.turns if t.label.start <= at < t.end), None)


def _label_only(att: Attribution, turn: Turn) -> bool:
    """A statement no cue of its own frames: the layout's label ("STANDARD: …", "Hofer:
    …") or the one before it (carried on) gave it its speaker."""
    if att.cue is not None:
        return False
    if not att.speakers:
        return True
    sp = att.speakers[0]
    return sp.start == turn.label.start or sp.text.strip().lower() in QUESTION_LABELS


def attribute_turns(analysis: Analysis) -> None:
    """Statements in an interview's answers, after the speakers were resolved: what an
    answer says with no frame of its own is the guest's (direct words), also where the
    layout rules carried the interviewer's label over into it ("STANDARD: …? Hofer: Ich
    bin …" was the STANDARD's), and so is each sentence of an answer that no statement
    covers (of three words at least: "Nein." is no statement).  Questions keep what the
    layout rules gave them: the interviewer's label is their speaker, the outlet (see the
    module's note)."""
    iv = interview(analysis)
    if iv is None:
        return
    for att in analysis.attributions:
        turn = _turn_of(iv, att)
        if turn is None or turn.question or turn.guest is None or not _label_only(att, turn):
            continue
        att.kind = AttributionKind.DIRECT
        att.continues = None
        if att.message.start < turn.start < att.message.end:  # "Hofer: Ich bin …"
            att.message = Span.of(analysis.text, turn.start, att.message.end)
        att.speaker = guest_speaker(analysis, turn.guest, att.start, SpeakerResolution.NAME)
        att.speaker_entity = turn.guest.entity
    _answer_sentences(analysis, iv)


#: Fewest words of an answer sentence that stands as a statement ("Nein." does not).
_MIN_WORDS = 3


def _answer_sentences(analysis: Analysis, iv: Interview) -> None:
    """Each sentence of an answer that no statement covers is a statement of the guest in
    their own words (appended: ids stay as they were)."""
    text = analysis.text
    taken = [(a.message.start, a.message.end) for a in analysis.attributions]
    taken += [(a.cue.start, a.cue.end) for a in analysis.attributions if a.cue is not None]
    for sid, sent in enumerate(analysis.sentences):
        turn = iv.turn_at(max(sent.start, sent.end - 1))
        if turn is None or turn.question or turn.guest is None:
            continue
        start, end = max(sent.start, turn.start), min(sent.end, turn.end)
        while end > start and text[end - 1] in " \t\n.!?:;":
            end -= 1
        if len(text[start:end].split()) < _MIN_WORDS:
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        att = Attribution.of(
            text,
            start,
            end,
            id=len(analysis.attributions),
            kind=AttributionKind.DIRECT,
            message=Span.of(text, start, end),
            speaker_entity=turn.guest.entity,
            sentences=[sid],
            confidence=0.6,
        )
        att.speaker = guest_speaker(analysis, turn.guest, start, SpeakerResolution.NAME)
        analysis.attributions.append(att)


def by_guest(found: list[Source], analysis: Analysis) -> None:
    """A guest the entity layer did not find ("Hofer:") and the typing knew nothing of
    takes the kind of the role the teaser gives ("Der FPÖ-Kandidat …": politician)."""
    iv = interview(analysis)
    if iv is None:
        return
    lex = sources(analysis.meta.language or "de")
    for guest in iv.guests():
        if guest.entity is not None or guest.role is None:
            continue
        hit = lex.head_type(guest.role)
        if hit is None:
            continue
        for src in found:
            if src.entity is None and src.name == guest.name:
                src.type = SourceType(hit[0])
                src.named = True
                src.reason = f"the interview's guest, {guest.role!r} ({hit[0]})"
