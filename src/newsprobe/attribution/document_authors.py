"""Who wrote the document a statement cites.

"so die Studie", "heißt es im Abschlussbericht", "nach Angaben des Berichts" name a text, not
its author; the article usually named the author where it introduced the text: in the
document's own compound ("Verfassungsschutzbericht", "OSZE-Bericht"), or in a genitive or
"von" attribute after it ("der Abschlussbericht des Büros … der OSZE", "eine Studie mit dem
Titel „…“ der Stiftung Warentest").  A document speaker without a named author takes the
author of the latest such mention of a document of the same kind, as
"Abschlussbericht (Organisation für Sicherheit und Zusammenarbeit in Europa, OSZE)"."""

from __future__ import annotations

from newsprobe.attribution.marks import GERMAN_MARKS, GERMAN_OPENING
from newsprobe.attribution.speaker_parts import Article, R, entity_named
from newsprobe.model import EntityType, Speaker, Token

#: Kinds of document, each with its forms as a compound's last part (inflected first).
_DOC_KINDS: dict[str, tuple[str, ...]] = {
    "bericht": ("berichtes", "berichts", "berichten", "berichte", "bericht"),
    "studie": ("studien", "studie"),
    "stellungnahme": ("stellungnahmen", "stellungnahme"),
    "gutachten": ("gutachtens", "gutachten"),
    "untersuchung": ("untersuchungen", "untersuchung"),
    "analyse": ("analysen", "analyse"),
    "umfrage": ("umfragen", "umfrage"),
    "mitteilung": ("mitteilungen", "mitteilung"),
    "erklärung": ("erklärungen", "erklärung"),
    "papier": ("papiers", "papiere", "papier"),
    "entwurf": ("entwurfes", "entwurfs", "entwurf"),
    "resolution": ("resolutionen", "resolution"),
    "dokument": ("dokumentes", "dokuments", "dokumente", "dokument"),
    "statistik": ("statistiken", "statistik"),
    "prognose": ("prognosen", "prognose"),
    "report": ("reports", "report"),
}
#: Words before a document noun that name how it was published, not who wrote it
#: ("Presseerklärung", "Pressemitteilung der Polizei").
_MEDIUM_PREFIXES = frozenset(["presse", "medien", "internet", "online", "web"])
#: Words that may stand between a document noun and its author's name.
_ATTRIBUTE_POS = frozenset(
    ["ART", "ADJA", "CARD", "NN", "NE", "FM", "TRUNC", "$(", "APPR", "APPRART", "KON", "NNA"]
)
_AUTHOR_MARKS = frozenset(["des", "der", "eines", "einer", "von", "vom"])
#: Tokens a document's attribute runs over before the author (a title in quotes).
_ATTRIBUTE_TOKENS = 30
#: Nouns for what a document found, which speak for it ("das Ergebnis einer Studie").
_RESULT_NOUNS = frozenset(
    [
        *("ergebnis", "ergebnisse", "ergebnissen", "resultat", "resultate", "fazit"),
        *("befund", "befunde", "zahlen", "daten"),
    ]
)
_GENITIVE_ARTICLES = frozenset(["des", "der", "eines", "einer"])
#: How many tokens a result noun's attribute may run to its document noun.
_RESULT_REACH = 6
#: How far back (characters) a document's earlier mention is looked for.
_LOOKBACK = 10_000


def doc_kind(word: str) -> tuple[str, str] | None:
    """``(kind, prefix)`` of a document noun or compound ("Abschlussbericht" → ("bericht",
    "Abschluss"), "Studie" → ("studie", "")); None for other words."""
    low = word.lower()
    for kind, forms in _DOC_KINDS.items():
        for form in forms:
            if low.endswith(form):
                return kind, word[: len(word) - len(form)].rstrip("-")
    return None


def owner_prefix(
    prefix: str, kind: str, art: Article, *, hyphen: bool = False
) -> tuple[str, int | None] | None:
    """The author a document compound names by its first part ("OSZE-Bericht" → OSZE,
    "Verfassungsschutzbericht" → Verfassungsschutz): a name of the article, a noun for a
    body, people or an office, or (with ``hyphen``) any one word before a hyphen ("der
    ai-Bericht"); None for a kind of document ("Abschluss", "Jahres")."""
    if len(prefix) < 2:
        return None
    ent = entity_named(prefix, art)
    if ent is not None:
        entity = art.entity(ent)
        return (entity.name if entity is not None else prefix), ent
    stem = prefix[:-1] if prefix.endswith("s") and len(prefix) > 4 else prefix
    if stem.lower() in _MEDIUM_PREFIXES and kind in ("erklärung", "mitteilung"):
        return None
    for word in (prefix, stem):
        found = art.lex.head_type(word[:1].upper() + word[1:])
        if found is not None and found[0] != "document":
            return word[:1].upper() + word[1:], None
    if hyphen and " " not in prefix:
        return prefix, None  # a name before a hyphen: "der ai-Bericht", "UN-Bericht"
    return None


