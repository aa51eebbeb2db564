"""Mentions before ids are assigned (:class:`Draft`), the entities they are grouped into
(:class:`Cluster`), and what single words and names tell the entities component: derived forms
and compounds with a name in them, a person's context (titles, role nouns, speech verbs),
acronyms, knowledge-base ids of one mention and local ids of names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from newsprobe.entities import kb
from newsprobe.entities.aliases import strip_genitive
from newsprobe.entities.recognise import Found, titles
from newsprobe.entities.roles import RoleSpan, find_role_nouns
from newsprobe.model import Token

_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class Draft:
    """A mention before ids are assigned."""

    start: int
    end: int
    type: str
    form: str
    full: bool
    sentence: int | None
    origin: str
    confidence: float
    entries: list[kb.KbEntry] = field(default_factory=list)
    kb_id: str | None = None
    entity: int | None = None  # index into the cluster list
    acronym_of: int | None = None  # the name mention this acronym abbreviates
    role: RoleSpan | None = None
    named: int | None = None  # role in apposition: the name mention right after it
    personal: bool = False  # a title, role or speech verb next to it says it is a person


@dataclass
class Cluster:
    members: list[int]
    type: str = "MISC"
    kb_id: str | None = None
    roles: set[str] = field(default_factory=set)  # offices / kinds known for the entity
    description: str | None = None


def add_kb_cluster(entry: kb.KbEntry, clusters: list[Cluster], by_kb: dict[str, int]) -> int:
    """A new entity with no mention yet, for a knowledge-base entry the text refers to."""
    clusters.append(
        Cluster([], entry.type, entry.kb_id, set(kb.offices_of(entry.kb_id)), entry.description)
    )
    by_kb[entry.kb_id] = len(clusters) - 1
    return len(clusters) - 1


_SPEECH = frozenset(
    {
        "sagte",
        "sagt",
        "so",
        "erklärte",
        "erklärt",
        "betonte",
        "meinte",
        "sagten",
        "schrieb",
        "kritisierte",
        "forderte",
        "warnte",
        "said",
        "says",
        "told",
        "added",
        "wrote",
        "Herr",
        "Frau",
        "Mr",
        "Mr.",
        "Mrs",
        "Mrs.",
        "Ms",
        "Ms.",
    }
)


#: What a word outside the names adds (see :func:`partial_mention`): type, form (also the origin),
#: confidence, KB entries, and the names it may contain.
Partial = tuple[str, str, float, tuple[kb.KbEntry, ...], tuple[str, ...]]


@lru_cache(maxsize=1)
def derived_words() -> frozenset[str]:
    """Surfaces that are some KB entry's derived form (adjective, demonym)."""
    return frozenset(
        text for text, found in kb.all_surfaces().items() if any(s.form == "derived" for s in found)
    )


@lru_cache(maxsize=65536)
def partial_mention(word: str) -> Partial | None:
    """A derived form ("russische": one KB entry's adjective or demonym) or a compound with a
    name in it ("Putin-Truppen", "Kalvora-Chef"); None for most words.  Depends on the word
    and the knowledge base only, so it is cached per word."""
    derived = [s for s in kb.surfaces(word) if s.form == "derived"]
    if derived and len({s.entry.kb_id for s in derived}) == 1:
        entry = derived[0].entry
        return entry.type, "derived", 0.9, (entry,), (entry.name,)
    if not ("-" in word[1:-1] and word[:1].isupper()):
        return None
    parts = [p for p in word.split("-") if p[:1].isupper()]
    for part in parts:
        entries = [
            s
            for s in kb.surfaces(part)
            if s.form != "derived" and (not s.confirm or s.entry.category == "platform")
        ]
        if len({s.entry.kb_id for s in entries}) == 1:
            e = entries[0].entry
            return e.type, "compound", 0.8, (e,), (part,)
    if parts:
        # a name the article uses elsewhere ("Kalvora-Chef"): resolved after clustering
        return "PER", "compound", 0.6, (), tuple(parts)
    return None


def personal_context(words: Sequence[str], start: int, end: int) -> bool:
    """A title, role noun or speech verb right before or after a name."""
    before = words[start - 1] if start else ""
    after = words[end] if end < len(words) else ""
    return (
        before in _SPEECH
        or after in _SPEECH
        or before in titles()
        or (bool(before) and before[:1].isupper() and before in find_role_nouns())
    )


def abbreviates(word: str, acronym: Found, name: Found) -> bool:
    """Whether ``(word)`` after ``name`` is its acronym (not a dateline's "Berlin (dpa)")."""
    if acronym.type != name.type or not kb.is_acronym(word):
        return False
    if acronym.entries and name.entries:
        return bool({e.kb_id for e in acronym.entries} & {e.kb_id for e in name.entries})
    return True


def skip_titles(words: Sequence[str], index: int) -> int:
    """Past academic and other titles between a role and the name: "Experte Dr. Lorenz"."""
    titles = _all_titles()
    while index < len(words) and words[index] in titles:
        index += 1
    return index


@lru_cache(maxsize=1)
def _all_titles() -> frozenset[str]:
    return frozenset(kb.roles()["person_titles"]["words"])


def next_start(tokens: Sequence[Token], index: int) -> int:
    return tokens[index].start if index < len(tokens) else -1


def kb_names(entry: kb.KbEntry | None) -> set[str]:
    return set(entry.names) if entry else set()


def mention_kb_id(draft: Draft, surface: str, known: set[str]) -> str | None:
    """The KB id of one mention when its name picks out exactly one entry of its type."""
    entries = draft.entries or kb.find(surface) or kb.find(strip_genitive(surface, known))
    fitting = {e.kb_id for e in entries if e.type == draft.type} or (
        {e.kb_id for e in entries} if draft.origin.endswith("gazetteer") else set()
    )
    return fitting.pop() if len(fitting) == 1 else None


def kb_entry_for(name: str, kind: str) -> kb.KbEntry | None:
    found = [e for e in kb.find(name) if e.type == kind]
    return found[0] if len(found) == 1 else None


def local_id(kind: str, name: str) -> str | None:
    """``np:name:per:jane-doe`` for specific names; None for a lone surname."""
    if kind == "PER" and len(name.split()) < 2:
        return None
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = _SLUG.sub("-", ascii_name.lower()).strip("-")
    return f"np:name:{kind.lower()}:{slug}" if slug else None
