"""How the cue rules use the trained tagger: the probability of each token being a cue, and
what a rule-built attribution around a cue the lexicon lacks must hold to be kept.

Off by default (``NEWSPROBE_CUE_MODEL=1`` switches it on): on SpkAtt-2023 debates it adds
recall, but on news its extra cues are under half right and push cue precision below the
rules' own (see ``model/MODEL_CARD.md`` for the figures).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from newsprobe.attribution.found import Found
from newsprobe.attribution.view import Tok

#: Cue type of cues the lexicon lacks and the tagger proposed.
LEARNED_VERB = "learned_verb"
LEARNED_NOUN = "learned_noun"


#: Set to 1 to let the tagger propose cues the lexicon lacks.
ENV_SWITCH = "NEWSPROBE_CUE_MODEL"
#: A threshold above any probability: the tagger is never consulted.
OFF = 2.0


@dataclass
class Settings:
    """Thresholds on the tagger's marginal (0.5 was best by 5-fold CV on SpkAtt train; 0.8
    keeps more of the news precision)."""

    verb_min: float = 0.8
    noun_min: float = 0.8
    #: Keep narrated speech acts ("reported": no content clause or quote) from learned verbs.
    narrated: bool = False
    #: Require a speaker.
    speaker: bool = True
    #: Kinds of attribution a learned verb may make (a quoted fragment after "stellte",
    #: "nahm" is mostly a phrase, not a statement).
    kinds: tuple[str, ...] = ("direct", "indirect", "mixed")


def _settings() -> Settings:
    if os.environ.get(ENV_SWITCH, "0") == "1":
        return Settings()
    return Settings(verb_min=OFF, noun_min=OFF)


learned_settings = _settings()


def learned_marginals(toks: Sequence[Tok]) -> list[float]:
    """P(cue) per token from the shipped tagger; zeros where there is none."""
    from newsprobe.attribution.cue_model import tagger

    model = tagger.default_tagger()
    if model is None:
        return [0.0] * len(toks)
    return model.marginals(toks)


def learned_verb_cue(found: Found, marginal: Callable[[], float]) -> Found | None:
    """A rule-built attribution around a verb the lexicon lacks, kept only when it is whole
    (a message, a speaker unless ``Settings.speaker`` is off, and, unless
    ``Settings.narrated``, a content — quote or clause — rather than a narrated act) and
    the tagger's ``marginal`` (asked last: it costs a tagging of the sentence) reaches
    ``Settings.verb_min``."""
    if found.cue is None or found.message[1] <= found.message[0]:
        return None
    if learned_settings.speaker and not found.speakers:
        return None
    narrated = found.cue[2].startswith("narrated")
    if narrated and not learned_settings.narrated:
        return None
    if not narrated and found.kind not in learned_settings.kinds:
        return None
    p = marginal()
    if p < learned_settings.verb_min:
        return None
    ctype = found.cue[2] if narrated else LEARNED_VERB
    return replace(
        found,
        cue=(found.cue[0], found.cue[1], ctype, found.cue[3]),
        confidence=round(min(found.confidence, 0.5 + 0.3 * p), 2),
    )


def learned_noun_cue(found: Found, marginal: Callable[[], float]) -> Found | None:
    """A speech noun the lexicon lacks with its dass/ob clause ("die Frage, ob …"), kept
    when the tagger's ``marginal`` reaches ``Settings.noun_min``."""
    if found.cue is None or found.message[1] <= found.message[0]:
        return None
    if learned_settings.speaker and not found.speakers:
        return None
    p = marginal()
    if p < learned_settings.noun_min:
        return None
    return replace(
        found,
        cue=(found.cue[0], found.cue[1], LEARNED_NOUN, found.cue[3]),
        confidence=round(min(found.confidence, 0.4 + 0.3 * p), 2),
    )
