"""Typing from where and how a statement was made, and from what the article's own words
say a name is:

* an unnamed person who posts on a platform ("schrieb ein Lehrling auf Facebook", "Auf
  Twitter beklagten sich zahlreiche Nutzer", "in einem Posting") is a social-media source,
  not an anonymous group or a witness ("User im Netz", of no platform, stay anonymous);
* a name the article also uses as the first part of a compound with a body noun
  ("Al-Nour-Partei" … "Al-Nour verteidigt sich") is of that body's kind;
* a body's report closed into one word ("laut Rechnungshofbericht", "der Polizeistudie")
  is a document, unlike the body's statement ("Polizeiangaben" is the police);
* a person's "role" that is only a publication's name is no role: an interview's
  "STANDARD:" label the entity layer linked to the interviewee does not make them media.
"""

from __future__ import annotations

import re

from newsprobe.attribution.lexicon import SourceLexicon
from newsprobe.attribution.source_context import source_before
from newsprobe.attribution.source_types import Typing
from newsprobe.model import Analysis, Entity, EntityType, Source, SourceType

#: Where a statement was posted: a platform, the net, a posting (matched near the speaker).
_PLATFORM = re.compile(
    r"\b(?:(?:[Aa]uf|[Bb]ei|via|[Üü]ber|[Ii]m|[Ii]n)\s+(?:(?:der|dem|den|seiner|ihrer|seinem|ihrem|einem|"
    r"einer)\s+)?(?:[\w-]+\s+)?(?:Facebook|Twitter|Instagram|You[Tt]ube|TikTok|Telegram|"
    r"Reddit|Snapchat|Kurznachrichtendienst(?:es)?|sozialen\s+(?:Netzwerken|"
    r"Medien)|Foren|Forum|[\w-]*[Vv]ideo|[\w-]*[Bb]log)\b|(?:Hass)?[Pp]ostings?\b|\bgetwittert\b|\btwitterte\b|\bpostete\b)"
)
#: How far from the speaker phrase the platform may be named (characters, same sentence).
_PLATFORM_REACH = 80
#: Words for hearsay and reports, which are no one posting.
_HEARSAY = ("gerücht", "bericht", "meldung", "quelle", "stimmen")
#: Typings of an unnamed person that a platform makes a social-media source.
_POSTER_KINDS = frozenset({SourceType.ANONYMOUS, SourceType.WITNESS, SourceType.OTHER})


def by_platform(
    typing: Typing,
    analysis: Analysis,
    entity: Entity | None,
    spans: list[tuple[int, int]],
) -> Typing:
    """An unnamed speaker (no entity, not named) whose phrase stands next to a platform in
    its sentence posted there: social media."""
    if entity is not None or typing.type not in _POSTER_KINDS:
        return typing
    if typing.named and not typing.reason.startswith("head noun"):
        return typing  # a name: its own kind, wherever it posts
    if typing.reason.startswith(("speaks for", "stands for")):
        return typing  # a body's voice ("das Social-Media-Team des Unternehmens")
    if any(w in typing.reason.lower() for w in _HEARSAY):
        return typing  # "im Internet verbreitete Gerüchte": hearsay, not a poster
    if typing.reason.startswith("knowledge base"):
        return typing
    text = analysis.text
    for start, end in spans:
        sentence = next((s for s in analysis.sentences if s.start <= start < s.end), None)
        if sentence is None:
            continue
        lo = max(sentence.start, start - _PLATFORM_REACH)
        hi = min(sentence.end, end + _PLATFORM_REACH)
        found = _PLATFORM.search(text, lo, hi)
        if found is not None:
            where = " ".join(found.group(0).split())
            return Typing(SourceType.SOCIAL_MEDIA, False, f"posted {where!r} (social_media)")
    return typing


#: Body nouns that, closed after a name ("Al-Nour-Partei", "Ifo-Institut"), say its kind.
_BODY_TAILS = frozenset(
    [
        "partei", "fraktion", "institut", "forschungsinstitut", "universität", "hochschule",
        "ministerium", "behörde", "polizei", "zeitung", "magazin", "sender", "portal",
        "konzern", "unternehmen", "verband", "gewerkschaft", "verein", "miliz",
    ]
)  # fmt: skip
_COMPOUND = re.compile(r"\b([A-ZÄÖÜ][\w]*(?:-[A-ZÄÖÜ][\w]*)*)-([A-ZÄÖÜ][a-zäöüß]+)\b")
_KEY = "source_scene.compound_kinds"


