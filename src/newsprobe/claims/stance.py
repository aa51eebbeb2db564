"""Certainty on both sides of the headline check.

The headline's side (:func:`read_headline`, :func:`headline_stance`): is it a label with no
claim ("Will Smith", "Das Urteil im Wortlaut")?  Does an "X: …" prefix attribute it to X
("Alleinerziehende: …", "Polizei: …") or report hearsay ("Medienbericht: …", "Report: …")?  How
sure is each clause: stated as fact, a plan, hedged ("soll", "droht"), attributed (quotes,
"laut"), an accusation ("unter Verdacht", "accused of") or a question?

The body's side (:func:`weigh`): how much a backing claim weighs — stated by the outlet or an
independent source (official, court, expert, agency), or only hedged, a forecast, an
accusation or suspicion, a claim only an interested party makes (a party in the dispute,
political opponents, the accused, a company about itself), or one resting on weak sources
(anonymous, social media).  Source types come from the model (``Source.type``); the words that
mark interested parties, accusations, forecasts and plans from ``stance_<lang>.toml``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from importlib.resources import files

from newsprobe.claims import overreach, reserve
from newsprobe.claims import stance_markers as markers
from newsprobe.claims.cues import HEDGE_TYPES
from newsprobe.claims.numbers import quantities
from newsprobe.claims.saying import DOCUMENT_NOUNS, names_a_speaker, speech_verbs, uncredited
from newsprobe.model import (
    WEAK_SOURCE_TYPES,
    Analysis,
    Claim,
    ClaimStatus,
    Cue,
    Span,
    Token,
)

_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


class Stance(StrEnum):
    """How sure a headline clause is."""

    FACT = "fact"
    PLAN = "plan"
    HEDGED = "hedged"
    ATTRIBUTED = "attributed"
    ACCUSATION = "accusation"
    QUESTION = "question"

    @property
    def needs_strong(self) -> bool:
        """Whether the clause claims the outlet's certainty (needs strong backing)."""
        return self in (Stance.FACT, Stance.PLAN)


class Weight(StrEnum):
    """What a backing claim's certainty rests on."""

    STRONG = "strong"
    HEDGED = "hedged"
    REPORTED = "reported"  # another outlet's story ("nach Informationen des …")
    WEAK_SOURCE = "weak_source"
    INTERESTED = "interested"
    ACCUSATION = "accusation"
    FORECAST = "forecast"
    OPINION = "opinion"
    QUESTION = "question"
    PLANNED = "planned"  # a plan or announcement, where the headline reports the act as done
    PARTIAL = "partial"  # true of a part, where the headline states it of the whole


class _Words:
    """Entries of one list: words, "*"-prefixes/suffixes and phrases."""

    def __init__(self, entries: list[str]) -> None:
        self.words: set[str] = set()
        self.prefixes: list[str] = []
        self.suffixes: list[str] = []
        self.phrases: list[tuple[str, ...]] = []
        self._seen: dict[str, bool] = {}  # word() per form (the lists are fixed once read)
        for entry in entries:
            entry = entry.lower().translate(_FOLD)
            if " " in entry:
                self.phrases.append(tuple(entry.split()))
            elif entry.startswith("*"):
                self.suffixes.append(entry[1:])
            elif entry.endswith("*"):
                self.prefixes.append(entry[:-1])
            else:
                self.words.add(entry)

    def word(self, form: str) -> bool:
        if (known := self._seen.get(form)) is None:
            known = form in self.words or any(form.startswith(p) for p in self.prefixes)
            known = known or any(form.endswith(s) and len(form) > len(s) for s in self.suffixes)
            if len(self._seen) < 100_000:  # bounded on long inputs
                self._seen[form] = known
        return known

    def find(self, forms: list[tuple[str, ...]]) -> list[int]:
        """Positions in ``forms`` (per token: its folded surface and lemma) where an entry
        starts."""
        found = []
        for k, alts in enumerate(forms):
            if any(self.word(f) for f in alts):
                found.append(k)
                continue
            for phrase in self.phrases:
                if k + len(phrase) <= len(forms) and all(
                    w in forms[k + i] for i, w in enumerate(phrase)
                ):
                    found.append(k)
                    break
        return found


