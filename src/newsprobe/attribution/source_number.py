"""A bare noun as the subject of a singular verb of writing or reporting is a publication.

German writes every noun capitalised, so "schreibt Techradar" and "warnen Experten" look
alike; classify types a bare noun with no determiner as an unnamed group ("Experten warnen":
anonymous).  A group is plural, though, and its verb with it; a bare noun whose every
statement has a finite verb in the singular ("schreibt Techradar", "berichtete France24") is
the name of one source the lexicon does not know; where each of its statements writes,
reports or comments, a publication.  Other singular verbs are left alone: "Ziel sei es",
"Stand ist" are slips of the speaker phrase more often than names.
"""

from __future__ import annotations

from bisect import bisect_left

from newsprobe.attribution.lexicon import SourceLexicon
from newsprobe.attribution.source_types import Typing
from newsprobe.model import Analysis, SourceType, Token

#: The reason classify gives a bare noun without a determiner.
GROUP_REASON = "unnamed group ("
#: The reason classify gives a name it cannot type.
NAMED_REASON = "named, of no known kind"
_FINITE = frozenset(["VVFIN", "VAFIN", "VMFIN"])
#: Lemmas of writing, reporting or commenting: a name that only does these is a publication.
_PUBLISHING = ("bericht", "schreib", "meld", "kommentier")


def by_verb_number(
    typing: Typing,
    analysis: Analysis,
    words: list[Token],
    statements: list[int],
    starts: list[int],
    lex: SourceLexicon,
) -> Typing:
    """The typing of a bare noun that every statement's singular verb makes a name (and of
    a one-word name of no known kind that only writes or reports: a publication)."""
    group = not typing.named and typing.reason.startswith(GROUP_REASON)
    if not (group or typing.reason == NAMED_REASON) or len(words) != 1:
        return typing
    word = words[0].text
    if lex.head_type(word) is not None or lex.is_vague(word) or not statements:
        return typing
    if word.endswith("en") and not any(c.isupper() or c.isdigit() for c in word[1:]):
        return typing  # a plural noun ("Veränderungen") a tagging slip made singular
    lemmas = []
    for aid in statements:
        cue = analysis.attributions[aid].cue
        if cue is None:
            return typing
        k = bisect_left(starts, cue.start)
        verb = analysis.tokens[k] if k < len(analysis.tokens) else None
        if verb is None or verb.pos not in _FINITE or verb.text.lower().endswith("n"):
            return typing  # no finite verb, or a plural one ("berichten", "warnten")
        lemmas.append((cue.lemma or verb.lemma or verb.text).lower())
    if all(lemma.startswith(_PUBLISHING) for lemma in lemmas):
        return Typing(SourceType.MEDIA, True, f"{word}: a name that reports (a publication)")
    # a bare singular noun that says or means something ("Ziel sei es", "Stand ist") is
    # more often a slip of the speaker phrase than a name: left as it was
    return typing
