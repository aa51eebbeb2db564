"""The run-time name tagger (numpy decoding of the crfsuite model) against crfsuite itself."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from newsprobe.entities.crf import CrfTagger, ModelError, default_tagger
from newsprobe.entities.features import sentence_features
from newsprobe.entities.linear_chain import LinearChain, ModelFormatError
from support import SAMPLES, analysed


# Hand-written sentences for the corners of the feature code: quotes, acronyms in
# parentheses, hyphen compounds, one-token and two-token sentences, tags missing.
def _tagged(words: str, tags: str) -> tuple[list[str], list[str | None]]:
    return words.split(), list(tags.split())


_EXTRA: list[tuple[list[str], list[str | None]]] = [
    (["Merkel"], ["NE"]),
    (["Ja", "."], [None, "$."]),
    _tagged(
        "Das US-Institut für Kriegsstudien ( ISW ) nannte „ Die Zauberflöte “ "
        "ein Putin-treues Stück .",
        "ART NE APPR NN $( NE $( VVFIN $( ART NN $( ART ADJA NN $.",
    ),
    _tagged(
        "Laut Kremlchef Wladimir Putin habe Russland in Syrien nichts verloren .",
        "APPR NN NE NE VAFIN NE APPR NE PIS VVPP $.",
    ),
]


def _sentences() -> list[tuple[list[str], list[str | None]]]:
    out: list[tuple[list[str], list[str | None]]] = list(_EXTRA)
    for name in ("de_politik.txt", "de_wirtschaft.txt", "de_klinik.txt"):
        path = SAMPLES / name
        if not path.is_file():
            continue
        a = analysed(path)
        by_sentence: dict[int | None, list[int]] = {}
        for i, t in enumerate(a.tokens):
            by_sentence.setdefault(t.sentence, []).append(i)
        for indices in by_sentence.values():
            out.append(([a.tokens[i].text for i in indices], [a.tokens[i].pos for i in indices]))
    return out


@pytest.fixture(scope="module")
def tagger() -> CrfTagger:
    return default_tagger()


def test_samples_give_enough_sentences() -> None:
    assert len(_sentences()) > 40


def _reference_scores(tagger: CrfTagger, words: list[str], tags: list[str | None]) -> np.ndarray:
    """Label scores summed over the training-time feature strings the model knows."""
    attributes, weights = tagger.chain.attributes, tagger.chain.weights
    return np.array(
        [
            weights[[attributes[f] for f in feats if f in attributes]].sum(axis=0)
            for feats in sentence_features(words, tags, tagger.names)
        ]
    )


def test_scores_are_sums_over_the_training_feature_strings(tagger: CrfTagger) -> None:
    """Run-time token scores (cached per word, neighbours by template, joined features by
    value) == the sums of the model's weights of :func:`sentence_features`, token by token."""
    sentences = _sentences()
    together = tagger.scores.scores(sentences)
    expected = np.concatenate([_reference_scores(tagger, w, t) for w, t in sentences])
    assert together.shape == expected.shape
    np.testing.assert_allclose(together, expected, rtol=0, atol=1e-9)
    for words, tags in sentences[:6]:  # one at a time, and again from the cache
        for _ in range(2):
            np.testing.assert_allclose(
                tagger.scores.scores([(words, tags)]),
                _reference_scores(tagger, words, tags),
                rtol=0,
                atol=1e-9,
            )


def test_labels_and_marginals_equal_crfsuite(tagger: CrfTagger) -> None:
    reference = pycrfsuite.Tagger()
    reference.open(str(tagger.path))
    sentences = _sentences()
    decoded = tagger.decode(sentences)  # all at once, as the component does
    named = 0
    for (words, tags), (labels, probs) in zip(sentences, decoded, strict=True):
        feats = sentence_features(words, tags, tagger.names)
        assert labels == reference.tag(feats), words
        named += sum(label != "O" for label in labels)
        for i, label in enumerate(labels):
            assert probs[i] == pytest.approx(reference.marginal(label, i), abs=1e-9)
    assert named > 20  # the samples are full of names


