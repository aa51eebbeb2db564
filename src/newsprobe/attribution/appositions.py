"""Names beside a speaker phrase: the apposition that says who a description is.

A speaker phrase that is only a description is often one half of an apposition whose other
half is the name ("Wie Philip Aguer Panynag, ein Sprecher der SPLA, mitteilte"; "sagte der
Vorsitzende des Verbandes, Elmar Gesse, …"; "nach Angaben des Hauptsponsors, dem
Getränkehersteller Pepsi"). The cue rules may hand over either half; these readers find the
name from the description, before or after it.  Used by ``speaker_resolution``.
"""

from __future__ import annotations

from bisect import bisect_left

from newsprobe.attribution.speaker_parts import Article
from newsprobe.language.words import DEFINITE_ARTICLES_DE
from newsprobe.model import EntityType, Mention, MentionForm, Token

#: Dashes and commas that open or close an apposition.
_SEPARATORS = frozenset([",", "–", "-"])
#: Tags of the words between an apposition's comma and its name ("dem Getränkehersteller").
_LEAD_POS = frozenset(["ART", "ADJA", "NN"])


def apposition_after(toks: list[Token], art: Article, *, bodies: bool = False) -> Mention | None:
    """ "sagte der Vorsitzende des Verbandes, Elmar Gesse, …": a person named right after
    the phrase, between commas or dashes; with ``bodies`` also an organisation after a
    kind noun ("des Hauptsponsors der Halbzeitshow, dem Getränkehersteller Pepsi")."""
    tokens = art.analysis.tokens
    k = bisect_left(art.starts, toks[-1].end)
    if k + 1 >= len(tokens) or tokens[k].text not in _SEPARATORS:
        return None
    nxt = tokens[k + 1]
    for m in art.mentions_in(nxt.start, nxt.start + 200):
        if m.start != nxt.start:
            break
        if m.type == EntityType.PER and m.form != MentionForm.ROLE:
            return m
    if not bodies:
        return None
    j = k + 1
    while (
        j < len(tokens)
        and j - k <= 4
        and (
            tokens[j].pos in _LEAD_POS
            # ("dem" after a comma, read as a relative pronoun)
            or (j == k + 1 and tokens[j].text.lower() in DEFINITE_ARTICLES_DE)
        )
    ):
        j += 1
    if j == k + 1 or j >= len(tokens) or tokens[j - 1].pos != "NN":
        return None  # a bare name after a comma is the next item of a list
    found = next(
        (
            m
            for m in art.mentions_in(tokens[j].start, tokens[j].end)
            if m.start == tokens[j].start
            and m.type == EntityType.ORG
            and m.form != MentionForm.ROLE
            and m.entity is not None
        ),
        None,
    )
    if found is None:
        return None
    # the apposition closes ("…, dem Getränkehersteller Pepsi, wird …"); a relative clause
    # goes on to its verb ("…, der den Getränkehersteller Pepsi beliefert")
    end = bisect_left(art.starts, found.end)
    closes = end >= len(tokens) or tokens[end].text in _SEPARATORS | {")", ".", ";"}
    return found if closes else None


def apposition_before(toks: list[Token], art: Article) -> Mention | None:
    """ "Wie Philip Aguer Panynag, ein Sprecher der SPLA, der Presse mitteilte", "Theo
    Zwanziger, Präsident des DFB, nannte …": a description that follows a person's name and
    its comma stands beside that name; None where the name is one of a list ("X, Y und
    der Sprecher Z")."""
    tokens = art.analysis.tokens
    k = bisect_left(art.starts, toks[0].start)
    if k < 2 or tokens[k - 1].text not in _SEPARATORS:
        return None
    before = tokens[k - 2]
    found = next(
        (
            m
            for m in art.mentions_in(max(0, before.start - 200), before.end)
            if m.end == before.end and m.type == EntityType.PER and m.form != MentionForm.ROLE
        ),
        None,
    )
    if found is None or found.entity is None:
        return None
    j = bisect_left(art.starts, found.start)
    if j > 0 and tokens[j - 1].text in _SEPARATORS | {"und", "sowie", "oder"}:
        return None  # "…, Anna Bligh, die Ministerin": an enumeration, or an apposition itself
    if any(t.pos == "KON" for t in toks):
        return None
    return found
