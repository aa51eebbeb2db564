"""What a body statement keeps in reserve beyond its cues, and what a headline's words do not
hedge — rules :mod:`newsprobe.claims.stance` applies (kept apart to keep that module short):

- a company or organisation the article is about vouching for itself (a denial, a reassurance)
  speaks as an interested party (:func:`self_serving`);
- "keine Hinweise darauf, dass …" leaves open what it does not find (:func:`no_evidence`);
- reported speech carrying on another outlet's report keeps that report's reserve
  (:func:`continues_report`, :func:`reported_on`);
- "drohte X mit …" is an act, not a risk; "Vorwürfe … sind haltlos" judges the accusation;
  "wurden" (passive) announces nothing; "Keine Gefahr" is no hedge.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from newsprobe.claims.similarity import fold
from newsprobe.model import Analysis, Claim, EntityType, SourceType, Token


class Words(Protocol):
    """A word list of :mod:`newsprobe.claims.stance` (positions of its entries in ``forms``)."""

    def find(self, forms: list[tuple[str, ...]]) -> list[int]: ...


#: Accusation nouns whose reach the clause's copula decides (stance adds its own to these).
ACCUSATION_NOUNS = frozenset(
    {
        "anklage",
        "vorwurf",
        "vorwurfe",
        "verdacht",
        "tatverdacht",
        "accusation",
        "accusations",
        "allegation",
        "allegations",
        "charges",
        "suspicion",
    }
)


def _tokens_in(analysis: Analysis, start: int, end: int) -> list[Token]:
    return [t for t in analysis.tokens if t.start >= start and t.end <= end]


def _forms(tokens: list[Token]) -> list[tuple[str, ...]]:
    return [tuple({fold(t.text), fold(t.lemma or t.text)}) for t in tokens]


#: Copulas: an accusation noun before one is what the clause judges ("Vorwürfe … sind haltlos").
_COPULAS = frozenset(
    {"ist", "sind", "war", "waren", "bleibt", "bleiben", "is", "are", "was", "were", "remain"}
)


def judged_noun(toks: list[Token], k: int) -> bool:
    """An accusation noun that is the subject of a copula: the headline states something about
    the accusation itself ("Vorwürfe gegen X sind haltlos"), not the accused act."""
    if fold(toks[k].text) not in ACCUSATION_NOUNS:
        return False
    return any(fold(t.text) in _COPULAS for t in toks[k + 1 : k + 6])


def threatens_someone(toks: list[Token], k: int) -> bool:
    """ "drohte Profis mit Rauswurf" is an act of threatening, not a risk ("Pleite droht")."""
    if not fold(toks[k].text).startswith("droh"):
        return False
    return any(fold(t.text) == "mit" for t in toks[k + 1 : k + 5])


def cue_lemmas(analysis: Analysis, start: int, end: int) -> list[str]:
    """The folded lemmas of the claims layer's cues in ``start:end`` (they join a separated
    particle: "kündigt … an" -> "ankündigen")."""
    return [
        fold(c.lemma.replace("|", ""))
        for claim in analysis.claims
        if claim.start < end and start < claim.end
        for c in claim.cues
        if c.lemma and start <= c.start and c.end <= end
    ]


#: Negations before a risk noun: "Keine Gefahr für Anwohner" states that there is none.
NEGATORS = frozenset({"kein", "keine", "keinerlei", "no"})


def passive(toks: list[Token], k: int) -> bool:
    """Whether "werden" at ``k`` is the auxiliary of a passive or its past ("Daten wurden nicht
    missbraucht"): it announces nothing."""
    if fold(toks[k].lemma or toks[k].text) != "werden":
        return False
    if fold(toks[k].text).startswith("wurd") or fold(toks[k].text) == "worden":
        return True
    return any(t.pos == "VVPP" for t in toks[k + 1 :])


#: Organisations whose word on their own doings counts as official, not as a party's.
_OFFICIAL_WORDS = (
    "polizei",
    "ministerium",
    "behorde",
    "amt",
    "gericht",
    "staatsanwalt",
    "regierung",
    "stadt",
    "feuerwehr",
    "police",
    "ministry",
    "council",
    "court",
    "government",
    "department",
    "agency",
    "prosecutor",
    "office",
)


def self_serving(
    analysis: Analysis,
    claim: Claim,
    sources: list,
    toks: list[Token],
    forms: list[tuple[str, ...]],
) -> list[int] | None:
    """A company or other organisation the article reports on, vouching for itself ("Kavera
    erklärte, es gebe keine Hinweise auf Missbrauch", "Voltara said its software was safe"):
    its denial or reassurance is an interested party's word.  Returns the positions of the
    words that deny or reassure (None: it is no such statement)."""
    orgs: set[int] = set()
    for a in claim.attributions:
        if 0 <= a < len(analysis.attributions):
            speaker = analysis.attributions[a].speaker
            if speaker is not None:
                for e in (speaker.affiliation_entity, speaker.entity):
                    if e is not None:
                        orgs.add(e)
    orgs |= {s.entity for s in sources if s.entity is not None}
    orgs = {
        e
        for e in orgs
        if 0 <= e < len(analysis.entities)
        and analysis.entities[e].type is EntityType.ORG
        and not any(w in fold(analysis.entities[e].name) for w in _OFFICIAL_WORDS)
    }
    # a named source no entity stands for ("Voltara said …"), typed as none of the official
    names = {
        fold(s.name)
        for s in sources
        if s.entity is None and s.named and s.type is SourceType.OTHER and len(s.name) > 2
    }
    if not (orgs or names) or not analysis.sentences:
        return None
    # the article is about it: it is named in the opening sentences of the text
    first = [s for s in analysis.sentences if s.end <= claim.start][:3]
    opening = " ".join(fold(s.text) for s in first)
    if not any(
        m.entity in orgs and any(s.start <= m.start < s.end for s in first)
        for m in analysis.mentions
    ) and not any(name in opening for name in names):
        return None
    message = [
        k
        for k, t in enumerate(toks)
        if fold(t.text) in _SELF_NEGATION or set(forms[k]) & _REASSURANCE
    ]
    if not message:
        return None
    return message[:2]


#: The words of "nach eigenen Angaben", "eigenen Angaben zufolge", "by its own account".
_OWN_ACCOUNT = frozenset({"nach", "eigenen", "angaben", "zufolge", "by", "its", "own", "account"})


def official_account(toks: list[Token], k: int, sources: list) -> bool:
    """Whether the self-report phrase at ``k`` ("nach eigenen Angaben") is an authority's
    account of its own doings: every source of the claim is official, and the phrase is that
    account, not a claim in its own cause ("behauptet", "insisted")."""
    if not sources or any(s.type is not SourceType.OFFICIAL for s in sources):
        return False
    words = [fold(t.text) for t in toks[k : k + 3]]
    return bool(words) and all(w in _OWN_ACCOUNT for w in words) and "angaben" in words


#: Words of a denial or reassurance in a party's statement about itself.
_SELF_NEGATION = frozenset(
    {"kein", "keine", "keinen", "keinem", "keiner", "nicht", "nie", "no", "not", "never", "none"}
)
_REASSURANCE = frozenset(
    {
        "sicher",
        "unbedenklich",
        "harmlos",
        "korrekt",
        "rechtmassig",
        "ordnungsgemass",
        "unbegrundet",
        "haltlos",
        "safe",
        "harmless",
        "lawful",
        "legal",
        "unfounded",
        "baseless",
    }
)


#: Nouns of evidence: "keine Hinweise darauf, dass …", "no evidence that …".
_EVIDENCE_NOUNS = ("hinweis", "beleg", "anzeich", "indiz", "evidence", "sign", "indication")


def no_evidence(toks: list[Token]) -> int | None:
    """Where a "no evidence that …" stands: it leaves open what it does not find."""
    for k in range(len(toks) - 2):
        if fold(toks[k].text) not in ("kein", "keine", "keinen", "keinerlei", "no"):
            continue
        if fold(toks[k + 1].lemma or toks[k + 1].text).startswith(_EVIDENCE_NOUNS) and any(
            fold(t.text) in ("dass", "that") for t in toks[k + 2 : k + 6]
        ):
            return k
        # "no immediate reports of damage", "keine Berichte über Verletzte": nobody has
        # reported it (yet), which does not say it did not happen
        for j in (k + 1, k + 2):
            if (
                j + 1 < len(toks)
                and fold(toks[j].text).startswith(_INFO_NOUNS)
                and fold(toks[j + 1].text) in _ABOUT
            ):
                return k
    return None


#: Nouns of a report or information: "no reports of …", "keine Angaben zu …".
_INFO_NOUNS = ("report", "bericht", "angaben", "information", "erkenntnis", "meldung")
#: What such a noun reports about.
_ABOUT = frozenset({"of", "about", "on", "that", "uber", "von", "zu", "zur", "zum", "dass"})


def continues_report(
    analysis: Analysis, claim: Claim, media_report: Words, agencies: Words
) -> bool:
    """Reported speech with no speech verb of its own right after another outlet's report
    ("Das berichtet der Spiegel … Falk habe ihnen gedroht"): it carries on that report."""
    types = {c.type for c in claim.cues}
    if "subjunctive" not in types or "speech_verb" in types or claim.sentence is None:
        return False
    for k in (claim.sentence - 1, claim.sentence - 2):
        if 0 <= k < len(analysis.sentences):
            before = analysis.sentences[k]
            forms = _forms(_tokens_in(analysis, before.start, before.end))
            if media_report.find(forms) and not agencies.find(forms):
                return True
    return False


def reported_on(analysis: Analysis, claim: Claim) -> bool:
    """Reported speech carrying on another outlet's report ("Das berichtet die SZ … Ressler
    habe …"): the subjunctive or a continued attribution keeps the report's reserve."""
    for a in claim.attributions:
        if 0 <= a < len(analysis.attributions):
            att = analysis.attributions[a]
            if att.continues is not None or att.mood in ("subj1", "subj2"):
                return True
    return False


#: Subordinators of time whose clause states what happened as given ("charged with murder
#: after a teenager was stabbed": the stabbing is no accusation).
_AFTER = frozenset({"after", "nachdem", "before", "bevor"})


def beyond_after(
    toks: list[Token],
    k: int,
    focus: frozenset[str],
    overlap: Callable[[list[Token], frozenset[str]], int],
) -> bool:
    """Whether the headline's words stand in an "after …" clause past the cue at ``k``
    (the cue does not reach it) — unless two of them stand in the cue's own clause: "A man
    has been charged with murder after a woman was found dead" backs "Man murdered woman"
    only as the charge it is."""
    if not focus:
        return False
    at = next((j for j in range(k + 1, len(toks)) if fold(toks[j].text) in _AFTER), None)
    if at is None:
        return False
    before = overlap(toks[: at + 1], focus)
    return overlap(toks[at + 1 :], focus) > before and before < 2


#: Coordinators that open an elliptic conjunct ("… überfallen und ausgeraubt haben").
_COORDINATORS = frozenset({"und", "oder", "sowie", "and", "or"})
#: Tags of a non-finite verb that closes a conjunct whose auxiliary stands in the next one.
_NONFINITE = ("VVPP", "VVINF", "VAINF", "VAPP", "VMINF", "VVIZU")


def shared_verb_head(analysis: Analysis, claim: Claim) -> Claim | None:
    """The claim whose modal or hedge ``claim`` shares as an elliptic conjunct: "Er soll eine
    Seniorin überfallen | und ausgeraubt haben" splits into two claims, and the second — it
    opens with "und" and has no verb complex of its own, the first ending in a participle or
    infinitive whose auxiliary it carries — is as hedged as the first.  ``None`` where
    ``claim`` is no such conjunct ("… genommen haben | und die Polizei ermittelt" has its
    own subject and finite verb: the first conjunct is whole)."""
    first = claim.text.split(maxsplit=1)[:1]
    if claim.sentence is None or not first or first[0].lower() not in _COORDINATORS:
        return None
    toks = _tokens_in(analysis, claim.start, claim.end)
    words = [t for t in toks if any(c.isalnum() for c in t.text)]
    if len(words) < 2 or words[0].text.lower() not in _COORDINATORS:
        return None
    before = [
        c
        for c in analysis.claims
        if c.sentence == claim.sentence and c.end <= claim.start and c.id != claim.id
    ]
    if not before:
        return None
    head = max(before, key=lambda c: c.end)
    head_words = [
        t for t in _tokens_in(analysis, head.start, head.end) if any(c.isalnum() for c in t.text)
    ]
    if not head_words or not (head_words[-1].pos or "").startswith(_NONFINITE):
        return None
    return head


#: Nouns of a report and the words that open what it says ("after a report that …", "nach
#: einem Bericht, wonach …").
_REPORT_NOUNS = frozenset(
    {"report", "reports", "bericht", "berichte", "berichten", "medienbericht", "medienberichte",
     "medienberichten", "meldung", "meldungen", "zeitungsbericht", "presseberichte"}
)  # fmt: skip
_REPORT_OPENERS = frozenset({"that", "dass", "wonach", "demzufolge", "denen", "dem"})


def report_that(forms: list[tuple[str, ...]]) -> int | None:
    """The position of a report noun whose content follows ("Shares fell after a report that
    regulators opened an investigation"): what follows is the report's, not the outlet's."""
    for k, f in enumerate(forms):
        if set(f) & _REPORT_NOUNS and any(set(g) & _REPORT_OPENERS for g in forms[k + 1 : k + 3]):
            return k
    return None
