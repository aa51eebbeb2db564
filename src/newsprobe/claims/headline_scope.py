"""How far a backing's reserve reaches, and the headlines that keep it — rules of the headline
check (:mod:`newsprobe.claims.headline`) that keep a supported headline from being called
overstated:

- **a cue's clause** (:func:`out_of_scope`): a hedge, forecast, accusation or open question
  reaches the clause it stands in and the clauses that depend on it, not a coordinate clause
  before it or the main clause a subordinate one hangs on ("The Met Office issued an amber
  warning … and said conditions could worsen"; "Shares fell 11 percent after a short seller
  accused the company …").  A cue whose reach shares no word of the headline, where the rest of
  the sentence shares two, does not weaken the backing of that headline;
- **a suspicion adjective on a noun the headline lacks** ("Razzia gegen mutmaßliche Schleuser"
  under "Bundespolizei durchsucht 23 Wohnungen"): the reserve is on who the people are, not on
  what the headline states;
- **a headline that reports the procedure** (:func:`names_procedure`): an arrest, a raid, an
  investigation, a trial ("Teenager held after stabbing", "EU opens probe into …") is a fact
  the suspicion it rests on does not weaken;
- **a headline that states a plan or a future** ("… to save more than a million", "soll bis
  Ende Mai gesperrt bleiben") keeps the reserve of an expectation (:func:`expected_only`).
"""

from __future__ import annotations

import re

from newsprobe.attribution.view import Tok
from newsprobe.claims.lexicon import lexicon
from newsprobe.claims.similarity import fold
from newsprobe.claims.stance import stance_words, tokens_in
from newsprobe.claims.units import SentenceView, split_fragments
from newsprobe.model import Analysis, Claim, ClaimStatus, Cue, Span, Token

#: Folded beginnings of adjectives that put a person's or act's identity in doubt.
SUSPICION_ADJECTIVES = (
    "mutmasslich",
    "angeblich",
    "vermeintlich",
    "verdachtig",
    "alleged",
    "suspected",
    "purported",
    "presumed",
)
#: Folded beginnings of the words of a procedure against suspects: arrest, raid, inquiry, trial.
_PROCEDURE = (
    "festgenommen",
    "festnahme",
    "gefasst",
    "verhaftet",
    "verhaftung",
    "ermitt",
    "razzia",
    "durchsuch",
    "haftbefehl",
    "untersuchungshaft",
    "prozess",
    "arrest",
    "detain",
    "probe",
    "investigat",
    "raid",
    "custody",
    "trial",
    "questioned",
    "charge",
    "plead",
)
#: Whole words of the same ("held" only as a word: not "holders").
_PROCEDURE_WORDS = frozenset({"held", "searched", "u-haft"})
#: Words of an expectation or estimate (folded beginnings, any word of the cue).
_EXPECTATION = (
    "voraussichtl",
    "erwart",
    "wahrscheinl",
    "vermutl",
    "konnt",
    "durft",
    "expect",
    "likely",
    "probabl",
    "could",
    "may",
    "might",
)


def answers_accusation(analysis: Analysis, claim: Claim) -> bool:
    """Whether the claim's sentence denies or rejects something ("wies die Vorwürfe zurück",
    "denies"): what its speaker says there is a defence, whatever cue stands where."""
    words = stance_words(analysis.meta.language)
    toks = tokens_in(analysis, claim.start, claim.end)
    forms = [(fold(t.text), fold(t.lemma or t.text)) for t in toks]
    if words.denial.find(forms):
        return True
    # a separated verb ("wies … zurück"): the claims layer's cue lemma holds it whole
    return any(c.lemma and words.denial.word(fold(c.lemma.replace("|", ""))) for c in claim.cues)


#: Plan words that are also a mere future ("will", "werden"): no intention of their own.
_FUTURE_ONLY = frozenset({"will", "would", "to", "werden", "wird", "shall"})


