"""Source types from what the rest of the article says about a speaker the speaker phrase
leaves without a kind:

* a kind noun right before another occurrence of its name ("berichteten die Zeitungen La
  Dernière Heure und …" -> media; "der UN-Hochkommissar für Menschenrechte, Zeid Raad
  al-Hussein" -> official; "Präsident Otto Pérez" -> politician), a role predicated of it
  ("Butterfill ist Chefökonom des …" -> expert) or an apposition after it ("Albrecht Conze,
  der politische Direktor der UN-Mission, …" -> official), where the entity layer did not
  link that occurrence or apposition to the speaker;
* a colleague of the source just before ("betonte sein Kollege Stefan Bruckbauer" after a
  bank's economist -> expert);
* a bare leading role after a possessive ("Ihr Vorsitzender Eberhard Brandt" after "die
  GEW") leads the organisation named just before: it takes that organisation's kind;
* a statement noun that points back ("den Angaben zufolge", "diesen Informationen nach")
  rests on the source of the statements just before: it takes that source's type.
"""

from __future__ import annotations

import re

from newsprobe.attribution.lexicon import SourceLexicon
from newsprobe.attribution.source_types import Typing
from newsprobe.model import Analysis, Entity, EntityType, Source, SourceType, Token

#: Typings of a named speaker that know nothing of its kind.
_UNKNOWN = ("named person without a known role", "organisation of unknown kind", "named, of no")
#: Kinds a noun before a name gives it (not document, witness, anonymous: "Opfer X").
_NAME_KINDS = frozenset(["politician", "official", "expert", "media"])
#: Words that may stand between a kind noun and the name ("die Zeitungen La …").
_DETERMINERS = frozenset(["der", "die", "das", "des", "dem", "den", "ein", "eine", "einer"])


def as_person(entity: Entity | None) -> Entity | None:
    """A place, organisation or other name the tagger gave a person's full name ("Oskar
    Deutsch" as a place, "Hans-Werner Sinn" as an organisation: a known first name, each
    part of a hyphenated one known, and a surname) is typed as the person it is; not an
    organisation the knowledge base knows or whose words say a body ("Hugo Boss AG")."""
    if entity is None or entity.type not in (EntityType.LOC, EntityType.MISC, EntityType.ORG):
        return entity
    words = entity.name.split()
    if len(words) < 2 or not all(w[:1].isupper() and w.isalpha() for w in words[1:]):
        return entity
    try:
        from newsprobe.entities.kb import first_names
    except ImportError:  # the entities layer is optional
        return entity
    if not all(part in first_names() for part in words[0].split("-")):
        return entity
    if entity.type == EntityType.ORG and (
        len(words) != 2 or _known_body(entity) or words[1].isupper()
    ):
        return entity
    return entity.model_copy(update={"type": EntityType.PER})


def _known_body(entity: Entity) -> bool:
    """Whether the knowledge base knows an organisation by this id or name, or the source
    lexicon types a word of its name."""
    from newsprobe.attribution.lexicon import sources
    from newsprobe.attribution.source_types import kb_entry

    entry = kb_entry(entity.kb_id, entity.name)
    if entry is not None and entry.type == "ORG":
        return True
    lex = sources("de")
    return any(lex.head_type(w) is not None for w in entity.name.split())


