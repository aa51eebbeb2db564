"""Small readers of speaker phrases for speaker resolution, added in rounds three and four:
a participial attribute before a phrase's head, members listed in an insertion, nominalised
adjectives, the document a "darin" points into, the subject pronoun after a fronted object,
where a statement is made, and the typed noun a "Demnach" points back to."""

from __future__ import annotations

from newsprobe.attribution.speaker_parts import Article, R
from newsprobe.model import Attribution, EntityType, MentionForm, Span, Speaker, Token


def members_from(toks: list[Token]) -> int | None:
    """Where an insertion listing members starts after the phrase's head (", unter ihnen
    …", ", darunter …"), when a plural noun heads the phrase before it; else None."""
    for k in range(1, len(toks) - 1):
        if toks[k].text != ",":
            continue
        nxt = toks[k + 1].text.lower()
        after = toks[k + 2].text.lower() if k + 2 < len(toks) else ""
        listing = nxt == "darunter" or (nxt == "unter" and after in ("ihnen", "anderem"))
        if listing and any(t.pos == "NN" for t in toks[:k]):
            return toks[k].start
    return None


def nominalised(head: Token, toks: list[Token]) -> bool:
    """A nominalised adjective as the phrase's head ("der Tatverdächtige", also where the
    tagger read it as an adjective)."""
    return head.pos == "NNA" or (
        head.pos == "ADJA" and head.text[:1].isupper() and head is toks[-1] and len(toks) > 1
    )


_PARTICIPLE_ENDS = ("nde", "nden", "ndes", "nder", "ene", "enen", "enes", "ener")


def participial_end(toks: list[Token]) -> int | None:
    """The start of the participle closing an extended participial attribute right after
    the phrase's article ("der [sich als Gegner Thaksins] inszenierende …"), or None."""
    if len(toks) < 4 or toks[0].pos != "ART" or toks[1].pos in ("NN", "NE", "ADJA"):
        return None
    for t in toks[2:13]:
        if t.pos in ("VVFIN", "VAFIN", "VMFIN", "$,", "KOUS", "PRELS"):
            return None
        if t.pos == "ADJA" and t.text.lower().endswith(_PARTICIPLE_ENDS):
            return t.start
    return None


#: Pronominal adverbs that point into a document named before ("Darin heißt es").
_THEREIN = frozenset(["darin", "hierin", "darinnen"])
#: Nouns of documents such an adverb points into (also as compounds' last part).
_DOCUMENTS = (
    *("erklärung", "mitteilung", "stellungnahme", "bericht", "studie", "brief", "schreiben"),
    *("petition", "resolution", "urteil", "entwurf", "antrag", "papier", "dokument", "text"),
    *("gutachten", "meldung", "vertrag", "abkommen", "beschluss", "appell", "aufruf"),
    *("gesetz", "anordnung", "verfügung", "botschaft", "bekanntmachung", "kommuniqué"),
)


def document_therein(att: Attribution, art: Article) -> Speaker | None:
    """ "Die Regierung veröffentlichte eine Erklärung. Darin heißt es, …": a statement
    without a speaker phrase whose clause holds "darin" speaks from the document named
    last before it, in its sentence or the one before (with its genitive: "die Erklärung
    der Regierung")."""
    if att.cue is None:
        return None
    sid = art.sentence_of(att.cue.start)
    start = art.sent_starts[sid] if sid < len(art.sent_starts) else 0
    here = art.tokens(start, att.cue.start)
    adverb = next((t for t in reversed(here) if t.text.lower() in _THEREIN), None)
    if adverb is None:
        return None
    lo = art.sent_starts[sid - 1] if sid > 0 else start
    before = art.tokens(lo, adverb.start)
    text = art.analysis.text
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        if t.pos != "NN" or not t.text.lower().endswith(_DOCUMENTS):
            continue
        end = k + 1
        if end < len(before) and before[end].text in ("des", "der", "eines", "einer"):
            j = end + 1
            while j < len(before) and before[j].pos in ("ADJA", "NN", "NE") and j - end <= 4:
                j += 1
            if j > end + 1 and before[j - 1].pos in ("NN", "NE"):
                end = j
        return Speaker(
            name=text[t.start : before[end - 1].end],
            named=False,
            role=t.text,
            resolved_by=R.PREVIOUS,
            mention=Span.of(text, t.start, before[end - 1].end),
            confidence=0.6,
        )
    return None