def intends(analysis: Analysis, claim: Claim) -> bool:
    """Whether a claim states an intention or decision ("kündigte an, … anzufechten", "said it
    planned to appeal", "will anfechten"), not only a future ("will make up the shortfall")."""
    language = analysis.meta.language or "en"
    words = stance_words(language)
    toks = tokens_in(analysis, claim.start, claim.end)
    for k, t in enumerate(toks):
        forms = {fold(t.text), fold(t.lemma or t.text)}
        if forms & _FUTURE_ONLY and own_future(toks, k):
            return True  # "Lumera said it would cut 800 jobs": the speaker's own next step
        if language != "de" and forms & _FUTURE_ONLY:
            continue
        if language == "de" and fold(t.lemma or t.text) == "werden":
            continue
        if any(words.plan.word(f) for f in forms):
            return True
    return any(c.lemma and words.plan.word(fold(c.lemma.replace("|", ""))) for c in claim.cues)


#: Words by which a speaker names itself as the subject of its own future act.
_SELF_SUBJECTS = frozenset({"it", "we", "es", "wir"})


def own_future(toks: list[Token], k: int) -> bool:
    """Whether the future auxiliary at ``k`` follows the speaker's word for itself ("it would
    appeal", "we will close", "es werde … streichen"): an announced step of its own, not a
    forecast about others ("warned that the tax would hurt shops")."""
    return k > 0 and fold(toks[k - 1].text) in _SELF_SUBJECTS and fold(toks[k].text) != "to"


def names_speaker(
    analysis: Analysis,
    headline: list[Token],
    speakers: list[str],
    sources: list[int],
    claim: Claim | None = None,
) -> bool:
    """Whether the headline names a speaker or source of the backing (a word of five letters'
    beginning shared with one of their names: "Verteidiger" / "Der Verteidiger"; the name of
    the entity a source or speaker stands for: "The company" / "Great Plains Freight"; with no
    speaker resolved, the words of ``claim`` before its verb of saying: "The technology company
    Lumera said …")."""
    names = [
        *speakers,
        *(analysis.sources[i].name for i in sources if 0 <= i < len(analysis.sources)),
        *_entity_names(analysis, claim, sources),
    ]
    if claim is not None and not speakers and not sources:
        cue = next((c for c in claim.cues if c.type in ("speech_verb", "attribution")), None)
        if cue is not None:
            names.append(" ".join(t.text for t in tokens_in(analysis, claim.start, cue.start)))
    said = {_stem(t) for t in headline if len(t.text) > 3 and t.text[:1].isalpha()}
    for name in names:
        words = {fold(w.strip("()„“\"'.,"))[:5] for w in name.replace("-", " ").split()}
        if said & {w for w in words if len(w) > 3}:
            return True
    return False


def _entity_names(analysis: Analysis, claim: Claim | None, sources: list[int]) -> list[str]:
    """The names of the entities the backing's sources and speakers stand for."""
    entities = {
        analysis.sources[i].entity
        for i in sources
        if 0 <= i < len(analysis.sources) and analysis.sources[i].entity is not None
    }
    if claim is not None:
        for a in claim.attributions:
            if 0 <= a < len(analysis.attributions):
                speaker = analysis.attributions[a].speaker
                if speaker is not None:
                    entities |= {speaker.entity, speaker.affiliation_entity} - {None}
    return [
        analysis.entities[e].name
        for e in entities
        if e is not None and 0 <= e < len(analysis.entities)
    ]


def names_procedure(toks: list[Token]) -> bool:
    """Whether a headline clause reports an arrest, raid, investigation or trial."""
    for t in toks:
        word = fold(t.text)
        if word.startswith(_PROCEDURE) or word in _PROCEDURE_WORDS:
            return True
    return False


def suspicion_only(cues: list[Cue]) -> bool:
    """Whether every cue is a suspicion (an accusation, an open question, "mutmaßlich")."""
    return bool(cues) and all(
        c.type in ("accusation", "question") or fold(c.text).startswith(SUSPICION_ADJECTIVES)
        for c in cues
    )


def expected_only(cues: list[Cue]) -> bool:
    """Whether every cue expects or estimates ("voraussichtlich", "are expected to", "could"),
    rather than reports what others say or suspect ("soll", "alleged")."""
    return bool(cues) and all(
        any(w.startswith(_EXPECTATION) for w in fold(c.text).split()) for c in cues
    )


