"""Every regular expression newsprobe runs on input text, collected programmatically.

Three sources: compiled patterns held at module level (alone or in tuples, lists, dicts and
frozen dataclasses such as the furniture lexicon), patterns written as string literals in
``re.compile`` / ``re.search`` / ``re.match`` / ``re.sub`` … calls anywhere in a module (found
with :mod:`ast`), and the furniture lexicon itself.  Training and evaluation code (``eval``,
``train``, ``build_*``) is left out: it never sees user input.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import pkgutil
import re
from pathlib import Path

import newsprobe

_SKIP = ("newsprobe.eval", ".train", ".build_", "newsprobe.language.somajo")
#: Modules whose patterns classify one token at a time (``pattern.match(word)``): a token
#: is at most 200 characters (tokenizer.py slices longer whitespace-free runs), so their cost
#: per token is bounded whatever they do; test_token_length_is_bounded checks the premise.
TOKEN_MODULES = ("newsprobe.language.tokenizer", "newsprobe.language.segment")
_CALLS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"}


def _modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(newsprobe.__path__, "newsprobe."):
        if any(skip in info.name for skip in _SKIP) or info.name in TOKEN_MODULES:
            continue
        names.append(info.name)
    return names


def _walk(value: object, found: dict[tuple[str, int], re.Pattern[str]], depth: int = 0) -> None:
    if depth > 3:
        return
    inner = getattr(value, "_pattern", None)  # layout.screen.Screened
    if isinstance(inner, re.Pattern):
        value = inner
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            found.setdefault((value.pattern, value.flags), value)
        return
    if isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            _walk(item, found, depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            _walk(item, found, depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            _walk(getattr(value, field.name), found, depth + 1)


def _literal_calls(path: Path, found: dict[tuple[str, int], re.Pattern[str]]) -> None:
    tree = ast.parse(path.read_text("utf-8"))
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if not (isinstance(node.func.value, ast.Name) and node.func.value.id == "re"):
            continue
        if node.func.attr not in _CALLS or not node.args:
            continue
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            flags = 0
            for kw in node.keywords:
                if kw.arg == "flags" and isinstance(kw.value, ast.Attribute):
                    flags |= getattr(re, kw.value.attr, 0)
            for arg in node.args[1:]:
                if isinstance(arg, ast.Attribute) and isinstance(getattr(re, arg.attr, None), int):
                    flags |= getattr(re, arg.attr)
            pattern = re.compile(first.value, flags)
            found.setdefault((pattern.pattern, pattern.flags), pattern)


def all_patterns() -> list[re.Pattern[str]]:
    """Every pattern, once."""
    from newsprobe.layout.lexicon import furniture

    found: dict[tuple[str, int], re.Pattern[str]] = {}
    for name in _modules():
        module = importlib.import_module(name)
        for value in vars(module).values():
            _walk(value, found)
        if module.__file__ and module.__file__.endswith(".py"):
            _literal_calls(Path(module.__file__), found)
    _walk(furniture(), found)
    return list(found.values())
