"""The ``entities`` component: mentions of persons, organisations, places and other names, merged
into in-article entities with knowledge-base ids.

Per sentence, names come from :func:`newsprobe.entities.recognise.recognise` (German: the CRF
tagger trained on GermEval 2014 plus the gazetteer and patterns) or
:func:`newsprobe.entities.english.recognise_english` (other languages).  Then, over the whole
article (:class:`newsprobe.entities.builder.MentionBuilder`, with the single-mention helpers
of :mod:`newsprobe.entities.drafts`):

* full name mentions are clustered (:mod:`newsprobe.entities.aliases`) and linked to the
  knowledge base (:mod:`newsprobe.entities.kb`);
* role nouns join the person they name (:mod:`newsprobe.entities.roles`): by apposition
  ("Syriens Machthaber Assad"), by the office table at the article's date ("Kremlchef"), or, for
  a definite generic role ("dem Diktator"), the nearest preceding person known to hold such a role;
* derived forms ("russische", "Russen") and compounds ("Putin-Truppen", "X-Account") are recorded
  with ``full=False`` and linked to their entity (created from the knowledge base if the article
  names it only that way).

Entities with a knowledge-base entry get its id (a Wikidata QID where certain, else ``np:…``);
others get a local id from their type and name (``np:name:per:jane-doe``) when the name is
specific enough to identify them across articles (more than one word, or not a person), else none.
"""

from __future__ import annotations

import itertools
import logging

import numpy as np

from newsprobe.entities import spacy_ner
from newsprobe.entities.builder import MentionBuilder
from newsprobe.entities.crf import CrfTagger, ModelError, Tagged, default_tagger
from newsprobe.model import Analysis, BlockKind, Status, Token
from newsprobe.options import Options

log = logging.getLogger(__name__)

#: Links to other articles and photo credits are not the article's content.
_SKIPPED_BLOCKS = frozenset({BlockKind.RELATED, BlockKind.CREDIT})


class EntityComponent:
    name = "entities"
    requires: tuple[str, ...] = ("pos",)

    def __init__(self) -> None:
        self._tagger: CrfTagger | None = None
        self._tagger_failed = False

    def tagger(self) -> CrfTagger | None:
        if self._tagger is None and not self._tagger_failed:
            try:
                self._tagger = default_tagger()
            except (ModelError, OSError) as exc:  # degrade to gazetteer and patterns
                log.warning("entities: %s", exc)
                self._tagger_failed = True
        return self._tagger

    def __call__(self, analysis: Analysis, options: Options) -> None:
        analysis.mentions, analysis.entities = [], []
        if analysis.status is Status.NO_ARTICLE_FOUND or not analysis.tokens:
            return
        lang = analysis.meta.language or ""
        nlp = spacy_ner.pipeline_for(options.ner)  # None: the built-in CRF
        if nlp is not None and spacy_ner.language(nlp) not in (lang, "xx"):
            analysis.warnings.append(
                f"entities: the spaCy pipeline is for {spacy_ner.language(nlp)!r}, the article "
                f"is {lang or 'of unknown language'}; built-in recogniser used"
            )
            nlp = None
        tagger = self.tagger() if lang == "de" and nlp is None else None
        if lang == "de" and tagger is None and nlp is None:
            analysis.warnings.append("entities: NER model unavailable; gazetteer and patterns only")
        published = analysis.meta.published.date() if analysis.meta.published else None
        builder = MentionBuilder(analysis.text, published, lang)
        sentences = _sentences(analysis)
        texts = [([t.text for t in s], [t.pos for t in s]) for s in sentences]
        tagged: list[list[Tagged]] | list[None] = [None] * len(sentences)
        origin = "crf"
        if nlp is not None:
            origin = "spacy"
            tagged = spacy_ner.tag_sentences(nlp, analysis, sentences)
        elif tagger is not None:  # all sentences decoded at once
            tagged = tagger.tag_many(texts)
        for tokens, (words, tags), found in zip(sentences, texts, tagged, strict=True):
            builder.sentence(tokens, lang, tagger, found, words, tags, origin)
        builder.finish(analysis)


def _sentences(analysis: Analysis) -> list[list[Token]]:
    """The tokens by sentence (a token with none is a sentence of its own), in order of
    first appearance, without those of skipped blocks."""
    skipped = [(b.start, b.end) for b in analysis.blocks if b.kind in _SKIPPED_BLOCKS]
    tokens = list(analysis.tokens)
    if not tokens:
        return []
    if not skipped:
        ids = [t.sentence for t in tokens]
        if None not in ids:
            numbers = np.array(ids)
            if bool((numbers[1:] >= numbers[:-1]).all()):
                # sentence numbers never go back: each sentence is one run of tokens
                cuts = (np.flatnonzero(numbers[1:] != numbers[:-1]) + 1).tolist()
                return [tokens[a:b] for a, b in itertools.pairwise([0, *cuts, len(tokens)])]
    groups: dict[int | None, list[Token]] = {}
    order: list[int | None] = []
    for i, token in enumerate(analysis.tokens):
        if skipped and any(s <= token.start < e for s, e in skipped):
            continue
        key = token.sentence if token.sentence is not None else -1 - i
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(token)
    return [groups[k] for k in order]
