"""The entities of one article: mentions collected sentence by sentence, then clustered,
linked to the knowledge base, joined by role nouns and partial mentions, and written to the
analysis (see :mod:`newsprobe.entities.component`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from pydantic import TypeAdapter

from newsprobe.entities import kb
from newsprobe.entities.aliases import NameMention, canonical_name, cluster, majority_type
from newsprobe.entities.crf import CrfTagger, Tagged
from newsprobe.entities.drafts import (
    Cluster,
    Draft,
    abbreviates,
    add_kb_cluster,
    derived_words,
    kb_entry_for,
    kb_names,
    local_id,
    mention_kb_id,
    next_start,
    partial_mention,
    personal_context,
    skip_titles,
)
from newsprobe.entities.english import recognise_english
from newsprobe.entities.recognise import Found, recognise
from newsprobe.entities.roles import RoleSpan, compatible, find_roles
from newsprobe.intervals import IntervalIndex
from newsprobe.model import (
    Analysis,
    Entity,
    EntityType,
    Mention,
    MentionForm,
    SpanError,
    Token,
)


class MentionBuilder:
    """Collects mentions sentence by sentence, then clusters and links them."""

    def __init__(self, text: str, published: date | None, lang: str = "de") -> None:
        self.text = text
        self.lang = lang
        self.published = published
        self.drafts: list[Draft] = []
        self.roles: list[Draft] = []
        self.partial: list[tuple[Draft, list[str]]] = []  # derived/compound + names in it
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
            draft.personal = personal_context(words, f.start, f.end)
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
                and abbreviates(words[f.start], f, found[k - 1])
            ):
                self.drafts[first + k].acronym_of = first + k - 1
                self.drafts[first + k].form = "acronym"
        covered = {i for f in found for i in range(f.start, f.end)}
        self._partials(tokens, words, covered, sent)
        for role in find_roles(words):
            if role.head in covered:  # the noun is part of a name ("Präsident Hotel")
                continue
            start, end = tokens[role.start].start, tokens[role.end - 1].end
            draft = Draft(start, end, "PER", "role", True, sent, "role", 0.7, role=role)
            following = next_start(tokens, skip_titles(words, role.end))
            after = [k for k in range(first, len(self.drafts)) if self.drafts[k].start == following]
            if after and self.drafts[after[0]].type == "PER":
                draft.origin, draft.confidence = "role:apposition", 0.9
                draft.named = after[0]
            elif role.by_suffix:
                continue  # a role noun known by its ending names only the name right after it
            self.roles.append(draft)

    def _draft(self, tokens: Sequence[Token], f: Found, sent: int | None) -> Draft:
        start, end = tokens[f.start].start, tokens[f.end - 1].end
        form = "acronym" if f.end - f.start == 1 and kb.is_acronym(tokens[f.start].text) else f.form
        return Draft(start, end, f.type, form, True, sent, f.origin, f.confidence, list(f.entries))

    def _partials(
        self, tokens: Sequence[Token], words: Sequence[str], covered: set[int], sent: int | None
    ) -> None:
        derived = derived_words()
        for i, word in enumerate(words):
            # only a KB adjective or demonym, or a hyphen compound, can be one
            if (word not in derived and "-" not in word) or i in covered:
                continue
            found = partial_mention(word)
            if found is not None:
                token = tokens[i]
                kind, form, confidence, entries, names = found
                d = Draft(
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
            d.kb_id = mention_kb_id(d, self.text[d.start : d.end], known)
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

    def _propagate(self, clusters: list[Cluster]) -> None:
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
            draft = Draft(
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

    def _make_cluster(self, members: list[int], known: set[str]) -> Cluster:
        names = self.drafts
        ids = [names[i].kb_id for i in members if names[i].kb_id]
        kb_id = max(set(ids), key=ids.count) if ids else None
        entry = kb.lookup(kb_id) if kb_id else None
        weights = [3.0 if "trigger" in names[i].origin else 1.0 for i in members]
        c = Cluster(
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
                entry = kb_entry_for(canonical_name(surfaces, known), c.type)
                c.kb_id = entry.kb_id if entry else None
        if entry is not None:
            c.roles.update(kb.offices_of(entry.kb_id))
            if entry.category == "head_of_state" and not c.roles:
                c.roles.add("head_of_state")
            c.description = entry.description
        return c

    def _resolve_roles(self, clusters: list[Cluster]) -> None:
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
        self, role: RoleSpan, clusters: list[Cluster], by_kb: dict[str, int], at: int
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
                return add_kb_cluster(entry, clusters, by_kb)
        return None

    def _nearest_before(
        self, candidates: Sequence[int], at: int, clusters: list[Cluster]
    ) -> int | None:
        best, best_pos = None, -1
        for c in candidates:
            starts = [self.drafts[i].start for i in clusters[c].members]
            starts += [r.start for r in self.roles if r.entity == c]
            before = [s for s in starts if s < at]
            if before and max(before) > best_pos:
                best, best_pos = c, max(before)
        return best

    def _resolve_partials(self, clusters: list[Cluster]) -> None:
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
                    add_kb_cluster(entry, clusters, by_kb)
                d.entity = by_kb[entry.kb_id]
            else:
                owners = [surnames[n] for n in name if len(surnames.get(n, ())) == 1]
                if owners:
                    d.entity = next(iter(owners[0]))
                    d.type = clusters[d.entity].type

    def _emit(self, analysis: Analysis, clusters: list[Cluster], known: set[str]) -> None:
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
                extra = kb_names(entry)
                name = canonical_name(full_names, known | extra if extra else known)
            elif entry is not None:
                name = entry.name_en if self.lang == "en" and entry.name_en else entry.name
            else:
                name = next((m.text for m in members if m.full), members[0].text)
            kb_id = c.kb_id or local_id(c.type, name)
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
