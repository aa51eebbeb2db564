"""The ``sources`` component: the distinct sources the article's attributions rest on,
typed (official, politician, expert, media, social_media, anonymous, document, witness,
other), named or not, with the statements resting on each.

Attributions are grouped by the speaker's entity cluster when there is one, else by the
speaker phrase (normalised; an acronym in brackets and a bare acronym, or a full name and
its surname, are one source).  An attribution without a speaker of its own that carries on
another (a Konjunktiv sentence, a quote in a list) rests on the source of the one it
carries on; pronoun speakers rest on their antecedent.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from newsprobe.attribution.canonical import local_kinds, person_for, surname_index
from newsprobe.attribution.first_person import resolve_first_person
from newsprobe.attribution.interviews import attribute_turns, by_guest
from newsprobe.attribution.kb_lookup import state_statement
from newsprobe.attribution.lexicon import sources as source_lexicon
from newsprobe.attribution.person_roles import (
    entity_affiliations,
    entity_roles,
    mention_places,
    name_roles,
)
from newsprobe.attribution.quotes import ANTECEDENTS
from newsprobe.attribution.source_body import by_local_compound, by_sentence_body
from newsprobe.attribution.source_context import (
    as_person,
    by_article_kind,
    by_back_reference,
    by_colleague,
    by_possessive_role,
)
from newsprobe.attribution.source_filter import NO_SOURCE, thing_kind
from newsprobe.attribution.source_names import by_addressee, by_post_name, by_staff_of_body
from newsprobe.attribution.source_number import by_verb_number
from newsprobe.attribution.source_people import (
    by_body_of_person,
    by_ordinary_person,
    by_origin_group,
    by_party_clause,
    by_surname,
)
from newsprobe.attribution.source_profile import as_roles, by_same_person, profile_roles
from newsprobe.attribution.source_scene import (
    by_expert_body,
    by_name_compound,
    by_platform,
    by_quoted_name,
    by_recent_authority,
    by_report_compound,
    person_roles,
)
from newsprobe.attribution.source_texts import by_research_text
from newsprobe.attribution.source_topic import by_topic
from newsprobe.attribution.source_types import (
    Typing,
    by_local_name,
    by_party_context,
    by_reporting,
    by_speaker,
    classify,
    nouns,
    with_roles,
    words_type,
)
from newsprobe.attribution.speaker_resolution import ROLES, resolve_speakers
from newsprobe.attribution.view import token_starts
from newsprobe.language.words import ARTICLES
from newsprobe.model import (
    Analysis,
    Attribution,
    EntityType,
    Source,
    SourceType,
    Span,
    Speaker,
    SpeakerResolution,
    Token,
)
from newsprobe.options import Options

_ARTICLES = ARTICLES
_NON_WORD = re.compile(r"[^\w@]+")
_ACRONYM = re.compile(r"\(([A-ZÄÖÜ][A-ZÄÖÜa-z0-9\-]{1,9})\)")


class SourcesComponent:
    name = "sources"
    requires: tuple[str, ...] = ("quotes",)

    def __call__(self, analysis: Analysis, options: Options) -> None:
        analysis.sources = build_sources(analysis)


def _key(text: str) -> str:
    words = [w for w in _NON_WORD.split(text.lower()) if w and w not in _ARTICLES]
    return " ".join(words)


def _display(text: str) -> str:
    """A source's name from a speaker phrase: without a leading case-marked article."""
    words = text.split()
    if len(words) > 1 and words[0].lower() in _ARTICLES:
        return " ".join(words[1:])
    return text


#: The name of a source whose speaker is a pronoun no antecedent was found for.
UNIDENTIFIED = "unidentified speaker"
_UNIDENTIFIED_TYPING = Typing(
    SourceType.UNRESOLVED, False, "a pronoun without a resolvable antecedent"
)


class _Group:
    def __init__(
        self, span: tuple[int, int], entity: int | None, speaker: Speaker | None = None
    ) -> None:
        self.spans: list[tuple[int, int]] = [span]
        self.entity = entity
        self.attributions: list[int] = []
        self.speaker = speaker
        #: A pronoun left unresolved: its own source, never merged with another by spelling.
        self.alone = False


