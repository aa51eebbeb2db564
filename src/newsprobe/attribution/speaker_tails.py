"""What may follow a speaker phrase that closes its sentence, and where the speaker ends.

A closing frame ("…, sagte X.") names its speaker last; after the name the sentence may go
on with words that still belong to the speaker, not to what was said:

* an **apposition** ("…, sagte Mark O'Keefe, der Sprecher der Ambulanz."): a short noun
  phrase without a verb; it is part of the speaker phrase (the role belongs to the name);
* a **relative clause** on the speaker ("…, sagte Anna Berg, die seit Jahren dort
  arbeitet.", "…, said Anna Berg, who has worked there for years."), after the name or
  after its apposition: it tells who the speaker is, but it is not the speaker phrase
  (SpkAtt news marks the name and any apposition as the source, never the relative clause:
  "Deiss, der sich … entschieden hatte", "Norman Paech, der als Begleitung …").

Either way the statement is the clause before the frame.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprobe.attribution.clauses import PARTICLES
from newsprobe.attribution.view import Tok

#: Tags that cannot open or occur in an apposition closing a sentence.
#: (Without a verb in it, a "der" the tagger reads as a relative pronoun is an article.)
_NOT_APPOSITION_START = frozenset(["ADP", "ADV", "CONJ", "SCONJ", "WH", "PRON", "PART"])
_NOT_IN_APPOSITION = frozenset(["VFIN", "VINF", "VPP", "SCONJ", "WH", "PRON", "ADV"])
#: German relative pronouns (the tagger reads several as articles or demonstratives).
#: ("welcher", "welche", … are read by their stem.)
_RELATIVES_DE = frozenset(["der", "die", "das", "dem", "den", "denen", "deren", "dessen"])
#: English relative pronouns that refer to a person ("which" may take up the statement).
_RELATIVES_EN = frozenset(["who", "whose", "whom"])
#: What stands right after an article (so "die" is not a relative pronoun: "die Lage").
_NOMINAL = frozenset(["NOUN", "PROPN", "ADJ", "ADJA", "NUM"])


def apposition_words(body: Sequence[Tok]) -> bool:
    """A phrase without a verb, clause or list that ends in a noun or name."""
    return (
        bool(body)
        and not any(x.tag in _NOT_IN_APPOSITION or x.text in ",;:" for x in body)
        and body[-1].tag in ("NOUN", "PROPN")
    )


def closing_apposition(toks: Sequence[Tok], comma: int, last: int, de: bool) -> bool:
    """Whether the tokens after the comma at ``comma`` up to ``last`` (the sentence's
    content end) are an apposition: a short noun phrase without a verb ("…, der Sprecher
    der Ambulanz.")."""
    body = list(toks[comma + 1 : last])
    if len(body) > 2 and body[-2].text == "," and body[-1].low in PARTICLES:
        body = body[:-2]  # "…, teilte der Direktor, Bagus Puruhito, mit."
    # "…, sagt X, Pressesprecher des LKA, zum STANDARD.": a prepositional phrase after
    # the apposition (whom it was said to) belongs to the frame
    addressed = [i for i, x in enumerate(body) if x.text == ","]
    if de and len(addressed) == 1 and len(body) <= 14:
        k = addressed[0]
        after = body[k + 1 :]
        if after and after[0].tag == "ADP" and apposition_words(after[1:]):
            body = body[:k]
    return (
        bool(body)
        and toks[comma].text == ","
        # English appositions run longer ("…, said X, research director at the
        # foundation and a co-author of the report.")
        and len(body) <= (10 if de else 20)
        and body[0].tag not in _NOT_APPOSITION_START
        and apposition_words(body)
    )


def _relative_clause(toks: Sequence[Tok], start: int, last: int, de: bool) -> bool:
    """Whether ``toks[start:last]`` is one relative clause on a person: a relative pronoun
    (after a preposition: "mit dem …") and, in German, the finite verb last."""
    if start >= last:
        return False
    k = start + 1 if toks[start].tag == "ADP" and start + 1 < last else start
    first = toks[k]
    body = toks[k + 1 : last]
    if not body or any(x.text in ",;:" or x.is_mark for x in body):
        return False
    if not de:
        return first.low in _RELATIVES_EN
    if first.low not in _RELATIVES_DE and not first.low.startswith("welch"):
        return False
    if body[0].tag in _NOMINAL:
        # "…, sagte X, die Polizei ermittle": an article (the tagger may read it as a
        # relative pronoun) and a main clause with its verb second, the statement
        return False
    verbs = [x for x in body if x.tag == "VFIN"]
    # the finite verb closes the clause ("die seit Jahren dort arbeitet"), and it is the
    # only one (a second would be a main clause's); a present tense in "-t" the tagger
    # read as a participle is one ("die den Unfall untersucht")
    return (len(verbs) == 1 and body[-1].tag == "VFIN") or (
        not verbs and body[-1].tag == "VPP" and body[-1].low.endswith("t")
    )


def closing_relative(toks: Sequence[Tok], comma: int, last: int, de: bool) -> int | None:
    """Where the speaker phrase ends when a relative clause on it closes the sentence:
    the comma that opens the relative clause, either ``comma`` itself ("…, sagte Anna Berg,
    die seit Jahren dort arbeitet.") or the one after an apposition ("…, sagte Anna Berg,
    die Leiterin der Klinik, die seit …"); None when the rest of the sentence is no such
    clause."""
    if comma >= last or toks[comma].text != ",":
        return None
    if _relative_clause(toks, comma + 1, last, de):
        return comma
    for c in range(comma + 2, last - 1):
        if toks[c].text == ",":
            if _relative_clause(toks, c + 1, last, de) and closing_apposition(toks, comma, c, de):
                return c
            return None
    return None


#: Tags of the words of a speaker phrase between a frame's verb and the comma after it.
_PHRASE_TAGS = frozenset(["DET", "ADJ", "ADJA", "NOUN", "PROPN", "NUM", "ADP", "POSS"])
#: Articles of a case other than the nominative: an object, not the speaker.
_OBLIQUE = frozenset(["den", "dem", "des", "einen", "einem", "eines", "einer"])


def frame_speaker(toks: Sequence[Tok], verb: int, comma: int) -> tuple[int, int] | None:
    """The noun phrase alone between a frame's verb at ``verb`` and the comma at ``comma``
    (without a verb particle after it: "teilte die Polizei mit"), or None: "sagte Anna
    Berg", not "meinte er damit die Kämpfe", "verwies auf Studien", "nannte den Grund"."""
    end = comma
    if end - 1 > verb and toks[end - 1].low in PARTICLES:
        end -= 1
    phrase = toks[verb + 1 : end]
    if (
        not phrase
        or phrase[0].tag == "ADP"
        or phrase[0].low in _OBLIQUE
        or not all(x.tag in _PHRASE_TAGS for x in phrase)
    ):
        return None
    return verb + 1, end


def closes_speaker(
    toks: Sequence[Tok], comma: int, last: int, de: bool, speaker: bool = False
) -> bool:
    """Whether all after the comma at ``comma`` still belongs to the speaker before it: an
    apposition, or (where ``speaker``: a phrase that can speak stands alone between the
    frame's verb and the comma, :func:`frame_speaker`) a relative clause, or both."""
    if closing_apposition(toks, comma, last, de):
        return True
    return speaker and closing_relative(toks, comma, last, de) is not None


def speaker_with_tail(
    toks: Sequence[Tok], np: tuple[int, int], last: int, de: bool
) -> tuple[int, int]:
    """A speaker phrase that closes the sentence, with the apposition after its comma
    ("sagte der Oberrabbiner Israels, Yona Metzger." / ", so Matthias Freude, Präsident des
    Landesumweltamtes."): the name and the role are one speaker; a relative clause after
    them is left out ("sagte Anna Berg, die Leiterin der Klinik, die seit …")."""
    e = np[1]
    if e >= last or toks[np[0]].tag in ("PRON", "REL"):
        return np
    if closing_apposition(toks, e, last, de):
        return (np[0], last)
    rel = closing_relative(toks, e, last, de)
    return (np[0], rel) if rel is not None and rel > e else np
