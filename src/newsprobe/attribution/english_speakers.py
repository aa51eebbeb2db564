"""English statements whose speaker stands away from the cue, read for the speaker
resolution where the cue rules gave no speaker phrase (readers of
:data:`newsprobe.attribution.speaker_resolution` in the ``unframed`` style):

* the passive of quoting: "Tom Brown was quoted as saying that …", "She is quoted as
  saying …" — the subject of "was quoted" speaks;
* a participle of saying that carries on its clause's subject: "Experts are skeptical
  about the plan, saying it won't be cheap" — the subject of the clause the participle
  follows speaks;
* the phrase that opens a sentence before a relative clause or an apposition between
  commas: "ConocoPhillips, whom the authorities owe $10 billion, has signaled …";
* an infinitive a speaker goes on to: "He went on to say that …", "She continued to
  insist …" — the subject of the verb before it.

Both give the subject phrase to the phrase reader, so a pronoun or a description in it is
resolved as any other speaker phrase is.
"""

from __future__ import annotations

from newsprobe.attribution import unframed as uf
from newsprobe.model import Speaker, Token

#: The most words of an opening adverbial before its comma ("In early 2022, …").
_OPENING = 5
#: Forms of "be" before "quoted".
_BE = frozenset(["was", "is", "were", "are", "been", "be"])
#: Participles of saying that carry on their clause's subject.
_PARTICIPLES = frozenset(["saying", "adding", "arguing", "claiming", "insisting", "noting",
                          "warning", "explaining", "stressing", "calling", "describing",
                          "pointing", "telling", "suggesting", "acknowledging"])  # fmt: skip
#: Words that end a subject phrase read backwards (a clause or another phrase begins).
_CLAUSE_WORDS = frozenset(
    ["that", "which", "who", "because", "while", "when", "after", "before", "if", "since",
     "although", "though", "and", "but"]
)  # fmt: skip


def quoted_as_saying(ask: uf.Ask) -> Speaker | None:
    """ "X was quoted as saying …": the phrase before "was quoted"."""
    cue = ask.att.cue
    toks = _before_cue(ask)
    if cue is None or cue.text.lower() != "saying" or len(toks) < 4:
        return None
    if toks[-1].text.lower() != "as" or toks[-2].text.lower() != "quoted":
        return None
    k = len(toks) - 3
    while k >= 0 and toks[k].text.lower() in _BE | {"has", "have", "had", "also", "widely"}:
        k -= 1
    subject = _subject_before(toks, k)
    if not subject:
        return None
    return _named(ask, subject)


def participle_subject(ask: uf.Ask) -> Speaker | None:
    """ "Experts are skeptical about the plan, saying …": the subject of the sentence's
    first clause, where a comma sets the participle off it."""
    cue = ask.att.cue
    toks = _before_cue(ask)
    if cue is None or cue.text.lower() not in _PARTICIPLES or len(toks) < 3 or toks[-1].text != ",":
        return None
    subject = _opening_subject(toks[:-1])
    return _named(ask, subject) if subject else None


def infinitive_subject(ask: uf.Ask) -> Speaker | None:
    """ "He went on to say that …", "The mayor continued to insist …": the subject of the
    verb the infinitive follows."""
    toks = _before_cue(ask)
    if len(toks) < 3 or toks[-1].text.lower() != "to":
        return None
    subject = _opening_subject(toks[:-1])
    return _named(ask, subject) if subject else None


def interrupted_subject(ask: uf.Ask) -> Speaker | None:
    """ "ConocoPhillips, whom the authorities owe $10 billion, has signaled it will …",
    "Jane Doe, a nurse in Dallas, has long argued …": the phrase that opens the sentence
    before a relative clause or an apposition set off by commas, where only auxiliaries
    and adverbs stand between the second comma and the cue."""
    toks = _before_cue(ask)
    first = next((k for k, t in enumerate(toks[: _OPENING + 1]) if t.text == ","), None)
    if not first or first + 1 >= len(toks) or toks[first + 1].text.lower() not in _INSERTS:
        return None
    second = max((k for k, t in enumerate(toks) if t.text == ","), default=first)
    if second == first or any(t.text.lower() not in _AUXILIARIES for t in toks[second + 1 :]):
        return None
    return _named(ask, toks[:first])


#: Words that open a relative clause or an apposition between commas.
_INSERTS = frozenset(["who", "whom", "whose", "which", "a", "an", "the"])
#: Auxiliaries and adverbs between an insertion's comma and the cue ("has long argued").
_AUXILIARIES = frozenset(
    ["has", "have", "had", "is", "was", "were", "are", "also", "already", "now", "again",
     "long", "repeatedly", "reportedly", "since", "then", "later", "previously", "often",
     "once", "publicly", "recently"]
)  # fmt: skip


def _opening_subject(toks: list[Token]) -> list[Token] | None:
    """The subject that opens a clause: its words before the first finite verb (HanTa's
    tags of the clause), after an opening adverbial and its comma ("Yet, …", "In 2022,
    …"); None where a clause word or a comma stands before the verb, or no noun or
    pronoun does."""
    from newsprobe.language.pos_en import FINITE, clause_tags

    comma = next((k for k, t in enumerate(toks[: _OPENING + 1]) if t.text == ","), None)
    if comma is not None and comma < len(toks) - 1:
        toks = toks[comma + 1 :]
    if not toks:
        return None
    tags = clause_tags([t.text for t in toks])
    end = next((k for k, tag in enumerate(tags) if tag in FINITE), None)
    if not end or not any(tag.startswith(("NN", "PRP")) for tag in tags[:end]):
        return None
    if any(t.text in (",", ";", ":") or t.text.lower() in _CLAUSE_WORDS for t in toks[:end]):
        return None  # an opening clause or phrase, not the subject
    return toks[:end]


def _subject_before(toks: list[Token], k: int) -> list[Token]:
    """The noun phrase that ends at ``toks[k]``, read back to a comma, a clause word or the
    sentence start."""
    j = k
    while (
        j >= 0 and toks[j].text not in (",", ";", ":") and toks[j].text.lower() not in _CLAUSE_WORDS
    ):
        j -= 1
    return toks[j + 1 : k + 1]


def _before_cue(ask: uf.Ask) -> list[Token]:
    """The tokens of the cue's sentence before the cue (none without a cue)."""
    cue, art = ask.att.cue, ask.art
    if cue is None:
        return []
    return art.tokens(art.sent_starts[art.sentence_of(cue.start)], cue.start)


def _named(ask: uf.Ask, toks: list[Token]) -> Speaker | None:
    found = ask.phrase(ask.att, toks, ask.art, ask.done, ask.antecedents, depth=1)
    return found if found.name else None