def _speaker_key(att: Attribution, text: str) -> tuple[object, tuple[int, int], bool] | None:
    """``(group key, span, alone)`` of an attribution's resolved speaker."""
    sp = att.speaker
    if sp is None:
        return None
    span = (sp.mention.start, sp.mention.end) if sp.mention is not None else None
    if span is None and att.speakers:
        span = (att.speakers[0].start, att.speakers[0].end)
    if span is None:
        return None
    if sp.entity is not None:
        return ("entity", sp.entity), span, False
    if sp.name and sp.resolved_by != SpeakerResolution.NONE:
        return ("text", _key(sp.name), _key(sp.affiliation or "")), span, False
    return ("att", att.id), span, True


def _named_before(sp: Speaker | None) -> bool:
    """A statement with no speaker phrase of its own whose speaker a phrase before names
    ("Das Ministerium gab einen Kommentar ab. Demnach …"), or one its sentence names where
    the cue rules found none ("Wie die „Aktion Deutschland hilft“ mitteilte"): its own
    source."""
    return (
        sp is not None
        and sp.resolved_by
        in (
            SpeakerResolution.PREVIOUS,
            SpeakerResolution.NAME,
            SpeakerResolution.APPOSITION,
            SpeakerResolution.DESCRIPTION,
        )
        and bool(sp.name)
        and sp.mention is not None
    )


