"""Where a prepositional source phrase ends: "laut X", "X zufolge".

The phrase chunker reads the longest noun phrase it can, which after a source preposition
often runs into the clause around it: "laut Ministerium Arbeiten an der Stelle" (the
subject "Arbeiten" joined to "Ministerium"), "laut Schnappauf aus Sicherheitsgründen" (a
reason joined to a name), "nimmt die Organisation Schätzungen zufolge …" (the subject
joined to the source before "zufolge").  These rules cut such a phrase back to the source
itself; a genitive or "von" attribute of a source noun stays ("Angaben des Instituts
zufolge", "einer Meldung von Xinhua zufolge", "laut Sprecher Müller vom Ministerium").
"""

from __future__ import annotations

from newsprobe.attribution.lexicon import CueLexicon
from newsprobe.attribution.view import Tok

#: Words that open a genitive attribute (or its "von" form) joining a phrase to the noun
#: before it.
_GENITIVE = frozenset(
    ["des", "der", "eines", "einer", "dieses", "dieser", "von", "vom", "seines", "ihres"]
)
#: Words joining two nouns of one source ("Prognosen und Wasserständen").
_COORDINATION = frozenset(["und", "sowie", "oder"])
#: Words that may stand before a noun inside one phrase.
_MODIFIERS = frozenset(["DET", "ADJ", "POSS", "NUM", "ADV"])
#: Prepositions whose phrase after a name gives the name's affiliation (kept); any other
#: preposition after a name opens an adverbial of the clause ("aus Sicherheitsgründen").
_AFFILIATION = frozenset(["von", "vom", "bei", "beim", "der", "des"])
#: Endings of nouns that name an institution, a text or an act, never a person: such a
#: noun is not a title before a name ("Polizeisprecher Beringer" is one phrase,
#: "Ministerium Arbeiten" two).
_NOT_PERSON_ENDINGS = (
    "ium",
    "ei",
    "ung",
    "ion",
    "tät",
    "amt",
    "ämter",
    "behörde",
    "agentur",
    "gericht",
    "bericht",
    "berichte",
    "berichten",
    "schaft",
    "rat",
    "büro",
    "zeitung",
    "studie",
    "umfrage",
    "angaben",
    "medien",
    "verband",
    "partei",
    "kommission",
    "institut",
)


#: Endings of plural nouns of things and acts: never part of a name before them.
_ABSTRACT_PLURALS = ("ungen", "ionen", "heiten", "keiten", "schaften", "nisse")


def _not_person(tok: Tok) -> bool:
    return tok.tag == "NOUN" and tok.low.endswith(_NOT_PERSON_ENDINGS)


def _name(tok: Tok) -> bool:
    """A name, also one the tagger reads as a noun (a capitalised word no source or
    institution lexicon knows)."""
    if tok.tag == "PROPN":
        return True
    from newsprobe.attribution.lexicon import sources

    return (
        tok.tag == "NOUN"
        and tok.text[:1].isupper()
        and not _not_person(tok)
        and sources("de").head_type(tok.text) is None
    )


#: Dashes that set off a parenthesis ("– so der Vorwurf –").
DASHES = frozenset(["–", "—"])


def opens_phrase(toks: list[Tok], k: int, *, adjective: bool = True) -> bool:
    """Token ``k`` starts a noun phrase ("nach [dem Angriff]"): a preposition before it
    governs that phrase rather than closing a source phrase ("Ihrer Meinung nach, …").
    Without ``adjective`` an adjective does not count ("die seiner Ansicht nach
    fragwürdige Rolle": the source phrase stands inside an attribute)."""
    tags = ("DET", "POSS", "NUM", "NOUN", "PROPN") + (("ADJ",) if adjective else ())
    return k < len(toks) and toks[k].tag in tags


def split_zufolge(toks: list[Tok], t: Tok) -> bool:
    """ "zu Folge" written apart ("Gerüchten zu Folge"): ``t`` is its "Folge"."""
    return t.low == "folge" and t.i > 1 and toks[t.i - 1].low == "zu"


