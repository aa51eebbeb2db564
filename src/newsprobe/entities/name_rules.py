"""Label rules after the tagger: name patterns a sentence-level CRF misses or mislabels, each
one a class of errors seen on GermEval news (rules chosen on GermEval dev and the *tune* half of
the NER bench's held-out split, :mod:`newsprobe.eval.ner_split`; the *unseen* half scores them).

* **Streets** ("Schwanitzstraße", "in der Knoopstraße 5", "Berliner Allee"): a capitalised
  word ending in a street noun, where the context says it is an address (a house number after
  it, "in der/an der/am" before it) and its first part is no known common noun ("Flugplatz",
  "Marktplatz" stay words), or an ``-er`` adjective of a place name before a street noun → LOC.
* **Legal forms** ("Voltaris GmbH", "Müller & Co. KG"): a span that a legal form ends, or that
  stops right before one, is an organisation ending there; capitalised words right before a
  legal form with no span are one.
* **A role before a person's name** ("UBS-CEO Oswald Grübel", "Hamburger Pianisten Gudula
  Schreiber"): a span that runs from a role noun or role acronym into a first name and a
  surname is the person from the first name on.
* **A role noun, a first name and a capitalised word** ("Der Radprofi Julien Moreau") that the
  tagger left out: a person from the first name on.
* **The long form before an acronym** ("Die Bundeswettbewerbsbehörde (BWB)"): one capitalised
  word with an organisation's head noun ("-behörde", "-institut") right before an acronym in
  parentheses that is a name, starting with its letter, is a name of the acronym's type (laws,
  "Arzneimittelgesetz (AMG)", are no names in GermEval and have no such head).
* **An organisation's head noun before "für"** ("Institut für Nationales Gedenken"): a name
  right after "für" that follows such a head noun is the organisation from the head noun on.
* **Places by context**: a name (not a person's) after "südlich von" (north, east, …), and any
  name before an agency's dateline mark ("Izmir (dpa)"), is a place.
* **Forms of address** ("Herr Willemsen", "Frau Anita …"): the capitalised words right after
  ``Herr``/``Herrn``/``Frau`` name a person (GermEval leaves the title out of the span).

Each rule only adds or retypes spans where its evidence is explicit; it never removes a
tagger's name it does not replace.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable


class Found(Protocol):
    """What the rules need of a name span (:class:`newsprobe.entities.recognise.Found`)."""

    start: int
    end: int
    type: str
    origin: str


#: Makes a new span (start, end, type): the recogniser's own span class, passed in.
_make: Callable[[int, int, str], Found]

_STREET_NOUNS = ("straße", "strasse", "gasse", "allee", "platz", "weg", "damm", "ufer", "chaussee")
_STREET_WORDS = frozenset(
    ["Straße", "Strasse", "Allee", "Gasse", "Platz", "Chaussee", "Damm", "Ufer", "Ring", "Weg"]
)
_STREET = re.compile(r"^[A-ZÄÖÜ][\w'.-]*?-?(" + "|".join(_STREET_NOUNS) + r")$")
_HOUSE_NUMBER = re.compile(r"^\d{1,4}[a-z]?$")
#: "-er" words that are no place adjectives ("Zweiter Platz", "Neuer Weg").
_NOT_PLACE_ADJECTIVES = frozenset(
    ["Erster", "Zweiter", "Dritter", "Vierter", "Fünfter", "Letzter", "Neuer", "Alter", "Großer",
     "Kleiner", "Anderer", "Weiter", "Langer", "Kurzer", "Guter", "Schwerer", "Leichter",
     "Freier", "Offener", "Roter", "Grüner"]
)  # fmt: skip
_BEFORE_ADDRESS = frozenset(["in", "an", "auf", "In", "An", "Auf"])
_LEGAL_FORMS = frozenset(
    ["GmbH", "AG", "SE", "KG", "KGaA", "e.V.", "eG", "mbH", "gGmbH", "Inc.", "Inc", "Ltd.",
     "Ltd", "plc", "LLC", "Corp.", "S.A.", "N.V.", "OHG", "GbR"]
)  # fmt: skip
_NAME_TAGS = frozenset(["NE", "NN", "FM", None])
_ADDRESS = frozenset(["Herr", "Herrn", "Frau"])
_CAPITAL = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]")


def apply(
    words: Sequence[str],
    tags: Sequence[str | None],
    found: list[Found],
    make: Callable[[int, int, str], Found],
) -> list[Found]:
    """``found`` with the rules applied (see the module); sorted by start.  ``make`` builds a
    new span ``(start, end, type)`` of the caller's class."""
    global _make
    _make = make
    found = _legal_forms(words, tags, found)
    found = _streets(words, tags, found)
    found = _forms_of_address(words, tags, found)
    found = _role_and_first_name(words, found)
    found = _long_form_before_acronym(words, tags, found)
    _head_before_fuer(words, tags, found)
    _places_by_context(words, found)
    found = [_person_after_role(words, tags, f) for f in found]
    found.sort(key=lambda f: f.start)
    return found


