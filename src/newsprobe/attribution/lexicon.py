"""The attribution lexicons (cue words, source head nouns) as data, loaded once per process.

``cues_<lang>.toml`` and ``sources_<lang>.toml`` live beside this module; German is the
fallback for languages without their own files only where it makes sense (English has its
own, every other language gets the English cue set: quote marks and "according to"-style
phrases are the part that carries over best).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

_LANGS = ("de", "en")
_UMLAUTS = {"ä": "a", "ö": "o", "ü": "u"}
#: Tails of a closed compound for the deputy of an office, longest first.
_DEPUTY_TAILS = ("stellvertreterin", "stellvertretern", "stellvertreters", "stellvertreter")


def _load(name: str) -> dict[str, Any]:
    text = files("newsprobe.attribution").joinpath(name).read_text("utf-8")
    return tomllib.loads(text)


def _set(values: list[str], *, lower: bool = True) -> frozenset[str]:
    return frozenset(v.lower() if lower else v for v in values)


def _act_nouns(classes: dict[str, dict[str, list[str]]]) -> dict[str, tuple[str, ...]]:
    """Verb -> noun heads of every act-noun class the verb is in."""
    out: dict[str, list[str]] = {}
    for table in classes.values():
        for verb in table["verbs"]:
            out.setdefault(verb.lower(), []).extend(n.lower() for n in table["nouns"])
    return {verb: tuple(nouns) for verb, nouns in out.items()}


@dataclass(frozen=True)
class CueLexicon:
    """Cue words of one language."""

    lang: str
    speech: frozenset[str]
    cognition: frozenset[str]
    clause_only: frozenset[str]
    #: Verbs of ``clause_only`` that also report a speech act by its object ("nannte ihn
    #: einen Lügner", "sprach über die Lage").
    object_ok: frozenset[str]
    #: Verbs that narrate a speech act only with one of their prepositions ("sprach über
    #: die Lage", "bat um Geduld"; "das spricht für sich" is none).
    object_preps: dict[str, frozenset[str]] = field(compare=False)
    #: Light verbs whose complement closing the clause makes a speech act ("machte
    #: deutlich", "gab zu bedenken"): the base lemma -> the complements' lower-cased words;
    #: the joined lemma ("deutlichmachen") is a clause-only speech verb.
    phrasal: dict[str, tuple[tuple[str, ...], ...]] = field(compare=False)
    #: Cognition verbs whose object is a narrated thought ("erwägt Steuererhöhungen").
    thought_objects: frozenset[str]
    #: Verbs that are no speech act with one of these nouns as subject or object ("Der
    #: Anschlag forderte acht Tote": claimed lives), lower-cased.
    not_with_nouns: dict[str, frozenset[str]] = field(compare=False)
    #: Verbs that name an act, not a statement, with a noun of one of these (lower-cased)
    #: heads as object, also as a compound's end ("erklärte seinen Rücktritt", "meldete
    #: Milliardenverluste"): the classes of ``speech_verbs.act_nouns``, by verb.
    act_nouns: dict[str, tuple[str, ...]] = field(compare=False)
    #: Verbs that frame a statement only with one of these (lower-cased) nouns heading
    #: their subject, also as a compound's end ("Das Fazit … lautete: „…“").
    subject_nouns: dict[str, tuple[str, ...]] = field(compare=False)
    #: Verbs whose passive is no speech act ("wurde verurteilt": sentenced).
    not_passive: frozenset[str]
    #: Verbs that take a main clause in the indicative as their content ("Ich glaube, das
    #: ist falsch").
    v2_verbs: frozenset[str]
    not_before: frozenset[str]
    #: Verbs that are no cue with a reflexive "sich" or an expletive "es" subject.
    not_reflexive: frozenset[str]
    impersonal: frozenset[str]
    prep_before: tuple[str, ...]
    prep_after: frozenset[str]
    #: "demnach": the source is one named before.
    anaphoric_preps: frozenset[str]
    source_nouns: frozenset[str]
    #: Source nouns that name a source without an owner ("nach einer Studie").
    standalone_nouns: frozenset[str]
    #: Lower-cased source nouns that end compounds ("polizeiangaben" -> "angaben").
    noun_suffixes: tuple[str, ...]
    colon_nouns: frozenset[str]
    #: Speech and thought nouns whose content a dass/ob clause gives ("die Hoffnung, dass").
    clause_nouns: frozenset[str]
    #: Verbs through which a subject holds or utters such a noun ("ist der Meinung").
    light_verbs: frozenset[str]
    #: Stance adjectives with a content clause, through a copula ("ist zuversichtlich, dass").
    clause_adjectives: frozenset[str]
    #: The copulas of those ("sein", "bleiben", "zeigte sich", "gab sich").
    adjective_verbs: frozenset[str]
    subordinators: frozenset[str]
    #: Demonstratives fronted as the object of a cue verb ("Dies teilte ein Sprecher mit").
    fronted_objects: frozenset[str]
    wie: frozenset[str]
    so: frozenset[str]
    subject_pronouns: frozenset[str]
    possessives: frozenset[str]
    relatives: frozenset[str]
    np_attach: frozenset[str]
    source_preps: frozenset[str]
    glued_aux: tuple[str, ...]

    def is_source_noun(self, word: str, *, standalone: bool = False) -> bool:
        """Whether ``word`` is a source noun ("Angaben", "Studie") or a compound ending in
        one ("Polizeiangaben", "Medienberichten").  ``standalone``: one that names a source
        by itself ("nach einer Studie", "nach Polizeiangaben"), not only with an owner
        ("nach Ansicht" needs "des Experten"); a compound always names its owner.

        The rules ask about every noun of every sentence: answers are kept per word."""
        known: dict[tuple[str, bool], bool] | None = self.__dict__.get("_source_noun_memo")
        if known is None:
            known = {}
            object.__setattr__(self, "_source_noun_memo", known)
        key = (word, standalone)
        answer = known.get(key)
        if answer is None:
            if len(known) >= 100_000:
                known.clear()
            answer = known[key] = self._is_source_noun(word, standalone)
        return answer

    def _is_source_noun(self, word: str, standalone: bool) -> bool:
        if word in self.source_nouns or (self.lang != "de" and word.lower() in self.source_nouns):
            return not standalone or word in self.standalone_nouns
        low = word.lower()
        if not low.endswith(self.noun_suffixes):
            return False
        return any(
            low.endswith(suffix) and len(low) - len(suffix) >= 3 for suffix in self.noun_suffixes
        )

    @property
    def particle_bases(self) -> frozenset[str]:
        """Verb lemmas that with a separated particle make a cue ("teilen" of "mitteilen")."""
        # kept on the instance: the cache of _particle_bases hashes the whole lexicon
        bases: frozenset[str] | None = self.__dict__.get("_particle_bases_memo")
        if bases is None:
            bases = _particle_bases(self)
            object.__setattr__(self, "_particle_bases_memo", bases)
        return bases

    def verb_type(self, lemma: str) -> str | None:
        """``speech_verb``, ``cognition_verb`` or None for a verb lemma (or English form)."""
        if lemma in self.speech:
            return "speech_verb"
        if lemma in self.cognition:
            return "cognition_verb"
        return None


#: Separable verb particles, longest first.
_PARTICLE_PREFIXES = (
    "zurück",
    "hervor",
    "vorher",
    "voraus",
    "bekannt",
    "weiter",
    "heraus",
    "hinzu",
    "durch",
    "nach",
    "fest",
    "fort",
    "klar",
    "frei",
    "dar",
    "ein",
    "mit",
    "vor",
    "auf",
    "aus",
    "ab",
    "an",
    "bei",
    "her",
    "hin",
    "zu",
    "los",
    "entgegen",
    "zusammen",
    "um",
    "über",
)


@lru_cache(maxsize=4)
def _particle_bases(lex: CueLexicon) -> frozenset[str]:
    out = set(lex.phrasal)
    for lemma in lex.speech | lex.cognition | lex.impersonal:
        for prefix in _PARTICLE_PREFIXES:
            if lemma.startswith(prefix) and len(lemma) - len(prefix) >= 3:
                out.add(lemma[len(prefix) :])
    return frozenset(out)


@lru_cache(maxsize=1)
def cue_verb_lemmas() -> frozenset[str]:
    """The German cue lexicon's verbs: speech and cognition verbs and the light verbs of
    speech nouns (which the tag repairs read as verbs where a verb stands)."""
    lex = cues("de")
    return lex.speech | lex.cognition | lex.light_verbs


@lru_cache(maxsize=4)
def cues(lang: str) -> CueLexicon:
    """The cue lexicon for ``lang`` (English for languages without their own)."""
    lang = lang if lang in _LANGS else "en"
    data = _load(f"cues_{lang}.toml")
    verbs_key = "lemmas" if lang == "de" else "forms"
    words = data["clause_words"]
    phrasal = {
        verb.lower(): tuple(tuple(c.lower().split()) for c in complements)
        for verb, complements in data["speech_verbs"].get("phrasal", {}).items()
    }
    joined = frozenset("".join(words) + verb for verb, cs in phrasal.items() for words in cs)
    return CueLexicon(
        lang=lang,
        speech=_set(data["speech_verbs"][verbs_key]) | joined,
        cognition=_set(data["cognition_verbs"][verbs_key]),
        clause_only=_set(data["cognition_verbs"].get("clause_only", [])) | joined,
        phrasal=phrasal,
        object_ok=_set(data["speech_verbs"].get("with_object", [])),
        object_preps={
            verb.lower(): _set(preps)
            for verb, preps in data["speech_verbs"].get("with_preposition", {}).items()
        },
        thought_objects=_set(data["cognition_verbs"].get("with_object", [])),
        subject_nouns={
            verb.lower(): tuple(n.lower() for n in nouns)
            for verb, nouns in data["speech_verbs"].get("with_subject_nouns", {}).items()
        },
        not_with_nouns={
            verb.lower(): _set(nouns)
            for verb, nouns in data["speech_verbs"].get("not_with_nouns", {}).items()
        },
        act_nouns=_act_nouns(data["speech_verbs"].get("act_nouns", {})),
        not_passive=_set(
            data["speech_verbs"].get("not_passive", [])
            + data["speech_verbs"].get("not_passive_als", [])
        ),
        v2_verbs=_set(data["speech_verbs"].get("with_main_clause", [])),
        not_before=_set(data["cognition_verbs"].get("not_before", [])),
        not_reflexive=_set(data["cognition_verbs"].get("not_reflexive", [])),
        impersonal=_set(data["impersonal"].get(verbs_key, [])),
        prep_before=tuple(p.lower() for p in data["prepositions"]["before"]),
        prep_after=_set(data["prepositions"]["after"]),
        anaphoric_preps=_set(data["prepositions"].get("anaphoric", [])),
        source_nouns=_set(data["source_nouns"]["nouns"], lower=False),
        standalone_nouns=_set(data["source_nouns"].get("standalone", []), lower=False),
        noun_suffixes=tuple(n.lower() for n in data["source_nouns"].get("compound_ends", [])),
        colon_nouns=_set(data["source_nouns"]["colon_nouns"], lower=False),
        clause_nouns=_set(data.get("clause_nouns", {}).get("nouns", []), lower=False),
        light_verbs=_set(data.get("clause_nouns", {}).get("light_verbs", [])),
        clause_adjectives=_set(data.get("clause_nouns", {}).get("adjectives", [])),
        adjective_verbs=_set(data.get("clause_nouns", {}).get("adjective_verbs", [])),
        subordinators=_set(words["subordinators"]),
        fronted_objects=_set(words.get("fronted_objects", [])),
        wie=_set(words["wie"]),
        so=_set(words["so"]),
        subject_pronouns=_set(words["subject_pronouns"]),
        possessives=_set(words["possessives"]),
        relatives=_set(words["relatives"]),
        np_attach=_set(words["np_attach"]),
        source_preps=_set(words["source_preps"]),
        glued_aux=tuple(words["glued_aux"]),
    )


#: The order in which source types are tried for a head noun (more specific first).
SOURCE_TYPES = (
    "official",
    "politician",
    "expert",
    "media",
    "social_media",
    "document",
    "witness",
    "other",
)


@dataclass(frozen=True)
class SourceLexicon:
    """Head-noun stems per source type, vague heads and group quantifiers of one language."""

    lang: str
    #: (stem, type) sorted longest stem first, so compounds match their most specific end.
    stems: tuple[tuple[str, str], ...]
    vague: frozenset[str]
    quantifiers: frozenset[str]
    kb_categories: dict[str, str]
    #: Definite determiners ("the", "die"): a phrase opening with one is no bare group.
    definite: frozenset[str] = frozenset()
    #: Function words skipped when picking the nouns of an untagged speaker phrase.
    skip: frozenset[str] = frozenset()

    #: stem -> type (the first type in SOURCE_TYPES order for a stem listed twice).
    by_stem: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _cache: dict[tuple[str, str], Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for stem, kind in self.stems:
            self.by_stem.setdefault(stem, kind)

    def head_type(self, word: str) -> tuple[str, str] | None:
        """``(type, stem)`` for a head noun (or a compound ending in a known stem: the
        longest stem that leaves at least three letters before it)."""
        key = ("head", word)
        if key in self._cache:
            return self._cache[key]
        found: tuple[str, str] | None = None
        for form in _forms(word.lower()):
            found = self._stem_type(form)
            if found is not None:
                break
        if found is None:
            # an umlaut plural of a person or body ("Ärzte", "Verbände"); not of a text, which
            # would make "Verträge" or "Entwürfe" speakers
            for form in _umlaut_forms(word.lower()):
                found = self._stem_type(form)
                if found is not None:
                    found = None if found[0] == "document" else found
                    break
        if found is None:
            found = self._deputy_type(word)
        if found is None:
            found = self._foreign_type(word)
        if (
            found is not None
            and found[0] in ("other", "media")
            and _world_body(word.lower(), found[1])
        ):
            # "Weltgesundheitsorganisation", "Welt-Antidoping-Agentur": a body of states
            found = ("official", found[1])
        self._cache[key] = found
        return found

    def _foreign_type(self, word: str) -> tuple[str, str] | None:
        """A German text names foreign bodies in their own words ("Chulalongkorn
        University", "Drone Racing Association"): a capitalised English head of a body's
        name that is no German word, as a whole (no tails: "center" in "Einkaufscenter"
        is none), has the English lexicon's kind."""
        low = word.lower()
        if self.lang != "de" or not word[:1].isupper() or low not in _FOREIGN_HEADS:
            return None
        kind = sources("en").by_stem.get(low)
        return (kind, low) if kind in _BODY_KINDS else None

    def _stem_type(self, form: str) -> tuple[str, str] | None:
        """``(type, stem)`` of one form: the form itself, else its longest known tail; an
        English tail needs six letters, since English writes few closed compounds and short
        stems end many words ("tracking" is no "king", "wheelchair" no "chair")."""
        kind = self.by_stem.get(form)
        if kind is not None:
            return (kind, form)
        shortest = 1 if self.lang == "de" else 6
        for i in range(3, len(form) - shortest + 1):
            kind = self.by_stem.get(form[i:])
            if kind is not None and " " not in form[i:]:
                return (kind, form[i:])
        return None

    def _deputy_type(self, word: str) -> tuple[str, str] | None:
        """A deputy holds the kind of the office it deputises ("Landeshauptmannstellvertreter"
        -> "landeshauptmann", "Bürgermeister-Stellvertreterin")."""
        low = word.lower()
        for tail in _DEPUTY_TAILS:
            if low.endswith(tail) and len(low) > len(tail) + 3:
                return self.head_type(word[: len(word) - len(tail)].rstrip("-"))
        return None

    def is_vague(self, word: str) -> bool:
        key = ("vague", word)
        if key not in self._cache:
            self._cache[key] = any(
                form in self.vague
                or any(len(form) - i > 4 and form[i:] in self.vague for i in range(1, len(form)))
                for form in _forms(word.lower())
            )
        return bool(self._cache[key])


#: Kinds a foreign head noun may give in a German text.
_BODY_KINDS = frozenset(["official", "expert", "other", "media"])
#: English heads of a body's name that are no German words ("Station", "Union", "Media",
#: "General" are, and keep their German reading).
_FOREIGN_HEADS = frozenset(
    [
        "university", "institute", "college", "agency", "association", "foundation",
        "council", "commission", "ministry", "department", "organization", "corporation",
        "company", "authority", "laboratory", "centre", "center", "society", "newspaper",
        "magazine", "broadcaster", "regulator", "embassy",
    ]
)  # fmt: skip
#: Heads of a body that, formed by states ("Welt-", "International …", "Vereinte …"), is an
#: international organisation: official, as the Vereinte Nationen are.
_WORLD_HEADS = ("organisation", "organization", "agentur", "agency")
_WORLD_MODIFIERS = (
    "welt", "world", "international", "vereinte", "vereinten", "united", "europäisch",
    "european",
)  # fmt: skip


def _world_body(low: str, stem: str) -> bool:
    """Whether one word (or hyphenated compound) is an international organisation:
    "weltgesundheitsorganisation", "welt-antidoping-agentur"."""
    return stem.endswith(_WORLD_HEADS) and low.startswith(_WORLD_MODIFIERS) and low != stem


def world_body(text: str) -> bool:
    """Whether a body's name is an international organisation: a word for an organisation
    or agency after a modifier that makes it one of states ("Internationale Organisation für
    Migration", "Europäische Arzneimittelagentur", "World Health Organization"); not an
    association or committee ("International Drone Racing Association")."""
    words = [w.strip('„“"(),').lower() for w in text.split()]
    for k, word in enumerate(words):
        head = next((h for h in _WORLD_HEADS if h in word), None)
        if head is not None and (
            any(w.startswith(_WORLD_MODIFIERS) for w in words[:k]) or _world_body(word, head)
        ):
            return True
    return False


#: Heads of associations: "Verband der Privatsender" is an association whatever its members
#: are (its last word would make it media), as are "Kammer der Architekten" and "Verein X".
_ASSOCIATION_HEADS = ("verband", "vereinigung", "verein", "gewerkschaft", "kammer", "bund")


def association(text: str) -> bool:
    """Whether a body's name opens with an association's head and goes on ("Verband der
    Privatsender", "Verband Österreichischer Zeitungen", "Vereinigung der Richter"): an
    association speaks for its members, it is none of them."""
    words = [w.strip('„“"(),') for w in text.split()]
    words = [w for w in words if w and w.lower() not in ("der", "die", "das", "des", "dem", "den")]
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    low = words[0].lower()
    return any(low in (h, h + "s", h + "es") for h in _ASSOCIATION_HEADS)


def _forms(low: str) -> list[str]:
    """``low`` and its forms with common plural/case endings stripped."""
    forms = [low]
    for ending in ("innen", "nen", "en", "es", "er", "n", "s", "e"):
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            forms.append(low[: -len(ending)])
    if low.endswith("innen"):
        forms.append(low[:-3])  # Userinnen -> userin
    return forms


def _umlaut_forms(low: str) -> list[str]:
    """The singular stems of an umlaut plural: "ärzte" -> arzt, "anwälten" -> anwalt."""
    if not low.endswith(("e", "en", "er", "ern")):
        return []
    out = []
    for form in _forms(low)[1:]:
        at = max(form.rfind(u) for u in _UMLAUTS)
        if at >= 0:
            out.append(form[:at] + _UMLAUTS[form[at]] + form[at + 1 :])
    return out


@lru_cache(maxsize=4)
def sources(lang: str) -> SourceLexicon:
    """The source-typing lexicon for ``lang`` (English for languages without their own)."""
    lang = lang if lang in _LANGS else "en"
    data = _load(f"sources_{lang}.toml")
    stems = [(stem.lower(), kind) for kind in SOURCE_TYPES for stem in data[kind]["heads"]]
    # Longest first; ties keep the SOURCE_TYPES order (stable sort).
    stems.sort(key=lambda item: -len(item[0]))
    common = _common()
    return SourceLexicon(
        lang=lang,
        stems=tuple(stems),
        vague=_set(data["vague"]["heads"]),
        quantifiers=_set(data["vague"]["quantifiers"]),
        kb_categories=dict(common["kb_categories"]),
        definite=_set(data.get("phrases", {}).get("definite", [])),
        skip=_set(data.get("phrases", {}).get("skip", [])),
    )


@lru_cache(maxsize=1)
def _common() -> dict[str, Any]:
    return _load("sources_common.toml")


def proxy_heads() -> frozenset[str]:
    """Speaker heads, German and English, through which a speaker stands for an
    organisation or person named inside the phrase ("ein Sprecher des Ministeriums", "the
    ministry's spokesman", "der X-Account @name")."""
    return _common_set("proxy")


def place_heads() -> frozenset[str]:
    """Heads of places a statement can come from without a subject ("Auf dem Account …",
    "in the report")."""
    return _common_set("places")


@lru_cache(maxsize=4)
def _common_set(section: str) -> frozenset[str]:
    return _set(_common()[section]["heads"])
