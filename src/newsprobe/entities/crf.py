"""The trained CRF name tagger: loading it once and tagging sentences.

The model ``model/ner-de.crfsuite`` is trained with python-crfsuite by
``python -m newsprobe.training.ner`` on GermEval 2014 (CC BY 4.0) plus the DFKI SmartData
(CC BY 4.0) and Europeana Newspapers NER (CC0) corpora (``docs/ner-training.md``);
``model/ner-de.json`` is its card (data, parameters, scores).  Tagging reads the same file into
:class:`~newsprobe.entities.linear_chain.LinearChain` and decodes all sentences of an article
at once (same labels as crfsuite, several times faster).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import as_file, files
from pathlib import Path

import numpy as np

from newsprobe.entities import unknown_names
from newsprobe.entities.features import FEATURE_VERSION, NameList
from newsprobe.entities.linear_chain import LinearChain, ModelFormatError
from newsprobe.entities.token_scores import Tables, TokenScores, build_tables
from newsprobe.model_card import ModelError, read_card

MODEL_NAME = "ner-de.crfsuite"


@dataclass(frozen=True)
class Tagged:
    """A token span the tagger found: token offsets ``[start, end)``, type, mean marginal."""

    start: int
    end: int
    type: str
    confidence: float


def model_dir() -> Path:
    with as_file(files("newsprobe.entities").joinpath("model")) as path:
        return Path(path)


#: Tokens decoded together at most (a sentence is never split).
CHUNK_TOKENS = 5_000


class CrfTagger:
    """A loaded model; ``tag`` and ``tag_many`` are safe to call repeatedly (not across
    threads: the per-word score cache is shared)."""

    def __init__(self, path: Path, names: NameList | None = None, *, cached: bool = False) -> None:
        """``cached``: keep the model's lookup tables in the cache folder (for the shipped
        model: reading them back is several times faster than building them)."""
        if not path.is_file():
            raise ModelError(f"NER model not found: {path}")
        self.path = path
        try:
            self.chain, tables = _load(path) if cached else (LinearChain.read(path), None)
        except ModelFormatError as exc:
            raise ModelError(str(exc)) from exc
        listed = path.with_suffix(".names.tsv")
        if names is None and listed.is_file():
            names = NameList.from_text(listed.read_text("utf-8"))
        self.names = names
        chain = self.chain
        self.scores = TokenScores(
            chain.attributes, chain.weights, chain.unknown, names, tables=tables
        )
        self.card = read_card(path, FEATURE_VERSION, "python -m newsprobe.training.ner")

    #: The :mod:`~newsprobe.entities.unknown_names` rule's ``O``-marginal threshold
    #: (0 turns it off) and type share; :meth:`decode` never applies it, :meth:`tag_many` does.
    #: Off in the shipped tagger: on GermEval it gains +0.004 F1 (within noise), and on 60
    #: 10kGNAD articles only 12 of its 30 added mentions had the right span and type ("Telfs"
    #: as ORG, "Hoflobbyist" as MISC).  Set it to :data:`unknown_names.THRESHOLD` to use it.
    unknown_threshold: float = 0.0
    unknown_share: float = unknown_names.TYPE_SHARE

    def decode(
        self, sentences: Sequence[tuple[Sequence[str], Sequence[str | None]]]
    ) -> list[tuple[list[str], list[float]]]:
        """Labels and their marginal probabilities for ``(words, STTS tags)`` sentences."""
        return [
            (labels, marginals[np.arange(len(labels)), path].tolist())
            for labels, path, marginals in self._decode(sentences)
        ]

    def _decode(
        self, sentences: Sequence[tuple[Sequence[str], Sequence[str | None]]]
    ) -> list[tuple[list[str], list[int], np.ndarray]]:
        """Per sentence: labels, their numbers, and every label's marginal ``[token, label]``."""
        filled = [(w, t) for w, t in sentences if w]
        # decoded in batches of some CHUNK_TOKENS tokens: every sentence is decoded on its
        # own, and the score and lattice arrays of a whole book at once took gigabytes
        results: list[tuple[list[int], np.ndarray]] = []
        at = 0
        while at < len(filled):
            end, tokens = at, 0
            while end < len(filled) and (tokens < CHUNK_TOKENS or end == at):
                tokens += len(filled[end][0])
                end += 1
            chunk = filled[at:end]
            scores = self.scores.scores(chunk)
            results.extend(self.chain.decode_marginals(scores, [len(w) for w, _ in chunk]))
            at = end
        decoded = iter(results)
        labels = self.chain.labels
        out: list[tuple[list[str], list[int], np.ndarray]] = []
        for words, _tags in sentences:
            if not words:
                out.append(([], [], np.empty((0, len(labels)))))
                continue
            path, marginals = next(decoded)
            out.append((list(map(labels.__getitem__, path)), path, marginals))
        return out

    def tag(self, words: Sequence[str], tags: Sequence[str | None]) -> list[Tagged]:
        """Spans found in one sentence, with the mean marginal probability of their labels."""
        return self.tag_many([(words, tags)])[0]

    def tag_many(
        self, sentences: Sequence[tuple[Sequence[str], Sequence[str | None]]]
    ) -> list[list[Tagged]]:
        """:meth:`tag` for many sentences, decoded together (one article at a time); unknown
        capitalised words the tagger left out in doubt become names
        (:mod:`~newsprobe.entities.unknown_names`)."""
        known = unknown_names.german_forms() if self.unknown_threshold > 0 else {}
        index = {label: k for k, label in enumerate(self.chain.labels)}
        out: list[list[Tagged]] = []
        for (words, _tags), (labels, path, marginals) in zip(
            sentences, self._decode(sentences), strict=True
        ):
            changed = (
                unknown_names.relabel(
                    words,
                    labels,
                    marginals,
                    self.chain.labels,
                    known,
                    self.unknown_threshold,
                    self.unknown_share,
                )
                if known
                else []
            )
            if changed:
                path = [index[label] for label in labels]
            probs = marginals[np.arange(len(path)), path]
            if changed:  # a relabelled word's confidence: p(inside some name) = 1 − p(O)
                probs[changed] = 1.0 - marginals[changed, index["O"]]
            out.append(_spans(labels, probs.tolist()))
        return out


