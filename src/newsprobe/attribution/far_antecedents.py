"""A pronoun whose antecedent lies further back than the window of
:mod:`antecedents`: a long account interrupted by the writer's own sentences ("…, sagt
Kurz. Ich habe recht bekommen. … Der 29-Jährige sucht die Öffentlichkeit. Große Interviews
…. Seht her, was unser Außenminister tut. Seine Botschaft: …").

Where no candidate in the window agrees with the pronoun, the person who spoke last stays
the one the article is about: the speaker of the latest statement within
:data:`FAR_WINDOW` sentences that was resolved to a person of the pronoun's gender (by a
name or an apposition, never by another pronoun's guess), else the article's main person
where it agrees and was named in that stretch.  A plural or neuter pronoun, or one with
nothing of its gender there, stays unresolved — unless no one of its gender is named before
it at all and its own sentence names one such person after it (:func:`cataphor`: "Die seiner
Ansicht nach fragwürdige Rolle … veranlasste Senator X").
"""

from __future__ import annotations

from newsprobe.attribution import gender as g
from newsprobe.attribution.speaker_parts import Article, R, carried, of_entity
from newsprobe.model import Attribution, EntityType, Span, Speaker, Token

#: Sentences back a pronoun may look for a person who spoke, past the usual window.
FAR_WINDOW = 10
_TRUSTED = frozenset({R.NAME, R.APPOSITION, R.PREVIOUS, R.DESCRIPTION})


def far_speaker(
    tok: Token, agree: g.Agree, art: Article, done: list[Attribution], low_sid: int
) -> Speaker | None:
    """The person a pronoun ``tok`` stands for beyond the usual window, from sentence
    ``low_sid`` on (see the module doc), or None."""
    if not agree or "pl" in agree or agree == g.N:
        return None
    lo = art.sent_starts[low_sid] if art.sent_starts else 0
    for prev in reversed(done):
        sp = prev.speaker
        if prev.start >= tok.start or sp is None:
            continue
        if prev.start < lo:
            break
        ent = art.entity(sp.entity)
        if ent is None or ent.type != EntityType.PER or sp.resolved_by not in _TRUSTED:
            continue
        if g.agrees(agree, art.genders.get(ent.id, g.UNKNOWN)):
            return carried(sp, R.PRONOUN, 0.45, Span.of(art.analysis.text, tok.start, tok.end))
    topic = art.entity(art.topic)
    if topic is None or not g.agrees(agree, art.genders.get(topic.id, g.UNKNOWN)):
        return None
    if any(m.entity == topic.id and lo <= m.start < tok.start for m in art.mentions):
        return of_entity(art, topic.id, R.PRONOUN, [tok], 0.4)
    return None


def cataphor(tok: Token, sid: int, agree: g.Agree, art: Article) -> Speaker | None:
    """The one person of the pronoun's gender that its own sentence names after it, when no
    one of that gender is named before it in the article; None otherwise."""
    if agree == g.PL or any(
        m.type == EntityType.PER
        and g.agrees(agree, art.genders.get(m.entity, g.UNKNOWN)) is not False
        for m in art.mentions_in(0, tok.start)
        if m.entity is not None
    ):
        return None
    end = art.sentence_end(sid)
    people = {
        m.entity: m
        for m in reversed(art.mentions_in(tok.end, end))
        if m.type == EntityType.PER
        and m.entity is not None
        and g.agrees(agree, art.genders.get(m.entity, g.UNKNOWN)) is True
    }
    if len(people) != 1:
        return None
    ((ent, m),) = people.items()
    out = of_entity(art, ent, R.PRONOUN, art.tokens(m.start, m.end), 0.5)
    out.mention = Span.of(art.analysis.text, m.start, m.end)
    return out
