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
    for start, end, surfaces in gazetteer(words):
        types = {s.entry.type for s in surfaces}
        if len(types) != 1 or any(s.confirm for s in surfaces):
            continue
        form = "acronym" if all(s.form == "acronym" for s in surfaces) else "name"
        found.append(
            Found(start, end, types.pop(), "gazetteer", 1.0, form, [s.entry for s in surfaces])
        )
    taken = {i for f in found for i in range(f.start, f.end)}
    g = gazetteers()
    first = g.first | _EXTRA_FIRST_NAMES
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
