"""Verbs of saying in a headline clause, less untagged English words that stand as nouns
(:func:`newsprobe.attribution.english_nouns.noun_reading`), the evidential verbs among
them ("tests show", "Zahlen belegen") that credit no one when no speaker is their subject, and
the subjects of the body's verbs of saying (:func:`subjects_of_saying`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from newsprobe.attribution.english_nouns import noun_reading
from newsprobe.claims.similarity import fold
from newsprobe.model import Analysis, ClaimStatus, Token


def speech_verbs(toks: list[Token], language: str) -> list[int]:
    """Positions of verbs of saying (the claims lexicon's ``speech_verb`` entries) among the
    tokens of one headline clause, less untagged words that stand as nouns."""
    from newsprobe.claims.lexicon import lexicon

    lex = lexicon(language)
    lows = [t.text.lower() for t in toks]
    found = []
    for k, t in enumerate(toks):
        if t.pos is not None and not t.pos.startswith("V"):
            continue
        if t.pos is None and (not t.text[:1].islower() or noun_reading(lows, k)):
            continue
        entries = lex.candidates(lows[k], (t.lemma or t.text).lower())
        prev = lows[k - 1] if k > 0 else ""
        if any(
            e.type.name == "speech_verb"
            and len(e.words) == 1
            and prev not in e.context.not_prev  # "the central states": the noun
            for e in entries
        ):
            found.append(k)
    return found


#: Verbs that present their object as shown, not as someone's word (folded forms and lemmas).
EVIDENTIAL = frozenset(
    {"show", "shows", "showed", "shown", "prove", "proves", "proved", "proven", "find", "finds",
     "found", "reveal", "reveals", "revealed", "zeigen", "zeigt", "zeigte", "zeigten", "belegen",
     "belegt", "belegte", "belegten", "beweisen", "beweist", "bewies", "ergeben", "ergibt",
     "ergab", "ergaben"}
)  # fmt: skip


#: Nouns of a document that credit what it shows ("tracking data shows", "Zahlen belegen"):
#: data and statistics are a source; a test, an inspection or an event is not one.
DOCUMENT_NOUNS = frozenset(
    {"data", "figures", "statistics", "daten", "zahlen", "statistik", "statistiken"}
)


def uncredited(
    toks: list[Token], speech: list[int], credits: Callable[[list[Token]], bool]
) -> list[int]:
    """The evidential verbs of ``speech`` with no speaker before them ("Cornwall tap water is
    safe, tests show", "UK growth downgrade shows reforms failed"): the headline states what
    follows as established, on its own word.  ``credits`` tells whether words name a speaker
    or a source ("Studie zeigt …", "Police find …" credit it)."""
    return [
        k
        for k in speech
        if (toks[k].text.lower() in EVIDENTIAL or (toks[k].lemma or "").lower() in EVIDENTIAL)
        and not credits(toks[:k])
    ]


def subjects_of_saying(analysis: Analysis) -> list[str]:
    """The words before the verb of saying of each attributed claim, up to a preposition
    ("Der Eigentümerverband Haus & Grund nannte …" names Haus & Grund even where the speaker
    layer resolved no one; "Die Polizei in Köln sagte" names the police, not Köln)."""
    found = []
    starts = [t.start for t in analysis.tokens]
    for claim in analysis.claims:
        cue = next((c for c in claim.cues if c.type == "speech_verb"), None)
        if claim.status is not ClaimStatus.ATTRIBUTED or cue is None or cue.start <= claim.start:
            continue
        first, last = bisect_left(starts, claim.start), bisect_left(starts, cue.start)
        toks = [t for t in analysis.tokens[first:last] if t.end <= cue.start]
        cut = next((t.start for t in toks if (t.pos or "").startswith("APPR")), cue.start)
        found.append(analysis.text[claim.start : cut])
    return found


def names_a_speaker(analysis: Analysis, head: list[Token]) -> bool:
    """Whether the prefix's words name a speaker or source of the body."""
    names: list[str] = [s.name for s in analysis.sources]
    for a in analysis.attributions:
        names += [s.text for s in a.speakers]
    names += subjects_of_saying(analysis)
    # every word of the prefix is a word of one speaker's name ("Alleinerziehende" in
    # "Dachverband der Alleinerziehenden"; not "Harwick port strike" for "Port of Harwick")
    wanted = {
        fold(t.text)[:6] for t in head if len(t.text) > 2 and any(c.isalpha() for c in t.text)
    }
    wordy = [t.text for t in head if any(c.isalpha() for c in t.text)]
    if len(wordy) == 1 and any(abbreviates(wordy[0], name) for name in names):
        return True  # "BR: …" for "einem Bericht des Bayerischen Rundfunks zufolge"
    for name in names:
        have = {fold(word.strip("()„“\"'.,"))[:6] for word in name.replace("-", " ").split()}
        if wanted and all(
            any(h.startswith(w) or w.startswith(h) for h in have if len(h) > 2) for w in wanted
        ):
            return True
    return False


#: Articles and small words an abbreviation leaves out ("des Bayerischen Rundfunks": BR).
_NOT_INITIALS = frozenset({"der", "die", "das", "des", "dem", "den", "the", "of", "and", "und"})


def abbreviates(word: str, name: str) -> bool:
    """Whether ``word`` is an abbreviation of ``name`` by its words' initials: two to five
    capitals ("BR" for "Bayerischer Rundfunk", "NDR" for "Norddeutscher Rundfunk", "CMA" for
    "Competition and Markets Authority")."""
    if not (2 <= len(word) <= 5 and word.isalpha() and word.isupper()):
        return False
    parts = [p for p in name.replace("-", " ").split() if p.strip("()„“\"'.,")]
    initials = "".join(
        p.strip("()„“\"'.,")[0] for p in parts if p.strip("()„“\"'.,").lower() not in _NOT_INITIALS
    )
    return initials.upper() == word and len(initials) == len(word)
