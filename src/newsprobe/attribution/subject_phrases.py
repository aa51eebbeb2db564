"""Subjects for speaker resolution: the noun phrase that opens a sentence before its finite
verb (a V2 subject), the subject after the verb of an inverted main clause ("Im Ausschluss
erkannte das Gericht …"), the agent of a passive, whether a mention is its sentence's
subject, and the noun phrase an apposition stands beside.  Used by ``antecedents`` and the
readers that look for a clause's subject."""

from __future__ import annotations

from newsprobe.attribution import gender as g
from newsprobe.attribution.lexicon import cues
from newsprobe.attribution.speaker_parts import Article
from newsprobe.language.words import OBJECT_FORMS_DE
from newsprobe.model import Token

_NP_POS = frozenset({"ART", "ADJA", "NN", "NNA", "NE", "PPOSAT", "CARD", "TRUNC", "FM", "APPRART"})


def subject_np(sid: int, art: Article, before: int) -> tuple[int, int] | None:
    """The noun phrase that opens sentence ``sid`` when a finite verb follows it (a V2
    subject), as a char span ending before ``before``."""
    if sid >= len(art.sent_starts):
        return None
    end = art.sentence_end(sid)
    toks = art.tokens(art.sent_starts[sid], min(end, before))
    k = 0
    while k < len(toks) and toks[k].pos in ("KON", "ADV"):
        k += 1
    j = k
    if k + 1 < len(toks) and toks[k].pos == "PDS" and toks[k + 1].pos in ("NN", "NNA"):
        j = k + 1  # "Das Innenministerium hat …": an article the tagger read as a pronoun
    while j < len(toks) and (toks[j].pos in _NP_POS or toks[j].pos == "ADJD") and j - k < 8:
        j += 1
    head_end = j
    if j > k and j < len(toks) and toks[j].pos == "APPR" and toks[j - 1].pos in ("NN", "NNA"):
        # "Ein anderer Vertrauter von Scaduto weigerte sich": a prepositional attribute
        # between the subject's head and the verb; the subject is the phrase before it
        m = j + 1
        while m < len(toks) and toks[m].pos in _NP_POS and m - j < 6:
            m += 1
        if m > j + 1 and m < len(toks) and toks[m].pos in ("VVFIN", "VAFIN", "VMFIN"):
            j = m
    finite = j < len(toks) and (
        toks[j].pos in ("VVFIN", "VAFIN", "VMFIN")
        # "Der Minister betrachtet die Lage …": a V2 verb the tagger read as a participle
        or (toks[j].pos == "VVPP" and not any(t.pos in ("VAFIN", "VMFIN") for t in toks))
    )
    if j == k or j >= len(toks) or (not finite and toks[j].text != ","):
        return None
    if (
        toks[k].pos in ("APPRART", "APPR")
        or toks[k].text.lower() in OBJECT_FORMS_DE
        # a capitalised preposition the tagger misread ("Von der Kanzlerin liegt … vor")
        or toks[k].text.lower() in _OPENING_PREPOSITIONS
    ):
        return None
    if not any(t.pos in ("NN", "NNA", "NE") for t in toks[k:head_end]):
        return None
    return toks[k].start, toks[head_end - 1].end


def inverted_subject_np(sid: int, art: Article, before: int) -> tuple[int, int] | None:
    """The subject after the finite verb of a main clause that opens with another phrase
    ("Im häufigen Ausschluss der Öffentlichkeit erkannte das Gericht …", "Dabei betonte die
    Kommission …"): a definite noun phrase right after the verb (adverbs and a reflexive
    between them allowed), as a char span ending before ``before``; None otherwise."""
    if sid >= len(art.sent_starts):
        return None
    end = art.sentence_end(sid)
    toks = art.tokens(art.sent_starts[sid], min(end, before, art.sent_starts[sid] + _CLAUSE_CHARS))
    verb = next((k for k, t in enumerate(toks) if t.pos in _FINITE), None)
    if verb is None or verb == 0 or not _first_finite(toks, verb):
        return None
    k = verb + 1
    while k < len(toks) and (toks[k].pos == "PRF" or _adverb(toks[k])):
        k += 1
    if k >= len(toks):
        return None
    if toks[k].text.lower() not in _SUBJECT_ARTICLES:
        # "drangen gegen vier Uhr morgens vor dem Freitagsgebet der Moslems die Brandstifter
        # in die Moschee ein": the subject further into the middle field
        return _midfield_subject(toks, k, art, plural=g.plural_verb(toks[verb].text))
    j = k + 1
    while j < len(toks) and toks[j].pos == "ADJA":
        j += 1
    if j >= len(toks) or toks[j].pos not in ("NN", "NNA"):
        return None
    return toks[k].start, toks[j].end


