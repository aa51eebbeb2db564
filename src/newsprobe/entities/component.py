"""The ``entities`` component: mentions of persons, organisations, places and other names, merged
into in-article entities with knowledge-base ids.

Per sentence, names come from :func:`newsprobe.entities.recognise.recognise` (German: the CRF
tagger trained on GermEval 2014 plus the gazetteer and patterns) or
:func:`newsprobe.entities.english.recognise_english` (other languages).  Then, over the whole
article:

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
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import numpy as np
from pydantic import TypeAdapter

from newsprobe.entities import kb, spacy_ner
from newsprobe.entities.aliases import (
    NameMention,
    canonical_name,
    cluster,
    majority_type,
    strip_genitive,
)
from newsprobe.entities.crf import CrfTagger, ModelError, Tagged, default_tagger
from newsprobe.entities.english import recognise_english
from newsprobe.entities.recognise import Found, recognise, titles
from newsprobe.entities.roles import RoleSpan, compatible, find_role_nouns, find_roles
from newsprobe.intervals import IntervalIndex
from newsprobe.model import (
    Analysis,
    BlockKind,
    Entity,
    EntityType,
    Mention,
    MentionForm,
    SpanError,
    Status,
    Token,
)
from newsprobe.options import Options

log = logging.getLogger(__name__)

#: Links to other articles and photo credits are not the article's content.
_SKIPPED_BLOCKS = frozenset({BlockKind.RELATED, BlockKind.CREDIT})
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class _Draft:
    """A mention before ids are assigned."""

    start: int
    end: int
    type: str
    form: str
    full: bool
    sentence: int | None
    origin: str
    confidence: float
    entries: list[kb.KbEntry] = field(default_factory=list)
    kb_id: str | None = None
    entity: int | None = None  # index into the cluster list
    acronym_of: int | None = None  # the name mention this acronym abbreviates
    role: RoleSpan | None = None
    named: int | None = None  # role in apposition: the name mention right after it
    personal: bool = False  # a title, role or speech verb next to it says it is a person


@dataclass
class _Cluster:
    members: list[int]
    type: str = "MISC"
    kb_id: str | None = None
    roles: set[str] = field(default_factory=set)  # offices / kinds known for the entity
    description: str | None = None


def _add_kb_cluster(entry: kb.KbEntry, clusters: list[_Cluster], by_kb: dict[str, int]) -> int:
    """A new entity with no mention yet, for a knowledge-base entry the text refers to."""
    clusters.append(
        _Cluster([], entry.type, entry.kb_id, set(kb.offices_of(entry.kb_id)), entry.description)
    )
    by_kb[entry.kb_id] = len(clusters) - 1
    return len(clusters) - 1


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
        builder = _Builder(analysis.text, published, lang)
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


class _Builder:
    """Collects mentions sentence by sentence, then clusters and links them."""

    def __init__(self, text: str, published: date | None, lang: str = "de") -> None:
        self.text = text
        self.lang = lang
        self.published = published
        self.drafts: list[_Draft] = []
        self.roles: list[_Draft] = []
        self.partial: list[tuple[_Draft, list[str]]] = []  # derived/compound + names in it
        self.sentences: list[Sequence[Token]] = []

    # -- per sentence ------------------------------------------------------------------------
    def sentence(
        self,
        tokens: Sequence[Token],
        lang: str,
        tagger: CrfTagger | None,
        tagged: Sequence[Tagged] | None = None,
        words: Sequence[str] | None = None,
        tags: Sequence[str | None] | None = None,
        origin: str = "crf",
    ) -> None:
        """Names, roles and partial mentions of one sentence (``words`` and ``tags``: the
        tokens' texts and STTS tags, when the caller has them already; ``origin``: where the
        ``tagged`` spans come from, ``crf`` or ``spacy``)."""
        if words is None:
            words = [t.text for t in tokens]
        sent = tokens[0].sentence
        self.sentences.append(tokens)
        if lang == "de":
            found = recognise(words, tags or [t.pos for t in tokens], tagger, tagged, origin)
        elif tagged is not None:  # a spaCy pipeline for this language: its names come first
            found = [Found(t.start, t.end, t.type, origin, t.confidence) for t in tagged]
            found += [f for f in recognise_english(words) if not any(f.overlaps(g) for g in found)]
            found.sort(key=lambda f: f.start)
        else:
            found = recognise_english(words)
        first = len(self.drafts)
        for f in found:
            draft = self._draft(tokens, f, sent)
            draft.personal = _personal_context(words, f.start, f.end)
            self.drafts.append(draft)
        for k, f in enumerate(found):
            # "Institut für Kriegsstudien (ISW)": the acronym abbreviates the name before it
            if (
                k > 0
                and f.end - f.start == 1
                and f.start > 0
                and f.end < len(words)
                and words[f.start - 1] == "("
                and words[f.end] == ")"
                and found[k - 1].end == f.start - 1
                and _abbreviates(words[f.start], f, found[k - 1])
            ):
                self.drafts[first + k].acronym_of = first + k - 1
                self.drafts[first + k].form = "acronym"
        covered = {i for f in found for i in range(f.start, f.end)}
        self._partials(tokens, words, covered, sent)
        for role in find_roles(words):
            if role.head in covered:  # the noun is part of a name ("Präsident Hotel")
                continue
            start, end = tokens[role.start].start, tokens[role.end - 1].end
            draft = _Draft(start, end, "PER", "role", True, sent, "role", 0.7, role=role)
            following = _next_start(tokens, _skip_titles(words, role.end))
            after = [k for k in range(first, len(self.drafts)) if self.drafts[k].start == following]
            if after and self.drafts[after[0]].type == "PER":
                draft.origin, draft.confidence = "role:apposition", 0.9
                draft.named = after[0]
            elif role.by_suffix:
                continue  # a role noun known by its ending names only the name right after it
            self.roles.append(draft)

    def _draft(self, tokens: Sequence[Token], f: Found, sent: int | None) -> _Draft:
        start, end = tokens[f.start].start, tokens[f.end - 1].end
        form = "acronym" if f.end - f.start == 1 and kb.is_acronym(tokens[f.start].text) else f.form
        return _Draft(start, end, f.type, form, True, sent, f.origin, f.confidence, list(f.entries))

    def _partials(
        self, tokens: Sequence[Token], words: Sequence[str], covered: set[int], sent: int | None
    ) -> None:
        derived = _derived_words()
        for i, word in enumerate(words):
            # only a KB adjective or demonym, or a hyphen compound, can be one
            if (word not in derived and "-" not in word) or i in covered:
                continue
            found = _partial(word)
            if found is not None:
                token = tokens[i]
                kind, form, confidence, entries, names = found
                d = _Draft(
                    token.start,
                    token.end,
                    kind,
                    form,
                    False,
                    sent,
                    form,
                    confidence,
                    list(entries),
                )
                self.partial.append((d, list(names)))

    # -- whole article ----------------------------------------------------------------------
    def finish(self, analysis: Analysis) -> None:
        names = self.drafts
        known = {self.text[d.start : d.end] for d in names}
        for d in names:
            d.kb_id = _kb_id(d, self.text[d.start : d.end], known)
        items = [
            NameMention(i, self.text[d.start : d.end], d.type, d.form, d.kb_id, d.acronym_of)
            for i, d in enumerate(names)
        ]
        clusters = [self._make_cluster(g, known) for g in cluster(items)]
        for c_index, c in enumerate(clusters):
            for i in c.members:
                names[i].entity = c_index
        self._propagate(clusters)
        self._resolve_roles(clusters)
        self._resolve_partials(clusters)
        self._emit(analysis, clusters, known)

    def _propagate(self, clusters: list[_Cluster]) -> None:
        """One sense per article: a name the article uses as a name elsewhere is a mention
        where the tagger missed it ("Voltaris" tagged once, not the other four times)."""
        owners: dict[str, set[int]] = {}
        for c_index, c in enumerate(clusters):
            for i in c.members:
                d = self.drafts[i]
                surface = self.text[d.start : d.end]
                words = surface.split()
                candidates = [surface]
                if c.type == "PER" and len(words) > 1:
                    candidates.append(words[-1])  # the surname
                for text in candidates:
                    if len(text) >= 3 and text[:1].isupper() and " " not in text:
                        owners.setdefault(text, set()).add(c_index)
        if not owners:
            return
        covered = {(d.start, d.end) for d in self.drafts}
        taken = IntervalIndex((d.start, d.end, None) for d in self.drafts)
        # a word, or its genitive, owned by exactly one cluster
        single = {k + "s": c for k, c in owners.items() if len(c) == 1}
        single.update((k, c) for k, c in owners.items() if len(c) == 1)
        for k in owners.keys() & single.keys():  # an owned word is never read as a genitive
            if len(owners[k]) != 1:
                del single[k]
        for token in [t for tokens in self.sentences for t in tokens if t.text in single]:
            owner = single[token.text]
            if (token.start, token.end) in covered or taken.overlaps(token.start, token.end):
                continue
            c_index = next(iter(owner))
            c = clusters[c_index]
            draft = _Draft(
                token.start,
                token.end,
                c.type,
                "name",
                True,
                token.sentence,
                "article",
                0.6,
                entity=c_index,
            )
            draft.kb_id = c.kb_id
            self.drafts.append(draft)
            c.members.append(len(self.drafts) - 1)

    def _make_cluster(self, members: list[int], known: set[str]) -> _Cluster:
        names = self.drafts
        ids = [names[i].kb_id for i in members if names[i].kb_id]
        kb_id = max(set(ids), key=ids.count) if ids else None
        entry = kb.lookup(kb_id) if kb_id else None
        weights = [3.0 if "trigger" in names[i].origin else 1.0 for i in members]
        c = _Cluster(
            members,
            majority_type([names[i].type for i in members], entry.type if entry else None, weights),
            kb_id,
        )
        if (
            entry is None
            and c.type == "PER"
            and not any(
                len(self.text[names[i].start : names[i].end].split()) > 1 or names[i].personal
                for i in members
            )
        ):
            # news introduce people by full name; a lone capitalised word the tagger called a
            # person, never with a first name, title, role or speech verb, is more often a
            # product or program ("Firefox", "Windows")
            c.type = "MISC"
        if entry is None and c.type in ("PER", "ORG"):
            surfaces = [
                self.text[names[i].start : names[i].end] for i in members if names[i].form == "name"
            ]
            if surfaces:
                entry = _kb_entry_for(canonical_name(surfaces, known), c.type)
                c.kb_id = entry.kb_id if entry else None
        if entry is not None:
            c.roles.update(kb.offices_of(entry.kb_id))
            if entry.category == "head_of_state" and not c.roles:
                c.roles.add("head_of_state")
            c.description = entry.description
        return c

    def _resolve_roles(self, clusters: list[_Cluster]) -> None:
        names = self.drafts
        # 1. apposition: the role phrase stands right before the person's name
        for r in self.roles:
            if r.origin == "role:apposition" and r.named is not None:
                target = names[r.named].entity
                if target is not None:
                    r.entity = target
                    c = clusters[target]
                    assert r.role is not None
                    c.roles.update(r.role.offices or [r.role.kind])
                    if c.description is None:
                        c.description = self.text[r.start : r.end]
        by_kb = {c.kb_id: i for i, c in enumerate(clusters) if c.kb_id}
        # 2. offices and definite generic roles, in text order
        for r in sorted(self.roles, key=lambda d: d.start):
            if r.entity is not None or r.role is None:
                continue
            role = r.role
            if role.offices:
                r.entity = self._by_office(role, clusters, by_kb, r.start)
                if r.entity is not None:
                    r.origin, r.confidence = "role:office", 0.8
                    continue
            if role.definite:
                candidates = [
                    i
                    for i, c in enumerate(clusters)
                    if c.type == "PER"
                    and (compatible(role.kind, sorted(c.roles)) or role.kind in c.roles)
                ]
                nearest = self._nearest_before(candidates, r.start, clusters)
                if nearest is not None:
                    r.entity, r.origin, r.confidence = nearest, "role:context", 0.6

    def _by_office(
        self, role: RoleSpan, clusters: list[_Cluster], by_kb: dict[str, int], at: int
    ) -> int | None:
        holders: list[str] = []
        for office in role.offices:
            holders += (
                kb.office_holders(office, self.published)
                if self.published
                else kb.office_holders(office)
            )
        present = [by_kb[h] for h in holders if h in by_kb]
        if present:
            return self._nearest_before(present, at, clusters) or present[0]
        if self.published and len(set(holders)) == 1:
            entry = kb.lookup(holders[0])
            if entry is not None:
                return _add_kb_cluster(entry, clusters, by_kb)
        return None

    def _nearest_before(
        self, candidates: Sequence[int], at: int, clusters: list[_Cluster]
    ) -> int | None:
        best, best_pos = None, -1
        for c in candidates:
            starts = [self.drafts[i].start for i in clusters[c].members]
            starts += [r.start for r in self.roles if r.entity == c]
            before = [s for s in starts if s < at]
            if before and max(before) > best_pos:
                best, best_pos = c, max(before)
        return best

    def _resolve_partials(self, clusters: list[_Cluster]) -> None:
        by_kb = {c.kb_id: i for i, c in enumerate(clusters) if c.kb_id}
        surnames: dict[str, set[int]] = {}
        for i, c in enumerate(clusters):
            for m in c.members:
                for word in self.text[self.drafts[m].start : self.drafts[m].end].split():
                    for w in (word, word.split("-")[-1]):
                        surnames.setdefault(w, set()).add(i)
        for d, name in self.partial:  # name: the names the partial mention may contain
            if d.entries:
                entry = d.entries[0]
                if entry.kb_id not in by_kb:
                    _add_kb_cluster(entry, clusters, by_kb)
                d.entity = by_kb[entry.kb_id]
            else:
                owners = [surnames[n] for n in name if len(surnames.get(n, ())) == 1]
                if owners:
                    d.entity = next(iter(owners[0]))
                    d.type = clusters[d.entity].type

    def _emit(self, analysis: Analysis, clusters: list[_Cluster], known: set[str]) -> None:
        text = self.text
        drafts = [d for d in self.drafts]
        drafts += [r for r in self.roles if r.entity is not None]
        drafts += [d for d, _ in self.partial if d.entity is not None]
        drafts.sort(key=lambda d: (d.start, -d.end))
        used = sorted({d.entity for d in drafts if d.entity is not None})
        new_id = {old: new for new, old in enumerate(used)}
        rows: list[dict[str, object]] = []
        for m_id, d in enumerate(drafts):
            entity = new_id.get(d.entity) if d.entity is not None else None
            kind = clusters[d.entity].type if d.entity is not None else d.type
            if not 0 <= d.start <= d.end <= len(text):  # what Span.of checks
                raise SpanError(f"offsets {d.start}:{d.end} outside text of length {len(text)}")
            rows.append(
                {
                    "start": d.start,
                    "end": d.end,
                    "text": text[d.start : d.end],
                    "id": m_id,
                    "type": EntityType(kind),
                    "form": MentionForm(d.form),
                    "entity": entity,
                    "full": d.full,
                    "sentence": d.sentence,
                    "confidence": d.confidence,
                    "origin": d.origin,
                }
            )
        mentions = _validated_mentions().validate_python(rows)  # one call for all: faster
        found: list[dict[str, object]] = []
        by_entity: dict[int, list[Mention]] = {}
        for m in mentions:
            if m.entity is not None:
                by_entity.setdefault(m.entity, []).append(m)
        for old in used:
            c = clusters[old]
            members = by_entity[new_id[old]]
            full_names = [m.text for m in members if m.full and m.form is MentionForm.NAME]
            entry = kb.lookup(c.kb_id) if c.kb_id else None
            if full_names:
                # a copy of ``known`` per entity only where the KB adds names (a long text has
                # thousands of entities and names: copying for each was quadratic)
                extra = _kb_names(entry)
                name = canonical_name(full_names, known | extra if extra else known)
            elif entry is not None:
                name = entry.name_en if self.lang == "en" and entry.name_en else entry.name
            else:
                name = next((m.text for m in members if m.full), members[0].text)
            kb_id = c.kb_id or _local_id(c.type, name)
            found.append(
                {
                    "id": new_id[old],
                    "name": name,
                    "type": EntityType(c.type),
                    "kb_id": kb_id,
                    "kb_label": entry.name if entry else None,
                    "description": c.description,
                    "mentions": [m.id for m in members],
                    "aliases": list(dict.fromkeys(m.text for m in members if m.full)),
                }
            )
        analysis.mentions = mentions
        analysis.entities = _validated_entities().validate_python(found)


@lru_cache(maxsize=1)
def _validated_mentions() -> TypeAdapter[list[Mention]]:
    return TypeAdapter(list[Mention])


@lru_cache(maxsize=1)
def _validated_entities() -> TypeAdapter[list[Entity]]:
    return TypeAdapter(list[Entity])


_SPEECH = frozenset(
    {
        "sagte",
        "sagt",
        "so",
        "erklärte",
        "erklärt",
        "betonte",
        "meinte",
        "sagten",
        "schrieb",
        "kritisierte",
        "forderte",
        "warnte",
        "said",
        "says",
        "told",
        "added",
        "wrote",
        "Herr",
        "Frau",
        "Mr",
        "Mr.",
        "Mrs",
        "Mrs.",
        "Ms",
        "Ms.",
    }
)


#: What a word outside the names adds (see :func:`_partial`): type, form (also the origin),
#: confidence, KB entries, and the names it may contain.
_Partial = tuple[str, str, float, tuple[kb.KbEntry, ...], tuple[str, ...]]


@lru_cache(maxsize=1)
def _derived_words() -> frozenset[str]:
    """Surfaces that are some KB entry's derived form (adjective, demonym)."""
    return frozenset(
        text for text, found in kb.all_surfaces().items() if any(s.form == "derived" for s in found)
    )


