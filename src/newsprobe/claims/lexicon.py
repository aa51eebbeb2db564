"""Cue lexicons of the claims component (``cues_<lang>.toml``), loaded once per language.

Each entry belongs to a cue *type*; the type names the claim status it signals, how it is
matched (``surface`` or ``lemma``) and, for opinion cues, its weight.  See ``cues_de.toml``
for the format.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from newsprobe.model import ClaimStatus

#: Languages with a lexicon of their own; any other language uses the English one.
LANGUAGES = ("de", "en")
_PREFIX_KEY = 3  # prefix patterns are indexed by this many leading letters (their minimum)


@dataclass(frozen=True)
class CueType:
    name: str
    status: ClaimStatus
    match: str = "surface"  # "surface" or "lemma"
    weight: float = 1.0
    verb: bool = False  # the cue must be tagged as a verb (when tags are known)
    description: str = ""


@dataclass(frozen=True)
class Context:
    """Words that cancel a cue when they stand right before/after it or in its clause."""

    not_prev: frozenset[str] = frozenset()
    not_next: frozenset[str] = frozenset()
    not_in_clause: frozenset[str] = frozenset()
    needs_after: frozenset[str] = frozenset()  # one of these within a few tokens after it
    needs_before: frozenset[str] = frozenset()  # one of these within a few tokens before it


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: a word or phrase (lower-case words; ``*`` ends a prefix)."""

    words: tuple[str, ...]
    type: CueType
    key: str  # the entry as written in the lexicon, lower-cased
    context: Context = field(default_factory=Context)
    #: Written with a capital: a noun entry. With tags known, a capitalised single-word entry
    #: matches nouns only and a lower-case one of an evaluative type matches no nouns or verbs.
    noun: bool = False
    #: Per word: ``(the word or its stem, is a prefix)``, and whether lemmas match too —
    #: worked out once for :meth:`matches_word`, which multi-word cues call on every token.
    _parts: tuple[tuple[str, bool], ...] = field(init=False, repr=False, compare=False)
    _by_lemma: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parts = tuple((w[:-1], True) if w.endswith("*") else (w, False) for w in self.words)
        object.__setattr__(self, "_parts", parts)
        object.__setattr__(self, "_by_lemma", self.type.match == "lemma")

    def matches_word(self, k: int, surface: str, lemma: str) -> bool:
        """Whether word ``k`` matches a token's surface (or lemma, for a lemma-matched type):
        equal to it, or — a prefix ending in ``*`` — beginning it."""
        word, prefix = self._parts[k]
        if prefix:
            return surface.startswith(word) or (self._by_lemma and lemma.startswith(word))
        return surface == word or (self._by_lemma and lemma == word)


@dataclass(frozen=True)
class Lexicon:
    language: str
    types: dict[str, CueType]
    #: Entries by their first word (exact words) ...
    by_first: dict[str, tuple[Entry, ...]]
    #: ... and entries whose first word is a prefix pattern, by the pattern's first 3 letters.
    prefixed: dict[str, tuple[Entry, ...]]
    words: dict[str, frozenset[str]]
    #: (surface, lemma) -> candidates; words repeat, so lookups are cached per process.
    _cache: dict[tuple[str, str], tuple[Entry, ...]] = field(default_factory=dict)
    _prefix_stems: dict[str, tuple[tuple[Entry, str, bool], ...]] = field(default_factory=dict)

    def candidates(self, surface: str, lemma: str) -> tuple[Entry, ...]:
        """Entries that may start at a token with this surface/lemma (lower-case)."""
        key = (surface, lemma)
        found = self._cache.get(key)
        if found is None:
            found = self._lookup(surface, lemma)
            if len(self._cache) < 200_000:
                self._cache[key] = found
        return found

    def _lookup(self, surface: str, lemma: str) -> tuple[Entry, ...]:
        found = list(self.by_first.get(surface, ()))
        if lemma != surface:
            found += [e for e in self.by_first.get(lemma, ()) if e.type.match == "lemma"]
        for key in {surface[:_PREFIX_KEY], lemma[:_PREFIX_KEY]}:
            # Entry.matches_word(0, surface, lemma) of each prefix entry, its stem read once
            for entry, stem, by_lemma in self._stems(key):
                if surface.startswith(stem) or (by_lemma and lemma.startswith(stem)):
                    found.append(entry)
        return tuple(found)

    def _stems(self, key: str) -> tuple[tuple[Entry, str, bool], ...]:
        """The prefix entries under ``key`` as ``(entry, stem, matched by lemma too)``."""
        stems = self._prefix_stems.get(key)
        if stems is None:
            stems = self._prefix_stems[key] = tuple(
                (e, e.words[0][:-1], e.type.match == "lemma") for e in self.prefixed.get(key, ())
            )
        return stems

    def word_set(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())


def _parse(data: dict, language: str) -> Lexicon:
    types: dict[str, CueType] = {}
    contexts: dict[str, Context] = {}
    for key, ctx in data.get("context", {}).items():
        contexts[key] = Context(
            not_prev=frozenset(ctx.get("not_prev", ())),
            not_next=frozenset(ctx.get("not_next", ())),
            not_in_clause=frozenset(ctx.get("not_in_clause", ())),
            needs_after=frozenset(ctx.get("needs_after", ())),
            needs_before=frozenset(ctx.get("needs_before", ())),
        )
    by_first: dict[str, list[Entry]] = {}
    prefixed: dict[str, list[Entry]] = {}
    for name, spec in data.get("types", {}).items():
        cue_type = CueType(
            name=name,
            status=ClaimStatus(spec["status"]),
            match=spec.get("match", "surface"),
            weight=float(spec.get("weight", 1.0)),
            verb=bool(spec.get("verb", False)),
            description=spec.get("description", ""),
        )
        types[name] = cue_type
        for raw in spec.get("entries", ()):
            key = raw.strip().lower()
            words = tuple(key.split())
            if not words:
                continue
            entry = Entry(
                words, cue_type, key, contexts.get(key, Context()), noun=raw.strip()[:1].isupper()
            )
            if words[0].endswith("*"):
                stem = words[0][:-1]
                if len(stem) < _PREFIX_KEY:
                    raise ValueError(f"cues_{language}.toml: prefix {raw!r} is too short")
                prefixed.setdefault(stem[:_PREFIX_KEY], []).append(entry)
            else:
                by_first.setdefault(words[0], []).append(entry)
    words = {
        name: frozenset(w.lower() for w in values) for name, values in data.get("words", {}).items()
    }
    return Lexicon(
        language=language,
        types=types,
        by_first={k: tuple(v) for k, v in by_first.items()},
        prefixed={k: tuple(v) for k, v in prefixed.items()},
        words=words,
    )


@lru_cache(maxsize=len(LANGUAGES))
def _load(language: str) -> Lexicon:
    text = files("newsprobe.claims").joinpath(f"cues_{language}.toml").read_text("utf-8")
    return _parse(tomllib.loads(text), language)


def lexicon(language: str | None) -> Lexicon:
    """The cue lexicon for ``language`` (English for languages without one)."""
    return _load(language if language in LANGUAGES else "en")
