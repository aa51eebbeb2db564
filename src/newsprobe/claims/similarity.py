"""Word similarity for the headline matcher: folding, inflection stems, compound heads."""

from __future__ import annotations

from functools import lru_cache

_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "é": "e", "è": "e"})
_INFLECTIONS = frozenset(
    {
        "",
        "e",
        "en",
        "n",
        "s",
        "es",
        "er",
        "ern",
        "em",
        "t",
        "et",
        "st",
        "te",
        "ten",
        "ens",
        "d",
        "ed",
        "ing",
        "ies",
        "y",
    }
)


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case, umlauts and ß folded: the form keys are compared in."""
    return word.lower().translate(_FOLD)


#: Derivational endings of German verbal nouns: the act ("Brandstiftung") and the verb
#: ("stiften") or the doer ("Brandstifter") share the stem left without them (5+ letters);
#: a verb in "-ieren" and its noun in "-ation"/"-ition"/"-ing" share the stem before them
#: ("trainieren" ~ "Training", "demonstrieren" ~ "Demonstration", "investieren" ~
#: "Investition").
_DERIVATIONS = ("ungen", "ung", "erinnen", "erin", "ieren", "ationen", "ation", "itionen", "ition")


@lru_cache(maxsize=65536)
def stems(word: str) -> frozenset[str]:
    """The word and, for words of 5+ letters, the word without each inflection ending it
    could have, or without a verbal noun's ending ("-ung"): two words are similar when their
    stems meet."""
    found = {word}
    for ending in _INFLECTIONS:
        if ending and word.endswith(ending) and len(word) - len(ending) >= 4:
            found.add(word[: -len(ending)])
    for ending in _DERIVATIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 5:
            found.add(word[: -len(ending)])
            break
    return frozenset(found)


@lru_cache(maxsize=65536)
def heads(word: str) -> frozenset[str]:
    """Compound heads of 5+ letters that leave 3+ letters of modifier ("militarblogger" ->
    "blogger", "logger"…)."""
    return frozenset(word[cut:] for cut in range(3, len(word) - 4))


def similar(a: str, b: str) -> bool:
    """Same word up to inflection ("sturz"/"sturzen"), or one the head of the other's compound
    ("blogger"/"militarblogger")."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 4 and long_.startswith(short) and long_[len(short) :] in _INFLECTIONS:
        return True
    return len(short) >= 5 and long_.endswith(short) and len(long_) - len(short) >= 3


#: Heads of compounds that name a group speaking for a cause ("Umweltschützer",
#: "Umweltverband", "Verbraucherzentrale", "Deutsche Umwelthilfe"): two such words with the
#: same cause name the same kind of party (:func:`actor_domain`).
_ACTOR_HEADS = (
    "schutzerinnen",
    "schutzern",
    "schutzer",
    "verbanden",
    "verbande",
    "verband",
    "zentralen",
    "zentrale",
    "organisationen",
    "organisation",
    "initiativen",
    "initiative",
    "aktivistinnen",
    "aktivisten",
    "aktivist",
    "vereinigung",
    "verein",
    "bundes",
    "bund",
    "lobby",
    "beauftragten",
    "beauftragter",
    "beauftragte",
)


@lru_cache(maxsize=65536)
def actor_domain(word: str) -> str | None:
    """The cause of a compound naming a group that speaks for it ("umweltschutzer",
    "umweltverbande", "umwelthilfe" -> "umwelt"; "verbraucherzentrale" -> "verbraucher";
    "tierschutzbund" -> "tier"); None for other words.  The cause keeps 4+ letters."""
    for head in _ACTOR_HEADS:
        if word.endswith(head) and len(word) - len(head) >= 4:
            cause = word[: -len(head)]
            for link in ("schutz", "schutzs", "s"):
                if cause.endswith(link) and len(cause) - len(link) >= 4:
                    cause = cause[: -len(link)]
                    break
            return cause
    return None


def place_match(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> bool:
    """One side names a place by its adjective, the other by its name."""
    adj_a = {w for w in a if w.endswith("er")}
    adj_b = {w for w in b if w.endswith("er")}
    return bool(
        (adj_a and place_words(adj_a) & place_words(b - adj_b))
        or (adj_b and place_words(adj_b) & place_words(a - adj_a))
    )


def place_words(words: set[str] | frozenset[str]) -> set[str]:
    """Name words, with a place adjective read as its place ("göttinger" -> "götting…",
    "münchner" -> "münch…", "berliner" -> "berlin"): each word, and for words in "-er" the
    stems the place's name may take; a place's own name adds its stem without "-en"."""
    found: set[str] = set()
    for w in words:
        if w.endswith("er") and len(w) >= 6:
            found.update(b for b in (w[:-2], w[:-3] if w.endswith("ner") else "") if len(b) >= 4)
        else:
            found.add(w)
            if w.endswith("en") and len(w) >= 6:
                found.add(w[:-2])
    return found
