"""English definite descriptions as speakers: "the minister", "the former president", "the
bank", "the bureau", "the company" stand for the person or body the article named so before.

* a **person's office** ("the minister", "the spokesman", "the speaker") is the person the
  article gave that office: a title before a name ("Finance Minister Jane Doe", "chairman
  and CEO Tom Brown"), or an apposition after it ("Jane Doe, the finance minister", "John
  Smith, a spokesman for the ministry") — the most recent such person before the
  statement;
* a **body's kind** ("the bank", "the bureau", "the company", "the ministry") is the
  organisation named with that word: in its name ("the Philippine Bureau of Fisheries"),
  right before it ("investment banking giant Goldman Sachs", "retailer Home Depot") or in
  its apposition ("Goldman Sachs, the investment bank") — the most recent one; for the
  generic "the company", "the firm", "the group" also the organisation that spoke last.

An unnamed member of a body named in the phrase ("a White House official", "two Acme
executives", "a spokesperson for the ministry") is no one named: the phrase itself, with
the body as its affiliation, never the body (:func:`unnamed_member`).

A name the recogniser missed is read off the text: the capitalised words right after the
noun ("banking giant Goldman Sachs") or right before its apposition.  What finds no one
is left to the other rules (the description stays the speaker's name).
"""

from __future__ import annotations

from newsprobe.attribution.speaker_parts import Article, R, display, of_entity, token_span
from newsprobe.model import Attribution, EntityType, Speaker, Token

#: Offices a person holds (singular, lower case).
PERSON_OFFICES = frozenset(
    ["minister", "president", "secretary", "governor", "mayor", "senator", "speaker",
     "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chairperson",
     "chair", "ceo", "director", "prosecutor", "judge", "commissioner", "ambassador",
     "chancellor", "premier", "councillor", "councilor", "commander", "commandant",
     "general", "colonel", "chief", "founder", "coach", "manager", "lawmaker",
     "congressman", "congresswoman", "representative", "treasurer", "superintendent",
     "sheriff", "inspector", "administrator", "executive", "envoy", "king", "queen",
     "prince", "princess", "mayor", "economist", "analyst", "professor", "lawyer",
     "attorney", "leader", "official", "officer"]
)  # fmt: skip
#: Kinds of bodies (singular, lower case).
BODY_KINDS = frozenset(
    ["company", "firm", "group", "bank", "lender", "insurer", "retailer", "carrier",
     "airline", "automaker", "carmaker", "maker", "manufacturer", "producer", "miner",
     "operator", "provider", "startup", "giant", "conglomerate", "ministry", "department",
     "bureau", "agency", "office", "government", "administration", "police", "court",
     "council", "committee", "commission", "authority", "regulator", "board", "party",
     "union", "university", "institute", "foundation", "association", "federation",
     "league", "club", "team", "network", "broadcaster", "newspaper", "organisation",
     "organization", "army", "military", "parliament", "assembly", "senate", "embassy",
     "service", "fund", "utility", "developer", "publisher", "charity", "hospital",
     "school", "municipality", "city", "state", "county", "province", "campaign"]
)  # fmt: skip
#: Generic kinds that also stand for the body that spoke last ("the company said").
_GENERIC = frozenset(["company", "firm", "group", "organisation", "organization"])
#: Words of a company's legal form at the end of its name ("Acme Corp", "Foo Inc.").
CORPORATE_SUFFIXES = frozenset(
    ["corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc", "co",
     "holdings", "ag", "gmbh", "sa", "nv", "bv", "lp", "llp"]
)  # fmt: skip
#: How many sentences back a description looks for its holder.
LOOKBACK_SENTENCES = 25
#: How many words before a name a title or kind may stand ("investment banking giant X").
_BEFORE = 5
#: Words an apposition opens with.
_APPOSITION = frozenset(["the", "a", "an", "its", "his", "her", "their"])
#: Words of a description besides its article and noun (adjectives, nouns of a compound).
_MAX_WORDS = 4