def by_article_kind(
    typing: Typing, analysis: Analysis, entity: Entity | None, lex: SourceLexicon
) -> Typing:
    """A named speaker of no known kind takes the kind of a noun that stands right before
    another occurrence of its name in the article, or opens the apposition the name closes
    ("der UN-Hochkommissar für Menschenrechte, Zeid …")."""
    if entity is None or entity.type not in (EntityType.PER, EntityType.ORG):
        return typing
    if not typing.reason.startswith(_UNKNOWN) or typing.type != SourceType.OTHER:
        return typing
    names = {n for n in (entity.name, *entity.aliases) if len(n) >= 3}
    if entity.type == EntityType.PER:
        # the surname alone names a person again ("Zeid", "Pérez")
        names |= {n.split()[-1] for n in list(names) if len(n.split()[-1]) >= 4}
    firsts = {n.split()[0] for n in names}
    toks = analysis.tokens
    where = _token_positions(analysis)
    for i in sorted(j for first in firsts for j in where.get(first, ())):
        tok = toks[i]
        if not any(
            analysis.text.startswith(n, tok.start) for n in names if n.split()[0] == tok.text
        ):
            continue
        found = _kind_before(toks, i, lex, person=entity.type == EntityType.PER)
        if found is None and entity.type == EntityType.PER:
            found = _kind_after(toks, i, len(_longest_at(analysis.text, tok.start, names)), lex)
        if found is not None:
            kind, word = found
            return Typing(
                SourceType(kind), typing.named, f"called {word!r} in the article ({kind})"
            )
    return typing


_POSITIONS = "source_context.positions"


def _token_positions(analysis: Analysis) -> dict[str, list[int]]:
    """Token text -> the indices of its tokens, built once per article (memoised on the
    analysis): looking a name up must not scan the whole text once per source, which made
    a 1 MB text quadratic."""
    cached = analysis._scratch.get(_POSITIONS)
    if cached is not None and cached[0] == len(analysis.tokens):
        return cached[1]
    where: dict[str, list[int]] = {}
    for i, tok in enumerate(analysis.tokens):
        where.setdefault(tok.text, []).append(i)
    analysis._scratch[_POSITIONS] = (len(analysis.tokens), where)
    return where


def _kind_before(
    toks: list[Token], i: int, lex: SourceLexicon, *, person: bool
) -> tuple[str, str] | None:
    """``(kind, noun)`` of the kind noun before the name at token ``i``: right before it
    (a person's first names and a determiner may stand between), or opening the comma
    apposition it closes."""
    sent = toks[i].sentence
    j = i - 1
    if person:
        while j >= 0 and i - j <= 2 and toks[j].pos in ("NE", "FM") and toks[j].sentence == sent:
            j -= 1  # first names
    if j >= 0 and toks[j].sentence == sent and toks[j].text == ",":
        # "der UN-Hochkommissar für Menschenrechte, Zeid": the role opens the phrase
        for k in range(j - 1, max(-1, j - 6), -1):
            if toks[k].sentence != sent or toks[k].text in (",", ";", ":"):
                return None
            if (toks[k].pos or "").startswith("V"):
                return None
            if toks[k].text.lower() in _DETERMINERS and k + 1 < j:
                return _kind_of(toks[k + 1].text, lex)
        return None
    while j >= 0 and toks[j].sentence == sent and toks[j].text.lower() in _DETERMINERS:
        j -= 1
    if j < 0 or toks[j].sentence != sent or not toks[j].text[:1].isupper():
        return None
    return _kind_of(toks[j].text, lex)


def _longest_at(text: str, start: int, names: set[str]) -> str:
    return max((n for n in names if text.startswith(n, start)), key=len, default="")


#: Copulas that predicate a role of a name ("Butterfill ist Chefökonom des …").
_COPULAS = frozenset(["ist", "war"])


def _kind_after(
    toks: list[Token], i: int, length: int, lex: SourceLexicon
) -> tuple[str, str] | None:
    """``(kind, noun)`` of a role predicated of the name at token ``i`` (``length``
    characters long): "X ist Chefökonom …", "X war Außenministerin" (one determiner or
    adjective may stand before the role), or of its apposition ("X, der Direktor der …")."""
    end = toks[i].start + length
    j = i
    while j < len(toks) and toks[j].end <= end:
        j += 1
    sent = toks[i].sentence
    if j + 2 >= len(toks) or toks[j].sentence != sent:
        return None
    if toks[j].text == "," and toks[j + 1].text.lower() in _APPOSITION_ARTICLES:
        return _apposition_kind(toks, j + 2, lex)
    if toks[j].text == "," and toks[j + 1].pos == "NN":
        # "so Nguyen Khac Giang, Wissenschafter am vietnamesischen Institut …"
        return _apposition_kind(toks, j + 1, lex)
    if toks[j].text not in _COPULAS:
        return None
    for k in (j + 1, j + 2):
        if toks[k].sentence == sent and toks[k].text[:1].isupper():
            return _kind_of(toks[k].text, lex)
    return None


