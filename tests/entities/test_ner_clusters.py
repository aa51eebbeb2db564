"""The word-cluster builder (training/ner_clusters.py): an experiment's tool, kept so that the
clusters can be rebuilt from more text (docs/ner-training.md, "Word clusters")."""

from __future__ import annotations

from newsprobe.eval import ner_split
from newsprobe.training import ner_clusters


def test_builder_holds_out_what_the_split_protocol_holds_out() -> None:
    for key in ("http://a.de/1", "doc-17", "eu|42", "a|b|c"):
        assert ner_clusters.held_out(key) == (ner_split.bucket(key, ner_split.HOLD_OUT) == 0)
    assert ner_clusters.HOLD_OUT == ner_split.HOLD_OUT


def test_builder_puts_words_of_the_same_contexts_together(tmp_path) -> None:
    # Text written for this test: towns after "in … wohnt", persons before "sagte heute".
    towns = ["Trier", "Mainz", "Koblenz", "Worms", "Speyer", "Bingen"]
    people = ["Berger", "Adler", "Keller", "Vogel", "Wagner", "Becker"]
    sentences = []
    for k in range(40):
        sentences.append(("Sie", "wohnt", "in", towns[k % 6], "am", "Rhein", "."))
        sentences.append(("Herr", people[k % 6], "sagte", "heute", "nichts", "."))
    vocab, vec = ner_clusters.vectors(sentences)
    ids = dict(zip(vocab, ner_clusters.clusters(vec, 4), strict=True))
    assert len({ids[t] for t in towns}) == 1
    assert len({ids[p] for p in people}) == 1
    assert ids[towns[0]] != ids[people[0]]
    out = tmp_path / "c.tsv"
    ner_clusters.write(out, vocab, [(ids[w], 7) for w in vocab], "# test")
    lines = out.read_text("utf-8").splitlines()
    assert lines[0] == "# test"
    assert f"Trier\t{ids['Trier']}\t7" in lines
    assert len(lines) == len(vocab) + 1


def test_spkatt_reader_reads_tokens_only(tmp_path) -> None:
    (tmp_path / "train").mkdir()
    (tmp_path / "train" / "a.json").write_text(
        '{"Sentences": [{"SentenceId": 0, "Tokens": ["Frau", "Präsidentin", "!"]},'
        ' {"SentenceId": 1, "Tokens": []}], "Annotations": []}',
        "utf-8",
    )
    assert ner_clusters.read_spkatt(tmp_path) == [("Frau", "Präsidentin", "!")]
