"""Who speaks in an agentless passive: "Die Staatsanwaltschaft hat Anklage erhoben. Ihm
wird vorgeworfen, …", "Am 26. April verabschiedete das Parlament eine Resolution. Darüber
hinaus wurde beschlossen, …", "Die Bischofskonferenz hatte eine Studie beschlossen. Am
Mittwoch wurde der Vertrag gekündigt. Als Begründung wurde angegeben, …".

A passive cue ("wurde angegeben", "wird vorgeworfen") names no one, yet a news sentence
that opens so goes on with the body the sentence before was about: the named speaker of a
statement right before, else the subject of the sentence before (also after the verb:
"verabschiedete das Parlament") where that is an organisation's name or an office's or
outlet's noun — a person subject before a passive is more often the one the passive speaks
about ("Der Mann wurde festgenommen. Ihm wird vorgeworfen …").  A sentence between that
is an agentless passive itself is passed over (its subject is the one something was done
to).  Used by ``speaker_resolution``.
"""

from __future__ import annotations

from newsprobe.attribution.clause_subject import can_speak
from newsprobe.attribution.descriptions import person_noun
from newsprobe.attribution.speaker_parts import R, carried, head_index
from newsprobe.attribution.subject_phrases import inverted_subject_np, subject_np
from newsprobe.attribution.unframed import Ask
from newsprobe.model import EntityType, Speaker, Token

#: Forms of "werden" that make a participle after them passive.
_WERDEN = frozenset(["wird", "wurde", "wurden", "werden", "worden"])
#: Sentences back the agent may be found in (across agentless passives between).
_REACH = 2


def implied_agent(ask: Ask) -> Speaker | None:
    """The agent of a passive cue without one (see the module doc), or None."""
    att, art = ask.att, ask.art
    cue = att.cue
    if cue is None or att.speakers:
        return None
    cue_toks = art.tokens(cue.start, cue.end)
    sid = art.sentence_of(cue.start)
    own = art.tokens(art.sent_starts[sid], cue.end)
    if not cue_toks or cue_toks[0].pos != "VVPP" or not _agentless_passive(own):
        return None
    for back in range(1, _REACH + 1):
        psid = sid - back
        if psid < 0:
            return None
        end = art.sent_starts[psid + 1]
        # (a statement's speaker only right before: two back, a passive between told what
        # was done to someone, by others — "Das Büro wurde geschlossen")
        said = _speaker_in(ask, psid) if back == 1 else None
        if said is not None:
            return said
        sentence = art.tokens(art.sent_starts[psid], end)
        if _agentless_passive(sentence):
            continue  # its subject is the one something was done to
        np = subject_np(psid, art, end) or inverted_subject_np(psid, art, end)
        if np is None or not _body(art.tokens(*np), ask):
            return None
        found = ask.phrase(att, art.tokens(*np), art, ask.done, {}, 1)
        if not found.name:
            return None
        found.resolved_by = R.PREVIOUS
        found.confidence = min(found.confidence, 0.5)
        return found
    return None


def _agentless_passive(toks: list[Token]) -> bool:
    """A clause with a form of "werden" and a participle after it, and no "von"/"durch"
    phrase between them that names the agent."""
    aux = next((k for k, t in enumerate(toks) if t.text.lower() in _WERDEN), None)
    if aux is None:
        return False
    rest = toks[aux + 1 :]
    part = next((k for k, t in enumerate(rest) if t.pos == "VVPP"), None)
    if part is None:
        return False
    return not any(t.text.lower() in ("von", "vom", "durch") for t in rest[:part])


def _speaker_in(ask: Ask, psid: int) -> Speaker | None:
    """The speaker of the last statement in sentence ``psid``, where it is named (not "der
    größte Vorwurf")."""
    for prev in reversed(ask.done):
        sp = prev.speaker
        if ask.art.sentence_of(prev.start) != psid or sp is None:
            continue
        if sp.name and sp.named and sp.resolved_by != R.NONE:
            return carried(sp, R.PREVIOUS, 0.5)
    return None


def _body(toks: list[Token], ask: Ask) -> bool:
    """An organisation that can speak, not a person: a name ("das Europäische Parlament")
    or the noun of an office or outlet ("die Staatsanwaltschaft", "die Zeitung")."""
    head_i = head_index(toks)
    if head_i is None:
        return False
    head = toks[head_i]
    ms = ask.art.mentions_in(toks[0].start, toks[-1].end)
    covering = [m for m in ms if m.start <= head.start < m.end]
    if any(m.type == EntityType.PER for m in covering):
        return False
    if any(m.type == EntityType.ORG for m in covering):
        return True
    if person_noun(head.text, ask.art) or not can_speak(toks, ask.art):
        return False  # "Der Direktor des BBC World Service"
    kind = ask.art.lex.head_type(head.text)
    return kind is not None and kind[0] in ("official", "media")
