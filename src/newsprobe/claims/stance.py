"""Certainty on both sides of the headline check.

The headline's side (:func:`read_headline`, :func:`headline_stance`): is it a label with no
claim ("Will Smith", "Das Urteil im Wortlaut")?  Does an "X: …" prefix attribute it to X
("Alleinerziehende: …", "Polizei: …") or report hearsay ("Medienbericht: …", "Report: …")?  How
sure is each clause: stated as fact, a plan, hedged ("soll", "droht"), attributed (quotes,
"laut"), an accusation ("unter Verdacht", "accused of") or a question?

The body's side (how much a backing claim weighs) is :mod:`newsprobe.claims.backing`; the
words that mark interested parties, accusations, forecasts and plans for both come from
``stance_<lang>.toml`` (:func:`stance_words`).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from importlib.resources import files

from newsprobe.claims import reserve
from newsprobe.claims import stance_markers as markers
from newsprobe.claims.numbers import quantities
from newsprobe.claims.saying import DOCUMENT_NOUNS, names_a_speaker, speech_verbs, uncredited
from newsprobe.model import (
    Analysis,
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


def forms_of(tokens: list[Token]) -> list[tuple[str, ...]]:
    return [tuple({fold(t.text), fold(t.lemma or t.text)}) for t in tokens]


def tokens_in(analysis: Analysis, start: int, end: int) -> list[Token]:
    return [t for t in analysis.tokens if t.start >= start and t.end <= end]


def cue_at(analysis: Analysis, tok: Token, type_: str) -> Cue:
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
    forms = forms_of(toks)
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
    forms = forms_of(head)
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
    forms = forms_of(toks)
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
        return Stance.ACCUSATION, [cue_at(analysis, toks[k], "accusation") for k in found]
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
        return Stance.ATTRIBUTED, [cue_at(analysis, toks[k], "speech_verb") for k in speech]
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
        return Stance.HEDGED, [cue_at(analysis, toks[k], "risk") for k in found]
    found = forecasts(toks, forms, words)
    if found:  # the headline reports the forecast or warning itself ("Polizei warnt vor …")
        return Stance.ATTRIBUTED, [cue_at(analysis, toks[k], "forecast") for k in found]
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
    forms = forms_of(toks)
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


def forecasts(toks: list[Token], forms: list[tuple[str, ...]], words: StanceWords) -> list[int]:
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