#: Articles that open an apposition after a name ("X, der politische Direktor der …,").
_APPOSITION_ARTICLES = frozenset(["der", "die", "ein", "eine"])
#: Kinds an apposition may give (a text or a platform is nobody's role).
_ROLE_KINDS = _NAME_KINDS | {"witness", "other"}


def _apposition_kind(toks: list[Token], k: int, lex: SourceLexicon) -> tuple[str, str] | None:
    """The kind of the role an apposition opening at token ``k`` names: adjectives, then a
    noun, up to the next comma ("politische Direktor der UN-Mission im Kongo"); none for a
    relative clause ("der als Vater der Pisa-Tests gilt")."""
    from newsprobe.attribution.person_roles import role_type

    sent = toks[k].sentence
    words: list[str] = []
    noun = False
    while k < len(toks) and toks[k].sentence == sent and toks[k].text not in (",", ";", ":"):
        if not noun and toks[k].pos not in ("ADJA", "NN", "NE"):
            return None  # a relative clause, not an apposition
        if (toks[k].pos or "").startswith("V"):
            return None  # a clause ("sagte X, Flüchtlinge seien …"), not an apposition
        noun = noun or toks[k].pos in ("NN", "NE")
        words.append(toks[k].text)
        k += 1
        if len(words) >= 12:
            break  # the role and its body are in the first words
    found = role_type(" ".join(words), lex) if noun else None
    if found is None or found[0] not in _ROLE_KINDS:
        return None
    return found[0], " ".join(words)


def _kind_of(word: str, lex: SourceLexicon) -> tuple[str, str] | None:
    hit = lex.head_type(word)
    if hit is None or hit[0] not in _NAME_KINDS:
        return None
    return hit[0], word


#: Role nouns for a colleague of the person named before.
_COLLEAGUES = frozenset(["kollege", "kollegin", "kollegen", "mitstreiter", "mitstreiterin"])


def by_colleague(
    typing: Typing,
    analysis: Analysis,
    entity: Entity | None,
    roles: list[str],
    before: list[Source],
    statements: list[int],
) -> Typing:
    """A named person of no known kind whom the article calls a colleague ("sein Kollege
    Stefan Bruckbauer") shares the kind of the person source quoted last before it."""
    if entity is None or entity.type != EntityType.PER:
        return typing
    if not typing.reason.startswith(_UNKNOWN[0]) or not statements:
        return typing
    if not any(w.lower() in _COLLEAGUES for r in roles for w in re.findall(r"\w+", r)):
        return typing
    first = min(statements)
    prior = [
        s
        for s in before
        if s.entity is not None
        and analysis.entities[s.entity].type == EntityType.PER
        and any(a < first for a in s.attributions)
        and s.type not in (SourceType.OTHER, SourceType.UNRESOLVED, SourceType.ANONYMOUS)
    ]
    if not prior:
        return typing
    last = max(prior, key=lambda s: max(a for a in s.attributions if a < first))
    return Typing(last.type, typing.named, f"a colleague of {last.name!r} ({last.type.value})")


#: Statement nouns that, with a determiner pointing back, mean "what was just said".
_BACK_NOUNS = frozenset(
    ["angaben", "informationen", "erkenntnissen", "erkenntnisse", "darstellung", "aussagen",
     "berichten", "berichte"]
)  # fmt: skip
#: Determiners that point back to statements just reported (not "ersten Angaben zufolge",
#: "nach bisherigen Erkenntnissen": first or current reports of no one in particular).
_BACK_WORDS = frozenset(["den", "diesen", "dessen", "deren", "jenen"])
#: Reasons of the typings a pointing-back phrase gets (no one named, a vague report).
_NO_ONE = ("no one named (", "unnamed or vague source (")


