"""English requests, decisions and promises with a to-infinitive: "The union urged members
to reject the offer", "Officials decided to close the border", "He vowed to fight on".  The
infinitive clause is what was asked, decided or promised (the German counterpart is the
zu-infinitive after "forderte … auf", "beschloss", "kündigte an")."""

from __future__ import annotations

from newsprobe.attribution.lexicon import CueLexicon
from newsprobe.attribution.view import Tok

#: Verb forms whose to-infinitive is the content of the act (an object may stand between:
#: "urged members to …", "told reporters to …").
TO_VERBS = frozenset(
    [
        "urge", "urged", "urges", "ask", "asked", "asks", "promise", "promised", "promises",
        "vow", "vowed", "vows", "pledge", "pledged", "pledges", "agree", "agreed", "agrees",
        "demand", "demanded", "demands", "decide", "decided", "decides", "refuse", "refused",
        "refuses", "threaten", "threatened", "threatens", "warn", "warned", "warns", "tell",
        "told", "tells", "call", "called", "calls", "order", "ordered", "orders", "encourage",
        "encouraged", "encourages", "advise", "advised", "advises",
    ]
)  # fmt: skip
#: Words that cannot start an infinitive after "to" ("to the press", "to 2020").
_NOT_VERB_TAGS = frozenset(["DET", "POSS", "NUM", "PROPN", "PUNCT", "PRON", "ADP"])
#: How far the infinitive may stand from the verb (an object of a few words between).
_MAX_GAP = 6
#: Words that end the object before "to" (another clause begins).
_STOPS = frozenset(["that", "and", "but", "which", "who", "because", "while", "when"])


def to_infinitive(toks: list[Tok], t: Tok, last: int) -> tuple[int, int] | None:
    """``(start, end)`` token range of the to-infinitive clause the verb ``t`` governs, or
    None.  "called on X to …" and "called for" need their particle; "called X a liar" and
    "told reporters on Monday that …" have no infinitive."""
    if t.low not in TO_VERBS:
        return None
    k = t.i + 1
    if t.low.startswith("call"):
        if k >= last or toks[k].low != "on":
            return None
        k += 1
    end = min(last, t.i + 1 + _MAX_GAP)
    while k < end:
        x = toks[k]
        if x.low == "to" and k + 1 < last:
            nxt = toks[k + 1]
            if nxt.tag in _NOT_VERB_TAGS or not nxt.text[:1].islower() or not nxt.text.isalpha():
                return None
            stop = k + 1
            while (
                stop < last and toks[stop].text not in (",", ";", ":") and toks[stop].low != "but"
            ):
                stop += 1
            return k + 1, stop
        if x.text in (",", ";", ":", "(") or x.low in _STOPS or x.quote is not None:
            return None
        k += 1
    return None


#: Words that negate the verb right before it ("did not deny", "has never confirmed").
_NEGATIONS = frozenset(["not", "n't", "never", "no"])
#: Words that end a narrated act's object (a clause or an adjunct clause begins).
_OBJECT_ENDS = frozenset(
    ["that", "which", "who", "because", "while", "when", "after", "before", "as", "but", "and",
     "if", "since", "although", "though", "saying", "adding"]
)  # fmt: skip
#: Word classes of an object's words (at least one noun, name or number).
_OBJECT_HEADS = frozenset(["NOUN", "PROPN", "NUM"])


