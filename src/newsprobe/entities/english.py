"""Names in English (and other non-German) text, without a trained model: the knowledge-base
gazetteer first, then runs of capitalised words typed by cues — a known first name or a title
before it (PER), an organisation head word or an all-capitals acronym (ORG), a locative
preposition before it (LOC).  Runs no cue types are left out rather than guessed.

No English gold data is available to the project, so this path is tested on fixture sentences
only; its quality is not measured.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprobe.entities import english_context as ctx
from newsprobe.entities import kb
from newsprobe.entities.features import gazetteers
from newsprobe.entities.recognise import Found, gazetteer

_CAP = re.compile(r"^[A-Z][\w'’.\-]*$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,6}$")
_CONNECTORS = frozenset({"of", "for", "de", "van", "von", "al", "bin", "der", "and", "the"})
#: English given names left out of the shared list because they are German words ("Mark").
_EXTRA_FIRST_NAMES = frozenset({"Mark", "Will", "Guy", "Grant", "Dean", "Rose"})
_LOC_PREPOSITIONS = frozenset({"in", "from", "to", "near", "across", "outside", "inside"})
#: Capitalised words that start sentences or stand alone without naming anything.
_STOP = frozenset(
    [
        "A",
        "An",
        "The",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "Our",
        "Their",
        "His",
        "Her",
        "But",
        "And",
        "Or",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "As",
        "At",
        "In",
        "On",
        "Of",
        "For",
        "From",
        "By",
        "With",
        "Without",
        "Into",
        "Over",
        "Under",
        "Since",
        "Until",
        "Then",
        "There",
        "Here",
        "What",
        "Who",
        "Why",
        "How",
        "Where",
        "Which",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sir",
        "Photo",
        "Read",
        "More",
        "Also",
        "Yes",
        "No",
        "Not",
        "Some",
        "Many",
        "Most",
        "All",
        "Both",
        "Each",
        "Every",
        "One",
        "Two",
        "Three",
        "First",
        "Last",
        "New",
        "Old",
        "Today",
        "Yesterday",
        "Tomorrow",
        "Meanwhile",
        "However",
        "Still",
        "Even",
        "Just",
        "Only",
        "Now",
        "So",
        "Yet",
        "Although",
        "Though",
        "Because",
        "According",
        "BST",
        "GMT",
        "UTC",
        "CET",
        "CEST",
        "EST",
        "EDT",
        "PST",
        "PDT",
        "AM",
        "PM",
    ]
)


def recognise_english(words: Sequence[str]) -> list[Found]:
    """Names in one English sentence."""
    found: list[Found] = []
    g = gazetteers()
    first = g.first | _EXTRA_FIRST_NAMES
    for start, end, surfaces in gazetteer(words):
        types = {s.entry.type for s in surfaces}
        if len(types) != 1 or any(s.confirm for s in surfaces):
            continue
        if types == {"LOC"} and ctx.inside_person_name(words, start, end, first):
            continue  # "Jane Roma Smith": a person's name, not Rome
        form = "acronym" if all(s.form == "acronym" for s in surfaces) else "name"
        found.append(
            Found(start, end, types.pop(), "gazetteer", 1.0, form, [s.entry for s in surfaces])
        )
    taken = {i for f in found for i in range(f.start, f.end)}
    titles = g.title | {k for k in kb.roles()["generic"] if k[:1].isupper()}
    i, n = 0, len(words)
    while i < n:
        if i in taken or not _CAP.match(words[i]) or words[i] in _STOP:
            i += 1
            continue
        j = i + 1
        while (
            j < n
            and j not in taken
            and (
                (_CAP.match(words[j]) and words[j] not in _STOP)
                or (words[j] in _CONNECTORS and j + 1 < n and _CAP.match(words[j + 1]))
            )
        ):
            j += 1
        run = list(words[i:j])
        kind = _type_of(run, words[i - 1] if i else "", titles, first, g.org_words)
        if kind is None and ctx.body_beside_saying(words, i, j):
            kind = "ORG"  # "Home Depot said", "said General Motors": a body's name
        named = ctx.after_title(run, first) if kind != "ORG" else None
        if named is not None:
            # "Finance Minister Jane Doe", "US President Donald Trump": the person after
            # the titles
            end = i + ctx.name_end(run, named)
            found.append(Found(i + named, end, "PER", "pattern", 0.6, "name"))
            i = end
            continue
        if kind is None:
            by_context = _type_by_context(words, i, j, run, g.org_words, first)
            if by_context is not None:
                found.append(Found(by_context, j, "PER", "pattern", 0.6, "name"))
                i = j
                continue
        if kind and not (i == 0 and j - i == 1 and kind != "ORG"):
            found.append(
                Found(
                    i,
                    j,
                    kind,
                    "pattern",
                    0.6,
                    "acronym" if _ACRONYM.match(run[0]) and j - i == 1 else "name",
                )
            )
        i = j
    found.sort(key=lambda f: f.start)
    return found


def _type_by_context(
    words: Sequence[str],
    i: int,
    j: int,
    run: list[str],
    org_words: frozenset[str],
    first: frozenset[str],
) -> int | None:
    """Where a person starts in a run no word in it types, by the words around it
    (``english_context``): a title before it, a person noun in its apposition, or, for a
    name of two to four words, a verb of saying beside it.  A sentence's first word that
    is no name ("Later", "Former") is left out of it."""
    if i == 0 and run[0] not in first and not ctx.name_word(run[0]):
        i, run = i + 1, run[1:]
    if not run or any(w in org_words for w in run) or any(not w[:1].isupper() for w in run):
        return None
    if ctx.title_before(words, i) or ctx.person_apposition(words, j):
        return i
    if 2 <= len(run) <= 4 and not any(_ACRONYM.match(w) for w in run):
        return i if ctx.beside_saying(words, i, j) else None
    return None


def _type_of(
    run: list[str],
    before: str,
    titles: frozenset[str] | set[str],
    first: frozenset[str],
    org_words: frozenset[str],
) -> str | None:
    if any(w in org_words for w in run[1:]) or (len(run) == 1 and _ACRONYM.match(run[0])):
        return "ORG"
    if before in titles or (len(run) >= 2 and run[0] in first):
        return "PER"
    if before.lower() in _LOC_PREPOSITIONS and len(run) <= 3:
        return "LOC"
    return None
