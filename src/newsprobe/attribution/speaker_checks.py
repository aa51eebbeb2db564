"""Speaker phrases that name no one, whatever entity they hold: a phrase opened by a
preposition ("Über Cortana"), a unit or currency ("Dollar", "4 GB"), a non-agent noun ("das
wiederkehrende Muster"), a negated or time phrase ("keinem Fall", "16. Jahrhundert"), the
remnant of a prepositional phrase ("in Klosterneuburg berichten").  Used by
:mod:`speaker_resolution`; moved out of it as is."""

from __future__ import annotations

from bisect import bisect_left

from newsprobe.attribution import non_speakers as ns
from newsprobe.attribution.marks import CLOSING_MARKS, OPENING_MARKS, short_quoted_name
from newsprobe.attribution.speaker_parts import (
    ABSTRACT_ENDINGS,
    PERSON_PROXIES,
    STATEMENT_NOUNS,
    Article,
    head_index,
)
from newsprobe.model import Attribution, Token

#: Relative pronouns (STTS).
_REL = frozenset(["PRELS", "PRELAT"])
#: Heads that never speak, whatever the cue ("laut Verfassung" may, "das Muster" may not).
_NON_AGENT_ENDINGS = (
    *("ik", "muster", "nerven", "interesse", "begriff", "existenz", "erhalt", "titel"),
    *("modus", "thriller", "film", "buch", "spiel"),
)
#: Units and currencies: never a speaker ("Dollar", "Celsius", "4 GB").
_UNITS = frozenset(
    ["dollar", "euro", "prozent", "celsius", "grad", "gb", "mb", "kilometer", "meter", "franken"]
)
_NEVER_OPEN = frozenset(["über", "von", "als", "mit", "für", "in", "im", "auf", "bei", "zu"])


def never_speaks(toks: list[Token], head: Token | None, art: Article) -> bool:
    """A phrase no one can be, tagged as a name or not: one opened by a preposition ("Über
    Cortana"), a unit or currency ("Dollar", "4 GB"), a non-agent noun ("der Modus
    Operandi" aside, "das wiederkehrende Muster")."""
    if toks[0].text.lower() in _NEVER_OPEN or toks[0].pos in ("APPR", "APPRART"):
        return True
    if head is None or art.lex.head_type(head.text) is not None:
        return False  # "Online-Ausgabe" is an outlet's
    low = head.text.lower()
    return low in _UNITS or low.endswith(_NON_AGENT_ENDINGS)


def no_one(att: Attribution, toks: list[Token], art: Article) -> bool:
    """A phrase of a class that names no one (see :mod:`non_speakers`): negated, a time
    expression, or the rest of a prepositional phrase that cannot mark a source (for a
    speech verb, whose speaker is its subject, not even "in"/"im": "in Klosterneuburg")."""
    head_i = head_index(toks)
    if (
        ns.negated(toks)
        or ns.object_pronoun(toks)
        or ns.time_expression(toks, toks[head_i] if head_i is not None else None)
    ):
        return True
    tokens = art.analysis.tokens
    k = bisect_left(art.starts, toks[0].start)
    before = tokens[k - 1] if k > 0 else None
    after = bisect_left(art.starts, toks[-1].end)
    if after + 1 < len(tokens) and tokens[after].text == "," and tokens[after + 1].pos in _REL:
        return False  # "auf der Sitzung von Ägypten, das vorschlug": a relative's antecedent
    cue = att.cue
    assert cue is not None
    head = toks[head_i] if head_i is not None else None
    if any(t.text.startswith("@") for t in toks) or (
        # "In einem Bericht der Salzburger Nachrichten wurde vermutet", "auf dem Account
        # @x wird behauptet": a report, an outlet, a channel is a source a preposition names
        head is not None
        and (head.text.lower() in STATEMENT_NOUNS or art.lex.head_type(head.text) is not None)
    ):
        return False
    subject_only = cue.type.endswith(("verb", "speech", "thought"))
    return ns.prepositional_remnant(before, toks, cue.end, art.analysis.text, locative=subject_only)


def can_speak_as_phrase(
    toks: list[Token], head: Token | None, art: Article, *, strict: bool = True
) -> bool:
    """Whether a phrase without a name can be a speaker: not one opened by a preposition,
    not an abstract noun the source lexicon does not know ("Konzept", "Jahrhundert")."""
    if toks[0].text.lower() in _NEVER_OPEN or toks[0].pos in ("APPR", "APPRART", "KOKOM"):
        return False
    if head is None or head.pos is None:
        return True
    low = head.text.lower()
    if low in _UNITS:
        return False
    if (
        art.lex.head_type(head.text) is not None
        or art.lex.is_vague(head.text)
        or low in PERSON_PROXIES
        or low in STATEMENT_NOUNS
    ):
        return True
    if low.endswith(_NON_AGENT_ENDINGS):
        return False
    return not (strict and low.endswith(ABSTRACT_ENDINGS))


#: Words that end the place or body a statement noun comes from ("aus Khartum wurden").
_ORIGIN_STOPS = frozenset(["VVFIN", "VAFIN", "VMFIN", "$,", "$.", "KON", "VVPP", "VVINF"])


def origin_after(toks: list[Token], head_i: int | None, art: Article) -> list[Token]:
    """ "Angaben aus Khartum", "Informationen aus dem Innenministerium": the place or body a
    statement noun comes from, in the phrase or right after it (the cue rules may end the
    phrase at the noun); empty where none follows."""
    if head_i is None:
        return []
    after = toks[head_i + 1 :]
    if not after:
        k = bisect_left(art.starts, toks[head_i].end)
        after = art.analysis.tokens[k : k + 8]
    if len(after) < 2 or after[0].text.lower() != "aus":
        return []
    out: list[Token] = []
    for tok in after[1:]:
        if tok.pos in _ORIGIN_STOPS or (out and tok.pos in ("APPR", "APPRART", "ADV")):
            break
        out.append(tok)
    # (a name or a body's noun: "aus Khartum", "aus dem Ministerium"; not "aus Sicht")
    if not any(t.pos in ("NE", "NN") for t in out):
        return []
    named = art.mentions_in(out[0].start, out[-1].end)
    if not named and art.lex.head_type(out[-1].text) is None:
        return []
    return out


def quoted_body_name(toks: list[Token]) -> tuple[int, int] | None:
    """The character span of the name in a phrase that is an article and a short quoted
    name ("die „Aktion Deutschland hilft“", "der „Verein Lichtblick“"): such a phrase names
    a body whatever its words are (an action, a verb), so it can speak.  None for any other
    phrase.  The tagged-token twin of :func:`newsprobe.attribution.phrases.named_after_article`:
    both take a name by :func:`newsprobe.attribution.marks.short_quoted_name`."""
    if (
        len(toks) < 4
        or toks[0].pos != "ART"
        or toks[1].text not in OPENING_MARKS
        or toks[-1].text not in CLOSING_MARKS
        or not short_quoted_name([t.text for t in toks[2:-1]])
    ):
        return None
    return toks[2].start, toks[-2].end
