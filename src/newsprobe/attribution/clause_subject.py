"""The subject of a cue's own clause, for a statement whose cue rules found no speaker phrase.

The cue rules read a speaker phrase off a few sentence shapes; where none matches, the
clause that holds the cue still has a subject, found by German clause structure alone:

* a main clause with its finite verb second: the noun phrase before the verb ("Das Gericht
  kam damit zu dem Ergebnis, …", "Die staatlich kontrollierten Medien hatten … gesprochen");
* a main clause with a phrase, a quote or a subordinate clause first: the noun phrase right
  after the finite verb ("„…“, wollen die Demonstranten in der Hauptstadt wissen");
* a subordinate clause (verb last): the noun phrase right after its conjunction ("Als
  Hongkongs Chief Executive C.Y. Leung am Sonntag sagte, …").

The phrase found must be one that can speak: it holds a person or organisation name, or its
head is a role, a person noun or a noun of a known source kind.  A passive clause ("wurde
kritisiert") has no speaker as subject.  Used by ``speaker_resolution`` after its other
readers of unframed statements."""

from __future__ import annotations

from newsprobe.attribution.descriptions import person_noun
from newsprobe.attribution.speaker_parts import Article, head_index, is_role
from newsprobe.attribution.unframed import Ask
from newsprobe.model import AttributionKind, EntityType, Speaker, Token

_FINITE = frozenset(["VVFIN", "VAFIN", "VMFIN"])
#: Tags that end a clause before the cue (a comma, a colon, a quote mark, a subordinator).
_SUBORDINATORS = frozenset(["KOUS", "PRELS", "PWAV"])
#: Tags of a subject noun phrase's words.
_NP = frozenset(
    [*("ART", "ADJA", "ADJD", "NN", "NNA", "NE", "FM", "PPOSAT", "CARD", "TRUNC", "PIAT"), "PDS"]
) | {"PDAT"}
#: Forms of "werden": a passive clause's subject does not speak ("wurde aufgefordert").
_PASSIVE = frozenset(["wird", "wurde", "wurden", "werden", "würde", "würden", "werde"])
#: Subordinating conjunctions the tagger may read otherwise ("Als" as a preposition).
_CONJUNCTIONS = frozenset(["als", "während", "nachdem", "bevor", "weil", "da", "obwohl"])
#: Particles that open a surname at a sentence's start ("Zu Guttenberg", "Von der Leyen").
_NAME_PARTICLES = frozenset(["Zu", "Von", "Van", "De", "Di", "Da", "Du", "Le", "La"])
#: Articles of a phrase that is no subject ("Den Vorwurf wies er zurück").
_OBLIQUE = frozenset(["den", "dem", "einen", "einem", "des", "eines"])
#: Subject pronouns after an inverted verb that resolve to a speaker.
_SUBJECT_PRONOUNS = frozenset(["er", "sie"])
_BOUNDARIES = frozenset([",", ":", ";", "–"])


def _clause(toks: list[Token], k: int) -> int:
    """Where the clause holding ``toks[k]`` starts (after a comma, colon or quote mark)."""
    b = k
    while b > 0 and toks[b - 1].text not in _BOUNDARIES and toks[b - 1].pos != "$.":
        b -= 1
    return b


def _np_from(toks: list[Token], i: int) -> int:
    """The end (exclusive) of a noun phrase starting at ``toks[i]``, or ``i`` for none; an
    apposition in commas after it belongs to it ("…, Sandra Boser (GRÜNE), erklärte")."""
    j = i
    if j + 1 < len(toks) and toks[j].text in _NAME_PARTICLES and toks[j + 1].pos == "NE":
        j += 1  # "Zu Guttenberg hatte …": a name's particle, not a preposition
    while j < len(toks) and toks[j].pos in _NP and j - i < 10:
        j += 1
    return j


def _apposed_before(toks: list[Token], start: int) -> tuple[int, int] | None:
    """A clause that is its verb alone after a comma ("…, die Sprecherin der Fraktion,
    Sandra Boser (GRÜNE), erklärte"): the noun phrase between the commas before it, a
    parenthesis aside, is its subject."""
    if start < 2 or toks[start - 1].text != ",":
        return None
    b = start - 1
    while b > 0 and toks[b - 1].text not in _BOUNDARIES and toks[b - 1].pos != "$.":
        b -= 1
    words = [t for t in toks[b : start - 1] if t.text not in ("(", ")")]
    inside = False
    kept: list[int] = []
    for i in range(b, start - 1):
        if toks[i].text == "(":
            inside = True
        elif toks[i].text == ")":
            inside = False
        elif not inside:
            kept.append(i)
    if not words or not kept or any(toks[i].pos not in _NP for i in kept):
        return None
    return kept[0], kept[-1] + 1