def _midfield_subject(
    toks: list[Token], k: int, art: Article, *, plural: bool
) -> tuple[int, int] | None:
    """The first definite noun phrase in the middle field from ``toks[k]`` that stands in no
    prepositional phrase and is no genitive attribute ("vor dem Freitagsgebet [der Moslems]
    die Brandstifter"), passing prepositional phrases, adverbs and numbers; None at a
    pronoun or name (the subject is that one), a clause's end, or a phrase that disagrees
    with a plural verb."""
    stop = min(len(toks), k + _MIDFIELD_TOKENS)
    prev: Token | None = None
    while k < stop:
        t = toks[k]
        low = t.text.lower()
        if t.pos in ("APPR", "APPRART"):
            # pass the prepositional phrase and a genitive attribute after it
            k += 1
            if k < stop and toks[k].pos in ("ART", "PPOSAT", "CARD"):
                k += 1
            while k < stop and toks[k].pos in ("ADJA", "CARD"):
                k += 1
            while k < stop and toks[k].pos in ("NN", "NNA", "FM", "TRUNC"):
                k += 1
            if k < stop and toks[k].pos == "NE":
                # one name ("in New York"), not the subject named after it ("in Berlin Kurt
                # Bauer")
                k = _name_end(toks, k, stop, art)
            prev = toks[k - 1]
            continue
        if (
            t.pos == "ART"
            and low in _GENITIVES
            and prev is not None
            and prev.pos in ("NN", "NNA", "NE")
        ):
            # a genitive attribute ("der Moslems", "des Marktes"): part of the phrase before
            k += 1
            while k < stop and toks[k].pos in ("ADJA", "NN", "NNA"):
                k += 1
            prev = toks[k - 1]
            continue
        if t.pos == "ART" and low in _SUBJECT_ARTICLES:
            j = k + 1
            while j < stop and toks[j].pos == "ADJA":
                j += 1
            if j >= stop or toks[j].pos not in ("NN", "NNA") or (plural and low != "die"):
                return None
            return t.start, toks[j].end
        if _adverb(t) or t.pos in ("ADJD", "PRF"):
            prev = t
            k += 1
            continue
        return None
    return None


def _name_end(toks: list[Token], k: int, stop: int, art: Article) -> int:
    """The index after the name that starts at ``toks[k]``: its mention's end, else the one
    token."""
    found = art.mentions_in(toks[k].start, toks[min(stop, len(toks)) - 1].end)
    end = next((m.end for m in found if m.start == toks[k].start), toks[k].end)
    k += 1
    while k < stop and toks[k].end <= end:
        k += 1
    return k


#: Articles of a genitive attribute after a noun.
_GENITIVES = frozenset(["der", "des", "eines", "einer"])
#: How far into the middle field a subject is looked for.
_MIDFIELD_TOKENS = 16


#: Articles a subject after the verb opens with ("erkannte das Gericht", "sagte der Chef").
_SUBJECT_ARTICLES = frozenset(["der", "die", "das"])


#: Prepositions that open a sentence's first phrase: then it is no subject.
_OPENING_PREPOSITIONS = frozenset(
    [
        *("von", "vom", "über", "mit", "für", "bei", "beim", "zu", "zum", "zur", "aus"),
        *("nach", "seit", "gegenüber"),
    ]
)


#: How far into a sentence the passive agent and the quoting subject are looked for.
_CLAUSE_CHARS = 400


def passive_agent(sid: int, art: Article) -> tuple[int, int] | None:
    """The "von"-phrase of a passive main clause ("war von der irischen Regierung genehmigt
    worden"): a form of "werden" or "sein", then "von/vom" and a noun phrase, then a
    participle; as a char span without the preposition."""
    if sid >= len(art.sent_starts):
        return None
    end = art.sentence_end(sid)
    # (a clause's worth: a run-on "sentence" of thousands of words is not read whole again
    # for every pronoun after it)
    toks = art.tokens(art.sent_starts[sid], min(end, art.sent_starts[sid] + _CLAUSE_CHARS))
    aux = next(
        (k for k, t in enumerate(toks) if t.pos == "VAFIN" and t.lemma in ("werden", "sein")),
        None,
    )
    if aux is None:
        return None
    for k in range(aux + 1, len(toks) - 2):
        if toks[k].text.lower() not in ("von", "vom"):
            continue
        j = k + 1
        while j < len(toks) and toks[j].pos in _NP_POS and j - k <= 6:
            j += 1
        if j > k + 1 and j < len(toks) and toks[j].pos == "VVPP":
            return toks[k + 1].start, toks[j - 1].end
        return None
    return None


_AGENT_ENDS = ("er", "erin", "erinnen", "ant", "anten", "ent", "enten", "ist", "isten")
_NOT_AGENTS = frozenset(
    [
        *("computer", "wasser", "messer", "zimmer", "fenster", "theater", "center", "koffer"),
        *("wetter", "winter", "sommer", "feuer", "alter", "ufer", "meter", "liter", "fieber"),
        *("zucker", "körper", "tier", "papier", "lager", "muster", "kloster", "filter"),
    ]
)


def agentive(head: str) -> bool:
    """A noun that names people by what they do ("Brandstifter", "Demonstranten",
    "Aktivistinnen"): a subject phrase with it may be a pronoun's antecedent."""
    low = head.lower()
    return (
        len(low) > 5
        and head[:1].isupper()
        and low.endswith(_AGENT_ENDS)
        and not any(low.endswith(w) for w in _NOT_AGENTS)
    )


_FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})


