"""Noun phrases for speakers: chunking over coarse word classes, left and right of a cue.

A speaker phrase is determiners/quantifiers/possessives, adjectives and numbers, one or more
nouns or names, then what attaches to it: a genitive ("des Ministeriums"), a parenthesised
acronym ("(ISW)"), a "von"/"für"/"aus" phrase, a comma apposition of names
("der Sprecher, Dmitri Peskow,"), and a coordinated second phrase ("User und Userinnen").
"""

from __future__ import annotations

from newsprobe.attribution.lexicon import CueLexicon
from newsprobe.attribution.marks import short_quoted_name
from newsprobe.attribution.view import Tok

_PRE = frozenset({"DET", "POSS", "NUM", "ADJ"})
_HEAD = frozenset({"NOUN", "PROPN"})
_OBJECT_PRONOUNS = frozenset(
    [
        "ihn",
        "ihm",
        "ihnen",
        "uns",
        "mich",
        "mir",
        "dich",
        "dir",
        "euch",
        "sich",
        "him",
        "them",
        "me",
        "us",
        "whom",
    ]
)
_NP_ADVERBS = frozenset(
    ["rund", "etwa", "fast", "knapp", "gut", "über", "mehr", "als", "nahezu", "nur", "auch"]
)
#: Heads that are never speakers on their own (time words and the like).
_NOT_SPEAKER = frozenset(
    [
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "woche",
        "wochenende",
        "tag",
        "tage",
        "jahr",
        "jahre",
        "jahren",
        "monat",
        "monate",
        "abend",
        "morgen",
        "mittag",
        "nacht",
        "zeit",
        "uhr",
        "prozent",
        "mal",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "week",
        "year",
        "month",
        "day",
        "time",
        "night",
        "morning",
        "evening",
        "gestern",
        "heute",
        "vorgestern",
        "übermorgen",
        "yesterday",
        "today",
    ]
)
#: Capitalised prepositions and adverbs the tagger reads as nouns at a sentence start.
_NOT_NOUNS = frozenset(
    ["gegenüber", "angesichts", "anlässlich", "laut", "zufolge", "trotz", "wegen", "auch", "so"]
)
_DEMONSTRATIVES = frozenset(["das", "der", "die", "dieser", "diese", "dieses", "den", "dem"])
#: Demonstratives that stand for a noun phrase when no noun follows them.
_STANDALONE_DEMONSTRATIVES = frozenset(["dieser", "diese", "jener", "jene"])
QUANTIFIERS = frozenset(
    [
        "viele",
        "einige",
        "andere",
        "mehrere",
        "manche",
        "etliche",
        "zahlreiche",
        "beide",
        "alle",
        "many",
        "some",
        "others",
        "several",
        "most",
        "both",
        "all",
    ]
)
_GENITIVE_DET = frozenset(
    ["des", "der", "eines", "einer", "dieses", "dieser", "seines", "seiner", "ihres", "ihrer"]
)
_LOOSE_ATTACH = frozenset(["in", "im", "bei", "beim", "at", "in"])
_PLACE_HEADS = frozenset(["netz", "internet", "web", "ausland"])


def is_boundary(tok: Tok) -> bool:
    return tok.boundary or (tok.tag == "PUNCT" and tok.text in ",:;–—-()[]")


def adjective_surname(toks: list[Tok], i: int, end: int) -> tuple[int, int] | None:
    """ "…, sagt Kurz.", "…, so Klein, …": one capitalised word inside the sentence that the
    tagger read as an adjective and that closes the clause (at ``end``, a comma or a
    conjunction after it) is a surname."""
    t = toks[i]
    if i == 0 or t.tag not in ("ADJ", "ADJD") or not t.text[:1].isupper() or t.quote is not None:
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if i + 1 == end or nxt is None or nxt.tag == "PUNCT" or nxt.low in ("und", "aber", "sowie"):
        return i, i + 1
    return None


