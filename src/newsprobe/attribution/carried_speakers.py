"""The same-person check for carried accounts (and the number of a subject "sie" by the
finite verb beside it): a sentence without a cue of its own that
carries on an earlier statement takes that statement's speaker only where it can be the
same person.

Where a sentence of the narrator stands between ("Ministerin Anna Berg sagte, die Reform
komme. Ihr Kritiker Paul Weber widersprach. Er sei dagegen."), its subject is a person
the article names there, and the carried sentence's own subject is a pronoun that agrees
with that person but not with the carried speaker ("Er" is no Anna Berg), the sentence is
that person's statement — as a Konjunktiv sentence with no statement before it is the
statement of the subject before it (``orphans``).  Elsewhere the carried speaker stays:
a pronoun that agrees with both, or with neither, says nothing about who speaks.
"""

from __future__ import annotations

from bisect import bisect_left

from newsprobe.attribution import gender as g
from newsprobe.attribution.speaker_parts import Article, R, of_entity
from newsprobe.attribution.subject_phrases import subject_np
from newsprobe.model import Attribution, EntityType, Speaker, Token

#: Words a carried sentence may open with before its verb and subject ("Zudem sei er …",
#: "Auch habe sie …"): at most this many tokens before the pronoun.
_OPENING = 3
#: Subject pronouns of the third person (nominative).
_SUBJECTS = frozenset(["er", "sie"])


def _pronoun_subject(toks: list[Token]) -> tuple[Token, g.Agree] | None:
    """The third-person subject pronoun near the start of a carried clause, with the
    gender and number it asks ("Er sei" -> m; "sie sei" -> f; "sie seien" -> pl)."""
    for k, tok in enumerate(toks[: _OPENING + 1]):
        low = tok.text.lower()
        if low not in _SUBJECTS or tok.pos not in ("PPER", None):
            continue
        if low == "er":
            return tok, g.M
        verbs = [t for t in toks[: k + 2] if t.pos in ("VAFIN", "VVFIN", "VMFIN")]
        if not verbs:
            return None
        return tok, (g.PL if g.plural_verb(verbs[0].text) else g.F)
    return None


def other_person(
    att: Attribution, parent: Attribution, carried: Speaker, art: Article
) -> Speaker | None:
    """The speaker a carried sentence has instead of ``carried`` (see the module doc);
    None where the carried speaker may be the one."""
    if carried.entity is None:
        return None
    sid = art.sentence_of(att.message.start)
    before = sid - 1
    if before < 0 or art.sentence_of(max(parent.message.end - 1, parent.start)) >= before:
        return None  # no sentence of the narrator between
    start, end = art.sent_starts[before], art.sent_starts[sid]
    if any(a is not att and a.start < end and start < a.end for a in art.analysis.attributions):
        return None  # the sentence between is a statement itself
    found = _pronoun_subject(art.tokens(att.message.start, att.message.end))
    if found is None:
        return None
    _, agree = found
    np = subject_np(before, art, end) or _before_verb(start, end, art)
    if np is None:
        return None
    persons = {
        m.entity for m in art.mentions_in(*np) if m.entity is not None and m.type == EntityType.PER
    }
    if len(persons) != 1:
        return None
    person = persons.pop()
    if person == carried.entity:
        return None
    if g.agrees(agree, art.genders.get(carried.entity, g.UNKNOWN)) is not False:
        return None
    if not g.agrees(agree, art.genders.get(person, g.UNKNOWN)):
        return None
    return of_entity(art, person, R.PRONOUN, art.tokens(*np), 0.6)


def _before_verb(start: int, end: int, art: Article) -> tuple[int, int] | None:
    """The words before a sentence's first finite verb, where the subject parser found none
    ("Ihr Kritiker Paul Weber widersprach", a possessive the tagger read as a pronoun)."""
    toks = art.tokens(start, end)
    for k, tok in enumerate(toks[:7]):
        if tok.pos in ("VVFIN", "VAFIN", "VMFIN"):
            return (toks[0].start, toks[k - 1].end) if k else None
    return None


_FINITE = ("VVFIN", "VAFIN", "VMFIN")


def finite_beside(tok: Token, art: Article) -> str | None:
    """The finite verb right after a subject pronoun ("Sie sind …") or right before it
    ("… erklärten sie"), whose ending tells the pronoun's number; None without one."""
    tokens = art.analysis.tokens
    k = bisect_left(art.starts, tok.start)
    for j in (k + 1, k - 1):
        if 0 <= j < len(tokens) and tokens[j].pos in _FINITE:
            return tokens[j].text
    return None