#: Nouns of a body's members who speak for it unnamed ("a White House official").
MEMBER_NOUNS = frozenset(
    ["official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
     "representative", "representatives", "source", "sources", "aide", "aides",
     "employee", "employees", "executive", "executives", "analyst", "analysts", "adviser",
     "advisers", "advisor", "advisors", "officer", "officers", "diplomat", "diplomats",
     "staffer", "staffers", "insider", "insiders", "member", "members", "researcher",
     "researchers", "scientist", "scientists", "lawyer", "lawyers", "negotiator",
     "negotiators", "economist", "economists", "strategist", "strategists"]
)  # fmt: skip


def english_phrase(
    att: Attribution, toks: list[Token], art: Article, done: list[Attribution]
) -> Speaker | None:
    """An English speaker phrase these rules read: a definite description or an unnamed
    member of a body (see the module doc); None for every other phrase."""
    return english_description(att, toks, art, done) or unnamed_member(toks, art)


def unnamed_member(toks: list[Token], art: Article) -> Speaker | None:
    """ "A White House official", "two Acme executives", "a spokesperson for the
    ministry": unnamed, speaking for the body the phrase names."""
    comma = next((i for i, t in enumerate(toks) if t.text == ","), len(toks))
    toks = toks[:comma]  # "A White House official, who spoke on condition of anonymity"
    k = next((i for i, t in enumerate(toks) if t.text.lower() in MEMBER_NOUNS), None)
    if k is None or k == 0:
        return None
    mentions = art.mentions_in(toks[0].start, toks[-1].end)
    if any(m.type == EntityType.PER for m in mentions):
        return None  # "spokesman John Smith": the person speaks
    bodies = [m for m in mentions if m.type != EntityType.PER and m.entity is not None]
    if not bodies:
        return None
    body = art.entity(bodies[0].entity)
    text = art.analysis.text
    return Speaker(
        name=display(toks, text),
        named=False,
        role=toks[k].text,
        affiliation=body.name if body is not None else None,
        affiliation_entity=bodies[0].entity,
        resolved_by=R.NAME,
        mention=token_span(text, toks),
        confidence=0.7,
    )


def english_description(
    att: Attribution, toks: list[Token], art: Article, done: list[Attribution]
) -> Speaker | None:
    """The person or body a definite English description stands for, or None (see the
    module doc)."""
    head = _head(toks, art)
    if head is None:
        return None
    word = head.text.lower()
    person = word in PERSON_OFFICES
    if not person and word not in BODY_KINDS:
        return None
    start = toks[0].start
    since = art.sent_starts[max(0, art.sentence_of(start) - LOOKBACK_SENTENCES)]
    types = (EntityType.PER,) if person else (EntityType.ORG, EntityType.MISC)
    best = None
    for m in art.mentions_in(since, start):
        if m.entity is None or m.type not in types or m.start >= start:
            continue
        if _described(art, m.start, m.end, word):
            best = m
    if best is not None:
        return of_entity(art, best.entity, R.DESCRIPTION, toks, 0.75)
    if not person:
        named = _name_beside_kind(art, since, start, word)
        if named is not None:
            text = art.analysis.text
            return Speaker(
                name=text[named[0] : named[1]],
                named=True,
                resolved_by=R.DESCRIPTION,
                mention=token_span(text, toks),
                confidence=0.6,
            )
        if word in _GENERIC:
            return _body_that_spoke(att, art, done, since, toks)
    return None


def _head(toks: list[Token], art: Article) -> Token | None:
    """The noun of a definite description without a name: "the (former) minister", "the
    bank"; None for anything else ("the minister's office", "the analysts", a name)."""
    if len(toks) < 2 or len(toks) > _MAX_WORDS + 1 or toks[0].text.lower() != "the":
        return None
    if any(not t.text.isalpha() or t.text[:1].isupper() for t in toks[1:]):
        return None  # a name, a possessive, a number: not a bare description
    if art.mentions_in(toks[0].start, toks[-1].end):
        return None
    return toks[-1]