def compound_kinds(analysis: Analysis, lex: SourceLexicon) -> dict[str, str]:
    """Name -> kind for the names the article closes into a compound with a body noun
    ("Al-Nour-Partei" -> Al-Nour: politician); a name closed with bodies of two kinds has
    none (memoised per analysis)."""
    cached = analysis._scratch.get(_KEY)
    if cached is not None:
        return dict(cached)
    seen: dict[str, set[str]] = {}
    for found in _COMPOUND.finditer(analysis.text):
        name, tail = found.group(1), found.group(2)
        low = tail.lower()
        stem = next((b for b in _BODY_TAILS if low == b or low == b + "en" or low == b + "s"), None)
        if stem is None:
            continue
        hit = lex.head_type(stem)
        if hit is not None:
            seen.setdefault(name, set()).add(hit[0])
    out = {name: kinds.pop() for name, kinds in seen.items() if len(kinds) == 1}
    analysis._scratch[_KEY] = out
    return dict(out)


#: Typings that knew only that there is a name, or guessed a group from a bare word.
_UNKNOWN_REASONS = (
    "named, of no known kind",
    "unnamed group (",
    "organisation of unknown kind",
    "unnamed, of no known kind",
)


def by_name_compound(
    typing: Typing, analysis: Analysis, entity: Entity | None, name: str, lex: SourceLexicon
) -> Typing:
    """A source of no known kind whose name the article closes with a body noun
    elsewhere ("Al-Nour" beside "Al-Nour-Partei") takes that body's kind."""
    if not typing.reason.startswith(_UNKNOWN_REASONS):
        return typing
    if entity is not None and entity.type == EntityType.PER:
        return typing
    kind = compound_kinds(analysis, lex).get(name.strip())
    if kind is None or kind in ("document", "social_media"):
        return typing
    return Typing(SourceType(kind), True, f"'{name.strip()}-' names a body of its kind ({kind})")


#: Research documents: a body's report closed into one word is the paper, not the body.
_REPORT_TAILS = (
    "bericht", "berichts", "berichtes", "studie", "gutachten", "gutachtens", "analyse",
    "umfrage", "prognose", "statistik", "erhebung", "untersuchung",
)  # fmt: skip


def by_report_compound(typing: Typing, surface: str, name: str | None) -> Typing:
    """A speaker typed by the body its phrase stands for, where the phrase is that body's
    report in one word ("laut Rechnungshofbericht"): a document."""
    if not name or not typing.reason.startswith("stands for"):
        return typing
    if typing.type == SourceType.MEDIA:
        return typing  # "laut einem Medienbericht": the press reports, its report is no paper
    low_name = name.lower()
    for word in re.split(r"[\s„“\"]+", surface):
        low = word.lower()
        if (
            low.startswith(low_name)
            and len(low) > len(low_name) + 4
            and low.endswith(_REPORT_TAILS)
        ):
            return Typing(SourceType.DOCUMENT, False, f"a report of {name!r} (document)")
    return typing


#: Media heads that name a person who works for a publication (a role), not the publication.
_MEDIA_PEOPLE = (
    "redakteur", "journalist", "reporter", "moderator", "kommentator", "herausgeber",
    "korrespondent", "kolumnist", "dokumentarfilmer", "verleger", "chefredakteur",
)  # fmt: skip


def person_roles(roles: list[str], entity: Entity | None, lex: SourceLexicon) -> list[str]:
    """A person's roles without the bare publication names among them ("STANDARD", the
    interviewer's label an interview's coreference linked to the interviewee)."""
    if entity is None or entity.type != EntityType.PER:
        return roles
    out = []
    for role in roles:
        words = role.split()
        if len(words) == 1:
            hit = lex.head_type(words[0].strip('„“"(),:'))
            low = words[0].lower()
            if (
                hit is not None
                and hit[0] == "media"
                and not any(p in hit[1] or p in low for p in _MEDIA_PEOPLE)
            ):
                continue
        out.append(role)
    return out