def narrated_object(
    toks: list[Tok],
    t: Tok,
    ce: int,
    last: int,
    with_object: frozenset[str],
    with_preps: dict[str, frozenset[str]],
) -> tuple[int, int] | None:
    """``(start, end)`` of the object of an English narrated speech act: "denied the
    allegations", "announced job cuts", "criticised the decision", "spoke of the crisis",
    "pointed to rising costs", "called for calm"; None where the verb is no such act, is
    negated ("did not deny …") or has no object with a noun.  ``with_object`` are the verb
    forms that take their topic as a direct object, ``with_preps`` those that need their
    preposition (it must open the object)."""
    if t.tag != "VFIN" or t.verb_reading is False:
        return None
    named = naming_object(toks, t, min(ce, last))
    if named is not None:
        return named
    preps = with_preps.get(t.low)
    if preps is None and t.low not in with_object:
        return None
    if any(toks[k].low in _NEGATIONS for k in range(max(0, t.i - 3), t.i)):
        return None
    a = t.i + 1
    if a < last and toks[a].low == "by":
        return None  # "Fraud claims rejected by court": a passive, its agent after it
    if preps is not None and (a >= last or toks[a].low not in preps):
        return None
    if preps is None and (a >= last or toks[a].tag in ("ADP", "ADV", "PUNCT")):
        return None  # "…, the minister announced on Monday.": an adjunct, no object
    end = min(ce, last)
    b = a + 1 if preps is not None else a  # the preposition opens the message
    while b < end:
        x = toks[b]
        if x.text in (",", ";", ":", "(") or x.low in _OBJECT_ENDS:
            break
        if x.tag == "VFIN":
            return None  # "suggested US companies had …": the subject of a content clause
        b += 1
    if b <= a or not any(x.tag in _OBJECT_HEADS or x.quote is not None for x in toks[a:b]):
        return None
    if toks[a].tag in ("PRON",) and b == a + 1:
        return None  # "denied it": the content is elsewhere
    return a, b


#: Verbs that name what they are about by a quoted word ("called it "a reckless spree"").
_NAMING = frozenset(
    ["called", "calls", "call", "dubbed", "dubs", "labelled", "labeled", "labels",
     "branded", "brands", "termed", "terms"]
)  # fmt: skip
#: The most words of the object before the quoted name ("called the new tax plan …").
_NAMED_OBJECT = 5


def naming_object(toks: list[Tok], t: Tok, end: int) -> tuple[int, int] | None:
    """``(start, end)`` of what a naming verb says of its object: "called it "a reckless
    spending spree"", "dubbed the plan "Robin Hood in reverse"" — the object and the
    quote, a partial statement; None without a quote right after a short object."""
    if t.low not in _NAMING:
        return None
    k = t.i + 1
    while k < end and k - t.i <= _NAMED_OBJECT and toks[k].quote is None:
        if toks[k].text in (",", ";", ":") or toks[k].tag == "VFIN":
            return None
        k += 1
    if k >= end or k == t.i + 1 or toks[k].quote is None or not toks[k].is_mark:
        return None
    qid = toks[k].quote
    j = k + 1
    while j < end and toks[j].quote == qid:
        j += 1
    return t.i + 1, j


#: Word classes that open a clause's subject ("she", "the plan", "people", "36%").
_SUBJECT_OPENERS = frozenset(["PRON", "DET", "NOUN", "PROPN", "NUM", "POSS", "ADJ"])
#: Verb forms that take a that-less content clause ("said she would", "told reporters it
#: was"); forms of acts told by their object ("denied the report") do not.
_THAT_LESS = frozenset(
    ["said", "says", "say", "added", "adds", "told", "tells", "wrote", "writes", "argued",
     "argues", "insisted", "insists", "claimed", "claims", "stressed", "stresses", "noted",
     "notes", "explained", "explains", "believes", "believed", "thinks", "thought",
     "estimated", "estimates", "predicted", "predicts", "warned", "warns", "suggested",
     "suggests", "recalled", "recalls", "maintained", "maintains", "conceded", "concedes",
     # the plural present ("Villagers allege the chief takes bribes")
     "allege", "alleges", "alleged", "insist", "argue", "claim", "admit", "admits",
     "admitted", "acknowledge", "acknowledges", "acknowledged", "concede", "suggest",
     "stress", "note", "explain", "warn", "predict", "recall", "maintain", "write",
     "think", "believe"]
)  # fmt: skip


