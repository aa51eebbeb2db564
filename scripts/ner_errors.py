"""Error classes of the name recogniser on the *tune* half of GermEval news (split protocol).

Reads the split of :mod:`newsprobe.eval.ner_split` and scores one split model (the file the
protocol cached, e.g. ``~/.cache/newsprobe/ner-split-*/model.crfsuite``) on the tune half of
``NER-de-test-part-a.tsv``'s news sentences only: the unseen half is never read here, so
looking at these examples while changing features or rules keeps the reported unseen figure
honest.  Each missed gold name is classed as ``miss`` (nothing found over it), ``type`` (same
span, other type) or ``bound`` (overlapping, other span); found names over no gold name are
``FP``.  Classes are split by type, one token or more, and, for one token, where the word stands
in simplemma's German dictionary (``dx`` in no case, ``dc`` capitalised base form, ``di``
inflected, ``dl`` only lower case, ``db`` both)::

    PYTHONPATH=src python scripts/ner_errors.py ~/.cache/newsprobe/ner-split-KEY/model.crfsuite
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from newsprobe.entities import germeval
from newsprobe.entities.corpora import Mix
from newsprobe.entities.crf import CrfTagger, default_tagger
from newsprobe.entities.recognise import recognise
from newsprobe.eval import ner_split
from newsprobe.language.lemmas import load_dictionary
from newsprobe.training import ner as train

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "germeval2014"


def dictionary_class(word: str, known: object) -> str:
    if len(word) < 2 or not word[:1].isupper() or not word.isalpha():
        return ""
    cap = word if not word.isupper() else word[0] + word[1:].lower()
    lemma, lowered = known.get(cap), known.get(word.lower())  # type: ignore[attr-defined]
    if lemma is None:
        return "dx" if lowered is None else "dl"
    return "db" if lowered is not None else ("dc" if lemma == cap else "di")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", type=Path, help="a split model (ner-split-*/model.crfsuite)")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--examples", type=int, default=12)
    args = parser.parse_args()
    mix = Mix(str(default_tagger().card.get("mix", "")))
    split = ner_split.make_split(args.data, mix, train.pos_tags)
    tagger, known = CrfTagger(args.model), load_dictionary("de")
    classes: Counter[tuple[str, ...]] = Counter()
    examples: dict[tuple[str, ...], list[str]] = {}
    tp = fn = fp = 0
    for s, tags in zip(split.held, split.held_tags, strict=True):
        if "germeval news tune" not in ner_split.groups(s):
            continue
        gold = germeval.spans(s.tags)
        found = {(f.start, f.end, f.type) for f in recognise(s.words, tags, tagger)}
        tp += len(gold & found)
        fn += len(gold - found)
        fp += len(found - gold)
        for side, spans, other in (("gold", gold - found, found), ("found", found - gold, gold)):
            for start, end, kind in spans:
                over = [o for o in other if o[0] < end and start < o[1]]
                if side == "found" and over:
                    continue  # counted with the gold name it overlaps
                label = "FP" if side == "found" else "miss"
                if over:
                    label = "type" if any(o[:2] == (start, end) for o in over) else "bound"
                one = end - start == 1
                key = (label, kind, "1 token" if one else "more")
                key += (dictionary_class(s.words[start], known),) if one else ()
                classes[key] += 1
                examples.setdefault(key, []).append(" ".join(s.words[start:end]))
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    print(f"tune half, news: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}")
    for key, n in classes.most_common():
        print(f"{n:4}  {' '.join(key):28}  {'; '.join(examples[key][: args.examples])}")


if __name__ == "__main__":
    main()
