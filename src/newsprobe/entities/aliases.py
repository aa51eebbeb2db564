"""In-article alias merging: which name mentions are one entity.

"Wladimir Putin", "Putin", "Putins" (genitive), "Baschar al-Assad" and "Assad", "Alternative für
Deutschland" and "AfD", "Institut für Kriegsstudien (ISW)" and "ISW", and mentions the knowledge
base gives one id are merged; a surname merges with the one longer name that ends in it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from newsprobe.entities import kb

_PARTICLE = re.compile(r"^(?:al|el|as|ad|ar|asch|at|az|ibn|bin|ben|abu|de|da|di|van|von)-", re.I)
_POSSESSIVE = ("'s", "’s", "'")
#: Nominative head nouns of organisation names whose genitive -s/-es may be taken off.
_ORG_HEADS = (
    "institut",
    "ministerium",
    "amt",
    "verband",
    "zentrum",
    "komitee",
    "rat",
    "gericht",
    "parlament",
    "konzern",
    "verein",
    "dienst",
    "klub",
    "werk",
)


@dataclass
class NameMention:
    """What clustering needs to know about a full mention."""

    index: int
    text: str
    type: str
    form: str
    kb_id: str | None = None
    acronym_of: int | None = None  # index of the mention it abbreviates ("(ISW)")
    keys: tuple[str, ...] = field(default_factory=tuple)


def name_tokens(text: str) -> tuple[str, ...]:
    """Tokens of a name for matching: genitive/possessive endings and Arabic particles off."""
    words = text.split()
    out = []
    for w in words:
        for p in _POSSESSIVE:
            if w.endswith(p):
                w = w[: -len(p)]
        out.append(_PARTICLE.sub("", w))
    return tuple(out)


def without_role_prefix(keys: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name without the role nouns and titles written in front of it:
    "Landesgesundheitsministerin Katrin Albers", "Dr. Katrin Albers" → "Katrin Albers"."""
    from newsprobe.entities.roles import find_role_nouns, role_by_suffix

    titles = _person_titles()
    k = 0
    while len(keys) - k > 1 and (
        keys[k] in titles or keys[k] in find_role_nouns() or role_by_suffix(keys[k])
    ):
        k += 1
    return keys[k:]


@lru_cache(maxsize=1)
def _person_titles() -> frozenset[str]:
    return frozenset(kb.roles()["person_titles"]["words"])


def strip_genitive(text: str, known: set[str]) -> str:
    """``Putins`` → ``Putin`` when ``Putin`` is known (another mention or a KB name); German
    genitive on any word of a longer name ("des US-Instituts für Kriegsstudien")."""
    for p in _POSSESSIVE:
        if text.endswith(p) and text[: -len(p)] in known:
            return text[: -len(p)]
    head, candidates = _genitive_forms(text)
    if head is not None:
        return head
    for candidate, listed in candidates:
        if listed or candidate in known:
            return candidate
    return text


@lru_cache(maxsize=16384)
def _genitive_forms(text: str) -> tuple[str | None, tuple[tuple[str, bool], ...]]:
    """What :func:`strip_genitive` tries after the known possessives, from the text alone
    (cached: names recur): an organisation name with its head noun's genitive taken off, or
    else the forms with one word's -s/-es taken off, in order, each with whether the
    knowledge base has it."""
    words = text.split()
    for i, w in enumerate(words):  # "des Instituts für …" → "Institut für …"
        for ending in ("es", "s"):
            stem = w[: -len(ending)]
            if w.endswith(ending) and stem.lower().endswith(_ORG_HEADS) and len(words) > 1:
                return " ".join([*words[:i], stem, *words[i + 1 :]]), ()
    candidates: list[tuple[str, bool]] = []
    for i in (len(words) - 1, *range(len(words) - 1)):
        w = words[i]
        for ending in ("s", "es"):
            if w.endswith(ending) and len(w) > len(ending) + 2:
                candidate = " ".join([*words[:i], w[: -len(ending)], *words[i + 1 :]])
                candidates.append((candidate, bool(kb.find(candidate))))
    return None, tuple(candidates)


def initials(text: str) -> str:
    """ "Alternative für Deutschland" → "AfD"-comparable upper-case initials "AD" and "AFD"."""
    return "".join(w[0] for w in text.split() if w[:1].isupper())


