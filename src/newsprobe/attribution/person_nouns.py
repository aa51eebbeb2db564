"""Nouns that describe a person or an organisation: by age, origin, faith or party ("der
54-Jährige", "die Französin", "der Sozialdemokrat"), by a person noun's form ("die Bankerin"),
by a relation ("der Sohn"), or by an organisation's kind ("die Partei").  Used by the
description rules (:mod:`newsprobe.attribution.descriptions`) and the speaker rules."""

from __future__ import annotations

import re
from functools import lru_cache

from newsprobe.attribution.role_classes import science_role
from newsprobe.attribution.speaker_parts import Article

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

#: Organisation nouns that name a firm of any trade: "der Konzern" may be a broadcaster or a
#: platform ("ein Sprecher der Firma" after Facebook), whatever its knowledge-base type.
COMPANY_NOUNS = frozenset(
    ["konzern", "unternehmen", "firma", "hersteller", "betreiber", "autobauer", "versorger"]
)


def firm_of_kind(noun: str, kind: str | None) -> bool:
    """Whether a firm noun ("des Konzerns", "Firma") describes an organisation of a
    knowledge-base kind: any company, a broadcaster's or a platform's too."""
    low = noun.lower()
    firm = any(f in COMPANY_NOUNS for f in (low, low[:-1], low[:-2]))
    return firm and kind in ("other", "media", "social_media")


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
