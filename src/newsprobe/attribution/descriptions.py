"""Definite descriptions and names the article gave before: a person described by role,
age, origin or party ("der 54-Jährige", "die Französin", "der CDU-Politiker"), an
organisation by its kind ("die Partei", "der Konzern"), a report ("der Meldung zufolge"),
and a bare name the tagger missed ("laut el-Baradei").  Used by ``speaker_resolution``.

The nouns that describe persons and bodies are in :mod:`newsprobe.attribution.person_nouns`,
descriptions read from the phrase around a noun in
:mod:`newsprobe.attribution.description_phrases`; both are imported from here as before."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from newsprobe.attribution import gender as g
from newsprobe.attribution.description_phrases import (
    LOOKBACK,
    fuller_phrase,
    named_after,
    unnamed_description,
)
from newsprobe.attribution.person_nouns import (
    AGE,
    ORG_NOUNS,
    firm_of_kind,
    person_noun,
    plain_person_noun,
    relational_noun,
)
from newsprobe.attribution.person_roles import entity_roles
from newsprobe.attribution.role_classes import class_member
from newsprobe.attribution.speaker_parts import Article, R, of_entity, skip_det
from newsprobe.language.words import ARTICLES
from newsprobe.model import Attribution, Entity, EntityType, Mention, Speaker, Token

__all__ = [
    "AGE",
    "LOOKBACK",
    "ORG_NOUNS",
    "as_description",
    "description",
    "description_gender",
    "earlier_report",
    "fuller_phrase",
    "known_surface",
    "named_after",
    "organisation_named_before",
    "person_noun",
    "plain_person_noun",
    "relational_noun",
    "same_role",
    "unnamed_description",
]


def as_description(found: Speaker, role: str, exclude: int | None = None) -> Speaker | None:
    """``found`` (a person the description ``role`` stands for) as a speaker resolved by that
    description, less sure than a name; None when it is no entity (or ``exclude``)."""
    if found.entity is None or found.entity == exclude:
        return None
    found.resolved_by = R.DESCRIPTION
    found.role = found.role or role
    found.confidence = min(found.confidence, 0.6)
    return found


def organisation_named_before(
    att: Attribution, head: Token, art: Article, done: list[Attribution]
) -> Speaker | None:
    """ "Die Partei droht …" after "die Koalition für Einheit (CUD) behauptete …": the
    organisation that spoke last, or was last named, within the two sentences before."""
    sid = art.sentence_of(head.start)
    for prev in reversed(done):
        sp = prev.speaker
        if prev.start >= head.start or sp is None:
            continue
        if sid - art.sentence_of(prev.start) > 2:
            break
        ent = art.entity(sp.entity) if sp.entity is not None else None
        if ent is not None and ent.type in (EntityType.ORG, EntityType.MISC):
            out = sp.model_copy()
            out.resolved_by = R.DESCRIPTION
            out.role = head.text
            out.confidence = 0.6
            return out
        break  # the last statement's speaker was someone else
    for m in _before(art, head.start):
        if m.entity is None:
            continue
        if sid - art.sentence_of(m.start) > 1:
            break
        ent = art.entity(m.entity)
        if ent is not None and ent.type == EntityType.ORG and _is_kind(ent, head, art):
            out = of_entity(art, m.entity, R.DESCRIPTION, art.tokens(m.start, m.end), 0.55)
            out.role = head.text
            return out
    return None


def _before(art: Article, char: int) -> Iterator[Mention]:
    """The mentions that start before a character, nearest first."""
    for k in range(bisect_left(art.mention_starts, char) - 1, -1, -1):
        yield art.mentions[k]


def _is_kind(ent: Entity, head: Token, art: Article) -> bool:
    """Whether an organisation is of the kind a noun names (its lexicon type: "Partei" and
    the SPD are politicians, "Konzern" and Siemens other)."""
    from newsprobe.attribution.source_types import kb_entry

    want = art.lex.head_type(head.text)
    if want is None:
        return False
    entry = kb_entry(ent.kb_id, ent.name)
    kind = art.lex.kb_categories.get(entry.category) if entry is not None else None
    if kind is None:
        found = [art.lex.head_type(w) for w in ent.name.split()]
        kind = next((f[0] for f in found if f is not None), None)
    # "ein Sprecher der Firma" after Facebook: a platform or a broadcaster is a firm too
    return kind == want[0] or firm_of_kind(head.text, kind)


def known_surface(toks: list[Token], art: Article) -> int | None:
    """The entity whose name, alias or (for a person) surname the whole phrase is, when
    exactly one is; articles aside."""
    words = [t.text for t in toks[skip_det(toks) :]]
    if not words or not words[0][:1].isalpha():
        return None
    if art.surfaces is None:
        art.surfaces = _surfaces(art)
    found = art.surfaces.get(" ".join(words).lower(), set())
    return next(iter(found)) if len(found) == 1 else None


def _surfaces(art: Article) -> dict[str, set[int]]:
    """Each lower-cased name, alias and (for a person) surname -> the persons and
    organisations that carry it."""
    out: dict[str, set[int]] = {}
    for ent in art.analysis.entities:
        if ent.type not in (EntityType.PER, EntityType.ORG):
            continue
        names = [ent.name, *ent.aliases]
        if ent.type == EntityType.PER:
            names += [n.split()[-1] for n in names if len(n.split()) > 1]
        for n in names:
            out.setdefault(n.lower(), set()).add(ent.id)
    return out


def description_gender(det: Token, head: Token, att: Attribution) -> g.Agree:
    """The gender a two-word definite person description asks of its antecedent: the
    noun's own ("die Ministerin"), else its article's in the nominative ("der 54-Jährige"
    -> m, "die 47-Jährige" -> f unless the verb is plural; "der beiden Politiker", a
    genitive plural, has more words and is not asked)."""
    low = head.text.lower()
    if low.endswith("in") and not low.endswith(("jährigen", "ein")):
        return g.role_gender(head.text)
    plural = att.cue is not None and g.plural_verb(att.cue.text.split()[0])
    article = det.text.lower()
    if article == "die" and low.endswith(("er", "en", "ern")):
        return g.PL  # "die Agenturgründer", "die Beamten": no female noun ends so
    if (article == "der" and not plural) or article == "des":
        return g.M  # "des Forschers": a genitive singular is masculine (or neuter)
    if article == "die":
        return g.PL if plural else g.F
    return g.UNKNOWN


_REPORT_NOUNS = frozenset(
    [
        "meldung",
        "bericht",
        "studie",
        "untersuchung",
        "umfrage",
        "analyse",
        "mitteilung",
        "erklärung",
        "stellungnahme",
        "gutachten",
        "papier",
        "dokument",
        "schreiben",
        "brief",
        "report",
    ]
)


def earlier_report(
    att: Attribution, head: Token, art: Article, done: list[Attribution]
) -> Speaker | None:
    """ "der Meldung zufolge" after "nach einem Bericht der BBC": that statement's speaker."""
    word = head.text.lower()
    if not any(word.startswith(n) or word.endswith(n) for n in _REPORT_NOUNS):
        return None
    sid = art.sentence_of(head.start)
    for prev in reversed(done):
        if prev.speaker is None or not prev.speakers or prev.start >= head.start:
            continue
        if sid - art.sentence_of(prev.start) > 12:
            break
        phrase = prev.speakers[0].text.lower()
        if any(n in phrase for n in _REPORT_NOUNS) and prev.speaker.name:
            out = prev.speaker.model_copy()
            out.resolved_by = R.DESCRIPTION
            out.confidence = 0.6
            return out
    return None


