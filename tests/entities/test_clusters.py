"""Word clusters: the shipped file, its reader, the tagger's features and the builder."""

from __future__ import annotations

import pytest

from newsprobe.entities import clusters
from newsprobe.entities.features import context_features, word_features
from newsprobe.eval import ner_split
from newsprobe.training import ner_clusters


def test_parse_reads_words_hashtags_and_skips_the_header() -> None:
    table = clusters.parse("# header, no tab\nBerlin\t3\t131\n#Brexit\t7\t12\n\n")
    assert table == {"Berlin": ("3", "131"), "#Brexit": ("7", "12")}


@pytest.mark.parametrize("line", ["Berlin\t3", "Berlin\tx\t2", "Berlin\t1\t2\t3"])
def test_parse_names_the_damaged_line(line: str) -> None:
    with pytest.raises(clusters.ClusterError, match="line 2"):
        clusters.parse("# header\n" + line + "\n")


def test_the_shipped_file_groups_cities_and_capitals_fall_back() -> None:
    table = clusters.table()
    if not table:
        pytest.skip("no cluster file shipped")
    assert len(table) > 5000
    # Two large cities share a coarse cluster; a city and a function word do not.
    assert table["München"][0] == table["Hamburg"][0] != table["und"][0]
    assert clusters.of("KIRCHHEIMERSTADTWALD") is None
    assert clusters.of("HAMBURG") in (table.get("HAMBURG"), table["Hamburg"])


def test_features_carry_the_clusters() -> None:
    if not clusters.table():
        pytest.skip("no cluster file shipped")
    coarse, fine = clusters.table()["Hamburg"]
    assert {"c6=" + coarse, "c9=" + fine} <= set(word_features("Hamburg", "NE"))
    assert "1:c9=" + fine in context_features("Hamburg", "NE", 1)
    assert "-2:c6=" + coarse in context_features("Hamburg", "NE", -2)
    # A capitalised word the clusters do not know says so; a lower-case one does not.
    assert "c?" in word_features("Xyzzelbrunn", "NE")
    assert not any(f.startswith("c") and f[1:2] in "69?" for f in word_features("xyzz", "NN"))


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
    ner_clusters.write(out, vocab, [(ids[w], ids[w]) for w in vocab], "# test")
    assert clusters.parse(out.read_text("utf-8"))["Trier"] == (str(ids["Trier"]),) * 2