@dataclass(frozen=True)
class StanceWords:
    label_nouns: _Words
    report_prefixes: _Words
    speaker_nouns: _Words
    accusation: _Words
    risk: _Words
    forecast: _Words
    plan: _Words
    denial: _Words
    self_cause: _Words
    interested: _Words
    agencies: _Words
    media_report: _Words
    relative: _Words
    judging: _Words
    label_phrases: _Words
    belief: _Words
    belief_faith: _Words
    belief_split: _Words
    speech_acts: _Words


@lru_cache(maxsize=4)
def stance_words(language: str | None) -> StanceWords:
    lang = "de" if language == "de" else "en"
    data = tomllib.loads(
        files("newsprobe.claims").joinpath(f"stance_{lang}.toml").read_text("utf-8")
    )
    return StanceWords(**{name: _Words(data.get(name, [])) for name in StanceWords.__annotations__})


def fold(text: str) -> str:
    return text.lower().translate(_FOLD)


def _forms(tokens: list[Token]) -> list[tuple[str, ...]]:
    return [tuple({fold(t.text), fold(t.lemma or t.text)}) for t in tokens]


def tokens_in(analysis: Analysis, start: int, end: int) -> list[Token]:
    return [t for t in analysis.tokens if t.start >= start and t.end <= end]


def _cue(analysis: Analysis, tok: Token, type_: str) -> Cue:
    return Cue.of(analysis.text, tok.start, tok.end, type=type_, lemma=tok.lemma)


# -- the headline's side ----------------------------------------------------------------------
@dataclass
class Prefix:
    """An "X: …" prefix of the headline."""

    kind: str  # "attribution" or "report"
    span: Span
    end: int  # offset after the colon


@dataclass
class HeadlineReading:
    label: bool = False
    prefix: Prefix | None = None
    cues: list[Cue] = field(default_factory=list)


_FUNCTION_DE = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "und", "oder"})
_FUNCTION_EN = frozenset({"the", "a", "an", "and", "or", "of", "in", "on", "at", "for", "to"})


def _is_verb(tok: Token, language: str) -> bool:
    if tok.pos is not None:
        return (tok.pos.startswith("V") and tok.pos not in ("VVINF",)) or tok.pos == "VVPP"
    if language == "en":
        low = tok.text.lower()
        return tok.text[:1].islower() and (
            low.endswith(("s", "ed")) and not low.endswith(("ss", "us", "is"))
        )
    return False


def read_headline(analysis: Analysis, span: Span) -> HeadlineReading:
    """Label or claim, and its "X: …" prefix (see the module doc)."""
    language = analysis.meta.language or "en"
    words = stance_words(language)
    toks = tokens_in(analysis, span.start, span.end)
    reading = HeadlineReading()
    if not toks:
        return reading
    named = {
        t.start
        for m in analysis.mentions
        if m.type.value in ("PER", "ORG")
        for t in toks
        if m.start <= t.start and t.end <= m.end
    }
    text = analysis.text[span.start : span.end]
    reading.label = _is_label(toks, named, words, language, text)
    reading.prefix = _prefix(analysis, span, toks, words, language)
    return reading


def _is_label(
    toks: list[Token], named: set[int], words: StanceWords, language: str, text: str
) -> bool:
    if text.rstrip().endswith("?"):
        return False
    forms = _forms(toks)
    if words.label_phrases.find(forms) or (
        language == "en" and toks[-1].text.lower() == "explained"
    ):
        return True  # "Zahlen und Fakten zum …", "… what you need to know", "X explained"
    wordy = [t for t in toks if any(c.isalpha() for c in t.text)]
    if wordy and wordy[-1].pos in ("PTKZU", "PTKVZ"):
        return False  # a separated particle ends a verb-second clause ("… stimmen … zu")
    function = _FUNCTION_DE if language == "de" else _FUNCTION_EN
    negation = {"kein", "keine", "keinen", "nicht", "no", "not", "nie", "never"}
    if any(set(f) & negation for f in forms):
        return False
    if any(_is_verb(t, language) for t in toks if t.start not in named):
        return False
    if quantities(toks, language):
        return False
    content = {
        fold(t.text)
        for t in toks
        if any(c.isalpha() for c in t.text)
        and len(t.text) > 2
        and t.text.lower() not in function
        and (t.start in named or t.pos is None or t.pos.startswith(("N", "ADJ", "FM", "XY")))
    }
    if words.label_nouns.find(forms):
        return True
    # two content words at most and nothing said of them (no adverb or adjective: "Bluttest
    # bald in Arztpraxen" is a claim, "Kommunalwahl in Dortmund" a label)
    predicative = any(
        t.pos is not None and t.pos.startswith(("ADV", "ADJD", "ADJA", "PTKNEG")) for t in toks
    )
    return len(content) <= 2 and not predicative