# -- descriptions --------------------------------------------------------------------


def description(
    att: Attribution,
    toks: list[Token],
    head: Token,
    art: Article,
    found_at: list[int] | None = None,
) -> Speaker | None:
    """ "Die Ministerin" -> the entity with a role ending in "ministerin" mentioned before;
    "das Gericht" -> an organisation whose name ends in "gericht"."""
    word = head.text.lower()
    if len(word) < 4:
        return None
    stems = {word, word.rstrip("s"), word[:-2] if word.endswith("es") else word}
    synonyms = same_role(word)
    # "die Forscherin" is the Biologin named before, "das Gremium" the Wächterrat; a
    # plural ("die Forscher erklärten") is no one of them
    plural = att.cue is not None and g.plural_verb(att.cue.text.split()[0])
    klass = not plural and not word.endswith("innen")
    best: tuple[int, int] | None = None
    for m in _before(art, toks[0].start):
        if m.start < toks[0].start - LOOKBACK:
            break
        if m.entity is None:
            continue
        ent = art.entity(m.entity)
        if ent is None or ent.type == EntityType.LOC:
            continue
        names = [r.lower() for r in art.roles.get(ent.id, [])]
        person = ent.type == EntityType.PER or person_typed_otherwise(ent, art)
        if person:
            # appositions too: "dem iranischen Vize-Außenminister …, Abbas Araghchi"
            if ent.id not in art.entity_roles:
                art.entity_roles[ent.id] = entity_roles(art.analysis, ent, art.starts)
            names += [r.lower() for r in art.entity_roles[ent.id]]
        if not person:
            names += [ent.name.lower(), *(a.lower() for a in ent.aliases)]
        # the role's head, also before an attribute ("Vize-Außenminister für …")
        words = [w.lower() for n in names if n for w in (n.split() if person else [n.split()[-1]])]
        if (
            any(w.endswith(s) for w in words for s in stems)
            or (synonyms and any(_same_word(w, s) for w in words for s in synonyms))
            or (klass and any(class_member(word, w, body=not person) for w in words))
        ):
            best = (m.entity, m.start)
            break
    if best is None:
        return None
    if found_at is not None:
        found_at.append(best[1])
    out = of_entity(art, best[0], R.DESCRIPTION, toks, 0.75)
    out.role = out.role or head.text
    return out