#: Bare statement nouns of no one named ("nach Angaben vom Mittwoch", "nach bisherigen
#: Erkenntnissen") and the words of time that may stand beside them ("ersten Angaben
#: zufolge" is none: first reports, of no one in particular, stay anonymous).
_BARE_STATEMENTS = frozenset(["angaben", "erkenntnissen", "erkenntnisse", "informationen"])
_TIME_WORDS = frozenset(
    [
        "bisherigen", "jüngsten", "neuesten", "neuen", "vorläufigen", "aktuellen",
        "letzten", "vom", "von", "am", "nach", "zufolge", "den", "montag", "dienstag",
        "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    ]
)  # fmt: skip
#: Kinds of source a bare statement just after one of theirs is taken to go on from.
_AUTHORITY_KINDS = frozenset({SourceType.OFFICIAL})


def by_recent_authority(sources: list[Source], analysis: Analysis) -> None:
    """Statements resting on a bare "nach Angaben (vom Mittwoch)" or "nach bisherigen
    Erkenntnissen", right after a statement of an authority (the same or the sentence
    before: "teilte ein Sprecher des Lagezentrums mit. Die Zahl der Verletzten liege nach
    bisherigen Erkenntnissen …"), rest on that authority's information: typed official."""
    for src in sources:
        if src.type != SourceType.ANONYMOUS or not src.reason.startswith("no one named ("):
            continue
        if not src.mentions or not src.attributions:
            continue
        words = re.findall(r"\w+", src.mentions[0].text.lower())
        if not words or not any(w in _BARE_STATEMENTS for w in words):
            continue
        if any(w not in _BARE_STATEMENTS and w not in _TIME_WORDS for w in words):
            continue  # "nach libyschen Angaben", "nach Angaben aus Kreisen": someone's
        other = source_before(sources, analysis, src, 1)
        if other is not None and other.type in _AUTHORITY_KINDS:
            src.type = other.type
            src.reason = f"goes on from {other.name!r} ({other.type.value})"


#: Bodies that are made of the people their compound's first part names ("Historiker-
#: kommission", "Expertenrat", "Forscherteam"): of those people's kind where it is expert.
_GROUP_TAILS = ("kommission", "rat", "gremium", "team", "gruppe", "runde", "komitee", "beirat")
_HEAD = re.compile(r"head noun '([^']+)' \(([^:]+): (\w+)\)")


def by_expert_body(typing: Typing, lex: SourceLexicon) -> Typing:
    """A body typed by the tail of its compound ("Historikerkommission" -> kommission ->
    official) whose first part names experts ("Historiker") is a body of experts."""
    found = _HEAD.match(typing.reason)
    if found is None or typing.type == SourceType.EXPERT:
        return typing
    word, stem = found.group(1), found.group(2).lower()
    low = word.lower()
    if stem not in _GROUP_TAILS or not low.endswith(stem) or len(low) <= len(stem) + 3:
        return typing
    first = word[: len(word) - len(stem)].rstrip("-")
    hit = lex.head_type(first.capitalize())
    if hit is None or hit[0] != "expert":
        return typing
    return Typing(SourceType.EXPERT, typing.named, f"a body of {first} (expert)", typing.kb_id)


#: First words of a quoted name that make it a campaign or body, not a publication
#: ("„Aktion Deutschland hilft“", "„Initiativ Roude Léiw“").
_CAMPAIGNS = ("aktion", "initiativ", "bündnis", "kampagne", "bewegung", "verein", "stiftung")
#: Words that introduce a quoted name as what a person goes by ("unter dem Spitznamen").
_ALIAS = re.compile(r"(?i)(?:spitz|künstler|deck|nick)namen?\s*$|pseudonym\s*$")
_QUOTED = re.compile(r"[„»\"“]\s*([^“«\"„]+?)\s*[“«\"]")


def by_quoted_name(typing: Typing, analysis: Analysis, surface: str) -> Typing:
    """A quoted name typed as a publication for its quotes alone that names a campaign or
    body ("„Aktion Deutschland hilft“") or that the article gives as someone's nickname
    ("unter dem Spitznamen „Muslix64“") is no publication: other."""
    if not typing.reason.startswith("a quoted title"):
        return typing
    found = _QUOTED.search(surface)
    # the phrase may end before the closing mark ("die „Aktion X hilft")
    name = found.group(1) if found is not None else re.split(r"[„»\"“]", surface)[-1].strip()
    words = name.split()
    if words and words[0].lower().startswith(_CAMPAIGNS):
        return Typing(SourceType.OTHER, True, f"a campaign or body named {name!r} (other)")
    text = analysis.text
    at = text.find(name)
    while at >= 0:
        if _ALIAS.search(text[max(0, at - 30) : at].rstrip('„»"“ ')):
            return Typing(SourceType.OTHER, True, f"a nickname, {name!r} (other)")
        at = text.find(name, at + len(name))
    return typing
