"""A bare leading role speaks for the body its statement's sentence names.

"Für den ÖGB reagierte Vizepräsidentin Renate Anderl", "Ikea bestätigt Verhandlungen …, sagt
Pressesprecherin Barbara Riedl": a role that only says someone leads or speaks for a body
("Vizepräsidentin", "Sprecherin", "Obmann") has no kind of its own; its lexicon default
(politician, official) is a guess.  Where the sentence of every statement of the source
names organisations of one kind — by the knowledge base, the article's own long names, or
the words of the name — the role is that body's: a union's vice-president is other, a
party's spokesperson a politician.  Publications are left out (the paper a person speaks
to, "sagte sie dem STANDARD"), and so is a sentence naming bodies of several kinds.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from newsprobe.attribution.lexicon import SourceLexicon
from newsprobe.attribution.person_roles import LEADING_ROLES, is_bare_leading_role
from newsprobe.attribution.source_types import Typing, kb_entry, words_type
from newsprobe.attribution.view import mention_starts, sentence_starts
from newsprobe.model import Analysis, Entity, EntityType, SourceType

_ROLE_REASON = re.compile(r"(?:role in the article|head noun) '([^']+)'")
#: Kinds of a body a bare role may take from its sentence.
_BODY_KINDS = frozenset(["politician", "official", "expert", "other"])
_SPOKESPEOPLE = ("sprecher", "sprecherin")


def by_sentence_body(
    typing: Typing,
    analysis: Analysis,
    entity: Entity | None,
    statements: list[int],
    lex: SourceLexicon,
    local: dict[str, str],
) -> Typing:
    """The kind of the one kind of body named in the sentences of the statements (and of the
    person's mentions), for a source typed only by a bare leading role."""
    found = _ROLE_REASON.match(typing.reason)
    if found is None or not statements or typing.type in (SourceType.DOCUMENT, SourceType.MEDIA):
        return typing  # a paper or a message ("Erhebung") is no one's voice
    role = found.group(1)
    low = role.lower()
    if not (is_bare_leading_role(role) or low in LEADING_ROLES):
        return typing
    if "-" in role:
        return typing  # "IKG-Präsident": the compound names its body
    kinds: set[str] = set()
    bodies: list[str] = []
    starts = sentence_starts(analysis)
    at = [
        a.cue.start if a.cue is not None else a.start
        for a in (analysis.attributions[aid] for aid in statements)
    ]
    if entity is not None:
        # where the article introduces the person ("Für den ÖGB reagierte Vizepräsidentin X")
        at += [analysis.mentions[m].start for m in entity.mentions if m < len(analysis.mentions)]
    mentions_at = mention_starts(analysis)
    for k in sorted({bisect_right(starts, x) - 1 for x in at}):
        if k < 0:
            return typing
        sent = analysis.sentences[k]
        lo = bisect_left(mentions_at, sent.start)
        for m in analysis.mentions[lo:]:
            if m.start >= sent.end:
                break
            if m.entity is None or (entity is not None and m.entity == entity.id):
                continue
            body = analysis.entities[m.entity]
            if body.type != EntityType.ORG:
                continue
            kind = _kind(body, lex, local)
            if kind == "media":
                continue  # the paper one speaks to
            if kind is None:
                return typing  # a body of no known kind: it may be the one
            kinds.add(kind)
            bodies.append(body.name)
    if len(kinds) != 1:
        return typing
    kind = kinds.pop()
    if kind not in _BODY_KINDS:
        return typing
    if kind == "expert" and low.endswith(_SPOKESPEOPLE):
        kind = "official"  # an institute's spokesperson speaks for it, not as a scholar
    if kind == typing.type.value:
        return typing
    return Typing(
        SourceType(kind),
        typing.named,
        f"{role!r} of {bodies[0]!r}, named where it speaks ({kind})",
        typing.kb_id,
    )


def _kind(body: Entity, lex: SourceLexicon, local: dict[str, str]) -> str | None:
    entry = kb_entry(body.kb_id, body.name)
    kind = lex.kb_categories.get(entry.category) if entry is not None else None
    return kind or local.get(body.name) or words_type(body.name, lex)
