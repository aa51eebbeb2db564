"""Grammatical gender and number for speaker resolution: of pronouns ("er", "sie", "seiner",
"deren"), of persons (first name, title, role noun in -in) and of organisation nouns (by the
noun's ending: "die Regierung", "der Konzern", "das Ministerium").

A value is a set of the forms it agrees with: ``m``, ``f``, ``n`` (singular) and ``pl``.
An empty set is "unknown" and agrees with everything (weakly).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from newsprobe.language.words import word_set

Agree = frozenset[str]

UNKNOWN: Agree = frozenset()
M: Agree = frozenset({"m"})
F: Agree = frozenset({"f"})
N: Agree = frozenset({"n"})
PL: Agree = frozenset({"pl"})
F_OR_PL: Agree = frozenset({"f", "pl"})
M_OR_N: Agree = frozenset({"m", "n"})

#: German personal, possessive and relative pronouns a speaker phrase can be.
_PRONOUNS: dict[str, Agree] = {
    "er": M,
    "ihm": M_OR_N,
    "es": N,
    "sie": F_OR_PL,
    "ihr": F,  # possessive "ihr" (and "ihre…") is f or pl: see below
    "man": UNKNOWN,
    "beide": PL,
    "der": M,
    "die": F_OR_PL,
    "das": N,
    "dessen": M_OR_N,
    "deren": F_OR_PL,
    "denen": PL,
    "welcher": M,
    "dieser": M,
    "diese": F_OR_PL,
    "dieses": N,
    "jener": M,
    "welche": F_OR_PL,
    "he": M,
    "she": F,
    "they": PL,
    "it": N,
    "his": M,
    "her": F,
    "their": PL,
    "its": N,
}
_POSSESSIVE_STEMS = (("sein", M_OR_N), ("ihr", F_OR_PL))
#: Persons' pronouns never stand for an organisation of the other gender, but "er"/"sie"
#: in German may stand for "der Konzern" / "die Regierung": organisations take their
#: noun's gender, persons their own.
_FIRST_PERSON = frozenset(
    ["ich", "wir", "i", "we", "mein", "meine", "unser", "unsere", "du", "you"]
)


def pronoun_agree(word: str) -> Agree | None:
    """What a pronoun agrees with; None for a word that is no third-person pronoun."""
    low = word.lower()
    if low in _FIRST_PERSON:
        return None
    if low in _PRONOUNS and low != "ihr":
        return _PRONOUNS[low]
    for stem, agree in _POSSESSIVE_STEMS:
        if low.startswith(stem) and len(low) <= len(stem) + 2:
            return agree
    return None


def is_first_person(word: str) -> bool:
    return word.lower() in _FIRST_PERSON


def plural_verb(verb: str) -> bool:
    """Whether a German finite verb form is plural ("sagten", "erklärten", "haben", and
    of the verbs in -ern/-eln: "fordern", "äußern", "handeln")."""
    low = verb.lower()
    if low == "sind":
        return True  # (the one plural form of "sein" without the ending)
    return low.endswith(("en", "ten", "ern", "eln")) and not low.endswith(("ien",))


# -- persons ---------------------------------------------------------------------------

#: Given names ending in -a/-e/-i that are male (and frequent in news), and female ones
#: that the endings below miss.
_MALE_EXCEPTIONS = frozenset(
    [
        "uwe",
        "ove",
        "ole",
        "mike",
        "steve",
        "dave",
        "george",
        "jorge",
        "pierre",
        "claude",
        "rene",
        "rené",
        "jose",
        "josé",
        "felipe",
        "giuseppe",
        "michele",
        "daniele",
        "malte",
        "kalle",
        "andre",
        "andré",
        "bruce",
        "wayne",
        "eddie",
        "charlie",
        "jesse",
        "kyle",
        "shane",
        "duane",
        "lee",
        "joe",
        "mustafa",
        "luca",
        "nikita",
        "sascha",
        "elia",
        "ilja",
        "jona",
        "noah",
        "attila",
        "costa",
        "nicola",
        "joshua",
        "hamza",
        "osama",
        "usama",
        "musa",
        "isa",
        "yahya",
        "taha",
        "reza",
        "mirza",
        "mischa",
        "wanja",
        "kolja",
        "jean-claude",
        "jean-pierre",
        "jean-marie",
        "boris",
        "dimitri",
        "yuri",
        "juri",
        "sergei",
        "sergej",
        "alexej",
        "andrei",
        "andrej",
        "nikolai",
        "vladimir",
        "wladimir",
        "ali",
        "ghani",
        "naftali",
        "levi",
        "eli",
        "benjamin",
        "henri",
        "jacques",
        "khalifa",
        "abdullah",
        "mohammed",
        "muhammad",
        "ahmed",
        "mahmud",
        "mahmoud",
        "lula",
        "luiz",
        "lothar",
        "jochen",
        "dominique",
        "hubertus",
        "friedrich-wilhelm",
        "akira",
        "kenji",
        "hiroshi",
        "shinzo",
        "yoshihide",
        "fumio",
        "jiri",
        "jaroslav",
        "petr",
        "karl-heinz",
        "jean-luc",
        "jean-yves",
        "thabo",
        "nelson",
        "zakari",
        "kofi",
        "jimmy",
        "barry",
        "toni",
    ]
)
_FEMALE_EXTRA = frozenset(
    [
        "ingrid",
        "gudrun",
        "sigrid",
        "astrid",
        "karin",
        "doris",
        "iris",
        "ruth",
        "edith",
        "judith",
        "elisabeth",
        "margit",
        "brigitt",
        "gertrud",
        "hildegard",
        "irmgard",
        "ursel",
        "beatrix",
        "carmen",
        "mercedes",
        "dolores",
        "ines",
        "agnes",
        "ann",
        "lynn",
        "kim",
        "karen",
        "helen",
        "ellen",
        "ashley",
        "beverly",
        "shirley",
        "nancy",
        "kathy",
        "mary",
        "margaret",
        "rachel",
        "esther",
        "miriam",
        "ayelet",
        "ilham",
        "leyla",
        "rosalind",
        "ingeborg",
        "heidemarie",
        "ulrike",
        "ute",
        "renate",
        "annette",
        "bettina",
    ]
)
_FEMALE_ENDINGS = ("a", "e", "ine", "ette", "elle", "ina", "ia", "y", "i")
#: Female given names of the name list that no ending above tells (a known name is taken
#: as male otherwise: "Elizabeth", "Sarah", "Isabell", "Dagmar" are not).
_FEMALE_MORE = word_set(
    "birgit hannah katrin kathrin kerstin margot marion sarah abigail beth deborah elizabeth "
    "élisabeth frances janet jennifer jill liz megan pam susan beatriz pilar leonor annegret "
    "carolin dagmar felicitas hedwig isabel isabell jasmin yasmin waltraud alison allison amber "
    "bridget carol cheryl crystal eileen eleanor evelyn gail gillian gwen harriet hazel "
    "heather joan kathleen kathryn lauren lois madison marilyn maureen phyllis sharon "
    "agnès anaïs chantal inès manon margaux aylin canan elif melek nurhan özlem sevim "
    "yasemin yıldız zeynep meral aydan dilek amal hanan zainab nour narges shirin schirin "
    "tamar yuko masako yoko maryam benazir katalin seo-yeon heidi amy emily hillary lucy "
    "mandy steffi gabi audrey becky brittany cathy cindy dolly dorothy holly jenny joy lily "
    "molly naomi peggy penny sally stacey tiffany wendy whitney eleni miri ngozi ruth "
    "elizabeth-anne sigrun gudrun heike silke elke anke frauke ilse christel"
)
#: Male given names ending in -i or -y (the endings alone leave those open).
_MALE_MORE = word_set(
    "anthony antony harry henry jeffrey jeremy larry rishi rudy tony giovanni luigi alexei "
    "anatoli dmitri dmitry jewgeni yevgeny sergey valery vitali witali arseni benny xi abiy "
    "yoweri willi willy billy bobby bradley danny gary geoffrey harvey jerry joey johnny "
    "randy ray rodney roy stanley timothy wesley rémi thierry gianni jyrki kimi petteri "
    "sauli jari jussi antti valtteri jerzy györgy necati tuncay nuri binali fawzi hani rami "
    "sami hosni avi rafi uri yossi jossi zvi gadi haruki koji naoki satoshi shinji takashi "
    "takeshi shohei ravi sanjay vijay macky mswati"
)


def first_name_known(name: str) -> bool:
    """Whether a given name's gender is known from a list (the name list, or the names
    above), not guessed from its ending ("Qiangba" ends in -a and is a man's)."""
    low = name.lower().strip(".")
    return (
        low in _MALE_EXCEPTIONS
        or low in _MALE_MORE
        or low in _FEMALE_EXTRA
        or low in _FEMALE_MORE
        or known_first_name(name)
        or bool(_compound_first_name(name))
        or (_without_accents(name) != name and first_name_known(_without_accents(name)))
    )


@lru_cache(maxsize=4096)
def first_name_gender(name: str) -> Agree:
    """``M``, ``F`` or unknown for a given name ("Angela" F, "Olaf" M, "Andrea" unknown)."""
    low = name.lower().strip(".")
    if len(low) < 2 or low in ("andrea", "kim", "sasha", "robin", "toni"):
        return UNKNOWN if low != "kim" else F
    if low in _MALE_EXCEPTIONS or low in _MALE_MORE:
        return M
    if low in _FEMALE_EXTRA or low in _FEMALE_MORE:
        return F
    joined = _compound_first_name(name)
    if joined:
        return joined
    plain = _without_accents(name)
    if plain != name and first_name_known(plain):
        return first_name_gender(plain)  # "Ján" as "Jan", "Zoë" as "Zoe"
    if low.endswith(("y", "i")) and low not in ("nancy", "mary", "kathy", "betty"):
        return UNKNOWN  # Jimmy, Toni, Ali, Gigi: both
    if low.endswith(_FEMALE_ENDINGS):
        return F
    if known_first_name(name):
        return M
    if len(low) > 3 and low.endswith("o") and not low.endswith("ko"):
        return M  # Adolfo, Alfredo, Evaristo: Romance given names in -o are male
    return UNKNOWN


def _without_accents(name: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    ).replace("ß", "ss")


def _compound_first_name(name: str) -> Agree:
    """The gender of a given name written as two known ones ("Hansjörg", "Karlheinz",
    "Annemarie"): the last part's, as in "Hans-Jörg" and "Marie-Luise"."""
    if not _first_names() or len(name) < 7:
        return UNKNOWN
    for i in range(3, len(name) - 2):
        head, tail = name[:i], name[i:].capitalize()
        if known_first_name(head) and known_first_name(tail):
            return first_name_gender(tail)
    return UNKNOWN


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    try:
        from newsprobe.entities.kb import first_names
    except ImportError:  # the entities layer is optional
        return frozenset()
    return first_names()


def known_first_name(name: str) -> bool:
    """Whether ``name`` is in the first-name list."""
    return name in _first_names()


#: Titles before a name.
_TITLES = {"frau": F, "herr": M, "herrn": M, "mrs": F, "ms": F, "mr": M, "madame": F}
#: Role nouns in -in that are no female forms.
_NOT_FEMININE = frozenset(
    ["termin", "kremlin", "berlin", "medizin", "benjamin", "lenin", "putin", "stalin", "martin"]
)


def title_gender(word: str) -> Agree:
    return _TITLES.get(word.lower().strip("."), UNKNOWN)


def role_gender(noun: str) -> Agree:
    """Gender of a person's role noun: "-in"/"-innen" female ("Ministerin"), else male for
    nouns a role lexicon knows (the caller checks that it is a role)."""
    low = noun.lower()
    if low.endswith("innen"):
        return PL
    if low.endswith("in") and low not in _NOT_FEMININE and len(low) > 4:
        return F
    return M


def person_gender(words: list[str], *, guess: bool = True) -> Agree:
    """A person's gender from the words of a name mention ("Angela Merkel", "Frau Merkel");
    without ``guess`` only from a title or a given name a list knows, not from its ending."""
    for w in words[:2]:
        g = title_gender(w)
        if g:
            return g
    for w in words[:-1] or words[:1]:
        if w[:1].isupper():
            first = w.split("-")[0] if "-" in w else w
            if not guess and not first_name_known(first):
                continue
            g = first_name_gender(first)
            if g:
                return g
    return UNKNOWN


# -- organisation and group nouns ----------------------------------------------------

_FEM_SUFFIXES = (
    "ung",
    "ive",  # "die Initiative", "die Alternative", "die Perspektive"
    "ei",
    "schaft",
    "ion",
    "tät",
    "heit",
    "keit",
    "ie",
    "ur",
    "ik",
    "bank",
    "bahn",
    "union",
    "agentur",
    "zeitung",
    "wehr",
    "armee",
    "marine",
    "kammer",
    "liga",
    "polizei",
    "regierung",
    "partei",
    "börse",
    "firma",
    "gruppe",
    "organisation",
    "stiftung",
    "fraktion",
    "behörde",
    "koalition",
    "allianz",
    "front",
    "bewegung",
    "miliz",
    "kirche",
    "justiz",
    "staatsanwaltschaft",
    "uno",
    "nato",
    "welt",
    "stadt",
    "gemeinde",
    "versicherung",
    "zentrale",
    "presse",
    "redaktion",
    "schule",
    "universität",
    "hochschule",
    "klinik",
)
_MASC_SUFFIXES = (
    "verband",
    "konzern",
    "verein",
    "senat",
    "tag",
    "rat",
    "sender",
    "dienst",
    "hersteller",
    "bund",
    "klub",
    "club",
    "kreis",
    "konsens",
    "vorstand",
    "ausschuss",
    "gerichtshof",
    "hof",
    "staat",
    "betreiber",
    "anbieter",
    "spiegel",
    "kreml",
    "fonds",
    "weltverband",
    "zoll",
)
_NEUT_SUFFIXES = (
    "amt",
    "ministerium",
    "gericht",
    "institut",
    "unternehmen",
    "komitee",
    "parlament",
    "kabinett",
    "büro",
    "team",
    "tribunal",
    "land",
    "militär",
    "zentrum",
    "werk",
    "haus",
    "blatt",
    "magazin",
    "portal",
    "netzwerk",
    "bündnis",
    "kommando",
    "präsidium",
    "gremium",
    "direktorium",
    "organ",
    "regime",
    "kartell",
    "labor",
    "volk",
    "sekretariat",
)
_PLURAL_NAMES = frozenset(
    [
        "usa",
        "vereinten",
        "vereinigten",
        "niederlande",
        "grünen",
        "linken",
        "philippinen",
        "vereinigte",
        "un-truppen",
        "malediven",
        "seychellen",
        "taliban",
        "huthi",
        "huthis",
    ]
)


def noun_gender(noun: str) -> Agree:
    """Gender of an organisation or group noun by its (compound's last part's) ending;
    unknown for names that tell nothing ("Siemens", "FIFA")."""
    low = noun.lower().strip("„“\"'")
    if low in _PLURAL_NAMES:
        return PL
    for suffix in _FEM_SUFFIXES:
        if low.endswith(suffix):
            return F
    for suffix in _NEUT_SUFFIXES:
        if low.endswith(suffix):
            return N
    for suffix in _MASC_SUFFIXES:
        if low.endswith(suffix):
            return M
    return UNKNOWN


def agrees(pronoun: Agree, candidate: Agree) -> bool | None:
    """True/False where both are known; None where one is unknown."""
    if not pronoun or not candidate:
        return None
    return bool(pronoun & candidate)


_DET_GENDER: dict[str, Agree] = {
    "der": M,
    "dieser": M,
    "jener": M,
    "die": F_OR_PL,
    "diese": F_OR_PL,
    "eine": F,
    "keine": F,
    "das": N,
    "dieses": N,
}


def adjectival_noun_gender(det: str | None, noun: str) -> Agree:
    """Gender and number of a nominalised adjective from its ending and article, in the
    nominative: "(ein) Vertrauter", "ein anderer Angeklagter" -> m; "der Angeklagte" -> m;
    "die Angeklagte" -> f or pl; "eine Verletzte" -> f; "die Angeklagten" -> pl."""
    low = noun.lower()
    d = (det or "").lower()
    if low.endswith("er"):
        return M  # strong masculine ending: only without a definite article
    if low.endswith("en"):
        return PL if d in ("die", "diese", "") else UNKNOWN
    if low.endswith("e"):
        return _DET_GENDER.get(d, UNKNOWN)
    return UNKNOWN