def that_less_clause(toks: list[Tok], t: Tok, k: int, ce: int) -> bool:
    """Whether the cue verb ``t`` governs a content clause without "that" starting at
    ``toks[k]``: "She said she eats a low-carb diet", "He said people now hold doors for
    her".  The word after the verb opens a subject, and HanTa, reading the words up to the
    cue clause's end as a clause of their own, finds a finite verb among them (the word
    lists know no "eats" or "hold")."""
    from newsprobe.language.pos_en import FINITE, clause_tags

    if t.low not in _THAT_LESS or k >= ce - 1 or toks[k].tag not in _SUBJECT_OPENERS:
        return False
    words = toks[k:ce]
    if any(x.quote is not None for x in words[:2]):
        return False
    tags = clause_tags([x.text for x in words])
    # the subject's first word is no verb; a finite verb after it makes the clause
    return tags[0] not in FINITE and any(tag in FINITE for tag in tags[1:])


#: Words a title list may join besides commas ("chairman, CEO and president").
_TITLE_JOINERS = frozenset(["and", "&"])
#: The most words of one title in a list ("chief operating officer").
_TITLE_WORDS = 3


def _title_word(x: Tok) -> bool:
    """A word of a title: a lower-case noun or adjective, or an acronym ("CEO", "CFO")."""
    if x.quote is not None or x.is_mark or x.tag not in ("NOUN", "PROPN", "ADJ"):
        return False
    return x.text.islower() or (x.text.isupper() and len(x.text) > 1)


def title_list_start(toks: list[Tok], cs: int) -> int:
    """Where a speaker phrase that opens with a list of titles starts, for a frame after a
    quote: in `"…," chairman, CEO and president Craig Menear said` the cue's clause starts
    at "CEO" (the comma cut it), and the titles before it belong to the speaker.  Moves
    ``cs`` back over comma-separated titles while a quotation mark or comma closes what
    stands before them; ``cs`` itself where nothing moves."""
    k = cs
    while k >= 2 and toks[k - 1].text == ",":
        j = k - 2
        start = j
        while start >= 0 and j - start < _TITLE_WORDS and _title_word(toks[start]):
            start -= 1
        start += 1
        if start > j:
            break
        k = start
    if k == cs or k == 0:
        return cs
    before = toks[k - 1]
    return k if before.is_mark else cs


#: Forms of "be" before a participle: a passive ("were rejected").
BE_FORMS = frozenset(["is", "are", "was", "were", "be", "been", "being"])
#: The same with the clitic ("it's said").
_BE = BE_FORMS | {"'s", "’s"}
#: Irregular participles of cue verbs (the regular ones end in "-ed").
_IRREGULAR_PARTICIPLES = frozenset(["told", "said", "written", "thought", "known", "felt"])


def passive_participle(toks: list[Tok], t: Tok) -> bool:
    """Whether the cue word ``t`` is a passive participle after a form of "be" (an adverb
    may stand between): "Safety fears were dismissed, the minister said", "The plan was
    announced on Monday" — what it governs is no statement of its subject.  An expletive
    "it" keeps the agentless statement ("It was announced that …")."""
    if not (t.low.endswith("ed") or t.low in _IRREGULAR_PARTICIPLES):
        return False
    k = t.i - 1
    while k >= 0 and toks[k].tag == "ADV":
        k -= 1
    return k >= 0 and toks[k].low in _BE and not (k > 0 and toks[k - 1].low == "it")


#: Word classes of a speaker phrase between a quote and its verb ("“…,” Baker added").
_FRAME_SUBJECT = frozenset(["DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM", "POSS"])


def frame_after_quote(toks: list[Tok], cs: int, t: Tok) -> int:
    """Where the frame after a quote starts: right after the quote's closing mark (or the
    comma after it), where nothing but a short speaker phrase stands between it and the
    verb and the quote opens the sentence — `"The hype sells," said Baker`, `"Money
    talks," Baker added` (`it can be a "double-edged sword," said X` keeps the words
    before the quote).  A short quote
    with no verb the word lists know leaves the clause opening at the sentence's start;
    ``cs`` itself where no quote closes before the frame."""
    j = t.i - 1
    while j > cs and t.i - j <= 6 and toks[j].quote is None and toks[j].tag in _FRAME_SUBJECT:
        j -= 1
    comma = j >= 0 and toks[j].text == "," and toks[j].quote is None
    k = j - 1 if comma else j
    if k < cs or not toks[k].is_mark or toks[k].quote is None:
        return cs
    if k + 1 < len(toks) and toks[k + 1].quote == toks[k].quote:
        return cs  # an opening mark: the quote follows
    opening = next(x for x in range(k + 1) if toks[x].quote == toks[k].quote)
    if any(x.tag != "PUNCT" for x in toks[:opening]):
        return cs  # 'But it can be a "double-edged sword," said X': a partial statement
    return j + 1