def _noun(tok: Tok) -> bool:
    if tok.pos:
        return tok.pos.startswith(("NN", "NE", "NOUN", "PROPN"))
    return tok.text[:1].isupper()


def _stem(tok: Token | Tok) -> str:
    return fold(tok.lemma or tok.text)[:5]


def _shares(toks: list[Tok], focus: frozenset[str]) -> int:
    return len(
        {
            _stem(t)
            for t in toks
            if len(t.text) > 2 and any(c.isalpha() for c in t.text) and _stem(t) in focus
        }
    )


#: Words that open a clause of their own where a finite verb follows ("… and said …",
#: "… after a short seller accused …"): coordinators (a clause beside) and subordinators (a
#: clause that depends on the one before).
_COORDINATORS = frozenset({"and", "but", "und", "aber", "sowie", "doch"})
_SUBORDINATORS = frozenset(
    {"after", "because", "since", "while", "although", "whereas", "when", "nachdem", "weil",
     "wahrend", "obwohl"}
)  # fmt: skip
#: How far after such a word its verb may stand (English past forms are tagged either way).
_VERB_WITHIN = 6


def _finite_after(toks: list[Tok], k: int) -> bool:
    for t in toks[k + 1 : k + 1 + _VERB_WITHIN]:
        if t.tag == "PUNCT":
            return False
        if t.tag.startswith("V"):
            return True
    return False


def _segments(view: SentenceView) -> list[tuple[int, str]]:
    """Where the clauses of the sentence begin, and what they are ("head", "dependent",
    "resume"): the claims layer's fragments, cut further at clause-opening words."""
    toks = view.toks
    cuts = {f.first: f.kind for f in view.fragments}
    cuts.setdefault(0, "head")
    finite_before = False
    for k, t in enumerate(toks):
        word = fold(t.text)
        if k and finite_before and word in _COORDINATORS and _finite_after(toks, k):
            cuts.setdefault(k, "head")
        elif k and word in _SUBORDINATORS and _finite_after(toks, k):
            cuts.setdefault(k, "dependent")
        finite_before = finite_before or t.tag.startswith("V")
    return sorted(cuts.items())


def _reach(view: SentenceView, at: int) -> tuple[int, int]:
    """The tokens a cue at ``at`` reaches: its clause and, from a main clause, the dependent
    clauses that follow it."""
    cuts = _segments(view)
    ends = [first - 1 for first, _ in cuts[1:]] + [len(view.toks) - 1]
    own = max(i for i, (first, _) in enumerate(cuts) if first <= at)
    last = ends[own]
    if cuts[own][1] != "dependent":
        for i in range(own + 1, len(cuts)):
            if cuts[i][1] != "dependent":
                break
            last = ends[i]
    return cuts[own][0], last


#: Conjunctions that open the clause of what set an event off (folded).
_TRIGGER_CLAUSE = frozenset({"after", "nachdem"})


