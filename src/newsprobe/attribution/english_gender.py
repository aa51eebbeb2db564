"""The gender and number an English article gives its entities, for its pronouns.

German morphology tells a great deal (the article a name takes, a role noun in "-in", a
given name's ending); English tells it otherwise, and the German guess from a given name's
ending is wrong for the names English news from Africa and Asia carries ("Seabata
Moeketsi", a man).  For a person, in this order:

* an honorific or gendered title before a mention: "Mr Moeketsi" (m), "Ms Molatjeng",
  "Mrs", "Queen", "spokeswoman Ada Nwosu" (f);
* a given name the name list knows ("Emma", "Donald");
* a gendered noun in an apposition: "Jane Doe, a grandmother of three", "X, the
  company's spokeswoman" (f), "X, a businessman" (m);
* the pronouns the article uses for it: the first "he" or "she" after a mention that is
  the first name of its sentence, in the same sentence ("Ebrard said he will present …")
  or opening the next one ("… Ms Doe said. She added …"), counted over all such
  mentions; the larger count wins;
* else unknown (agrees with every pronoun) — never a guess from a name's ending.

An organisation is never "he" or "she": it is "it" or "they".  A place or another name
stays unknown: the gazetteer types by the surface, and a surname may be a town's name.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from newsprobe.attribution import gender as g
from newsprobe.model import Analysis, Entity, EntityType

#: Honorifics and titles before a name, and the gender they give.
_HONORIFICS: dict[str, g.Agree] = {
    **dict.fromkeys(
        ["mr", "mister", "sir", "lord", "king", "prince", "father", "brother", "sheikh",
         "duke", "earl", "baron", "emperor", "pope", "uncle", "grandpa"],
        g.M,
    ),
    **dict.fromkeys(
        ["ms", "mrs", "miss", "madam", "madame", "lady", "dame", "queen", "princess",
         "sister", "duchess", "countess", "baroness", "empress", "aunt", "granny",
         "grandma"],
        g.F,
    ),
}  # fmt: skip
#: Gendered nouns of an apposition ("a grandmother of three", "the firm's spokeswoman").
_NOUNS: dict[str, g.Agree] = {
    **dict.fromkeys(
        ["man", "boy", "father", "husband", "son", "brother", "grandfather", "widower",
         "spokesman", "chairman", "businessman", "congressman", "actor", "king", "prince",
         "uncle", "nephew", "gentleman", "policeman", "fisherman", "sportsman"],
        g.M,
    ),
    **dict.fromkeys(
        ["woman", "girl", "mother", "wife", "daughter", "sister", "grandmother", "granny",
         "widow", "spokeswoman", "chairwoman", "businesswoman", "congresswoman", "actress",
         "queen", "princess", "aunt", "niece", "lady", "policewoman", "sportswoman"],
        g.F,
    ),
}  # fmt: skip
#: Subject pronouns (an object's "him"/"her" is as often someone else's).
_PRONOUNS: dict[str, g.Agree] = {"he": g.M, "she": g.F}
#: How many words of an apposition are read for its noun.
_APPOSITION_WORDS = 6
#: Words that open an apposition.
_OPENERS = frozenset(["a", "an", "the"])
#: An organisation, place or other name: "it" or "they".
NOT_A_PERSON: g.Agree = frozenset({"n", "pl"})


def english_gender(ent: Entity, analysis: Analysis, starts: list[int]) -> g.Agree:
    """The gender and number pronouns take for ``ent`` in an English article (see the
    module doc); ``starts`` are the token start offsets."""
    if ent.type == EntityType.ORG:
        return NOT_A_PERSON
    if ent.type != EntityType.PER:
        return g.UNKNOWN  # a place's name may be a person's ("Roma", a surname): untold
    toks = analysis.tokens
    mentions = [analysis.mentions[i] for i in ent.mentions if 0 <= i < len(analysis.mentions)]
    indexes = [bisect_left(starts, m.start) for m in mentions]
    ends = [bisect_left(starts, m.end) for m in mentions]
    for k in indexes:
        if k > 0:
            word = toks[k - 1].text.lower().rstrip(".")
            found = _HONORIFICS.get(word) or _NOUNS.get(word)  # "Ms", "spokeswoman X"
            if found:
                return found
    names = [ent.name, *ent.aliases]
    surnames = {n.split()[-1] for n in names if len(n.split()) > 1}
    for name in names:
        if name not in surnames:
            found = g.person_gender(name.split(), guess=False)
            if found:
                return found
    for e in ends:
        found = _apposition(analysis, e)
        if found:
            return found
    return _by_pronouns(analysis, starts, ends, [m.start for m in mentions])


def _apposition(analysis: Analysis, end: int) -> g.Agree:
    toks = analysis.tokens
    if end >= len(toks) - 1 or toks[end].text != "," or toks[end + 1].text.lower() not in _OPENERS:
        return g.UNKNOWN
    for t in toks[end + 2 : end + 2 + _APPOSITION_WORDS]:
        if t.text in (",", ".", ";", ":"):
            break
        found = _NOUNS.get(t.text.lower())
        if found:
            return found
    return g.UNKNOWN


def _by_pronouns(
    analysis: Analysis, starts: list[int], ends: list[int], mention_starts: list[int]
) -> g.Agree:
    """The gender most pronouns after the entity's mentions give (see the module doc)."""
    toks = analysis.tokens
    sentence_end = _sentence_ends(analysis, starts)
    votes = {"m": 0, "f": 0}
    firsts = {
        min(m.start for m in analysis.mentions if s.start <= m.start < s.end)
        for s in analysis.sentences
        if any(s.start <= m.start < s.end for m in analysis.mentions)
    }
    for e, start in zip(ends, mention_starts, strict=True):
        if start not in firsts:
            continue  # a name after the sentence's first: an object, an apposition's
        stop = sentence_end(e)
        pronoun = next(
            (_PRONOUNS[t.text.lower()] for t in toks[e:stop] if t.text.lower() in _PRONOUNS),
            None,
        )
        if pronoun is None and stop < len(toks):
            # the next sentence's opening word ("She added …", "“…,” he said" is no opening)
            opening = toks[stop]
            pronoun = _PRONOUNS.get(opening.text.lower()) if opening.text[:1].isupper() else None
        if pronoun:
            votes[next(iter(pronoun))] += 1
    if votes["m"] > votes["f"]:
        return g.M
    if votes["f"] > votes["m"]:
        return g.F
    return g.UNKNOWN


def _sentence_ends(analysis: Analysis, starts: list[int]) -> Callable[[int], int]:
    """A function from a token index to the index of the first token of the next
    sentence."""
    ends = [bisect_left(starts, s.end) for s in analysis.sentences]

    def end_of(k: int) -> int:
        j = bisect_right(ends, k)
        return ends[j] if j < len(ends) else len(analysis.tokens)

    return end_of
