"""What kind of source a speaker is: from the entity knowledge base when the speaker is a
known entity, else from the head noun of the speaker phrase (lexicons in
``sources_<lang>.toml``), with unnamed vague groups ("mehrere Militärblogger", "User im
Netz", "Insider") typed anonymous.

Organisations that speak for themselves — companies, unions, chambers, associations, NGOs,
churches, clubs and sports federations — and the people who speak for them (spokespeople,
executives, chairs: "Audi-Sprecherin", "IKG-Präsident", "Vizepräsident der Ärztekammer")
are typed ``other``, like people of business, sport and culture; ``politician`` and
``official`` are kept for parties, office holders and the state (its authorities, courts,
police, militaries, international bodies).  The issue's type list has no home for interest
groups; a user who studies who gets to speak would want them told apart from athletes and
artists, but a new type changes the label space of every gold set (10kGNAD, SpkAtt, the
team's Wikinews set) and the meaning of ``other`` in every stored article, so it needs its
own change with a re-typing migration of the store; until then the kind of body stays in the
typing's reason ("… is a company", "a body of no known kind")."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from newsprobe.attribution.kb_lookup import base_forms
from newsprobe.attribution.lexicon import SourceLexicon, association, proxy_heads, world_body
from newsprobe.attribution.marks import GERMAN_MARKS
from newsprobe.model import Analysis, Entity, EntityType, SourceType, Token

_HANDLE = re.compile(r"@\w{2,}")
_NOUN_TAGS = frozenset({"NN", "NE", "NNA", "NNI", "FM"})
_NAME_TAGS = frozenset({"NE", "FM"})


@dataclass(frozen=True)
class Typing:
    type: SourceType
    named: bool
    reason: str
    kb_id: str | None = None


def kb_entry(kb_id: str | None = None, surface: str | None = None) -> Any | None:
    """The knowledge-base entry for an id or an exact surface, when the KB is installed."""
    try:
        from newsprobe.entities import kb
    except ImportError:  # the entities layer is optional
        return None
    if kb_id:
        entry = kb.lookup(kb_id)
        if entry is not None:
            return entry
    if surface:
        found = kb.find(surface) or kb.find(plain_spelling(surface))
        # a declined name ("der Rheinischen Post") is listed in the nominative
        for form in [] if found else base_forms(surface):
            found = kb.find(form)
            if found:
                break
        orgs = [e for e in found if e.type in ("ORG", "PER")]
        if len(orgs) == 1:
            return orgs[0]
    return None


#: Apostrophes and marks of transliteration that spellings of one name differ by
#: ("Chamene'i", "Chātamī", "Ali Chamenei", "Mohammad Chatami").
_MARKS = re.compile(r"['’ʼ`´]")


def plain_spelling(name: str) -> str:
    """``name`` without apostrophes and diacritics other than the German umlauts and ß
    ("Ali Chamene'i" -> "Ali Chamenei", "Chātamī" -> "Chatami", "Müller" stays)."""
    out = []
    for ch in _MARKS.sub("", name):
        if ch in "äöüÄÖÜß":
            out.append(ch)
        else:
            out.extend(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return "".join(out)


def nouns(tokens: list[Token], german: bool, lex: SourceLexicon) -> list[Token]:
    """The nouns and names of a speaker phrase, in order (untagged: its words but the
    function words of ``lex.skip``)."""
    if german and any(t.pos for t in tokens):
        return [t for t in tokens if t.pos in _NOUN_TAGS or t.text.startswith("@")]
    return [
        t for t in tokens if t.text.lower() not in lex.skip and any(c.isalpha() for c in t.text)
    ]


def classify(
    tokens: list[Token], entity: Entity | None, lex: SourceLexicon, german: bool
) -> Typing:
    """The type of the source named by ``tokens`` (the speaker phrase), its entity if any."""
    text = " ".join(t.text for t in tokens)
    words = nouns(tokens, german, lex)
    handle = _HANDLE.search(text)
    named = bool(
        (entity is not None and entity.type in (EntityType.PER, EntityType.ORG, EntityType.MISC))
        or handle
        # A name tag on a known role or group noun ("Militärblogger") is a tagging slip.
        or any(t.pos in _NAME_TAGS and lex.head_type(t.text) is None for t in words)
        or (
            not german
            and any(t.text[:1].isupper() and lex.head_type(t.text) is None for t in words)
        )
    )
    # 1. A social-media handle: the account, not the platform it is on.
    if handle:
        return Typing(SourceType.SOCIAL_MEDIA, True, f"social-media account {handle.group(0)}")
    # 2. The knowledge base.
    entry = kb_entry(entity.kb_id if entity is not None else None)
    if entry is None:
        person = entity is not None and entity.type == EntityType.PER
        # the phrase as a whole after its determiners ("die Statistik Austria")
        whole = [" ".join(t.text for t in words)] if len(words) > 1 and not person else []
        for candidate in (
            ([entity.name] if entity is not None else [])
            + whole
            + [
                t.text
                for t in words
                # a person's role words name its employer, which the roles step types
                if not person and t.text[:1].isupper() and lex.head_type(t.text) is None
            ]
        ):
            entry = kb_entry(surface=candidate)
            if entry is not None:
                break
    if entry is not None:
        kind = lex.kb_categories.get(entry.category)
        member = _head_type(words, lex)
        if (
            kind == "official"
            and tokens
            and tokens[0].text.lower() in _ONE
            and member is not None
            and member[0] == "politician"
        ):
            # "ein grüner Bundesrat": one member of a chamber, a politician, not the body
            return Typing(SourceType.POLITICIAN, named, f"a member of {entry.name}", entry.kb_id)
        if (
            member is not None
            and entity is not None
            and entity.type == EntityType.ORG
            and kind is not None
            and member[0] in _BODY_KINDS
            and member[0] != kind
            and _names_before(member[2], entity.name, text)
        ):
            # "des Marktforschers Focus", "die Sportzeitung Gazzetta": the noun the phrase
            # puts before the name says which body of that name speaks
            kind_, stem, word = member
            return Typing(SourceType(kind_), True, f"head noun {word!r} before the name ({stem})")
        if kind is not None and not (
            kind == "other" and entry.category == "person" and _head_type(words, lex) is not None
        ):
            return Typing(
                SourceType(kind),
                True,
                f"knowledge base: {entry.name} is a {entry.category}",
                entry.kb_id,
            )
    # 3. The head noun (or, for a spokesperson/account/report, the noun it stands for); a
    # leading role closed on a body takes the body's kind ("IKG-Präsident" -> other).
    head = (None if german else _english_compound(tokens, words, lex)) or _head_type(words, lex)
    head = _by_compound(head, lex, tokens) if head is not None else _member_head(words, lex)
    first = tokens[0].text.lower() if tokens else ""
    if head is None and not named and _kin_of_someone(tokens, words):
        # "seine Frau", "ihr Mann", "deren Freundin": someone close to a person in the news
        return Typing(SourceType.WITNESS, False, f"close to someone in the news ({text})")
    vague = bool(words) and lex.is_vague(words[0].text) and not _specific(words[0].text, lex)
    group = first in lex.quantifiers
    # "eine Audi-Sprecherin": the voice of a named body is no vague group
    voice = head is not None and "-" in head[2] and head[2][:1].isupper() and first in _ONE
    if len(words) >= 2 and words[0].text in _STATE_NOUNS and words[1].text[:1].isupper():
        # "das Land Niederösterreich", "Land Tirol": a state's government
        return Typing(SourceType.OFFICIAL, True, f"the state {words[1].text} (official)")
    # "nach Spiegel-Informationen", "CNN-Bericht": a known body's statement
    body = _body_statement(words[0].text, lex) if len(words) == 1 else None
    if body is not None:
        return Typing(SourceType(body[0]), body[2], f"statement of {body[1]} ({body[0]})")
    if not named and len(words) == 1 and words[0].text.lower() in _PLURAL_REPORTS:
        # "laut Berichten", "übereinstimmenden Berichten zufolge": reports of no one named
        # are the press's (a single "Bericht" is a paper, typed below)
        return Typing(SourceType.MEDIA, False, f"unnamed reports, the press ({words[0].text})")
    # "ein Verteidiger", "eine Anwältin": one person of a typed role is no vague group
    one_role = first in _ONE and head is not None and head[0] == "other"
    if not named and (
        vague
        or (
            group
            and (head is None or head[0] in ("social_media", "other"))
            and not voice
            and not one_role
        )
    ):
        word = words[0].text if words else text
        return Typing(SourceType.ANONYMOUS, False, f"{_VAGUE_REASON} ({word})")
    if (
        head is not None
        # "einer Pressemitteilung der ALA": the organisation speaks, the paper is its channel
        and head[0] == "document"
        and entity is not None
        and entity.type in (EntityType.ORG, EntityType.PER)
        and any(n in text for n in [entity.name, *entity.aliases])
    ):
        # the kind of a typed noun beside the paper ("der Bundeswettbewerbsbehörde"), else
        # the organisation's kind, below
        head = _head_type([w for w in words if _kind_of(w.text, lex) != "document"], lex)
    if head is not None:
        kind, stem, word = head
        return Typing(SourceType(kind), named, f"head noun {word!r} ({stem}: {kind})")
    if entity is not None and entity.type == EntityType.PER:
        return Typing(SourceType.OTHER, True, "named person without a known role")
    if entity is not None and entity.type == EntityType.ORG:
        # its name says its kind where the phrase does not ("dem BWB-Bericht" of the
        # "Bundeswettbewerbsbehörde")
        kind = _words_type(entity.name, lex)
        if kind is not None and kind not in ("document", "social_media"):
            return Typing(SourceType(kind), True, f"organisation {entity.name!r} ({kind})")
        return Typing(SourceType.OTHER, True, _UNKNOWN_ORG)
    if not named and words and not group and first not in lex.definite and words[0] is tokens[0]:
        # A bare plural or noun: "Beschäftigte befürchten", "Experten warnen".
        return Typing(SourceType.ANONYMOUS, False, f"unnamed group ({words[0].text})")
    return Typing(
        SourceType.OTHER, named, "named, of no known kind" if named else "unnamed, of no known kind"
    )


def _by_compound(
    head: tuple[str, str, str], lex: SourceLexicon, tokens: list[Token]
) -> tuple[str, str, str]:
    """A head noun that is a leading role closed on a body ("IKG-Präsident",
    "Kammer-Obfrau", "Vereinsführung") or followed by one in the phrase ("Präsidentin des
    Obersten Gerichtshofs", "Vizepräsident der Ärztekammer") has the body's kind, not the
    role word's."""
    from newsprobe.attribution.person_roles import (
        compound_role_type,
        leading_tail,
        member_type,
        role_type,
    )

    found = compound_role_type(head[2], lex) or member_type(head[2], lex)
    if found is not None:
        return (found, head[1], head[2])
    at = next((i for i, t in enumerate(tokens) if t.text == head[2]), None)
    if at is None or at + 2 >= len(tokens) or leading_tail(head[2].lower()) is None:
        return head
    role = role_type(" ".join(t.text for t in tokens[at:]), lex)
    if role is not None and role[0] != head[0] and " of " in role[1]:
        return (role[0], head[1], head[2])
    return head


#: Nouns for a person's spouse, partner, child or friend: "Frau" and "Mann" only so, after a
#: possessive ("seine Frau"), for alone they mean any woman or man.
_KIN = frozenset(
    ["frau", "mann", "freund", "freundin", "partner", "partnerin", "sohn", "tochter", "kinder"]
)
#: Possessive determiners (and relative/demonstrative genitives) before such a noun.
_POSSESSIVES = ("sein", "ihr", "dessen", "deren", "mein", "unser", "euer")


def _kin_of_someone(tokens: list[Token], words: list[Token]) -> bool:
    """Whether the phrase is a possessive and a kin noun alone ("seine Frau", "Deren Sohn")."""
    if len(words) != 1 or words[0].text.lower() not in _KIN:
        return False
    before = [t for t in tokens if t.start < words[0].start]
    return bool(before) and (
        before[-1].pos == "PPOSAT" or before[-1].text.lower().startswith(_POSSESSIVES)
    )


def _member_head(words: list[Token], lex: SourceLexicon) -> tuple[str, str, str] | None:
    """``(type, tail, word)`` for the first member compound of a typed body
    ("Feuerwehrleute", "Gewerkschaftsmann") among untyped nouns."""
    from newsprobe.attribution.person_roles import member_type

    for t in words:
        kind = member_type(t.text, lex)
        if kind is not None:
            return (kind, "member", t.text)
    return None


def _specific(word: str, lex: SourceLexicon) -> bool:
    """Whether a noun the vague list matches only by its ending is a typed noun of its own
    ("Fachleuten" is expert, though "Leute" is vague)."""
    hit = lex.head_type(word)
    if hit is None or hit[1] in lex.vague:
        return False
    low = word.lower()
    forms = [low] + [low[: -len(e)] for e in ("en", "n", "e", "s") if low.endswith(e)]
    longest = max(
        (len(f) - i for f in forms for i in range(len(f)) if f[i:] in lex.vague), default=0
    )
    return len(hit[1]) > longest


#: The singular indefinite article among the group quantifiers.
_ONE = frozenset(["ein", "eine", "einer", "einem", "einen", "eines"])
#: Nouns for a (federal) state that, before its name, stand for its government.
_STATE_NOUNS = frozenset(["Land", "Bundesland"])
#: Tails of a hyphenated compound that make it a body's statement ("Spiegel-Informationen").
_STATEMENT_TAILS = frozenset(
    [
        "informationen", "information", "angaben", "schreiben", "mitteilung", "erklärung",
        "stellungnahme", "aussendung", "bericht", "berichte", "berichten", "berichts",
        "meldung", "meldungen", "recherchen",
    ]
)  # fmt: skip


def _body_statement(word: str, lex: SourceLexicon) -> tuple[str, str, bool] | None:
    """``(kind, body, named)`` for "<body>-<statement>" compounds whose body the knowledge
    base or the lexicon types ("Spiegel-Informationen" -> media, "CNN-Bericht" -> media);
    not "-Kreise" or "-Quellen", which stay anonymous; closed compounds of a view
    ("Expertenmeinung") as :func:`_closed_statement`."""
    if "-" not in word:
        return _closed_statement(word, lex)
    body, tail = word.rsplit("-", 1)
    if tail.lower() not in _STATEMENT_TAILS or not body[:1].isupper():
        return None
    entry = kb_entry(surface=body)
    kind = lex.kb_categories.get(entry.category) if entry is not None else None
    if kind is None:
        kind = _kind_of(body, lex)
    if kind is None or kind in ("document", "anonymous", "witness"):
        return None
    return kind, body, entry is not None


#: Tails of closed compounds that make them a statement or view of who opens them
#: ("Expertenmeinung", "Regierungsangaben", "Ärzteeinschätzung").
_VIEW_TAILS = (
    "meinung", "einschätzung", "ansicht", "auffassung", "angaben", "informationen",
)  # fmt: skip


def _closed_statement(word: str, lex: SourceLexicon) -> tuple[str, str, bool] | None:
    """``(kind, who, False)`` for a closed compound of a typed common noun and a word for a
    view or statement ("Expertenmeinung" -> expert, "Augenzeugenangaben" -> witness)."""
    low = word.lower()
    tail = next((t for t in _VIEW_TAILS if low.endswith(t) and len(low) > len(t) + 3), None)
    if tail is None:
        return None
    stem = word[: len(word) - len(tail)]
    for cut in (stem, stem[:-1], stem[:-2]):
        hit = lex.head_type(cut) if len(cut) >= 4 else None
        if hit is not None and hit[1] == cut.lower():
            return None if hit[0] in ("document", "anonymous") else (hit[0], cut, False)
    return None


def _kind_of(word: str, lex: SourceLexicon) -> str | None:
    hit = lex.head_type(word)
    return hit[0] if hit is not None else None


def _english_compound(
    tokens: list[Token], words: list[Token], lex: SourceLexicon
) -> tuple[str, str, str] | None:
    """An English noun compound that opens the phrase and ends in a text or record noun
    ("court records", "vessel-tracking data", "government figures"): its last word is its
    head, a document, not its first. A report or statement of a body ("police report") is
    left to the proxy rule, which gives it the body's kind, as in German."""
    at = {id(t): k for k, t in enumerate(tokens)}
    run: list[Token] = []
    for w in words:
        if run and not _adjacent(tokens, at[id(run[-1])], at[id(w)]):
            break
        run.append(w)
    if len(run) < 2:
        return None
    last = run[-1]
    hit = lex.head_type(last.text)
    if hit is None or hit[0] != "document" or {last.text.lower(), hit[1]} & proxy_heads():
        return None
    return (hit[0], hit[1], last.text)


def _adjacent(tokens: list[Token], a: int, b: int) -> bool:
    """Tokens ``a`` < ``b`` are neighbours, or joined by a hyphen written without spaces."""
    return b == a + 1 or (
        b == a + 2 and tokens[a + 1].text == "-" and tokens[a].end == tokens[a + 1].start
    )


def _head_type(words: list[Token], lex: SourceLexicon) -> tuple[str, str, str] | None:
    """``(type, stem, word)`` from the first typed noun; a proxy head ("Sprecher",
    "Account", "Bericht") gives way to a more specific noun after it."""
    found: list[tuple[str, str, str]] = []
    for t in words:
        hit = lex.head_type(t.text)
        if hit is not None:
            found.append((hit[0], hit[1], t.text))
    if not found:
        return None
    first = found[0]
    if (first[2].lower() in proxy_heads() or first[1] in proxy_heads()) and len(found) > 1:
        return found[1]
    return first


def _names_before(word: str, name: str, text: str) -> bool:
    """Whether ``word`` stands right before ``name`` in ``text`` ("Marktforschers Focus")."""
    return re.search(rf"(?<!\w){re.escape(word)}\s+{re.escape(name)}(?!\w)", text) is not None


#: Kinds of bodies a head noun before a known name may give instead of the knowledge base's.
_BODY_KINDS = ("official", "expert", "media", "other")
_UNKNOWN_ORG = "organisation of unknown kind"
#: How a role typing reads where a party or body in brackets gave it ("member of SPÖ").
_MEMBER = "member of "
#: Plural reports of no one named: the press.
_PLURAL_REPORTS = frozenset(["berichte", "berichten", "reports"])
_PUBLIC_KINDS = ("politician", "official", "expert", "media")


def with_roles(
    typing: Typing,
    roles: list[str],
    lex: SourceLexicon,
    surface: str,
    entity: Entity | None,
    local: dict[str, str] | None = None,
) -> Typing:
    """A typing made better by what the article says elsewhere about the speaker: a person
    without a known kind takes the kind of a role the article gives it ("US-Außenministerin
    Rice" two sentences earlier -> politician); a quoted title without a kind is a
    publication ("laut „Computerwoche“")."""
    person = entity is not None and entity.type == EntityType.PER
    if typing.reason.startswith("knowledge base") and not typing.reason.endswith("a person"):
        return _held_then(typing, roles, lex, local) if person else typing
    if typing.reason.startswith(SPEAKS_FOR):
        # the body it speaks for decided ("eine Sprecherin" of Siemens is no official)
        return typing
    if not person and (
        typing.type not in (SourceType.OTHER, SourceType.ANONYMOUS)
        or (typing.type == SourceType.ANONYMOUS and not typing.named)
    ):
        return typing
    from newsprobe.attribution.person_roles import is_bare_leading_role, typed_roles

    found = [t for t in typed_roles(roles, lex, local) if t[0] not in ("document", "social_media")]
    # A public role outranks a private one wherever it stands ("der Schauspieler X" …
    # "der Präsidentschaftskandidat"); a bare "Präsident" or "Chef" does not, it may be any
    # organisation's.
    public = [t for t in found if t[0] in _PUBLIC_KINDS and not is_bare_leading_role(t[1])]
    party = [t for t in public if t[0] == "politician" and t[2].startswith(_MEMBER)]
    if person and party and public[0][0] == "official":
        # "Volksanwalt X (SPÖ)": an office the article names its holder's party for is a
        # party's post, its holder a politician
        public = party
    for kind, role, why in public[:1] or found[:1]:
        return Typing(
            SourceType(kind), typing.named, f"role in the article {role!r} ({why})", typing.kb_id
        )
    if (
        typing.type == SourceType.OTHER
        # not a typed head ("Mitarbeiter der Produktionsfirma „Shui Jing Shi“")
        and not typing.reason.startswith("head noun")
        and any(m in surface for m in GERMAN_MARKS)
        and (entity is None or entity.type != EntityType.PER)
    ):
        return Typing(SourceType.MEDIA, True, "a quoted title (a publication)", typing.kb_id)
    return typing


def _held_then(
    typing: Typing, roles: list[str], lex: SourceLexicon, local: dict[str, str] | None
) -> Typing:
    """A person the knowledge base knows as a politician whom the article presents only as
    a scholar or journalist ("Sonja Hammerschmid, die neue Vorsitzende der
    Universitätenkonferenz", years before she became a minister) speaks in that capacity:
    the knowledge base does not know when an office was held, the article does."""
    if typing.type != SourceType.POLITICIAN:
        return typing
    from newsprobe.attribution.person_roles import is_bare_leading_role, typed_roles

    found = [t for t in typed_roles(roles, lex, local) if not is_bare_leading_role(t[1])]
    kinds = {t[0] for t in found}
    # (not an office: a politician's state office reads as official, "EU-Ratspräsident")
    if not found or not kinds <= {"expert", "media"}:
        return typing
    kind, role, why = found[0]
    return Typing(
        SourceType(kind), typing.named, f"role in the article {role!r} ({why})", typing.kb_id
    )


def by_speaker(
    typing: Typing,
    name: str | None,
    affiliation: str | None,
    affiliation_entity: Entity | None,
    surface: str,
    lex: SourceLexicon,
) -> Typing:
    """The type of an unnamed speaker from whom it speaks for ("ein Vertreter der Vereinten
    Nationen" -> official) or from the name its phrase stands for ("Polizeiangaben" ->
    Polizei -> official, "Augenzeugenberichten" -> witness).  A bare role that only says
    someone speaks for or leads a body ("ein Sprecher", "die Vorsitzende", "der
    Generalsekretär") takes the body's kind: a ministry's, police's or court's is official,
    a party's a politician, a company's, union's or association's other, a university's or
    institute's expert; a role noun that fixes a kind of its own ("der Richter",
    "ein Polizeisprecher") keeps it."""
    if (
        typing.type == SourceType.ANONYMOUS
        and typing.reason.startswith(_VAGUE_REASON)
        and _CIRCLES.search(typing.reason[len(_VAGUE_REASON) :])
    ):
        # circles, sources, insiders of a body ("aus Parteikreisen") stay anonymous
        return typing
    if affiliation and affiliation.lower() in _FUNCTIONS:
        affiliation = None  # "Ihr Pressesprecher": the press is whom one speaks to
    if affiliation:
        # "des Malteser Hilfsdienstes aus der Küstenstadt Labutta": the place is no body
        affiliation = _PLACE_TAIL.split(affiliation, maxsplit=1)[0]
    if affiliation and not _fixed_by_role(typing):
        entry = kb_entry(
            affiliation_entity.kb_id if affiliation_entity is not None else None,
            affiliation_entity.name if affiliation_entity is not None else affiliation,
        )
        kind = lex.kb_categories.get(entry.category) if entry is not None else None
        if kind is None:
            kind = _words_type(affiliation, lex)
        if kind is not None and kind not in ("document", "social_media"):
            return Typing(SourceType(kind), False, f"{SPEAKS_FOR} {affiliation} ({kind})")
    if name and _plain(name, lex) != _plain(surface, lex):
        kind = _words_type(name, lex)
        if kind is not None:
            return Typing(SourceType(kind), typing.named, f"stands for {name!r} ({kind})")
        if typing.type == SourceType.DOCUMENT and _statement_of(name, surface):
            # "nach Bahnangaben": a body of no known kind speaks, its statement is no paper
            return Typing(SourceType.OTHER, typing.named, f"statement of {name!r} (other)")
    return typing


def _statement_of(name: str, surface: str) -> bool:
    """Whether ``surface`` is a closed "<name><statement>" compound ("Bahnangaben")."""
    for word in re.split(r"[\s„“\"]+", surface):
        low = word.lower()
        if low.startswith(name.lower()) and low.endswith(_VIEW_TAILS) and len(low) > len(name):
            return True
    return False


_VAGUE_REASON = "unnamed or vague source"
#: Where an affiliation goes on to say where the body or person is ("… aus der Stadt X").
_PLACE_TAIL = re.compile(r"\s+(?:aus|in|im)\s+(?:der|dem|den)?\s*")
#: First parts of a role compound that name a function, not a body ("Pressesprecher").
_FUNCTIONS = frozenset(["presse", "medien", "öffentlichkeit"])
#: Vague words for people close to a body who are not named: circles, sources, insiders.
_CIRCLES = re.compile(r"(?i)(kreis(e|en)?|quelle(n)?|insider(n)?)\)$")
#: The start of the reason of a typing by the body an unnamed speaker speaks for.
SPEAKS_FOR = "speaks for"
_HEAD_REASON = re.compile(r"head noun '([^']+)' \(([^:]+):")


def _fixed_by_role(typing: Typing) -> bool:
    """Whether the speaker phrase's own role noun fixed the typing: a typed head that is
    neither a bare leading role ("Sprecher", "Vorsitzende") nor a proxy ("Vertreter")."""
    from newsprobe.attribution.person_roles import LEADING_ROLES

    found = _HEAD_REASON.match(typing.reason)
    if found is None:
        return False
    word, stem = found.group(1).lower(), found.group(2).lower()
    bare = {word, stem} & (LEADING_ROLES | proxy_heads())
    return not bare and typing.type not in (SourceType.OTHER, SourceType.ANONYMOUS)


def by_local_name(typing: Typing, entity: Entity | None, local: dict[str, str]) -> Typing:
    """An organisation typed other by no knowledge whose name or long name in the article
    says a kind ("die Internationale Organisation für Migration (IOM)") has that kind."""
    if entity is None or entity.type != EntityType.ORG or typing.type != SourceType.OTHER:
        return typing
    if typing.reason.startswith("knowledge base"):
        return typing
    kind = local.get(entity.name)
    if kind is None or kind == "other":
        return typing
    return Typing(SourceType(kind), True, f"its long name in the article ({kind})", typing.kb_id)


def _plain(text: str, lex: SourceLexicon) -> str:
    skip = lex.definite | lex.quantifiers
    return " ".join(w for w in re.split(r"[^\w]+", text.lower()) if w and w not in skip)


def words_type(text: str, lex: SourceLexicon) -> str | None:
    """The kind the last typed capitalised word of ``text`` gives ("Institut für …")."""
    return _words_type(text, lex)


def _words_type(text: str, lex: SourceLexicon) -> str | None:
    if world_body(text):
        return "official"
    if association(text):
        return "other"
    for word in reversed(re.split(r"[\s„“\"]+", text)):
        if word[:1].isupper() or not word[:1].isalpha():
            hit = lex.head_type(word)
            if hit is not None:
                return hit[0]
    return None


_PARTY_WORDS = ("partei", "fraktion")


def by_party_context(
    typing: Typing,
    analysis: Analysis,
    entity: Entity | None,
    statements: list[int],
    roles: list[str],
) -> Typing:
    """A named person of no known role who speaks where the article has just named a party
    (its statement's sentence before the cue, or the sentence before: "Von Seiten der CDU
    gibt es Verständnis. Michael Grötsch sagte …", "Die SPD hält den Weg laut Peter Lahm
    für begehbar") speaks for that party: a politician.  Not a person the article gives
    any role, even one of no known kind ("Kurier-Fotograf", "Kommunikationsberater")."""
    if entity is None or entity.type != EntityType.PER or typing.type != SourceType.OTHER:
        return typing
    if roles or entity.description:
        return typing
    if not typing.reason.startswith("named person without"):
        return typing
    for aid in statements:
        att = analysis.attributions[aid]
        at = att.cue.start if att.cue is not None else att.start
        sid = next((k for k, s in enumerate(analysis.sentences) if s.start <= at < s.end), None)
        if sid is None:
            continue
        lo = analysis.sentences[max(0, sid - 1)].start
        for m in analysis.mentions:
            if m.entity is None or not (lo <= m.start < at) or m.entity == entity.id:
                continue
            party = analysis.entities[m.entity]
            entry = kb_entry(party.kb_id) if party.type == EntityType.ORG else None
            if (entry is not None and entry.category == "party") or (
                party.type == EntityType.ORG and any(w in party.name.lower() for w in _PARTY_WORDS)
            ):
                return Typing(
                    SourceType.POLITICIAN,
                    typing.named,
                    f"speaks where the article names the party {party.name!r}",
                    typing.kb_id,
                )
    return typing


#: Cue lemmas of reporting: a named source of no known kind that only ever reports is an
#: outlet ("berichtet Übergizmo", "wie TorrentFreak berichtete").
_REPORTING = ("berichten", "report")


def by_reporting(
    typing: Typing, analysis: Analysis, entity: Entity | None, statements: list[int]
) -> Typing:
    """A named source of no known kind — not a person, not in the knowledge base — whose
    every statement is a report ("berichtet X") is a publication: media."""
    if typing.type != SourceType.OTHER or not typing.named or not statements:
        return typing
    if not typing.reason.startswith(("named, of no known kind", "organisation of unknown")):
        return typing
    if entity is not None and entity.type in (EntityType.PER, EntityType.LOC):
        return typing  # a person, or a place ("berichten sie" read with the town)
    for aid in statements:
        cue = analysis.attributions[aid].cue
        lemma = (cue.lemma or cue.text).lower() if cue is not None else ""
        if not lemma.startswith(("bericht", "report")) and lemma not in _REPORTING:
            return typing
        if cue is not None and analysis.text[max(0, cue.start - 3) : cue.start] == "zu ":
            return typing  # "von der Copa zu berichten": no one reports
    return Typing(SourceType.MEDIA, True, "reports only (a publication)", typing.kb_id)
