"""How SpkAtt-2023 news delimits a source, applied to newsprobe's speakers for scoring.

newsprobe reports a speaker as the name or noun phrase that refers to the speaking person;
the news corpus marks a wider span in two recurring cases (read off the rule-development
part, ``quotes_data.news_split`` "dev"; the held-out part was not read):

* **An apposition** after the speaker is part of the source: "[Olli Rehn, EU-
  Erweiterungskommissar] sagte", "sagte [Honoré Durand, der Geschäftsführer des
  Unternehmens]:", "nach [Angaben von Peter Beck, dem Dekan]".  newsprobe keeps the role in
  the speaker's description, not in the speaker span.
* **"Demnach"/"Danach"**: the corpus marks the adverb itself as the source (18 of 22 such
  annotations in dev); newsprobe resolves it to the source named before, which is what the
  product reports.
* **A cue in a relative clause** on the speaker ("eine Argumentation, {die} davon
  [ausgeht], …", "Clark war anwesend, {der} der Regierung [vorwarf], …"): the corpus marks
  the relative pronoun as the source (7 of 9 such annotations in dev; the guidelines leave
  relative clauses out of a source span); newsprobe names the phrase the pronoun stands for.
* **Stance acts** (``narrated_stance``: "kritisierte die Pläne", "lehnte … ab", "bestätigte
  den Vorfall"; :mod:`newsprobe.attribution.stance_acts`): the corpus does not annotate
  them (9 of 10 "kritisieren" and none of 5 "ablehnen"/"verteidigen"/"äußern" in dev), so
  they are left out of the scoring altogether — matched or not, cue and roles.

Nothing here changes what newsprobe outputs; only how the scorer reads it.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprobe.model import Token

#: Tags that may stand inside an apposition's noun phrase (STTS).
_APPOSITION_TAGS = frozenset(
    [
        "ART",
        "ADJA",
        "ADJD",
        "NN",
        "NNA",
        "NE",
        "APPR",
        "APPRART",
        "CARD",
        "PPOSAT",
        "TRUNC",
        "KON",
        "FM",
    ]
)
#: The first word of an apposition: an article, an adjective, a noun or a name.
_APPOSITION_STARTS = frozenset(["ART", "ADJA", "NN", "NNA", "NE", "FM"])
#: Noun tags (the tagger's NNA is a nominalised adjective: "Vorsitzender").
_NOUNS = ("NN", "NNA", "NE")
#: The longest apposition read (in tokens).
_MAX_APPOSITION = 12


def apposition_after(tokens: Sequence[Token], last: int, stop: int) -> int | None:
    """The index after an apposition that follows the token ``last`` (", der Sprecher
    des Amtes ,"), or None.  The apposition is a noun phrase alone between commas (or
    between a comma and ``stop``, the cue or the sentence end): it holds a noun or a name
    and no verb."""
    k = last + 1
    if k >= len(tokens) or tokens[k].text != "," or tokens[k].sentence != tokens[last].sentence:
        return None
    start = k + 1
    if start >= len(tokens):
        return None
    first = tokens[start].pos
    # the tagger often reads an article after a comma as a relative pronoun ("…, dem Dekan")
    article = (
        first in ("PRELS", "PDS")
        and start + 1 < len(tokens)
        and tokens[start + 1].pos in (*_NOUNS, "ADJA")
    )
    if first not in _APPOSITION_STARTS and not article:
        return None
    j = start + 1 if article else start
    while (
        j < len(tokens)
        and j < stop
        and tokens[j].sentence == tokens[last].sentence
        and tokens[j].pos in _APPOSITION_TAGS
        and j - start < _MAX_APPOSITION
    ):
        j += 1
    if j == start or not any(tokens[x].pos in _NOUNS for x in range(start, j)):
        return None
    closed = j < len(tokens) and (
        tokens[j].text == ","
        # a colon before the quote: "sagte X, der Geschäftsführer:"
        or tokens[j].text == ":"
        # right before the cue: a noun ends it ("…, die Vergabe bekannt gegeben": an object)
        or (j == stop and tokens[j - 1].pos in _NOUNS)
    )
    if not closed or tokens[j - 1].pos in ("APPR", "APPRART", "ART", "KON"):
        return None
    if any(t.pos == "KON" for t in tokens[start:j]) or _list_goes_on(tokens, j, stop):
        return None  # "von Belgien, Deutschland, Frankreich und …": a list, not an apposition
    return j


def _list_goes_on(tokens: Sequence[Token], j: int, stop: int) -> bool:
    """After the comma at ``j``: another short noun phrase and a comma or "und"."""
    if j >= stop or j + 1 >= len(tokens):
        return False
    for k in range(j + 1, min(j + 5, len(tokens))):
        if tokens[k].text == "," or tokens[k].pos == "KON":
            return k > j + 1 and all(t.pos in (*_NOUNS, "ART", "ADJA") for t in tokens[j + 1 : k])
        if tokens[k].pos not in (*_NOUNS, "ART", "ADJA"):
            return False
    return False


def with_apposition(tokens: Sequence[Token], indices: list[int], stop: int) -> list[int]:
    """``indices`` (a speaker's token indices, sorted) with the apposition after it."""
    if not indices:
        return indices
    end = apposition_after(tokens, indices[-1], stop)
    if end is None:
        return indices
    return indices + list(range(indices[-1] + 1, end))


def is_anaphoric_source(cue_type: str | None) -> bool:
    """Whether the corpus marks the cue word itself as the source ("Demnach …")."""
    return cue_type == "anaphoric"


def is_unannotated(cue_type: str | None) -> bool:
    """Whether the corpus leaves attributions with this cue type unannotated (stance acts)."""
    return cue_type == "narrated_stance"


#: Relative pronouns (the tagger reads some as articles or demonstratives after a comma).
_RELATIVES = frozenset(["der", "die", "das", "welcher", "welche", "welches"])


def relative_pronoun_between(tokens: Sequence[Token], last: int, cue: int) -> int | None:
    """The index of the relative pronoun that opens the clause of the cue at ``cue`` after a
    speaker ending at ``last`` (", der … vorwarf"), or None: a comma right before it, no
    noun or adjective right after it, the same sentence, and no comma between it and the
    cue."""
    if cue - last > 40:
        return None
    for k in range(cue - 1, last, -1):
        tok = tokens[k]
        if tok.sentence != tokens[cue].sentence or tok.text in (",", ";", ":", "(", ")"):
            return None
        if (
            tokens[k - 1].text == ","
            and tok.text.lower() in _RELATIVES
            and tok.pos in ("PRELS", "ART", "PDS")
            # an article opens an apposition ("Rahman, der Koordinator der Behörde, …")
            and tokens[k + 1].pos not in (*_NOUNS, "ADJA")
        ):
            return k
    return None