def np_right(
    toks: list[Tok], i: int, lex: CueLexicon, *, attach: bool = True, coordinate: bool = True
) -> tuple[int, int] | None:
    """The noun phrase starting at token ``i`` as ``(start, end)`` token indexes, or None."""
    n = len(toks)
    if i >= n or (toks[i].quote is not None and not toks[i].is_mark):
        return None
    t = toks[i]
    if t.low in _NOT_NOUNS:
        return None  # "Gegenüber Spiegel Online berichtete …": a preposition misread
    if t.low in ("dieser", "jener") and i + 1 < n and toks[i + 1].tag == "PROPN":
        return i, i + 1  # "beschuldigte dieser Israel": the pronoun, then its object
    determiner_like = possessive_misread(toks, i) or (
        t.tag == "PRON"
        and (t.low in _DEMONSTRATIVES or t.low in QUANTIFIERS)
        and i + 1 < n
        and (
            toks[i + 1].tag in ("NOUN", "ADJ", "PROPN")
            or quoted_name(toks, i + 1) is not None  # "Das „National Hurricane Centre“"
        )
    )  # a determiner the tagger read as a pronoun: "Das Amt", "Beide Seiten"
    # a name's genitive before an adjective stands for the article: "Berlins früherer
    # Bürgermeister", "Chinas neuer Präsident"
    determiner_like = determiner_like or saxon_genitive(toks, i, lex)
    if (t.tag in ("PRON", "REL") or t.low in lex.subject_pronouns) and not determiner_like:
        if t.low in _OBJECT_PRONOUNS:
            return None
        return (i, i + 1) if t.tag != "REL" else None
    j = i + 1 if determiner_like else i
    while j < n and (
        toks[j].tag in _PRE
        or (toks[j].low in _NP_ADVERBS and j + 1 < n and toks[j + 1].tag in _PRE | _HEAD)
        # an adverbial adjective before an attributive one: "die staatlich kontrollierten
        # Medien", "die bisher unbekannte Gruppe"
        or (toks[j].tag == "ADJD" and j > i and j + 1 < n and toks[j + 1].tag == "ADJ")
    ):
        j += 1
    if (
        t.tag == "DET"
        and lex.lang == "de"
        and i + 1 < n
        and (j == i + 1 or toks[i + 1].tag == "DET")
        and toks[i + 1].tag not in _HEAD
    ):
        j = _participial(toks, i + 1) or j
        while j < n and toks[j].tag in _PRE:
            j += 1
    # TRUNC + und: "Nutzerinnen und Nutzer" handled by coordination; "Bundes- und Landes…"
    while j + 1 < n and toks[j].tag == "TRUNC" and toks[j + 1].tag == "CONJ":
        j += 2
        while j < n and toks[j].tag in _PRE:
            j += 1
    head_start = j
    while j < n:
        if (toks[j].tag in _HEAD and (toks[j].quote is None or toks[j].is_mark)) or name_particle(
            toks, j, head_start
        ):
            j += 1
        elif j > head_start and glued_hyphen(toks, j):
            j += 2  # "vessel-tracking data": a compound the tokenizer split at its hyphen
        else:
            break
    # A quoted name as the head or after it: "„Muslix64“", "die Zeitung „Yemen Observer“".
    quoted = quoted_name(toks, j)
    if quoted is not None:
        j = quoted
    if j == head_start:
        # A quantifier standing alone ("viele in Kressbach", "einige", "mehrere").
        if j == i + 1 and t.low in QUANTIFIERS:
            end = _attachments(toks, j, lex) if attach else j
            return i, end
        if j == i + 1 and t.low in _STANDALONE_DEMONSTRATIVES and t.tag == "DET":
            return i, j  # "so schrieb diese in einer Stellungnahme": a pronoun read as article
        return None
    if toks[j - 1].low in _NOT_SPEAKER and j - head_start == 1:
        return None
    end = j
    if attach:
        end = _attachments(toks, end, lex, start=i)
    if coordinate and end + 1 < n and toks[end].low in ("und", "and", "sowie"):
        other = np_right(toks, end + 1, lex, attach=attach, coordinate=False)
        if other is not None and toks[other[1] - 1].tag in _HEAD:
            end = other[1]
            if attach:
                end = _attachments(toks, end, lex, start=end + 1)
    return i, end


def saxon_genitive(toks: list[Tok], i: int, lex: CueLexicon) -> bool:
    """Token ``i`` is a German name in the genitive that opens a noun phrase before an
    adjective ("Berlins früherer Bürgermeister"): it takes the article's place."""
    t = toks[i]
    return (
        lex.lang == "de"
        and t.tag == "PROPN"
        and len(t.text) > 3
        and t.text.endswith("s")
        and t.quote is None
        and i + 1 < len(toks)
        and toks[i + 1].tag == "ADJ"
        and toks[i + 1].text[:1].islower()
    )


