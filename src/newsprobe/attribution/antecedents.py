"""Pronoun antecedents for speaker resolution: candidates (the last statement's speaker,
entity mentions, the subjects of the sentences before), agreement in gender and number
(:mod:`gender`) and salience (previous speaker, subject, recency, the article's main person;
names inside prepositional phrases count less)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from newsprobe.attribution import gender as g
from newsprobe.attribution.descriptions import misread_person
from newsprobe.attribution.far_antecedents import FAR_WINDOW, cataphor, far_speaker
from newsprobe.attribution.introduced import introduced_people
from newsprobe.attribution.speaker_parts import (
    ABSTRACT_ENDINGS,
    INDEFINITE,
    PERSON_PROXIES,
    SPEAKER_TAILS,
    Article,
    R,
    display,
    head_index,
    is_role,
    of_entity,
)
from newsprobe.attribution.subject_phrases import (
    agentive,
    inverted_subject_np,
    is_subject,
    passive_agent,
    speaks,
    subject_np,
)
from newsprobe.model import (
    Attribution,
    Entity,
    EntityType,
    Mention,
    Span,
    Speaker,
    Token,
)

ANTECEDENT_WINDOW = 4  # sentences back a pronoun looks for its antecedent


@dataclass
class Antecedent:
    """A possible antecedent: an entity or, without one, a phrase."""

    entity: int | None
    span: tuple[int, int]
    sentence: int
    agree: g.Agree
    person: bool
    subject: bool = False
    speaker: Speaker | None = None
    score: float = 0.0
    embedded: bool = False
    #: The speaker of an earlier statement than the last one (salient, less than the last).
    earlier: bool = False
    #: An unnamed person introduced with an indefinite article ("ein Augenzeuge").
    introduced: bool = False


def pronoun(
    att: Attribution,
    tok: Token,
    agree: g.Agree,
    art: Article,
    done: list[Attribution],
    antecedents: dict[int, tuple[int, int]],
    phrase: Callable[..., Speaker],
    persons_only: bool = False,
    exclude: int | None = None,
    fits: Callable[[int], bool] | None = None,
) -> Speaker:
    """The speaker a pronoun (or relative pronoun) cue subject points back to; with
    ``fits``, only a person it allows (a description's origin: "der Franzose")."""
    text = art.analysis.text
    sid = art.sentence_of(tok.start)
    relative = not persons_only and (
        tok.pos in ("PRELS", "PRELAT")
        or (tok.text.lower() in ("der", "die", "das", "dessen", "deren", "denen") and tok.start > 0)
    )
    cands = _candidates(tok, sid, art, done, antecedents, att)
    # an entity one mention marks singular ("Der Hacker Muslix64") is singular at all of them
    single = {c.entity for c in cands if c.entity is not None and c.agree and "pl" not in c.agree}
    for c in cands:
        if not c.agree and c.entity in single:
            c.agree = _SINGULAR
    if not relative:
        # a name later in the pronoun's own clause is someone else ("Er beschuldigte
        # Thaksin, …", "Er trat dem Vorwurf Saddam Husseins entgegen")
        others = _named_later_in_clause(tok, sid, art)
        cands = [c for c in cands if c.entity is None or c.entity not in others]
    if exclude is not None:
        # "laut ihrem Anführer": never the possessor itself
        cands = [c for c in cands if c.entity != exclude]
    if persons_only:
        # a description: a named person of the last two sentences, the subject or speaker
        # (or named inside the subject: "Der Bäckermeister Konrad Albers eröffnete …")
        subjects = [c.span for c in cands if c.subject]
        for c in cands:
            if not c.subject and any(s <= c.span[0] and c.span[1] <= e for s, e in subjects):
                c.subject = True
        named = [
            c
            for c in cands
            if c.person and c.entity is not None and (fits is None or fits(c.entity))
        ]
        cands = [c for c in named if sid - c.sentence <= 2 and (c.subject or c.speaker is not None)]
        if not any(_agrees(agree, c) is not False for c in cands):
            # no subject found (a verb the tagger missed): the one person the sentence
            # before names outside a prepositional phrase or object, if there is one
            # (of that gender: "Die Französin" after "Maas und seine Amtskollegin Colonna")
            near = [
                c
                for c in named
                if sid - c.sentence <= 1 and not c.embedded and _agrees(agree, c) is not False
            ]
            if len({c.entity for c in near}) == 1:
                cands = near[-1:]
    # a demonstrative ("sagte dieser") points at the last one named, not the topic
    demonstrative = tok.text.lower() in _DEMONSTRATIVES and not persons_only
    if demonstrative:
        # … also at a body or person the sentence before names by a noun in any role
        # ("verlangte Mussawi vom Wächterrat …. Dieser bestätigte")
        cands += _noun_phrases(sid, art, tok.start, cands)
    best: Antecedent | None = None
    for c in cands:
        ok = _agrees(agree, c)
        if ok is False:
            continue
        if demonstrative:
            # ("erinnert sich dieser" after "einen weiteren Beamten": one introduced counts)
            if c.entity is None and c.speaker is None and not c.introduced:
                continue
            # (of two ending together, the later start: "Wächterrat" inside a speaker's span
            # "Mussawi vom Wächterrat")
            score = -0.001 * (tok.start - c.span[1]) - 1e-6 * (tok.start - c.span[0])
            score += 0.5 if ok else 0.0
            c.score = score
            if best is None or score > best.score:
                best = c
            continue
        score = -0.7 * (sid - c.sentence)
        if c.speaker is not None:
            # a speaker found only by a shaky resolution passes on less salience
            score += 1.5 if c.speaker.confidence is None or c.speaker.confidence >= 0.5 else 0.5
        if c.earlier:
            score += 0.7
        if c.subject:
            score += 1.5
        if c.person:
            score += 0.5
        if ok:
            score += 1.0
        if c.embedded:
            score -= 1.0
        if c.entity is not None and c.entity == art.topic:
            score += 0.5
        if relative and c.sentence == sid:
            score += 3.0 - 0.01 * (tok.start - c.span[1])
        score += 0.001 * c.span[0] / max(1, len(text))  # later wins a tie
        c.score = score
        if best is None or score > best.score:
            best = c
    if best is None:
        # (no one of its gender in the window: the person who spoke last, further back)
        far = None
        if not (relative or persons_only or demonstrative):
            # (not across a heading either: "Vorwürfe gegen Rebellen" opens another topic)
            low = _after_heading(sid, max(0, sid - FAR_WINDOW), art)
            far = far_speaker(tok, agree, art, done, low)
            # (no one before it at all: a person the same sentence names after it, "Die
            # seiner Ansicht nach fragwürdige Rolle … veranlasste Senator X, …")
            far = far or cataphor(tok, sid, agree, art)
        return far or Speaker(
            resolved_by=R.NONE, mention=Span.of(text, tok.start, tok.end), confidence=0.3
        )
    if demonstrative:
        return _resolved(best, art, tok, att, done, phrase, 0.6)
    # an entity that is both the last speaker and a subject gathers both
    signals: dict[int, set[str]] = {}
    for c in cands:
        # (a mention of another gender or number is no sign of salience: "sie" of "die
        # Anhänger" does not make a man more salient)
        if c.entity is not None and c.score > -50 and _agrees(agree, c) is not False:
            kinds = signals.setdefault(c.entity, set())
            if c.speaker is not None:
                kinds.add("speaker")
            if c.subject:
                kinds.add("subject")
    for c in cands:
        if c.entity is not None and len(signals.get(c.entity, ())) > 1:
            c.score += 0.7
    best = max((c for c in cands if _agrees(agree, c) is not False), key=lambda c: c.score)
    margin = best.score - max((c.score for c in cands if c is not best), default=best.score - 2)
    confidence = round(min(0.95, 0.5 + 0.15 * margin), 3)
    return _resolved(best, art, tok, att, done, phrase, confidence)


def _noun_phrases(sid: int, art: Article, before: int, known: list[Antecedent]) -> list[Antecedent]:
    """Definite noun phrases of a body, role or person noun in the sentence before and this
    one up to ``before`` that no other candidate covers ("vom Wächterrat", "die Kommission")."""
    out: list[Antecedent] = []
    for psid in range(max(0, sid - 1), sid + 1):
        end = art.sent_starts[psid + 1] if psid + 1 < len(art.sent_starts) else before
        toks = art.tokens(art.sent_starts[psid], min(end, before))
        for k, t in enumerate(toks):
            if t.pos not in ("ART", "APPRART") or t.text.lower() in INDEFINITE:
                continue
            j = k + 1
            while j < len(toks) and toks[j].pos == "ADJA":
                j += 1
            if (
                j >= len(toks)
                or toks[j].pos != "NN"
                or (j + 1 < len(toks) and toks[j + 1].pos == "NE")
            ):
                continue
            head = toks[j]
            # (a phrase candidate already, or a name's mention; a speaker's span may run over
            # it: "Mussawi vom Wächterrat")
            if art.mentions_in(head.start, head.end) or any(
                c.entity is None and c.span[0] <= head.start < c.span[1] for c in known + out
            ):
                continue
            if not _speaking_noun(head.text, art):
                continue
            start = t.start if t.pos == "ART" else toks[k + 1].start
            # (introduced: a phrase a demonstrative may point at, like "ein weiterer Beamter")
            agree = _noun_agree(head.text, art)
            out.append(Antecedent(None, (start, head.end), psid, agree, True, introduced=True))
    return out


def _after_heading(sid: int, low: int, art: Article) -> int:
    """The first sentence a pronoun in sentence ``sid`` looks back to: ``low``, or the
    latest heading between them (a line of two to eight words with a noun, no finite verb
    and no closing punctuation), where another topic starts."""
    for k in range(sid - 1, low - 1, -1):
        end = art.sentence_end(k)
        toks = art.tokens(art.sent_starts[k], end)
        if (
            2 <= len(toks) <= 8
            and toks[-1].text not in _CLOSING
            and any(t.pos in ("NN", "NE") for t in toks)
            and not any(t.pos in ("VVFIN", "VAFIN", "VMFIN") for t in toks)
        ):
            return k
    return low


_CLOSING = frozenset([".", "!", "?", ":", ";", "“", '"', "»", ")", ","])


def _speaking_noun(word: str, art: Article) -> bool:
    """A noun for a body, office or people that can speak ("Wächterrat", "Kommission",
    "Gremium", "Minister"); not a text ("Bericht") or an abstract noun."""
    low = word.lower()
    if low.endswith(_COUNCIL_TAILS) and low not in _NOT_COUNCILS:
        return True
    kind = art.lex.head_type(word)
    return kind is not None and kind[0] != "document" and not low.endswith(ABSTRACT_ENDINGS)


#: Last parts of a body's name the source lexicon may not know ("Wächterrat", "Gremium").
_COUNCIL_TAILS = ("rat", "gremium", "ausschuss", "komitee", "kabinett")
_NOT_COUNCILS = frozenset(
    [
        *("apparat", "vorrat", "heirat", "referat", "zitat", "diktat", "salat", "automat"),
        *("format", "inserat", "hausrat", "unrat", "quadrat", "pirat", "verrat", "rat"),
    ]
)


def _named_later_in_clause(tok: Token, sid: int, art: Article) -> set[int]:
    """The entities named after a pronoun in its clause (up to a comma, colon or quote)."""
    end = art.sentence_end(sid)
    for t in art.tokens(tok.end, end):
        if t.text in _CLAUSE_STOPS:
            end = t.start
            break
    return {m.entity for m in art.mentions_in(tok.end, end) if m.entity is not None}


_CLAUSE_STOPS = frozenset([",", ":", ";", "„", "“", '"', "(", "–"])


def _agrees(agree: g.Agree, c: Antecedent) -> bool | None:
    """Whether a pronoun agrees with a candidate; a plural pronoun ("Sie erklärten") never
    stands for one named person, whose gender may be unknown, nor "es" for one."""
    if agree == g.PL and c.person and c.entity is not None and "pl" not in c.agree:
        return False
    if agree == g.PL and c.person and c.entity is None and not c.agree and c.speaker is not None:
        # a speaker named by one word of no known number ("„Muslix64“ erwähnte"): a name,
        # one person, no "Sie sind"
        words = (c.speaker.name or "").split()
        if len(words) == 1 and words[0][:1].isupper() and not words[0].endswith(("en", "er")):
            return False
    if agree == g.N and c.person and c.entity is not None:
        # "Hier stellte es fest": a named person, whatever the name's gender, is no "es"
        # (the court named before is)
        return False
    return g.agrees(agree, c.agree)


_DEMONSTRATIVES = frozenset(["dieser", "diese", "jener", "jene"])
#: Extra salience of the previous sentence's subject.
SUBJECT_BEFORE = 1.2


def _resolved(
    best: Antecedent,
    art: Article,
    tok: Token,
    att: Attribution,
    done: list[Attribution],
    phrase: Callable[..., Speaker],
    confidence: float,
) -> Speaker:
    """The speaker a pronoun resolved to: the candidate's speaker, entity or phrase."""
    text = art.analysis.text
    if best.speaker is not None:
        out = best.speaker.model_copy()
    elif best.entity is not None:
        toks = art.tokens(*best.span)
        out = of_entity(art, best.entity, R.PRONOUN, toks or [tok], confidence)
    else:
        toks = art.tokens(*best.span)
        out = phrase(att, toks, art, done, {}, 1) if toks else Speaker()
        if not out.name and toks and best.subject and speaks(best.span, art):
            # a body the phrase rules do not know, that said or thought something as the
            # subject ("Die Verteidigung zweifelt … an. Sie argumentiert …")
            out = Speaker(name=display(toks, text), mention=Span.of(text, *best.span))
        if not out.name:
            # the subject it took names no one ("Von größerer Reichweite"): unresolved
            return Speaker(
                resolved_by=R.NONE, mention=Span.of(text, tok.start, tok.end), confidence=0.3
            )
    out.resolved_by = R.PRONOUN
    out.confidence = max(0.3, confidence)
    if out.mention is None:
        out.mention = Span.of(text, *best.span)
    return out


def _candidates(
    tok: Token,
    sid: int,
    art: Article,
    done: list[Attribution],
    antecedents: dict[int, tuple[int, int]],
    att: Attribution,
) -> list[Antecedent]:
    out: list[Antecedent] = []
    # (not across a heading: "Vorwürfe gegen Rebellen" opens another topic)
    low_sid = _after_heading(sid, max(0, sid - ANTECEDENT_WINDOW), art)
    lo = art.sent_starts[low_sid] if art.sent_starts else 0
    seen: set[int] = set()
    # the speakers of recent statements
    for prev in reversed(done):
        sp = prev.speaker
        if sp is None or prev.start >= tok.start:
            continue
        psid = art.sentence_of(prev.start)
        if psid < low_sid:
            break
        if sp.name is None or sp.resolved_by == R.NONE:
            continue
        if sp.entity is not None:
            if sp.entity in seen:
                continue
            seen.add(sp.entity)
            agree = art.genders.get(sp.entity, g.UNKNOWN)
            person = (
                art.entity(sp.entity) or Entity(id=0, name="", type=EntityType.ORG)
            ).type == EntityType.PER
        else:
            agree, person = _phrase_agree(sp, art)
        if not agree and _singular_mention(sp):
            agree = _SINGULAR
        if (
            prev.cue is not None
            and prev.cue.text[:1].islower()
            and g.plural_verb(prev.cue.text.split()[0])
        ):
            agree = g.PL
        elif sp.mention is not None and sp.mention.text.split()[0].lower() in art.lex.quantifiers:
            first_word = sp.mention.text.split()[0].lower()
            if first_word not in INDEFINITE:
                agree = g.PL
        span = (
            (sp.mention.start, sp.mention.end)
            if sp.mention is not None
            else (prev.start, prev.start)
        )
        if out:
            # an earlier statement's speaker: salient, less than the last one
            if sp.entity is not None and sp.resolved_by in _TRUSTED and len(out) < 4:
                out.append(Antecedent(sp.entity, span, psid, agree, person, earlier=True))
            continue
        cand = Antecedent(sp.entity, span, psid, agree, person, speaker=sp)
        # no inheriting of earlier mistakes: a speaker named inside a prepositional phrase
        # or object ("Die Angriffe auf den Experten X wollte er …") is a weak antecedent
        cand.embedded = sp.mention is not None and _embedded(sp.mention.start, psid, art)
        out.append(cand)
    # entity mentions before the pronoun
    k = bisect_left(art.mention_starts, lo)
    while k < len(art.mentions) and art.mentions[k].start < tok.start:
        m = art.mentions[k]
        k += 1
        misread = misread_person(m, art)
        if misread is not None and m.end <= tok.start:
            # a person the tagger took for a place or thing ("Vincio Luna", later "Luna")
            msid = art.sentence_of(m.start)
            words = (art.entity(misread) or Entity(id=0, name="", type=EntityType.PER)).name
            cand = Antecedent(
                misread,
                (m.start, m.end),
                msid,
                art.genders.get(misread) or g.first_name_gender(words.split()[0]),
                True,
                subject=is_subject(m.start, msid, art),
            )
            cand.embedded = _embedded(m.start, msid, art)
            out.append(cand)
            continue
        if (
            m.entity is None
            or m.end > tok.start
            or (m.type == EntityType.LOC and not _country_speaks(m, art))
            # an event, product, currency or nationality never speaks ("132 Euro")
            or m.type == EntityType.MISC
        ):
            continue
        msid = art.sentence_of(m.start)
        cand = Antecedent(
            m.entity,
            (m.start, m.end),
            msid,
            art.genders.get(m.entity, g.UNKNOWN),
            m.type == EntityType.PER,
            subject=is_subject(m.start, msid, art),
        )
        cand.embedded = _embedded(m.start, msid, art)
        out.append(cand)
    # the subjects of the sentences before, where no name covers them ("Die Forscher …",
    # "Der iranische Vize-Außenminister betrachtet …")
    for psid in range(max(low_sid, sid - 2), sid + 1):
        # (after the verb where another phrase opens the sentence: "Im Ausschluss der
        # Öffentlichkeit erkannte das Gericht …. Hier stellte es fest …")
        np = subject_np(psid, art, tok.start) or inverted_subject_np(psid, art, tok.start)
        if np is None:
            continue
        toks = art.tokens(*np)
        head_i = _before_genitive(toks)
        if head_i is None:
            head_i = head_index(toks)
        if head_i is None:
            continue
        head_tok = toks[head_i]
        if any(c.span[0] <= head_tok.start < c.span[1] for c in out):
            continue
        head = head_tok.text
        # a body named by a compound of its kind ("Der Mieterbund kritisierte …. Er …"), or
        # by any noun that is the subject of a verb of saying or thinking ("Die Verteidigung
        # zweifelt diese Darstellung an. Sie argumentiert …")
        body = (head_tok.pos == "NN" and head.lower().endswith(_BODY_TAILS)) or speaks(np, art)
        if (
            head.lower().endswith(ABSTRACT_ENDINGS)
            and not body
            and art.lex.head_type(head) is None
            and not art.mentions_in(head_tok.start, head_tok.end)
        ):
            continue  # "Die Versendung von SMS-Nachrichten war unterbunden": no one speaks
        if not (
            is_role(head, art)
            or art.lex.is_vague(head)
            or head_tok.pos == "NNA"  # a nominalised adjective names a person ("Vertrauter")
            or agentive(head)  # "Die Brandstifter drangen ein", "Die Demonstranten riefen"
            or any(t.pos == "NE" for t in toks)
            or body
            or _speaking_noun(head, art)
            or head.lower() in _BODIES_PLURAL  # "Die Firmen könnten …. Sie sind …"
        ):
            continue
        agree = _np_agree(np, toks, head, art)
        named = _copula_name(np, art)
        if named is not None:
            # "Ein anderer Richter ist der Kurde Raed Dschuhi": the subject is that person
            ent_agree = art.genders.get(named.entity, g.UNKNOWN) if named.entity else g.UNKNOWN
            out.append(
                Antecedent(
                    named.entity, (named.start, named.end), psid, ent_agree or agree, True, True
                )
            )
            continue
        out.append(Antecedent(None, np, psid, agree, not body, subject=True))
    # the agent of a passive sentence before ("Die Kundgebung war von der irischen Regierung
    # genehmigt worden. Sie sah darin …"): the one who acted, as salient as a subject
    for psid in range(max(low_sid, sid - 1), sid):
        agent = passive_agent(psid, art)
        if agent is None or any(c.span[0] <= agent[0] < c.span[1] for c in out):
            continue
        toks = art.tokens(*agent)
        head_i = head_index(toks)
        if head_i is None:
            continue
        head = toks[head_i].text
        if art.lex.head_type(head) is None and not is_role(head, art):
            continue
        agree = _noun_agree(head, art)
        ms = art.mentions_in(*agent)
        ent = ms[0].entity if ms else None
        out.append(Antecedent(ent, agent, psid, agree, False, subject=True))
    # a person the sentence before (or this one) introduced unnamed ("In dem Bericht wird
    # ein Augenzeuge zitiert. Seiner Darstellung zufolge …")
    for psid in range(max(low_sid, sid - 1), sid + 1):
        for p in introduced_people(psid, art, tok.start):
            if any(c.span[0] <= p.head.start < c.span[1] for c in out):
                continue
            cand = Antecedent(None, (p.start, p.end), psid, p.agree, True, introduced=True)
            cand.embedded = _embedded(p.start, psid, art)
            out.append(cand)
    # the subject the cue rules found (a phrase without an entity: "Die Forscher")
    ante = antecedents.get(att.id)
    if ante is not None and ante[1] <= tok.start and art.sentence_of(ante[0]) >= low_sid:
        toks = art.tokens(*ante)
        # (a phrase opening with a preposition is no one: "Zu dem Skandal führte X aus")
        if toks and not art.mentions_in(*ante) and toks[0].pos not in ("APPR", "APPRART"):
            head_i = head_index(toks)
            head = toks[head_i].text if head_i is not None else toks[-1].text
            agree = _np_agree(ante, toks, head, art)
            out.append(Antecedent(None, ante, art.sentence_of(ante[0]), agree, True, subject=True))
    return out


_GENITIVE_ARTICLES = frozenset(["des", "der", "eines", "einer"])
#: Last parts of a compound that names a body by its kind ("Mieterbund", "Bauernverband").
_BODY_TAILS = (
    *("bund", "verband", "verein", "partei", "konzern", "gewerkschaft", "organisation"),
    *("unternehmen", "bündnis", "stiftung", "institut", "behörde", "ministerium"),
)


#: Plurals of bodies' nouns: a group of bodies that can speak ("die Firmen", "die Banken").
_BODIES_PLURAL = frozenset(
    [
        *("firmen", "unternehmen", "konzerne", "banken", "parteien", "gewerkschaften"),
        *("verbände", "organisationen", "behörden", "regierungen", "staaten", "länder"),
    ]
)


def _before_genitive(toks: list[Token]) -> int | None:
    """The head of a subject phrase with a genitive attribute: the noun before the
    attribute's article ("Die Vorsitzenden [des Tierheims]"), or None."""
    for k in range(1, len(toks)):
        if toks[k].pos == "ART" and toks[k].text.lower() in _GENITIVE_ARTICLES:
            if toks[k - 1].pos in ("NN", "NNA"):
                return k - 1
            return None
    return None


def _copula_name(np: tuple[int, int], art: Article) -> Mention | None:
    """The person a copula equates with a subject phrase ("Ein anderer Richter des Tribunals
    ist der Kurde Raed Dschuhi"): a person mention after "ist/war" and at most three
    article, adjective or noun tokens."""
    after = art.tokens(np[1], np[1] + 80)
    if not after or after[0].pos != "VAFIN" or after[0].lemma != "sein":
        return None
    k = 1
    while k < len(after) and after[k].pos in ("ART", "ADJA", "NN") and k <= 3:
        k += 1
    if k >= len(after):
        return None
    found = art.mentions_in(after[k].start, after[-1].end)
    return next(
        (
            m
            for m in found
            if m.start == after[k].start and m.type == EntityType.PER and m.entity is not None
        ),
        None,
    )


def _embedded(start: int, sid: int, art: Article) -> bool:
    """A mention inside a prepositional phrase or a genitive ("mit seinen Kollegen Edwin
    Aldrin und Michael Collins", "des Olympiaturms"): seldom the antecedent of a subject."""
    if sid >= len(art.sent_starts):
        return False
    toks = art.tokens(art.sent_starts[sid], start)
    for t in reversed(toks):
        if t.pos in ("VVFIN", "VAFIN", "VMFIN", "$,", "KOUS", "PRELS") or t.text in (",", ";"):
            return False
        if t.pos in ("APPR", "APPRART") or t.text.lower() in ("des", "eines"):
            return True
    return False


def _np_agree(span: tuple[int, int], toks: list[Token], head: str, art: Article) -> g.Agree:
    """Gender and number of a subject phrase: its head noun's, plural after a quantifier
    ("Viele Menschen") or before a plural verb ("… blieben")."""
    agree = _noun_agree(head, art)
    head_tok = next((t for t in reversed(toks) if t.text == head), None)
    if head_tok is not None and head_tok.pos == "NNA" and not agree:
        det = toks[0].text if toks and toks[0].pos == "ART" else None
        agree = g.adjectival_noun_gender(det, head)
    first = toks[0].text.lower() if toks else ""
    if first in art.lex.quantifiers and first not in ("ein", "eine", "einer", "einem", "einen"):
        return g.PL
    after = art.tokens(span[1], span[1] + 40)
    verb = next((t for t in after[:3] if t.pos in ("VVFIN", "VAFIN", "VMFIN")), None)
    if verb is not None:
        if g.plural_verb(verb.text):
            return g.PL
        if agree == g.PL or not agree:
            return frozenset({"m", "f", "n"})
    return agree


def _country_speaks(m: Mention, art: Article) -> bool:
    return is_subject(m.start, art.sentence_of(m.start), art)


def _phrase_agree(sp: Speaker, art: Article) -> tuple[g.Agree, bool]:
    word = (sp.role or (sp.name or "").split()[-1] if sp.name else "") or ""
    return _noun_agree(word, art), True


def _singular_mention(sp: Speaker) -> bool:
    """A speaker named with an article of the singular ("Der Hacker Muslix64", "Ein
    Sprecher"): one speaker, whatever the name's gender."""
    first = sp.mention.text.split()[0].lower() if sp.mention and sp.mention.text else ""
    return first in _SINGULAR_ARTICLES


#: Articles of a subject in the singular ("Der Hacker Muslix64", "Ein Sprecher").
_SINGULAR_ARTICLES = frozenset(["der", "ein", "eine", "dieser"])
_SINGULAR: g.Agree = frozenset({"m", "f", "n"})


def _noun_agree(head: str, art: Article) -> g.Agree:
    low = head.lower()
    if low in PERSON_PROXIES or low.endswith(SPEAKER_TAILS):
        return g.role_gender(head)
    kind = art.lex.head_type(head)
    if (
        kind is not None
        and kind[0] in ("politician", "expert", "witness", "media")
        and (low.endswith(("er", "in", "e", "t", "ist", "eur", "ent")))
    ):
        if low.endswith(("innen", "ler", "en")) and not low.endswith(("ent",)):
            return g.PL if low.endswith(("innen", "en")) else g.UNKNOWN
        return g.role_gender(head)
    if low.endswith(("en", "er")) and low[:-2] and kind is not None:
        return g.UNKNOWN  # "Forscher", "Wissenschaftler": singular or plural
    return g.noun_gender(head)


_TRUSTED = frozenset({R.NAME, R.APPOSITION})
