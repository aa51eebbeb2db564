"""Which sentence without a cue of its own carries on the attribution before it: reported
speech told sentence by sentence ("Er sagte, die Lage sei ernst. Die Regierung habe zu spät
gehandelt.").

* **Konjunktiv I** (not an instruction with "man": "Man nehme …") carries on an attribution
  up to two sentences back; an indicative sentence between ends the run (letting the run
  cross one was tried: no gain on the development part, lower source precision).
* **Konjunktiv II** ("hätte", "würden") only right after an attribution in the subjunctive.
* **Reportative "sollen"** with a perfect or passive infinitive ("Der Mann soll zwei
  Menschen eingeschleust haben", "Beteiligte sollen bestraft werden") right after an
  attribution with a speaker, or with any infinitive after a demand or plan ("Die Länder
  fordern Konsequenzen. So sollen Abgeordnete künftig …"): the news corpora mark it as
  the same source's statement.  A plain "sollen" elsewhere mostly tells what someone
  ought to do (parliamentary speeches), and is left alone.
"""

from __future__ import annotations

from newsprobe.attribution.view import Tok

#: How many sentences back an attribution may stand for a Konjunktiv I continuation.
MAX_GAP = 2


def _exhortative(toks: list[Tok], verb: Tok) -> bool:
    """ "Man nehme …", "Man bedenke …": Konjunktiv I of a full verb with "man" is an
    instruction, not reported speech ("man habe …" with an auxiliary is)."""
    return verb.stts == "VVFIN" and any(
        t.low == "man" for t in toks[max(0, verb.i - 2) : verb.i + 2]
    )


#: Cue lemmas of demands, plans and proposals: a plain "sollen" after them tells their
#: content ("Die Länder fordern Konsequenzen. So sollen Abgeordnete künftig …").
DEMANDS = frozenset(
    [
        "fordern", "verlangen", "auffordern", "aufrufen", "vorschlagen", "beschließen",
        "planen", "ankündigen", "vorsehen", "empfehlen", "anordnen", "drängen", "bitten",
        "entscheiden", "vereinbaren", "einigen",
    ]
)  # fmt: skip


def carries_on(
    toks: list[Tok],
    verb: Tok,
    gap: int,
    in_subjunctive: bool,
    with_speaker: bool,
    demand: bool = False,
) -> bool:
    """Whether a sentence (its tokens and main verb) ``gap`` sentences after an attribution
    carries it on (see the module doc)."""
    if gap > MAX_GAP:
        return False
    if verb.mood == "subj1":
        return not _exhortative(toks, verb)
    if gap > 1:
        return False
    if verb.mood == "subj2":
        return in_subjunctive
    return (
        verb.lemma == "sollen"
        and verb.mood == "ind"
        and with_speaker
        and not _pronoun_subject(toks, verb)
        and (demand or _reportative(toks, verb))
    )


#: Infinitives that close a reportative "sollen" clause: a perfect ("eingeschleust haben",
#: "gewesen sein") or a passive ("entlassen werden") — not a plain infinitive, which in
#: speeches mostly tells what someone ought to do ("Die Regierung soll handeln").
_REPORTATIVE_ENDS = frozenset(["haben", "sein", "werden"])


def _reportative(toks: list[Tok], verb: Tok) -> bool:
    for t in toks[verb.i + 1 :]:
        if t.text in (",", ";", ":"):
            break
        if t.lemma in _REPORTATIVE_ENDS and (
            t.tag == "VINF" or (t.tag == "VFIN" and toks[t.i - 1].tag == "VPP")
        ):
            return True  # (the tagger reads "eingeschleust haben" as a finite "haben")
    return False


def _pronoun_subject(toks: list[Tok], verb: Tok) -> bool:
    """ "Er soll …": a personal pronoun as the subject.  Left out for now: the pronoun
    resolution after it would take the carried-on source as the last speaker ("Die Behörden
    werfen Luna Betrug vor. Er soll … Als Begründung gab er an, …" → "Behörden")."""
    near = [toks[k] for k in (verb.i - 1, verb.i + 1) if 0 <= k < len(toks)]
    return any(t.stts == "PPER" for t in near)


def breaks_chain(verb: Tok) -> bool:
    """An indicative sentence (a reportative "sollen" aside) ends a run of reported speech."""
    return verb.mood in ("ind", None)
