"""One person, one source: a speaker named by a surname alone ("Marino", "Christandl") that
the entity layer put into a cluster of its own — or of another type ("Marino" read as a
place, "Ban" as an organisation) — is the person of the article whose full name ends in
that surname, when exactly one does.  Its statements then rest on that person's source,
and the roles the article gives the person type it.

Also the kinds of the article's own organisations, by name and acronym, for role phrases
that name them ("IPN-Direktor" where the article speaks of the "Institut für Nationales
Gedenken (IPN)")."""

from __future__ import annotations

import re
from collections.abc import Callable

from newsprobe.attribution.gender import known_first_name
from newsprobe.attribution.lexicon import SourceLexicon
from newsprobe.model import Analysis, EntityType

_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,6}")
#: The capitalised long name right before an acronym's bracket, after its determiner (or a
#: clause's start): "… die Internationale Organisation für Migration ".
_EXPANSION = re.compile(
    r"(?:\b(?:der|die|das|des|dem|den)\s+|^|[,.;:–]\s*)"
    r"((?:[A-ZÄÖÜ][\w\-]*)(?:\s+(?:[A-ZÄÖÜ][\w\-]*|für|gegen|und|der|des|zur|zum|von))*)\s*$"
)
_BRACKETED = re.compile(r"\(([A-ZÄÖÜ][A-Za-zÄÖÜäöü0-9\-]{1,9})\)")


def surname_index(analysis: Analysis) -> dict[str, tuple[int, ...]]:
    """Surname (and genitive "-s") -> the PER entities whose name of two or more words ends
    in it, where they all bear one name (the entity layer may split one person into
    clusters); surnames two different persons share are left out."""
    seen: dict[str, dict[int, str]] = {}
    for e in analysis.entities:
        if e.type != EntityType.PER:
            continue
        for name in (e.name, *e.aliases):
            words = name.split()
            if len(words) < 2 or not words[-1][:1].isupper():
                continue
            for form in (words[-1], words[-1] + "s"):
                seen.setdefault(form, {})[e.id] = e.name
            if len(words) >= 3 and not known_first_name(words[0]):
                # a family name first ("Ban Ki Moon", "Kim Jong Un"): "Ban" is the person
                seen.setdefault(words[0], {})[e.id] = e.name
    return {k: tuple(sorted(v)) for k, v in seen.items() if _one_person(set(v.values()))}


def _one_person(names: set[str]) -> bool:
    """Whether full names can be one person: the shortest one's words are in every other
    ("Lech Wałęsa", "Lech Kaczyński Wałęsa" where the tagger ran two names together)."""
    shortest = set(min(names, key=lambda n: len(n.split())).split())
    return all(shortest <= set(n.split()) for n in names)


def person_for(
    analysis: Analysis, entity: int | None, surface: str, index: dict[str, tuple[int, ...]]
) -> tuple[int, ...] | None:
    """The PER entities (clusters of one name) a speaker named ``surface`` in cluster
    ``entity`` (maybe none) is, when that is not its own: a bare surname of a person named in
    full."""
    if entity is not None and 0 <= entity < len(analysis.entities):
        own = analysis.entities[entity]
        if own.type == EntityType.PER and len(own.name.split()) > 1:
            return None  # a full name of its own
    words = surface.split()
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    found = index.get(words[0].strip(".,:;"))
    return found if found is not None and entity not in found else None


def local_kinds(
    analysis: Analysis, lex: SourceLexicon, words_type: Callable[[str, SourceLexicon], str | None]
) -> dict[str, str]:
    """Name or acronym -> kind for the article's organisations whose own name says their
    kind ("Institut für Nationales Gedenken (IPN)" -> IPN: expert)."""
    out: dict[str, str] = {}
    text = analysis.text
    for e in analysis.entities:
        if e.type != EntityType.ORG:
            continue
        if _ACRONYM.fullmatch(e.name):
            # "die Internationale Organisation für Migration (IOM)": the long name before
            # the bracketed acronym, which the recogniser did not take as a name of its own
            for mid in e.mentions[:4]:
                m = analysis.mentions[mid] if 0 <= mid < len(analysis.mentions) else None
                if m is None or text[m.start - 1 : m.start] != "(":
                    continue
                long = _EXPANSION.search(text[max(0, m.start - 90) : m.start - 1])
                kind = words_type(long.group(1), lex) if long is not None else None
                if kind is not None and kind not in ("document", "social_media"):
                    out.setdefault(e.name, kind)
                    break
        kind = None
        for name in (e.name, *e.aliases):
            kind = words_type(name, lex)
            if kind is not None:
                break
        if kind is None or kind in ("document", "social_media"):
            continue
        names = {e.name, *e.aliases}
        for mid in e.mentions[:4]:
            if 0 <= mid < len(analysis.mentions):
                m = analysis.mentions[mid]
                names.update(_BRACKETED.findall(text[m.start : m.end + 12]))
        for name in names:
            out.setdefault(name, kind)
    return out
