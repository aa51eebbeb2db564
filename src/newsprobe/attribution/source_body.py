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
from newsprobe.attribution.person_roles import LEADING_ROLES, is_bare_leading_role, role_type
from newsprobe.attribution.source_types import Typing, kb_entry, words_type
from newsprobe.attribution.view import mention_starts, sentence_starts, token_starts
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
    if entity is not None and entity.type == EntityType.PER:
        # the phrase with the name ("Generalsekretär Karl Hubinger"): its role word alone
        role = " ".join(w for w in role.split() if w not in entity.name.split()) or role
    low = role.lower()
    if not (is_bare_leading_role(role) or low in LEADING_ROLES):
        return typing
    if "-" in role:
        return typing  # "IKG-Präsident": the compound names its body
    starts = sentence_starts(analysis)
    at = [
        a.cue.start if a.cue is not None else a.start
        for a in (analysis.attributions[aid] for aid in statements)
    ]
    if entity is not None:
        # where the article introduces the person ("Für den ÖGB reagierte Vizepräsidentin X")
        at += [analysis.mentions[m].start for m in entity.mentions if m < len(analysis.mentions)]
    sids = sorted({bisect_right(starts, x) - 1 for x in at})
    if not sids or sids[0] < 0:
        return typing
    found_bodies = _bodies(analysis, sids, entity, lex, local)
    where = "named where it speaks"
    if found_bodies is not None and not found_bodies[0] and sids[0] > 0:
        # "Auch die Wirtschaftskammer zeigt sich zufrieden. Generalsekretärin X betont …":
        # where its own sentences name no body, the one the sentence before names
        found_bodies = _bodies(analysis, [sids[0] - 1], entity, lex, local)
        where = "named the sentence before"
    if found_bodies is None:
        return typing
    kinds, bodies = found_bodies
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
        f"{role!r} of {bodies[0]!r}, {where} ({kind})",
        typing.kb_id,
    )


def _bodies(
    analysis: Analysis,
    sids: list[int],
    entity: Entity | None,
    lex: SourceLexicon,
    local: dict[str, str],
) -> tuple[set[str], list[str]] | None:
    """The kinds and names of the organisations the sentences ``sids`` name (not the
    speaker, not publications); None where one of them is of no known kind."""
    kinds: set[str] = set()
    bodies: list[str] = []
    mentions_at = mention_starts(analysis)
    for k in sids:
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
                return None  # a body of no known kind: it may be the one
            kinds.add(kind)
            bodies.append(body.name)
        for word, kind in _body_nouns(analysis, sent.start, sent.end, lex):
            kinds.add(kind)
            bodies.append(word)
    return kinds, bodies


#: Tails of common nouns that name a body ("die Wirtschaftskammer", "die Gewerkschaft"),
#: not a person ("die Ministerin").
_BODY_TAILS = (
    "kammer", "gewerkschaft", "verband", "partei", "ministerium", "polizei", "behörde",
    "konzern", "verein", "stiftung", "institut",
)  # fmt: skip


def _body_nouns(
    analysis: Analysis, start: int, end: int, lex: SourceLexicon
) -> list[tuple[str, str]]:
    """``(word, kind)`` for the common nouns of a body between ``start`` and ``end`` that
    no entity mention covers ("Auch die Wirtschaftskammer zeigt sich zufrieden")."""
    starts = token_starts(analysis)
    covered = [(m.start, m.end) for m in analysis.mentions if start <= m.start < end]
    out: list[tuple[str, str]] = []
    for t in analysis.tokens[bisect_left(starts, start) : bisect_left(starts, end)]:
        low = t.text.lower()
        if t.pos != "NN" or "-" in t.text or not low.endswith(_BODY_TAILS):
            continue
        if any(s <= t.start < e for s, e in covered):
            continue
        hit = lex.head_type(t.text)
        if hit is not None and hit[0] in _BODY_KINDS:
            out.append((t.text, hit[0]))
    return out


def _kind(body: Entity, lex: SourceLexicon, local: dict[str, str]) -> str | None:
    entry = kb_entry(body.kb_id, body.name)
    kind = lex.kb_categories.get(entry.category) if entry is not None else None
    return kind or local.get(body.name) or words_type(body.name, lex)


def by_local_compound(typing: Typing, lex: SourceLexicon, local: dict[str, str]) -> Typing:
    """A speaker typed by a role compound whose first part is a body the article spells
    out ("Vorsitzender des Verbands der Privatsender (VÖP)" … "der VÖP-Vorsitzende") has
    the kind that body's long name gives its role, not the bare role word's default."""
    found = _ROLE_REASON.match(typing.reason)
    if found is None or "-" not in found.group(1):
        return typing
    word = found.group(1)
    prefix = word.rsplit("-", 1)[0]
    if prefix not in local:
        return typing
    role = role_type(word, lex, local)
    if role is None or role[0] == typing.type.value:
        return typing
    return Typing(
        SourceType(role[0]),
        typing.named,
        f"{word!r}: {prefix} is spelled out in the article ({role[0]})",
        typing.kb_id,
    )