def out_of_scope(
    analysis: Analysis, view: SentenceView | None, claim: Claim, cue: Cue, focus: frozenset[str]
) -> bool:
    """Whether ``cue`` of ``claim`` leaves the headline's words (``focus``) alone: the clauses
    it reaches share none of them and the rest of the claim shares at least two; or it is a
    suspicion adjective on a noun the headline does not name."""
    if view is None or not focus or cue.type == "conditional":
        return False  # a condition reaches the main clause it conditions, wherever it stands
    toks = view.toks
    at = next((k for k, t in enumerate(toks) if t.start >= cue.start), None)
    if at is None:
        return False
    if fold(cue.text).startswith(SUSPICION_ADJECTIVES):
        noun = next((t for t in toks[at + 1 : at + 4] if _noun(t)), None)
        if noun is not None and _stem(noun) not in focus and noun.start < claim.end:
            return True
    if not view.fragments:
        split_fragments(view, lexicon(analysis.meta.language))
    first, last = _reach(view, at)
    adjunct = at > 0 and toks[at - 1].text == "," and toks[at].text.lower().endswith("ing")
    if adjunct:
        # an English participle after a comma opens an adjunct of its own (", blaming weak
        # demand …"): it reaches to the next comma or the end, not back into the main clause
        first = at
        last = next((k - 1 for k in range(at + 1, len(toks)) if toks[k].text == ","), last)
    if not any(
        t.text[:1].isalnum() and not cue.start <= t.start < cue.end for t in toks[first : last + 1]
    ):
        return False  # a parenthetical ("…, wie es scheint"): it comments on the clause before
    inside = [t for t in toks[first : last + 1] if claim.start <= t.start < claim.end]
    rest = [
        t
        for k, t in enumerate(toks)
        if not first <= k <= last and claim.start <= t.start < claim.end
    ]
    # a cue in an adjunct or in a clause of what set it off ("fell 11 percent after a short
    # seller accused …") leaves the main clause's event alone where that clause shares the
    # headline's words
    needed = 1 if adjunct or fold(toks[first].text) in _TRIGGER_CLAUSE else 2
    return _shares(inside, focus) == 0 and _shares(rest, focus) >= needed


# -- a judgement stated as fact ----------------------------------------------------------
#: Verbs of judging (folded lemmas) and the word that completes their frame (None: any):
#: "hält X für Y", "führte X auf Y zurück", "macht X für Y verantwortlich" ("call" is left
#: out: "workers called a strike" judges nothing).
_JUDGING: dict[str, tuple[str | None, ...]] = {
    "halten": ("fur",),
    "fuhren": ("zuruck",),
    "machen": ("verantwortlich",),
    "bezeichnen": (None,),
    "werten": (None,),
    "einstufen": (None,),
    "blame": (None,),
    "attribute": ("to",),
    "credit": ("with", "for"),
    "describe": ("as",),
    "deem": (None,),
}
#: Words right after a verb of an open frame that make it another verb ("deemed to", "set
#: out") rather than a judgement of its object.
_NOT_JUDGING = frozenset({"for", "off", "on", "by", "in", "up", "out", "back", "to"})
#: How far the completing word may stand from the verb.
_FRAME = 10


def _judging_at(toks: list[Token], k: int) -> bool:
    lemma = fold(toks[k].lemma or toks[k].text)
    word = fold(toks[k].text)
    frame = _JUDGING.get(lemma) or _JUDGING.get(word.removesuffix("ed").removesuffix("s"))
    if frame is None and word.endswith("ed"):
        frame = _JUDGING.get(word[:-1])  # "described" -> "describe"
    if frame is None:
        return False
    after = [fold(t.text) for t in toks[k + 1 : k + 1 + _FRAME]]
    if after[:1] and after[0] in _NOT_JUDGING and None in frame:
        return False
    return None in frame or any(w in after for w in frame if w is not None)


def judgement(analysis: Analysis, claim: Claim, headline: list[Token]) -> Cue | None:
    """The judging verb of a backing that judges what the headline states ("Die Arbeitgeber
    halten die Forderung für nicht finanzierbar" under "Verdi-Forderung ist nicht
    finanzierbar"): the headline states someone's judgement as fact.  None where the headline
    names the judging itself ("… macht Energiekosten verantwortlich") or the judge."""
    said = {fold(t.lemma or t.text) for t in headline} | {fold(t.text) for t in headline}
    toks = tokens_in(analysis, claim.start, claim.end)
    for k, tok in enumerate(toks):
        if k == 0 or not _judging_at(toks, k):
            continue  # a judging verb opens no judgement without a subject before it
        if fold(tok.lemma or tok.text) in said or fold(tok.text) in said:
            return None
        if any(_judging_at(headline, j) for j in range(len(headline))):
            return None
        judge = {_stem(t) for t in toks[:k] if len(t.text) > 3 and t.text[:1].isalpha()}
        if judge & {_stem(t) for t in headline}:
            return None  # the headline names the judge ("Family pays tribute to …")
        return Cue.of(analysis.text, tok.start, tok.end, type="opinion")
    return None