def _prefix(
    analysis: Analysis, span: Span, toks: list[Token], words: StanceWords, language: str
) -> Prefix | None:
    """The "X: …" prefix (the colon may stand between a kicker block and the headline)."""
    at = analysis.text.find(":", span.start, span.end)
    if at < 0:
        return None
    head = [t for t in toks if t.end <= at]
    if not head or len(head) == len(toks):
        return None
    wordy = [t for t in head if any(c.isalnum() for c in t.text)]
    if not wordy or len(wordy) > 4:
        return None
    forms = _forms(head)
    if words.report_prefixes.find(forms) and len(wordy) <= 2:
        return Prefix("report", Span.of(analysis.text, head[0].start, head[-1].end), at + 1)
    if any(_is_verb(t, language) for t in head) or quantities(head, language):
        return None
    if any(t.pos is not None and t.pos.startswith("APPR") for t in head):
        return None
    if (
        words.speaker_nouns.find(forms)
        or any(_compound_head(words.speaker_nouns, f) for alts in forms for f in alts)
        or names_a_speaker(analysis, head)
    ):
        return Prefix("attribution", Span.of(analysis.text, head[0].start, head[-1].end), at + 1)
    return None


def _compound_head(entries: _Words, form: str) -> bool:
    """Whether ``form`` is a compound whose head is one of ``entries``' words ("varexa-chef",
    "baubranche", "bauernverband")."""
    if "-" in form:
        return entries.word(form.rsplit("-", 1)[1])
    return any(form[cut:] in entries.words for cut in range(3, len(form) - 3))


#: Words that deny a risk two words before it ("nicht in Gefahr", "not at risk").
_NO_RISK = reserve.NEGATORS | {"nicht", "nie", "not", "never"}


def headline_stance(
    analysis: Analysis, span: Span, status: ClaimStatus, reading: HeadlineReading
) -> tuple[Stance, list[Cue]]:
    """How sure the headline clause at ``span`` is, and the cues that say so."""
    language = analysis.meta.language or "en"
    words = stance_words(language)
    toks = tokens_in(analysis, span.start, span.end)
    forms = _forms(toks)
    prefix = reading.prefix
    after_prefix = prefix is not None and span.start >= prefix.span.start
    if status is ClaimStatus.QUESTION or analysis.text[span.start : span.end].rstrip().endswith(
        "?"
    ):
        return Stance.QUESTION, []
    if after_prefix and prefix is not None:
        kind = "hedge_phrase" if prefix.kind == "report" else "attribution"
        cue = Cue.of(analysis.text, prefix.span.start, prefix.span.end, type=kind)
        return (Stance.HEDGED if prefix.kind == "report" else Stance.ATTRIBUTED), [cue]
    found = [k for k in words.accusation.find(forms) if not reserve.judged_noun(toks, k)]
    if found:
        return Stance.ACCUSATION, [_cue(analysis, toks[k], "accusation") for k in found]
    speech = speech_verbs(toks, language)
    shown = uncredited(toks, speech, lambda before: _credits(analysis, before, words))
    if shown:  # "Cornwall tap water is safe, tests show": the headline's own word
        speech = [k for k in speech if k not in shown]
        if status is ClaimStatus.ATTRIBUTED:
            status = ClaimStatus.ASSERTED
    if not speech and _credits(analysis, toks[:1], words):
        # a named speaker's vow, doubt or promise ("Tories vow to scrap …", "Rechnungshof
        # zweifelt an …", "Lindauer-Chef macht Energiekosten … verantwortlich")
        speech = markers.speech_acts(toks, forms, words)
    if speech:  # the headline reports what someone says ("Union kritisiert Haushalt")
        return Stance.ATTRIBUTED, [_cue(analysis, toks[k], "speech_verb") for k in speech]
    if status is ClaimStatus.HEDGED:
        return Stance.HEDGED, []
    threat = any(reserve.threatens_someone(toks, k) for k in range(len(toks)))
    if status is ClaimStatus.ATTRIBUTED and not threat:
        return Stance.ATTRIBUTED, []
    changed = any(fold(t.text).startswith(markers.CHANGE) for t in toks)
    found = [
        k
        for k in words.risk.find(forms)
        if not reserve.threatens_someone(toks, k)
        and not any(fold(t.text) in _NO_RISK for t in toks[max(0, k - 2) : k])
        # "Sauna cuts hypertension risk", "Rauchen erhöht Demenz-Risiko": a stated change of
        # a risk, not a risk the headline leaves open
        and not (changed and markers.RISK_NOUN.search(fold(toks[k].text)))
    ]  # "nicht in Gefahr", "not at risk": no risk, a fact
    if found:
        return Stance.HEDGED, [_cue(analysis, toks[k], "risk") for k in found]
    found = _forecasts(toks, forms, words)
    if found:  # the headline reports the forecast or warning itself ("Polizei warnt vor …")
        return Stance.ATTRIBUTED, [_cue(analysis, toks[k], "forecast") for k in found]
    found = [
        k
        for k in words.plan.find(forms)
        if not reserve.passive(toks, k) and not markers.result_to(toks, k)
    ]
    if found or any(
        words.plan.word(lemma) for lemma in reserve.cue_lemmas(analysis, span.start, span.end)
    ):
        return Stance.PLAN, []
    return Stance.FACT, []


