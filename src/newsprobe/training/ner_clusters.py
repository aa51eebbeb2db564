"""Distributional word clusters for the German name tagger, learnt from unlabelled text.

Training code only (never imported by the product).  Words that stand in the same contexts get
the same cluster id, so a surname or a village the annotated data never shows inherits what the
tagger learnt about the words it shares contexts with.  Recipe (one pass, a few CPU minutes):

1. **Text**, all licence-clean for a shipped model, and none of it held out by the split
   protocol (``eval/ner_split.py``): GermEval 2014 ``NER-de-dev.tsv`` (CC BY 4.0; test-part-a
   is left out, it is the split's test file), the SmartData and Europeana sentences of the
   shipped mix in the split's training documents (CC BY 4.0 / CC0; the 1-in-8 held-out
   documents are left out), and the Bundestag speeches of SpkAtt-2023 task 1 (the raw
   transcripts are public domain, the annotations — not used — CC BY-SA 4.0).  Only the
   tokens are read, never a label.  The NC corpora (10kGNAD, SpkAtt news, Redewiedergabe) are
   never read.
2. **Vectors**: counts of each word (case kept, ≥ :data:`MIN_COUNT` occurrences) with the
   :data:`CONTEXT_WORDS` most frequent words at each of the offsets −2, −1, +1, +2; positive
   PMI with context-distribution smoothing (0.75); truncated SVD to :data:`DIMS` dimensions,
   rows scaled to unit length.
3. **Clusters**: k-means at two granularities (:data:`GRANULARITIES`), written as
   ``word<TAB>coarse<TAB>fine`` (a ``#`` header line without a tab first).

    python -m newsprobe.training.ner_clusters --data ../shared/data/germeval2014 \\
        --spkatt ../shared/data/spkatt2023 --out /tmp/ner-de.clusters.tsv

**Not shipped** (December 2026): as CRF features (token: coarse and fine id, or "unknown"
for a capitalised word; fine id at ±1, coarse at ±2) these clusters moved GermEval news F1
by −0.002 on the split protocol's tune half and +0.002 on its unseen half — no gain: the
438k tokens of licence-clean text give clusters to only 44 % of the tune half's name tokens.
The feature code (``entities/features.py``, ``entities/clusters.py``, the run-time scorer in
``entities/token_scores.py``) is commit 48faa91 of branch ner5; see ``docs/ner-training.md``,
"Word clusters".  The builder is kept for a run on more licence-clean text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from newsprobe.entities import germeval
from newsprobe.entities.corpora import Mix

MIN_COUNT = 3
CONTEXT_WORDS = 3000
DIMS = 100
GRANULARITIES = (64, 512)
OFFSETS = (-2, -1, 1, 2)
MIX = "smartdata=news+rss+tweet,europeana=lft+sbb"
#: ``eval/ner_split.py``'s hold-out: one in ``HOLD_OUT`` documents by SHA-1 (repeated here so
#: that training code does not import eval; ``tests/entities/test_clusters.py`` checks they agree).
HOLD_OUT = 8


def held_out(doc: str) -> bool:
    """Whether the split protocol holds the extra-corpus document ``doc`` out."""
    return int(hashlib.sha1(doc.encode("utf-8")).hexdigest()[:8], 16) % HOLD_OUT == 0


def _doc(s: germeval.GoldSentence) -> str:
    return s.url or "|".join(s.words)


def read_spkatt(folder: Path) -> list[tuple[str, ...]]:
    """The token lists of every SpkAtt-2023 task-1 file under ``folder`` (train, dev, trial)."""
    out: list[tuple[str, ...]] = []
    for path in sorted(folder.rglob("*.json")):
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise SystemExit(f"{path}: not readable JSON ({exc})") from None
        for sentence in data.get("Sentences", ()) if isinstance(data, dict) else ():
            tokens = sentence.get("Tokens")
            if tokens:
                out.append(tuple(str(t) for t in tokens))
    return out


def corpus(data: Path, spkatt: Path | None) -> tuple[list[tuple[str, ...]], dict[str, int]]:
    """The unlabelled sentences (token tuples) and how many came from each source."""
    folder = data.parent if data.suffix.lower() == ".tsv" else data
    dev = [s.words for s in germeval.read(folder / "NER-de-dev.tsv")]
    extra, _ = Mix(MIX).load(folder)
    mix = [s.words for s in extra if not held_out(_doc(s))]
    speeches = read_spkatt(spkatt) if spkatt is not None else []
    counts = {"germeval-dev": len(dev), "mix-train-docs": len(mix), "spkatt2023": len(speeches)}
    return [*dev, *mix, *speeches], counts


def vectors(sentences: Sequence[Sequence[str]]) -> tuple[list[str], object]:
    """The vocabulary and its unit-length PPMI-SVD vectors (a numpy array)."""
    import numpy as np
    from scipy import sparse
    from sklearn.decomposition import TruncatedSVD

    freq = Counter(w for s in sentences for w in s)
    vocab = [w for w, c in freq.most_common() if c >= MIN_COUNT]
    row = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, (w, _) in enumerate(freq.most_common(CONTEXT_WORDS))}
    width = len(ctx)
    rows: list[int] = []
    cols: list[int] = []
    for s in sentences:
        n = len(s)
        for i, w in enumerate(s):
            r = row.get(w)
            if r is None:
                continue
            for k, off in enumerate(OFFSETS):
                j = i + off
                c = ctx.get(s[j]) if 0 <= j < n else None
                if c is not None:
                    rows.append(r)
                    cols.append(k * width + c)
    counts = sparse.coo_matrix(
        (np.ones(len(rows), dtype=np.float64), (rows, cols)),
        shape=(len(vocab), width * len(OFFSETS)),
    ).tocsr()
    counts.sum_duplicates()
    total = counts.sum()
    word_p = np.asarray(counts.sum(axis=1)).ravel() / total
    ctx_smooth = np.asarray(counts.sum(axis=0)).ravel() ** 0.75
    ctx_p = ctx_smooth / ctx_smooth.sum()
    coo = counts.tocoo()
    pmi = np.log(coo.data / total / (word_p[coo.row] * ctx_p[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=counts.shape)
    svd = TruncatedSVD(n_components=min(DIMS, min(ppmi.shape) - 1), random_state=0)
    vec = svd.fit_transform(ppmi)
    vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12)
    return vocab, vec


def clusters(vec: object, k: int) -> list[int]:
    from sklearn.cluster import MiniBatchKMeans

    model = MiniBatchKMeans(n_clusters=k, random_state=0, n_init=3, batch_size=4096)
    return [int(c) for c in model.fit_predict(vec)]


def write(out: Path, vocab: Sequence[str], ids: Iterable[Sequence[int]], header: str) -> None:
    lines = [header]
    lines += [f"{w}\t{chr(9).join(map(str, c))}" for w, c in zip(vocab, ids, strict=True)]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="GermEval 2014 folder")
    ap.add_argument("--spkatt", type=Path, help="SpkAtt-2023 folder (task 1 JSON)")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    start = time.process_time()
    sentences, counts = corpus(args.data, args.spkatt)
    tokens = sum(len(s) for s in sentences)
    vocab, vec = vectors(sentences)
    ids = list(zip(*(clusters(vec, k) for k in GRANULARITIES), strict=True))
    header = (
        f"# newsprobe word clusters (training/ner_clusters.py): {len(vocab)} words, "
        f"k={'/'.join(map(str, GRANULARITIES))}, {DIMS}-dim PPMI-SVD over {tokens} tokens "
        f"({', '.join(f'{k} {v}' for k, v in counts.items())} sentences)"
    )
    write(args.out, vocab, ids, header)
    print(header)
    print(f"{time.process_time() - start:.1f} s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