#: Words that join a second predicate to the first ("… and insisted that …").
_COORDINATORS = frozenset(["and", "but"])


def coordinated(toks: list[Tok], t: Tok) -> int:
    """The index of the "and"/"but" that joins the verb ``t`` to a predicate before it (an
    adverb may stand between: "and then insisted"); 0 where none does (nothing to look
    back at)."""
    k = t.i - 1
    while k >= 0 and toks[k].tag == "ADV":
        k -= 1
    return k if k > 0 and toks[k].low in _COORDINATORS else 0


#: Auxiliaries and modals before a negated verb ("did not say", "has not indicated").
_NEGATED_AUX = frozenset(
    ["do", "does", "did", "has", "have", "had", "will", "would", "could", "can", "should",
     "may", "might", "must", "is", "are", "was", "were"]
)  # fmt: skip
#: Verbs whose negation is still a statement ("did not deny that …" says something).
_DENIALS = frozenset(["deny", "denies", "denied", "dispute", "disputes", "disputed"])


def negated_speech(toks: list[Tok], t: Tok) -> bool:
    """An English speech verb its frame negates: "has not indicated it will …", "did not
    say whether …", "never confirmed the figures" — the speaker did not say it, so what
    follows is no statement of theirs (the English counterpart of ``denied_frame``).
    Verbs of denial keep their statement."""
    if t.low in _DENIALS:
        return False
    k = t.i - 1
    while k >= 0 and toks[k].tag == "ADV" and toks[k].low not in _NEGATIONS:
        k -= 1
    if k < 0 or toks[k].low not in _NEGATIONS:
        return False
    if toks[k].low == "never":
        return True
    return k > 0 and toks[k - 1].low in _NEGATED_AUX


def hyphen_compound(toks: list[Tok], t: Tok) -> bool:
    """The cue word ends a hyphenated compound ("so-called", "self-styled", "long-awaited
    report"): an adjective, no verb."""
    return t.i > 0 and toks[t.i - 1].text == "-" and toks[t.i - 1].end == t.start


#: Words before "to" that keep the infinitive a statement ("went on to say", "continued
#: to insist").
_GO_ON = frozenset(["on", "continued", "continues", "continue", "proceeded", "proceeds"])


def bare_infinitive(toks: list[Tok], t: Tok) -> bool:
    """The cue word is an infinitive after "to" that says nothing yet: "This is not to
    say …", "seems to believe", "declined to say whether", "is expected to announce" —
    unless the speaker goes on to say it ("went on to say that …", "continued to
    insist")."""
    if t.i == 0 or toks[t.i - 1].low != "to":
        return False
    return not (t.i > 1 and toks[t.i - 2].low in _GO_ON)


def no_english_cue(toks: list[Tok], t: Tok, ctype: str) -> bool:
    """An English cue word that is no cue here: HanTa reads it as a noun or adjective
    ("Member states said", "her white pointed pumps"), a passive participle, the end of a
    hyphenated compound, an infinitive that says nothing yet, a speech verb its frame
    negates, the verb of a condition ("if the board agrees") or a feeling ("felt
    alone")."""
    return (
        t.verb_reading is False
        or passive_participle(toks, t)
        or hyphen_compound(toks, t)
        or bare_infinitive(toks, t)
        or (ctype == "speech_verb" and negated_speech(toks, t))
        or conditional_clause(toks, t)
        or felt_state(toks, t)
    )