def _covered(found: Sequence[Found], i: int) -> Found | None:
    return next((f for f in found if f.start <= i < f.end), None)


def _new(start: int, end: int, kind: str) -> Found:
    return _make(start, end, kind)


def _known_noun(stem: str) -> bool:
    from newsprobe.language.pos import form_table

    table = form_table()
    if stem.lower() in table:  # "Neben-", "Rund-": a word, not a name
        return True
    for candidate in {stem, stem.rstrip("s"), stem + "e", stem[:-1] if stem.endswith("n") else ""}:
        if candidate and table.get(candidate) in ("NN", "ADJA", "ADV", "VVINF"):
            return True
    return False


def _streets(words: Sequence[str], tags: Sequence[str | None], found: list[Found]) -> list[Found]:
    n = len(words)
    for i, word in enumerate(words):
        if _covered(found, i) is not None:
            continue
        m = _STREET.match(word)
        if m and len(word) - len(m.group(1)) >= 3:
            before = words[i - 2] if i > 1 else ""
            address = (i + 1 < n and _HOUSE_NUMBER.match(words[i + 1]) is not None) or (
                before in _BEFORE_ADDRESS and words[i - 1] in ("der", "dem")
            )
            address = address or (i > 0 and words[i - 1] in ("am", "Am"))
            stem = word[: -len(m.group(1))].rstrip("-")
            if address and ("-" in stem or not _known_noun(stem)):
                found.append(_new(i, i + 1, "LOC"))
                continue
        if word in _STREET_WORDS and i > 0:
            adjective = words[i - 1]
            if (
                adjective.endswith("er")
                and _CAPITAL.match(adjective)
                and adjective not in _NOT_PLACE_ADJECTIVES
                and tags[i - 1] in ("ADJA", "NE", "NN", None)
            ):
                inside = _covered(found, i - 1)
                if inside is None or (inside.end == i and inside.start == i - 1):
                    if inside is not None:
                        found.remove(inside)
                    found.append(_new(i - 1, i + 1, "LOC"))
    return found


def _legal_forms(
    words: Sequence[str], tags: Sequence[str | None], found: list[Found]
) -> list[Found]:
    for i, word in enumerate(words):
        if word not in _LEGAL_FORMS or i == 0:
            continue
        span = _covered(found, i)
        if span is not None:
            if span.end == i + 1 and span.start < i:
                span.type = "ORG"
            continue
        before = next((f for f in found if f.end == i), None)
        if before is not None:
            before.end = i + 1
            before.type = "ORG"
            continue
        start = i
        while (
            start > 0
            and i - start < 3
            and _CAPITAL.match(words[start - 1])
            and tags[start - 1] in _NAME_TAGS
        ):
            if _covered(found, start - 1) is not None:
                break
            start -= 1
        if start < i:
            found.append(_new(start, i + 1, "ORG"))
    return found


def _forms_of_address(
    words: Sequence[str], tags: Sequence[str | None], found: list[Found]
) -> list[Found]:
    n = len(words)
    for i, word in enumerate(words[:-1]):
        if word not in _ADDRESS or not _CAPITAL.match(words[i + 1]):
            continue
        span = _covered(found, i + 1)
        if span is not None:
            if span.start == i + 1 and span.type in ("ORG", "LOC"):
                span.type = "PER"
            continue
        if tags[i + 1] not in ("NE", "NN", None) or _covered(found, i) is not None:
            continue
        end = i + 2
        while end < n and end - i <= 3 and _CAPITAL.match(words[end]) and tags[end] == "NE":
            if _covered(found, end) is not None:
                break
            end += 1
        if tags[i + 1] == "NN" and end == i + 2:
            continue  # "Frau Ministerin": a noun, not a name
        found.append(_new(i + 1, end, "PER"))
    return found


#: Role words (or the last part of a hyphenated one: "UBS-CEO") that stand before a name.
_ROLE_ACRONYMS = frozenset(["CEO", "CFO", "COO", "CTO", "Boss", "Chef", "Chefin", "Coach"])


def _person_noun(word: str) -> bool:
    """A noun for a person by its ending ("Finanzchefin", "Pianisten", "Sprecher")."""
    from newsprobe.entities.features import gazetteers

    return word[:1].isupper() and word.lower().endswith(
        (*gazetteers().person_roles, *_PERSON_ENDINGS)
    )