def can_speak(toks: list[Token], art: Article) -> bool:
    """Whether a phrase can name a speaker: it holds a person or organisation name, or its
    head is a role, a person noun or a noun of a known source kind."""
    if any(
        m.type in (EntityType.PER, EntityType.ORG) and m.entity is not None
        for m in art.mentions_in(toks[0].start, toks[-1].end)
    ):
        return True
    head_i = head_index(toks)
    if head_i is None or toks[head_i].pos not in ("NN", "NNA"):
        return False
    head = toks[head_i].text
    return (
        toks[0].pos == "PPOSAT"  # "Seine Frau", "ihr Anwalt": someone's relation
        or is_role(head, art)
        or person_noun(head, art)
        or art.lex.head_type(head) is not None
        or toks[head_i].pos == "NNA"
    )


def clause_subject(ask: Ask) -> Speaker | None:
    """The subject of the cue's clause as the speaker (see the module doc); None where the
    clause's shape is none of those or its subject cannot speak."""
    att, art = ask.att, ask.art
    cue = att.cue
    if cue is None and att.kind != AttributionKind.DIRECT:
        return None
    # a quote no cue frames: the clause that ends right before it ("Das Gericht kam damit
    # zu dem Ergebnis, „…“")
    at = cue.start if cue is not None else att.message.start
    sid = art.sentence_of(at)
    if sid >= len(art.sent_starts):
        return None
    end = art.sentence_end(sid)
    toks = art.tokens(art.sent_starts[sid], end)
    k = next((i for i, t in enumerate(toks) if t.start >= at), None)
    if k is None:
        return None
    if cue is None:
        k -= 1
        while k >= 0 and (toks[k].text in _BOUNDARIES or toks[k].pos in ("$(", "XY")):
            k -= 1
        if k < 1:
            return None
    start = _clause(toks, k)
    clause = toks[start : k + 1]
    if any(t.text.lower() in _PASSIVE for t in clause) or any(
        t.text.lower() in _PASSIVE for t in toks[k + 1 : k + 4]
    ):
        return None
    spans: list[tuple[int, int]] = []
    opener = clause[0].text.lower() if clause else ""
    if (
        clause
        and opener != "wie"
        and (
            clause[0].pos in _SUBORDINATORS
            # "Als X sagte": a conjunction the tagger read as a preposition, verb last
            or (opener in _CONJUNCTIONS and toks[k].pos in _FINITE)
        )
    ):
        # verb last: the subject follows the conjunction ("Als X am Sonntag sagte")
        j = _np_from(toks, start + 1)
        if j > start + 1:
            spans.append((start + 1, j))
    else:
        verb = next((i for i in range(start, k + 1) if toks[i].pos in _FINITE), None)
        if verb is None:
            return None
        fronted = (
            verb > start
            and _np_from(toks, start) == verb
            and any(t.pos in ("NN", "NNA", "NE", "FM") for t in toks[start:verb])
        )
        # the phrase before the verb is its subject unless its article says it is an
        # object ("Den Vorwurf wies er zurück"): then none after the verb is
        subject_first = (fronted and toks[start].text.lower() not in _OBLIQUE) or (
            toks[start].pos == "PPER" and verb == start + 1  # "Es weist den Vorwurf zurück"
        )
        if fronted:
            spans.append((start, verb))  # verb second after the subject
        if verb == start:
            before = _apposed_before(toks, start)  # "…, Sandra Boser (GRÜNE), erklärte"
            if before is not None:
                spans.append(before)
        # inverted: the subject follows the verb ("Ursprünglich wollte er „…“")
        if subject_first:
            pass
        elif verb + 1 < len(toks) and toks[verb + 1].text.lower() in _SUBJECT_PRONOUNS:
            spans.append((verb + 1, verb + 2))
        else:
            j = _np_from(toks, verb + 1)
            if j > verb + 1:
                spans.append((verb + 1, j))
    np = next(
        (
            toks[a:b]
            for a, b in spans
            if toks[a].text.lower() in _SUBJECT_PRONOUNS
            or (toks[a].text.lower() not in ("sich", "es", *_OBLIQUE) and can_speak(toks[a:b], art))
        ),
        None,
    )
    if np is None:
        return None
    found = ask.phrase(att, np, art, ask.done, ask.antecedents, 0)
    return found if found.name else None
