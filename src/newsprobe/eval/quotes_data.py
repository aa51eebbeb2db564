"""Reading the attribution corpora into gold documents: SpkAtt-2023 (task 1 debates and
task 2 news, JSON) and Redewiedergabe (TSV).  Tokens and sentences are the corpus's own."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from newsprobe.eval.base import EvalError, require_path

#: Redewiedergabe speech forms scored (free indirect is not one newsprobe predicts).
RW_FORMS = ("direct", "indirect", "reported")


@dataclass
class GoldAnnotation:
    cue: set[tuple[int, int]]
    source: set[tuple[int, int]]
    message: set[tuple[int, int]]
    form: str | None = None


@dataclass
class GoldDoc:
    name: str
    sentences: list[list[str]]
    annotations: list[GoldAnnotation] = field(default_factory=list)
    #: Redewiedergabe: the forms of every token, by (sentence, token).
    token_forms: dict[tuple[int, int], set[str]] = field(default_factory=dict)
    #: SpkAtt: the cues of nested annotations (an attribution inside another's message),
    #: which the scoring leaves out.
    nested_cues: list[set[tuple[int, int]]] = field(default_factory=list)


def news_split(name: str, held_out: frozenset[str], read: frozenset[str] = frozenset()) -> str:
    """``dev``, ``test``, ``cold`` … ``cold6`` for a SpkAtt news file
    (``"10022 - Title (date)"``).

    The corpus ships no dev split for news, and earlier rounds developed rules on all of it.
    ``test`` is never looked at while writing rules: every article whose number is divisible
    by 5, plus the articles of the speakers gold's test parts (``held_out``), so that neither
    measurement is tuned on the other's unseen part.  ``cold`` (from round 4 of the cue
    work, 2026-12-07): the other articles whose number ends in 3, set aside as a second
    unseen part and scored on main before any change of that round; its errors are never
    listed (it was part of the readable dev part before, so older rounds may have read some
    of it).  ``cold2`` (from round 5, 2026-12-07): the other articles whose number ends in
    7, set aside and scored on main the same way before that round's changes.  ``cold3``
    (from round 7, 2026-12-07): the articles whose number ends in 8 that no one read while
    labelling the speakers gold (``read``: its articles of every part), set aside and scored
    on main before that round's changes; only its totals are read.  ``cold4`` (from round 8,
    2026-12-07): the articles whose number ends in 1 outside the speakers gold (``read``),
    taken from the development part (earlier rounds may have read some of them), scored on
    main before that round's changes; only its totals are read.  ``cold5`` (from round 9,
    2026-12-07): the articles whose number ends in 2 or 9 outside the speakers gold, taken from
    the development part the same way, scored on main before that round's changes; only
    its totals are read.  ``cold6`` (from round 10, 2026-12-08): the articles whose number
    ends in 4 or 6 outside the speakers gold, the last development articles outside it,
    scored on main before that round's changes; only its totals are read.  ``dev`` is then
    the speakers gold's development articles."""
    number = name.split(" ", 1)[0]
    if number in held_out or (number.isdigit() and int(number) % 5 == 0):
        return "test"
    if number.isdigit() and int(number) % 10 == 3:
        return "cold"
    if number.isdigit() and int(number) % 10 == 7:
        return "cold2"
    if number.isdigit() and int(number) % 10 == 8 and number not in read:
        return "cold3"
    if number.isdigit() and int(number) % 10 == 1 and number not in read:
        return "cold4"
    if number.isdigit() and int(number) % 10 in (2, 9) and number not in read:
        return "cold5"
    if number.isdigit() and int(number) % 10 in (4, 6) and number not in read:
        return "cold6"
    return "dev"


def speakers_test_docs(parts: tuple[str, ...] | None = ("test", "test3")) -> frozenset[str]:
    """Article numbers of the speakers gold's ``parts`` (all parts for None; empty without
    the file)."""
    path = Path(__file__).parent / "gold" / "speakers_spkatt_news.tsv"
    if not path.is_file():
        return frozenset()
    out = set()
    for line in path.read_text("utf-8").splitlines():
        cells = line.split("\t")
        if (
            len(cells) == 6
            and not line.startswith("#")
            and cells[5] != "split"
            and (parts is None or cells[5] in parts)
        ):
            out.add(cells[0])
    return frozenset(out)