def person_typed_otherwise(ent: Entity, art: Article) -> bool:
    """A person the entity layer typed as an organisation or place ("Hilda Morales Trujillo,
    eine Aktivistin eines Netzwerks …", "Der Manager der Mannschaft, Vincio Luna, …"): a
    name of two to four capitalised words opening with a given name (or a word with a given
    name's ending) that an apposition calls by a person noun ("Aktivistin", "Manager")."""
    words = ent.name.split()
    if not (
        ent.type in (EntityType.ORG, EntityType.MISC, EntityType.LOC)
        and 2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and g.first_name_gender(words[0])
    ):
        return False
    if ent.id not in art.entity_roles:
        art.entity_roles[ent.id] = entity_roles(art.analysis, ent, art.starts)
    for role in art.entity_roles[ent.id]:
        # (the role's noun, not its capitalised article: "Der Manager der Mannschaft")
        head = next(
            (w for w in role.split() if w[:1].isupper() and w.lower() not in ARTICLES), None
        )
        if head is not None and person_noun(head, art):
            return True
    return False


#: Role nouns news use for one another ("der Regierungschef" for the Ministerpräsident,
#: "der Parteichef" for the Vorsitzende der SPD): the key's holder may be named by any
#: of its values (female forms follow from the male ones).
_SAME_ROLE = {
    "regierungschef": ("ministerpräsident", "premierminister", "premier", "bundeskanzler"),
    "staatschef": ("präsident", "staatspräsident", "staatsoberhaupt"),
    "staatsoberhaupt": ("präsident", "könig", "königin"),
    "parteichef": ("vorsitzende", "vorsitzender", "parteivorsitzende"),
    "parteivorsitzende": ("vorsitzende", "parteichef"),
    "konzernchef": ("vorstandschef", "vorstandsvorsitzende", "geschäftsführer", "chef"),
    "firmenchef": ("vorstandschef", "geschäftsführer", "inhaber", "chef"),
    "unternehmenschef": ("vorstandschef", "vorstandsvorsitzende", "geschäftsführer", "chef"),
    "ressortchef": ("minister",),
    "außenamtschef": ("außenminister",),
    "premier": ("premierminister", "ministerpräsident"),
    "kassenwart": ("schatzmeister",),
    # a lawyer, a prosecutor, a coach, a goalkeeper by another name
    "verteidiger": ("anwalt", "rechtsanwalt", "strafverteidiger"),
    "strafverteidiger": ("anwalt", "rechtsanwalt", "verteidiger"),
    "anwalt": ("verteidiger", "rechtsanwalt", "strafverteidiger"),
    "ankläger": ("staatsanwalt", "oberstaatsanwalt", "chefankläger"),
    "coach": ("trainer", "cheftrainer"),
    "torwart": ("torhüter", "keeper"),
    "keeper": ("torhüter", "torwart"),
    "kirchenoberhaupt": ("papst",),
    "pontifex": ("papst",),
}


def _same_word(word: str, role: str) -> bool:
    """Whether a role word is ``role`` itself, or a compound of it with a name before a
    hyphen ("US-Präsident", "Siemens-Chef"); a long, specific role noun also as the end
    of a compound ("Landesministerpräsident").  "Polizeipräsident" is no "Staatschef"."""
    return word == role or word.endswith("-" + role) or (len(role) >= 12 and word.endswith(role))


def same_role(word: str) -> set[str]:
    """The role nouns that name the same office as ``word`` ("Regierungschefin" ->
    "ministerpräsidentin", "premierministerin", …), lower case; empty for most nouns."""
    low = word.lower()
    if low.endswith("anwältin"):
        low = low[:-8] + "anwaltin"  # "Anwältin": the umlaut of the female form
    female = low.endswith("in") and low[:-2] in _SAME_ROLE
    key = low[:-2] if female else low
    if key.endswith("s") and key[:-1] in _SAME_ROLE:
        key = key[:-1]  # "des Regierungschefs"
    out = set(_SAME_ROLE.get(key, ()))
    return {
        (w[:-6] + "anwältin" if w.endswith("anwalt") else w + "in")
        if female and not w.endswith(("in", "e", "haupt"))
        else w
        for w in out
    }


def misread_person(m: Mention, art: Article) -> int | None:
    """The person a mention typed otherwise names: its own entity where that is a person by
    its given name and an apposition's person noun, or such a person whose surname the
    mention is ("Luna" after "Vincio Luna"); None otherwise."""
    if m.entity is None or m.type == EntityType.PER:
        return None
    ent = art.entity(m.entity)
    if ent is None:
        return None
    if person_typed_otherwise(ent, art):
        return ent.id
    if len(ent.name.split()) != 1:
        return None
    for other in art.analysis.entities:
        words = other.name.split()
        if (
            other.id != ent.id
            and other.type != EntityType.PER
            and len(words) > 1
            and words[-1] == ent.name
            and person_typed_otherwise(other, art)
        ):
            return other.id
    return None
