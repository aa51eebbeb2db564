"""Ordinary people the article quotes about their own lives: witnesses.

Articles name people in the news by their full name and a role; they name ordinary people —
refugees, victims, residents, customers — by a given name alone ("Zainab kommt aus Aleppo",
"beklagt sich Ali"), or change their names to shield them ("Bernhard Mayer (Name von der
Redaktion geändert)").  A person of no known role who is named only so is a witness.  A group
named only by where its people come from ("eine Gruppe junger Iraker und Syrer", "Afghanen
berichten") speaks as those people, a witness too; one person named by a demonym ("der
Franzose") is a description of someone named elsewhere, and "die Kanadier" as often the
state as its people: both are left alone.  A relative named by a given name ("seinen Sohn
Paolo") shares the surname of someone in the news and is no sign of an ordinary person.

The government or ministry of a politician ("die Regierung von Alexis Tsipras", "laut
Mikl-Leitners Ministerium") is the body that speaks, official, not the person.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from newsprobe.attribution.gender import known_first_name
from newsprobe.attribution.lexicon import SourceLexicon
from newsprobe.attribution.origins import demonym_country
from newsprobe.attribution.source_types import Typing, kb_entry
from newsprobe.language.words import FUNCTION_WORDS
from newsprobe.model import Analysis, Entity, EntityType, SourceType, Token

#: Typings of a person the article gives no role and the knowledge base does not know.
_NO_ROLE = ("named person without a known role", "named, of no known kind")
#: Typings of an unnamed group of no known kind.
_NO_KIND = (
    "unnamed, of no known kind",
    "unnamed group (",
    "named, of no known kind",
    "unnamed or vague source (",
)
#: A note that a person's name was changed or is withheld, right after the name.
_CHANGED = re.compile(
    r"^\W{0,3}\(\s*(?:der\s+)?Name\s+(?:wurde\s+)?(?:von\s+der\s+Redaktion\s+|"
    r"der\s+Redaktion\s+)?(?:geändert|bekannt)",
    re.IGNORECASE,
)
#: Determiners of one person ("der Franzose", "des Syrers"): a description, not a group.
_ONE_PERSON = frozenset(["der", "des", "dem", "ein", "eines", "einem"])


def by_ordinary_person(typing: Typing, analysis: Analysis, entity: Entity | None) -> Typing:
    """A person of no known role the article names by a given name alone, or whose name it
    says it changed, is a witness."""
    if entity is None or entity.type not in (EntityType.PER, EntityType.MISC):
        return typing
    if typing.type != SourceType.OTHER or not typing.reason.startswith(_NO_ROLE):
        return typing
    if _changed_name(analysis, entity):
        return Typing(SourceType.WITNESS, True, "a name the article changed (witness)")
    if entity.type == EntityType.MISC and not _given_name(entity.name):
        return typing
    surfaces = {analysis.mentions[m].text for m in entity.mentions if m < len(analysis.mentions)}
    if _kin_named(analysis, entity):
        return typing  # "seinen Sohn Paolo": the family of someone named shares the surname
    if surfaces and all(_given_name(s) for s in surfaces | {entity.name}):
        return Typing(
            SourceType.WITNESS, True, f"named by a given name alone ({entity.name}: witness)"
        )
    return typing


def _changed_name(analysis: Analysis, entity: Entity) -> bool:
    """Whether a mention of ``entity`` is followed by "(Name geändert)" or the like."""
    text = analysis.text
    for m in entity.mentions:
        if m < len(analysis.mentions):
            end = analysis.mentions[m].end
            if _CHANGED.match(text[end : end + 60]):
                return True
    return False


#: Words for a relative before a given name ("seine Tochter Maria").
_KIN = re.compile(
    r"(?i)\b(?:sohn|tochter|bruder|schwester|frau|mann|ehefrau|ehemann|vater|mutter|enkel"
    r"|enkelin|neffe|nichte|cousin|cousine|onkel|tante)\W{1,3}$"
)


def _kin_named(analysis: Analysis, entity: Entity) -> bool:
    """Whether a mention of ``entity`` follows a word for a relative ("seinen Sohn Paolo")."""
    text = analysis.text
    return any(
        _KIN.search(text[max(0, analysis.mentions[m].start - 20) : analysis.mentions[m].start])
        for m in entity.mentions
        if m < len(analysis.mentions)
    )


def _given_name(name: str) -> bool:
    """Whether ``name`` is one word, a given name (the knowledge base's list), or its
    genitive ("Zainabs")."""
    word = name.strip()
    if " " in word:
        return False
    return known_first_name(word) or (word.endswith("s") and known_first_name(word[:-1]))


def by_origin_group(typing: Typing, entity: Entity | None, tokens: list[Token]) -> Typing:
    """An unnamed group of no known kind whose nouns name where its people come from
    ("eine Gruppe von jungen Irakern und Syrern", "Afghanen") is a witness."""
    if entity is not None:
        return typing
    if typing.type not in (SourceType.OTHER, SourceType.ANONYMOUS):
        return typing
    if not typing.reason.startswith(_NO_KIND):
        return typing
    if tokens and tokens[0].text.lower() in _ONE_PERSON:
        return typing
    if len(tokens) == 2 and tokens[0].text.lower() == "die":
        return typing  # "die Kanadier": as often the state as its people
    # a demonym heads its phrase ("Irakern und Syrern"); before a noun it is an adjective
    # ("den Deutschen Verlagen")
    people = [
        t.text
        for k, t in enumerate(tokens)
        if t.text[:1].isupper()
        and t.text.isalpha()
        and demonym_country(t.text) is not None
        and not (k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper())
    ]
    if not people:
        return typing
    return Typing(SourceType.WITNESS, False, f"people named by their origin ({people[0]})")


_SPOKESPERSON = re.compile(r"(?i)sprecher(?:in)?\b")


#: Nouns for the government or administration an office holder leads.
_BODIES = ("regierung", "ministerium", "kabinett", "administration", "verwaltung", "regime")
_DETERMINERS = frozenset(["der", "die", "das", "des", "dem", "den", "laut", "nach", "von"])


def by_body_of_person(
    typing: Typing, entity: Entity | None, tokens: list[Token], surfaces: list[str]
) -> Typing:
    """A politician's government or ministry ("die Regierung von Alexis Tsipras",
    "Mikl-Leitners Ministerium", "die Regierung Valls") speaks as a body: official; only
    where every phrase of the source names it so (the person quoted as well speaks as a
    politician)."""
    if entity is None or entity.type != EntityType.PER or typing.type != SourceType.POLITICIAN:
        return typing
    if not all(re.search("(?i)" + "|".join(_BODIES), s) for s in surfaces):
        return typing
    names = set(entity.name.split())
    nouns = [
        t.text
        for t in tokens
        if t.text[:1].isupper()
        and t.text.lower() not in _DETERMINERS
        and t.text not in names
        and t.text[:-1] not in names  # the name's genitive ("Mikl-Leitners")
    ]
    if not nouns or not nouns[0].lower().endswith(_BODIES):
        return typing
    if _SPOKESPERSON.search(" ".join(t.text for t in tokens)):
        return typing  # "Sprecher der Regierung X": a person, typed above
    return Typing(SourceType.OFFICIAL, False, f"the {nouns[0]} of {entity.name} (official)")


_BARE = re.compile(r"unnamed group \(([^)\s]+)\)$")


def by_surname(
    typing: Typing, analysis: Analysis, lex: SourceLexicon, entity: Entity | None
) -> Typing:
    """A bare capitalised word typed an unnamed group that is the surname of a person the
    article names in full ("Adrien Zeller … sagte Zeller", where the tagger missed the
    name) is that person: the knowledge base's kind for them, else a named person
    the article's roles may type."""
    if entity is not None or typing.type != SourceType.ANONYMOUS:
        return typing
    found = _BARE.match(typing.reason)
    if found is None:
        return typing
    word = found.group(1)
    if not word[:1].isupper() or lex.head_type(word) is not None or lex.is_vague(word):
        return typing
    person = next(
        (
            e
            for e in analysis.entities
            if e.type == EntityType.PER
            and len(e.name.split()) > 1
            and e.name.split()[-1] in (word, word[:-1])
        ),
        None,
    )
    full = person.name if person is not None else _full_name(analysis, word, lex)
    if full is None:
        return typing
    entry = kb_entry(person.kb_id if person is not None else None, full)
    kind = lex.kb_categories.get(entry.category) if entry is not None else None
    if kind is not None:
        return Typing(SourceType(kind), True, f"knowledge base: the surname of {full}")
    return Typing(SourceType.OTHER, True, "named person without a known role")


