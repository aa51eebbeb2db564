"""Definite descriptions and names the article gave before: a person described by role,
age, origin or party ("der 54-Jährige", "die Französin", "der CDU-Politiker"), an
organisation by its kind ("die Partei", "der Konzern"), a report ("der Meldung zufolge"),
and a bare name the tagger missed ("laut el-Baradei").  Used by ``speaker_resolution``."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from newsprobe.attribution import gender as g
from newsprobe.attribution.person_roles import entity_roles
from newsprobe.attribution.role_classes import NOT_COUNCILS, class_member, science_role
from newsprobe.attribution.speaker_parts import Article, R, of_entity, skip_det
from newsprobe.model import Attribution, Entity, EntityType, Mention, Span, Speaker, Token

#: Nouns that refer back to an organisation named before ("die Partei", "der Konzern").
ORG_NOUNS = frozenset(
    [
        *("partei", "konzern", "unternehmen", "firma", "organisation", "gruppe"),
        *("gruppierung", "verband", "gewerkschaft", "bewegung", "miliz", "koalition"),
        *("bündnis", "verein", "club", "klub", "sender", "zeitung", "institut", "hersteller"),
        *("bank", "behörde", "agentur", "stiftung", "initiative", "allianz"),
        *("autobauer", "versicherer", "medienhaus", "verlag", "versorger", "betreiber"),
    ]
)


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
    return kind == want[0]


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


#: Nouns that describe a person by age, origin or party: "der 54-Jährige", "die Französin",
#: "der Sozialdemokrat" (a description, never a speaker of its own once someone is named).
AGE = re.compile(r"^\d+-[jJ]ährige[rn]?$|^[A-ZÄÖÜ][a-zäöü]+zigjährige[rn]?$")
#: People named by their faith ("britische Moslems", "die Katholiken"), in the forms
#: ``person_noun`` tries (it takes "-s" and "-en" off).
_FAITH_PEOPLE = frozenset(
    [
        *("moslem", "muslim", "muslime", "muslima", "katholik", "katholike", "jude", "jüdin"),
        *("sunnit", "sunnite", "schiit", "schiite", "alevit", "alevite", "hindu", "sikh"),
        *("evangelikale", "orthodoxe"),
    ]
)
_PARTY_PEOPLE = (
    "sozialdemokrat",
    "christdemokrat",
    "christsozial",
    "liberale",
    "konservative",
    "grüne",
    "sozialist",
    "kommunist",
    "republikaner",
    "demokrat",
)


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """German demonyms of the knowledge base's countries ("Franzose", "Französin")."""
    try:
        from newsprobe.entities import kb
    except ImportError:  # the entities layer is optional
        return frozenset()
    return frozenset(d.lower() for e in kb.entries() for d in e.demonyms)


def person_noun(word: str, art: Article) -> bool:
    """A noun for a person ("Politiker", "Minister", "Journalist", "Sportler", "Anwältin",
    "54-Jährige", "Französin", "Sozialdemokrat", "Ökonom", "Musiker", "Coach"), also in
    the genitive or a weak noun's oblique form ("des Forschers", "des Präsidenten")."""
    if AGE.match(word):
        return True
    low = word.lower()
    forms = [low]
    if low.endswith("s") and len(low) > 5:
        forms.append(low[:-1])  # "des Forschers"
    if low.endswith("en") and len(low) > 5 and not low.endswith(("ien", "ein")):
        forms += [low[:-1], low[:-2]]  # "des Experten", "des Präsidenten"; not "Parteien"
    return any(_person_form(f, art) for f in forms)