_PARTICIPLE_ENDS = ("nde", "nden", "ndes", "nder", "ene", "enen", "enes", "ener")
_NOT_IN_PARTICIPIAL = frozenset(["VFIN", "SCONJ", "REL", "WH", "CONJ"])


#: Lower-case particles inside a name ("Abdalla al Badri", "Rafael van der Vaart").
_NAME_PARTICLES = frozenset(
    ["al", "el", "bin", "ibn", "van", "von", "der", "de", "da", "di", "du", "del", "dos", "ter"]
)
#: Possessives the tagger reads as personal pronouns before a noun ("Ihr Vorsitzender").
_POSSESSIVE_FORMS = frozenset(["ihr", "sein", "unser", "euer"])


def glued_hyphen(toks: list[Tok], j: int) -> bool:
    """Token ``j`` is a hyphen written without spaces between two words ("vessel-tracking",
    "state-run"): the tokenizer split a compound there."""
    return (
        0 < j < len(toks) - 1
        and toks[j].text == "-"
        and toks[j - 1].end == toks[j].start
        and toks[j].end == toks[j + 1].start
        and toks[j + 1].is_word
        and toks[j + 1].quote is None
    )


def name_particle(toks: list[Tok], j: int, head_start: int) -> bool:
    """Token ``j`` is a lower-case particle or a short number between two parts of a
    name ("Rafael van der Vaart", "Bayer 04 Leverkusen")."""
    return (
        j > head_start
        and j + 1 < len(toks)
        and (
            (toks[j].low in _NAME_PARTICLES and toks[j].text.islower())
            or (toks[j].tag == "NUM" and toks[j].text.isdigit() and len(toks[j].text) <= 2)
        )
        and toks[j - 1].tag == "PROPN"
        and toks[j + 1].tag == "PROPN"
    )


#: Particles that open a surname at a clause's start, capitalised ("Zu Guttenberg hatte …",
#: "Von der Leyen sagte …"): read as a preposition otherwise.
_OPENING_PARTICLES = frozenset(["zu", "von", "van", "de", "di", "da", "du"])
#: Particles that an article may follow inside a name ("Von der Leyen", "Van der Bellen",
#: "De la Cruz"); "zu" never does ("Zu dem Skandal sagte …" is a phrase).
_ARTICLE_PARTICLES = frozenset(["von", "van", "de", "di", "da"])
#: Words after the verb that open a subject of their own ("Zu Weihnachten sagte er").
_NOMINATIVE_OPENERS = frozenset(
    [*("er", "sie", "es", "man", "ich", "wir", "der", "die", "das", "ein", "eine"), "dieser"]
)


def particle_name(toks: list[Tok], i: int, verb: int, lex: CueLexicon) -> tuple[int, int] | None:
    """The name opened by a capitalised particle at token ``i`` that fills the whole slot
    before the finite verb at ``verb`` ("Zu Guttenberg hatte zwar Fehler eingeräumt"), when
    nothing after the verb opens another subject; None otherwise."""
    n = len(toks)
    if not (
        i + 1 < verb < n
        and toks[i].low in _OPENING_PARTICLES
        and toks[i].text[:1].isupper()
        and toks[i + 1].tag in ("PROPN", "DET")
    ):
        return None
    if toks[i + 1].tag == "DET" and toks[i].low not in _ARTICLE_PARTICLES:
        return None  # "Zu dem Skandal führte Elshorst aus": a phrase, no "Von der Leyen"
    inner = np_right(toks, i + 1, lex, attach=False, coordinate=False)
    if inner is None or inner[1] != verb or toks[inner[1] - 1].tag not in ("PROPN", "NOUN"):
        return None
    k = verb + 1
    while k < n and toks[k].tag in ("ADV", "ADJD"):
        k += 1
    if k < n and (toks[k].low in _NOMINATIVE_OPENERS or toks[k].tag == "PROPN"):
        return None
    return i, verb


def possessive_misread(toks: list[Tok], i: int) -> bool:
    """ "Ihr Vorsitzender …" at the start of a clause: a possessive, not "ihr" (you)."""
    return (
        toks[i].tag == "PRON"
        and toks[i].low in _POSSESSIVE_FORMS
        and toks[i].text[:1].isupper()
        and i + 1 < len(toks)
        and toks[i + 1].tag in ("NOUN", "ADJ")
    )