def _credits(analysis: Analysis, toks: list[Token], words: StanceWords) -> bool:
    """Whether ``toks`` name a speaker or source (a name, "Studie", "police", "data")."""
    if any(
        m.type.value in ("PER", "ORG") and m.start <= t.start and t.end <= m.end
        for t in toks
        for m in analysis.mentions
    ):
        return True
    forms = _forms(toks)
    if any(set(f) & DOCUMENT_NOUNS for f in forms):
        return True  # "tracking data shows", "Zahlen belegen": a document is a source
    return bool(words.speaker_nouns.find(forms)) or any(
        _compound_head(words.speaker_nouns, f) for alts in forms for f in alts
    )


#: Forecast nouns that may be the object of a stated act ("cut its revenue forecast",
#: "senkte seine Prognose"), and the words that make them one.
_FORECAST_NOUNS = frozenset({"forecast", "forecasts", "outlook", "prognose", "prognosen"})
_DETERMINERS = frozenset(
    {"its", "their", "his", "her", "our", "the", "a", "seine", "ihre", "die", "eine", "seiner",
     "ihrer", "unsere"}
)  # fmt: skip


def _forecasts(toks: list[Token], forms: list[tuple[str, ...]], words: StanceWords) -> list[int]:
    """Positions of forecast cues, less forecast nouns owned or determined as an object
    ("the company cut its revenue forecast" states the cut, it forecasts nothing)."""
    found = [
        k
        for k in words.forecast.find(forms)
        if not (
            fold(toks[k].text) in _FORECAST_NOUNS
            and any(fold(t.text) in _DETERMINERS for t in toks[max(0, k - 3) : k])
        )
    ]
    return found or markers.separated_forecast(toks)


# -- the body's side --------------------------------------------------------------------------
@dataclass
class Weighed:
    weight: Weight
    cues: list[Cue] = field(default_factory=list)
    sources: list[int] = field(default_factory=list)  # the weak or interested sources
    speakers: list[str] = field(default_factory=list)
    #: A strong claim that announces a plan ("will … streichen", "angekündigt, … stillzulegen").
    plan: list[Cue] = field(default_factory=list)


#: Accusation nouns reach only the phrase they head ("Anklage wegen Betrugs"), not the
#: sentence they stand in ("Nach dem Unglück mit fünf Toten hat … Anklage erhoben").
_ACCUSATION_NOUNS = reserve.ACCUSATION_NOUNS | {"angeklagt", "ermittlungen", "probe"}


#: Words that open an indirect question ("prüfen, ob …", "unclear whether …").
_OPEN_QUESTION = frozenset({"ob", "whether"})


def focus_of(analysis: Analysis, span: Span) -> frozenset[str]:
    """The headline clause's words, as the 5-letter beginnings :func:`weigh` compares."""
    return frozenset(
        fold(t.lemma or t.text)[:5]
        for t in tokens_in(analysis, span.start, span.end)
        if len(t.text) > 2 and any(c.isalpha() for c in t.text)
    )


