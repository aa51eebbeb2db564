"""The body's side of the headline check: how much a backing claim weighs (:func:`weigh`).

Stated by the outlet or an independent source (official, court, expert, agency), or only
hedged, a forecast, an accusation or suspicion, a claim only an interested party makes (a party
in the dispute, political opponents, the accused, a company about itself), or one resting on
weak sources (anonymous, social media).  Source types come from the model (``Source.type``);
the words that mark interested parties, accusations, forecasts and plans from
``stance_<lang>.toml`` (:func:`newsprobe.claims.stance.stance_words`).  Split from
:mod:`newsprobe.claims.stance` (the headline's side) in round 14.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsprobe.claims import contested, overreach, reserve
from newsprobe.claims import stance_markers as markers
from newsprobe.claims.cues import HEDGE_TYPES
from newsprobe.claims.stance import (
    StanceWords,
    Weight,
    cue_at,
    fold,
    forecasts,
    forms_of,
    stance_words,
    tokens_in,
)
from newsprobe.model import WEAK_SOURCE_TYPES, Analysis, Claim, ClaimStatus, Cue, Span


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
    forms = forms_of(toks)

    def outside(cue: Cue) -> bool:
        return markers.in_relative(toks, cue, words, focus)

    hedges = [c for c in claim.cues if c.type in HEDGE_TYPES and not outside(c)]
    if claim.status in (ClaimStatus.ATTRIBUTED, ClaimStatus.ASSERTED) and not hedges:
        # "Detectives believe …", "Die Ermittler gehen davon aus, …", "Die Polizei geht von
        # Brandstiftung aus": a supposition
        hedges = [
            cue_at(analysis, toks[k], "hedge_phrase") for k in markers.believed(toks, forms, words)
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
    plan_cues = [cue_at(analysis, toks[k], "plan") for k in planned]
    if plan and not planned:  # a separated verb ("kündigte … an") is whole only in its cue
        said = [c for c in claim.cues if words.plan.word(fold((c.lemma or "").replace("|", "")))]
        plan_cues = said[:1]
    accusation = [
        k
        for k in words.accusation.find(forms)
        if not outside(cue_at(analysis, toks[k], "accusation"))
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
        return Weighed(Weight.QUESTION, [cue_at(analysis, toks[open_at], "question")])
    report_at = reserve.report_that(forms)  # "… after a report that regulators opened …"
    if report_at is not None and focus and markers.overlap(toks[report_at + 1 :], focus) > 1:
        return Weighed(Weight.REPORTED, [cue_at(analysis, toks[report_at], "hedge_phrase")])
    if claim.status is not ClaimStatus.ATTRIBUTED:
        if accusation:
            return Weighed(
                Weight.ACCUSATION, [cue_at(analysis, toks[k], "accusation") for k in accusation]
            )
        forecast = forecasts(toks, forms, words) or markers.threats(toks)  # "droht", too
        if forecast:
            cues = [cue_at(analysis, toks[k], "forecast") for k in forecast]
            return Weighed(Weight.FORECAST, cues)
        judging = markers.judging(toks, words.judging.find(forms))
        if judging and words.interested.find(forms[: min(judging[0], 6)]):
            cues = [cue_at(analysis, toks[k], "interested") for k in judging]
            return Weighed(Weight.INTERESTED, cues)
        causal = markers.causal(toks) or markers.deemed(toks)  # or a judgement of anyone's
        if causal:  # "Der Minister führte den Rückgang auf die Kontrollen zurück": a reading
            return Weighed(Weight.OPINION, [cue_at(analysis, toks[k], "opinion") for k in causal])
        none_found = reserve.no_evidence(toks)
        if none_found is not None:  # "keine Hinweise, dass …" does not say it did not happen
            return Weighed(Weight.HEDGED, [cue_at(analysis, toks[none_found], "hedge_phrase")])
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
        cues = [cue_at(analysis, toks[k], "opinion") for k in judging]
        return Weighed(Weight.OPINION, cues, [s.id for s in sources], speakers)
    interested = _interested(analysis, claim, sources, speakers, forms, words)
    if interested is None:  # a party's own assessment: an effect, a success, a cause, a rank
        own = overreach.own_interest(analysis, claim, sources, speakers, toks, focus)
        interested = None if own is None else [cue_at(analysis, toks[k], "interested") for k in own]
    if interested is None:  # a politician's word in reported speech
        said = overreach.politician_says(analysis, claim, sources, toks)
        interested = (
            None if said is None else [cue_at(analysis, toks[k], "interested") for k in said]
        )
    if interested is not None and decided and not interested:
        # an interested party telling what another party plans ("Der Verbund wolle …
        # einsparen", said a union's spokesman): no announcement of its own plan
        names = [*speakers, *(s.name for s in sources)]
        decided = not contested.others_plan(toks, forms, planned, names, words)
    if (interested is None or decided) and not accusation:  # an accusation weighs as such
        denial = contested.disputed(analysis, claim, words)  # "… Albrecht wies das zurück."
        if denial is not None:
            interested, decided = [denial], False
    if interested is not None and not decided:
        return Weighed(Weight.INTERESTED, interested, [s.id for s in sources], speakers)
    if accusation:
        cues = [cue_at(analysis, toks[k], "accusation") for k in accusation]
        return Weighed(Weight.ACCUSATION, cues, [], speakers)
    forecast = forecasts(toks, forms, words) or markers.threats(toks)
    if forecast and not decided:  # "warned that the tax would …": a forecast, not a plan
        cues = [cue_at(analysis, toks[k], "forecast") for k in forecast]
        return Weighed(Weight.FORECAST, cues, [], speakers)
    none_found = reserve.no_evidence(toks)
    if none_found is not None:
        cue = cue_at(analysis, toks[none_found], "hedge_phrase")
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
        return [cue_at(analysis, toks[k], "interested") for k in found]
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
        return [cue_at(analysis, toks[k], "interested") for k in own]
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
    return forms_of(tokens_in(analysis, before.start, before.end)[:8])


def _accused(analysis: Analysis, words: StanceWords) -> set[int]:
    """Entities an accusation or suspicion of the article is aimed at (not who raises it)."""
    cached = analysis._scratch.get("stance_accused")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    accused: set[int] = set()
    for claim in analysis.claims:
        toks = tokens_in(analysis, claim.start, claim.end)
        if not words.accusation.find(forms_of(toks)):
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
