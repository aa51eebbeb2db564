"""Shrink a trained crfsuite name model to what tagging can use, in crfsuite's own format.

Training gives the sentences of the extra corpora (SmartData, Europeana, Wikipedia) a domain
copy of their main features (``sd|w=merkel``, see ``training/ner.py``: Daumé's
"frustratingly easy" domain adaptation).  Those copies shape the shared weights during training,
but nothing at run time produces them: the tagger reads news text, whose features carry no
domain prefix.  Their rows are a fifth of the model's attributes and a quarter of its file.

:func:`prune` writes the same model without them: the labels, the transitions and every other
attribute's weights unchanged (bit for bit), so crfsuite and newsprobe's own decoder
(:mod:`newsprobe.entities.linear_chain`) give the same labels and marginals on any run-time
feature strings.  The output is still a crfsuite model (``FOMC`` version 100): the label table
is copied, the attribute table is rewritten with the hash values the original file stored
for each string (so no hash function is needed), and the feature references are rebuilt.

``python -m newsprobe.entities.prune FULL OUT`` (the training script calls :func:`prune`).
"""

from __future__ import annotations

import argparse
import struct
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsprobe.entities.linear_chain import (
    CQDB_HEADER,
    HEADER,
    ModelFormatError,
    read_header,
)

#: The prefixes of the domain copies (``DOMAIN_PREFIXES`` of the training script): no
#: run-time feature string starts with one of these followed by "|".
DOMAIN_PREFIXES = ("wk", "sd", "rs", "tw", "eu")

_TABLES = 256  # CQDB: hash tables per string table
_REF = struct.Struct("<II")


@dataclass(frozen=True)
class Pruned:
    """What :func:`prune` kept and dropped."""

    attributes: int
    dropped_attributes: int
    features: int
    dropped_features: int
    size_before: int
    size_after: int


def domain_copy(attribute: str) -> bool:
    """Whether ``attribute`` is a training-only domain copy ("sd|w=merkel")."""
    head, bar, _rest = attribute.partition("|")
    return bool(bar) and head in DOMAIN_PREFIXES


def _records(buf: bytes, at: int, path: Path) -> list[tuple[int, str, int]]:
    """(id, string, stored hash) of every record of the CQDB table at byte ``at``."""
    magic, _size, _flag, order, _count, _backward = CQDB_HEADER.unpack_from(buf, at)
    if magic != b"CQDB" or order != 0x62445371:
        raise ModelFormatError(f"{path}: string table missing at byte {at}")
    out: list[tuple[int, str, int]] = []
    for t in range(_TABLES):
        offset, size = _REF.unpack_from(buf, at + CQDB_HEADER.size + 8 * t)
        if not offset:
            continue
        buckets = np.frombuffer(buf, dtype="<u4", count=2 * size, offset=at + offset)
        for hv, rec in buckets.reshape(-1, 2).tolist():
            if rec:
                ident, ksize = _REF.unpack_from(buf, at + rec)
                start = at + rec + 8
                out.append((ident, buf[start : start + ksize - 1].decode("utf-8"), hv))
    return out


def _cqdb(records: Sequence[tuple[str, int]]) -> bytes:
    """A CQDB string table of ``(string, hash)`` records, the string's id its position: the
    layout crfsuite's writer makes (header, 256 table references, records, one open-address
    table per hash % 256 with twice as many buckets as strings, the id → record array)."""
    head = CQDB_HEADER.size + 8 * _TABLES
    data = bytearray()
    offsets: list[int] = []
    tables: list[list[tuple[int, int]]] = [[] for _ in range(_TABLES)]
    for ident, (text, hv) in enumerate(records):
        key = text.encode("utf-8") + b"\0"
        at = head + len(data)
        offsets.append(at)
        tables[hv % _TABLES].append((hv, at))
        data += _REF.pack(ident, len(key)) + key
    refs = bytearray()
    buckets = bytearray()
    cur = head + len(data)
    for entries in tables:
        n = 2 * len(entries)
        refs += _REF.pack(cur + len(buckets) if entries else 0, n)
        if not entries:
            continue
        slots = [(0, 0)] * n
        for hv, at in entries:
            k = (hv >> 8) % n
            while slots[k][1]:
                k = (k + 1) % n
            slots[k] = (hv, at)
        buckets += np.array(slots, dtype="<u4").tobytes()
    backward = head + len(data) + len(buckets)
    body = bytes(data) + bytes(buckets) + np.array(offsets, dtype="<u4").tobytes()
    size = head + len(body)
    header = CQDB_HEADER.pack(b"CQDB", size, 0, 0x62445371, len(records), backward)
    return header + bytes(refs) + body