@lru_cache(maxsize=65536)
def _partial(word: str) -> _Partial | None:
    """A derived form ("russische": one KB entry's adjective or demonym) or a compound with a
    name in it ("Putin-Truppen", "Kalvora-Chef"); None for most words.  Depends on the word
    and the knowledge base only, so it is cached per word."""
    derived = [s for s in kb.surfaces(word) if s.form == "derived"]
    if derived and len({s.entry.kb_id for s in derived}) == 1:
        entry = derived[0].entry
        return entry.type, "derived", 0.9, (entry,), (entry.name,)
    if not ("-" in word[1:-1] and word[:1].isupper()):
        return None
    parts = [p for p in word.split("-") if p[:1].isupper()]
    for part in parts:
        entries = [
            s
            for s in kb.surfaces(part)
            if s.form != "derived" and (not s.confirm or s.entry.category == "platform")
        ]
        if len({s.entry.kb_id for s in entries}) == 1:
            e = entries[0].entry
            return e.type, "compound", 0.8, (e,), (part,)
    if parts:
        # a name the article uses elsewhere ("Kalvora-Chef"): resolved after clustering
        return "PER", "compound", 0.6, (), tuple(parts)
    return None


def _personal_context(words: Sequence[str], start: int, end: int) -> bool:
    """A title, role noun or speech verb right before or after a name."""
    before = words[start - 1] if start else ""
    after = words[end] if end < len(words) else ""
    return (
        before in _SPEECH
        or after in _SPEECH
        or before in titles()
        or (bool(before) and before[:1].isupper() and before in find_role_nouns())
    )