def _full_name(analysis: Analysis, surname: str, lex: SourceLexicon) -> str | None:
    """A given name and ``surname`` as the text writes them ("Dianne Feinstein"), where the
    entity layer did not find the person: a listed given name, or a word tagged a proper
    noun that is no role, body or place ("Bürgermeisterin Feinstein", "Im Fokus" are none)."""
    from newsprobe.attribution.kb_lookup import is_place

    starts = [t.start for t in analysis.tokens]
    for found in re.finditer(rf"\b([A-ZÄÖÜ][a-zäöüéèë]+) {re.escape(surname)}\b", analysis.text):
        first = found.group(1)
        k = bisect_left(starts, found.start(1))
        proper = k < len(starts) and starts[k] == found.start(1) and analysis.tokens[k].pos == "NE"
        if _given_name(first) or (
            proper
            and first.lower() not in FUNCTION_WORDS
            and lex.head_type(first) is None
            and not lex.is_vague(first)
            and not is_place(first)
        ):
            return f"{first} {surname}"
    return None


#: A relative clause right after a name ("X, die für die Grünen im Landtag sitzt, …").
_RELATIVE = re.compile(r"^\s*,\s*(?:der|die)\s+([^,.;:!?]{3,90})")
#: Chambers one sits in as a politician, after "im"/"in den"/"in der".
_CHAMBER = re.compile(
    r"\b(?:im|in\s+den|in\s+der|ins)\s+(?:\w+\s+)?(?:Landtag|Nationalrat|Bundesrat|Bundestag|"
    r"Gemeinderat|Stadtrat|Parlament|Senat|Kongress|Europaparlament|EU-Parlament)\b"
)


