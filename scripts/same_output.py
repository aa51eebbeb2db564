"""Guard for speed work: the full analysis must not change.

``dump`` analyses a fixed corpus (the first N articles of a 10kGNAD-style CSV, the bundled
samples and the seed article(s)) and writes one JSON line per article: the analysis without
its timings, plus a digest of the rows the store would write for it.  ``compare`` reports
every article whose output differs between two dumps.  To compare old and new code, dump once
with the old source tree first on the path::

    PYTHONPATH=/tmp/old/src .venv/bin/python scripts/same_output.py dump --out /tmp/old.jsonl
    .venv/bin/python scripts/same_output.py dump --out /tmp/new.jsonl
    .venv/bin/python scripts/same_output.py compare /tmp/old.jsonl /tmp/new.jsonl

Exit status 1 when any article differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEFAULT_CSV = SHARED / "data" / "10kgnad" / "test.csv"
DEFAULT_SEED = SHARED / "seed"


def _corpus(csv_path: Path, limit: int, seed: Path) -> list[tuple[str, bytes]]:
    from newsprobe.eval.speed import read_10kgnad, samples_dir

    items: list[tuple[str, bytes]] = []
    folder = samples_dir()
    for path in sorted([*folder.glob("*.txt"), *folder.glob("*.html")]):
        items.append((f"samples/{path.name}", path.read_bytes()))
    if seed.is_dir():
        items += [(f"seed/{p.name}", p.read_bytes()) for p in sorted(seed.glob("*.txt"))]
    if limit and csv_path.is_file():
        items += [(a.name, a.data) for a in read_10kgnad(csv_path, limit)]
    # inputs the pipeline must survive: empty, English-free, odd characters
    items += [("edge/empty.txt", b""), ("edge/emoji.txt",
                                           "Berlin 😀 (dpa) - \"Das ist gut\", sagte er.".encode()),
              ("edge/fr.txt", "Le président a déclaré lundi que le plan était prêt.".encode())]
    return items


def _rows_digest(analysis: Any) -> str | None:
    from newsprobe.store.flatten import prepare

    if analysis.status.value != "ok" or not analysis.text.strip():
        return None
    prepared = prepare(analysis)
    data = prepared.__dict__ if hasattr(prepared, "__dict__") else prepared
    blob = json.dumps(data, default=_default, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _default(value: Any) -> Any:
    if isinstance(value, bytes):
        if value[:1] == b"x":  # zlib-compressed analysis JSON: compare it without timings
            import zlib

            doc = json.loads(zlib.decompress(value))
            doc.pop("timings", None)
            return doc
        return value.hex()
    if hasattr(value, "__dict__"):
        return value.__dict__
    return str(value)


def dump(args: argparse.Namespace) -> int:
    from newsprobe.api import analyze_bytes

    items = _corpus(args.csv, args.limit, args.seed)
    started = time.perf_counter()
    with open(args.out, "w", encoding="utf-8") as out:
        for name, data in items:
            try:
                analysis = analyze_bytes(data, name=name)
            except Exception as exc:  # recorded: both sides must fail the same way
                out.write(json.dumps({"name": name, "error": f"{type(exc).__name__}: {exc}"})
                          + "\n")
                continue
            doc = json.loads(analysis.model_dump_json())
            doc.pop("timings", None)
            record = {"name": name, "analysis": doc, "rows": _rows_digest(analysis)}
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(items)} articles in {time.perf_counter() - started:.1f} s -> {args.out}",
          file=sys.stderr)
    return 0


def _first_difference(a: Any, b: Any, path: str = "") -> str:
    if type(a) is not type(b):
        return f"{path}: {a!r:.120} != {b!r:.120}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                return _first_difference(a.get(key), b.get(key), f"{path}.{key}")
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
    return f"{path}: {a!r:.120} != {b!r:.120}"


def compare(args: argparse.Namespace) -> int:
    def load(path: Path) -> dict[str, dict[str, Any]]:
        with open(path, encoding="utf-8") as handle:
            return {r["name"]: r for r in map(json.loads, handle)}

    old, new = load(args.old), load(args.new)
    differ = [n for n in old if old[n] != new.get(n)] + [n for n in new if n not in old]
    for name in differ[:20]:
        print(f"DIFFERS {name}: {_first_difference(old.get(name), new.get(name))}")
    print(f"{len(old)} articles compared, {len(differ)} differ")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="analyse the guard corpus into a JSONL file")
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    d.add_argument("--limit", type=int, default=300, help="10kGNAD articles (default 300)")
    d.add_argument("--seed", type=Path, default=DEFAULT_SEED)
    c = sub.add_parser("compare", help="list articles whose output differs")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    return dump(args) if args.command == "dump" else compare(args)


if __name__ == "__main__":
    sys.exit(main())