#: Endings of the source lexicon's heads of kind "other" that name a person ("Musiker",
#: "Regisseur", "Coach", "Vorstandschefin"); its bodies ("Konzern", "Brauerei") end
#: otherwise, but for the few below.
_OTHER_PERSON_ENDS = (
    *("er", "erin", "or", "orin", "eur", "eurin", "ist", "istin", "ent", "entin", "ant"),
    *("antin", "om", "omin", "ach", "chef", "chefin", "profi", "wirt", "wirtin", "papst"),
    *("kardinal", "bischof", "imam", "kapitän", "kapitänin", "athlet", "athletin", "ier"),
)
_OTHER_BODIES = frozenset(["hersteller", "kammer", "handelskammer"])
_OFFICIAL_PERSON_ENDS = (
    *("er", "erin", "ist", "istin", "ent", "entin", "or", "orin", "te", "tin", "ar"),
    *("arin", "walt", "wältin"),
)


def plain_person_noun(word: str, art: Article) -> bool:
    """A person noun by its own form ("Chef", "Sportler", "Journalist") or the lexicon's
    person kinds, not only as another kind's ending ("Leiter", "Musiker")."""
    low = word.lower()
    hit = art.lex.head_type(low)
    if hit is not None and hit[0] in ("politician", "expert", "witness", "media"):
        return _person_form(low, art)
    return (low.endswith(_PERSON_ENDINGS) and low not in _NOT_PERSONS) or bool(AGE.match(word))


def _person_form(low: str, art: Article) -> bool:
    if (
        low.startswith(_PARTY_PEOPLE)
        or low.endswith("jährige")
        or low in _demonyms()
        or low in _FAITH_PEOPLE
        or science_role(low)  # "Biologin", "Astronom", "Virologe"
    ):
        return True
    hit = art.lex.head_type(low)
    if hit is not None and hit[0] == "media":
        # "Journalist", "Reporterin", "Redakteur"; not "Presse", a body
        return low.endswith(("er", "erin", "ist", "istin", "ent", "entin", "eur", "eurin"))
    if hit is not None and hit[0] == "official":
        # "Beamte", "Kommissarin", "Staatsanwalt"; not "Behörde", "Senat", a body
        return low.endswith(_OFFICIAL_PERSON_ENDS)
    if hit is not None and hit[0] in ("politician", "expert", "witness"):
        return low.endswith(
            ("er", "erin", "ist", "istin", "ent", "entin", "or", "orin", "e", "om", "omin")
        )
    if (
        hit is not None
        and hit[0] == "other"
        and hit[1] not in _OTHER_BODIES
        and hit[1] not in ORG_NOUNS
        and hit[1].endswith(_OTHER_PERSON_ENDS)
    ):
        return True
    return low.endswith(_PERSON_ENDINGS) and low not in _NOT_PERSONS


#: Nouns that name a person by relation to another ("ihr Anführer", "sein Anwalt",
#: "seine Frau"): with a possessive they describe someone other than the possessor.
_RELATIONAL = (
    *("anführer", "anführerin", "anwalt", "anwältin", "chef", "chefin", "leiter", "leiterin"),
    *("vater", "mutter", "sohn", "tochter", "ehefrau", "ehemann", "bruder", "schwester"),
    *("freund", "freundin", "berater", "beraterin", "trainer", "trainerin", "kollege"),
    *("kollegin", "sprecher", "sprecherin", "arzt", "ärztin", "verteidiger", "verteidigerin"),
    *("nachfolger", "nachfolgerin", "vorgänger", "vorgängerin", "stellvertreter"),
    *("stellvertreterin", "vorsitzende", "vorsitzender", "witwe", "lebensgefährtin"),
    "lebensgefährte",
)


def relational_noun(word: str) -> bool:
    """A noun for a person by relation to another ("Anführer", "Anwältin", "Vater")."""
    return word.lower().endswith(_RELATIONAL)


_PERSON_ENDINGS = (
    *("ler", "lerin", "ist", "istin", "sportler", "trainer", "chef", "chefin"),
    *("meister", "meisterin", "akteur", "akteurin", "student", "studentin", "oligarch"),
    *("detektiv", "detektivin", "ermittlerin", "informant", "informantin", "zeugin"),
    # female agent nouns and nouns in -är by their form ("die Bankerin", "die Pianistin",
    # "der Milliardär", "die Funktionärin")
    *("erin", "antin", "entin", "orin", "eurin", "är", "ärin"),
)
#: Words with a person noun's ending that name no person.
_NOT_PERSONS = frozenset(["militär", "glycerin", "nitroglycerin"])


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