#: Words of membership in a relative clause that names a party.
_MEMBER = re.compile(
    r"\b(?:sitzt|saß|sitzen|angehört|angehörte|Mitglied|kandidiert|kandidierte|vertritt|"
    r"vertrat|für\s+(?:die|den|das))\b"
)


def by_party_clause(
    typing: Typing, analysis: Analysis, entity: Entity | None, lex: SourceLexicon
) -> Typing:
    """A person of no known role whom a relative clause right after the name places in a
    party or a chamber ("Marlene Gruber, die für die Grünen im Landtag sitzt") is a
    politician."""
    from newsprobe.attribution.kb_lookup import kb_party

    if entity is None or entity.type != EntityType.PER or typing.type != SourceType.OTHER:
        return typing
    if not typing.reason.startswith(_NO_ROLE):
        return typing
    text = analysis.text
    for m in entity.mentions:
        if m >= len(analysis.mentions):
            continue
        end = analysis.mentions[m].end
        found = _RELATIVE.match(text[end : end + 120])
        if found is None:
            continue
        clause = found.group(1)
        words = re.findall(r"[\wÄÖÜäöüß]+(?=-)|[\wÄÖÜäöüß]+", clause)
        party = next((w for w in words if w[:1].isupper() and kb_party(w)), None)
        if party is not None and not _MEMBER.search(clause):
            party = None  # "die der SPÖ nahesteht", "die die FPÖ kritisiert": no member
        if party is not None or _CHAMBER.search(clause):
            why = f"the party {party}" if party else "a chamber"
            return Typing(
                SourceType.POLITICIAN, True, f"a relative clause names {why} (politician)"
            )
    return typing
