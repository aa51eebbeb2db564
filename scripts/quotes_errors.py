"""List newsprobe's cue and source errors on the SpkAtt-2023 news *dev* part (rule development).

    PYTHONPATH=src python scripts/quotes_errors.py ../shared/data/spkatt2023-news \\
        [--kind missed,false,source,uncued] [--limit N]

Only articles of the dev part are read (:func:`newsprobe.eval.quotes_data.news_split`): the
held-out test part (articles numbered 0 mod 5 and the speakers gold's test articles) and the
cold parts are never printed.  The corpus is CC BY-NC-SA: its texts are printed to the
terminal, never stored.
Also prints the CPU time of quotes+sources per article (``time.process_time``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from newsprobe.eval.quotes import build_analysis, pair, predictions
from newsprobe.eval.quotes_data import load, news_split, speakers_test_docs
from newsprobe.pipeline import Options, get_component


def _show(doc, marks: dict[tuple[int, int], str], sids: set[int]) -> str:
    lines = []
    for sid in sorted(sids):
        if 0 <= sid < len(doc.sentences):
            words = []
            for tid, w in enumerate(doc.sentences[sid]):
                tag = marks.get((sid, tid))
                words.append(f"{tag}{w}" if tag else w)
            lines.append(f"  [{sid}] " + " ".join(words))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    ap.add_argument("--kind", default="missed,false,source,uncued")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--part", default="dev", choices=["dev"])
    ap.add_argument("--time-only", action="store_true")
    args = ap.parse_args(argv)
    kinds = set(args.kind.split(","))
    _, docs, _ = load(args.data, "spkatt", None)
    held = speakers_test_docs()
    read = speakers_test_docs(None)
    options = Options(lang="de")
    pos, quotes, sources = (get_component(n) for n in ("pos", "quotes", "sources"))
    cpu = 0.0
    n_docs = 0
    shown = 0
    for doc in docs:
        part = news_split(doc.name, held, read)
        if not args.time_only and part != args.part:
            continue  # only the dev part is annotated (and timed) when errors are listed
        analysis = build_analysis(doc)
        pos(analysis, options)
        t0 = time.process_time()
        quotes(analysis, options)
        sources(analysis, options)
        cpu += time.process_time() - t0
        n_docs += 1
        if args.time_only:
            continue
        preds = predictions(doc, analysis)
        atts = analysis.attributions
        out = []
        for g in doc.annotations:
            sids = {s for s, _ in g.cue | g.message | g.source}
            marks = {p: "{" for p in g.source} | {p: "[" for p in g.cue}
            hit = [k for k, p in enumerate(preds) if g.cue and p[0] & g.cue]
            if g.cue and not hit and "missed" in kinds:
                msg = {p: "«" for p in g.message if p not in marks}
                out.append(f"MISSED {g.form}\n" + _show(doc, marks | msg, sids))
            elif not g.cue and "uncued" in kinds:
                hitm = [k for k, p in enumerate(preds) if p[2] & g.message]
                msg = {p: "«" for p in g.message if p not in marks}
                out.append(f"UNCUED {g.form} found={bool(hitm)}\n" + _show(doc, marks | msg, sids))
            elif hit and "source" in kinds:
                p = preds[hit[0]]
                if p[1] != g.source:
                    # "=" marks a token in both the gold and our source
                    pm = {q: "=" if q in g.source else "<" for q in p[1]}
                    out.append(
                        f"SOURCE {atts[hit[0]].cue.type if atts[hit[0]].cue else ''} "
                        f"gold={{ pred=<\n" + _show(doc, marks | pm, sids | {s for s, _ in p[1]})
                    )
        if "false" in kinds:
            # a cue paired with a cue-less gold annotation is not scored as false
            _, pairs = pair(doc, preds)
            uncued_hits = {m for g, m in pairs if m is not None and not g.cue}
            for k, p in enumerate(preds):
                if (
                    p[0]
                    and k not in uncued_hits
                    and not any(p[0] & g.cue for g in doc.annotations if g.cue)
                    and not any(p[0] & c for c in doc.nested_cues)  # scored as left out
                ):
                    uncued = any(not g.cue and g.message & p[2] for g in doc.annotations)
                    att = atts[k]
                    marks = {q: "[" for q in p[0]} | {q: "{" for q in p[1]}
                    out.append(
                        f"FALSE {att.kind.value} {att.cue.type if att.cue else ''} "
                        f"uncued-gold={uncued}\n" + _show(doc, marks, {s for s, _ in p[0]})
                    )
        if out:
            print(f"=== {doc.name}")
            print("\n".join(out))
            shown += 1
            if args.limit and shown >= args.limit:
                break
    print(
        f"# CPU quotes+sources: {1000 * cpu / max(n_docs, 1):.3f} ms/article over {n_docs}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
