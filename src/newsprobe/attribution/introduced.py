"""Unnamed people an article introduces with an indefinite article ("ein Augenzeuge", "eine
Anwohnerin", "ein Sprecher der Feuerwehr") and then refers back to:

* by a pronoun or possessive ("Seiner Darstellung zufolge …", "Sie sagte …"): such a
  person of the sentence before is a candidate antecedent beside the named ones (scored
  like any other: a named subject or the last speaker stays more salient);
* by the same noun with a definite article ("laut dem Zeugen" after "ein Augenzeuge",
  "die Anwohnerin sagte" after "eine Anwohnerin"): that person.

The speaker stays unnamed: the phrase that introduced it ("Augenzeuge", "Sprecher der
Feuerwehr"), never a name.  Used by ``antecedents`` and ``speaker_resolution``."""

from __future__ import annotations

from dataclasses import dataclass

from newsprobe.attribution import gender as g
from newsprobe.attribution.descriptions import person_noun, unnamed_description
from newsprobe.attribution.speaker_parts import Article, R
from newsprobe.model import Attribution, EntityType, Speaker, Token

#: Indefinite singular articles and the gender each asks of a person noun.
_INDEFINITE = {
    "ein": g.M,
    "einen": g.M,
    "einem": g.M,
    "eines": g.M,
    "eine": g.F,
    "einer": g.F,
}
#: How many sentences back a definite description looks for the person introduced.
_BACK = 3


@dataclass
class Introduced:
    """An indefinite person phrase: its char span (article to the end of a genitive
    attribute), its head noun and the gender it asks."""

    start: int
    end: int
    head: Token
    agree: g.Agree


def _lemmas(word: str) -> set[str]:
    low = word.lower()
    out = {low}
    if low.endswith(("s", "n")) and len(low) > 4:
        out.add(low[:-1])  # "des Zeugen", "Polizisten"
    if low.endswith("en") and len(low) > 5:
        out.add(low[:-2])
    return out


def introduced_people(sid: int, art: Article, before: int) -> list[Introduced]:
    """The indefinite singular person phrases of sentence ``sid`` before char ``before``
    ("ein Augenzeuge", "einer Anwohnerin", "ein Sprecher der Feuerwehr"); not one named
    right after ("ein Zeuge, Hans Meier,": the name is the antecedent)."""
    if sid < 0 or sid >= len(art.sent_starts):
        return []
    end = art.sentence_end(sid)
    toks = art.tokens(art.sent_starts[sid], min(end, before))
    out: list[Introduced] = []
    for k, t in enumerate(toks):
        agree = _INDEFINITE.get(t.text.lower())
        if t.pos != "ART" or agree is None:
            continue
        j = k + 1
        while j < len(toks) and toks[j].pos in ("ADJA", "ADV") and j - k < 4:
            j += 1
        if j >= len(toks) or toks[j].pos not in ("NN", "NNA"):
            continue
        head = toks[j]
        if not person_noun(head.text, art):
            continue
        stop = j + 1
        if stop < len(toks) and toks[stop].text.lower() in ("der", "des"):
            e = stop + 1
            while e < len(toks) and toks[e].pos in ("ADJA", "NN", "NE", "FM") and e - stop < 5:
                e += 1
            if e > stop + 1 and toks[e - 1].pos != "ADJA":
                stop = e
        if stop + 1 < len(toks) and toks[stop].text == ",":
            nxt = toks[stop + 1]
            if any(
                m.start == nxt.start and m.type == EntityType.PER
                for m in art.mentions_in(nxt.start, nxt.end)
            ):
                continue
        female = g.role_gender(head.text) if head.text.lower().endswith("in") else g.UNKNOWN
        out.append(Introduced(t.start, toks[stop - 1].end, head, female or agree))
    return out


def introduced_description(toks: list[Token], head: Token, art: Article) -> Speaker | None:
    """ "laut dem Zeugen" two sentences after "In dem Bericht wird ein Augenzeuge
    zitiert": the unnamed person the article introduced with that noun (or a compound of
    it) in the last three sentences, nearest first; None where it introduced none."""
    if head is not toks[-1] or len(toks) > 3 or not person_noun(head.text, art):
        return None
    want = _lemmas(head.text)
    sid = art.sentence_of(head.start)
    for psid in range(sid, max(-1, sid - _BACK - 1), -1):
        for p in reversed(introduced_people(psid, art, toks[0].start)):
            have = _lemmas(p.head.text)
            if have & want or any(h.endswith(w) and len(w) >= 4 for h in have for w in want):
                name = art.analysis.text[p.head.start : p.end]
                return unnamed_description(name, head, toks, art, 0.55)
    return None


#: How many sentences back a description looks for a statement's speaker of that noun.
_SPEAKER_BACK = 12


def earlier_speaker_described(
    toks: list[Token], head: Token, art: Article, done: list[Attribution]
) -> Speaker | None:
    """ "laut diesem Zeugen", "dem Zeugen zufolge" after statements of "ein Augenzeuge": the
    latest earlier speaker (of the last twelve sentences) whose name or role ends in that
    noun; None where none does."""
    if head is not toks[-1] or len(toks) > 3 or not person_noun(head.text, art):
        return None
    want = {w for w in _lemmas(head.text) if len(w) >= 4}
    sid = art.sentence_of(head.start)
    for prev in reversed(done):
        sp = prev.speaker
        if sp is None or not sp.name or prev.start >= head.start:
            continue
        if sid - art.sentence_of(prev.start) > _SPEAKER_BACK:
            break
        words = [w for w in (sp.role, sp.name) if w]
        last = {x for w in words for x in _lemmas(w.split()[-1])}
        if any(h.endswith(w) for h in last for w in want):
            out = sp.model_copy()
            out.resolved_by = R.DESCRIPTION
            out.confidence = min(sp.confidence or 0.6, 0.6)
            return out
    return None
