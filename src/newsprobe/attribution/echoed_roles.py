"""A definite description that echoes what the article said of a person it named shortly
before: "Südosteuropa-Experte Florian Bieber … Als positiv erachtet der Leiter des
Südosteuropa-Zentrums, dass …", "Der stellvertretende Direktor der Rettungsagentur, Bambang
Suryo Aji, sagte … „…“, so der stellvertretende Chef der Behörde".

Writers vary the words for a person they just named, but they keep some: the field
("Südosteuropa"), the rank ("stellvertretende"), the body ("Kommission" in
"Kommissionsvertreter" after "der Vertreter der Europäischen Kommission, X").  The facts the
article gave a person are the words around the person's mentions (the noun phrase a name
closes or stands beside as an apposition) and the roles the entities layer linked to them.
A description that shares a content word with the facts of exactly one person named in the
last sentences, of a gender that does not speak against it, is that person.  Used by
``speaker_resolution`` where the description's role has no holder in the article.
"""

from __future__ import annotations

from newsprobe.attribution import gender as g
from newsprobe.attribution.speaker_parts import Article, R, of_entity
from newsprobe.model import EntityType, Mention, Speaker, Token

#: Sentences back (from the description's) a person must have been named in.
ECHO_WINDOW = 3
#: Words too common in role phrases to tie a description to one person.
_GENERIC = frozenset(
    [
        *("der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "und"),
        *("von", "vom", "für", "bei", "mit", "aus", "im", "in", "am", "an", "zu", "zur"),
        *("neue", "neuen", "ehemalige", "ehemaligen", "frühere", "früheren", "bisherige"),
        *("bisherigen", "damalige", "damaligen", "jetzige", "jetzigen", "amtierende"),
        *("amtierenden", "zuständige", "zuständigen", "sogenannte", "sogenannten"),
    ]
)
#: Shortest stem that may tie a description to a person.
_MIN_STEM = 5
#: Token kinds that end the phrase before a name (its apposed noun phrase starts after).
_PHRASE_STOPS = frozenset(["VVFIN", "VAFIN", "VMFIN", "KON", "KOUS", "PRELS", "$.", "$("])


def stems(words: list[str]) -> set[str]:
    """Lower-case stems of the content words, hyphenated words also by their parts, with a
    short inflection ending taken off ("Südosteuropa-Zentrums" -> südosteuropa-zentrum,
    südosteuropa, zentrum)."""
    out: set[str] = set()
    for word in words:
        low = word.lower().strip("„“\"'()")
        if low in _GENERIC:
            continue
        for part in (low, *low.split("-")):
            stem = _stem(part)
            if len(stem) >= _MIN_STEM:
                out.add(stem)
    return out


def _stem(word: str) -> str:
    for ending in ("ens", "ern", "es", "en", "er", "em", "e", "s", "n"):
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            return word[: -len(ending)]
    return word


def shares(a: set[str], b: set[str]) -> bool:
    """Whether two stem sets share a word, also as a compound's part ("kommissionsvertreter"
    holds "vertreter" and "kommission")."""
    for x in a:
        for y in b:
            short, long = sorted((x, y), key=len)
            if long.startswith(short) or long.endswith(short):
                return True
    return False


def person_facts(ent: int, art: Article, before: int) -> set[str]:
    """The stems of what the article said of person ``ent`` before char ``before``: its
    roles and the noun phrases beside its mentions."""
    words: list[str] = []
    for role in art.roles.get(ent, []):
        words += role.split()
    for m in art.mentions:
        if m.entity != ent or m.start >= before:
            continue
        words += [t.text for t in _beside(m, art)]
    return stems(words)


def _beside(m: Mention, art: Article) -> list[Token]:
    """The noun phrase a mention closes ("Südosteuropa-Experte Florian Bieber", "Der
    Vertreter der Kommission in Wien, Jörg Wojahn") and an apposition after it ("X, Leiter
    des Instituts,")."""
    sid = art.sentence_of(m.start)
    lo = art.sent_starts[sid] if sid < len(art.sent_starts) else 0
    front = art.tokens(max(lo, m.start - 160), m.start)
    out: list[Token] = []
    for t in reversed(front):
        if t.pos in _PHRASE_STOPS or (t.text == "," and out):
            break
        if t.text != ",":
            out.append(t)
    hi = art.sentence_end(sid)
    after = art.tokens(m.end, min(hi, m.end + 120))
    if after and after[0].text == ",":
        for t in after[1:]:
            if t.text == "," or t.pos in _PHRASE_STOPS:
                break
            out.append(t)
    return out


def echoed_description(
    toks: list[Token], head: Token, agree: g.Agree, art: Article
) -> Speaker | None:
    """The one person named in the last :data:`ECHO_WINDOW` sentences whose facts share a
    content word with the description ``toks``; None where no one or several do."""
    start = toks[0].start
    sid = art.sentence_of(start)
    low_sid = max(0, sid - ECHO_WINDOW)
    lo = art.sent_starts[low_sid] if art.sent_starts else 0
    own = stems([t.text for t in toks if t.pos not in ("ART", "APPR", "APPRART")])
    if not own:
        return None
    named = {
        m.entity
        for m in art.mentions
        if lo <= m.start < start
        and m.entity is not None
        and m.type == EntityType.PER
        and not (toks[0].start <= m.start < toks[-1].end)
    }
    hits = [
        e
        for e in named
        if g.agrees(agree, art.genders.get(e, g.UNKNOWN)) is not False
        and shares(own, person_facts(e, art, start))
    ]
    if len(hits) != 1:
        return None
    out = of_entity(art, hits[0], R.DESCRIPTION, toks, 0.6)
    out.role = out.role or head.text
    return out