#: A quotation inside a sentence: „…“, “…”, "…", »…«.
_QUOTE = re.compile(r"[„“”\"»«]([^„“”\"»«\n]{3,160})[“”\"«»]")
#: The most words a partial quote (a speaker's own phrase, not a statement) has.
_PHRASE_WORDS = 10


def quoted_only(analysis: Analysis, claim: Claim, headline: list[Token]) -> Cue | None:
    """The partial quote of an attributed backing whose words the headline states as its own
    ("Kammerpräsident Reuß sagte, das Handwerk sei „wieder attraktiv für junge Leute“" under
    "Handwerk ist wieder attraktiv für junge Leute"): a word of the headline the body has only
    inside the speaker's quotation marks is the speaker's phrase, and the headline drops who
    coined it.  None where the backing is no such sentence or the body has the words
    elsewhere too."""
    if claim.status is not ClaimStatus.ATTRIBUTED or not headline:
        return None
    text = analysis.text[claim.start : claim.end]
    quotes = [
        m
        for m in _QUOTE.finditer(text)
        if len(m.group(1).split()) <= _PHRASE_WORDS and m.end() - m.start() < 0.7 * len(text)
    ]
    if not quotes:
        return None
    own = {_stem(t) for t in headline if len(t.text) > 3 and t.text[:1].isalpha()}
    start, end = headline[0].start, headline[-1].end
    elsewhere = {
        _stem(t)
        for t in analysis.tokens
        if not (start <= t.start < end)
        and t.text[:1].isalpha()
        and not any(s <= t.start < e for s, e in _quoted_spans(analysis))
    }
    for m in quotes:
        inner = tokens_in(analysis, claim.start + m.start(1), claim.start + m.end(1))
        coined = {_stem(t) for t in inner if len(t.text) > 3} & own
        if coined - elsewhere:
            start, end = claim.start + m.start(), claim.start + m.end()
            return Cue.of(analysis.text, start, end, type="opinion")
    return None


def _quoted_spans(analysis: Analysis) -> list[tuple[int, int]]:
    """Where the text stands in quotation marks (cached per analysis)."""
    cached = analysis._scratch.get("headline_scope_quoted")
    if cached is None:
        cached = [(m.start(), m.end()) for m in _QUOTE.finditer(analysis.text)]
        analysis._scratch["headline_scope_quoted"] = cached
    return cached  # type: ignore[no-any-return]


#: A headline's own quotation marks (also the single ones of English desks: 'flawed').
_HEADLINE_QUOTE = re.compile(r"[„“”\"»«‚‘’']([^„“”\"»«‚‘’'\n]{3,80})[“”\"«»‘’']")


def quotes_it(analysis: Analysis, span: Span, claim: Claim) -> bool:
    """Whether the headline puts in quotation marks words the backing has ("Veltron to appeal
    'fundamentally flawed' EU fine"): the headline marks them as someone's, it does not state
    them as its own."""
    text = analysis.text[claim.start : claim.end].lower()
    for m in _HEADLINE_QUOTE.finditer(analysis.text[span.start : span.end]):
        words = [w for w in re.findall(r"\w+", m.group(1).lower()) if len(w) > 3]
        if words and all(w in text for w in words):
            return True
    return False


#: The modal of a report or a plan: a headline's "soll" over a backing's keeps its reserve,
#: whichever of the two it is.
_SOLL = frozenset({"soll", "sollen", "sollte", "sollten", "sollst"})


def same_modal(headline: list[Token], hedged: list[list[Cue]], backing: int) -> bool:
    """Whether the headline's "soll" keeps the reserve of backing that is all hedged by a
    "soll" of its own (``hedged``: the cues of each hedged backing, ``backing``: how many
    backing claims there are): "Hellwig soll an Investor gehen" reads as a plan, but over
    "Hellwig soll vor dem Verkauf stehen" it reports the same report."""
    return (
        any(fold(t.text) in _SOLL for t in headline)
        and len(hedged) == backing > 0
        and all(any(fold(c.text) in _SOLL for c in cues) for cues in hedged)
    )