def weigh(
    analysis: Analysis, claim: Claim, sources_ran: bool, focus: frozenset[str] = frozenset()
) -> Weighed:
    """How much ``claim`` weighs as backing of a headline clause with the words ``focus``
    (see the module doc)."""
    head = reserve.shared_verb_head(analysis, claim)
    if head is not None and head.status is not ClaimStatus.ASSERTED:
        return weigh(analysis, head, sources_ran, focus)  # "soll A tun und B getan haben"
    language = analysis.meta.language or "en"
    words = stance_words(language)
    toks = tokens_in(analysis, claim.start, claim.end)
    forms = _forms(toks)

    def outside(cue: Cue) -> bool:
        return markers.in_relative(toks, cue, words, focus)

    hedges = [c for c in claim.cues if c.type in HEDGE_TYPES and not outside(c)]
    if claim.status in (ClaimStatus.ATTRIBUTED, ClaimStatus.ASSERTED) and not hedges:
        # "Detectives believe …", "Die Ermittler gehen davon aus, …", "Die Polizei geht von
        # Brandstiftung aus": a supposition
        hedges = [
            _cue(analysis, toks[k], "hedge_phrase") for k in markers.believed(toks, forms, words)
        ]
    speakers = _speakers(analysis, claim)
    if claim.status is ClaimStatus.QUESTION:
        return Weighed(Weight.QUESTION)
    if claim.status is ClaimStatus.OPINION:
        return Weighed(Weight.OPINION, [c for c in claim.cues], [], speakers)
    if claim.status is ClaimStatus.HEDGED and (hedges or not claim.cues):
        return Weighed(Weight.HEDGED, hedges)
    # "to" marks a plan in a headline ("Dunmore to cut …"), not in a body ("safe to drink",
    # "found to be safe"); a plan noun the headline names is its topic ("the recovery plan
    # was working" under "Recovery plan is working"), not a plan the backing announces
    planned = [
        k
        for k in words.plan.find(forms)
        if not reserve.passive(toks, k)
        and (toks[k].text.lower() != "to" or markers.intends_to(toks, k))
        and not (
            fold(toks[k].text) in markers.PLAN_NOUNS and markers.overlap(toks[k : k + 1], focus)
        )
    ]
    plan = bool(planned) or any(
        words.plan.word(lemma) for lemma in reserve.cue_lemmas(analysis, claim.start, claim.end)
    )
    # a decision or intention, not the future auxiliary ("der Arbeitsplätze kosten werde" is
    # a prediction): only these keep a judgement or an interested party's claim a plan
    decided = any(fold(toks[k].lemma or toks[k].text) not in markers.FUTURE for k in planned) or (
        plan and not planned
    )
    # "to" marks a plan in a headline ("Dunmore to cut …"), not in a body ("sentenced to")
    plan_cues = [_cue(analysis, toks[k], "plan") for k in planned]
    if plan and not planned:  # a separated verb ("kündigte … an") is whole only in its cue
        said = [c for c in claim.cues if words.plan.word(fold((c.lemma or "").replace("|", "")))]
        plan_cues = said[:1]
    accusation = [
        k
        for k in words.accusation.find(forms)
        if not outside(_cue(analysis, toks[k], "accusation"))
        and (
            not focus
            or fold(toks[k].text) not in _ACCUSATION_NOUNS
            or markers.overlap(toks[k + 1 : k + 7], focus) >= 1
        )
        and not reserve.beyond_after(toks, k, focus, markers.overlap)
    ]
    # a separated verb ("wirft … vor") is whole only in the claims layer's cue lemma
    accused_by = [
        c
        for c in claim.cues
        if c.lemma and words.accusation.word(fold(c.lemma.replace("|", ""))) and not outside(c)
    ]
    if accused_by and not accusation:
        at = next((k for k, t in enumerate(toks) if t.start >= accused_by[0].start), None)
        if at is not None:
            accusation = [at]
    # "Ermittler prüfen, ob der Brand gelegt wurde": the headline's claim is an open question
    open_at = next((k for k, f in enumerate(forms) if set(f) & _OPEN_QUESTION), None)
    if (
        open_at is not None
        and focus
        and markers.overlap(toks[open_at + 1 :], focus) > markers.overlap(toks[:open_at], focus)
    ):
        return Weighed(Weight.QUESTION, [_cue(analysis, toks[open_at], "question")])
    report_at = reserve.report_that(forms)  # "… after a report that regulators opened …"
    if report_at is not None and focus and markers.overlap(toks[report_at + 1 :], focus) > 1:
        return Weighed(Weight.REPORTED, [_cue(analysis, toks[report_at], "hedge_phrase")])
    if claim.status is not ClaimStatus.ATTRIBUTED:
        if accusation:
            return Weighed(
                Weight.ACCUSATION, [_cue(analysis, toks[k], "accusation") for k in accusation]
            )
        forecast = _forecasts(toks, forms, words) or markers.threats(toks)  # "droht", too
        if forecast:
            cues = [_cue(analysis, toks[k], "forecast") for k in forecast]
            return Weighed(Weight.FORECAST, cues)
        judging = markers.judging(toks, words.judging.find(forms))
        if judging and words.interested.find(forms[: min(judging[0], 6)]):
            cues = [_cue(analysis, toks[k], "interested") for k in judging]
            return Weighed(Weight.INTERESTED, cues)
        causal = markers.causal(toks) or markers.deemed(toks)  # or a judgement of anyone's
        if causal:  # "Der Minister führte den Rückgang auf die Kontrollen zurück": a reading
            return Weighed(Weight.OPINION, [_cue(analysis, toks[k], "opinion") for k in causal])
        none_found = reserve.no_evidence(toks)
        if none_found is not None:  # "keine Hinweise, dass …" does not say it did not happen
            return Weighed(Weight.HEDGED, [_cue(analysis, toks[none_found], "hedge_phrase")])
        if hedges:  # a supposition the claims layer saw no cue of ("geht von … aus")
            return Weighed(Weight.HEDGED, hedges, [], speakers)
        return Weighed(Weight.STRONG, plan=plan_cues)
    # attributed
    sources = [analysis.sources[i] for i in claim.sources if 0 <= i < len(analysis.sources)]
    weak = [s.id for s in sources if s.type in WEAK_SOURCE_TYPES]
    if hedges:
        return Weighed(Weight.HEDGED, hedges, weak, speakers)
    if sources and len(weak) == len(sources):
        return Weighed(Weight.WEAK_SOURCE, [], weak, speakers)
    if not sources and sources_ran and not speakers and claim.attributions and not accusation:
        # an attribution without anyone to name (a speech verb alone, "Pendler berichteten
        # von …", names its subject in the clause and is not counted here); a passive
        # accusation ("wird verdächtigt, … zu haben") is weighed as the accusation it is
        return Weighed(Weight.WEAK_SOURCE, [], [], speakers)
    if reserve.continues_report(analysis, claim, words.media_report, words.agencies):
        return Weighed(Weight.REPORTED, [], [s.id for s in sources if s.type.value == "media"])
    media = [
        s for s in sources if s.type.value == "media" and not words.agencies.word(fold(s.name))
    ]
    if (
        media
        and len(media) == len(sources)
        and (words.media_report.find(forms) or reserve.reported_on(analysis, claim))
    ):
        return Weighed(Weight.REPORTED, [], [s.id for s in media], speakers)
    judging = markers.judging(toks, words.judging.find(forms))
    if judging and not decided:  # "Lufthansa nannte den Streik 'völlig unnötig'": a judgement
        cues = [_cue(analysis, toks[k], "opinion") for k in judging]
        return Weighed(Weight.OPINION, cues, [s.id for s in sources], speakers)
    interested = _interested(analysis, claim, sources, speakers, forms, words)
    if interested is None:  # a party's own assessment: an effect, a success, a cause, a rank
        own = overreach.own_interest(analysis, claim, sources, speakers, toks, focus)
        interested = None if own is None else [_cue(analysis, toks[k], "interested") for k in own]
    if interested is None:  # a politician's word in reported speech
        said = overreach.politician_says(analysis, claim, sources, toks)
        interested = None if said is None else [_cue(analysis, toks[k], "interested") for k in said]
    if interested is not None and not decided:
        return Weighed(Weight.INTERESTED, interested, [s.id for s in sources], speakers)
    if accusation:
        cues = [_cue(analysis, toks[k], "accusation") for k in accusation]
        return Weighed(Weight.ACCUSATION, cues, [], speakers)
    forecast = _forecasts(toks, forms, words) or markers.threats(toks)
    if forecast and not decided:  # "warned that the tax would …": a forecast, not a plan
        cues = [_cue(analysis, toks[k], "forecast") for k in forecast]
        return Weighed(Weight.FORECAST, cues, [], speakers)
    none_found = reserve.no_evidence(toks)
    if none_found is not None:
        cue = _cue(analysis, toks[none_found], "hedge_phrase")
        return Weighed(Weight.HEDGED, [cue], [], speakers)
    return Weighed(Weight.STRONG, plan=plan_cues)


