"""An optional entity backend: names from any installed spaCy pipeline (``--ner spacy:NAME``).

``NAME`` is what :func:`spacy.load` takes: an installed package (``de_core_news_lg``, a
transformer pipeline such as ``de_dep_news_trf`` with an NER component) or the path of a
pipeline saved with ``nlp.to_disk``.  Nothing is downloaded: a pipeline that is not installed
is a :class:`SpacyNerError` that says how to install it.

The pipeline runs on the article's blocks (paragraphs) as spaCy tokenises them; each entity's
character span is then laid over newsprobe's tokens (a token that overlaps the span belongs to
it, so the mention always covers whole newsprobe tokens) and cut at newsprobe's sentence
boundaries.  Labels map to newsprobe's four types by :data:`LABELS` (GermEval/WikiNER
``PER/ORG/LOC/MISC`` and OntoNotes ``PERSON/ORG/GPE/LOC/FAC/NORP/…``); numeric and temporal
labels (``DATE``, ``MONEY``, ``CARDINAL``…) are not names and are dropped.  The spans then go
through the same merging as the CRF's — gazetteer, patterns, aliases and clusters, knowledge
base — with ``origin`` ``spacy``.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

from newsprobe.entities.crf import Tagged
from newsprobe.model import Analysis, Token
from newsprobe.options import OptionError

PREFIX = "spacy:"

#: spaCy label → newsprobe type.  OntoNotes' NORP (nationalities, religious and political
#: groups: "Germans", "Catholics", "Republicans") is MISC, as GermEval's OTH would have the
#: noun forms; EVENT, WORK_OF_ART, PRODUCT, LAW and LANGUAGE are MISC too.
LABELS = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "MISC": "MISC",
    "OTH": "MISC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "PRODUCT": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}
#: Labels that are not names (OntoNotes' numeric and temporal classes).
NOT_NAMES = frozenset(["DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"])
#: Components that do not feed the entity recogniser (the shared ``tok2vec``/``transformer``
#: may, so they run): skipped to save time.
NOT_FOR_ENTITIES = frozenset(
    [
        "parser",
        "tagger",
        "morphologizer",
        "lemmatizer",
        "trainable_lemmatizer",
        "attribute_ruler",
        "senter",
        "textcat",
        "textcat_multilabel",
    ]
)
#: Confidence given to a spaCy entity (spaCy's NER reports no per-entity probability).
CONFIDENCE = 0.9


class SpacyNerError(OptionError):
    """A ``--ner`` value that cannot be used: bad syntax, spaCy missing, pipeline missing."""


def newsprobe_type(label: str) -> str | None:
    """The newsprobe type of a spaCy label; None for labels that are not names.  Labels not in
    :data:`LABELS` (a custom pipeline's own classes) count as MISC."""
    upper = label.upper()
    if upper in NOT_NAMES:
        return None
    return LABELS.get(upper, "MISC")


def parse(value: str) -> str | None:
    """The pipeline name of a ``--ner`` value: ``crf`` → None, ``spacy:NAME`` → NAME."""
    value = value.strip()
    if value in ("", "crf"):
        return None
    if value.startswith(PREFIX) and value[len(PREFIX) :].strip():
        return value[len(PREFIX) :].strip()
    raise SpacyNerError(
        f"unknown entity backend {value!r}: use 'crf' (the built-in tagger) or "
        "'spacy:NAME_OR_PATH' (an installed spaCy pipeline, e.g. spacy:de_core_news_lg)"
    )


_LOADED: dict[str, Any] = {}
_LOCK = threading.Lock()


def load(name: str) -> Any:
    """The spaCy pipeline ``name`` (a package or a folder), loaded once per process."""
    with _LOCK:
        nlp = _LOADED.get(name)
        if nlp is None:
            nlp = _LOADED[name] = _load(name)
    return nlp


def _load(name: str) -> Any:
    try:
        import spacy
    except ImportError:
        raise SpacyNerError("--ner spacy:… needs spaCy: pip install 'spacy>=3.7,<4'") from None
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise SpacyNerError(
            f"{_not_installed(name)}. spaCy said: {str(exc).splitlines()[0]}"
        ) from None
    except Exception as exc:  # a broken or incompatible pipeline folder
        raise SpacyNerError(f"spaCy pipeline {name!r} cannot be loaded: {exc}") from None
    if "ner" not in nlp.pipe_names and not any(
        hasattr(nlp.get_pipe(p), "patterns") for p in nlp.pipe_names
    ):
        raise SpacyNerError(
            f"spaCy pipeline {name!r} finds no entities: it has no 'ner' or 'entity_ruler' "
            f"component (it has: {', '.join(nlp.pipe_names) or 'none'})"
        )
    return nlp


def check(value: str) -> None:
    """Fail early (before workers start) on a ``--ner`` value that cannot work: the syntax,
    spaCy's presence, and that the pipeline is an installed package or a folder."""
    name = parse(value)
    if name is None:
        return
    try:
        import spacy.util
    except ImportError:
        raise SpacyNerError("--ner spacy:… needs spaCy: pip install 'spacy>=3.7,<4'") from None
    from pathlib import Path

    if not (spacy.util.is_package(name) or Path(name).is_dir()):
        raise SpacyNerError(_not_installed(name))


def _not_installed(name: str) -> str:
    return (
        f"spaCy pipeline {name!r} is not installed (and is not a pipeline folder). "
        f"Install it where you have network access, e.g. `python -m spacy download {name}` "
        "(list: https://spacy.io/models), or pass the path of a saved pipeline"
    )


def pipeline_for(value: str) -> Any | None:
    """The spaCy pipeline a ``--ner`` value names (``spacy:NAME``), or None for the CRF."""
    name = parse(value)
    return None if name is None else load(name)


def language(nlp: Any) -> str:
    """The pipeline's language code (``xx`` for multilingual pipelines)."""
    return str(nlp.lang)


def tag_sentences(
    nlp: Any,
    analysis: Analysis,
    sentences: Sequence[Sequence[Token]],
    chunks: Sequence[tuple[int, int]] | None = None,
) -> list[list[Tagged]]:
    """Per newsprobe sentence, the spaCy entities laid over its tokens (token offsets within
    the sentence).  ``chunks``: the character ranges to run the pipeline on (default: the
    :func:`paragraphs` of the sentences); an entity is kept where it falls into the sentences."""
    text = analysis.text
    if chunks is None:
        chunks = paragraphs(text, sentences)
    # every token of the listed sentences, by start offset: (start, end, sentence, index)
    starts: list[int] = []
    where: list[tuple[int, int, int]] = []
    for s, tokens in enumerate(sentences):
        for i, token in enumerate(tokens):
            starts.append(token.start)
            where.append((token.end, s, i))
    order = sorted(range(len(starts)), key=starts.__getitem__)
    starts = [starts[k] for k in order]
    where = [where[k] for k in order]
    out: list[list[Tagged]] = [[] for _ in sentences]
    pieces = [(a, b) for a, b in chunks if text[a:b].strip()]
    skip = [p for p in nlp.pipe_names if p in NOT_FOR_ENTITIES]
    docs = nlp.pipe((text[a:b] for a, b in pieces), disable=skip)
    for (offset, _end), doc in zip(pieces, docs, strict=True):
        for ent in doc.ents:
            kind = newsprobe_type(ent.label_)
            if kind is None:
                continue
            begin, finish = offset + ent.start_char, offset + ent.end_char
            # tokens overlapping [begin, finish): start before finish and end after begin
            lo = bisect_left(starts, begin)
            while lo > 0 and where[lo - 1][0] > begin:
                lo -= 1
            hi = bisect_right(starts, finish - 1)
            by_sentence: dict[int, list[int]] = {}
            for k in range(lo, hi):
                end, s, i = where[k]
                if end > begin:
                    by_sentence.setdefault(s, []).append(i)
            for s, idx in by_sentence.items():
                first, last = min(idx), max(idx)
                if last - first + 1 != len(idx):
                    continue  # not contiguous in the sentence (a skipped token): leave it
                out[s].append(Tagged(first, last + 1, kind, CONFIDENCE))
    for found in out:
        found.sort(key=lambda t: (t.start, -t.end))
        kept: list[Tagged] = []
        for t in found:  # entities laid over one token: the first (at one start: the longest) wins
            if not kept or t.start >= kept[-1].end:
                kept.append(t)
        found[:] = kept
    return out


def paragraphs(text: str, sentences: Sequence[Sequence[Token]]) -> list[tuple[int, int]]:
    """Character ranges of runs of sentences not parted by a line break: what a spaCy
    pipeline reads as one text (a paragraph, a headline)."""
    out: list[tuple[int, int]] = []
    for tokens in sentences:
        if not tokens:
            continue
        start, end = tokens[0].start, tokens[-1].end
        if out and out[-1][1] <= start and "\n" not in text[out[-1][1] : start]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out