def build_sources(analysis: Analysis) -> list[Source]:
    text = analysis.text
    atts = analysis.attributions
    antecedents: dict[int, tuple[int, int]] = analysis._scratch.get(ANTECEDENTS, {})
    group_of: dict[int, _Group] = {}
    groups: list[_Group] = []
    by_key: dict[object, _Group] = {}

    resolve_speakers(analysis)
    attribute_turns(analysis)
    resolve_first_person(analysis)

    def own_group(att: Attribution) -> _Group | None:
        sp = att.speaker
        if not att.speakers and att.speaker_entity is None and not _named_before(sp):
            return None
        if sp is not None and sp.resolved_by == SpeakerResolution.NONE and sp.mention is None:
            return None  # a phrase that cannot speak: the statement rests on no source
        resolved = _speaker_key(att, text)
        if resolved is not None:
            key, span, alone = resolved
            group = by_key.get(key)
            if group is None:
                group = _Group(span, att.speaker.entity if att.speaker else None, att.speaker)
                group.alone = alone
                groups.append(group)
                by_key[key] = group
            else:
                group.spans.append(span)
            return group
        span = antecedents.get(att.id) or (
            (att.speakers[0].start, att.speakers[0].end) if att.speakers else None
        )
        if span is None:
            return None
        entity = att.speaker_entity
        key: object = (
            ("entity", entity) if entity is not None else ("text", _key(text[span[0] : span[1]]))
        )
        group = by_key.get(key)
        if group is None:
            group = _Group(span, entity)
            groups.append(group)
            by_key[key] = group
        else:
            group.spans.append(span)
        if att.speakers and antecedents.get(att.id):
            group.spans.append((att.speakers[0].start, att.speakers[0].end))
        return group

    for att in sorted(atts, key=lambda a: _depth(a, atts)):
        group = own_group(att) if att.speakers or att.continues is None else None
        if group is None and att.continues is not None:
            group = group_of.get(att.continues)
        if group is not None:
            group_of[att.id] = group
            group.attributions.append(att.id)
    groups = groups_all = [g for g in groups if g.attributions]
    groups = _merge([g for g in groups if not g.alone], text)
    groups = _one_person_one_source(analysis, groups) + [g for g in groups_all if g.alone]
    lang = analysis.meta.language or "de"
    roles_of: dict[int, list[str]] = analysis._scratch.get(ROLES, {})
    lex = source_lexicon(lang)
    german = lex.lang == "de"
    starts = token_starts(analysis)
    person_words = {
        w + tail
        for e in analysis.entities
        if e.type == EntityType.PER
        for n in [e.name, *e.aliases]
        for w in n.split()
        for tail in ("", "s")
    }
    surnames = _surnames(analysis)
    out: list[Source] = []
    local: dict[str, str] | None = None
    for g in sorted(groups, key=lambda g: min(s for s, _ in g.spans)):
        spans = sorted(set(g.spans))
        main = _main_span(spans, text)
        tokens = _tokens(analysis.tokens, starts, main)
        entity = as_person(
            analysis.entities[g.entity]
            if g.entity is not None and 0 <= g.entity < len(analysis.entities)
            else None
        )
        sp = g.speaker
        roles = (
            entity_roles(analysis, entity, starts)
            + entity_affiliations(analysis, entity, starts)
            + as_roles(analysis, list(mention_places(analysis, entity, starts)))
            if entity is not None
            # a name the entity layer did not link: what the article says at its other places
            else profile_roles(analysis, sp.name, starts)
            if sp is not None and sp.name and g.entity is None
            else []
        )
        roles += [
            _display(text[s:e])
            for s, e in g.spans
            if e - s > (len(entity.name) if entity is not None else 0) + 3
        ]
        roles += [
            atts[aid].speaker.role  # type: ignore[union-attr,misc]
            for aid in g.attributions
            if atts[aid].speaker is not None and atts[aid].speaker.role  # type: ignore[union-attr]
        ]
        roles += ([sp.role] if sp is not None and sp.role else []) + (
            roles_of.get(g.entity, []) if g.entity is not None else []
        )
        if entity is not None and entity.type == EntityType.PER:
            roles += name_roles(entity.name, lex)
            # the name's own words are no role ("Papier", "Koch", "Bischof"), nor another
            # person's name in the phrase ("Papiers Stellvertreter")
            # (a phrase of the surname alone keeps no role either: "Richter, der …" is
            # Gerhard Richter, no judge)
            tokens = [t for t in tokens if t.text not in person_words] or [
                t for t in tokens if t.text not in surnames
            ]
        if g.alone:
            state = state_statement([t.text for t in tokens])
            typing = (
                _UNIDENTIFIED_TYPING
                if _is_pronoun(tokens)
                # "nach libyschen Angaben", "nach offiziellen Angaben": a state's word
                else Typing(
                    SourceType.OFFICIAL,
                    False,
                    f"a statement of {state} ({_display(text[main[0] : main[1]])})",
                )
                if state is not None
                else Typing(
                    SourceType.ANONYMOUS,
                    False,
                    f"no one named ({_display(text[main[0] : main[1]])})",
                )
            )
        else:
            surface = text[main[0] : main[1]]
            typing = by_post_name(classify(tokens, entity, lex, german), tokens)
            typing = by_addressee(typing, entity, tokens)
            typing = by_staff_of_body(typing, lex)
            typing = by_surname(typing, analysis, lex, entity)
            if entity is None and sp is not None:
                aff = sp.affiliation_entity
                typing = by_speaker(
                    typing,
                    sp.name,
                    sp.affiliation,
                    analysis.entities[aff]
                    if aff is not None and aff < len(analysis.entities)
                    else None,
                    surface,
                    lex,
                )
                typing = by_report_compound(typing, surface, sp.name)
            if local is None:
                local = local_kinds(analysis, lex, words_type)
            typing = by_local_name(typing, entity, local)
            typing = by_local_compound(typing, lex, local)
            typing = by_name_compound(
                typing, analysis, entity, entity.name if entity else surface, lex
            )
            roles = person_roles(roles, entity, lex)
            typing = with_roles(typing, roles, lex, surface, entity, local)
            typing = by_quoted_name(typing, analysis, surface)
            statements = sorted(set(g.attributions))
            typing = by_article_kind(typing, analysis, entity, lex)
            typing = by_colleague(typing, analysis, entity, roles, out, statements)
            typing = by_possessive_role(typing, analysis, entity, spans, lex)
            typing = by_sentence_body(typing, analysis, entity, statements, lex, local)
            typing = by_party_context(typing, analysis, entity, statements, roles)
            typing = by_reporting(typing, analysis, entity, statements)
            typing = by_verb_number(
                typing, analysis, nouns(tokens, german, lex), statements, starts, lex
            )
            typing = by_topic(typing, analysis, entity)
            typing = by_party_clause(typing, analysis, entity, lex)
            typing = by_ordinary_person(typing, analysis, entity)
            typing = by_origin_group(typing, entity, tokens)
            typing = by_body_of_person(typing, entity, tokens, [text[a:b] for a, b in spans])
            typing = by_research_text(typing, analysis, entity, statements)
            typing = by_platform(typing, analysis, entity, spans)
            typing = by_expert_body(typing, lex)
            thing = thing_kind(tokens, entity, typing.reason)
            if thing == NO_SOURCE:
                continue  # a thing or a heading: its statements rest on no source
            if thing is not None:
                typing = Typing(SourceType(thing), False, f"names a text or rule ({thing})")
        sid = len(out)
        ids = sorted(set(g.attributions))
        for aid in ids:
            atts[aid].source = sid
        out.append(
            Source(
                id=sid,
                name=(
                    entity.name
                    if entity is not None
                    else UNIDENTIFIED
                    if g.alone and _is_pronoun(tokens)
                    else _elided_group(analysis, tokens, lex.quantifiers)
                    or (sp.name if sp is not None and sp.name else None)
                    or _display(text[main[0] : main[1]])
                ),
                type=typing.type,
                named=typing.named,
                entity=g.entity,
                kb_id=(entity.kb_id if entity is not None and entity.kb_id else typing.kb_id),
                mentions=[Span.of(text, s, e) for s, e in spans],
                attributions=ids,
                statements=len(ids),
                reason=typing.reason,
                affiliation=sp.affiliation if sp is not None else None,
                aliases=_aliases(entity, sp, spans, text),
            )
        )
    by_back_reference(out, analysis)
    by_recent_authority(out, analysis)
    by_guest(out, analysis)
    by_same_person(out)
    return out


