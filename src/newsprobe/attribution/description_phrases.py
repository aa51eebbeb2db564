"""Descriptions read from the phrase around a noun: the same noun named before with more to it
("das Gericht" after "das Gericht in Virginia"), a noun followed by a name ("der
Nachrichtenagentur Xinhua"), an unnamed description, and a person named after a role noun of
a body.  Used by ``speaker_resolution`` (through :mod:`newsprobe.attribution.descriptions`)."""

from __future__ import annotations

from bisect import bisect_left

from newsprobe.attribution.marks import GERMAN_MARKS
from newsprobe.attribution.person_nouns import person_noun
from newsprobe.attribution.person_roles import entity_roles
from newsprobe.attribution.role_classes import NOT_COUNCILS
from newsprobe.attribution.speaker_parts import Article, R, of_entity
from newsprobe.model import EntityType, Span, Speaker, Token

#: How far back (characters) a description looks for the person or body it names: more
#: than any news article's distance between a name and "die Ministerin", and it keeps a
#: very long text linear.
LOOKBACK = 10_000


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
    word = _nominative(head.text.lower())
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
            return _described_body(listed, head, toks, text, named=True)
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
                return _described_body(text[t.start : before[end - 1].end], head, toks, text)
        compound = low != word and word.endswith(_INSTITUTION_ENDS)
        full = _subject_with_genitive(before, k) if compound and not hyper else None
        if full is not None:
            # "Der Bundesverband der Hersteller von Nährmitteln … schätzt": the body the
            # article named by a compound and its genitive, the sentence's whole subject
            return _described_body(text[t.start : before[full - 1].end], head, toks, text)
        if compound and not hyper and _named_next(before, k, art):
            # "die Nachrichtenagentur Xinhua": the nearest body of that noun has a name (the
            # description rules take it), no unnamed one further back
            return None
        if hyper or compound:
            # a body of that kind with nothing more to it ("Die Polizei nahm … fest"), or a
            # compound that says which ("das Ministerium" after "das US-Justizministerium")
            return unnamed_description(t.text, head, toks, art, 0.5)
    return None


def _described_body(
    name: str, head: Token, toks: list[Token], text: str, *, named: bool = False
) -> Speaker:
    """The body (or group the article listed, ``named``) the article described by ``name``,
    as the speaker of the description ``toks``."""
    return Speaker(
        name=name,
        named=named,
        role=head.text,
        resolved_by=R.DESCRIPTION,
        mention=Span.of(text, toks[0].start, toks[-1].end),
        confidence=0.6 if named else 0.55,
    )


def _subject_with_genitive(toks: list[Token], k: int) -> int | None:
    """Where the subject ends that ``toks[k]`` heads when it opens its sentence (after an
    article) with a genitive attribute running up to the finite verb ("Der Bundesverband der
    Hersteller von Nährmitteln aus Getreide und Reis [schätzt]"); None otherwise."""
    opens = (
        k == 0
        or toks[k - 1].pos in ("$.",)
        or (toks[k - 1].pos == "ART" and (k == 1 or toks[k - 2].pos == "$."))
    )
    if not opens or k + 2 >= len(toks) or toks[k + 1].text.lower() not in ("der", "des"):
        return None
    end = k + 2
    while end < len(toks) and end - k <= _SUBJECT_TOKENS:
        u = toks[end]
        if u.pos in _FINITE:
            return end if toks[end - 1].pos in ("NN", "NE", "FM") else None
        if u.pos not in _ATTRIBUTE_POS and u.pos not in ("APPR", "KON", "ADJD"):
            return None
        end += 1
    return None


_FINITE = frozenset(["VVFIN", "VAFIN", "VMFIN"])
#: The longest subject with a genitive attribute read as a body's name.
_SUBJECT_TOKENS = 14


def _nominative(word: str) -> str:
    """A body's noun without the genitive ending ("des Verbandes" -> "verband", "des
    Gerichts" -> "gericht"), so that a compound named before ("Bundesverband") matches."""
    for end in ("es", "s"):
        stem = word.removesuffix(end)
        if stem != word and stem.endswith(_INSTITUTION_ENDS):
            return stem
    return word


def _named_next(toks: list[Token], k: int, art: Article) -> bool:
    """Whether a name follows the noun ``toks[k]`` (quotes and a bracket between allowed:
    "der Nachrichtenagentur Xinhua", "vom Fußballverband „Confederação …“"), or the noun
    is part of a name itself."""
    if art.mentions_in(toks[k].start, toks[k].end):
        return True
    for tok in toks[k + 1 : k + 4]:
        if tok.text in GERMAN_MARKS or tok.text == "(":
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
    end = art.sentence_end(last)
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