def _acronym_matches(acronym: str, name: str) -> bool:
    if len(name.split()) < 2:
        return False
    caps = initials(name)
    every = "".join(w[0] for w in name.split() if w[:1].isalpha()).upper()
    return acronym.upper() in (caps.upper(), every) or acronym == caps


def _initial_keys(name: str) -> set[str]:
    """The upper-cased strings :func:`_acronym_matches` compares an acronym with."""
    every = "".join(w[0] for w in name.split() if w[:1].isalpha()).upper()
    return {initials(name).upper(), every}


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def cluster(mentions: Sequence[NameMention]) -> list[list[int]]:
    """Groups of mention positions (into ``mentions``), each one entity, in text order."""
    n = len(mentions)
    u = _Union(n)
    by_kb: dict[str, int] = {}
    by_text: dict[tuple[str, ...], int] = {}
    for i, m in enumerate(mentions):
        m.keys = name_tokens(m.text)
        if m.type == "PER":
            m.keys = without_role_prefix(m.keys)
        if m.kb_id:
            if m.kb_id in by_kb:
                u.union(by_kb[m.kb_id], i)
            else:
                by_kb[m.kb_id] = i
        if m.keys in by_text:
            u.union(by_text[m.keys], i)
        else:
            by_text[m.keys] = i
        if m.acronym_of is not None:
            u.union(m.acronym_of, i)
    # surnames and shorter forms of person names: "Putin" → "Wladimir Putin"
    # (indexed by the words and word tuples a shorter form can match: a scan of every person
    # for every mention was quadratic in the length of the text)
    by_word: dict[str, list[int]] = {}  # last word, and next-to-last of three or more
    by_tail: dict[tuple[str, ...], list[int]] = {}  # every proper tail of two or more words
    for j, o in enumerate(mentions):
        if o.type != "PER" or len(o.keys) <= 1:
            continue
        by_word.setdefault(o.keys[-1], []).append(j)
        if len(o.keys) > 2 and o.keys[-2] != o.keys[-1]:
            by_word.setdefault(o.keys[-2], []).append(j)
        for k in range(2, len(o.keys)):
            by_tail.setdefault(tuple(o.keys[-k:]), []).append(j)
    # longer forms first: "Hirsi Ali" joins "Ayaan Hirsi Ali" before a lone "Ali" (met
    # earlier in the text) looks for its one host, which it would otherwise see twice
    for i in sorted(range(n), key=lambda i: -len(mentions[i].keys)):
        m = mentions[i]
        if len(m.keys) >= 2 and m.type != "PER":
            continue
        if len(m.keys) == 1:
            hosts = {u.find(j) for j in by_word.get(m.keys[0], ())}
        else:
            hosts = {u.find(j) for j in by_tail.get(tuple(m.keys), ()) if j != i}
        if len(hosts) == 1 and (m.type == "PER" or m.kb_id is None):
            u.union(hosts.pop(), i)
    # acronyms that spell a longer name of the article: "AfD" ↔ "Alternative für Deutschland"
    # (names indexed by their initials, the only strings an acronym can match)
    by_initials: dict[tuple[str, str], list[int]] = {}
    for j, o in enumerate(mentions):
        if len(o.text.split()) >= 2:
            for key in _initial_keys(o.text):
                by_initials.setdefault((o.type, key), []).append(j)
    for i, m in enumerate(mentions):
        if m.form != "acronym" and not (m.text.isupper() and 2 <= len(m.text) <= 6):
            continue
        hosts = {
            u.find(j)
            for j in by_initials.get((m.type, m.text.upper()), ())
            if j != i and _acronym_matches(m.text, mentions[j].text)
        }
        if len(hosts) == 1:
            u.union(hosts.pop(), i)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(u.find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def majority_type(
    types: Sequence[str], kb_type: str | None, weights: Sequence[float] | None = None
) -> str:
    """The entity's type: the KB's when linked, else the most supported (PER wins ties)."""
    if kb_type:
        return kb_type
    counts: Counter[str] = Counter()
    for i, kind in enumerate(types):
        counts[kind] += weights[i] if weights else 1.0
    order = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}
    return min(counts, key=lambda t: (-counts[t], order.get(t, 9)))


def canonical_name(surfaces: Sequence[str], known: set[str]) -> str:
    """The longest name of the entity in nominative form."""
    names = [strip_genitive(s, known) for s in surfaces]
    counts = Counter(names)
    return max(names, key=lambda s: (len(s.split()), len(s), counts[s]))
