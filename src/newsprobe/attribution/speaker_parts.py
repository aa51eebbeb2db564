"""What speaker resolution works with: the article's tokens, mentions, genders and roles
(:class:`Article`), the word lists of speaker phrases, and helpers that build a
:class:`Speaker` from a phrase or an entity."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from newsprobe.attribution import gender as g
from newsprobe.attribution.lexicon import SourceLexicon
from newsprobe.language.words import DEFINITE_ARTICLES_DE, INDEFINITE_ARTICLES_DE, word_set
from newsprobe.model import (
    Analysis,
    Entity,
    EntityType,
    Mention,
    Span,
    Speaker,
    SpeakerResolution,
    Token,
)

R = SpeakerResolution
#: Scratch key of the quotes component: attribution id -> antecedent span (subject rules).
ANTECEDENTS = "attribution.antecedents"
#: Scratch key: entity id -> the role nouns the article gives it (for source typing).
ROLES = "attribution.roles"

#: Statement nouns that name no one by themselves ("nach ersten Angaben").
EMPTY_WITHOUT_SOURCE = frozenset(
    [
        "angabe",
        "angaben",
        "annahmen",
        "ansicht",
        "auffassung",
        "aussage",
        "aussagen",
        "darstellung",
        "darstellungen",
        "eindruck",
        "einschätzung",
        "einschätzungen",
        "erfahrungen",
        "erkenntnisse",
        "erkenntnissen",
        "information",
        "informationen",
        "kenntnis",
        "meinung",
        "schilderung",
        "schilderungen",
        "sicht",
        "vernehmen",
        "willen",
        "worten",
        "wunsch",
        "überzeugung",
    ]
)
#: Nouns through which a phrase names its source in a genitive or "von" complement
#: ("Angaben der Polizei", "Bericht der BBC").
STATEMENT_NOUNS = EMPTY_WITHOUT_SOURCE | frozenset(
    [
        "ankündigung",
        "behauptung",
        "behauptungen",
        "beobachtung",
        "beobachtungen",
        "berechnungen",
        "bericht",
        "berichte",
        "berichten",
        "eilmeldung",
        "forderung",
        "meldung",
        "meldungen",
        "mitteilung",
        "recherchen",
        "schätzung",
        "schätzungen",
        "stellungnahme",
        "urteil",
        "vorwurf",
        "vorwürfe",
        "wusch",
        "zitat",
        "überlieferungen",
    ]
)


def statement_noun(low: str) -> bool:
    """A noun through which a phrase names its source, also as a compound's last part
    ("Pressemitteilung der Organisation", "Abschlussbericht der Kommission")."""
    return low in STATEMENT_NOUNS or any(
        low.endswith(n) and len(low) - len(n) >= 4 for n in _COMPOUND_STATEMENTS
    )


#: Statement nouns long enough to be a compound's last part.
_COMPOUND_STATEMENTS = tuple(
    n for n in STATEMENT_NOUNS if len(n) >= 7 and n not in ("erfahrungen", "überzeugung")
)
#: Compound tails that stand for their first part ("Polizeiangaben" -> Polizei).
_COMPOUND_TAILS = (
    "angaben",
    "informationen",
    "berichten",
    "berichte",
    "bericht",
    "meldungen",
    "meldung",
    "kreisen",
    "kreise",
    "aussagen",
    "quellen",
    "erkenntnissen",
    # opinions and estimates ("nach Expertenmeinung", "Regierungsschätzungen")
    "meinung",
    "einschätzung",
    "einschätzungen",
    "schätzung",
    "schätzungen",
)
#: Compound tails that name a document: its first part may be a kind of document.
_DOCUMENT_TAILS = ("bericht", "meldung")
SPEAKER_TAILS = ("sprecherin", "sprecher", "sprechers", "vertreterin", "vertreter")
_LINKING_S_BEFORE = ("ung", "heit", "keit", "schaft", "tät", "ion", "amt", "um", "tum", "en")
#: Heads of an unnamed person who speaks for an organisation.
PERSON_PROXIES = frozenset(
    [
        "sprecher",
        "sprecherin",
        "sprechers",
        "vertreter",
        "vertreterin",
        "vertreters",
        "mitarbeiter",
        "mitarbeiterin",
        "berater",
        "beraterin",
        "sachbearbeiter",
        "sachbearbeiterin",
        "angestellter",
        "angestellte",
        "beamter",
        "beamtin",
        "insider",
        "anwalt",
        "anwältin",
        "anwalts",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "official",
    ]
)
DEFINITE = DEFINITE_ARTICLES_DE | word_set("dieser diese dieses diesem diesen jener jene the")
INDEFINITE = INDEFINITE_ARTICLES_DE | word_set("a an")
_GENITIVE = frozenset(["des", "der", "eines", "einer", "von", "vom", "dessen", "deren", "of"])
OWN_WORDS = frozenset(["eigenen", "eigener", "eigene"])
_NOUN_POS = frozenset({"NN", "NE", "FM", "NNE"})
#: Endings of abstract nouns (no speaker unless a lexicon knows them as one).
ABSTRACT_ENDINGS = (
    "ung",
    "heit",
    "keit",
    "ion",
    "tät",
    "nis",
    "tum",
    "ismus",
    "ität",
    "enz",
    "anz",
    "hundert",
    "jahr",
    "jahre",
    "jahren",
    "zeit",
    "fall",
    "frage",
    "fragen",
    "chance",
    "weise",
)


@dataclass
class Article:
    analysis: Analysis
    lex: SourceLexicon
    starts: list[int]
    sent_starts: list[int]
    mentions: list[Mention]
    mention_starts: list[int]
    genders: dict[int, g.Agree] = field(default_factory=dict)
    roles: dict[int, list[str]] = field(default_factory=dict)
    #: The person the article mentions most (its main character), if any.
    topic: int | None = None
    #: Built once per article by the description rules (descriptions.py), so that each
    #: statement looks names and roles up instead of scanning every entity again.
    surfaces: dict[str, set[int]] | None = None
    entity_roles: dict[int, list[str]] = field(default_factory=dict)

    def tokens(self, start: int, end: int) -> list[Token]:
        toks = self.analysis.tokens
        k = bisect_left(self.starts, start)
        out = []
        while k < len(toks) and toks[k].start < end:
            out.append(toks[k])
            k += 1
        return out

    def sentence_of(self, char: int) -> int:
        return max(0, bisect_right(self.sent_starts, char) - 1)

    def sentence_end(self, sid: int) -> int:
        """Where sentence ``sid`` ends: the next sentence's start, or the end of the text."""
        if sid + 1 < len(self.sent_starts):
            return self.sent_starts[sid + 1]
        return len(self.analysis.text)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        k = bisect_left(self.mention_starts, start)
        out = []
        while k < len(self.mentions) and self.mentions[k].start < end:
            if self.mentions[k].end <= end:
                out.append(self.mentions[k])
            k += 1
        return out

    def entity(self, eid: int | None) -> Entity | None:
        ents = self.analysis.entities
        return ents[eid] if eid is not None and 0 <= eid < len(ents) else None


