"""Knowledge-base look-ups for role typing: whether a name is a place or a known body,
and the kind of a body known by exactly one name (the entities layer is optional: without
it nothing is known)."""

from __future__ import annotations

import re
from typing import Any

from newsprobe.attribution.lexicon import SourceLexicon


def is_place(text: str) -> bool:
    """Whether the knowledge base knows ``text`` (or its first word) as a place."""
    try:
        from newsprobe.entities import kb
    except ImportError:  # the entities layer is optional
        return False
    return any(e.type == "LOC" for t in dict.fromkeys([text, text.split()[0]]) for e in kb.find(t))


def kb_kind(name: str, lex: SourceLexicon) -> str | None:
    """The kind of a body the knowledge base knows by exactly this name ("ÖVP" -> party ->
    politician), other than "other"."""
    try:
        from newsprobe.entities import kb
    except ImportError:  # the entities layer is optional
        return None
    found = [e for e in kb.find(name) if e.type == "ORG"]
    if len(found) != 1:
        return None
    kind = lex.kb_categories.get(found[0].category)
    return kind if kind not in (None, "other", "document", "social_media") else None


def kb_knows(name: str) -> bool:
    try:
        from newsprobe.entities import kb
    except ImportError:  # the entities layer is optional
        return False
    return bool(kb_find(kb, name))


def kb_find(kb: Any, name: str) -> list[Any]:
    """The knowledge base's entries for ``name``, or for its hyphens read as spaces where
    it has none so: the first part of a compound writes "IG Metall" as "IG-Metall-"."""
    return kb.find(name) or (kb.find(name.replace("-", " ")) if "-" in name else [])


#: Statement nouns a state or its authorities give ("nach libyschen Angaben").
_STATEMENTS = ("angaben", "informationen", "erkenntnissen", "erkenntnisse", "darstellung")
#: Adjectives that make a statement an authority's ("nach offiziellen Angaben").
_OFFICIAL_ADJECTIVES = ("offiziell", "amtlich", "behördlich", "regierungsamtlich")


def state_statement(words: list[str]) -> str | None:
    """Whose statement an unnamed phrase of adjectives and a statement noun is, where it is a
    state's ("jüngsten libyschen Angaben" -> Libyen) or an authority's ("offiziellen
    Angaben" -> "the authorities"); None otherwise."""
    if not words or not words[-1].lower().startswith(_STATEMENTS):
        return None
    try:
        from newsprobe.entities import kb
    except ImportError:  # the entities layer is optional
        kb = None  # type: ignore[assignment]
    for word in words[:-1]:
        low = word.lower()
        if low.startswith(_OFFICIAL_ADJECTIVES):
            return "the authorities"
        found = {
            s.entry.name
            for s in (kb.surfaces(low) if kb is not None else [])
            if s.form == "derived" and s.entry.category == "country" and s.text[:1].islower()
        }
        if len(found) == 1:
            return found.pop()
    return None


def kb_party(name: str) -> bool:
    """Whether the knowledge base knows ``name`` as a party, and as nothing else."""
    try:
        from newsprobe.entities import kb
    except ImportError:  # the entities layer is optional
        return False
    found = [e for e in kb.find(name) if e.type == "ORG"] if name else []
    return len(found) == 1 and found[0].category == "party"


#: Endings of a declined adjective in a name and the nominative ending they stand for.
_DECLINED = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]{2,}?)(en|em|er|es)$")


def base_forms(surface: str) -> list[str]:
    """Spellings of ``surface`` with its declined capitalised adjectives in the base form
    ("Rheinischen Post" -> ["Rheinische Post"], "Passauer Neuen Presse" -> ["Passauer Neue
    Presse", …]); the last word (the noun) is kept as written.  Empty for one word."""
    words = surface.split()
    if len(words) < 2:
        return []
    out: list[str] = []
    options: list[list[str]] = []
    for word in words[:-1]:
        found = _DECLINED.match(word)
        options.append([word, found.group(1) + "e"] if found else [word])
    combos: list[list[str]] = [[]]
    for choice in options:
        combos = [[*c, w] for c in combos for w in choice]
    for combo in combos:
        form = " ".join([*combo, words[-1]])
        if form != surface:
            out.append(form)
    return out[:8]
