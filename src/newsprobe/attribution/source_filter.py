"""Speaker phrases that became a source but name no one: a thing or an abstract noun
("der feige Anschlag", "das Leistungsschutzrecht", "die Veränderungen") or a heading in
capitals ("SOZIOÖKONOMISCHES RISIKO: …"), or that names a text or rule ("laut den damals
geltenden Bestimmungen": a document).  Only phrases that the typing found to be of no known
kind, unnamed and without an entity are judged; a thing's statements then rest on no source,
so they count neither as "other" sources nor as anonymous ones."""

from __future__ import annotations

from newsprobe.model import Entity, Token

#: Endings of German nouns that name a text, rule or record: the statement rests on it.
_DOCUMENT_ENDINGS = (
    "ung", "ungen", "tion", "tionen", "nis", "nisse", "nissen", "recht", "rechts", "abkommen",
    "abkommens", "text", "textes", "liste", "listen", "richtlinie", "richtlinien", "gesetz",
    "gesetzes", "gesetze", "regel", "regeln", "judikatur", "rechtsprechung",
)  # fmt: skip
#: Endings of German nouns that name a thing, an act, an event or a quality: no source.
_THING_ENDINGS = (
    "heit", "heiten", "keit", "keiten", "ismus", "tät", "täten", "kontext", "anschlag",
    "anschlags", "vorfall", "vorfalls", "risiko", "risiken", "bedarf", "thema", "themen",
    "problem", "probleme", "frage", "fragen", "geschichte", "idee", "ideen", "satire",
    "fiktion", "gerät", "geräte", "kamera", "kameras", "system", "systeme", "programm",
    "produkt", "produkte", "modell", "modelle", "preis", "preise", "kosten", "reste", "rest",
    "räder", "karte", "karten", "weise", "operandi",
)  # fmt: skip
#: Nouns with those endings that do name agents (a leadership, a foundation, a movement…).
_AGENT_ENDINGS = (
    "führung", "leitung", "stiftung", "bewegung", "vereinigung", "versammlung", "vertretung",
    "verwaltung", "regierung", "versicherung", "zeitung", "koalition", "delegation",
    "kommission", "institution", "fraktion", "nation", "redaktion", "organisation",
    "administration", "direktion", "union", "opposition", "universität", "fakultät",
    "majestät", "gemeinschaft", "behörde", "rechtler", "rechtlerin", "bevölkerung",
    "forschung", "mehrheit", "minderheit", "öffentlichkeit", "menschheit", "bündnis",
)  # fmt: skip
#: Nouns in -ung that name a change or a process, not a text: no source.
_PROCESS_ENDINGS = (
    "veränderung", "veränderungen", "entwicklung", "entwicklungen", "verbesserung",
    "verbesserungen", "verschlechterung", "erhöhung", "senkung", "steigerung", "erwärmung",
    "verschiebung", "verschiebungen", "nachhinein", "vorhinein",
)  # fmt: skip
#: Words for hearsay that a typing may call an unnamed group: anonymous, never a thing.
_HEARSAY = frozenset(
    ["informationen", "information", "meldungen", "meldung", "gerüchte", "gerüchten"]
)
#: Reasons of typings that found no kind: the phrase may name a thing, not a source.
_UNTYPED_REASONS = ("unnamed, of no known kind", "unnamed group", "unnamed or vague source")
_NOUN_TAGS = frozenset({"NN", "NE", "NNA", "NNI"})
#: Pronoun tags that may stand for a person (demonstrative, indefinite, personal, relative).
_REFERRING_TAGS = frozenset({"PDS", "PIS", "PPER", "PRELS", "PWS", "PRF", "PIAT", "PDAT"})
#: Negative pronouns: no one speaks.
_NEGATIVE = frozenset(["niemand", "niemandem", "niemanden", "keiner", "keine", "nichts"])

#: What :func:`thing_kind` returns for a phrase that names no one and nothing to rely on.
NO_SOURCE = "none"


def thing_kind(tokens: list[Token], entity: Entity | None, reason: str) -> str | None:
    """For a source's phrase (``tokens``, typed with ``reason``) that names no one:
    ``"document"`` where it names a text or rule ("laut den geltenden Bestimmungen"),
    :data:`NO_SOURCE` where it names a thing or is a heading; None for everything else."""
    if not tokens:
        return None
    words = [t.text for t in tokens if any(c.isalpha() for c in t.text)]
    if len(words) >= 2 and all(w.isupper() and len(w) >= 4 for w in words):
        # a heading in capitals, "SOZIOÖKONOMISCHES RISIKO", even where the tagger took it
        # for an organisation's name
        return NO_SOURCE
    if entity is not None or not reason.startswith(_UNTYPED_REASONS):
        return None
    grouped = not reason.startswith("unnamed, of no known kind")
    tagged = any(t.pos for t in tokens)
    nouns = [t.text for t in tokens if t.pos in _NOUN_TAGS] or ([] if tagged else words[-1:])
    if not nouns:
        # no noun at all: a negative pronoun, a possessive or an adverb the cue's subject
        # slot picked up ("niemand", "meiner", "Grundsätzlich"); a demonstrative or other
        # pronoun may stand for a speaker ("Dieser sagte", "Beide betonten") and stays
        if not tagged or not words:
            return None
        if any(w.lower() in _NEGATIVE for w in words):
            return NO_SOURCE
        referring = any(t.pos in _REFERRING_TAGS for t in tokens)
        return None if referring else NO_SOURCE
    head = nouns[-1].lower()
    if grouped:
        # a bare plural or vague word the typing took for an unnamed group of people: only
        # its first noun is the head ("Reste von Geschirr"), and a word for hearsay stays
        head = nouns[0].lower()
        if head in _HEARSAY:
            return None
    if any(head.endswith((e, e + "en", e + "n")) for e in _AGENT_ENDINGS):
        return None  # also plurals: "Organisationen", "Zeitungen"
    if any(head.endswith(e) for e in _PROCESS_ENDINGS):
        return NO_SOURCE  # a change or a process, "diese Veränderungen"
    if any(head.endswith(e) for e in _DOCUMENT_ENDINGS):
        return "document"
    if any(head.endswith(e) for e in _THING_ENDINGS):
        return NO_SOURCE
    return None