def skip_det(toks: list[Token]) -> int:
    """Index of the first token after leading articles, adjectives, possessives and quote marks."""
    k = 0
    while k < len(toks) - 1 and (toks[k].pos in ("ART", "ADJA", "PPOSAT") or toks[k].text in '„“"'):
        k += 1
    return k


def head_index(toks: list[Token]) -> int | None:
    """Index of a phrase's head noun (or nominalised adjective, else first capitalised word)."""
    for i, t in enumerate(toks):
        if t.pos in _NOUN_POS or (t.pos is None and t.text[:1].isupper() and i > 0):
            return i
        # a nominalised adjective ("einige Abgeordnete aus …", "der Angeklagte")
        if (
            t.pos in ("ADJA", "ADJD")
            and i > 0
            and (
                next((c for c in t.text if c.isalpha()), "").isupper()  # also "54-Jährige"
                or t.text[:1].isdigit()  # "der 81-jährige"
            )
            and (i + 1 == len(toks) or toks[i + 1].pos not in _NOUN_POS)
        ):
            return i
    for i, t in enumerate(toks):
        if t.text[:1].isupper() and t.text.lower() not in DEFINITE | INDEFINITE:
            return i
    return None


def head_word(toks: list[Token]) -> str:
    """The phrase's head word in lower case, or ``""``."""
    i = head_index(toks)
    return toks[i].text.lower() if i is not None else ""