def _is_pronoun(tokens: list[Token]) -> bool:
    return len(tokens) <= 2 and any(
        t.pos in ("PPER", "PPOSAT", "PRELS", "PDS", "PRELAT", "PIS") or t.text.lower() in _PRONOUNS
        for t in tokens[:1]
    )


_PRONOUNS = frozenset(
    [
        "er",
        "sie",
        "es",
        "ich",
        "wir",
        "ihr",
        "man",
        "der",
        "die",
        "das",
        "dessen",
        "deren",
        "denen",
        "seiner",
        "ihrer",
        "seine",
        "ihre",
        "sein",
        "dieser",
        "diese",
        "jener",
        "jene",
        "he",
        "she",
        "they",
        "it",
        "his",
        "her",
        "their",
        "i",
        "we",
    ]
)


def _aliases(entity, sp: Speaker | None, spans: list[tuple[int, int]], text: str) -> list[str]:
    names: list[str] = []
    if entity is not None:
        names += [a for a in entity.aliases if a != entity.name]
    for s, e in spans:
        surface = _display(text[s:e])
        if len(surface) > 2 and surface.lower() not in _PRONOUNS:
            names.append(surface)
    main = entity.name if entity is not None else (sp.name if sp is not None else None)
    return [n for n in dict.fromkeys(names) if n != main][:8]


def _elided_group(
    analysis: Analysis, tokens: list[Token], quantifiers: frozenset[str]
) -> str | None:
    """A bare quantifier whose noun was left out ("Viele User …, einige sehen darin …") named
    after the group it picks from: "einige (User)"; None for anything else."""
    if len(tokens) != 1 or tokens[0].text.lower() not in quantifiers:
        return None
    word = tokens[0]
    before = [t for t in analysis.tokens if t.sentence == word.sentence and t.end <= word.start]
    for left, right in zip(reversed(before[:-1]), reversed(before[1:]), strict=True):
        if left.text.lower() in quantifiers and right.text[:1].isupper():
            return f"{word.text} ({right.text})"
    return None


def _depth(att: Attribution, atts: list[Attribution]) -> int:
    d = 0
    while att.continues is not None and d < 10 and 0 <= att.continues < len(atts):
        att, d = atts[att.continues], d + 1
    return d


def _main_span(spans: list[tuple[int, int]], text: str) -> tuple[int, int]:
    """The span that names the source best: a non-pronoun, the longest."""

    def score(span: tuple[int, int]) -> tuple[int, int]:
        surface = text[span[0] : span[1]]
        return (
            len(surface.split()) > 1 or (surface[:1].isupper() and len(surface) > 4),
            span[1] - span[0],
        )

    return max(spans, key=score)


def _tokens(tokens: list[Token], starts: list[int], span: tuple[int, int]) -> list[Token]:
    k = bisect_left(starts, span[0])
    out = []
    while k < len(tokens) and tokens[k].start < span[1]:
        out.append(tokens[k])
        k += 1
    return out


