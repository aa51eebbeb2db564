"""Score the genre cold split (tests/fixtures/genre/cold.json): opinion-piece detection, the
claim status of directive sentences, attributions over hypothetical (irrealis) sentences and
the headline verdict of opinion pieces.  Prints accuracy per task (``--errors`` lists the
misses; not for a cold split under development)."""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from newsprobe.api import analyze_text
from newsprobe.model import Analysis

COLD = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "genre" / "cold.json"


def _sentence_span(analysis: Analysis, sentence: str) -> tuple[int, int]:
    start = analysis.text.find(sentence)
    if start < 0:
        raise ValueError(f"sentence not in text: {sentence!r}")
    return start, start + len(sentence)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def predict(item: dict[str, str]) -> str:
    analysis = analyze_text(item["text"])
    task = item["task"]
    if task == "genre":
        return getattr(analysis.meta, "genre", None) or "news"
    if task == "headline":
        found = [f for f in analysis.findings if f.kind == "headline_check"]
        return found[0].verdict.value if found else "none"
    span = _sentence_span(analysis, item["sentence"])
    if task == "status":
        best = max(analysis.claims, key=lambda c: _overlap(span, (c.start, c.end)), default=None)
        return best.status.value if best is not None else "none"
    size = span[1] - span[0]
    for a in analysis.attributions:
        if _overlap(span, (a.message.start, a.message.end)) >= 0.3 * size:
            return "attributed"
        if a.cue is not None and _overlap(span, (a.cue.start, a.cue.end)) > 0:
            return "attributed"
    return "none"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=COLD)
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    items = json.loads(args.data.read_text("utf-8"))["items"]
    right: dict[str, list[bool]] = defaultdict(list)
    for item in items:
        got = predict(item)
        right[item["task"]].append(got == item["gold"])
        if args.errors and got != item["gold"]:
            print(f"miss {item['id']}: gold {item['gold']}, got {got}")
    total = [r for rs in right.values() for r in rs]
    for task, rs in sorted(right.items()):
        print(f"{task:9s} {sum(rs)}/{len(rs)} = {sum(rs) / len(rs):.3f}")
    print(f"{'all':9s} {sum(total)}/{len(total)} = {sum(total) / len(total):.3f}")


if __name__ == "__main__":
    main()