def complement(toks: list[Token], head_i: int | None) -> list[Token]:
    """The genitive or "von" complement after the head ("Angaben [der Polizei]"), or a name
    before it ("Russlands Meinung", "Grupps Meinung")."""
    if head_i is None:
        return []
    k = head_i + 1
    if k < len(toks) and toks[k].text.lower() in _GENITIVE:
        return toks[k + (1 if toks[k].text.lower() in ("von", "vom", "of") else 0) :]
    if k < len(toks) and toks[k].pos in ("NE", "NN") and toks[k].text[:1].isupper():
        return toks[k:]  # "Meinung Russlands", "Auffassung Österreichs"
    if head_i > 0 and toks[head_i - 1].pos == "NE":
        return [toks[head_i - 1]]  # "Grupps Meinung"
    return []


def has_name(toks: list[Token], art: Article) -> bool:
    """Whether one of the article's mentions lies inside the phrase."""
    return bool(art.mentions_in(toks[0].start, toks[-1].end))


def in_complement(m: Mention, toks: list[Token]) -> bool:
    """Whether a name sits in a genitive after a person proxy ("der Anwalt von Trump",
    "ein Berater des Präsidenten Biden"): an affiliation, not the speaker."""
    before = [t for t in toks if t.end <= m.start]
    if not before:
        return False
    prev = before[-1]
    if prev.text in (",", "–", "-", "(", ":"):
        return False
    nouns = [t for t in before if t.pos in _NOUN_POS]
    if not nouns:
        return False
    head = nouns[0].text.lower()
    if prev.text.lower() in _GENITIVE or prev.pos in ("ART", "APPR", "APPRART"):
        return head in PERSON_PROXIES or head.endswith(("sprecher", "sprecherin"))
    return False


def compound_parts(word: str) -> tuple[str, str] | None:
    """``(Prefix, tail)`` of a compound ending in a known tail ("Regierungssprecher"), or None."""
    low = word.lower()
    for tail in _COMPOUND_TAILS + SPEAKER_TAILS:
        if low.endswith(tail) and len(low) - len(tail) >= 3:
            prefix = word[: len(word) - len(tail)].rstrip("-")
            if prefix.endswith("s") and prefix[:-1].lower().endswith(_LINKING_S_BEFORE):
                prefix = prefix[:-1]
            if len(prefix) < 2:
                return None
            return prefix[:1].upper() + prefix[1:], tail
    return None


def compound_speaker(
    toks: list[Token], head: Token, prefix: str, tail: str, art: Article
) -> Speaker:
    """The speaker of a compound phrase: a spokesperson of the prefix or a circle around it."""
    text = art.analysis.text
    ent = entity_named(prefix, art)
    if tail in SPEAKER_TAILS:
        return Speaker(
            name=display(toks, text),
            named=False,
            role=head.text,
            affiliation=art.entity(ent).name if ent is not None else prefix,  # type: ignore[union-attr]
            affiliation_entity=ent,
            resolved_by=R.NAME,
            mention=token_span(text, toks),
            confidence=0.75,
        )
    if tail.startswith("kreise"):
        return Speaker(
            name=head.text,
            named=False,
            affiliation=prefix,
            affiliation_entity=ent,
            resolved_by=R.NAME,
            mention=token_span(text, toks),
            confidence=0.7,
        )
    if ent is not None:
        return of_entity(art, ent, R.NAME, toks, 0.75)
    if (
        tail.startswith(_DOCUMENT_TAILS)
        and art.lex.head_type(prefix) is None
        and "-" not in head.text
    ):
        # "im Abschlussbericht", "der Jahresbericht": a kind of document, not its author (a
        # name before a hyphen is one: "der ai-Bericht")
        return Speaker(
            name=head.text,
            named=False,
            role=head.text,
            resolved_by=R.NAME,
            mention=token_span(text, toks),
            confidence=0.6,
        )
    return Speaker(
        name=prefix,
        named=False,
        resolved_by=R.NAME,
        mention=token_span(text, toks),
        confidence=0.7,
    )


