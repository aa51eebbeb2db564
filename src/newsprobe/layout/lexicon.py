"""The furniture lexicon (``furniture.toml``), compiled once per process."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class Furniture:
    boilerplate: tuple[re.Pattern[str], ...]
    empty_byline: tuple[re.Pattern[str], ...]
    byline: tuple[re.Pattern[str], ...]
    dateline: tuple[re.Pattern[str], ...]
    agency_code: tuple[re.Pattern[str], ...]
    related: tuple[re.Pattern[str], ...]
    related_inline: tuple[re.Pattern[str], ...]
    ui_residue: tuple[re.Pattern[str], ...]
    credit_suffix: re.Pattern[str]
    credit_names: tuple[str, ...]
    agencies: dict[str, str]
    publisher: tuple[re.Pattern[str], ...]
    generic_authors: frozenset[str]

    @staticmethod
    def any(patterns: tuple[re.Pattern[str], ...], line: str) -> bool:
        return any(p.search(line) for p in patterns)


def _compile(items: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in items)


@cache
def furniture() -> Furniture:
    data = tomllib.loads(files("newsprobe.layout").joinpath("furniture.toml").read_text("utf-8"))
    return Furniture(
        boilerplate=_compile(data["boilerplate"]["patterns"]),
        empty_byline=_compile(data["empty_byline"]["patterns"]),
        byline=tuple(re.compile(p) for p in data["byline"]["patterns"]),  # case matters
        dateline=_compile(data["dateline"]["patterns"]),
        agency_code=_compile(data["agency_code"]["patterns"]),
        related=_compile(data["related"]["patterns"]),
        related_inline=_compile(data["related"]["inline_patterns"]),
        ui_residue=_compile(data["ui_residue"]["suffixes"]),
        credit_suffix=re.compile(data["credit"]["suffix"], re.IGNORECASE),
        credit_names=tuple(n.lower() for n in data["credit"]["agencies"]),
        agencies={k.lower(): v for k, v in data["agencies"].items()},
        publisher=_compile(data["publisher"]["patterns"]),
        generic_authors=frozenset(data["publisher"]["generic_authors"]),
    )
