"""Finding names in one sentence: the CRF tagger, the knowledge-base gazetteer and patterns,
merged into one list of token spans.

This is the part ``newsprobe eval ner`` scores on GermEval (full names only: roles, derived
forms and compounds are not names there).  The entity component adds those on top.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from newsprobe.entities import kb, name_rules
from newsprobe.entities.crf import CrfTagger, Tagged

_CAPITAL = re.compile(r"^[A-ZÄÖÜ\d]")
#: Names written in lower case that the gazetteer may match on their own.
_LOWERCASE_NAMES = frozenset({"dpa", "epd", "dts", "ddp", "taz", "ntv", "n-tv", "t-online"})


@dataclass
class Found:
    """A name in a sentence: tokens ``[start, end)``, its type and what found it."""

    start: int
    end: int
    type: str
    origin: str
    confidence: float = 1.0
    form: str = "name"  # name | acronym
    entries: list[kb.KbEntry] = field(default_factory=list)

    def overlaps(self, other: Found) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class _Pattern:
    words: tuple[str, ...]
    surface: kb.Surface


def surface_words(text: str) -> tuple[str, ...]:
    """Split a KB surface the way the tokenizer splits text (near enough for names)."""
    out: list[str] = []
    for piece in text.split():
        lead = ""
        while piece[:1] in '("„':
            out.append(piece[0])
            piece = piece[1:]
        trail: list[str] = []
        while piece and piece[-1] in ',)"“':
            trail.insert(0, piece[-1])
            piece = piece[:-1]
        if piece:
            out.append(lead + piece)
        out.extend(trail)
    return tuple(out)


@lru_cache(maxsize=1)
def _index() -> dict[str, list[_Pattern]]:
    """KB names (not derived forms) by their first word, longest first."""
    index: dict[str, list[_Pattern]] = {}
    for text, found in kb.all_surfaces().items():
        for surface in found:
            if surface.form == "derived":
                continue
            words = surface_words(text)
            if words:
                index.setdefault(words[0], []).append(_Pattern(words, surface))
    for patterns in index.values():
        patterns.sort(key=lambda p: -len(p.words))
    return index


def _genitive_base(word: str) -> str | None:
    """``Putins`` → ``Putin``; ``Putin's`` → ``Putin``."""
    for suffix in ("'s", "’s", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)]
    return None


def gazetteer(words: Sequence[str]) -> list[tuple[int, int, list[kb.Surface]]]:
    """Longest KB name matches ``(start, end, surfaces)``, left to right, not overlapping."""
    index = _index()
    found: list[tuple[int, int, list[kb.Surface]]] = []
    n = len(words)
    after = 0  # the end of the last match: the next one starts there or later
    # only a KB name's first word (or its genitive) can start a match
    for i in [
        i
        for i, w in enumerate(words)
        if w in index
        or (
            w[-1:] == "s"
            and (w[:-1] in index or w[:-2] in index)  # the genitive bases there may be
            and _genitive_base(w) in index
        )
    ]:
        if i < after:
            continue
        best_len, best = 0, []
        word = words[i]
        keys = [(word, False)] if word in index else []
        if word[-1:] == "s":
            base = _genitive_base(word)
            if base in index:
                keys.append((base, True))
        for key, genitive in keys:
            for p in index[key]:
                m = len(p.words)
                if m < best_len or i + m > n:
                    continue
                if not _match(words, i, p.words, genitive):
                    continue
                if m > best_len:
                    best_len, best = m, []
                best.append(p.surface)
        if best_len:
            found.append((i, i + best_len, best))
            after = i + best_len
    return found


def _match(words: Sequence[str], i: int, pattern: tuple[str, ...], genitive: bool) -> bool:
    m = len(pattern)
    if genitive:
        if m != 1:
            return False
        base = _genitive_base(words[i])
        return base == pattern[0]
    if tuple(words[i : i + m]) == pattern:
        return True
    # genitive on the last word of a longer name: "des Internationalen Währungsfonds"
    last = _genitive_base(words[i + m - 1])
    return m > 1 and last == pattern[-1] and tuple(words[i : i + m - 1]) == pattern[:-1]


def _kb_type(surfaces: Sequence[kb.Surface]) -> str | None:
    types = {s.entry.type for s in surfaces}
    return types.pop() if len(types) == 1 else None


