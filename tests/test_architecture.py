"""The house rules of ARCHITECTURE.md, checked on the source: every import points down the layer
order (or stays in its layer), no two modules import each other through any chain, and the
evaluation and training code is never imported by the product, and no module imports another
module's private (underscored) names: what is shared is public in its home module.

The import graph is read with ``ast`` (no module is imported), so lazy imports inside functions
count like top-level ones: a circle that only closes at run time is still a circle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsprobe"

# Layer of each top-level module or folder, lowest first. A module may import its own layer or
# any layer below it. A new folder must be placed here (the test fails until it is).
LAYERS: dict[str, int] = {
    "model": 0,
    "options": 0,
    "cache": 0,
    "intervals": 0,
    "isotime": 0,
    "model_card": 0,
    "read": 1,
    "language": 1,
    "layout": 2,
    "entities": 3,
    "attribution": 4,
    "claims": 5,
    "pipeline": 6,
    "api": 6,
    "interop": 7,
    "report": 7,
    "store": 7,
    "stories": 7,
    "corpus": 8,
    "batch": 9,
    "web": 10,
    "cli": 10,
}
# Beside the product: they may import anything, nothing in the product may import them.
SIDE = {"eval", "training"}
# The one door from the product to the side: the `newsprobe eval` command.
DOORS = {("newsprobe.cli", "eval")}
# Training and build scripts that live next to the run-time code they produce data for.
TRAINING = {
    "newsprobe.entities.germeval",
    "newsprobe.entities.corpora",
    "newsprobe.attribution.cue_model.train",
    "newsprobe.attribution.cue_model.data",
    "newsprobe.language.build_tag_table",
}


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = _modules()


def _source_module(node: ast.ImportFrom, package: str) -> str:
    """The absolute name of the module a ``from ... import`` reads from."""
    if not node.level:
        return node.module or ""
    base = package.split(".")[: len(package.split(".")) - node.level + 1]
    return ".".join([*base, *([node.module] if node.module else [])])


def _imports(name: str, path: Path) -> set[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = _source_module(node, package)
            # `from pkg import sub` is an import of the submodule, not of the package
            subs = [f"{module}.{a.name}" for a in node.names if f"{module}.{a.name}" in MODULES]
            targets = subs if len(subs) == len(node.names) else [module, *subs]
        else:
            continue
        out.update(t for t in targets if t in MODULES and t != name)
    return out


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _area(name: str) -> str:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_every_area_has_a_layer() -> None:
    areas = {_area(n) for n in MODULES} - {""}
    unplaced = sorted(areas - set(LAYERS) - SIDE)
    assert not unplaced, f"place these in LAYERS (tests/test_architecture.py): {unplaced}"


def test_imports_point_down() -> None:
    upward = []
    for name, targets in GRAPH.items():
        area = _area(name)
        if area in SIDE or name in TRAINING or area == "":
            continue
        for target in targets:
            t_area = _area(target)
            if (name, t_area) in DOORS:
                continue
            if t_area in SIDE or target in TRAINING:
                upward.append(f"{name} -> {target} (evaluation/training code)")
            elif t_area and LAYERS[t_area] > LAYERS[area]:
                upward.append(f"{name} -> {target} ({area} {LAYERS[area]} < {t_area})")
    assert not upward, "imports that point up:\n" + "\n".join(sorted(upward))


def _cycles() -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(GRAPH[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while True:
                w = stack.pop()
                on.discard(w)
                part.append(w)
                if w == v:
                    break
            if len(part) > 1:
                found.append(sorted(part))

    for v in sorted(GRAPH):
        if v not in index:
            visit(v)
    return found


# Being taken apart while other work on these files lands; the list may only shrink.
KNOWN_CIRCLES: list[list[str]] = []
KNOWN_LONG: set[str] = set()


def test_no_import_circles() -> None:
    assert [c for c in _cycles() if c not in KNOWN_CIRCLES] == []


@pytest.mark.parametrize("limit", [700])
def test_no_module_over_the_limit(limit: int) -> None:
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in MODULES.values()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > limit
        and str(p.relative_to(PACKAGE)) not in KNOWN_LONG
    }
    assert not long, f"modules over {limit} lines: {long}"


def test_the_checker_sees_a_circle() -> None:
    """The graph reader is not blind: the package facade imports its own modules."""
    assert "newsprobe.pipeline" in GRAPH["newsprobe.api"]


def _private_imports(name: str, source: str, *, is_package: bool = False) -> list[str]:
    """``module -> name`` for each private name that module ``name`` imports from another
    newsprobe module (top-level or lazy). A package's ``__init__`` may re-export its own
    submodules' names."""
    package = name if is_package else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ImportFrom):
            continue
        module = _source_module(node, package)
        if module.split(".")[0] != "newsprobe" or module == name:
            continue
        if is_package and module.startswith(f"{name}."):
            continue
        found += [
            f"{name} -> {module}.{a.name}"
            for a in node.names
            if a.name.startswith("_") and not a.name.startswith("__")
        ]
    return found


def test_no_private_names_imported() -> None:
    private = [
        hit
        for name, path in MODULES.items()
        for hit in _private_imports(
            name, path.read_text(encoding="utf-8"), is_package=path.name == "__init__.py"
        )
    ]
    assert not private, (
        "make these public in their home module (or move them where they are used):\n"
        + "\n".join(sorted(private))
    )


SCRIPTS = PACKAGE.parents[1] / "scripts"


def _private_uses(source: str) -> list[str]:
    """Private names a script takes from what it imports: ``from newsprobe.x import _y`` and
    ``module._y`` for a module (or anything else) it imported."""
    tree = ast.parse(source)
    imported: set[str] = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.update(a.asname or a.name for a in node.names)
            found += [
                f"{node.module}.{a.name}"
                for a in node.names
                if a.name.startswith("_") and not a.name.startswith("__")
            ]
    found += [
        f"{node.value.id}.{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id in imported
        and node.attr.startswith("_")
        and not node.attr.startswith("__")
    ]
    return found


def test_scripts_import_no_private_names() -> None:
    private = [
        f"scripts/{path.name}: {hit}"
        for path in sorted(SCRIPTS.glob("*.py"))
        for hit in _private_uses(path.read_text(encoding="utf-8"))
    ]
    assert not private, "scripts use public names only:\n" + "\n".join(private)


def test_the_script_checker_sees_private_names() -> None:
    source = (
        "import page_meta_cold as base\n"
        "from newsprobe.layout import line_model\n"
        "from newsprobe.eval.page_meta import _norm, gold_meta\n"
        "x = base._words(line_model._shipped(), line_model.use, __name__)\n"
    )
    assert sorted(_private_uses(source)) == [
        "base._words",
        "line_model._shipped",
        "newsprobe.eval.page_meta._norm",
    ]


def test_the_checker_sees_a_private_import() -> None:
    source = (
        "from newsprobe.attribution.clauses import clause, _hidden\n"
        "def f():\n"
        "    from .cues import _lazy\n"
        "    from newsprobe.attribution.clauses import __all__\n"
    )
    assert _private_imports("newsprobe.attribution.quotes", source) == [
        "newsprobe.attribution.quotes -> newsprobe.attribution.clauses._hidden",
        "newsprobe.attribution.quotes -> newsprobe.attribution.cues._lazy",
    ]
    own = "from newsprobe.attribution.clauses import _hidden\n"
    assert _private_imports("newsprobe.attribution", own, is_package=True) == []