#: How far back (characters) a description looks for the person or body it names: more
#: than any news article's distance between a name and "die Ministerin", and it keeps a
#: very long text linear.
LOOKBACK = 10_000


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
        person = ent.type == EntityType.PER or _person_typed_otherwise(ent, art)
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


def _person_typed_otherwise(ent: Entity, art: Article) -> bool:
    """A person the entity layer typed as an organisation ("Hilda Morales Trujillo, eine
    Aktivistin eines Netzwerks …"): a name of two to four capitalised words opening with a
    given name (or a word with a given name's ending) that an apposition calls by a person
    noun ("Aktivistin")."""
    words = ent.name.split()
    if not (
        ent.type in (EntityType.ORG, EntityType.MISC)
        and 2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and g.first_name_gender(words[0])
    ):
        return False
    if ent.id not in art.entity_roles:
        art.entity_roles[ent.id] = entity_roles(art.analysis, ent, art.starts)
    for role in art.entity_roles[ent.id]:
        head = next((w for w in role.split() if w[:1].isupper()), None)
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


_NAME_POS = frozenset(["NE", "FM"])
_ATTRIBUTE_POS = frozenset(["ART", "ADJA", "NN", "NE", "FM", "CARD", "APPRART"])
#: Words that open a place or owner attribute of a body ("Gericht in Virginia", "im
#: US-Bundesstaat Ohio", "der Stadt Köln"); not "nach Wien", a direction.
_ATTRIBUTE_OPENERS = frozenset(["in", "im", "aus", "von", "vom", "bei", "des", "der"])
_INSTITUTION_ENDS = (
    *("gericht", "behörde", "ministerium", "amt", "anwaltschaft", "polizei", "kommission"),
    *("regierung", "verwaltung", "rat", "ausschuss", "agentur", "institut", "verband"),
)


