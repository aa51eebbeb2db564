"""How far the name tagger's features at run time have drifted from those it was trained on.

The CRF's features read the STTS tagger and the knowledge base (gazetteer flags); both change
between trainings.  This script computes the features of a sample of the training sentences
(GermEval dev + test-part-a, and the card's mix) twice, with the source tree of an older commit
(e.g. the one the shipped model was trained at) and with this tree, and counts what differs::

    PYTHONPATH=src python scripts/ner_feature_drift.py --rev 0773db8 [--every 5]

Name lists are left empty on both sides (they come from the training data, not the code).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

DATA = Path("/work/shared/data/germeval2014")
MIX = "smartdata=news+rss+tweet,europeana=lft+sbb"


def dump(words_file: Path, out: Path) -> None:
    """The STTS tags and feature strings of every sentence, with the code on ``sys.path``."""
    from newsprobe.entities.features import NameList, sentence_features
    from newsprobe.language.pos import tag_german

    result: dict[str, list[dict[str, list]]] = {}
    for group, sentences in json.loads(words_file.read_text("utf-8")).items():
        rows = []
        for words in sentences:
            tags = tag_german(list(words))
            feats = sentence_features(words, tags, NameList({}))
            rows.append({"tags": tags, "feats": [sorted(f) for f in feats]})
        result[group] = rows
    out.write_bytes(gzip.compress(json.dumps(result).encode()))


def compare(words: dict[str, list[list[str]]], old: dict, new: dict) -> None:
    for group, sentences in words.items():
        tokens = tag_diff = token_diff = sent_diff = strings = added = removed = 0
        kinds: Counter[str] = Counter()
        for o, n in zip(old[group], new[group], strict=True):
            changed = False
            for ot, nt, of, nf in zip(o["tags"], n["tags"], o["feats"], n["feats"], strict=True):
                tokens += 1
                tag_diff += ot != nt
                a, b = set(of), set(nf)
                strings += len(a | b)
                added += len(b - a)
                removed += len(a - b)
                if a != b:
                    token_diff += 1
                    changed = True
                    kinds.update(f.split("=")[0].lstrip("-0123456789:") for f in a ^ b)
            sent_diff += changed
        share = (added + removed) / strings
        print(
            f"{group}: {len(sentences)} sentences, {tokens} tokens; STTS tag differs on "
            f"{tag_diff} ({tag_diff / tokens:.2%}); a feature differs on {token_diff} tokens "
            f"({token_diff / tokens:.2%}) in {sent_diff} sentences "
            f"({sent_diff / len(sentences):.1%}); feature strings +{added} / -{removed} "
            f"of {strings} ({share:.3%})"
        )
        print("  by kind:", ", ".join(f"{k} {n}" for k, n in kinds.most_common(8)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rev", help="the older commit (e.g. where the model was trained)")
    parser.add_argument("--every", type=int, default=5, help="every n-th GermEval sentence")
    parser.add_argument("--dump", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump:
        dump(*args.dump)
        return
    if not args.rev:
        parser.error("--rev is required")
    from newsprobe.entities.corpora import Mix
    from newsprobe.training.ner import load

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sentences, _ = load(DATA)
        extra, _ = Mix(MIX).load(DATA)
        words = {
            "germeval": [list(s.words) for s in sentences[:: args.every]],
            "mix": [list(s.words) for s in extra[:: args.every * 4]],
        }
        words_file = folder / "words.json"
        words_file.write_text(json.dumps(words), "utf-8")
        archive = subprocess.run(
            ["git", "archive", args.rev, "src"], check=True, capture_output=True
        ).stdout
        (folder / "old.tar").write_bytes(archive)
        with tarfile.open(folder / "old.tar") as tar:
            tar.extractall(folder / "old", filter="data")
        here = Path(__file__).resolve().parent.parent / "src"
        found = {}
        for name, src in (("old", folder / "old" / "src"), ("new", here)):
            out = folder / f"{name}.json.gz"
            env = {**os.environ, "PYTHONPATH": str(src)}
            cmd = [sys.executable, __file__, "--dump", str(words_file), str(out)]
            subprocess.run(cmd, check=True, env=env)
            found[name] = json.loads(gzip.decompress(out.read_bytes()))
    print(f"features at {args.rev} -> this tree")
    compare(words, found["old"], found["new"])


if __name__ == "__main__":
    main()
