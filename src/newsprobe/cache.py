"""The per-user cache folder: things derived on this machine that are slow to rebuild.

Nothing in it is downloaded: every file is derived from what is installed (a library's shipped
data, the package's own tables), named after what it was derived from, and rebuilt on the next
use when deleted, stale, truncated or unreadable.  Where the folder cannot be written, the value
is simply derived in each process, as without a cache.  ``NEWSPROBE_CACHE_DIR`` overrides the
place (default ``$XDG_CACHE_HOME/newsprobe`` or ``~/.cache/newsprobe``).
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

T = TypeVar("T")

_MAGIC = b"newsprobe-cache-1\n"


def cache_dir(create: bool = True) -> Path:
    """The cache folder (created unless ``create`` is false)."""
    explicit = os.environ.get("NEWSPROBE_CACHE_DIR")
    if explicit:
        path = Path(explicit)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        path = Path(base) / "newsprobe"
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def digest(*parts: str | bytes) -> str:
    """A short digest of ``parts`` (for cache file names)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8") if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()[:16]


def code_text(path: str | os.PathLike[str]) -> bytes:
    """What in the Python file at ``path`` decides its behaviour, for digests of code (cache keys
    of trained models, the tagger digest a model card records): the parsed code without comments,
    docstrings or other bare string statements, so that an edit of the prose alone leaves a
    digest as it was and any edit of the code changes it.

    The tree is written out by :func:`_dump`, not ``ast.dump``, which writes empty fields in some
    Python versions and not in others (3.13)."""
    import ast

    return _dump(ast.parse(Path(path).read_bytes())).encode("utf-8")


def _dump(node: object) -> str:
    """A node, its fields by name in their order, None and empty lists left out (a field a newer
    Python adds, such as ``type_params``, is empty in code that does not use it)."""
    import ast

    if isinstance(node, ast.AST):
        fields = (
            f"{name}={_dump(value)}"
            for name in node._fields
            if (value := getattr(node, name, None)) is not None and value != []
        )
        return f"{type(node).__name__}({','.join(fields)})"
    if isinstance(node, list):
        kept = (
            _dump(item)
            for item in node
            if not (
                isinstance(item, ast.Expr)
                and isinstance(item.value, ast.Constant)
                and isinstance(item.value.value, str)
            )  # a docstring or another string that is only a statement: prose
        )
        return f"[{','.join(kept)}]"
    return repr(node)


def write_atomic(path: Path, write: Callable[[BinaryIO], None]) -> bool:
    """Write ``path`` through a temporary file renamed into place, so that a reader never sees
    half a file; False (and nothing left behind) when the folder cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
        os.replace(temporary, path)
        return True
    except OSError:
        return False
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)  # only still there when something failed


def memo(name: str, key: str, build: Callable[[], T], valid: Callable[[object], bool]) -> T:
    """``build()``, kept in the cache folder as ``name-key-mV.marshal`` for the next process.

    ``key`` must change whenever what ``build`` returns would (versions, digests of its
    inputs); ``valid`` checks the type of a value read back (``marshal`` holds only plain
    values: dicts, lists, tuples, strings, bytes, numbers)."""
    # marshal's format may change between Python versions: one file per format
    path = cache_dir(create=False) / f"{name}-{key}-m{marshal.version}.marshal"
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        data = path.read_bytes()
        if data.startswith(_MAGIC):
            value = marshal.loads(memoryview(data)[len(_MAGIC) :])
            if valid(value):
                return value  # type: ignore[no-any-return]
    value = build()

    def dump(out: BinaryIO) -> None:
        out.write(_MAGIC)
        marshal.dump(value, out)

    write_atomic(path, dump)
    return value
