"""What a body's name says about its kind where the head-noun lexicon reads it wrong:
"Post" is a social-media post only as a common noun ("in einem Post", "Facebook-Post").
A closed compound with a name before it ("Nordpost", "Westfalenpost") is a newspaper's
title, and "Post" after a capitalised adjective ("Washingtoner Post") the name of a body: a
newspaper, or the national postal company ("die Deutsche Post", "Österreichische Post") and
"die Post" alone, which are companies.  (Declined names the knowledge base knows in the
nominative, "der Rheinischen Post", are found by :func:`kb_lookup.base_forms`.)

A staff noun closed on a body ("ein UN-Mitarbeiter", "ein Polizeimitarbeiter", "der
Ministeriumsbeamte") names one unnamed person of that body: the body's kind, not a vague
group as the bare "Mitarbeiter" is.
"""

from __future__ import annotations

import re

from newsprobe.attribution.lexicon import SourceLexicon
from newsprobe.attribution.source_types import Typing, kb_entry
from newsprobe.model import Entity, EntityType, SourceType, Token

#: First parts of a compound with "post" that make it a posting on a platform.
_PLATFORMS = ("facebook", "instagram", "twitter", "linkedin", "tiktok", "blog", "reddit")
#: National adjectives before "Post" that name a state's postal company, not a newspaper.
_POSTAL = ("deutsch", "österreichisch", "schweizerisch", "schweizer", "niederländisch")
_ARTICLES = frozenset(["der", "die", "das", "des", "dem", "den", "ein", "eine", "einem", "einen"])
_POST_REASON = re.compile(r"head noun '([^']+)' \(post: social_media\)")


def by_post_name(typing: Typing, tokens: list[Token]) -> Typing:
    """A source typed social media by the head noun "post" that is a body's name: a
    newspaper's title ("Nordpost", "Washingtoner Post") is media, a postal company ("die
    Deutsche Post", "die Post") other."""
    found = _POST_REASON.match(typing.reason)
    if found is None:
        return typing
    word = found.group(1)
    low = word.lower()
    if low != "post":
        prefix = low[: -len("post")].rstrip("-")
        if not prefix or prefix.endswith(_PLATFORMS):
            return typing
        # "Nordpost", "Westfalenpost": a closed compound names a paper
        return Typing(SourceType.MEDIA, True, f"a newspaper's title {word!r} (media)")
    at = next((i for i, t in enumerate(tokens) if t.text == word), None)
    if at is None:
        return typing
    before = tokens[at - 1] if at > 0 else None
    if before is not None and before.text.lower() in _ARTICLES:
        if before.text.lower() != "die":
            return typing  # "der Post", "ein Post": a posting (or a case no one can tell)
        # "die Post": the postal company
        return Typing(SourceType.OTHER, True, "the postal company (other)")
    if before is not None and before.text[:1].isupper() and before.text.isalpha():
        if before.text.lower().startswith(_POSTAL):
            return Typing(SourceType.OTHER, True, f"the postal company {before.text} Post (other)")
        return Typing(SourceType.MEDIA, True, f"a newspaper's name {before.text} Post (media)")
    return typing


_MEDIA_HEAD = re.compile(
    r"(?:head noun '([^']+)' \([^:]+: (?:media|social_media)\)|"
    r"a newspaper's (?:name|title) '?([^' ]+))"
)


def by_addressee(typing: Typing, entity: Entity | None, tokens: list[Token]) -> Typing:
    """A person typed media by a publication after their name in the speaker phrase ("sagte
    Ametsreiter der Rheinischen Post"): the paper is whom they spoke to, not their kind; the
    person is left to the article's roles for them."""
    if entity is None or entity.type != EntityType.PER:
        return typing
    if typing.type not in (SourceType.MEDIA, SourceType.SOCIAL_MEDIA):
        return typing
    found = _MEDIA_HEAD.match(typing.reason)
    if found is None:
        return typing
    word = found.group(1) or found.group(2)
    at = next((i for i, t in enumerate(tokens) if t.text == word), None)
    if at is None:
        return typing
    while at > 0 and tokens[at - 1].text[:1].isupper():
        at -= 1  # the publication's name before its head ("Rheinischen Post")
    if at == 0 or tokens[at - 1].text.lower() not in _TO_WHOM:
        return typing
    # before "der …" only the person's name (the phrase's tokens may have lost it already)
    names = set(entity.name.split())
    if any(t.text not in names and t.text[:-1] not in names for t in tokens[: at - 1]):
        return typing
    return Typing(SourceType.OTHER, True, "named person without a known role", typing.kb_id)


#: Words between a name and a publication that make the publication an addressee.
_TO_WHOM = frozenset(["der", "dem", "gegenüber", "zum", "zur"])


#: Nouns for a body's staff, the tails of "<body>-<staff>" compounds.
_STAFF = (
    "mitarbeiter", "mitarbeiterin", "sachbearbeiter", "sachbearbeiterin", "angestellter",
    "angestellte", "beamter", "beamte", "beamtin", "bedienstete", "bediensteter",
)  # fmt: skip
_VAGUE = re.compile(r"unnamed (?:or vague source|group) \(([^)]+)\)$")
#: Kinds a body may give its staff.
_STAFF_KINDS = frozenset(["official", "politician", "expert", "media", "other"])


def by_staff_of_body(typing: Typing, lex: SourceLexicon) -> Typing:
    """An unnamed member of staff of a known body ("ein UN-Mitarbeiter",
    "Polizeimitarbeiter") has that body's kind."""
    if typing.type != SourceType.ANONYMOUS:
        return typing
    found = _VAGUE.match(typing.reason)
    if found is None:
        return typing
    word = found.group(1)
    low = word.lower()
    tail = next((t for t in _STAFF if low.endswith(t) and len(low) > len(t) + 1), None)
    if tail is None:
        return typing
    body = word[: len(word) - len(tail)].rstrip("-")
    if body.endswith("s") and "-" not in word and len(body) > 4:
        body = body[:-1] if lex.head_type(body[:-1]) else body  # "Ministeriums|beamte"
    entry = kb_entry(surface=body) if body[:1].isupper() else None
    kind = lex.kb_categories.get(entry.category) if entry is not None else None
    if kind is None:
        hit = lex.head_type(body) if len(body) >= 3 else None
        kind = hit[0] if hit is not None and hit[1] == body.lower() else None
    if kind not in _STAFF_KINDS:
        return typing
    return Typing(SourceType(kind), False, f"staff of {body} ({kind})")