def _first_finite(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` is the V2 verb of a main clause: the first finite verb, with no
    comma or subordinator before it ("Auch bezüglich des Wahlkampfes von X nahm Köhler …":
    the name after it is the subject, however long the fronted phrase)."""
    return not any(t.pos in _FINITE or t.pos in ("$,", "KOUS", "PRELS") for t in toks[:k])


def is_subject(start: int, sid: int, art: Article) -> bool:
    """A mention that opens its sentence (after a conjunction or adverb), or follows the
    finite verb of an inverted main clause ("Als Beispiel nannte der Berliner …")."""
    if sid >= len(art.sent_starts):
        return False
    toks = art.tokens(art.sent_starts[sid], start)
    words = [t for t in toks if t.pos not in ("KON", "ADV", "$.", "$(")]
    if len(words) <= 3 and all(t.pos in ("ART", "ADJA", "PPOSAT", "ADJD") for t in words):
        return True
    opening = apposed_to(toks)
    if opening is not None:
        # "Der Kampfgefährte Thaksins, Newin Chidchob, wandte sich …": a name in an
        # apposition is as much the subject as the phrase it stands beside
        return is_subject(opening, sid, art)
    k = len(toks) - 1
    while k >= 0 and (toks[k].pos in ("ART", "ADJA", "PRF") or _adverb(toks[k])):
        # "nahm jetzt auch der Ministerpräsident", "hat sich Lierow …": adverbs and a
        # reflexive pronoun between the verb and the subject
        k -= 1
    titled = k
    if k > 0 and toks[k].pos in ("NN", "NNA"):  # "der SPD-Vorsitzende Franz Müntefering"
        # one title noun between the verb and the name ("nahm der Minister Paul Kirchner")
        titled -= 1
        # ("äußerte sich Hamasführer Ismail Haniyya": a reflexive or adverb before the title)
        while titled >= 0 and (toks[titled].pos in ("ART", "ADJA", "PRF") or _adverb(toks[titled])):
            titled -= 1
    if titled >= 0 and toks[titled].pos in _FINITE and _first_finite(toks, titled):
        return True
    if k >= 0 and toks[k].pos in _FINITE and (k <= 4 or _first_finite(toks, k)):
        return True
    if k > 0 and toks[k].pos == "VVPP" and _first_finite(toks, k) and toks[k - 1].pos == "NN":
        # "In seiner Pressemitteilung resümiert Hartmut Lierow": a V2 verb after a fronted
        # phrase that the tagger read as a participle
        return True
    # "Ein anderer Richter ist der Kurde Raed Dschuhi": the name a copula equates with the
    # subject (a role noun between them) is as salient as the subject
    j = k
    while j >= 0 and toks[j].pos in ("ART", "ADJA", "NN") and k - j < 3:
        j -= 1
    return (
        j >= 0
        and j < k
        and toks[j].pos == "VAFIN"
        and toks[j].lemma == "sein"
        and any(t.pos in ("NN", "NE") for t in toks[:j])
        and not any(t.pos in ("$,", "KOUS", "PRELS") for t in toks[:j])
    )


#: Tags of a noun phrase an apposition may stand beside ("der Ministerpräsident des Landes
#: Niedersachsen").
_APPOSED_POS = frozenset({"ART", "ADJA", "NN", "NNA", "NE", "PPOSAT", "CARD", "FM", "TRUNC"})


def _adverb(tok: Token) -> bool:
    return tok.pos in ("ADV", "PTKNEG") or tok.text.lower() in ("auch", "jetzt", "nun")


def apposed_to(toks: list[Token]) -> int | None:
    """Where the noun phrase starts that a mention right after its comma stands beside as an
    apposition ("Der Kampfgefährte Thaksins, [Newin Chidchob]"): a comma ends ``toks`` and
    the tokens before it, back to a verb, a comma or the sentence's start, are one noun
    phrase with a noun; None otherwise."""
    if len(toks) < 2 or toks[-1].text != ",":
        return None
    k = len(toks) - 2
    while k >= 0 and toks[k].pos in _APPOSED_POS and len(toks) - k < 12:
        k -= 1
    phrase = toks[k + 1 : -1]
    if not phrase or toks[k + 1].pos not in ("ART", "ADJA", "NN", "NE", "PPOSAT"):
        return None
    if k >= 0 and toks[k].text == ",":
        return None  # "…, X, Y, …": an enumeration, not an apposition
    if not any(t.pos in ("NN", "NE") for t in phrase):
        return None
    return toks[k + 1].start


def speaks(np: tuple[int, int], art: Article) -> bool:
    """Whether a subject phrase is followed by a finite verb of saying or thinking (a
    lexicon cue verb): it speaks, whatever its noun ("Die Verteidigung zweifelt …")."""
    after = art.tokens(np[1], np[1] + 40)
    # (a V2 verb the tagger read as a participle too: "Die Verteidigung bezweifelt …")
    if not after or after[0].pos not in ("VVFIN", "VVPP"):
        return False
    lex = cues("de")
    lemma = after[0].lemma or after[0].text.lower()
    return lemma in lex.speech or lemma in lex.cognition