def _interested(
    analysis: Analysis,
    claim: Claim,
    sources: list,
    speakers: list[str],
    forms: list[tuple[str, ...]],
    words: StanceWords,
) -> list[Cue] | None:
    """The cues that make the claim an interested party's (None: it is not)."""
    toks = tokens_in(analysis, claim.start, claim.end)
    found = words.denial.find(forms) + [
        k
        for k in words.self_cause.find(forms)
        # "Die Bundesnetzagentur hat nach eigenen Angaben ein Verfahren eingeleitet": an
        # authority's account of its own office, not a party's claim in its own cause
        if not reserve.official_account(toks, k, sources)
    ]
    if found:
        return [_cue(analysis, toks[k], "interested") for k in found]
    accused = _accused(analysis, words)
    for a in claim.attributions:
        if 0 <= a < len(analysis.attributions):
            entity = analysis.attributions[a].speaker_entity
            if entity is not None and entity in accused:
                return []
    if any(s.entity is not None and s.entity in accused for s in sources):
        return []
    if not speakers and not sources:
        # "Campaigners said …" with no speaker resolved: the clause opens with who speaks
        cue = next((c for c in claim.cues if c.type == "speech_verb"), None)
        if cue is not None:
            opening = markers.speaker_words(toks, forms, cue.start)
            if words.interested.find(opening):
                return []
    own = reserve.self_serving(analysis, claim, sources, toks, forms)
    if own is not None:
        return [_cue(analysis, toks[k], "interested") for k in own]
    names = [*speakers, *(s.name for s in sources)]
    for name in names:
        if "europ" in fold(name):
            continue  # the European Union is no trade union
        name_forms = [(fold(w.strip("()„“\"'.,")),) for w in name.replace("-", " ").split()]
        if words.interested.find(name_forms):
            return []
        # "Ein Sprecher sagte …", "Geschäftsführerin Doris K.": the organisation speaking is
        # the one named in the sentence or at the start of the one before
        speaks_for = any(markers.role_noun(f[0]) for f in name_forms)
        if speaks_for and (
            words.interested.find(forms)
            or words.interested.find(_previous_opening(analysis, claim))
        ):
            return []
    return None


