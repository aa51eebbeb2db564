"""What the article says elsewhere about a named speaker the entity layer did not link: the
roles beside every place its name (or its surname alone) stands ("Als Verwaltungschef kann
Leung …", "Chief Executive C.Y. Leung"), the party in brackets after it ("Jelpke (Linke)"),
the body it is with ("X von der Bundespolizei").  The source typing reads these like an
entity's roles, so a person is typed from the whole article, not from one speaker phrase."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from newsprobe.attribution.person_roles import Places, affiliations_at, roles_at
from newsprobe.model import Analysis, Source

#: A word of a name: capitalised, letters (and dots or hyphens: "C.Y.", "Ramos-Horta").
_NAME_WORD = re.compile(r"[A-ZÄÖÜ][\w.'’-]*")
#: Names longer than this are phrases, not a person's or body's name.
_MAX_WORDS = 4


def name_words(name: str) -> list[str] | None:
    """The words of ``name`` when it reads as a name (one to four capitalised words), else
    None ("Werte der Kultur- und Traditionspflege" is a phrase)."""
    words = name.split()
    if not words or len(words) > _MAX_WORDS:
        return None
    if not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    return words


def name_places(analysis: Analysis, words: list[str], starts: list[int]) -> Places:
    """Where the name stands in the article: the whole name, and its last word alone (a
    surname) where it is a token of its own; each as (first token, token after, sentence)."""
    return list(_places(analysis, words, starts))


def _places(
    analysis: Analysis, words: list[str], starts: list[int]
) -> Iterator[tuple[int, int, int | None]]:
    tokens = analysis.tokens
    text = analysis.text
    seen: set[int] = set()
    patterns = [" ".join(words)] + ([words[-1]] if len(words) > 1 and len(words[-1]) > 2 else [])
    for pattern in patterns:
        for at in _occurrences(text, pattern):
            k = bisect_left(starts, at)
            if k >= len(tokens) or tokens[k].start != at:
                continue  # not at a token's start (inside a compound)
            first = k
            if pattern != patterns[0]:
                # a surname after the first names: the whole name's place, counted once
                while first > 0 and tokens[first - 1].text in words:
                    first -= 1
            if first in seen:
                continue
            seen.add(first)
            j = bisect_left(starts, at + len(pattern))
            yield first, j, tokens[k].sentence


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a whole word (not inside "Leung-Anhänger")."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
            yield at
        at = text.find(word, at + 1)


#: Finite verbs between a leading "als"-role and the name ("Als Verwaltungschef kann X").
_FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_ROLE_TAGS = frozenset({"NN", "NNA", "ADJA", "TRUNC"})


def as_roles(analysis: Analysis, places: Places) -> list[str]:
    """Roles an "als" phrase opening the sentence gives the name right after its verb:
    "Als Verwaltungschef kann Leung …", "Als Innenminister hat X …"."""
    tokens = analysis.tokens
    out: list[str] = []
    for k, _, sent in places:
        verb = k - 1
        if verb < 2 or tokens[verb].pos not in _FINITE or tokens[verb].sentence != sent:
            continue
        b = verb - 1
        while b >= 0 and tokens[b].sentence == sent and tokens[b].pos in _ROLE_TAGS:
            b -= 1
        if (
            b >= 0
            and b + 1 < verb
            and tokens[b].text.lower() == "als"
            and (b == 0 or tokens[b - 1].sentence != sent)
            and any(t.pos in ("NN", "NNA") for t in tokens[b + 1 : verb])
        ):
            out.append(analysis.text[tokens[b + 1].start : tokens[verb - 1].end])
    return out


def profile_roles(analysis: Analysis, name: str, starts: list[int]) -> list[str]:
    """Role phrases and affiliations beside every place of ``name`` in the article; none
    where ``name`` does not read as a name."""
    words = name_words(name)
    if words is None:
        return []
    places = name_places(analysis, words, starts)
    return [
        *roles_at(analysis, places),
        *affiliations_at(analysis, places),
        *as_roles(analysis, places),
    ]


#: Typings that knew nothing of the source but its name.
_NAME_ONLY = ("named, of no known kind", "named person without a known role")


def by_same_person(sources: list[Source]) -> None:
    """One person, one type: a source named by a surname alone that the typing knew nothing
    about ("Swoboda: Ich schätze …") takes the type of the source named in full with that
    surname in the article ("Ernst Swoboda, Geschäftsführer von …"), where the entity layer
    linked neither and the two stayed apart."""
    full: dict[str, list[Source]] = {}
    for src in sources:
        words = name_words(src.name)
        if src.named and words is not None and len(words) > 1:
            full.setdefault(words[-1], []).append(src)
    for src in sources:
        if not src.named or not src.reason.startswith(_NAME_ONLY) or " " in src.name:
            continue
        known = [s for s in full.get(src.name, []) if not s.reason.startswith(_NAME_ONLY)]
        if len({s.type for s in known}) != 1:
            continue  # no one, or two people of one surname
        src.type = known[0].type
        src.reason = f"the same person as {known[0].name!r} ({known[0].type.value})"
