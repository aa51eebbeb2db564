"""Phrases a cue's speaker slot picked up that name no one who can speak, by class.

Each check looks at the phrase's make-up (its determiner, its head noun's class, the word
before it), not at single phrases: a negated phrase ("in keinem Fall", "verspricht keine
Wunder"), a time expression ("im 16. Jahrhundert", "am Wochenende"), a noun phrase left over
from a prepositional phrase that cannot mark a source ("auf die Straße wirft … wird zur
Kasse gebeten"). Used by speaker resolution before a phrase becomes a source."""

from __future__ import annotations

from newsprobe.model import Token

#: Determiners that negate a phrase: "keine Wunder", "keinem Fall" — no one speaks.
NEGATORS = frozenset(["kein", "keine", "keinem", "keinen", "keiner", "keines", "keinerlei", "no"])

#: Heads of time expressions (a time, never an agent), with their compounds' tails
#: ("Wochenende", "Vormittag", "Frühjahr"). Inflected forms are listed where they differ.
TIME_HEADS = frozenset(
    [
        "jahrhundert", "jahrhunderts", "jahrhunderten", "jahrhunderte",
        "jahrtausend", "jahrtausends", "jahrzehnt", "jahrzehnts", "jahrzehnten", "jahrzehnte",
        "jahr", "jahres", "jahre", "jahren", "jahrs", "monat", "monats", "monate", "monaten",
        "woche", "wochen", "wochenende", "wochenendes", "tag", "tages", "tage", "tagen",
        "stunde", "stunden", "minute", "minuten", "sekunde", "sekunden", "nacht", "nächte",
        "abend", "abends", "vormittag", "nachmittag", "mittag", "quartal", "quartals",
        "halbjahr", "semester", "saison", "ära", "epoche", "zeitpunkt", "zeitraum",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
        "september", "oktober", "november", "dezember", "frühjahr", "frühling", "sommer",
        "herbst", "winter",
        "century", "centuries", "decade", "decades", "year", "years", "month", "months",
        "week", "weeks", "weekend", "day", "days", "hour", "hours", "minute", "minutes",
        "night", "morning", "evening", "afternoon", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "june", "july", "october", "december", "spring", "summer", "autumn",
    ]
)  # fmt: skip
#: Compound tails of time nouns ("Vorjahr", "Wahljahr", "Wochenende", "Mittwochabend").
_TIME_TAILS = (
    "jahrhundert", "jahrzehnt", "jahr", "jahres", "jahren", "monat", "monats", "woche",
    "wochen", "wochenende", "abend", "morgen", "vormittag", "nachmittag", "nacht", "quartal",
    "saison",
)  # fmt: skip

#: First parts of compounds of a time noun that make it a time too ("Vorjahr").
_TIME_MODIFIERS = (
    TIME_HEADS
    | frozenset(["vor", "nach", "folge", "wahl", "geschäft", "kalender", "schul", "halb", "spät"])
    | frozenset(["früh", "wochen", "sonn", "feier", "heilig", "silvester", "fest", "vorvor"])
)

#: Prepositions whose object is a place, a direction, a time or a means — never the
#: source of a statement (unlike "laut", "nach", "zufolge", "von", "aus", "bei", "in",
#: "seitens", which can mark one: "hieß es in Regierungskreisen", "aus dem Büro").
REMNANT_PREPOSITIONS = frozenset(
    [
        "auf", "aufs", "an", "am", "ans", "unter", "über", "übers", "für", "fürs", "gegen",
        "um", "mit", "ohne", "zu", "zum", "zur", "hinter", "vor", "vorm",
        "neben", "zwischen", "während", "seit", "bis", "ab", "wegen", "trotz", "innerhalb",
        "außerhalb", "oberhalb", "unterhalb", "into", "onto", "at", "on", "for", "during",
        "since", "until", "without", "against", "toward", "towards", "through",
    ]
)  # fmt: skip


#: Prepositions of place that mark a source only without a subject to speak ("hieß es in
#: Regierungskreisen", "laut … in Berlin"): after a speech verb, whose speaker is its
#: subject, "in Klosterneuburg berichten" leaves a place, not a speaker.
LOCATIVE_PREPOSITIONS = frozenset(["in", "im", "ins"])


def negated(toks: list[Token]) -> bool:
    """A phrase opened by a negating determiner ("keine Wunder", "keinem Fall")."""
    return bool(toks) and toks[0].text.lower() in NEGATORS


def time_expression(toks: list[Token], head: Token | None) -> bool:
    """A phrase whose head noun names a time ("16. Jahrhundert", "am Wochenende",
    "Mittwochabend"), not someone. A phrase with a name in it is left alone ("Theo
    Sommer", "Stefan Mai")."""
    if head is None or any(t.pos in ("NE", "NNP", "NNPS") for t in toks):
        return False
    low = head.text.lower()
    if low in TIME_HEADS:
        return True
    # a compound of a time noun with a time or calendar modifier ("Mittwochabend",
    # "Vorjahr", "Wahljahr"); "Computerwoche", "Wirtschaftswoche" are magazines
    return any(
        low.endswith(tail) and low[: -len(tail)].rstrip("s-") in _TIME_MODIFIERS
        for tail in _TIME_TAILS
    )


def prepositional_remnant(
    before: Token | None,
    toks: list[Token],
    cue_end: int | None,
    text: str,
    *,
    locative: bool = False,
) -> bool:
    """A phrase right after a preposition that cannot mark a source ("auf die Straße
    wirft …, wird … gebeten"): the rest of a prepositional phrase, not a subject or an
    agent. A preposition that belongs to the cue itself ("unter Berufung auf X", cue
    ending right before it) is part of the cue, not a remnant."""
    if before is None or not toks:
        return False
    prep = before.text.lower()
    if prep not in REMNANT_PREPOSITIONS and not (locative and prep in LOCATIVE_PREPOSITIONS):
        return False
    if before.pos not in ("APPR", "APPRART", "ADP", "IN", "TO", None):
        return False
    return not (
        cue_end is not None and cue_end <= before.start and not text[cue_end : before.start].strip()
    )


#: Pronouns in a case no subject takes: the genitive "derer" and dative/accusative forms
#: ("denen", "ihm", "ihn", "ihnen", "uns") — a speaker slot holding one alone picked up an
#: object or attribute ("die Hälfte derer, die …").  Not "dessen"/"deren": as possessives
#: they point at a speaker ("nach dessen Angaben").
OBJECT_PRONOUNS = frozenset(["derer", "denen", "ihm", "ihn", "ihnen", "uns", "mir", "mich", "dich"])


def object_pronoun(toks: list[Token]) -> bool:
    """A phrase that is only a pronoun in a case no speaker takes."""
    return len(toks) == 1 and toks[0].text.lower() in OBJECT_PRONOUNS