def _sentence_end(tok: Token, art: Article) -> int:
    """Where the sentence of a token ends (the next one's start, or the text's end)."""
    sid = art.sentence_of(tok.start)
    return art.sentence_end(sid)


def _genitive_author(doc: Token, art: Article) -> tuple[str, int | None] | None:
    """The body or person a genitive or "von" attribute after a document noun names ("des
    Büros … der OSZE", "mit dem Titel „…“ der Stiftung Warentest"): the last one of the
    attribute chain."""
    end = _sentence_end(doc, art)
    toks = art.tokens(doc.end, end)[:_ATTRIBUTE_TOKENS]
    quoted = False
    stop = doc.end
    for t in toks:
        if t.text in GERMAN_MARKS:
            quoted = not quoted if t.text == '"' else t.text in GERMAN_OPENING
            stop = t.end
            continue
        if not quoted and t.pos not in _ATTRIBUTE_POS:
            break
        stop = t.end
    best: tuple[str, int | None] | None = None
    for m in art.mentions_in(doc.end, stop):
        if m.entity is None or m.type not in (EntityType.ORG, EntityType.PER):
            continue
        before = [t for t in toks if t.end <= m.start]
        if before and before[-1].text.lower() in _AUTHOR_MARKS:
            ent = art.entity(m.entity)
            best = ((ent.name if ent is not None else m.text), m.entity)
    return best


def document_author(doc: Token, art: Article) -> tuple[str, int | None] | None:
    """The author of the document ``doc`` names: its own compound's or attribute's, else
    that of the latest earlier mention of a document of the same kind."""
    found = doc_kind(doc.text)
    if found is None:
        return None
    kind, prefix = found
    own = owner_prefix(prefix, kind, art, hyphen="-" in doc.text) or _genitive_author(doc, art)
    if own is not None:
        return own
    for t in reversed(art.tokens(max(0, doc.start - _LOOKBACK), doc.start)):
        if t.pos not in ("NN", "NE") or t.text[:1].islower():
            continue
        other = doc_kind(t.text)
        if other is None or other[0] != kind:
            continue
        own = owner_prefix(other[1], kind, art, hyphen="-" in t.text)
        own = own or _genitive_author(t, art)
        if own is not None:
            return own
    return None


def _studied_document(doc: Token, art: Article) -> list[Token] | None:
    """The document a result noun's genitive attribute names ("das Ergebnis einer gestern
    vorgestellten Studie", "die Zahlen des Berichts"): its tokens from the article on, or
    None where the noun is no result noun or no document follows."""
    if doc.text.lower() not in _RESULT_NOUNS:
        return None
    end = _sentence_end(doc, art)
    toks = art.tokens(doc.end, end)[:_RESULT_REACH]
    if not toks or toks[0].text.lower() not in _GENITIVE_ARTICLES:
        return None
    for k, t in enumerate(toks[1:], start=1):
        if t.pos in ("NN", "NE"):
            return toks[: k + 1] if doc_kind(t.text) is not None else None
        if t.pos not in ("ADJA", "ADV", "ADJD", "CARD"):
            return None
    return None


def with_author(found: Speaker, toks: list[Token], art: Article) -> Speaker:
    """A document speaker without a named author ("die Studie", "Berichts") with the author
    the article gave the document; other speakers as they are."""
    if found.named or found.entity is not None or found.affiliation_entity is not None:
        return found
    if not found.name:
        return found
    last = found.name.split()[-1]
    doc = next((t for t in reversed(toks) if t.text == last and t.pos in ("NN", "NE")), None)
    if doc is None:
        return found
    author = document_author(doc, art)
    inner = _studied_document(doc, art) if author is None else None
    if inner is not None:
        # "so das Ergebnis einer Studie … der Stiftung Warentest": the study speaks
        author = document_author(inner[-1], art)
        found = found.model_copy()
        found.name = " ".join([found.name, *(t.text for t in inner)])
    if author is None:
        return found
    name, ent = author
    entity = art.entity(ent) if ent is not None else None
    short = [a for a in (entity.aliases if entity is not None else []) if a.isupper()]
    if short and short[0] not in name:
        name = f"{name}, {short[0]}"
    out = found.model_copy()
    # (the author goes into the name only: a document is no one speaking for its author, and
    # keeps its type)
    out.name = f"{found.name} ({name})"
    out.resolved_by = R.DESCRIPTION
    out.confidence = 0.6
    return out