def by_back_reference(sources: list[Source], analysis: Analysis) -> None:
    """Statements resting on "den Angaben zufolge" or "diesen Informationen nach" rest on
    the source of the statement just before (at most two sentences back): their source takes
    that source's type (its name stays, and it is still unnamed)."""
    for src in sources:
        if not src.reason.startswith(_NO_ONE) or src.type != SourceType.ANONYMOUS:
            continue
        if not src.mentions:
            continue
        mention = src.mentions[0]
        # the phrase and the word before it ("den" of "den Angaben zufolge")
        words = re.findall(r"\w+", analysis.text[max(0, mention.start - 30) : mention.end].lower())
        if len(words) < 2 or words[-1] not in _BACK_NOUNS or words[-2] not in _BACK_WORDS:
            continue
        other = source_before(sources, analysis, src, 2)
        if other is None or other.type == SourceType.UNRESOLVED:
            continue
        src.type = other.type
        src.reason = f"points back to {other.name!r} ({other.type.value})"


def source_before(
    sources: list[Source], analysis: Analysis, src: Source, back: int
) -> Source | None:
    """The source of the last statement before ``src``'s first one, of another source,
    ending at most ``back`` sentences before it; None where there is none."""
    atts = analysis.attributions
    if not src.attributions:
        return None
    first = min(src.attributions)
    sents = atts[first].sentences
    if not sents:
        return None
    prior = [
        a
        for a in atts[:first]
        if a.source is not None
        and a.source != src.id
        and a.sentences
        and sents[0] - back <= a.sentences[-1] <= sents[0]
    ]
    return sources[prior[-1].source] if prior else None  # type: ignore[index]


_POSSESSIVE_ROLE = re.compile(r"\b(?:[Ii]hr|[Ss]ein)(?:e|em|en|er)?\s+(\w+)\s+[A-ZÄÖÜ]")


def by_possessive_role(
    typing: Typing,
    analysis: Analysis,
    entity: Entity | None,
    spans: list[tuple[int, int]],
    lex: SourceLexicon,
) -> Typing:
    """A person introduced by a possessive and a bare leading role ("Ihr Vorsitzender
    Eberhard Brandt", "sein Sprecher X") leads or speaks for the organisation the article
    named just before (in that sentence or the two before, with no person named between):
    the organisation's kind, not the role word's guess (a union's chair is no politician)."""
    from newsprobe.attribution.person_roles import LEADING_ROLES, org_type

    if entity is None or entity.type != EntityType.PER:
        return typing
    text = analysis.text
    for start, end in spans:
        found = _POSSESSIVE_ROLE.search(text[max(0, start - 40) : end])
        if found is None or found.group(1).lower() not in LEADING_ROLES:
            continue
        body = _body_before(analysis, start, entity)
        kind = org_type(body.name, lex) if body is not None else None
        if kind is None or kind in ("document", "social_media", "anonymous", "witness"):
            continue
        if kind == "expert" and found.group(1).lower().startswith("sprecher"):
            kind = "official"  # an institute's spokesperson speaks officially
        return Typing(SourceType(kind), typing.named, f"{found.group(1)} of {body.name!r} ({kind})")
    return typing


def _body_before(analysis: Analysis, at: int, entity: Entity) -> Entity | None:
    """The organisation mentioned last before ``at`` (that sentence or the two before),
    None where a person other than ``entity`` is mentioned after it."""
    sid = next((k for k, s in enumerate(analysis.sentences) if s.start <= at < s.end), None)
    if sid is None:
        return None
    lo = analysis.sentences[max(0, sid - 2)].start
    last: Entity | None = None
    for m in analysis.mentions:
        if m.entity is None or not (lo <= m.start < at) or m.entity == entity.id:
            continue
        other = analysis.entities[m.entity]
        if other.type == EntityType.ORG:
            last = other
        elif other.type == EntityType.PER:
            last = None  # "ihr" may be that person's
    return last
