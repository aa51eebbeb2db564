"""Which tokens are the verbs of a clause, for the headline matcher.

German text is tagged (STTS): a full verb is ``VV*``.  English text carries no part-of-speech
tags here, so :func:`english_verb` reads a verb from its form and place, without a parser: a
word whose lemma the news-verb list (``verbs`` in ``concepts_en.toml``) holds and that stands
as a verb — inflected as one ("hits", "confirmed", "held": a form other than the lemma that is
no "-ing" noun), or after "to", a modal or "will" ("to cut", "will close").  A bare lemma
("Police appeal for witnesses") stays unread: too many headline nouns look the same.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprobe.claims.concepts import concepts
from newsprobe.claims.similarity import fold
from newsprobe.claims.units import Tok
from newsprobe.model import Analysis, Token

#: Verbs whose meaning lies in their particle, object or complement ("legt … lahm", "bleibt
#: dicht", "droht die Pleite"): they do not decide on their own what the clause says happens.
LIGHT_VERBS = frozenset(
    {
        "legen", "setzen", "stellen", "bringen", "halten", "nehmen", "bleiben", "drohen",
        "stehen", "liegen", "gelten", "fuhren", "ziehen", "treffen", "kommen", "gehen",
        "geben", "lassen", "machen", "sorgen", "erhalten", "bekommen", "finden",
        "keep", "remain", "stay", "face", "put", "bring", "take", "make", "hold", "give",
        "set", "get", "go", "come", "see", "look", "seem", "appear",
    }
)  # fmt: skip
#: Words that make the act next to them an attempt, not a deed ("attempted murder",
#: "versuchter Totschlag"): the matcher reads them as it reads a negation.
ATTEMPT_WORDS = frozenset(
    {"attempted", "attempt", "versuchter", "versuchten", "versuchte", "versuchtem", "versuchtes",
     "versucht", "mordversuch", "tried"}
)  # fmt: skip
#: Words before an English infinitive.
_INFINITIVE_MARKERS = frozenset(
    {"to", "will", "would", "could", "may", "might", "must", "should", "can", "shall"}
)


def full_verb(tok: Tok) -> bool:
    """A tagged full verb that is no light verb."""
    return (
        tok.pos is not None
        and tok.pos.startswith("VV")
        and fold(tok.claim_lemma) not in LIGHT_VERBS
    )


def english_verb(toks: Sequence[Tok], k: int, verbs: frozenset[str]) -> bool:
    """Whether ``toks[k]`` of an untagged English clause stands as one of ``verbs``."""
    tok = toks[k]
    lemma = fold(tok.claim_lemma)
    if lemma not in verbs or lemma in LIGHT_VERBS:
        return False
    low = tok.low
    if _attributive(toks, k):
        return False  # "Stranded freighter halts …", "Stolen painting recovered"
    if low != lemma and not low.endswith("ing"):
        return True  # "hits", "confirmed", "held"
    return k > 0 and toks[k - 1].low in _INFINITIVE_MARKERS


_DETERMINERS = frozenset({"a", "an", "the"})


def _attributive(toks: Sequence[Tok] | Sequence[Token], k: int) -> bool:
    """A participle before the noun it describes, at the start of the clause or after an
    article ("Stranded freighter", "the stolen painting"): an adjective, not the verb."""
    low = toks[k].text.lower()
    if not low.endswith(("ed", "en")) or k + 1 >= len(toks):
        return False
    after = toks[k + 1].text
    before = toks[k - 1].text.lower() if k else ""
    return (k == 0 or before in _DETERMINERS) and after.isalpha()


def names_an_act(analysis: Analysis, start: int, end: int) -> bool:
    """Whether the text between ``start`` and ``end`` has a verb of its own that is no light
    verb ("tritt zurück", "verklagt", "rolls out"; not "bringt", "to get worse")."""
    toks = [t for t in analysis.tokens if t.start >= start and t.end <= end]
    if any(t.pos is not None for t in toks):
        return any(
            t.pos is not None
            and t.pos.startswith("VV")
            and fold(t.lemma or t.text) not in LIGHT_VERBS
            for t in toks
        )
    verbs = concepts("en").verbs
    lows = [t.text.lower() for t in toks]
    for k, t in enumerate(toks):
        lemma = fold(t.lemma or t.text)
        if lemma not in verbs or lemma in LIGHT_VERBS or _attributive(toks, k):
            continue
        if (lows[k] != lemma and not lows[k].endswith("ing")) or (
            k > 0 and lows[k - 1] in _INFINITIVE_MARKERS
        ):
            return True
    return False


#: Finite auxiliaries of a completed act ("hat gestrichen", "wurde geschlossen", "ist
#: eröffnet"); "wird abgeschaltet" is a plan in the present and does not count.
_DONE_AUXILIARIES = frozenset(
    {"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wurde", "wurden",
     "has", "have", "had", "was", "were"}
)  # fmt: skip


def completed(analysis: Analysis, start: int, end: int) -> bool:
    """Whether the text between ``start`` and ``end`` reports an act as done: a German
    perfect or past passive ("hat 1.200 Stellen gestrichen", "wurde geschlossen"; in a
    headline also without its auxiliary: :func:`elliptic_participle`), an English
    past form of a news verb ("cut", "closed") or a perfect ("has closed")."""
    toks = [t for t in analysis.tokens if t.start >= start and t.end <= end]
    lows = [t.text.lower() for t in toks]
    if any(t.pos is not None for t in toks):
        if any(t.pos == "VVPP" for t in toks) and any(w in _DONE_AUXILIARIES for w in lows):
            return True
        return elliptic_participle(toks)
    verbs = concepts("en").verbs
    for k, t in enumerate(toks):
        lemma = fold(t.lemma or t.text)
        if lemma in verbs and lows[k].endswith("ed") and lows[k] != lemma:
            return True
        if (
            lows[k] in ("has", "have")
            and k + 1 < len(toks)
            and (lows[k + 1].endswith("ed") or fold(toks[k + 1].lemma or "") in verbs)
        ):
            return True  # "has closed", "has cut"
    return False


def elliptic_participle(toks: list[Token]) -> bool:
    """Whether a German headline clause ends in a participle with no other verb: the perfect
    passive with its auxiliary left out ("Fliegerbombe in Magdeburg erfolgreich entschärft",
    "Leiche im Wald gefunden").  A finite verb stands second in a German main clause, so a
    verb form in "-t" that ends a clause of three or more words and is its only verb is read
    as the participle whatever the tagger guessed ("entschärft" is both)."""
    words = [t for t in toks if any(c.isalpha() for c in t.text)]
    if len(words) < 3:
        return False
    last = words[-1]
    if last.pos not in ("VVPP", "VVFIN") or not last.text.lower().endswith("t"):
        return False
    return not any((t.pos or "").startswith("V") for t in words[:-1])