def detect_format(root: Path) -> str:
    if (root / "metadata.tsv").is_file() or (root / "tsv" / "metadata.tsv").is_file():
        return "redewiedergabe"
    return "spkatt"


def load(data: Path, fmt: str | None, limit: int | None) -> tuple[str, list[GoldDoc], str]:
    """``(format, documents, split note)``."""
    root = require_path(data)
    fmt = fmt or detect_format(root)
    if fmt == "redewiedergabe":
        docs, note = _redewiedergabe(root, limit)
    else:
        docs, note = _spkatt(root, limit)
    if not docs:
        raise EvalError(f"empty dataset: no {fmt} documents under {root}")
    return fmt, docs, note


def token_ids(cells: list[str]) -> set[tuple[int, int]]:
    """SpkAtt token references (``"sentence:token"`` cells) as pairs; other cells are skipped."""
    out = set()
    for cell in cells:
        s, _, t = str(cell).partition(":")
        if s.isdigit() and t.isdigit():
            out.add((int(s), int(t)))
    return out


def _spkatt(root: Path, limit: int | None) -> tuple[list[GoldDoc], str]:
    if root.is_file():
        files, note = [root], root.name
    elif (root / "dev").is_dir():
        files, note = sorted((root / "dev").rglob("*.json")), "dev split"
    else:
        files = sorted(p for p in root.rglob("*.json") if "pretty" not in p.parts)
        note = "all gold files (no dev split: rule-development data)"
    docs: list[GoldDoc] = []
    for path in files[:limit]:
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise EvalError(f"{path}: not a SpkAtt JSON file ({exc})") from None
        if not isinstance(data, dict) or "Sentences" not in data:
            raise EvalError(f"{path}: not a SpkAtt JSON file (no 'Sentences')")
        sentences = [[str(t) for t in s.get("Tokens", [])] for s in data["Sentences"]]
        doc = GoldDoc(name=path.stem, sentences=sentences)
        for ann in data.get("Annotations", []):
            if ann.get("IsNested") is True:
                # subtask scoring: top-level annotations only
                doc.nested_cues.append(token_ids(ann.get("Cue", [])))
                continue
            doc.annotations.append(
                GoldAnnotation(
                    cue=token_ids(ann.get("Cue", [])),
                    source=token_ids(ann.get("Source", [])),
                    message=token_ids(ann.get("Message", [])),
                    form=ann.get("Form"),
                )
            )
        docs.append(doc)
    return docs, note


def _redewiedergabe(root: Path, limit: int | None) -> tuple[list[GoldDoc], str]:
    folder = root / "tsv" if (root / "tsv" / "metadata.tsv").is_file() else root
    with (folder / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        meta = list(csv.DictReader(handle, delimiter="\t"))
    names = [row["file"] for row in meta if row.get("fictional") == "no"]
    present = [folder / n for n in names if (folder / n).is_file()]
    docs: list[GoldDoc] = []
    for path in present[:limit]:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        sentences: list[list[str]] = []
        forms: dict[tuple[int, int], set[str]] = {}
        for row in rows:
            tok = row.get("tok") or ""
            if not tok:
                continue
            if row.get("sentstart") == "yes" or not sentences:
                sentences.append([])
            key = (len(sentences) - 1, len(sentences[-1]))
            sentences[-1].append(tok)
            stwr = row.get("stwr") or "-"
            if stwr != "-":
                kinds = set()
                for level in stwr.split("|"):
                    first = level.split(".")[0]
                    kinds.update(first.replace(" ", "_").split("_"))
                forms[key] = kinds & set(RW_FORMS)
        docs.append(GoldDoc(name=path.stem, sentences=sentences, token_forms=forms))
    note = f"non-fiction samples present: {len(present)} of {len(names)} listed"
    return docs, note