def _previous_opening(analysis: Analysis, claim: Claim) -> list[tuple[str, ...]]:
    """The first words of the sentence before ``claim`` (where its subject stands)."""
    if claim.sentence is None or claim.sentence == 0:
        return []
    before = analysis.sentences[claim.sentence - 1]
    return _forms(tokens_in(analysis, before.start, before.end)[:8])


def _accused(analysis: Analysis, words: StanceWords) -> set[int]:
    """Entities an accusation or suspicion of the article is aimed at (not who raises it)."""
    cached = analysis._scratch.get("stance_accused")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    accused: set[int] = set()
    for claim in analysis.claims:
        toks = tokens_in(analysis, claim.start, claim.end)
        if not words.accusation.find(_forms(toks)):
            continue
        raisers = {
            analysis.attributions[a].speaker_entity
            for a in claim.attributions
            if 0 <= a < len(analysis.attributions)
        }
        for m in analysis.mentions:
            inside = claim.start <= m.start and m.end <= claim.end
            # a person or an organisation is accused, not a place ("Police in Manchester
            # have arrested a man on suspicion of …")
            if (
                inside
                and m.entity is not None
                and m.entity not in raisers
                and m.type.value
                in (
                    "PER",
                    "ORG",
                )
            ):
                accused.add(m.entity)
    analysis._scratch["stance_accused"] = accused
    return accused


def _speakers(analysis: Analysis, claim: Claim) -> list[str]:
    names = []
    for a in claim.attributions:
        if 0 <= a < len(analysis.attributions):
            names += [" ".join(s.text.split()) for s in analysis.attributions[a].speakers]
    return names