def _participial(toks: list[Tok], j: int) -> int | None:
    """Where the adjectives of a noun phrase start after an extended participial attribute
    between the article and them ("der [sich selbst als Gegner Thaksins] inszenierende
    Medienunternehmer", "die [in New York City] geborene Lopez", "des [die Lehrer der
    Gymnasien] vertretenden Verbands"): the participle, or None."""
    n = len(toks)
    for k in range(j, min(n - 1, j + 12)):
        x = toks[k]
        if x.tag in _NOT_IN_PARTICIPIAL or (x.tag == "PUNCT" and not x.is_mark):
            return None
        if (
            k > j
            and x.stts == "ADJA"
            # a participle, or an adjective with a prepositional complement ("der [für die
            # Region] zuständige Koordinator", "die [für den Etat] verantwortliche Ministerin")
            and (
                x.low.endswith(_PARTICIPLE_ENDS)
                or (toks[j].tag == "ADP" and toks[k - 1].tag in _HEAD)
            )
            and toks[k + 1].tag in _HEAD | {"ADJ"}
        ):
            return k
    return None


def quoted_name(toks: list[Tok], j: int) -> int | None:
    """The end of a short quoted name opening at token ``j`` (a title or handle of up to
    five words starting with a capital), or None."""
    n = len(toks)
    if j >= n or not toks[j].is_mark or toks[j].quote is None:
        return None
    qid = toks[j].quote
    k = j + 1
    while k < n and toks[k].quote == qid and not toks[k].is_mark:
        k += 1
    if k >= n or toks[k].quote != qid or not toks[k].is_mark:
        return None
    inner = toks[j + 1 : k]
    # After an article ("die „Aktion Deutschland hilft“") or right before a finite verb
    # ("Wie „heise online“ berichtet") the quote is a noun phrase whatever its words are.
    placed = (j > 0 and toks[j - 1].tag == "DET") or (k + 1 < n and toks[k + 1].tag == "VFIN")
    if not short_quoted_name([t.text for t in inner], capital=not placed):
        return None
    if any(
        (t.tag == "PUNCT" and t.text not in ("-", ".")) or (t.tag == "VFIN" and not placed)
        for t in inner
    ):
        return None
    return k + 1


def named_after_article(toks: list[Tok], close: int) -> bool:
    """The quote whose closing mark is token ``close`` is a short quoted name right after an
    article ("Die „Kampagne für ein Freies Tibet“ berichtete über …"): a noun phrase, the
    subject of what follows, not words someone said."""
    qid = toks[close].quote
    if qid is None:
        return False
    opening = close
    while opening > 0 and toks[opening - 1].quote == qid:
        opening -= 1
    return (
        opening > 0 and toks[opening - 1].tag == "DET" and quoted_name(toks, opening) == close + 1
    )


def _person_name_ends(toks: list[Tok], start: int, end: int) -> bool:
    """The phrase ``toks[start:end]`` ends in a person's name: a name without an article
    ("Seibert", "Bundesverkehrsminister Manfred Stolpe") or a first and last name ("der
    Grünen-Politiker Boris Palmer").  What follows such a name is no part of it: the place
    where one spoke ("Stolpe in Berlin") or the paper one spoke to ("sagte Seibert der
    Passauer Neuen Presse", a dative)."""
    if end <= start or toks[end - 1].quote is not None:
        return False
    before = toks[end - 2].tag if end - 2 >= start else None
    if toks[end - 1].tag == "PROPN":
        return toks[start].tag != "DET" or before == "PROPN"
    # a last name the tagger reads as a noun after a first name ("Manfred Stolpe")
    return toks[end - 1].tag == "NOUN" and before == "PROPN" and toks[end - 1].text.istitle()


