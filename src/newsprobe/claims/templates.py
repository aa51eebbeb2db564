"""Wording of the sourcing verdict and the headline-check reasons (``summary_<lang>.toml``).

German articles get German wording, every other language English.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

#: Languages with templates of their own; others get English.
LANGUAGES = ("de", "en")


@dataclass(frozen=True)
class Templates:
    language: str
    data: dict[str, Any]

    def get(self, section: str, key: str) -> str:
        return str(self.data[section][key])

    def top(self, key: str) -> str:
        return str(self.data[key])

    def quote(self, text: str) -> str:
        return self.top("quote").format(" ".join(text.split()))

    def percent(self, share: float) -> str:
        return self.top("percent").format(round(share * 100))

    def join(self, items: Sequence[str]) -> str:
        """ "a", "a and b", "a, b and c"."""
        items = [i for i in items if i]
        if len(items) <= 1:
            return "".join(items)
        return self.top("list_sep").join(items[:-1]) + self.top("and") + items[-1]

    def role(self, role: str) -> str:
        return str(self.data["roles"].get(role, role))

    def source_type(self, value: str) -> str:
        return str(self.data["types"].get(value, value))


@lru_cache(maxsize=len(LANGUAGES))
def _load(language: str) -> Templates:
    text = files("newsprobe.claims").joinpath(f"summary_{language}.toml").read_text("utf-8")
    return Templates(language, tomllib.loads(text))


def templates(language: str | None) -> Templates:
    return _load(language if language in LANGUAGES else "en")
