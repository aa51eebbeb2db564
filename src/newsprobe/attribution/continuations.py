"""Which sentence without a cue of its own carries on the attribution before it: reported
speech told sentence by sentence ("Er sagte, die Lage sei ernst. Die Regierung habe zu spät
gehandelt.").

* **Konjunktiv I** (not an instruction with "man": "Man nehme …") carries on an attribution
  up to two sentences back; an indicative sentence between ends the run (letting the run
  cross one was tried: no gain on the development part, lower source precision).
* **Konjunktiv II** ("hätte", "würden") right after an attribution in the subjunctive, or
  right after one with a speaker ("Spiegel Online berichtet vom Einsturz von zehn Häusern.
  Bis 14 Uhr hätte es vier Nachbeben gegeben."): the news corpora mark both as the same
  source's statement.
* **Reportative "sollen"** with a perfect or passive infinitive ("Der Mann soll zwei
  Menschen eingeschleust haben", "Beteiligte sollen bestraft werden") right after an
  attribution with a speaker, or with any infinitive after a demand or plan ("Die Länder
  fordern Konsequenzen. So sollen Abgeordnete künftig …"): the news corpora mark it as
  the same source's statement, with a pronoun subject too ("Die Behörden werfen Luna
  Betrug vor. Er soll …": the pronoun resolution after it does not take the carried-on
  source for "er").  A plain "sollen" elsewhere mostly tells what someone
  ought to do (parliamentary speeches), and is left alone.  After a source phrase ("laut
  X", "nach Angaben von X", "X zufolge", "demnach") any "sollen" with an infinitive carries
  on ("Laut Polizei … Unter den Toten soll sich auch ein Kind befinden.").
* **A first-person sentence in a text without any quotation marks** (scraped or converted
  text that lost them, as 10kGNAD) right after a statement with a speaker: that speaker's
  quote running on ("…, sagt Kurz. Ich habe recht bekommen."), a direct statement.
* **A Konjunktiv I sentence with no attribution before it**
  (:func:`newsprobe.attribution.orphans.orphan_speaker`) is the statement of the subject
  of the sentence right before it, or of the "von" agent of a passive there, when it can
  speak: "Staatspräsident Parwanow ist besorgt. Der Konflikt sei nicht ethnisch motiviert."
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsprobe.attribution.bare_quotes import between_frames
from newsprobe.attribution.carry_over import (
    carried_over,
    own_frame,
    scene_shift,
    subjunctive_clause,
    unmarked_text,
)
from newsprobe.attribution.cues import content_end
from newsprobe.attribution.found import Found, said_by
from newsprobe.attribution.lexicon import sources
from newsprobe.attribution.orphans import exhortative, name_words, orphan_speaker
from newsprobe.attribution.subjects import clause_start
from newsprobe.attribution.view import Sent, Tok
from newsprobe.intervals import IntervalIndex
from newsprobe.model import BlockKind

if TYPE_CHECKING:
    from newsprobe.attribution.cues import SentenceRules

#: How many sentences back an attribution may stand for a Konjunktiv I continuation.
MAX_GAP = 2


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
    reported: bool = False,
) -> bool:
    """Whether a sentence (its tokens and main verb) ``gap`` sentences after an attribution
    carries it on (see the module doc); ``reported``: the attribution's cue is a source
    phrase ("laut", "nach Angaben", "zufolge", "demnach")."""
    if gap > MAX_GAP:
        return False
    if verb.mood == "subj1":
        return not exhortative(toks, verb)
    if gap > 1:
        return False
    if verb.mood == "subj2":
        return in_subjunctive or with_speaker
    return (
        verb.lemma == "sollen"
        and verb.mood == "ind"
        and with_speaker
        and (demand or reported or reportative(toks, verb))
    )


#: Infinitives that close a reportative "sollen" clause: a perfect ("eingeschleust haben",
#: "gewesen sein") or a passive ("entlassen werden") — not a plain infinitive, which in
#: speeches mostly tells what someone ought to do ("Die Regierung soll handeln").
_REPORTATIVE_ENDS = frozenset(["haben", "sein", "werden"])


def reportative(toks: list[Tok], verb: Tok) -> bool:
    """Whether the "sollen" ``verb`` closes its clause with a perfect or passive infinitive;
    the clause runs on past commas of an apposition ("Er soll am Freitag, dem 17. März,
    zwei Menschen eingeschleust haben") up to a subordinate clause or a colon."""
    for t in toks[verb.i + 1 :]:
        if t.text in (";", ":") or t.tag == "SCONJ" or (t.tag == "REL" and _relative(toks, t)):
            break
        if t.lemma in _REPORTATIVE_ENDS and (
            t.tag == "VINF" or (t.tag == "VFIN" and toks[t.i - 1].tag == "VPP")
        ):
            return True  # (the tagger reads "eingeschleust haben" as a finite "haben")
    return False


def _relative(toks: list[Tok], pronoun: Tok) -> bool:
    """Whether a relative pronoun opens a relative clause (a finite verb before the next
    comma): the tagger also reads the article of an apposition as one (", dem 17. März,")."""
    for t in toks[pronoun.i + 1 :]:
        if t.text in (",", ";", ":"):
            return False
        if t.tag == "VFIN":
            return True
    return True


def breaks_chain(verb: Tok) -> bool:
    """An indicative sentence (a reportative "sollen" aside) ends a run of reported speech."""
    return verb.mood in ("ind", None)


#: Cue types of source phrases ("laut X", "nach Angaben von X", "X zufolge", "demnach"): a
#: plain reportative "sollen" right after one carries it on.
SOURCE_PHRASES = frozenset(
    ["laut", "source_noun", "zufolge", "anaphoric", "relative_source", "speech_noun"]
)

_NO_CHAIN_BLOCKS = frozenset(
    {
        BlockKind.HEADLINE,
        BlockKind.KICKER,
        BlockKind.SUBHEADING,
        BlockKind.CAPTION,
        BlockKind.CREDIT,
        BlockKind.BYLINE,
        BlockKind.DATELINE,
        BlockKind.RELATED,
    }
)


def main_verb(toks: list[Tok]) -> Tok | None:
    """The finite verb of the main clause: the first one outside quotes that no
    subordinator or relative pronoun introduces."""
    sub = False
    for t in toks:
        if t.quote is not None:
            continue
        if t.tag in ("SCONJ", "REL") or (t.tag == "WH" and t.i > 0):
            sub = True
        elif t.text == "," and sub:
            continue
        if t.tag == "VFIN":
            if not sub:
                return t
            sub = False
    return None


def continuation_statements(
    founds: list[Found],
    sents: list[Sent],
    kinds: dict,
    rules: SentenceRules,
    hypothetical: frozenset[int] = frozenset(),
) -> list[Found]:
    """Konjunktiv sentences that carry on an attribution without a cue of their own, and
    those whose speaker is the subject of the sentence before (:mod:`.continuations`); a
    sentence of ``hypothetical`` (:mod:`.irrealis`: an imagined case) carries nothing on and
    ends the run."""
    by_sentence: dict[int, list[Found]] = {}
    for f in founds:
        for s in f.sentences or {f.sentence}:
            by_sentence.setdefault(s, []).append(f)
    covered = IntervalIndex((s, e, None) for s, e in (f.message for f in founds))
    src = sources(rules.lex.lang)
    names = name_words(sents)
    out = list(founds)
    bare = sum(
        1
        for f in founds
        if f.cue is not None and f.quote is None and f.mood == "ind" and f.message[1] <= f.cue[0]
    )
    unmarked = unmarked_text([sent.toks for sent in sents], bare)
    by_id = {sent.id: sent for sent in sents}
    chain: Found | None = None
    chain_at = -10
    # the attribution a connective Konjunktiv I sentence may still carry on across the
    # narrator's sentences (:mod:`.carry_over`), and its sentence and block
    held: Found | None = None
    held_at, held_block = -10, None
    for sent in sents:
        kind = kinds.get(sent.block)
        if kind in _NO_CHAIN_BLOCKS:
            chain = held = None
            continue
        here = by_sentence.get(sent.id)
        if here:
            for f in here:
                # "Demnach …": the source is the one of the attribution before.
                if (
                    f.cue is not None
                    and f.cue[2] == "anaphoric"
                    and f.parent is None
                    and chain is not None
                    and sent.id - chain_at <= 3
                ):
                    f.parent = chain
            with_speaker = [f for f in here if f.speakers] or here
            chain = held = max(with_speaker, key=lambda f: f.start)
            chain_at = held_at = sent.id
            held_block = sent.block
            continue
        if sent.id in hypothetical:
            chain = held = None
            continue
        if held is not None and (sent.block != held_block or scene_shift(sent.toks)):
            held = None
        if not sent.toks or covered.containing(sent.start, sent.end):
            continue
        verb = main_verb(sent.toks)
        if verb is None:
            continue
        in_subjunctive = chain is not None and chain.mood in ("subj1", "subj2")
        gap = sent.id - chain_at
        speaking = chain is not None and bool(chain.speakers)
        cue = chain.cue if chain is not None else None
        demand = cue is not None and cue[3] in DEMANDS
        source = cue is not None and cue[2] in SOURCE_PHRASES
        on = carries_on(sent.toks, verb, gap, in_subjunctive, speaking, demand, source)
        # (a text that lost its quotation marks: a first-person sentence right after a
        # statement with a speaker is that speaker's quote running on)
        # (not where that speaker is "wir"/"ich" itself: the narrator's own voice, as in a
        # commentary's "Nennen wir es beim Namen: … Lassen Sie uns …")
        direct = (
            not on
            and unmarked
            and speaking
            and gap == 1
            and _first_person(sent.toks)
            and not _narrator(chain, by_id)
        )
        if chain is not None and (on or direct):
            found = _statement(sent)
            found.parent = chain
            if direct:
                found.kind = "direct"
            out.append(found)
            chain_at = held_at = sent.id
            continue
        if chain is not None and gap <= MAX_GAP:
            # "…, die Verletzten seien …": a Konjunktiv I main clause after the narrator's
            clause = subjunctive_clause(sent.toks, verb, rules.lex)
            if clause is not None:
                found = _statement(sent, first=clause)
                found.parent = chain
                out.append(found)
                chain_at = held_at = sent.id
                continue
        prev = sents[sent.id - 1] if sent.id > 0 else None
        np = None
        if (
            verb.mood == "subj1"  # (checked here first: most sentences are indicative)
            and prev is not None
            and prev.block == sent.block
            and prev.id not in by_sentence
        ):
            np = orphan_speaker(
                sent.toks,
                verb,
                prev.toks,
                main_verb(prev.toks),
                _subject_finder(rules),
                src,
                rules.lex,
                names,
            )
        carry = (
            held is not None
            and carried_over(sent.toks, verb, sent.id - held_at, unmarked)
            and not own_frame(sent.toks, verb, rules.lex)
        )
        if (
            carry
            and np is not None
            and prev is not None
            and prev.toks[np[0]].tag == "PRON"
            and _has_speaker(held)
        ):
            np = None  # (a pronoun subject before: the account carried over is likelier)
        if np is not None and prev is not None:
            found = _statement(sent, **said_by(rules, prev.toks, np))
            found.sentences.add(prev.id)
            out.append(found)
            chain, chain_at = found, sent.id
            held, held_at, held_block = found, sent.id, sent.block
            continue
        if carry and held is not None:
            found = _statement(sent)
            found.parent = held
            out.append(found)
            chain, chain_at, held_at = held, sent.id, sent.id
            continue
        if breaks_chain(verb):
            chain = None
    if unmarked:
        out.extend(between_frames(out, sents, rules.ctx.text))
    return out


#: First-person words: in a news text outside quotes, mostly someone's quoted words.
_FIRST_PERSON = frozenset(
    [
        *("ich", "mir", "mich", "wir", "uns", "mein", "meine", "meinen", "meinem", "meiner"),
        *("unser", "unsere", "unseren", "unserem", "unserer"),
    ]
)


def _first_person(toks: list[Tok]) -> bool:
    return any(t.low in _FIRST_PERSON for t in toks)


def _narrator(found: Found | None, by_id: dict[int, Sent]) -> bool:
    """Whether ``found``'s speaker phrases are first-person pronouns only ("wir", "ich")."""
    if found is None or not found.speakers or found.sentence not in by_id:
        return False
    words = [
        t
        for t in by_id[found.sentence].toks
        if t.is_word and any(a <= t.start < b for a, b in found.speakers)
    ]
    return bool(words) and all(t.low in _FIRST_PERSON for t in words)


def _has_speaker(found: Found | None) -> bool:
    """Whether an attribution, or one it carries on, has a speaker phrase."""
    for _ in range(10):
        if found is None:
            return False
        if found.speakers:
            return True
        found = found.parent
    return False


def _statement(sent: Sent, first: int = 0, **speaker) -> Found:
    """A whole sentence (from its token ``first`` on) as a statement without a cue of its
    own (see :func:`continuation_statements`)."""
    toks = sent.toks
    end = content_end(toks)
    message = (toks[first].start, toks[end - 1].end if end else toks[-1].end)
    found = Found(
        kind="indirect",
        sentence=sent.id,
        message=message,
        confidence=0.7 if not speaker else 0.6,
        sentences={sent.id},
        **speaker,
    )
    if any(t.quote is not None for t in toks[first:]):
        found.kind = "partial"
    return found


def _subject_finder(rules: SentenceRules) -> Callable[[list[Tok], Tok], tuple[int, int] | None]:
    """The subject of a sentence's main verb."""

    def subject(toks: list[Tok], verb: Tok) -> tuple[int, int] | None:
        # the phrase opening the clause, appositions and brackets before the verb included
        # ("Berlins Bürgermeister Klaus Wowereit (SPD) bedauerte …"), else by position
        opening = clause_start(verb, toks, rules.lex)
        if opening is not None:
            return opening
        return rules._subject(toks, 0, content_end(toks) or len(toks), verb, verb)

    return subject
