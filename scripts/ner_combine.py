"""Experiment: log-linear combination of the split model (mix) and its GermEval-only base."""
import sys
from pathlib import Path
import numpy as np
from newsprobe.entities.corpora import Mix
from newsprobe.entities.crf import CrfTagger, default_tagger, _spans
from newsprobe.entities.recognise import recognise
from newsprobe.eval import ner_split
from newsprobe.training import ner as train

DATA = Path("/work/shared/data/germeval2014")
card = default_tagger().card
split = ner_split.make_split(DATA, Mix(str(card.get("mix", ""))), train.pos_tags)
path = ner_split.split_models(split, train.Params(**card.get("params", {})))
main = CrfTagger(path)
base = CrfTagger(path.with_name("base.crfsuite"))
perm = [base.chain.labels.index(l) for l in main.chain.labels]
keep = [i for i, s in enumerate(split.held) if any(g.endswith(" tune") for g in ner_split.groups(s))]
split.held = [split.held[i] for i in keep]
split.held_tags = [split.held_tags[i] for i in keep]
from newsprobe.entities.linear_chain import LinearChain
for alpha in map(float, sys.argv[1:]):
    chain = LinearChain.__new__(LinearChain)
    chain.labels = main.chain.labels
    chain.transitions = main.chain.transitions + alpha * base.chain.transitions[np.ix_(perm, perm)]
    chain._derive()
    def predict(s, tags):
        sent = [(s.words, tags)]
        sc = main.scores.scores(sent) + alpha * base.scores.scores(sent)[:, perm]
        (path_, marg), = chain.decode_marginals(sc, [len(s.words)])
        labels = [chain.labels[k] for k in path_]
        tagged = _spans(labels, marg[np.arange(len(path_)), path_].tolist())
        found = recognise(s.words, tags, main, tagged)
        return {"newsprobe": {(f.start, f.end, f.type) for f in found},
                "crf": {(t.start, t.end, t.type) for t in tagged}}
    scores = ner_split.score_split(split, predict)
    row = [f"alpha {alpha}"]
    for g in ("germeval news tune", "smartdata news tune", "europeana tune"):
        m, c = scores["newsprobe"][g].micro, scores["crf"][g].micro
        row.append(f"{g} {m.f1:.3f} (P {m.precision:.3f} R {m.recall:.3f} crf {c.f1:.3f})")
    print(" | ".join(row), flush=True)