#: Words that open a condition ("if the union agrees", "unless the court finds").
_CONDITIONS = frozenset(["if", "unless"])
#: Words that end the look back for a condition (another clause opens before the cue's).
_CLAUSE_STOPS = frozenset(["that", "because", "and", "but", "while", "when", "so"])
#: The most words between a condition's "if" and its verb ("if the US administration
#: agrees").
_CONDITION_WORDS = 8


def conditional_clause(toks: list[Tok], t: Tok) -> bool:
    """The cue verb is the verb of a condition: "even if the administration agrees to
    pay", "Unless the court finds that …" — what would be said is no statement."""
    for k in range(t.i - 1, max(-1, t.i - 1 - _CONDITION_WORDS), -1):
        x = toks[k]
        if x.low in _CONDITIONS and x.quote is None:
            return not (k > 0 and toks[k - 1].low == "as")  # "as if": a manner
        if x.text in (",", ";", ":") or x.quote is not None or x.low in _CLAUSE_STOPS:
            return False
        if x.tag == "VFIN" and x.low not in _AUX_BEFORE_ADVERB:
            return False  # another verb: the cue is no condition's verb
    return False


#: Forms of "feel".
_FEEL = frozenset(["feel", "feels", "felt", "feeling"])
#: Words after "felt" that tell a state, not a thought ("felt like", "felt so alone").
_STATE_WORDS = frozenset(["like", "so", "very", "too", "more", "less", "much", "really"])


def felt_state(toks: list[Tok], t: Tok) -> bool:
    """ "felt "invisible."", "felt so alone", "felt like an outsider": a feeling, told by an
    adjective after "feel", no thought with a content (unlike "felt that …")."""
    if t.low not in _FEEL:
        return False
    from newsprobe.language.pos_en import readings

    k = t.i + 1
    while k < len(toks) and toks[k].is_mark:
        k += 1
    if k >= len(toks):
        return False
    x = toks[k]
    if x.tag == "ADJ" or x.low in _STATE_WORDS:
        return True
    # a quoted word is tagged as part of the quote: its likeliest reading tells
    return x.quote is not None and readings(x.text)[:1] == ("JJ",)


def earlier_cue_verb(toks: list[Tok], t: Tok, lex: CueLexicon) -> Tok | None:
    """The cue verb of the first predicate when ``t`` opens a second one after "and"/"but"
    ("he suggested …, without providing specifics, and insisted that …", "The mayor denied
    the report but promised an inquiry"): both share its subject.  Else the finite verb
    of the first predicate nearest the "and" ("The president thanked the nation and said
    the funeral would …": the president speaks, not "the funeral").  None without one."""
    k = coordinated(toks, t)
    nearest = None
    for j in range(k - 1, -1, -1):
        x = toks[j]
        if x.quote is None and x.tag == "VFIN" and lex.verb_type(x.low):
            return x
        if x.quote is None and nearest is None and _past_predicate(toks, x):
            nearest = x
    return nearest


def _past_predicate(toks: list[Tok], x: Tok) -> bool:
    """A finite verb, or a form in "-ed" the word lists read as a participle with no
    auxiliary before it ("Mahama thanked the nation"): a simple past."""
    if x.tag == "VFIN":
        return True
    if x.tag != "VPP" or not x.low.endswith("ed") or x.i == 0:
        return False
    before = toks[x.i - 1]
    return before.low not in _BE and before.low not in ("has", "have", "had", "having")


#: Auxiliaries an adverb may follow before the verb ("has long argued", "had firmly said").
_AUX_BEFORE_ADVERB = _NEGATED_AUX | frozenset(["am", "be", "been", "having"])


def adverb_after_auxiliary(toks: list[Tok], np: tuple[int, int], verb: int) -> bool:
    """The phrase ``np`` found right before the verb is one lower-case word after an
    auxiliary: an adverb the word lists read as a noun or adjective ("has long argued",
    "have broadly agreed"), no subject."""
    a, b = np
    if b != verb or b - a != 1 or a == 0:
        return False
    x = toks[a]
    if x.tag in _NOT_VERB_TAGS:
        return False  # "may have a point": an article opens an object
    return x.text.islower() and toks[a - 1].low in _AUX_BEFORE_ADVERB