def fuller_phrase(toks: list[Token], head: Token, art: Article, after: int = -1) -> Speaker | None:
    """The same noun named before with more to it, nearest first (after char ``after``):
    "die Organisationen" after "Die Organisationen Transparency International, Campact und
    LobbyControl" (a group the article listed, as one speaker); "das Gericht" after "Ein
    Bezirksgericht in Virginia" (a compound with that head and a place or genitive with a
    name: an unnamed body the article described)."""
    text = art.analysis.text
    word = head.text.lower()
    # "Die Forscher" after "Klimaforscher der University of Colorado": a group of people
    # that the article described by a compound of the same noun with a named body
    group = toks[0].text.lower() == "die" and word.endswith("er") and person_noun(head.text, art)
    before = art.tokens(max(0, toks[0].start - LOOKBACK, after + 1), toks[0].start)
    kinds = _KINDS_OF.get(word)
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        low = t.text.lower()
        # "die Behörde" after "Die Staatsanwaltschaft Köln": a body of a kind it names
        hyper = (
            kinds is not None
            and t.pos == "NN"
            and low.endswith(kinds)
            and low not in NOT_COUNCILS  # "der Vorrat" is no council
        )
        if hyper and art.sentence_of(toks[0].start) - art.sentence_of(t.start) > _HYPER_BACK:
            break
        if hyper:
            low = word
        if t.pos not in ("NN", "NNA") or not (
            low == word
            # a compound of an institution's noun ("Bezirksgericht" for "das Gericht"), not
            # of a person's ("Gastwissenschafter" is not "die Wissenschafter")
            or (
                # (also in the genitive: "des Oberlandesgerichts" for "das Gericht")
                low.removesuffix("s").endswith(word)
                and len(low) > len(word) + 2
                and (word.endswith(_INSTITUTION_ENDS) or group)
            )
        ):
            continue
        end = k + 1
        names = 0
        while end < len(before) and end - k <= 12:
            u = before[end]
            if u.pos in _NAME_POS or (u.pos == "NN" and u.text[:1].isupper() and names):
                names += u.pos in _NAME_POS
                end += 1
            elif u.text == "," or u.pos == "KON":
                if end + 1 < len(before) and before[end + 1].pos in _NAME_POS:
                    end += 1
                else:
                    break
            else:
                break
        if names and before[k + 1].pos in _NAME_POS and low == word:
            several = any(u.text == "," or u.pos == "KON" for u in before[k + 1 : end])
            person = next(
                (
                    m
                    for m in art.mentions_in(before[k + 1].start, before[end - 1].end)
                    if m.type == EntityType.PER and m.entity is not None
                ),
                None,
            )
            person_id = person.entity if person is not None else None
            if person_id is not None and not several:
                # "das Stadtoberhaupt" after "Stadtoberhaupt Ignazio Marino": that person
                out = of_entity(art, person_id, R.DESCRIPTION, toks, 0.6)
                out.role = out.role or head.text
                return out
            # a list names the group's members; one name is the body's own ("Staatsanwaltschaft
            # Mainz")
            listed = text[(before[k + 1] if several else t).start : before[end - 1].end]
            return Speaker(
                name=listed,
                named=True,
                role=head.text,
                resolved_by=R.DESCRIPTION,
                mention=Span.of(text, toks[0].start, toks[-1].end),
                confidence=0.6,
            )
        # "Bezirksgericht in Virginia", "Gericht im US-Bundesstaat Ohio", "Gericht der
        # Stadt Köln": an attribute that holds a name
        end = k + 1
        if end < len(before) and before[end].text.lower() in _ATTRIBUTE_OPENERS:
            end += 1
            while end < len(before) and before[end].pos in _ATTRIBUTE_POS and end - k <= 6:
                if before[end].pos == "ART" and before[end].text.lower() not in ("des", "der"):
                    break  # "… der University of Colorado [eine starke …]": the next phrase
                end += 1
            while end > k + 2 and before[end - 1].pos not in ("NE", "FM", "NN"):
                end -= 1
            if (
                any(u.pos in _NAME_POS for u in before[k + 1 : end])
                or _names_a_body(before[k + 1 : end], art)
            ) and before[end - 1].pos in ("NE", "FM", "NN"):
                return Speaker(
                    name=text[t.start : before[end - 1].end],
                    named=False,
                    role=head.text,
                    resolved_by=R.DESCRIPTION,
                    mention=Span.of(text, toks[0].start, toks[-1].end),
                    confidence=0.55,
                )
        compound = low != word and word.endswith(_INSTITUTION_ENDS)
        if compound and not hyper and _named_next(before, k, art):
            # "die Nachrichtenagentur Xinhua": the nearest body of that noun has a name (the
            # description rules take it), no unnamed one further back
            return None
        if hyper or compound:
            # a body of that kind with nothing more to it ("Die Polizei nahm … fest"), or a
            # compound that says which ("das Ministerium" after "das US-Justizministerium")
            return unnamed_description(t.text, head, toks, art, 0.5)
    return None


def _named_next(toks: list[Token], k: int, art: Article) -> bool:
    """Whether a name follows the noun ``toks[k]`` (quotes and a bracket between allowed:
    "der Nachrichtenagentur Xinhua", "vom Fußballverband „Confederação …“"), or the noun
    is part of a name itself."""
    if art.mentions_in(toks[k].start, toks[k].end):
        return True
    for tok in toks[k + 1 : k + 4]:
        if tok.text in ("„", "“", '"', "(", "»", "«"):
            continue
        n = bisect_left(art.mention_starts, tok.start)
        starts_name = n < len(art.mentions) and art.mentions[n].start == tok.start
        return tok.pos in _NAME_POS or starts_name
    return False