def test_batch_equals_one_by_one(tagger: CrfTagger) -> None:
    sentences = _sentences()[:12]
    together = tagger.tag_many([*sentences[:3], ([], []), *sentences[3:]])
    alone = [tagger.tag(w, t) for w, t in sentences]
    assert together[3] == []
    assert [*together[:3], *together[4:]] == alone


def test_seed_like_sentence_finds_persons_and_places(tagger: CrfTagger) -> None:
    words, tags = _EXTRA[3]
    found = {(words[t.start], t.type) for t in tagger.tag(words, tags)}
    assert ("Wladimir", "PER") in found
    assert ("Syrien", "LOC") in found
    assert all(0 < t.confidence <= 1 for t in tagger.tag(words, tags))


def test_not_a_model_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "ner.crfsuite"
    bad.write_bytes(b"this is not a crfsuite model at all, just some text " * 3)
    with pytest.raises(ModelError, match="not a crfsuite linear-chain model"):
        CrfTagger(bad)
    short = tmp_path / "short.crfsuite"
    short.write_bytes(b"lCRF")
    with pytest.raises(ModelFormatError, match="too short"):
        LinearChain.read(short)
    cut = tmp_path / "cut.crfsuite"
    cut.write_bytes(default_tagger().path.read_bytes()[:5000])
    with pytest.raises(ModelError, match="truncated or damaged"):
        CrfTagger(cut)
    with pytest.raises(ModelError, match="not found"):
        CrfTagger(tmp_path / "missing.crfsuite")


@pytest.mark.parametrize(
    "word",
    [
        *("Putin-treue", "US-Institut", "Nato-weit", "-Chef", "Kreml-", "--", "a-b-c"),
        *("2024", "G7", "x²", "EU", "USA", "a", "ab", "İstanbul", "ÄRGER", "Straße"),
        *("Merkel", "Merkels", "Bundesgesundheitsministerin", "sagte", "„", "(ISW)"),
    ],
)
def test_word_sums_equal_the_word_and_context_feature_strings(tagger: CrfTagger, word: str) -> None:
    """A word's cached rows (own, −2, −1, +1, +2: spelling lookups plus its class's sums)
    equal the sums over :func:`word_features` and :func:`context_features` strings."""
    from newsprobe.entities.features import _near, context_features, word_features

    attributes, weights = tagger.chain.attributes, tagger.chain.weights

    def total(feats: tuple[str, ...]) -> np.ndarray:
        return weights[[attributes[f] for f in feats if f in attributes]].sum(axis=0)

    listed = tagger.names.get(word) if tagger.names is not None else ()
    for pos in ("NE", "NN", "ADJA", "_"):
        want = [total((*word_features(word, pos), *listed))]
        for offset in (-2, -1, 1, 2):
            near = _near(listed, f"{offset}:") if abs(offset) == 1 else ()
            want.append(total((*context_features(word, pos, offset), *near)))
        for _ in range(2):  # computed, then from the cache
            got = tagger.scores.word_sums(word, pos)
            np.testing.assert_allclose(got, np.array(want), rtol=0, atol=1e-9, err_msg=word)


def test_a_small_word_cache_starts_over_and_scores_the_same(tagger: CrfTagger) -> None:
    """The per-word cache grows, fills up and starts over without changing a score."""
    from newsprobe.entities.token_scores import TokenScores

    chain = tagger.chain
    small = TokenScores(chain.attributes, chain.weights, chain.unknown, tagger.names, capacity=40)
    sentences = [s for s in _sentences() if 0 < len(s[0]) <= 40][:30]
    assert len({w for words, _ in sentences for w in words}) > 2 * 40
    for _ in range(2):
        for sentence in sentences:  # one at a time: a batch's words fit in the cache
            np.testing.assert_array_equal(
                small.scores([sentence]), tagger.scores.scores([sentence])
            )
            assert len(small._slot) <= 40