def _described(art: Article, start: int, end: int, word: str) -> bool:
    """Whether the words around a mention give it the office or kind ``word``: before it
    ("Finance Minister Jane Doe", "banking giant Goldman Sachs", "the Philippine Bureau of
    …" inside the name) or in its apposition ("Jane Doe, the minister")."""
    text = art.analysis.text
    words = text[start:end].lower().split()
    if word in words:
        return True
    if word in _GENERIC and any(w.rstrip(".,") in CORPORATE_SUFFIXES for w in words[1:]):
        return True  # "Acme Corp", "Tata Motors Ltd.": a company by its legal form
    toks = art.analysis.tokens
    k = _index(art, start)
    for t in toks[max(0, k - _BEFORE) : k]:
        if t.text in (".", ";", ":", "!", "?", '"', "“", "”"):
            continue
        if _matches(t.text, word):
            return True
    e = _index(art, end)
    if e + 1 < len(toks) and toks[e].text == "," and toks[e + 1].text.lower() in _APPOSITION:
        for t in toks[e + 2 : e + 2 + _BEFORE + 2]:
            if t.text in (",", ".", ";", ":") or t.text.lower() in ("who", "which"):
                break
            if _matches(t.text, word):
                return True
    return False


def _matches(text: str, word: str) -> bool:
    """A title or kind word: "Minister" for "minister", "banking" for "bank", not
    "banks"."""
    low = text.lower()
    return low == word or (len(word) >= 4 and low.startswith(word) and low.endswith("ing"))


def _index(art: Article, char: int) -> int:
    from bisect import bisect_left

    return bisect_left(art.starts, char)


def _name_beside_kind(art: Article, since: int, before: int, word: str) -> tuple[int, int] | None:
    """A name the recogniser missed, the most recent before ``before``: the capitalised
    words right after a kind word ("banking giant Goldman Sachs", "retailer Home Depot";
    lower-case nouns may stand between, at most two), or the capitalised run the kind word
    is part of ("the Philippine Bureau of Fisheries and Aquatic Resources")."""
    toks = art.analysis.tokens
    first = _index(art, since)
    last = _index(art, before)
    found: tuple[int, int] | None = None
    for k in range(first, last):
        if not _matches(toks[k].text, word):
            continue
        if toks[k].text[:1].isupper():
            a, b = _capitalised_run(toks, k, first, last)
            if b > a:
                found = (toks[a].start, toks[b - 1].end)
            continue
        j = k + 1
        while j < last and j - k <= 3 and toks[j].text.islower() and toks[j].text.isalpha():
            j += 1
        run = j
        while run < last and toks[run].text[:1].isupper() and toks[run].text.isalpha():
            run += 1
        if run > j:
            found = (toks[j].start, toks[run - 1].end)
    return found


def _capitalised_run(toks: list[Token], k: int, first: int, last: int) -> tuple[int, int]:
    """The capitalised words around ``toks[k]`` (with "of", "and", "for" between them),
    without a leading "The"; ``(k, k)`` where the word stands alone (a sentence's first
    word: "Bureau officials said")."""

    def cap(t: Token) -> bool:
        return t.text[:1].isupper() and t.text.isalpha() and t.text != "The"

    a = k
    while a - 1 >= first and (
        cap(toks[a - 1]) or (toks[a - 1].text in _JOIN and a - 2 >= first and cap(toks[a - 2]))
    ):
        a -= 1
    b = k + 1
    while b < last and (
        cap(toks[b]) or (toks[b].text in _JOIN and b + 1 < last and cap(toks[b + 1]))
    ):
        b += 1
    return (a, b) if b - a >= 2 else (k, k)


#: Words inside a body's name ("Bureau of Fisheries and Aquatic Resources").
_JOIN = frozenset(["of", "and", "for", "&"])


def _body_that_spoke(
    att: Attribution, art: Article, done: list[Attribution], since: int, toks: list[Token]
) -> Speaker | None:
    """ "The company said" after "Acme said …": the body that spoke last (a named speaker
    that is no person the article gives a gender: the recogniser may have typed a body's
    name a person by the verb beside it)."""
    for prev in reversed(done):
        sp = prev.speaker
        if prev.start >= toks[0].start or prev.start < since or sp is None or not sp.named:
            continue
        ent = art.entity(sp.entity)
        if ent is None or ent.type == EntityType.LOC:
            continue
        if ent.type == EntityType.PER and art.genders.get(ent.id):
            return None  # a man or woman spoke last: no company
        return of_entity(art, ent.id, R.DESCRIPTION, toks, 0.6)
    return None
