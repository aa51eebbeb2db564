"""The furniture lexicon (``furniture.toml``), compiled once per process."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from newsprobe.layout.screen import Screened


@dataclass(frozen=True)
class RelativeGrammar:
    """The grammar of a date stamp relative to the reading time (``[relative_stamp]``): one
    pattern per shape, with the named groups :mod:`newsprobe.layout.relative_date` reads."""

    patterns: tuple[re.Pattern[str], ...]
    #: The counts written as words ("zwei", "three").
    numbers: dict[str, int]
    #: A line that is such a stamp and nothing else, a label before it allowed.
    line: str

    def search(self, text: str) -> re.Match[str] | None:
        """The leftmost relative stamp in ``text`` (the first shape's where two start there)."""
        found = [m for p in self.patterns if (m := p.search(text))]
        return min(found, key=lambda m: m.start()) if found else None


def _relative(data: dict) -> RelativeGrammar:
    numbers = {k.lower(): int(v) for k, v in data["numbers"].items()}
    words = "|".join(sorted(map(re.escape, numbers), key=len, reverse=True))
    sources = [p.replace("<numbers>", words) for p in data["patterns"]]
    shapes = "|".join(re.sub(r"\(\?P<\w+>", "(?:", p) for p in sources)  # groups unnamed
    line = rf"^(?:{data['labels']}\s*+:?\s*+)?(?:{shapes})$"
    return RelativeGrammar(tuple(re.compile(p, re.IGNORECASE) for p in sources), numbers, line)


@dataclass(frozen=True)
class Furniture:
    """The lexicon's patterns, screened (:class:`Screened`: searched only in lines that hold
    what a match needs)."""

    boilerplate: tuple[Screened, ...]
    empty_byline: tuple[Screened, ...]
    byline: tuple[Screened, ...]
    dateline: tuple[Screened, ...]
    agency_code: tuple[Screened, ...]
    related: tuple[Screened, ...]
    related_inline: tuple[Screened, ...]
    ui_residue: tuple[Screened, ...]
    credit_suffix: Screened
    credit_names: tuple[str, ...]
    agencies: dict[str, str]
    publisher: tuple[Screened, ...]
    generic_authors: frozenset[str]
    relative: RelativeGrammar

    @staticmethod
    def any(patterns: tuple[Screened, ...], line: str) -> bool:
        return any(p.search(line) for p in patterns)


def _compile(items: list[str]) -> tuple[Screened, ...]:
    return tuple(Screened(re.compile(p, re.IGNORECASE)) for p in items)


#: The credit suffix as furniture.toml has it: every match ends the line with "©" or a ":"
#: (after "Foto", "Bild" …), whitespace, 2 to 160 characters, perhaps ")", and perhaps the
#: "\n" that "$" matches before — 162 characters at most after the whitespace.
_CREDIT_SUFFIX = (
    r"(?P<credit>(?<!\s)\s*+(?:(?:bild|bilder|foto|fotos|photo|photos|image|credit|quelle|copyright|©)"
    r"\s*:|©|\((?:foto|bild|photo)\s*:)\s*.{2,160}?\)?)$"
)


def _credit(source: str) -> Screened:
    pattern = re.compile(source, re.IGNORECASE)
    return Screened(pattern, tail=(":©", 162) if source == _CREDIT_SUFFIX else None)


@cache
def furniture() -> Furniture:
    data = tomllib.loads(files("newsprobe.layout").joinpath("furniture.toml").read_text("utf-8"))
    relative = _relative(data["relative_stamp"])
    return Furniture(
        boilerplate=_compile(data["boilerplate"]["patterns"]),
        empty_byline=_compile(data["empty_byline"]["patterns"]),
        byline=tuple(Screened(re.compile(p)) for p in data["byline"]["patterns"]),  # case matters
        dateline=_compile([*data["dateline"]["patterns"], relative.line]),
        agency_code=_compile(data["agency_code"]["patterns"]),
        related=_compile(data["related"]["patterns"]),
        related_inline=_compile(data["related"]["inline_patterns"]),
        ui_residue=_compile(data["ui_residue"]["suffixes"]),
        credit_suffix=_credit(data["credit"]["suffix"]),
        credit_names=tuple(n.lower() for n in data["credit"]["agencies"]),
        agencies={k.lower(): v for k, v in data["agencies"].items()},
        publisher=_compile(data["publisher"]["patterns"]),
        generic_authors=frozenset(data["publisher"]["generic_authors"]),
        relative=relative,
    )