#: Endings of nouns for persons beyond the role table's: "Pianist(en)", "Aktivistin".
_PERSON_ENDINGS = ("ist", "isten", "istin", "istinnen", "profi")


def _person_after_role(words: Sequence[str], tags: Sequence[str | None], f: Found) -> Found:
    """Cut a role noun (and what stands before it) off the front of a person's name."""
    if f.end - f.start < 2 or f.origin == "gazetteer":
        return f
    for k in range(f.start + 1, f.end):
        if not all(tags[j] == "NE" and _CAPITAL.match(words[j]) for j in range(k, f.end)):
            continue
        role = words[k - 1].rsplit("-", 1)[-1]
        if role in _ROLE_ACRONYMS or (f.end - k >= 2 and _person_noun(role)):
            f.start, f.type = k, "PER"
            f.origin += "+role"
        break
    return f


def _role_and_first_name(words: Sequence[str], found: list[Found]) -> list[Found]:
    from newsprobe.entities import kb
    from newsprobe.entities.features import gazetteers

    first = kb.first_names()
    titles = gazetteers().title
    n = len(words)
    for i in range(n - 2):
        if words[i + 1] not in first or not _CAPITAL.match(words[i + 2]):
            continue
        if not (words[i] in titles or _person_noun(words[i])):
            continue
        if any(_covered(found, j) is not None for j in range(i + 1, i + 3)):
            continue
        found.append(_new(i + 1, i + 3, "PER"))
    return found


def _long_form_before_acronym(
    words: Sequence[str], tags: Sequence[str | None], found: list[Found]
) -> list[Found]:
    for i in range(1, len(words) - 2):
        if words[i] != "(" or words[i + 2] != ")":
            continue
        acronym = _covered(found, i + 1)
        long_form = words[i - 1]
        if (
            acronym is None
            or (acronym.start, acronym.end) != (i + 1, i + 2)
            or _covered(found, i - 1) is not None
            or not _CAPITAL.match(long_form)
            or len(long_form) <= len(words[i + 1])
            or long_form[0] != words[i + 1][0]
            or not long_form.lower().endswith(_org_heads())
            or (i > 1 and tags[i - 2] in ("ADJA", "NE", "NN"))  # "Schweizerische Nationalfonds"
        ):
            continue
        found.append(_new(i - 1, i, acronym.type))
    return found


def _head_before_fuer(words: Sequence[str], tags: Sequence[str | None], found: list[Found]) -> None:
    """A name right after "für" whose "für" follows an organisation's head noun ("Institut
    für Nationales Gedenken", "Bundesamt für Migration") is that organisation, from the head
    noun (and a capitalised adjective before it: "Deutsches Institut für …") on."""
    for k, f in enumerate(found):
        head = f.start - 2
        if (
            head < 0
            or words[f.start - 1] != "für"
            or not _CAPITAL.match(words[head])
            or not words[head].lower().endswith(_org_heads())
            or _covered(found, head) is not None
        ):
            continue
        start = (
            head - 1
            if head > 0
            and tags[head - 1] == "ADJA"
            and _CAPITAL.match(words[head - 1])
            and _covered(found, head - 1) is None
            else head
        )
        found[k] = _new(start, f.end, "ORG")


@lru_cache(maxsize=1)
def _org_heads() -> tuple[str, ...]:
    from newsprobe.entities.features import gazetteers

    return gazetteers().org_suffixes


_DIRECTIONS = frozenset(
    f"{a}{b}lich" for a in ("", "nord", "süd") for b in ("nörd", "süd", "öst", "west")
) | frozenset(["nördlich", "südlich", "östlich", "westlich"])
_AGENCIES = frozenset(
    ["dpa", "AFP", "afp", "Reuters", "AP", "ap", "epd", "KNA", "dts", "APA", "sda"]
)


def _places_by_context(words: Sequence[str], found: list[Found]) -> None:
    n = len(words)
    for f in found:
        if f.type == "LOC" or f.end - f.start > 2:
            continue
        after_direction = (
            f.type != "PER"  # "südlich von Müller" may name a person's land
            and f.start > 1
            and words[f.start - 1] == "von"
            and (words[f.start - 2].lower() in _DIRECTIONS)
        )
        dateline = (
            f.end + 2 < n
            and words[f.end] == "("
            and words[f.end + 1] in _AGENCIES
            and words[f.end + 2] == ")"
        )
        if after_direction or dateline:
            f.type = "LOC"
            f.origin += "+context"
