"""Contested claims on the body's side of the headline check (used by
:func:`newsprobe.claims.backing.weigh`).

Two signs that an attributed claim is one party's word, not a fact a headline may state:

- :func:`disputed`: the next sentence rejects it ("Der Verbund wolle Personal einsparen, sagte
  ein Sprecher. Albrecht wies das zurück."): a claim another party denies is contested, whoever
  made it;
- :func:`others_plan`: an interested party (a union, the opposition, a citizens' group) tells
  what *another* party plans or intends ("Der Verbund wolle …, sagte ein Verdi-Sprecher"): a
  plan keeps a claim strong only where the speaker announces its own ("Wir wollen …", "Die
  Gewerkschaft will …").
"""

from __future__ import annotations

from newsprobe.claims.stance import StanceWords, fold, forms_of, tokens_in
from newsprobe.model import Analysis, Claim, Cue, Token

#: The cue type of the denial that makes a claim contested (its reason says so).
DISPUTED = "disputed"

#: Words by which a denial points back at the claim before it ("wies das zurück", "bestreitet
#: die Vorwürfe", "denied the claim").
_BACK = frozenset(
    {
        "das",
        "dies",
        "diese",
        "diesen",
        "dieser",
        "darstellung",
        "vorwurf",
        "vorwurfe",
        "kritik",
        "behauptung",
        "behauptungen",
        "angaben",
        "bericht",
        "berichte",
        "this",
        "that",
        "it",
        "claim",
        "claims",
        "allegation",
        "allegations",
        "account",
        "criticism",
        "report",
    }
)
#: Words that make a plan's subject the speaker itself.
_OWN = frozenset({"wir", "uns", "unser", "unsere", "man", "we", "our", "us", "ich", "i"})
#: How many sentences after the claim a denial of it may stand.
_REACH = 1


def disputed(analysis: Analysis, claim: Claim, words: StanceWords) -> Cue | None:
    """The denial in the next sentence that rejects ``claim`` (pointing back at it: "das",
    "die Vorwürfe", "the claim"), made by another speaker, as a cue ("wies das zurück");
    ``None`` where nothing rejects it."""
    if claim.sentence is None:
        return None
    sources = set(claim.sources)
    for other in analysis.claims:
        if other.sentence is None or not 0 < other.sentence - claim.sentence <= _REACH:
            continue
        if other.start < claim.end or other.role.endswith("headline"):
            continue
        if sources and set(other.sources) & sources:
            continue  # the speaker qualifying its own claim
        toks = tokens_in(analysis, other.start, other.end)
        forms = forms_of(toks)
        for k, last in _denials(toks, forms, words):
            window = forms[k : k + 5] + forms[max(0, k - 3) : k]
            if any(set(f) & _BACK for f in window):
                start, end = toks[k].start, toks[last].end
                return Cue.of(analysis.text, start, end, type=DISPUTED, lemma=toks[k].lemma)
    return None


def _denials(
    toks: list[Token], forms: list[tuple[str, ...]], words: StanceWords
) -> list[tuple[int, int]]:
    """Where each denial verb stands (first and last token), a separated one with its
    particle ("wies das zurück": the verb's lemma with the particle)."""
    found = {(k, k) for k in words.denial.find(forms)}
    for j, tok in enumerate(toks):
        if tok.pos != "PTKVZ":
            continue
        verb = next((i for i in range(j - 1, -1, -1) if (toks[i].pos or "").startswith("V")), None)
        if verb is not None and words.denial.word(fold(tok.text) + fold(toks[verb].lemma or "")):
            found.add((verb, j))
    return sorted(found)


def others_plan(
    toks: list[Token],
    forms: list[tuple[str, ...]],
    planned: list[int],
    names: list[str],
    words: StanceWords,
) -> bool:
    """Whether the plan at ``planned`` is ascribed to another party than the one speaking
    (``names``: the speakers' and sources' names) in reported speech (the plan verb in the
    subjunctive: "Der Verbund wolle …"): its subject, the words before the plan cue, names
    neither the speaker ("wir", a word of its name) nor a party of the speaker's
    kind ("Die Gewerkschaft will …" from a union).  False where no plan word was found."""
    if not planned or not names or not (toks[planned[0]].mood or "").startswith("subj"):
        return False  # an announcement in the outlet's words ("Varexa will … streichen")
    before = forms[: planned[0]]
    if not before:
        return False
    named = {
        w
        for name in names
        for w in (fold(x.strip("()„“\"'.,")) for x in name.replace("-", " ").split())
        if len(w) > 2
    }
    for form in before:
        if set(form) & (_OWN | named):
            return False
    if words.interested.find(before):
        return False
    # the subject must be a noun phrase of its own (not a pronoun that may be the speaker)
    return any(t.pos is not None and t.pos.startswith("N") for t in toks[: planned[0]])
