"""Descriptions by a class of roles, for speaker resolution.

A news text names a person by a specific role once ("die Biologin Anna Weber", "der
Chefökonom James Butterfill", "der Wächterrat") and later by the class that role belongs
to ("die Forscherin", "der Experte", "das Gremium").  :func:`class_member` says whether a
role word of the article belongs to the class a description's noun names, in the same
gender: "die Forscherin" is the Biologin, never the Physiker.

A plural class noun ("die Wissenschaftler", "die Forscher") is no one person: it is the
group the article named by the person who leads it ("Forscher um Kjell Bjartveit", "das
Team um Anita Zaidi", "Jane Greaves und ihre Kollegen"): :func:`research_group` finds that
person; where the article names no such group, no one is named.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from newsprobe.attribution.speaker_parts import Article, R, of_entity
from newsprobe.model import EntityType, Speaker, Token

#: Ends of role nouns of people in research ("Klimaforscher", "Biologe", "Biolog-in",
#: "Astronom", "Professor"); the female form is the male one with "-in".
_SCIENCE = (
    *("forscher", "wissenschaftler", "wissenschafter", "loge", "log", "physiker"),
    *("chemiker", "mathematiker", "astronom", "ökonom", "professor", "mediziner"),
    *("statistiker", "historiker", "informatiker", "volkswirt", "wirtschaftsweise"),
)
#: Ends of role nouns of economists.
_ECONOMY = ("ökonom", "volkswirt", "wirtschaftsforscher", "wirtschaftswissenschaftler")
#: Ends of the names of councils and committees ("Wächterrat", "Haushaltsausschuss").
_COUNCILS = ("rat", "ausschuss", "komitee", "kommission", "kabinett", "gremium")
#: Class nouns (male or neuter form, lower case) and the role ends that belong to them.
_CLASSES: dict[str, tuple[str, ...]] = {
    "forscher": _SCIENCE,
    "wissenschaftler": _SCIENCE,
    "wissenschafter": _SCIENCE,
    "experte": (*_SCIENCE, "analyst", "fachmann", "sachverständige", "gutachter"),
    "fachmann": (*_SCIENCE, "analyst", "experte", "sachverständige", "gutachter"),
    "ökonom": _ECONOMY,
    "volkswirt": _ECONOMY,
    "gremium": _COUNCILS,
}
#: Words that end like a council but name none ("Apparat", "Vorrat").
NOT_COUNCILS = frozenset(
    [
        *("apparat", "vorrat", "heirat", "referat", "zitat", "diktat", "salat", "automat"),
        *("format", "inserat", "hausrat", "unrat", "quadrat", "pirat", "verrat"),
    ]
)


def _split_gender(word: str) -> tuple[str, bool]:
    """The male form of a role or class noun and whether it was female ("Forscherin" ->
    ("forscher", True); "Expertin" -> ("experte", True); "Biologin" -> ("biologe", True))."""
    low = word.lower()
    if low.endswith("in") and len(low) > 5 and not low.endswith(("ein", "lin")):
        base = low[:-2]
        if base + "e" in _CLASSES or base.endswith(("log", "expert", "sachverständig")):
            base += "e"
        return base, True
    if low.endswith("innen"):
        return low[:-5], True
    return low, False


def role_class(word: str) -> str | None:
    """The class a description's noun names ("Forscherin" -> "forscher", "Gremium" ->
    "gremium"), None for a noun that names no class."""
    base, _ = _split_gender(word)
    for cand in (base, base.rstrip("s"), base[:-1] if base.endswith("n") else base):
        if cand in _CLASSES:
            return cand
    return None


def science_role(word: str) -> bool:
    """A role noun of a person in research ("Biologin", "Astronom", "Virologe")."""
    base, _ = _split_gender(word)
    return len(base) > 5 and base.endswith(_SCIENCE)


def class_member(description: str, role: str, *, body: bool = False) -> bool:
    """Whether ``role`` (a role word of the article, or a body's last name word with
    ``body``) belongs to the class ``description`` names, in the same gender — or the other
    way round: "die Biologin" is the one the article called "die Forscherin"."""
    return _member(description, role, body=body) or (
        not body and _member(role, description, body=False)
    )


def _member(description: str, role: str, *, body: bool) -> bool:
    klass = role_class(description)
    if klass is None:
        return False
    ends = _CLASSES[klass]
    if body:
        low = role.lower()
        return klass == "gremium" and low.endswith(ends) and low not in NOT_COUNCILS
    if klass == "gremium":
        return False
    want_female = _split_gender(description)[1]
    base, female = _split_gender(role)
    return female == want_female and base.endswith(ends) and base != klass


#: A research group named by the person who leads it: "Forscher um X", "das Team um die
#: Astronomin X" (the words between "um" and the name: an article and a role at most).
_GROUP_BEFORE = re.compile(
    r"\b(?:[A-ZÄÖÜ][\wäöüß-]*)?(?:[Tt]eam|[Gg]ruppe|[Ff]orscher|[Ww]issenschaftler|"
    r"[Ww]issenschafter|[Ee]xperten|[Kk]ollegen)\s+um\s+(?:(?:den|die|dem|der)\s+)?"
    r"(?:[A-ZÄÖÜ][\wäöüß-]+\s+)?$"
)
#: … or "X und seine Kollegen", "X und ihr Team".
_GROUP_AFTER = re.compile(
    r"^\s+(?:und|mit)\s+(?:seine[mn]?|ihre[mn]?)\s+(?:[\wäöüß-]+\s+)?"
    r"(?:Kollegen|Kolleginnen|Team|Mitarbeiter|Mitarbeitern|Mitautoren|Co-Autoren|Forschungsteam)\b"
)
#: How far back (characters) a plural description looks for the group.
_LOOKBACK = 4_000


def research_group(toks: list[Token], head: Token, art: Article) -> Speaker | None:
    """ "die Wissenschaftler" -> the person a research group the article named before is
    named after ("Forscher um Kjell Bjartveit", "Jane Greaves und ihre Kollegen"); None
    without such a group, or for a noun of no research class."""
    if role_class(head.text) not in ("forscher", "wissenschaftler", "wissenschafter", "experte"):
        return None
    text = art.analysis.text
    start = toks[0].start
    k = bisect_left(art.mention_starts, start)
    for m in reversed(art.mentions[:k]):
        if m.start < start - _LOOKBACK:
            break
        if m.entity is None or m.type != EntityType.PER or m.end > start:
            continue
        if _GROUP_BEFORE.search(text[max(0, m.start - 60) : m.start]) or _GROUP_AFTER.match(
            text[m.end : m.end + 60]
        ):
            out = of_entity(art, m.entity, R.DESCRIPTION, toks, 0.6)
            out.role = out.role or head.text
            return out
    return None