def unnamed_description(
    name: str, head: Token, toks: list[Token], art: Article, confidence: float
) -> Speaker:
    """An unnamed speaker (``name``, a description the article gave before) that the
    description ``toks`` with head ``head`` stands for."""
    return Speaker(
        name=name,
        named=False,
        role=head.text,
        resolved_by=R.DESCRIPTION,
        mention=Span.of(art.analysis.text, toks[0].start, toks[-1].end),
        confidence=confidence,
    )


#: Nouns for any body of some kinds ("die Behörde" is the Staatsanwaltschaft, the
#: Ministerium, the Polizei the article named before, with or without a name).
_KINDS_OF = {
    "behörde": (
        *("anwaltschaft", "ministerium", "amt", "polizei", "verwaltung", "behörde"),
        *("kommission", "direktion", "präsidium", "aufsicht"),
    ),
    # "das Gremium" is the council or committee named before ("vom Wächterrat")
    "gremium": ("rat", "ausschuss", "komitee", "kommission", "kabinett"),
}
#: How many sentences back such a body is looked for.
_HYPER_BACK = 3


def _names_a_body(attribute: list[Token], art: Article) -> bool:
    """Whether an attribute names an organisation: one the tagger found, or a noun of an
    institution ("Studie des Bundesbildungsministeriums", "Bericht der Kommission")."""
    if not attribute:
        return False
    if any(
        m.type == EntityType.ORG for m in art.mentions_in(attribute[0].start, attribute[-1].end)
    ):
        return True
    last = attribute[-1].text.lower()
    for word in (last, last[:-1] if last.endswith("s") else last, last[:-2]):
        if word.endswith(_INSTITUTION_ENDS) and attribute[-1].pos == "NN":
            return True
    return False


# -- a person described first and named right after ----------------------------------

#: Heads that stand for someone else (a spokesperson, a representative): never linked
#: forward to a person (the body they speak for is their source).
_STANDS_FOR = ("sprecher", "sprecherin", "vertreter", "vertreterin", "mitarbeiter")


def named_after(toks: list[Token], head: Token, art: Article) -> Speaker | None:
    """ "Nach Berechnungen eines US-Forschers … Der Biologe Jody Hey von der Rutgers
    University entwickelte …": an indefinite person description resolves forward to the one
    person the next two sentences name with a role of the same kind (expert, politician,
    official).  None where there is no such person or more than one."""
    kind = art.lex.head_type(head.text)
    low = head.text.lower()
    if kind is None or kind[0] not in ("expert", "politician", "official"):
        return None
    if any(low.endswith(s) or low.endswith(s + "s") for s in _STANDS_FOR):
        return None
    sid = art.sentence_of(head.start)
    last = min(len(art.sent_starts) - 1, sid + 2)
    end = art.sent_starts[last + 1] if last + 1 < len(art.sent_starts) else len(art.analysis.text)
    found: set[int] = set()
    k = bisect_left(art.mention_starts, toks[-1].end)
    while k < len(art.mentions) and art.mentions[k].start < end:
        m = art.mentions[k]
        k += 1
        ent = art.entity(m.entity)
        if ent is None or ent.type != EntityType.PER or m.entity in found:
            continue
        if ent.id not in art.entity_roles:
            art.entity_roles[ent.id] = entity_roles(art.analysis, ent, art.starts)
        roles = [*art.roles.get(ent.id, []), *art.entity_roles[ent.id]]
        if any(_kind_of_role(r, art) == kind[0] for r in roles):
            found.add(ent.id)
    if len(found) != 1:
        return None
    out = of_entity(art, found.pop(), R.DESCRIPTION, toks, 0.55)
    out.role = out.role or head.text
    return out


def _kind_of_role(role: str, art: Article) -> str | None:
    for word in reversed(role.split()):
        hit = art.lex.head_type(word)
        if hit is not None:
            return hit[0]
    return None
