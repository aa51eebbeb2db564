"""Whether an untagged English word of saying stands as a noun, not as its clause's verb.

English text carries no part-of-speech tags here, and many verbs of saying share their form
with a noun ("claims", "reports", "warns" / "warning"). A headline whose saying word is a noun
("Fraud claims rejected by court", "Police reject the report") reports no one's words: the
word is its subject or object. :func:`noun_reading` reads the word's place, not the word:

- after a determiner, possessive, quantifier or preposition ("the claims", "its report",
  "over claims") — a finite verb never follows those directly;
- right before an auxiliary or modal ("Fraud claims were false", "claims will be heard") —
  a verb of saying is followed by what is said, never by another finite verb;
- right before a past participle that ends the clause or opens its agent or adjunct
  ("Fraud claims rejected by court") — "Company reports increased profits" keeps its verb;
- before a preposition whose phrase is followed, in the same clause, by a finite auxiliary
  or a closing participle ("Claims of fraud were rejected", "Short-seller claims against the
  firm are false", "Reports of abuse dismissed by inquiry"); "Police warn of floods as river
  rises" keeps its verb.

The attribution rules (:mod:`newsprobe.attribution.verb_cues`) make no attribution at a noun
reading, and the claims layer reads a headline's own verb of saying with the same test.
German text is tagged (STTS), and its nouns ("Berichte", "Warnungen") never reach here.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Closed classes after which no finite verb stands ("to" and "that" do: "to say", "a
#: report that says").
_BEFORE_NOUN = frozenset(
    {"the", "a", "an", "these", "those", "his", "her", "its", "their", "our", "my", "your",
     "no", "of", "over", "after", "about", "against", "amid", "despite", "on", "in", "for",
     "with", "by", "from", "into", "at", "under", "behind", "following", "without"}
)  # fmt: skip
#: Quantifiers: subjects of a plural verb ("many say"), determiners of a plural noun ("many
#: claims"): before a form in -s, a noun.
_QUANTIFIERS = frozenset({"more", "many", "several", "few", "some", "such", "both", "new"})
#: Auxiliaries and modals: a second finite verb.
_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
     "might", "must", "should", "be", "been", "prove", "proved"}
)  # fmt: skip
#: Finite auxiliaries and modals, the verb of a clause whose subject the saying word heads.
_FINITE = _AUXILIARIES - {"be", "been", "prove"}
#: Prepositions that open a noun's complement ("claims of fraud", "claims against Solaris").
_PREPOSITIONS = frozenset({"of", "against", "about", "over", "into", "on", "in"})
#: Words that open an agent or adjunct after a participle ("rejected by court").
_ADJUNCT = frozenset(
    {"by", "as", "after", "in", "over", "amid", "at", "on", "for", "before", "despite", "again"}
)
#: Words that end a clause in a headline.
_CLAUSE_END = frozenset(
    {"as", "after", "while", "when", "because", "but", "and", "since", "that", "which", "who",
     "if", ",", ":", ";", "-", "–", "—"}
)  # fmt: skip


def _participle(low: str) -> bool:
    return low.endswith("ed") and len(low) > 4


def noun_reading(lows: Sequence[str], k: int) -> bool:
    """Whether ``lows[k]`` (lower-case token texts of one untagged English clause) stands as a
    noun by its place (see the module doc)."""
    prev = lows[k - 1] if k > 0 else ""
    nxt = lows[k + 1] if k + 1 < len(lows) else ""
    after = lows[k + 2] if k + 2 < len(lows) else ""
    if prev in _BEFORE_NOUN:
        return True
    if not lows[k].endswith("s") or lows[k].endswith("ss"):
        return False  # only a plural form in -s is both a noun and a finite verb
    if prev in _QUANTIFIERS or prev.isdigit():
        return True
    if nxt in _AUXILIARIES:
        return True
    if _participle(nxt) and (not after or after in _ADJUNCT):
        return True
    if nxt in _PREPOSITIONS:
        rest = lows[k + 2 :]
        for j, low in enumerate(rest):
            if low in _CLAUSE_END:
                return False
            if low in _FINITE or (
                _participle(low) and (j + 1 == len(rest) or rest[j + 1] in _ADJUNCT)
            ):
                return True
    return False