def entity_named(word: str, art: Article) -> int | None:
    """The id of a non-place entity whose name or alias is (or contains) ``word``."""
    low = word.lower()
    for ent in art.analysis.entities:
        if ent.type == EntityType.LOC:
            continue
        names = [ent.name, *ent.aliases]
        if any(low == n.lower() or low in n.lower().split() for n in names):
            return ent.id
    return None


def affiliation_of(
    toks: list[Token], mentions: list[Mention], not_this: Mention | None
) -> tuple[str, int | None] | None:
    """Text and entity of the first entity mention other than ``not_this``."""
    for m in mentions:
        if m is not_this or m.entity is None:
            continue
        return m.text, m.entity
    return None


def genitive_text(toks: list[Token], head_i: int | None, text: str) -> str | None:
    """The genitive phrase after the head ("Sprecher *des Ministeriums*"), or None."""
    if head_i is None:
        return None
    k = head_i + 1
    if k < len(toks) and toks[k].text.lower() in _GENITIVE:
        rest = toks[k + 1 :]
        words = [t for t in rest if t.pos not in ("ART",) or t is not rest[0]]
        if words:
            return text[words[0].start : rest[-1].end]
    return None


def is_role(word: str, art: Article) -> bool:
    """Whether ``word`` is a role noun of the lexicon or a person proxy."""
    hit = art.lex.head_type(word)
    return hit is not None or word.lower() in PERSON_PROXIES


def display(toks: list[Token], text: str) -> str:
    """A speaker phrase without its leading article or quote marks."""
    k = 0
    while k < len(toks) - 1 and toks[k].text.lower() in DEFINITE | INDEFINITE:
        k += 1
    out = text[toks[k].start : toks[-1].end]
    return out.strip("„“\"'»«‚‘ ") or out


def token_span(text: str, toks: list[Token]) -> Span:
    """The span of ``toks`` in ``text``."""
    return Span.of(text, toks[0].start, toks[-1].end)


def carried(sp: Speaker, by: SpeakerResolution, cap: float, mention: Span | None = None) -> Speaker:
    """A copy of another statement's speaker ``sp`` for this one: resolved ``by``, its
    confidence at most ``cap``, and at ``mention`` where one is given."""
    out = sp.model_copy()
    out.resolved_by = by
    if mention is not None:
        out.mention = mention
    out.confidence = min(sp.confidence, cap)
    return out


def of_entity(
    art: Article,
    eid: int | None,
    by: SpeakerResolution,
    toks: list[Token],
    confidence: float,
    affiliation: tuple[str, int | None] | None = None,
) -> Speaker:
    """The speaker for entity ``eid`` (or the phrase itself without one), resolved ``by``."""
    ent = art.entity(eid)
    text = art.analysis.text
    if ent is None:
        return Speaker(name=display(toks, text), resolved_by=by, confidence=confidence * 0.8)
    roles = art.roles.get(ent.id) or []
    return Speaker(
        name=ent.name,
        named=ent.type in (EntityType.PER, EntityType.ORG, EntityType.MISC, EntityType.LOC),
        entity=ent.id,
        kb_id=ent.kb_id,
        role=roles[0] if roles else None,
        affiliation=affiliation[0] if affiliation else None,
        affiliation_entity=affiliation[1] if affiliation else None,
        resolved_by=by,
        mention=token_span(text, toks),
        confidence=confidence,
    )
