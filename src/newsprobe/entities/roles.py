"""Role nouns ("Kremlchef", "Syriens Machthaber", "US-Präsident", "der Diktator") as mentions of
a person: found in a sentence, tied to a country, and resolved through apposition in the text
or the office table (``kb/offices.tsv``) at the article's date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from newsprobe.entities import kb

_DET_SINGULAR = frozenset({"der", "des", "dem", "den", "the", "Der", "Des", "Dem", "Den", "The"})
_FORMER = ("Ex-", "Alt-", "Vize-", "Ex", "Former", "former")


@dataclass
class RoleSpan:
    """A role phrase in one sentence: tokens ``[start, end)``, the noun token ``head``."""

    start: int
    end: int
    head: int
    noun: str
    kind: str  # head_of_state, ruler, …
    office: str | None = None  # "head_of_state:RUS" when the phrase names one office
    country: str | None = None  # ISO alpha-3 of the country in the phrase
    definite: bool = False  # a definite singular article or a country makes it one person
    offices: list[str] = field(default_factory=list)
    #: Found by its ending alone ("Landesgesundheitsministerin", "IVRM-Experten"), not in the
    #: role table: it names a person only in apposition, right before the name.
    by_suffix: bool = False


@dataclass(frozen=True)
class _Tables:
    office: dict[str, str]
    generic: dict[str, str]
    kinds: dict[str, list[str]]
    forms: dict[str, str]  # inflected form → base noun


#: Inflection endings a role noun found by its suffix may carry ("Experten", "Abgeordneten").
_SUFFIX_ENDINGS = ("", "n", "en", "s")
#: Shortest stem in front of the role suffix: "Landesgesundheits|ministerin" is a role noun of
#: its own, a bare "Minister" is in the role table or not a role noun found this way.
_MIN_PREFIX = 3


@lru_cache(maxsize=65536)
def role_by_suffix(word: str) -> bool:
    """A capitalised compound ending in a person role or function noun ("Finanzchefin",
    "Landesgesundheitsministerin", "Kreistagsabgeordnete", "IVRM-Experten")."""
    if not word[:1].isupper() or len(word) < 6:
        return False
    low = word.lower()
    for ending in _SUFFIX_ENDINGS:
        if ending and not low.endswith(ending):
            continue
        stem = low[: len(low) - len(ending)] if ending else low
        suffixes = _role_suffixes()
        if not stem.endswith(suffixes):  # one C call rules out nearly every word
            continue
        for suffix in suffixes:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= _MIN_PREFIX:
                return True
    return False


@lru_cache(maxsize=1)
def _role_suffixes() -> tuple[str, ...]:
    from newsprobe.entities.recognise import person_role_suffixes

    return person_role_suffixes()


@lru_cache(maxsize=1)
def tables() -> _Tables:
    data = kb.roles()
    office: dict[str, str] = dict(data["office"])
    generic: dict[str, str] = dict(data["generic"])
    forms: dict[str, str] = {}
    for noun in (*office, *generic):
        for ending in ("", "s", "es", "en", "n"):
            forms.setdefault(noun + ending, noun)
        if noun[:1].isupper() and noun.isascii():  # English nouns also lower case: "president"
            forms.setdefault(noun.lower(), noun)
            forms.setdefault(noun.lower() + "s", noun)
    return _Tables(office, generic, dict(data["kinds"]), forms)


def find_role_nouns() -> dict[str, str]:
    """Every inflected role noun form → its base noun."""
    return tables().forms


def country_of(word: str) -> str | None:
    """ISO alpha-3 of a country named or described by ``word`` ("Syriens", "syrischen", "US")."""
    for surface in kb.surfaces(word):
        if surface.entry.category == "country" and surface.entry.country:
            return surface.entry.country
    return None


def _plural(words: Sequence[str], head: int, noun: str) -> bool:
    word = words[head]
    before = words[head - 1] if head else ""
    return (before in ("die", "Die") and word == noun) or word.endswith(("innen", "ern"))


def _role_word(word: str) -> bool:
    """Whether :func:`find_roles` looks further at ``word``: an inflected role noun of the
    table, alone or after a hyphen, or a role noun by its ending (most words are neither)."""
    forms = tables().forms
    tail = word.rpartition("-")[2] if "-" in word[1:] else word
    if word in forms or tail in forms:
        return True
    return role_by_suffix(word) and not word.endswith("innen")


#: Words :func:`_role_word` has judged, by the answer (sets: a sentence asks per word in C).
_ROLE_WORDS: set[str] = set()
_NOT_ROLE_WORDS: set[str] = set()
_JUDGED_AT_MOST = 65_536


def _judge(word: str) -> bool:
    """:func:`_role_word`, remembered."""
    if len(_NOT_ROLE_WORDS) > _JUDGED_AT_MOST:
        _NOT_ROLE_WORDS.clear()
    if _role_word(word):
        _ROLE_WORDS.add(word)
        return True
    _NOT_ROLE_WORDS.add(word)
    return False


def find_roles(words: Sequence[str]) -> list[RoleSpan]:
    """Role phrases in one sentence (unresolved)."""
    t = tables()
    found: list[RoleSpan] = []
    forms, yes, no = t.forms, _ROLE_WORDS, _NOT_ROLE_WORDS
    # a role noun's form, or (a hyphen or a long capitalised word) a candidate to look at
    for i in [
        i
        for i, w in enumerate(words)
        if w in forms
        or w in yes
        or (w not in no and ("-" in w or (len(w) >= 6 and w[:1].isupper())) and _judge(w))
    ]:
        word = words[i]
        prefix, _, tail = word.rpartition("-") if "-" in word[1:] else ("", "", word)
        base = t.forms.get(word) or t.forms.get(tail)
        if base is None and role_by_suffix(word) and not word.endswith("innen"):
            found.append(RoleSpan(i, i + 1, i, word, "official", by_suffix=True))
            continue
        if base is None or word.startswith(_FORMER) or (i and words[i - 1] in _FORMER):
            continue
        if word[:1].islower() and base[:1].isupper() and not base.isascii():
            continue
        if _plural(words, i, base):
            continue
        start, end = i, i + 1
        country = None
        if base not in t.office and word not in t.office and prefix:
            country = country_of(prefix)
            if country is None:
                continue  # "Vize-Präsident", "Interims-Präsident": not one office
        if country is None and i > 0:
            country = country_of(words[i - 1])
            if country is not None:
                start = i - 1
            elif i > 1 and words[i - 1][:1].islower() and country_of(words[i - 2]):
                country, start = country_of(words[i - 2]), i - 2  # "syrischen neuen Machthaber"
        if country is None and i + 1 < len(words):
            after = words[i + 1]
            if after in ("der", "des") and i + 2 < len(words) and country_of(words[i + 2]):
                country, end = country_of(words[i + 2]), i + 3
            elif after.endswith("s") and country_of(after):
                country, end = country_of(after), i + 2
        noun = word if word in t.office else base
        office = t.office.get(noun) if country is None or noun not in t.generic else None
        if office is None and noun in t.office and country is None:
            office = t.office[noun]
        kind = t.generic.get(noun) or (office.split(":")[0] if office else "")
        span = RoleSpan(start, end, i, noun, kind, office, country)
        span.definite = bool(office or country) or _definite(words, start)
        span.offices = _offices(span, t)
        found.append(span)
    return found


def _definite(words: Sequence[str], start: int) -> bool:
    """A definite singular article before the role, adjectives allowed in between."""
    j = start - 1
    while (
        j >= 0
        and words[j][:1].islower()
        and words[j] not in _DET_SINGULAR
        and (words[j].endswith(("e", "en")))
    ):
        j -= 1
    return j >= 0 and words[j] in _DET_SINGULAR


def _offices(span: RoleSpan, t: _Tables) -> list[str]:
    if span.office:
        return [span.office]
    if span.country is None:
        return []
    return [f"{kind}:{span.country}" for kind in t.kinds.get(span.kind, [span.kind])]


def compatible(kind: str, offices: Sequence[str]) -> bool:
    """Whether a role of ``kind`` (ruler, head_of_state…) fits someone holding ``offices``."""
    accepted = tables().kinds.get(kind, [kind])
    return any(o.split(":")[0] in accepted for o in offices)