def _merge(groups: list[_Group], text: str) -> list[_Group]:
    """Groups without an entity that name the same source: "des US-Instituts … (ISW)" and
    "ISW"; "Angela Merkel" and "Merkel"."""

    def names(g: _Group) -> set[str]:
        out: set[str] = set()
        for s, e in g.spans:
            surface = text[s:e]
            out.add(_key(surface))
            out.update(m.lower() for m in _ACRONYM.findall(surface))
            words = [w for w in surface.split() if w[:1].isupper()]
            if len(words) >= 2 and all(w[:1].isupper() for w in surface.split()[-2:]):
                out.add(words[-1].lower())
        return out

    def acronyms(g: _Group) -> set[str]:
        out: set[str] = set()
        for s, e in g.spans:
            surface = text[s:e]
            out.update(m.lower() for m in _ACRONYM.findall(surface))
            if surface.isupper() and 2 <= len(surface) <= 8:
                out.add(surface.lower())
        return out

    # the names and acronyms of each group, worked out once (again after a merge)
    known_names: dict[int, set[str]] = {}
    known_acronyms: dict[int, set[str]] = {}

    def names_of(g: _Group) -> set[str]:
        found = known_names.get(id(g))
        if found is None:
            found = known_names[id(g)] = names(g)
        return found

    def acronyms_of(g: _Group) -> set[str]:
        found = known_acronyms.get(id(g))
        if found is None:
            found = known_acronyms[id(g)] = acronyms(g)
        return found

    merged: list[_Group] = []
    # which merged groups hold a name / an acronym: only those can match (a scan of every
    # merged group for every group was quadratic in the number of sources)
    holding: dict[str, list[int]] = {}

    def index(at: int, g: _Group) -> None:
        for key in names_of(g) | acronyms_of(g):
            holding.setdefault(key, []).append(at)

    for g in groups:
        target, target_at = None, -1
        maybe = {at for key in names_of(g) | acronyms_of(g) for at in holding.get(key, ())}
        for at in sorted(maybe):
            m = merged[at]
            # "des US-Instituts für Kriegsstudien (ISW)" and "ISW" name one source even
            # where the entity layer made two clusters of them.
            both = g.entity is not None and m.entity is not None
            if (both and acronyms_of(g) & acronyms_of(m)) or (
                not both and names_of(g) & names_of(m)
            ):
                target, target_at = m, at
                break
        if target is None:
            merged.append(g)
            index(len(merged) - 1, g)
        else:
            index(target_at, g)
            target.spans.extend(g.spans)
            target.attributions.extend(g.attributions)
            known_names.pop(id(target), None)
            known_acronyms.pop(id(target), None)
            if target.entity is None:
                target.entity = g.entity
    return merged


def _one_person_one_source(analysis: Analysis, groups: list[_Group]) -> list[_Group]:
    """Groups that name one person are one ("Ignazio Marino" and a "Marino" the entity layer
    read as a place): a bare surname joins the person of the article named in full with it
    (see ``canonical``)."""
    index = surname_index(analysis)
    if not index:
        return groups
    text = analysis.text
    by_entity: dict[int, _Group] = {g.entity: g for g in groups if g.entity is not None}
    out: list[_Group] = []
    for g in groups:
        main = _main_span(g.spans, text)
        persons = person_for(analysis, g.entity, _display(text[main[0] : main[1]]), index)
        if persons is None:
            out.append(g)
            continue
        target = next((by_entity[p] for p in persons if p in by_entity), None)
        if target is None or target is g:
            g.entity = persons[0]
            by_entity[persons[0]] = g
            out.append(g)
            continue
        target.spans.extend(g.spans)
        target.attributions.extend(g.attributions)
    return out


def _surnames(analysis: Analysis) -> set[str]:
    """The last words of the article's persons' names of two words or more ("Richter" of
    "Gerhard Richter"), with their genitive: a role word there is a surname, no role."""
    return {
        words[-1] + tail
        for e in analysis.entities
        if e.type == EntityType.PER
        for n in [e.name, *e.aliases]
        for words in [n.split()]
        if len(words) >= 2
        for tail in ("", "s")
    }
