"""Cache keys of the line model's training products: renderings, feature matrices, fold models.

A cached product may be reused only when everything that made it is the same.  The keys here
cover, each as a digest:

* **code** (:func:`code_digest`): every module that the training and feature code can import
  (found by reading the import statements, from :data:`ROOTS`, function-level imports
  included), every module of ``newsprobe.layout``, and the data files beside them (the
  furniture and genre lexicons).  The product's entry points (``newsprobe.api``, the package's
  ``__init__``) and the evaluation code are left out: they read the models, they do not make
  them.  The shipped model files (``layout/line_model/model/``) are no input of training;
* **libraries** (:func:`versions`): the versions of the libraries whose output becomes a
  feature, a label or a rendering (trafilatura labels the trafilatura set's lines; scikit-learn
  fits the trees), and of the renderer programs (lynx, chromium);
* **data** (:func:`data_digest`): the bytes of every file of the extraction sets (and of the
  GermEval files the shipped model's German pages are spliced from), not only their folder's
  name.

Python code enters a digest through :func:`newsprobe.cache.code_text`: comments and docstrings
do not change a key.  Never imported by the product.
"""

from __future__ import annotations

import ast
import hashlib
import json
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import metadata
from pathlib import Path

from newsprobe.cache import code_text

#: The package folder (``src/newsprobe``).
PACKAGE = Path(__file__).resolve().parents[1]
#: Where the training code starts: its imports are followed from here.
ROOTS = (
    "newsprobe.training.lines",
    "newsprobe.training.lines_crf",
    "newsprobe.training.lines_data",
    "newsprobe.training.lines_labels",
    "newsprobe.training.lines_render",
    "newsprobe.training.crf",
    "newsprobe.layout",
)
#: Imports not followed: the product's entry points and the evaluation code only read models.
NOT_FOLLOWED = ("newsprobe.api", "newsprobe.eval")
#: Libraries whose behaviour becomes part of a feature matrix, a label or a fitted model.
TRAINING_LIBRARIES = (
    "numpy", "scikit-learn", "threadpoolctl", "python-crfsuite", "trafilatura", "htmldate",
    "justext", "lxml", "charset-normalizer", "dateparser",
)  # fmt: skip
#: Each renderer's libraries (and :func:`_program` versions for the programs it runs).
RENDER_LIBRARIES = {
    "inscriptis": ("inscriptis", "lxml", "charset-normalizer"),
    "markdown": ("markdownify", "beautifulsoup4", "lxml", "charset-normalizer"),
    "lynx": ("lxml", "charset-normalizer"),
    "innertext": ("playwright", "charset-normalizer"),
}
#: Renderer programs and how to ask them their version.
PROGRAMS = {"lynx": ("lynx", "-version"), "innertext": ("/usr/bin/chromium", "--version")}
#: Files beside a module that are no input of training (the shipped models and their cards).
NOT_INPUTS = ("model",)


def _module_file(name: str) -> Path | None:
    path = PACKAGE.parent.joinpath(*name.split("."))
    if (path / "__init__.py").is_file():
        return path / "__init__.py"
    return path.with_suffix(".py") if path.with_suffix(".py").is_file() else None


def _imported(path: Path, name: str) -> set[str]:
    """The newsprobe modules (or names in them) that the file at ``path`` imports anywhere."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = parts[: len(parts) - node.level + 1] + ([node.module] if node.module else [])
                module = ".".join(base)
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return {m for m in found if m.startswith("newsprobe.")}


def modules(roots: Iterable[str] = ROOTS) -> dict[str, Path]:
    """The modules the training code can run, by name: those imported from ``roots``, over
    and over, with the packages above them and every module of a root package."""
    roots = tuple(roots)
    todo = list(roots)
    for root in roots:  # a root package brings all its modules
        folder = PACKAGE.parent.joinpath(*root.split("."))
        if (folder / "__init__.py").is_file():
            for path in folder.rglob("*.py"):
                parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
                todo.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    seen: dict[str, Path] = {}
    while todo:
        name = todo.pop()
        if name in seen or name == "newsprobe" or name.startswith(NOT_FOLLOWED):
            continue
        path = _module_file(name)
        if path is None:  # a name inside a module (``from x import y``)
            continue
        seen[name] = path
        parts = name.split(".")
        todo += [".".join(parts[:i]) for i in range(2, len(parts))]  # the packages above
        todo += sorted(_imported(path, name))
    return dict(sorted(seen.items()))


def input_files(roots: Iterable[str] = ROOTS) -> list[Path]:
    """The files the key digests: the modules and the data files in their folders."""
    files = set(modules(roots).values())
    for folder in {p.parent for p in files}:
        files.update(p for p in folder.iterdir() if p.is_file() and p.suffix not in (".py", ".pyc"))
    return sorted(files)


def code_digest(roots: Iterable[str] = ROOTS) -> str:
    """A digest of the training code and its data files (see the module's docstring)."""
    h = hashlib.sha256()
    for path in input_files(tuple(roots)):
        h.update(str(path.relative_to(PACKAGE)).encode("utf-8") + b"\0")
        h.update(code_text(path) if path.suffix == ".py" else path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def versions(libraries: Sequence[str]) -> str:
    """``name=version`` of each library, ``name=absent`` where it is not installed."""
    out = []
    for name in libraries:
        try:
            out.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name}=absent")
    return ";".join(out)


@cache
def _program(renderer: str) -> str:
    """The version line of the program a renderer runs, or ``absent`` (lynx then falls back
    to the built-in lynx-like rendering, whose code the code digest covers)."""
    if renderer not in PROGRAMS:
        return ""
    exe, flag = PROGRAMS[renderer]
    found = shutil.which(exe)
    if found is None:
        return f"{renderer}=absent"
    try:
        done = subprocess.run([found, flag], capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return f"{renderer}=unknown"
    first = done.stdout.decode("utf-8", "replace").strip().split("\n")[0]
    return f"{renderer}={first}"


def render_stamp(renderer: str) -> str:
    """A short key of one renderer's output: its code, libraries and program."""
    code = code_digest(("newsprobe.training.lines_render",))
    libs = versions(RENDER_LIBRARIES.get(renderer, ()))
    return _short(code, renderer, libs, _program(renderer))


@cache
def _file_digest(path: Path, size: int, mtime_ns: int) -> bytes:
    return hashlib.sha256(path.read_bytes()).digest()


def data_digest(folders: Iterable[Path]) -> str:
    """A digest of every file under ``folders`` (names and bytes)."""
    h = hashlib.sha256()
    for folder in sorted(Path(f).resolve() for f in folders):
        if not folder.is_dir():
            h.update(f"{folder.name}:absent\0".encode())
            continue
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            stat = path.stat()
            h.update(str(path.relative_to(folder.parent)).encode("utf-8") + b"\0")
            h.update(_file_digest(path, stat.st_size, stat.st_mtime_ns))
    return h.hexdigest()


def training_stamp(folders: Sequence[Path], renderers: Sequence[str], *settings: object) -> str:
    """The key of a product trained on the data in ``folders`` (the extraction sets'
    folders: :func:`newsprobe.training.lines_data.data_folders`) rendered by ``renderers``:
    code, libraries, renderings, data and ``settings`` (JSON-able values)."""
    return _short(
        code_digest(),
        versions(TRAINING_LIBRARIES),
        *(render_stamp(r) for r in renderers),
        data_digest(folders),
        json.dumps([list(renderers), *settings], sort_keys=True, default=str),
    )


def _short(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8") + b"\0")
    return h.hexdigest()[:16]
