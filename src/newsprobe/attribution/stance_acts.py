"""Narrated speech acts that take a stance on something already there, rather than say
something new: "kritisierte die Pläne", "lehnte einen Boykott ab", "bestätigte den Vorfall",
"verteidigte den Kurs", "wies die Vorwürfe zurück", "äußerte sich zu dem Fall".

They stay narrated attributions (who reacted to what), typed ``narrated_stance`` instead of
``narrated_speech``, so that a reader (and a scorer) can tell them from acts that carry a
content of their own: a demand ("forderte den Rücktritt"), a warning ("warnte vor
Überschwemmungen"), a report ("berichtete von einem Knall"), an accusation ("warf ihm Betrug
vor"), an announcement, a name or a reason given ("nannte … als Grund").

With an "als" predicate the act does say something ("wies die Vorwürfe als haltlos zurück",
"kritisierte die Pläne als unsozial"): it stays ``narrated_speech``.

SpkAtt-2023 news leaves stance acts unannotated (read off the rule-development part: 9 of
10 "kritisieren", none of 5 "ablehnen", "verteidigen", "äußern"), while it marks content
acts as reported speech; ``newsprobe.eval`` reads the type that way.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprobe.attribution.view import Tok

#: Cue type of a narrated stance act.
NARRATED_STANCE = "narrated_stance"

#: Lemmas of acts that react to or judge an object already there (a plan, a claim, an
#: event), or declare a state by saying it ("rief den Notstand aus").  Complaints that
#: state a lack ("bemängeln", "monieren", "beanstanden") say something new and are not here.
STANCE_LEMMAS = frozenset(
    [
        "kritisieren", "ablehnen", "verteidigen", "zurückweisen", "bestreiten", "bestätigen",
        "dementieren", "begrüßen", "loben", "bedauern", "anprangern", "verurteilen",
        "würdigen", "rügen", "äußern", "ausrufen", "kommentieren",
        # English forms (the English rules read forms, not lemmas)
        "criticised", "criticized", "criticises", "criticizes", "rejected", "rejects",
        "defended", "defends", "denied", "denies", "deny", "confirmed", "confirms",
        "welcomed", "welcomes", "praised", "praises", "condemned", "condemns", "condemn",
        "dismissed", "dismisses", "disputed", "disputes",
    ]
)  # fmt: skip

#: Word classes that may follow "als" in a predicate ("als haltlos", "als Skandal").
_PREDICATE_TAGS = frozenset(["ADJ", "ADJD", "ADJA", "NOUN", "PROPN", "ADV", "DET", "NUM"])


def is_stance(lemma: str | None, toks: Sequence[Tok], start: int, end: int) -> bool:
    """Whether a narrated act of ``lemma`` whose object is ``toks[start:end]`` only takes a
    stance (see the module doc): a stance lemma without an "als" predicate."""
    if lemma not in STANCE_LEMMAS:
        return False
    for k in range(max(0, start), min(end, len(toks)) - 1):
        if toks[k].low in ("als", "as") and toks[k + 1].tag in _PREDICATE_TAGS:
            return False
    return True