def _spans(labels: list[str], probs: list[float]) -> list[Tagged]:
    found: list[Tagged] = []
    if labels.count("O") == len(labels):
        return found
    start, kind = -1, ""
    for i, label in enumerate([*labels, "O"]):
        if start >= 0 and not (label.startswith("I-") and label[2:] == kind):
            found.append(Tagged(start, i, kind, round(sum(probs[start:i]) / (i - start), 3)))
            start = -1
        if label.startswith("B-") or (label.startswith("I-") and start < 0):
            start, kind = i, label[2:]
    return found


def _load(path: Path) -> tuple[LinearChain, Tables]:
    """The chain and its :class:`TokenScores` tables, through the cache folder: keyed by the
    model file's bytes and the code that derives them, rebuilt when missing or unreadable."""
    from newsprobe import cache

    data = path.read_bytes()
    here = Path(__file__).parent
    code = [(here / f).read_bytes() for f in ("linear_chain.py", "token_scores.py")]
    built: list[LinearChain] = []

    def build() -> tuple[tuple[list[str], list[str], bytes, bytes], Tables]:
        chain = LinearChain.parse(data, path)
        built.append(chain)
        return chain.state(), build_tables(chain.attributes)

    def valid(value: object) -> bool:
        return isinstance(value, tuple) and len(value) == 2 and len(value[1]) == 5

    state, tables = cache.memo("ner-tables", cache.digest(data, *code), build, valid)
    if built:
        return built[0], tables
    try:
        return LinearChain.from_state(state), tables
    except (ModelFormatError, ValueError, TypeError):
        chain = LinearChain.parse(data, path)  # a damaged cache file: the model itself
        return chain, build_tables(chain.attributes)


@lru_cache(maxsize=1)
def default_tagger() -> CrfTagger:
    """The shipped German model, loaded once per process (its tables through the cache)."""
    return CrfTagger(model_dir() / MODEL_NAME, cached=True)
