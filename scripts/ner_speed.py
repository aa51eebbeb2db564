"""CPU time of the name tagger per 1,000 tokens: GermEval test-part-a's sentences (STTS tags
from the training cache, as run time tags them), 20 sentences a call as an article would be,
one fresh process per model so that no word cache is warm.  Run the models to compare
alternately::

    PYTHONPATH=src python scripts/ner_speed.py [MODEL.crfsuite]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from newsprobe.entities import germeval
from newsprobe.entities.crf import CrfTagger, model_dir
from newsprobe.training import ner as train

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "germeval2014"
BATCH = 20


def main() -> None:
    model = Path(sys.argv[1]) if len(sys.argv) > 1 else model_dir() / "ner-de.crfsuite"
    sentences = germeval.read(DATA / "NER-de-test-part-a.tsv")
    tags = train.pos_tags(sentences)
    started = time.process_time()
    tagger = CrfTagger(model)
    loaded = time.process_time()
    tokens = 0
    for at in range(0, len(sentences), BATCH):
        chunk = zip(sentences[at : at + BATCH], tags[at : at + BATCH], strict=True)
        batch = [(s.words, t) for s, t in chunk]
        tagger.tag_many(batch)
        tokens += sum(len(w) for w, _ in batch)
    done = time.process_time()
    print(
        f"{model.name}: {model.stat().st_size:,} bytes, load {loaded - started:.2f} s CPU, "
        f"{tokens:,} tokens {1000 * (done - loaded) / tokens * 1000:.1f} ms CPU per 1,000 tokens"
    )


if __name__ == "__main__":
    main()
