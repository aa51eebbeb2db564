"""Light verbs around a speech noun ("die Auffassung vertreten", "die Meinung teilen"):
helpers of :meth:`newsprobe.attribution.noun_cues.NounCues._noun_clauses`.

* **A light verb closing the noun's clause** ("Gysi hatte die These vertreten, die Partei
  stagniere"): the participle or infinitive between the noun and the comma belongs to the
  frame, not to the noun's attributes.
* **A light verb with a complement that makes a speech act** ("machte deutlich, dass …",
  "gab zu bedenken", "wie er deutlich machte"): :func:`phrasal_lemma` joins them.
* **A plural present read as a participle** ("Einige vertreten die Auffassung, …": the
  tagger reads "vertreten" as VVPP, and the clause has no finite verb): that light verb is
  the clause's finite verb for finding its subject.
"""

from __future__ import annotations

from newsprobe.attribution.lexicon import CueLexicon
from newsprobe.attribution.view import Tok

#: Tags of the words a speech noun's own attachments may hold ("der Meinung der Partei").
ATTRIBUTE_TAGS = frozenset(["DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM", "POSS"])


def attributes_then_light_verb(toks: list[Tok], start: int, end: int, lex: CueLexicon) -> bool:
    """Whether ``toks[start:end]`` (after a speech noun, up to the comma before its content)
    are the noun's attachments, optionally closed by light-verb participles or infinitives
    ("die These [in dem Interview] vertreten", "die Hoffnung geäußert")."""
    k = end
    while k > start and toks[k - 1].tag in ("VPP", "VINF") and toks[k - 1].lemma in lex.light_verbs:
        k -= 1
    return all(x.tag in ATTRIBUTE_TAGS for x in toks[start:k])


def misread_light_verb(toks: list[Tok], cs: int, ce: int, lex: CueLexicon) -> Tok | None:
    """In a clause without a finite verb (``toks[cs:ce]``), a light verb read as a
    participle: a plural present ("Einige vertreten die Auffassung"), or None."""
    for x in toks[cs:ce]:
        if x.tag == "VFIN":
            return None
    for x in toks[cs:ce]:
        if x.tag == "VPP" and x.lemma in lex.light_verbs and x.i > cs:
            return x
    return None


def phrasal_lemma(toks: list[Tok], t: Tok, lemma: str, lex: CueLexicon) -> str | None:
    """The joined lemma of a light verb ``t`` (lemma ``lemma``) and a complement of
    ``lex.phrasal`` that closes its clause after it ("machte … deutlich, dass",
    "gab zu bedenken") or stands right before it at the clause's end ("wie er deutlich
    machte", "zum Ausdruck brachte"): "deutlichmachen"; None without one."""
    complements = lex.phrasal.get(lemma)
    if not complements:
        return None
    lows = [x.low for x in toks]
    for words in complements:
        m = len(words)
        if t.i >= m and tuple(lows[t.i - m : t.i]) == words:
            return "".join(words) + lemma
        if t.tag != "VFIN":
            continue
        for k in range(t.i + 1, len(toks) - m + 1):
            if _ends_clause(toks, k):
                break
            after = k + m
            if tuple(lows[k:after]) == words and (after == len(toks) or _ends_clause(toks, after)):
                return "".join(words) + lemma
    return None


def phrasal_span(toks: list[Tok], t: Tok, lemma: str, lex: CueLexicon) -> tuple[int, int]:
    """The cue's character span for the verb ``t`` read as ``lemma``: with the complement of
    a phrasal speech verb (:func:`phrasal_lemma`) when it stands right next to the verb
    ("machte deutlich", "gab zu bedenken", "deutlich machte"), and with a separable verb's
    particle right after it ("teilte mit, dass …", "gab bekannt"), as SpkAtt news marks the
    whole phrase as the cue; the verb alone otherwise (a cue is one stretch of text, and
    "machte am Montag deutlich" holds words that are no cue)."""
    lows = [x.low for x in toks]
    for base, complements in lex.phrasal.items():
        for words in complements:
            if "".join(words) + base != lemma:
                continue
            m = len(words)
            if tuple(lows[t.i + 1 : t.i + 1 + m]) == words:
                return t.start, toks[t.i + m].end
            if t.i >= m and tuple(lows[t.i - m : t.i]) == words:
                return toks[t.i - m].start, t.end
    k = t.i + 1
    if (
        k < len(toks)
        and lemma == toks[k].low + t.lemma
        and (k + 1 == len(toks) or _ends_clause(toks, k + 1))
    ):
        return t.start, toks[k].end  # a separable verb's particle right after it: "teilte mit"
    return t.start, t.end


def _ends_clause(toks: list[Tok], k: int) -> bool:
    """Token ``k`` ends a clause: a boundary or sentence-final punctuation."""
    t = toks[k]
    return t.boundary or (t.tag == "PUNCT" and t.text in ",:;–—-()[].!?…")