#: Personal pronouns that can only be a subject (nominative): "sie" and "es" can be objects.
_NOMINATIVE_ONLY = frozenset(["er", "ich", "wir", "du"])
_FINITE_TAGS = frozenset(["VVFIN", "VAFIN", "VMFIN"])


def inverted_subject(att: Attribution, toks: list[Token], art: Article) -> list[Token] | None:
    """The subject pronoun right after the finite cue verb when the phrase taken for the
    speaker is the fronted object before it ("Die Bürger forderte er auf, …", "Den Vorwurf
    wies er zurück"): the pronoun speaks, never the object.  None where the phrase is no
    fronted phrase or no nominative-only pronoun follows the verb."""
    cue = att.cue
    if cue is None or not toks or toks[-1].end > cue.start:
        return None
    sid = art.sentence_of(cue.start)
    if art.sentence_of(toks[0].start) != sid or toks[0].start != art.sent_starts[sid]:
        return None
    after = art.tokens(cue.start, cue.start + 60)
    if len(after) < 2 or after[0].pos not in _FINITE_TAGS or after[0].end > cue.end:
        return None
    if after[1].text.lower() not in _NOMINATIVE_ONLY or toks[-1].text.lower() in _NOMINATIVE_ONLY:
        return None
    return [after[1]]


def cue_at(att: Attribution) -> int:
    """Where a statement is made: its cue, else its start (a statement's message may come
    before or after its cue)."""
    return att.cue.start if att.cue is not None else att.start


def typed_noun_phrase(toks: list[Token], art: Article) -> tuple[int, int] | None:
    """The span of the last noun of a known source kind in ``toks`` with its article and
    adjectives, or None."""
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].pos == "NN" and art.lex.head_type(toks[k].text) is not None:
            j = k
            while j > 0 and toks[j - 1].pos in ("ART", "ADJA"):
                j -= 1
            return toks[j].start, toks[k].end
    return None


#: Accusative articles that open the object of "zitieren" ("zitiert den Prediger").
_ACCUSATIVE = frozenset(["den", "die", "das", "einen", "eine", "ein"])
_OBJECT_NP = frozenset(["ART", "ADJA", "NN", "NE", "FM"])


def quoted_person(att: Attribution, toks: list[Token], art: Article) -> list[Token] | None:
    """ "„…“, zitierte man Yolanda Alvarez vom Sender RTVE", "Der Spiegel zitiert den
    Prediger mit den Worten …": the one "zitieren" takes as its object said the words, not
    the subject that quotes them; the object's tokens, or None where the cue is no active
    "zitieren" or no object follows it."""
    cue = att.cue
    if cue is None or not cue.text.lower().startswith("zitier"):
        return None
    words = art.tokens(cue.start, cue.start + 200)
    if not words or words[0].pos not in ("VVFIN", "VVPP") or words[0].end > cue.end:
        return None
    if any(t.text.lower() in ("wird", "wurde", "werden", "wurden") for t in words[1:4]):
        return None  # a passive: its subject is the one quoted already
    k = 1
    if k < len(words) and words[k].start < toks[-1].end and words[k].start >= toks[0].start:
        k += 1  # "zitierte man X": the subject right after the verb
    if k >= len(words):
        return None
    first = words[k]
    if first.pos in ("NE", "FM") or first.text.lower() in _ACCUSATIVE:
        j = k + 1
        while j < len(words) and words[j].pos in _OBJECT_NP and j - k < 6:
            j += 1
        obj = words[k:j]
        if any(t.pos in ("NN", "NE", "FM") for t in obj):
            return obj
    return None


def opening_speaker(psid: int, art: Article) -> tuple[int, int] | None:
    """Who opens sentence ``psid`` before its finite verb where no plain subject does: the
    first person or organisation there, else the last noun of a known source kind ("Das
    „Departement Presse“ des russischen Außenministeriums gab …"); None otherwise."""
    end = art.sentence_end(psid)
    toks = art.tokens(art.sent_starts[psid], end)
    verb = next((t for t in toks if t.pos in ("VVFIN", "VAFIN", "VMFIN")), None)
    if verb is None:
        return None
    opening = [
        m
        for m in art.mentions_in(toks[0].start, verb.start)
        if m.type in (EntityType.PER, EntityType.ORG) and m.form != MentionForm.ROLE
    ]
    if opening:
        return toks[0].start, opening[0].end
    return typed_noun_phrase([t for t in toks if t.end <= verb.start], art)