def _refs(chunk: bytes, lists: Sequence[Sequence[int]], base: int) -> bytes:
    """A feature-reference chunk (``LFRF``/``AFRF``) at byte ``base`` of the file: per item,
    the offset of its list (count, then feature ids)."""
    head = 12 + 4 * len(lists)
    body = bytearray()
    offsets: list[int] = []
    for ids in lists:
        offsets.append(base + head + len(body))
        body += struct.pack(f"<I{len(ids)}I", len(ids), *ids)
    return (
        struct.pack("<4sII", chunk, head + len(body), len(lists))
        + np.array(offsets, dtype="<u4").tobytes()
        + bytes(body)
    )


def _pad(out: bytearray) -> None:
    out += b"\0" * (-len(out) % 4)


def attribute_records(buf: bytes, path: Path) -> tuple[bytes, list[tuple[int, str, int]]]:
    """The label table (raw bytes) and the attribute records (id, string, stored hash), in id
    order, of the crfsuite model in ``buf``."""
    head = read_header(buf, path)
    records = sorted(_records(buf, head.at_attrs, path))
    if [r[0] for r in records] != list(range(head.n_attrs)):
        raise ModelFormatError(f"{path}: attribute table disagrees with the header")
    label_size = CQDB_HEADER.unpack_from(buf, head.at_labels)[1]
    return buf[head.at_labels : head.at_labels + label_size], records


def write_model(
    out: Path,
    labels: bytes,
    records: Sequence[tuple[str, int]],
    features: np.ndarray,
    n_labels: int,
) -> int:
    """Write a crfsuite model (``FOMC`` v100) to ``out``: the label table ``labels`` as read
    from a model, the attributes ``(string, hash)`` by id, and ``features`` (the feature
    table's dtype; attribute ids index ``records``).  Returns the file's size."""
    by_label: list[list[int]] = [[] for _ in range(n_labels)]
    by_attr: list[list[int]] = [[] for _ in range(len(records))]
    pairs = zip(features["type"].tolist(), features["src"].tolist(), strict=True)
    for f, (is_transition, src) in enumerate(pairs):
        (by_label if is_transition else by_attr)[src].append(f)

    body = bytearray(b"\0" * HEADER.size)
    new_features = len(body)
    body += struct.pack("<4sII", b"FEAT", 12 + features.nbytes, len(features))
    body += features.tobytes()
    new_labels = len(body)
    body += labels
    _pad(body)
    new_attrs = len(body)
    body += _cqdb(records)
    _pad(body)
    new_labelrefs = len(body)
    body += _refs(b"LFRF", by_label, new_labelrefs)
    _pad(body)
    new_attrrefs = len(body)
    body += _refs(b"AFRF", by_attr, new_attrrefs)
    body[: HEADER.size] = HEADER.pack(
        b"lCRF", len(body), b"FOMC", 100, len(features), n_labels, len(records),
        new_features, new_labels, new_attrs, new_labelrefs, new_attrrefs,
    )  # fmt: skip
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(bytes(body))
    return len(body)


def prune(full: Path, out: Path, drop: Callable[[str], bool] = domain_copy) -> Pruned:
    """Write ``full`` without the attributes ``drop`` names (and their features) to ``out``."""
    buf = full.read_bytes()
    head = read_header(buf, full)
    n_labels, features = head.n_labels, head.features
    labels, records = attribute_records(buf, full)

    keep = np.array([not drop(text) for _id, text, _hv in records], dtype=bool)
    new_id = np.cumsum(keep) - 1
    state = features["type"] == 0
    kept = ~state | keep[np.where(state, features["src"], 0)]
    pruned = features[kept].copy()
    pruned["src"] = np.where(pruned["type"] == 0, new_id[pruned["src"]], pruned["src"])
    kept_records = [(text, hv) for (_id, text, hv), k in zip(records, keep, strict=True) if k]
    size = write_model(out, labels, kept_records, pruned, n_labels)
    return Pruned(
        attributes=int(keep.sum()),
        dropped_attributes=int((~keep).sum()),
        features=len(pruned),
        dropped_features=len(features) - len(pruned),
        size_before=len(buf),
        size_after=size,
    )


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsprobe.entities.prune", description=__doc__)
    parser.add_argument("full", type=Path, help="the crfsuite model training wrote")
    parser.add_argument("out", type=Path, help="where the pruned model goes")
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        done = prune(args.full, args.out)
    except (OSError, ModelFormatError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(
        f"{args.out}: {done.attributes} attributes ({done.dropped_attributes} domain copies "
        f"dropped), {done.features} features ({done.dropped_features} dropped), "
        f"{done.size_before:,} -> {done.size_after:,} bytes"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