def pronoun_before(toks: list[Tok], k: int) -> tuple[int, int] | None:
    """A personal pronoun right before "zufolge" ("Ihnen zufolge"): the source, to resolve."""
    if k > 0 and toks[k - 1].tag == "PRON" and toks[k - 1].stts == "PPER":
        return k - 1, k
    return None


def _noun(tok: Tok) -> bool:
    return tok.tag in ("NOUN", "PROPN")


def trim_after(toks: list[Tok], np: tuple[int, int]) -> tuple[int, int]:
    """A source phrase after "laut"/"gemäß" cut where the clause takes over: after a bare
    common noun followed by another common noun ("laut Ministerium | Arbeiten"), and before
    an adverbial phrase after a name ("laut Schnappauf | aus Sicherheitsgründen")."""
    s, e = np
    k = s
    while k < e and toks[k].tag in _MODIFIERS:
        k += 1
    if k >= e or not _noun(toks[k]):
        return np
    if k == s and _not_person(toks[k]) and k + 1 < e and toks[k + 1].tag == "NOUN":
        # no article before an institution noun: one noun is the phrase ("laut Ministerium")
        return s, k + 1
    if (
        k == s
        and toks[k].tag == "PROPN"
        and k + 1 < e
        and toks[k + 1].tag == "NOUN"
        and toks[k + 1].low.endswith(_ABSTRACT_PLURALS)
    ):
        # a name, then the clause's subject: "laut Airbus | Bestellungen für 184 Flugzeuge"
        return s, k + 1
    j = k
    while j + 1 < e and _noun(toks[j + 1]):
        j += 1
    if (
        _name(toks[j])
        and j + 2 < e
        and toks[j + 1].tag == "ADP"
        and toks[j + 1].low not in _AFFILIATION
        and toks[j + 2].tag == "NOUN"
    ):
        # "laut Schnappauf aus Sicherheitsgründen": a reason, not where he works
        return s, j + 1
    return np


def trim_before(toks: list[Tok], np: tuple[int, int], lex: CueLexicon) -> tuple[int, int]:
    """A source phrase before "zufolge" cut back to the noun phrase that ends there with
    its attributes (a genitive, "von", a prepositional phrase, a bracket, a coordinated
    noun: "einer Meldung von Xinhua", "den Prognosen und den Wasserständen am Oberlauf"),
    not the clause's subject before it ("die Organisation | Schätzungen zufolge")."""
    s, e = np
    if e - s < 2:
        return np
    k = e - 1
    while True:
        if toks[k].text == ")":
            # "des Verbandes Deutscher Realschullehrer (VDR)": the bracket belongs to it
            opening = next((j for j in range(k - 1, s, -1) if toks[j].text == "("), None)
            if opening is None:
                return np
            k = opening - 1
        while (
            k > s
            and _noun(toks[k - 1])
            and (toks[k].tag == "PROPN" or not lex.is_source_noun(toks[k].text))
        ):
            # a name of several words, a title and a name ("der Zeitung Haaretz"); not a
            # source noun after the clause's subject ("die Organisation | Schätzungen")
            k -= 1
        while k > s and toks[k - 1].tag in _MODIFIERS:
            k -= 1
        # k starts a phrase; an attribute carries on to the noun before it
        if (
            k - 1 >= s
            and _noun(toks[k - 1])
            and (
                toks[k].low in _GENITIVE
                # an article-less genitive plural: "Berichten verschiedener US-Medien"
                or (toks[k].tag == "ADJ" and toks[k].low.endswith("er"))
            )
        ):
            k -= 1
            continue
        joint = toks[k - 1] if k - 1 > s else None
        if (
            joint is not None
            and (joint.tag == "ADP" or joint.low in _COORDINATION)
            and toks[k - 2].tag in ("NOUN", "PROPN", "PUNCT")
            and toks[k - 2].text not in (",", ":", ";")
        ):
            k -= 2
            continue
        break
    return k, e
