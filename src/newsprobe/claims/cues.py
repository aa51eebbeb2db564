"""Finding certainty cues in a sentence: lexicon matches plus the rules that decide the
ambiguous ones (reportative "soll", "scheinen … zu", epistemic modals, Konjunktiv I)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsprobe.attribution.english_nouns import noun_reading
from newsprobe.claims import directive
from newsprobe.claims.lexicon import Entry, Lexicon
from newsprobe.claims.units import SentenceView, Tok
from newsprobe.model import ClaimStatus

#: Cue types whose effect a directly preceding negation cancels ("nicht offenbar").
NEGATABLE = frozenset({"hedge", "hedge_phrase", "epistemic_modal", "hedge_verb"})
#: Types matched as cues of certainty (status hedged).
HEDGE_TYPES = frozenset(
    {
        "hedge",
        "hedge_phrase",
        "unconfirmed",
        "epistemic_modal",
        "reportative_modal",
        "hedge_verb",
        "conditional",
    }
)
_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "der",
        "die",
        "das",
        "ein",
        "eine",
        "einen",
        "dem",
        "den",
        "des",
    }
)
_EN_IRREGULAR_SAID = frozenset({"said", "told", "wrote", "says", "tells", "writes"})
#: Tok.is_finite's tags, as a set.
_FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})


@dataclass(frozen=True, slots=True)
class Found:
    """A cue found in a sentence: tokens ``first``..``last`` of the view."""

    first: int
    last: int
    type: str
    status: ClaimStatus
    weight: float
    key: str  # the lexicon entry, or the rule's name

    def length(self) -> int:
        return self.last - self.first + 1


def find_cues(view: SentenceView, lex: Lexicon) -> list[Found]:
    """Every cue in the sentence, overlapping matches resolved in favour of the longest."""
    toks = view.toks
    found: list[Found] = []
    german = lex.language == "de"
    cached = lex._cache.get  # Lexicon.candidates' cache, read here first (most words: none)
    for k, tok in enumerate(toks):
        entries = cached((tok.low, tok.claim_lemma))
        if entries is None:
            entries = lex.candidates(tok.low, tok.claim_lemma)
        for entry in entries:
            last = _match(entry, toks, k)
            if last is None or not _context_ok(entry, toks, k, last, lex, view):
                continue
            found.append(
                Found(k, last, entry.type.name, entry.type.status, entry.type.weight, entry.key)
            )
        if german and tok.pos in _FINITE_TAGS:
            if tok.token_mood == "subj1" and not _idiom_subj(toks, k):
                found.append(
                    Found(k, k, "subjunctive", ClaimStatus.ATTRIBUTED, 1.0, "konjunktiv i")
                )
            elif tok.token_mood == "subj2" and _reported_subj2(view, k, lex):
                found.append(
                    Found(k, k, "subjunctive", ClaimStatus.ATTRIBUTED, 1.0, "konjunktiv ii")
                )
    return _resolve(_with_directives(view, lex, found))


def _with_directives(view: SentenceView, lex: Lexicon, found: list[Found]) -> list[Found]:
    """``found`` plus the sentence's directive cue (the shapes :mod:`.directive` finds in
    code), without the Konjunktiv and speech verbs of what a directive imagines."""
    spans = [(c.first, c.last) for c in found if c.type == directive.TYPE]
    if not spans and (span := directive.directive_cue(view, lex)) is not None:
        found.append(
            Found(*span, directive.TYPE, ClaimStatus.OPINION, directive.WEIGHT, "directive")
        )
        spans.append(span)
    if not spans:
        return found
    return [c for c in found if not directive.imagined(view, c.type, c.first)]


def _match(entry: Entry, toks: list[Tok], k: int) -> int | None:
    n = len(entry.words)
    if k + n > len(toks):
        return None
    for j in range(1, n):
        t = toks[k + j]
        if not entry.matches_word(j, t.low, t.claim_lemma):
            return None
    return k + n - 1


def _context_ok(
    entry: Entry, toks: list[Tok], k: int, last: int, lex: Lexicon, view: SentenceView
) -> bool:
    tok = toks[k]
    prev = toks[k - 1].low if k > 0 else ""
    nxt = toks[last + 1].low if last + 1 < len(toks) else ""
    ctx = entry.context
    if prev in ctx.not_prev or nxt in ctx.not_next:
        return False
    if ctx.not_in_clause and any(t.claim_lemma in ctx.not_in_clause for t in toks):
        return False
    if ctx.needs_after and not any(t.low in ctx.needs_after for t in toks[last + 1 : last + 7]):
        return False
    if ctx.needs_before and not any(
        t.low in ctx.needs_before or t.claim_lemma in ctx.needs_before
        for t in toks[max(0, k - 3) : k]
    ):
        return False
    kind = entry.type.name
    if tok.pos is not None and len(entry.words) == 1:
        noun = tok.pos.startswith(("NN", "NE"))
        if entry.noun != noun and (entry.noun or kind in _EVALUATIVE):
            return False
        if kind in _EVALUATIVE and tok.pos.startswith("V") and entry.words[0].endswith("*"):
            return False  # "erschüttert" (shakes) is no "erschüttert*" (shocked)
    if entry.type.verb:
        if tok.pos is not None and not tok.pos.startswith("V"):
            return False
        if tok.pos is None and lex.language != "de" and not _english_verb_form(tok, prev, nxt):
            return False
        if tok.pos is None and lex.language != "de" and noun_reading([t.low for t in toks], k):
            return False  # "Fraud claims rejected by court": the claims are a noun
        if _negated(toks, k, lex) or (k > 1 and toks[k - 2].low in lex.word_set("negation")):
            return False  # "wollte sich nicht äußern": the outlet reports a refusal
        if tok.pos == "VVPP" and not _active_perfect(toks, k):
            return False  # "ist eine Mahnwache angekündigt": agentless passive
    if kind in NEGATABLE and _negated(toks, k, lex):
        return False
    if kind == "reportative_modal":
        return reportative_modal(view, k, lex)
    if kind == "directive":
        return directive.at_opening(view, k, lex)
    if kind == "hedge_verb":
        return _seems_to(toks, k, last, lex.language)
    if kind == "conditional":
        return _condition(toks, k, lex)
    if kind == "epistemic_modal":
        return _epistemic(toks, k, last, lex.language)
    if kind in (
        "first_person",
        "exclamation",
        "deontic",
        "opinion",
        "opinion_strong",
        "intensifier",
        "rhetorical",
    ):
        return not any(t.quoted for t in toks[k : last + 1])
    return True


_EVALUATIVE = frozenset({"opinion", "opinion_strong"})


def _active_perfect(toks: list[Tok], k: int) -> bool:
    """A participle/infinitive speech verb after a finite "haben" or modal ("hat gesagt",
    "will betonen"), not a passive ("ist angekündigt", "wurde mitgeteilt")."""
    return any(t.is_finite and (t.claim_lemma == "haben" or t.pos == "VMFIN") for t in toks[:k])


def _reported_subj2(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """Konjunktiv II standing in for Konjunktiv I in reported speech ("hätten … erfahren"):
    "haben"/"sein" with a participle, no first person, nothing conditional in the sentence."""
    toks = view.toks
    tok = toks[k]
    if tok.claim_lemma not in ("haben", "sein"):
        return False
    near = {t.low for t in toks[max(0, k - 2) : k + 3]}
    if near & {"ich", "wir"}:
        return False
    conditional = lex.word_set("conditional")
    if any(t.low in conditional for t in toks if t is not tok):
        return False
    return any(
        t.pos is not None and t.pos.startswith("V") and not t.is_finite for t in toks[k + 1 :]
    )


_EN_VERB_NEXT = frozenset(
    {
        "that",
        "the",
        "a",
        "an",
        "it",
        "they",
        "he",
        "she",
        "we",
        "i",
        "you",
        "there",
        "this",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "no",
        '"',
        "“",
        ",",
        ":",
    }
)


def _english_verb_form(tok: Tok, prev: str, nxt: str) -> bool:
    """Without tags: "said", "warned", "says", "found" — or a base form that introduces a clause
    ("leaders say the dispute …"), never after a determiner ("the report")."""
    if prev in _DETERMINERS:
        return False
    if tok.low in _EN_IRREGULAR_SAID:
        return True
    if tok.low != tok.claim_lemma and not tok.low.endswith("ing"):
        return True  # "warned", "claims", "found": inflected as a verb
    return tok.low == tok.claim_lemma and nxt in _EN_VERB_NEXT


def _negated(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    negation = lex.word_set("negation")
    return k > 0 and toks[k - 1].low in negation


def _idiom_subj(toks: list[Tok], k: int) -> bool:
    """ "es sei denn" (unless), "sei es … oder" (whether) are no reported speech."""
    low = toks[k].low
    prev = toks[k - 1].low if k > 0 else ""
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    return low == "sei" and ((prev == "es" and nxt == "denn") or nxt == "es")


def _clause_verbs(view: SentenceView, k: int, language: str) -> tuple[list[Tok], bool]:
    """The verb cluster that ends the clause of the modal at ``k`` and whether the modal is
    itself clause-final (verb-final dependent clause: "…, das … belaufen haben soll")."""
    toks = view.toks
    n = len(toks)
    nxt = toks[k + 1] if k + 1 < n else None
    if nxt is None or not nxt.is_word:
        run: list[Tok] = []
        j = k - 1
        while j >= 0 and toks[j].is_verb(language):
            run.insert(0, toks[j])
            j -= 1
        return run, True
    last_run: list[Tok] = []
    run = []
    for j in range(k + 1, n):
        t = toks[j]
        if t.is_verb(language) and t.low not in ("soll", "sollen", "will", "wollen"):
            run.append(t)
            continue
        if run:
            last_run, run = run, []
        if t.low in (".", ";", ":", "?", "!", "…"):
            break
        if t.low == "," and last_run and toks[j - 1] is last_run[-1]:
            break
    if run:
        last_run = run
    return last_run, False


#: Condition words that need a word of truth in their clause ("wenn"; "sollte", "if" opening it).
_TRUTH_CONDITIONED = frozenset({"wenn", "sollte", "sollten", "if"})


def _condition(toks: Sequence[Tok], k: int, lex: Lexicon) -> bool:
    """A condition on the main clause's truth: "falls", "sofern"; "wenn" only where its clause
    says the condition is one of truth ("Wenn das Video echt ist, …": not "wenn es regnet"),
    and "sollte(n)" or "if" only where it opens the clause that does ("Sollte sich das
    bestätigen, …", "If the video is authentic, …"; not "asked if")."""
    word = toks[k].low
    if word not in _TRUTH_CONDITIONED:
        return True
    if word != "wenn" and k > 0 and toks[k - 1].text != ",":
        return False  # "Die Stadt sollte sich schämen": no condition
    truth = lex.word_set("truth_condition")
    for tok in toks[k + 1 :]:
        if tok.text in (",", ";", ":"):
            return False
        if tok.low in truth:
            return True
    return False


def reportative_modal(view: SentenceView, k: int, lex: Lexicon) -> bool:
    """Whether "soll/sollen" (or "will/wollen") at ``k`` is reportative, not an obligation.

    Reportative: a perfect infinitive ("soll … zurückgelassen haben", "soll … getötet worden
    sein"), or — for "soll" only — a stative verb ("soll 1,80 Meter groß sein", "soll sich um …
    handeln") when nothing in the sentence speaks of a demand, plan or future.
    Not reportative: "Die Regierung soll handeln", "Das Land soll jetzt einspringen".
    """
    toks = view.toks
    tok = toks[k]
    if tok.pos is not None and tok.pos != "VMFIN":
        return False
    if tok.token_mood in ("subj1", "subj2"):
        return False
    language = lex.language
    verbs, _ = _clause_verbs(view, k, language)
    lemmas = [v.claim_lemma for v in verbs]
    if not lemmas:
        return False
    perfect = lex.word_set("perfect_aux")
    if len(lemmas) >= 2 and lemmas[-1] in perfect:
        return True
    if tok.low not in ("soll", "sollen"):
        return False  # "will" only with a perfect infinitive ("will es nicht gewusst haben")
    last = lemmas[-1]
    if last not in lex.word_set("stative_verbs"):
        return False
    if last == "handeln" and not any(t.low == "sich" for t in toks):
        return False  # "soll handeln" (act) is an obligation; "soll sich um … handeln" is not
    deontic = lex.word_set("deontic_context")
    return not any(t.claim_lemma in deontic or t.low in deontic for t in toks if t is not tok)


def _seems_to(toks: list[Tok], k: int, last: int, language: str) -> bool:
    window = toks[last + 1 : last + 12]
    if language == "de":
        # "scheint … zu + Infinitiv" ("scheint festzustehen"); "es scheint" / "wie es scheint"
        # come as phrases of their own.
        for j, t in enumerate(window):
            if t.low in (".", ";", "?", "!"):
                return False
            if t.low == "zu" and j + 1 < len(window) and window[j + 1].text[:1].islower():
                return True
            if t.pos == "VVIZU" or (
                t.pos is None
                and t.text[:1].islower()
                and "zu" in t.low[2:-3]
                and t.low.endswith(("en", "ern", "eln"))
            ):
                return True
        return False
    nxt = window[0].low if window else ""
    return nxt in ("to", "that") or (nxt == "as" and len(window) > 1 and window[1].low == "if")


def _epistemic(toks: list[Tok], k: int, last: int, language: str) -> bool:
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is None:
        return False
    if language == "de":
        # "könnte" needs a verb later in the clause ("könnte … dauern"); as a question opener
        # ("Könnte …?") the sentence is a question anyway.
        return any(t.text[:1].islower() and t.is_word for t in toks[last + 1 :])
    if nxt.low in ("not", "n't") and toks[k].low == "could":
        return False  # "could not be reached"
    return not nxt.text[:1].isdigit() and nxt.low not in (",", ".", "?")


def _resolve(found: list[Found]) -> list[Found]:
    """Drop matches covered by a longer one; keep one match per token range."""
    found.sort(key=lambda f: (-f.length(), f.first))
    kept: list[Found] = []
    taken: set[int] = set()
    for f in found:
        span = set(range(f.first, f.last + 1))
        if span & taken:
            continue
        kept.append(f)
        taken |= span
    kept.sort(key=lambda f: f.first)
    return kept
