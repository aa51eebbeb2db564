"""Light verbs around a speech noun ("die Auffassung vertreten", "die Meinung teilen"):
helpers of :meth:`newsprobe.attribution.noun_cues.NounCues._noun_clauses`.

* **A light verb closing the noun's clause** ("Gysi hatte die These vertreten, die Partei
  stagniere"): the participle or infinitive between the noun and the comma belongs to the
  frame, not to the noun's attributes.
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
