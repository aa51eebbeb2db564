"""Unnamed speakers the article's context completes.

Two kinds of speaker phrase name no one by themselves, yet the sentences around them say who
is meant:

* a spokesperson or representative with no body of their own ("„…“, sagte ein Sprecher"
  after "Positiv reagierte die Führung der Palästinensischen Autonomiebehörde"): they speak
  for the organisation the article is talking about — the subject of the sentence before,
  the organisation that made the statement just before, or the one organisation the
  sentence before names outside a prepositional phrase;
* a definite description that continues the statement before ("Der Musikverantwortliche
  der Eröffnungsfeier meinte weiter, …" after "…, sagte Chen Qigang"): "weiter",
  "außerdem", "ergänzte", "fügte hinzu" say that the same person goes on, so the
  description is that person when no one else in the article holds its role.

Used by ``speaker_resolution`` after its own rules found no one.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from newsprobe.attribution import gender as g
from newsprobe.attribution.descriptions import (
    ORG_NOUNS,
    description,
    description_gender,
    person_noun,
)
from newsprobe.attribution.person_nouns import firm_of_kind
from newsprobe.attribution.speaker_parts import (
    DEFINITE,
    Article,
    R,
    carried,
    head_index,
    of_entity,
    token_span,
)
from newsprobe.attribution.subject_phrases import is_subject, subject_np
from newsprobe.model import (
    Attribution,
    Entity,
    EntityType,
    Span,
    Speaker,
    SpeakerResolution,
    Token,
)

#: Heads of someone who speaks for a body ("ein Sprecher", "eine Vertreterin").
SPOKESPERSONS = frozenset(
    ["sprecher", "sprecherin", "vertreter", "vertreterin", "pressesprecher", "pressesprecherin"]
)
#: Words that put an organisation into a prepositional phrase ("mit der Hamas", "gegen die
#: Regierung"): it is not the one speaking.
_PREP_POS = frozenset(["APPR", "APPRART", "APPO"])
#: Tokens a noun phrase's start walks back over to find what governs it.
_NP_INSIDE = frozenset(["ART", "ADJA", "NN", "NE", "FM", "CARD", "PPOSAT", "TRUNC", "ADJD"])
#: Words of the statement's own clause that say the speaker of the statement before goes on.
_GOES_ON = frozenset(["weiter", "weiterhin", "außerdem", "zudem", "ferner", "ebenfalls"])
_GOES_ON_VERBS = ("ergänzt", "fügte", "fügt", "führte", "betonte weiter", "erklärte weiter")


def _in_prepositional_phrase(start: int, art: Article) -> bool:
    """Whether the noun phrase holding the character ``start`` is governed by a preposition
    ("mit der Führung der Hamas" is; "die Führung der Hamas reagierte" is not)."""
    toks = art.analysis.tokens
    k = bisect_left(art.starts, start) - 1
    sid = art.sentence_of(start)
    while k >= 0 and art.sentence_of(toks[k].start) == sid and toks[k].pos in _NP_INSIDE:
        k -= 1
    return k >= 0 and art.sentence_of(toks[k].start) == sid and toks[k].pos in _PREP_POS


def _body_in_focus(
    att: Attribution, toks: list[Token], art: Article, done: list[Attribution]
) -> tuple[str, int | None] | None:
    """The organisation the text speaks of where a spokesperson without a body speaks, as
    ``(name, entity id)``: the body of the statement just before (its sentence or the one
    before); else the subject of the sentence before where it is a body ("Die Polizei hat
    … festgenommen", "Die Stadt Köln hat …"); else the one organisation the sentence before
    names outside a prepositional phrase and outside a quote.  None where none of these is
    one body."""
    sid = art.sentence_of(toks[0].start)
    for prev in reversed(done):
        if prev.start >= toks[0].start or prev.speaker is None:
            continue
        if sid - art.sentence_of(prev.start) > 1:
            break
        sp = prev.speaker
        ent = art.entity(sp.entity)
        if ent is not None and ent.type == EntityType.ORG:
            return ent.name, ent.id
        body = art.entity(sp.affiliation_entity)
        if body is not None and body.type == EntityType.ORG:
            return body.name, body.id
        break  # the statement before was someone else's
    if sid == 0:
        return None
    subject = subject_np(sid - 1, art, art.sent_starts[sid])
    if subject is not None:
        found = _body_phrase(art.tokens(*subject), art)
        if found is not None:
            return found
    start = art.sent_starts[sid - 1]
    end = art.sent_starts[sid]
    quoted = [(a.message.start, a.message.end) for a in done if a.message is not None]
    quoted.append((att.message.start, att.message.end))
    found_ids: dict[int, int] = {}
    for m in art.mentions_in(start, end):
        if m.entity is None or m.type != EntityType.ORG:
            continue
        if any(s <= m.start < e for s, e in quoted):
            continue
        if _in_prepositional_phrase(m.start, art):
            continue
        found_ids.setdefault(m.entity, m.start)
    if len(found_ids) != 1:
        return None
    ent = art.entity(next(iter(found_ids)))
    return (ent.name, ent.id) if ent is not None else None


def _body_phrase(toks: list[Token], art: Article) -> tuple[str, int | None] | None:
    """A subject phrase as a body: the organisation it names, else its noun where that names
    a body ("Polizei", "Stadt Köln", "Gewerkschaft"), not a person or a thing."""
    orgs = [m for m in art.mentions_in(toks[0].start, toks[-1].end) if m.type == EntityType.ORG]
    if orgs and orgs[0].entity is not None:
        ent = art.entity(orgs[0].entity)
        if ent is not None:
            return ent.name, ent.id
    head_i = head_index(toks)
    if head_i is None:
        return None
    head = toks[head_i]
    kind = art.lex.head_type(head.text)
    if (
        kind is None
        or kind[0] not in ("official", "other", "media", "expert")
        or person_noun(head.text, art)
    ):
        return None
    rest = toks[head_i:]
    # "Stadt Köln": the name after the noun belongs to it; nothing after a genitive or verb
    k = 1
    while k < len(rest) and rest[k].pos in ("NE", "FM"):
        k += 1
    text = art.analysis.text
    return text[rest[0].start : rest[k - 1].end], None


def spokesperson(
    att: Attribution,
    toks: list[Token],
    head: Token,
    art: Article,
    done: list[Attribution],
    owner: Callable[[], Speaker] | None = None,
) -> Speaker | None:
    """ "sagte ein Sprecher" with no body in its phrase: "Sein Sprecher" speaks for whom
    ``owner`` (the possessive's antecedent) finds; "der Sprecher" is the person the
    article named with that role ("Polizeisprecher Hans Meier"), else a spokesperson of the
    organisation in focus, named "Sprecher (Organisation)" so that two bodies'
    spokespersons stay apart.  None where the phrase is more than an article and the head
    ("Südsudanesische Vertreter" say whom they speak for), or no one body is in focus."""
    if head.text.lower() not in SPOKESPERSONS or len(toks) not in (2, 4) or head is not toks[1]:
        return None
    text = art.analysis.text
    if toks[0].pos == "PPOSAT" and len(toks) == 2 and owner is not None:
        # "Sein Sprecher sagte": the spokesperson of whom the possessive stands for
        found = owner()
        if found.name is None or found.entity is None:
            return None
        body = (found.name, found.entity)
        return _speaking_for(head, toks, body, R.PRONOUN, min(found.confidence, 0.6), text)
    if toks[0].pos != "ART":
        return None  # "Südsudanesische Vertreter": the adjective says whom they speak for
    if len(toks) == 4:
        # "ein Sprecher des Konzerns": the body the genitive describes
        if toks[2].text.lower() not in ("des", "der") or not _org_noun(toks[3].text):
            return None
        found = organisation_described(toks[2:], toks[3], art, done)
        if found is None or found.name is None or found.entity is None:
            return None
        return _speaking_for(head, toks, (found.name, found.entity), R.DESCRIPTION, 0.55, text)
    if toks[0].text.lower() in DEFINITE:
        named = description(att, toks, head, art)
        if named is not None and named.entity is not None:
            ent = art.entity(named.entity)
            if ent is not None and ent.type == EntityType.PER:
                return named
    body = _body_in_focus(att, toks, art, done)
    if body is None:
        return None
    return _speaking_for(head, toks, body, R.DESCRIPTION, 0.6, text)


#: Heads of someone who leads or speaks for a body and is named by that role alone ("Der
#: Generalsekretär sagte" after "Die SPD hat …", "Die Richter" after "Das Landgericht …").
BODY_ROLES = frozenset(
    [
        *("generalsekretär", "generalsekretärin", "vorsitzende", "vorsitzender"),
        *("präsident", "präsidentin", "chef", "chefin", "leiter", "leiterin"),
        *("geschäftsführer", "geschäftsführerin", "direktor", "direktorin"),
        *("richter", "richterin"),
    ]
)


def role_of_body(
    att: Attribution, toks: list[Token], head: Token, art: Article, done: list[Attribution]
) -> Speaker | None:
    """ "Der Generalsekretär sagte" where the article names no one with that role and no
    person before it: the holder of that role in the body in focus, "Generalsekretär (SPD)",
    affiliated with it.  None for other phrases than an article and such a role, or where
    no one body is in focus."""
    if len(toks) != 2 or head is not toks[1] or head.text.lower() not in BODY_ROLES:
        return None
    if toks[0].text.lower() not in DEFINITE:
        return None
    body = _body_in_focus(att, toks, art, done)
    if body is None:
        return None
    return _speaking_for(head, toks, body, R.DESCRIPTION, 0.55, art.analysis.text)


def _speaking_for(
    head: Token,
    toks: list[Token],
    body: tuple[str, int | None],
    by: SpeakerResolution,
    confidence: float,
    text: str,
) -> Speaker:
    """An unnamed spokesperson of ``body`` ``(name, entity id)``: "Sprecher (Polizei)"."""
    return Speaker(
        name=f"{head.text} ({body[0]})",
        role=head.text,
        affiliation=body[0],
        affiliation_entity=body[1],
        resolved_by=by,
        mention=token_span(text, toks),
        confidence=confidence,
    )


def _goes_on(att: Attribution, art: Article) -> bool:
    """Whether the statement's own clause says its speaker goes on ("meinte weiter",
    "ergänzte", "fügte hinzu")."""
    if att.cue is None:
        return False
    cue = att.cue.text.lower()
    if cue.startswith(_GOES_ON_VERBS) or "hinzu" in cue.split():
        return True
    sid = art.sentence_of(att.cue.start)
    near = art.tokens(max(art.sent_starts[sid], att.cue.start - 25), att.cue.end + 25)
    return any(
        t.text.lower() in _GOES_ON
        and art.sentence_of(t.start) == sid
        and not (att.message.start <= t.start < att.message.end)
        for t in near
    )


def continued_description(
    att: Attribution, toks: list[Token], head: Token, art: Article, done: list[Attribution]
) -> Speaker | None:
    """ "Der Musikverantwortliche der Eröffnungsfeier meinte weiter, …" right after a
    statement of a named person: that person, where the gender of the description does not
    speak against them.  None without a word saying the speaker goes on, or where the
    statement before is not a named person's or lies more than a sentence back."""
    sid = art.sentence_of(toks[0].start)
    prev = next(
        (p for p in reversed(done) if p.start < toks[0].start and p.speaker is not None), None
    )
    if prev is None or prev.speaker is None or sid - art.sentence_of(prev.start) > 1:
        return None
    ent = art.entity(prev.speaker.entity)
    if ent is None or ent.type != EntityType.PER or not _goes_on(att, art):
        return None
    # (the description's gender by its noun or its article: "Der CSU-Politiker" is no woman)
    if len(toks) == 2:
        want = description_gender(toks[0], head, att)
    else:
        want = g.role_gender(head.text) if head.text.lower().endswith("in") else g.UNKNOWN
    if g.agrees(want, art.genders.get(ent.id, g.UNKNOWN)) is False:
        return None
    out = carried(prev.speaker, R.DESCRIPTION, 0.55, token_span(art.analysis.text, toks))
    out.role = out.role or head.text
    return out


_FINITE = frozenset(["VVFIN", "VAFIN", "VMFIN"])


def coordinated_subject(tok: Token, art: Article) -> Speaker | None:
    """A plural "sie" after "Angela Merkel und Nicolas Sarkozy trafen sich": the persons
    named together before the finite verb of the sentence before ("Zwei Abgeordnete, Werner
    Schulz (Grüne) und Jelena Hoffmann (SPD), wollen …"), or of the one before that where
    the sentence between goes on with "Sie …".  None where no sentence there opens with two
    or more persons joined by "und"."""
    sid = art.sentence_of(tok.start)
    for back in (1, 2):
        psid = sid - back
        if psid < 0:
            return None
        lo = art.sent_starts[psid]
        hi = art.sent_starts[psid + 1] if psid + 1 < len(art.sent_starts) else tok.start
        toks = art.tokens(lo, min(hi, tok.start))
        verb = next((k for k, t in enumerate(toks) if t.pos in _FINITE), None)
        if verb is not None and verb > 0:
            before = toks[:verb]
            persons = [
                m
                for m in art.mentions_in(before[0].start, before[-1].end)
                if m.type == EntityType.PER and m.entity is not None
            ]
            ids = list(dict.fromkeys(m.entity for m in persons))
            joined = len(ids) >= 2 and any(
                t.text == "und" and persons[0].end <= t.start < persons[-1].start for t in before
            )
            if joined:
                names = [e.name for e in (art.entity(i) for i in ids) if e is not None]
                text = art.analysis.text
                return Speaker(
                    name=" und ".join(names),
                    named=True,
                    resolved_by=R.PRONOUN,
                    mention=Span.of(text, persons[0].start, persons[-1].end),
                    confidence=0.6,
                )
        if not toks or toks[0].text != "Sie":
            return None  # the sentence between speaks of someone else
    return None


#: Organisation nouns that also end compounds naming one kind of body ("Elektrokonzern",
#: "Menschenrechtsorganisation"); "Ärztezeitung", "Volksbank", "Ifo-Institut" are names.
_COMPOUND_TAILS = frozenset(
    [
        *("organisation", "konzern", "unternehmen", "gewerkschaft", "partei", "verband"),
        *("bewegung", "miliz", "behörde", "fernsehsender", "hersteller", "sender"),
        *("autobauer", "versicherer", "medienhaus", "verlag", "versorger", "betreiber"),
        # public bodies named by their kind ("Landgericht", "Umweltbundesamt")
        *("gericht", "ministerium", "amt", "universität", "polizei"),
    ]
)
#: Nouns for a kind of body only a body of that kind can be ("der Sender" is media).
_KIND_NEEDED = frozenset(["sender", "zeitung", "agentur", "partei", "fernsehsender", "club"])
#: Public bodies named by their kind stand for an organisation whose name carries that noun
#: ("das Gericht" is "Landgericht München I", "die Polizei" "Polizei Köln"), never for
#: another body of no known kind (a name the tagger took for an organisation).
_NAME_NEEDED = frozenset(["gericht", "ministerium", "amt", "universität", "polizei"])


#: Words in a body's name (German or English) that make it a body of a kind that needs its
#: name ("das Gericht" is the "Supreme Court", "die Universität" the "Stanford University").
_NAME_SYNONYMS = {
    "gericht": ("gericht", "court", "tribunal"),
    "ministerium": ("ministerium", "ministry", "department of"),
    "universität": ("universit", "hochschule", "college"),
    "polizei": ("polizei", "police", "gendarmerie", "carabinieri"),
    "amt": ("amt", "office", "agency", "bureau"),
}


def _named_as(noun: str, name: str) -> bool:
    """Whether a body's name says it is of the kind ``noun`` names ("Supreme Court" is a
    "Gericht", "Landgericht München I" too)."""
    low = name.lower()
    return any(w in low for w in _NAME_SYNONYMS.get(noun, (noun,)))


def _forms(word: str) -> set[str]:
    low = word.lower()
    return {low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}


def _org_noun(word: str) -> str | None:
    """The organisation noun a word is or ends in ("Partei", "Menschenrechtsorganisation"
    -> "organisation", "des Konzerns" -> "konzern"), None for other words."""
    forms = _forms(word)
    for f in forms:
        if f in ORG_NOUNS or f in _COMPOUND_TAILS:
            return f
    for f in forms:
        for n in (*_COMPOUND_TAILS, *_COMPOUND_ONLY):
            if f.endswith(n) and len(f) - len(n) >= 3:
                return n
    return None


#: Last parts of compounds that name a body, though the bare word names none or something
#: else ("Fluggesellschaft", "Geldhaus", "Airline", "Hochschule", "Krankenkasse"; not "die
#: Gesellschaft", society).
_COMPOUND_ONLY = (
    *("gesellschaft", "haus", "linie", "line", "schule", "kasse", "club", "klub", "bank"),
    *("institut", "stiftung", "agentur", "versicherung", "reederei", "brauerei", "kette"),
)


#: Nouns for a body of any kind.
_GENERIC_BODIES = frozenset(["organisation", "gruppe", "gruppierung", "institution", "bündnis"])
#: How many sentences back an organisation described by its kind is looked for.
_ORG_WINDOW = 3
#: How far back a body of the very kind the noun names is looked for when none is nearer.
_ORG_WIDE = 10


def organisation_described(
    toks: list[Token], head: Token, art: Article, done: list[Attribution]
) -> Speaker | None:
    """ "Die Menschenrechtsorganisation forderte …" two sentences after "Amnesty
    International hat einen Bericht vorgelegt": the most salient organisation of the last
    three sentences — nearer, a subject, the last statement's speaker, and of the kind the
    noun names (a party for "die Partei") rank higher; one of another kind never.  None
    where the noun names no organisation or none is named."""
    noun = _org_noun(head.text)
    if noun is None or head is not toks[-1]:
        return None  # "der Verband kommunaler Unternehmen" is a body of its own
    if any(t.pos not in ("ART", "ADJA", "PDAT", "PDS") for t in toks[:-1]):
        return None
    sid = art.sentence_of(head.start)
    lo = art.sent_starts[max(0, sid - _ORG_WINDOW)]
    # an unnamed body of that kind named in between ("Der Bundesverband der Hersteller …
    # schätzt …", then "laut des Verbandes") is the one meant
    since = lo
    named = [
        (m.start, m.end) for m in art.mentions_in(lo, toks[0].start) if m.type == EntityType.ORG
    ]
    between = art.tokens(lo, toks[0].start)
    for k, t in enumerate(between):
        if (
            t.pos in ("NN", "NNA")
            and any(f.endswith(noun) for f in _forms(t.text))
            and not any(s <= t.start < e for s, e in named)  # "Landgericht München I"
            # (a bare definite one refers back itself: "22 Teams der Organisation")
            and not _refers_back(between, k)
        ):
            since = t.end
    last = next(
        (p.speaker.entity for p in reversed(done) if p.start < head.start and p.speaker), None
    )
    # "die Organisation", "die Gruppe" on its own says no kind: the UN is one too
    want = None if head.text.lower() in _GENERIC_BODIES else art.lex.head_type(head.text)
    best: tuple[float, int] | None = None
    for m in art.mentions_in(since, toks[0].start):
        ent = art.entity(m.entity)
        if ent is None or ent.type != EntityType.ORG:
            continue
        msid = art.sentence_of(m.start)
        kind = _org_kind(ent, art)
        if firm_of_kind(noun, kind):
            kind = want[0] if want is not None else kind  # "der Firma" after Facebook
        if (
            want is not None
            and kind != want[0]
            and (kind is not None or noun in _KIND_NEEDED)
            and not _labelled(m.start, noun, art)
        ):
            continue  # "die Partei" is not Siemens, "der Sender" no police force
        labelled = _labelled(m.start, noun, art)  # "die Ratingagentur Standard & Poor's"
        if labelled:
            pass
        elif noun in _NAME_NEEDED and not _named_as(noun, ent.name):
            continue  # "die Polizei" is no "Razzia" the tagger called an organisation
        score = -0.7 * (sid - msid)
        score += 1.5 if is_subject(m.start, msid, art) else 0.0
        score += 1.0 if m.entity == last else 0.0
        score += 1.0 if (want is not None and kind == want[0]) or labelled else 0.0
        score -= 1.0 if _in_prepositional_phrase(m.start, art) else 0.0
        score += 0.0001 * m.start / max(1, len(art.analysis.text))  # later wins a tie
        if best is None or score > best[0]:
            best = (score, ent.id)
    if best is None and want is not None and noun not in _NAME_NEEDED:
        # none of the last sentences: the last body of that very kind further back ("Die
        # Agentur bestätigte …" six sentences after "die Nachrichtenagentur Xinhua")
        far = art.sent_starts[max(0, sid - _ORG_WIDE)]
        for m in reversed(art.mentions_in(far, lo)):
            ent = art.entity(m.entity)
            if ent is not None and ent.type == EntityType.ORG and _org_kind(ent, art) == want[0]:
                best = (0.0, ent.id)
                break
    if best is None:
        return None
    out = of_entity(art, best[1], R.DESCRIPTION, toks, 0.55)
    out.role = head.text
    return out


def _refers_back(toks: list[Token], k: int) -> bool:
    """Whether the noun ``toks[k]`` is a bare definite description ("der Organisation",
    "der Hilfsorganisation"): a definite article before it (adjectives between) and no
    attribute after it (a genitive, a name, a prepositional phrase) — a body named before,
    not one the article introduces ("Der Bundesverband der Hersteller …")."""
    j = k - 1
    while j >= 0 and toks[j].pos == "ADJA":
        j -= 1
    if j < 0 or toks[j].text.lower() not in DEFINITE:
        return False
    after = toks[k + 1] if k + 1 < len(toks) else None
    return after is None or not (
        after.pos in ("NE", "FM", "APPR", "APPRART")
        or (after.pos == "ART" and after.text.lower() in ("des", "der"))
    )


def _labelled(start: int, noun: str, art: Article) -> bool:
    """Whether the article named a body with that kind's noun right before its name ("die
    Ratingagentur Standard & Poor's", "der Autobauer VW"): then "die Agentur", "der
    Autobauer" is that body, whatever kind its name has."""
    k = bisect_left(art.starts, start)
    if k == 0:
        return False
    before = art.analysis.tokens[k - 1]
    return before.pos in ("NN", "NNA") and any(f.endswith(noun) for f in _forms(before.text))


def _org_kind(ent: Entity, art: Article) -> str | None:
    """The source kind of an organisation as the knowledge base or its name's words say
    ("SPD" -> politician, "Siemens AG" -> other), None where nothing does."""
    from newsprobe.attribution.source_types import kb_entry

    entry = kb_entry(ent.kb_id, ent.name)
    kind = art.lex.kb_categories.get(entry.category) if entry is not None else None
    if kind is None:
        found = [art.lex.head_type(w) for w in ent.name.split()]
        kind = next((f[0] for f in found if f is not None), None)
    return kind


def name_after_expletive(toks: list[Token], art: Article) -> Speaker | None:
    """ "Als wichtige Aufgabe sah es Köhler an": "es" is the verb's object, the person named
    right after it the subject who speaks.  None where no person follows "es"."""
    if len(toks) != 1 or toks[0].text.lower() != "es":
        return None
    after = art.tokens(toks[0].end, toks[0].end + 60)
    k = 0
    while k < len(after) and after[k].pos in ("ART", "ADJA", "NN") and k < 3:
        k += 1  # "sah es der Bundespräsident Köhler"
    if k >= len(after):
        return None
    person = next(
        (
            m
            for m in art.mentions_in(after[k].start, after[-1].end)
            if m.start == after[k].start and m.type == EntityType.PER and m.entity is not None
        ),
        None,
    )
    if person is None:
        return None
    return of_entity(art, person.entity, R.NAME, art.tokens(person.start, person.end), 0.7)