def recognise(
    words: Sequence[str],
    tags: Sequence[str | None],
    tagger: CrfTagger | None,
    tagged: Sequence[Tagged] | None = None,
    origin: str = "crf",
) -> list[Found]:
    """Names in one sentence, merged from the tagger (or what it already ``tagged`` in this
    sentence; ``origin`` names where those spans came from), the gazetteer and patterns."""
    if tagged is None and tagger is not None:
        tagged = tagger.tag(words, tags)
    found = [Found(t.start, t.end, t.type, origin, t.confidence) for t in tagged or ()]
    for start, end, surfaces in gazetteer(words):
        kind = _kb_type(surfaces)
        if kind is None:
            continue
        span = Found(
            start,
            end,
            kind,
            "gazetteer",
            1.0,
            "acronym" if all(s.form == "acronym" for s in surfaces) else "name",
            [s.entry for s in surfaces],
        )
        same = [f for f in found if f.start == start and f.end == end]
        if same:
            same[0].origin += "+gazetteer"
            same[0].entries = span.entries
            same[0].form = span.form
            same[0].type = kind
            continue
        overlapping = [f for f in found if f.overlaps(span)]
        confirmed = bool(overlapping)
        if any(s.confirm for s in surfaces) and not confirmed:
            continue
        if (
            not _CAPITAL.match(words[start])
            and not confirmed
            and span.form != "acronym"
            and words[start] not in _LOWERCASE_NAMES
        ):
            continue
        if not overlapping:
            found.append(span)
        elif len(overlapping) == 1 and _common_noun_rest(overlapping[0], span, tags):
            # the tagger ran a name on into common nouns ("Assad Asyl", "Russlands Unfähigkeit")
            found.remove(overlapping[0])
            span.origin = origin + "+gazetteer"
            found.append(span)
        elif all(span.start <= f.start and f.end <= span.end for f in overlapping) and (
            end - start > max(f.end - f.start for f in overlapping)
        ):
            # the gazetteer knows a longer name ("Frankfurt am Main", "Deutsche Bank")
            for f in overlapping:
                found.remove(f)
            span.origin = origin + "+gazetteer"
            found.append(span)
    found.extend(_acronyms_in_parentheses(words, found))
    found = [f for f in (_tidy(f, words) for f in found) if f is not None]
    return name_rules.apply(words, tags, found, _rule_span)  # type: ignore[return-value]


def _rule_span(start: int, end: int, kind: str) -> Found:
    return Found(start, end, kind, "rule", 0.9)


@lru_cache(maxsize=1)
def _heads() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = tomllib.loads(files("newsprobe.entities.kb").joinpath("heads.toml").read_text("utf-8"))
    return tuple(data["org_triggers"]["de_suffixes"]), tuple(data["person_role_suffixes"])


def _tidy(f: Found, words: Sequence[str]) -> Found | None:
    """Trim what a name span should not hold, drop what is no name, retype by a trigger noun."""
    if f.origin == "gazetteer":
        return f
    triggers, role_suffixes = _heads()
    # a title or function in front of a person's name: "Finanzchefin Annika Lundqvist"
    while (
        f.type == "PER"
        and f.end - f.start > 1
        and (words[f.start].lower().endswith(role_suffixes) or words[f.start] in titles())
    ):
        f.start += 1
    while f.end - f.start > 1 and not any(c.isalnum() for c in words[f.end - 1]):
        f.end -= 1  # "Landstraße …"
    span = words[f.start : f.end]
    if any(w[:1] in "@#" or "://" in w or w.startswith("www.") for w in span):
        return None  # handles, hashtags and links are not names
    if not any(c.isalpha() for c in "".join(span)):
        return None
    before = words[f.start - 1].lower() if f.start else ""
    if f.end - f.start <= 3 and before.endswith(triggers):
        # "des Herstellers Voltaris": an organisation, whatever the tagger said (after such a
        # noun GermEval has 52 organisations, 6 places, 3 persons, no other names); the
        # origin marks the evidence, which counts thrice in the entity's type
        f.type = "ORG"
        f.origin += "+trigger"
    return f


def person_role_suffixes() -> tuple[str, ...]:
    """Endings of role and function nouns that may stand before a person's name."""
    return _heads()[1]


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    return frozenset(kb.roles()["person_titles"]["words"]) - {"Dr.", "Prof."}


def _common_noun_rest(outer: Found, inner: Found, tags: Sequence[str | None]) -> bool:
    """``inner`` lies inside ``outer`` and every other token of ``outer`` is a common noun."""
    if not (outer.start <= inner.start and inner.end <= outer.end):
        return False
    rest = [*range(outer.start, inner.start), *range(inner.end, outer.end)]
    return bool(rest) and all(tags[i] == "NN" for i in rest)


def _acronyms_in_parentheses(words: Sequence[str], found: list[Found]) -> list[Found]:
    """ "Institut für Kriegsstudien (ISW)": the acronym names what stands before it."""
    extra: list[Found] = []
    if "(" not in words:
        return extra
    ends = {f.end: f for f in found}
    for i in range(1, len(words) - 2):
        if words[i] != "(" or words[i + 2] != ")" or not kb.is_acronym(words[i + 1]):
            continue
        before = ends.get(i)
        if before is None or any(f.start <= i + 1 < f.end for f in found):
            continue
        extra.append(Found(i + 1, i + 2, before.type, "pattern", 1.0, "acronym"))
    return extra