def _abbreviates(word: str, acronym: Found, name: Found) -> bool:
    """Whether ``(word)`` after ``name`` is its acronym (not a dateline's "Berlin (dpa)")."""
    if acronym.type != name.type or not kb.is_acronym(word):
        return False
    if acronym.entries and name.entries:
        return bool({e.kb_id for e in acronym.entries} & {e.kb_id for e in name.entries})
    return True


def _skip_titles(words: Sequence[str], index: int) -> int:
    """Past academic and other titles between a role and the name: "Experte Dr. Lorenz"."""
    titles = _all_titles()
    while index < len(words) and words[index] in titles:
        index += 1
    return index


@lru_cache(maxsize=1)
def _all_titles() -> frozenset[str]:
    return frozenset(kb.roles()["person_titles"]["words"])


def _next_start(tokens: Sequence[Token], index: int) -> int:
    return tokens[index].start if index < len(tokens) else -1


def _kb_names(entry: kb.KbEntry | None) -> set[str]:
    return set(entry.names) if entry else set()


def _kb_id(draft: _Draft, surface: str, known: set[str]) -> str | None:
    """The KB id of one mention when its name picks out exactly one entry of its type."""
    entries = draft.entries or kb.find(surface) or kb.find(strip_genitive(surface, known))
    fitting = {e.kb_id for e in entries if e.type == draft.type} or (
        {e.kb_id for e in entries} if draft.origin.endswith("gazetteer") else set()
    )
    return fitting.pop() if len(fitting) == 1 else None


def _kb_entry_for(name: str, kind: str) -> kb.KbEntry | None:
    found = [e for e in kb.find(name) if e.type == kind]
    return found[0] if len(found) == 1 else None


def _local_id(kind: str, name: str) -> str | None:
    """``np:name:per:jane-doe`` for specific names; None for a lone surname."""
    if kind == "PER" and len(name.split()) < 2:
        return None
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = _SLUG.sub("-", ascii_name.lower()).strip("-")
    return f"np:name:{kind.lower()}:{slug}" if slug else None