def _attachments(toks: list[Tok], end: int, lex: CueLexicon, *, start: int | None = None) -> int:
    """Extend a phrase ending at ``end`` by genitives, acronyms, appositions and PPs."""
    n = len(toks)
    for _ in range(4):
        if end >= n:
            break
        t = toks[end]
        if (
            start is not None
            and lex.lang == "de"
            and (t.low == "der" or t.low in _LOOSE_ATTACH)
            and _person_name_ends(toks, start, end)
        ):
            break
        if t.text == "(":
            close = next((k for k in range(end + 1, min(n, end + 7)) if toks[k].text == ")"), None)
            if close is not None and all(
                toks[k].tag in _HEAD or toks[k].text in "-/," for k in range(end + 1, close)
            ):
                end = close + 1
                continue
            break
        if t.low in _GENITIVE_DET and t.tag == "DET" and lex.lang == "de":
            inner = np_right(toks, end, lex, attach=False, coordinate=False)
            if inner is not None and (
                toks[inner[1] - 1].tag in _HEAD
                # "des Fachmagazins „Automobilwoche“": a quoted title closes the genitive
                or (toks[inner[1] - 1].is_mark and toks[inner[1] - 1].quote is not None)
            ):
                end = inner[1]
                continue
            break
        if (
            lex.lang == "de"
            and t.tag == "ADJ"
            and t.low.endswith("er")
            and end > 0
            and toks[end - 1].tag == "NOUN"
        ):
            # "Berichten britischer Tageszeitungen", "Aussagen anderer Augenzeugen": a
            # genitive plural without an article
            k = end
            while k < n and toks[k].tag == "ADJ" and toks[k].low.endswith("er"):
                k += 1
            if k < n and toks[k].tag in ("NOUN", "PROPN") and toks[k].quote is None:
                while k < n and toks[k].tag in ("NOUN", "PROPN") and toks[k].quote is None:
                    k += 1
                end = k
                continue
            break
        if t.tag == "ADP" and t.low in lex.np_attach and t.low not in ("der", "des"):
            inner = np_right(toks, end + 1, lex, attach=False, coordinate=False)
            if inner is None:
                break
            head = toks[inner[1] - 1]
            if t.low in _LOOSE_ATTACH and not (head.tag == "PROPN" or head.low in _PLACE_HEADS):
                break
            end = inner[1]
            continue
        if t.text == "," and end + 1 < n and _name_like(toks[end + 1]):
            k = end + 1
            while k < n and _name_like(toks[k]) and k - end <= 4:
                k += 1
            if (
                k < n
                and toks[k].text == ","
                and (
                    any(toks[x].tag == "PROPN" for x in range(end + 1, k))
                    or toks[end - 1].tag == "NOUN"
                )
            ):
                end = k  # the closing comma of the apposition stays outside the phrase
                continue
            break
        break
    return end


def _name_like(tok: Tok) -> bool:
    """A name in an apposition; the tagger reads unknown names as nouns too."""
    return tok.tag == "PROPN" or (
        tok.tag == "NOUN" and tok.text[:1].isupper() and tok.low not in _NOT_SPEAKER
    )


def np_left(toks: list[Tok], start: int, end: int, lex: CueLexicon) -> tuple[int, int] | None:
    """The longest noun phrase that ends exactly at ``end`` and starts at or after ``start``."""
    for s in range(start, end):
        found = np_right(toks, s, lex)
        if found is not None and found[1] == end:
            return found
    return None


#: Endings of an inflected adjective the tagger may read as a noun before a noun.
_ADJECTIVE_ENDINGS = ("sche", "schen", "scher", "ische", "te", "ten", "ige", "igen", "ale", "alen")


def head_of(toks: list[Tok], span: tuple[int, int]) -> Tok | None:
    """The head of a phrase: its first noun or name after determiners and adjectives."""
    s, e = span
    for k in range(s, e):
        if (
            toks[k].tag == "NOUN"
            and k + 1 < e
            and toks[k + 1].tag == "NOUN"
            and toks[k].low.endswith(_ADJECTIVE_ENDINGS)
            and toks[k].low != toks[k].text
        ):
            continue  # "Deutsche Presse-Agentur", "Vereinte Nationen": a capitalised adjective
        if toks[k].tag in _HEAD or toks[k].tag == "PRON" or toks[k].tag == "POSS":
            # Role noun followed by names: the names are the head ("Außenminister Maas").
            j = k
            while j + 1 < e and toks[j + 1].tag == "PROPN" and toks[k].tag == "NOUN":
                j += 1
            return toks[k] if j == k else toks[j]
    return None


def is_object_pronoun(tok: Tok) -> bool:
    return tok.low in _OBJECT_PRONOUNS
