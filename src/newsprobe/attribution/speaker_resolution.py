"""Who really said it: the canonical speaker of every attribution (:class:`Speaker`).

The cue rules give a speaker *phrase*; this module says whom it names, in text order:

* a name in the phrase (a person before an organisation or a country: "Osttimors
  Außenminister José Ramos-Horta" is the minister; a name after a role and a comma is an
  apposition: "der Sprecher der Bewegung, Ehsanullah Ehsan");
* an unnamed person of an organisation ("ein Sprecher des Innenministeriums", "ein
  Vertreter der Vereinten Nationen", "Regierungssprecher") is unnamed, with the
  organisation as its *affiliation* — never the organisation itself;
* "Angaben/Informationen/Meinung … des X" and "X-angaben", "X-berichte", "X-kreise"
  compounds stand for X ("Polizeiangaben" -> Polizei); without an X ("nach ersten Angaben")
  no one is named;
* pronouns and possessives ("er", "sie", "seiner Meinung nach", relative "der", "dessen")
  take the antecedent that agrees in gender and number (first names, titles, role nouns in
  -in, organisation nouns' endings, the verb's number) and is most salient (the previous
  statement's speaker, the subject of the previous sentence, recency); a pronoun without
  one stays unresolved: no name, never pooled with another by its spelling;
* a definite description ("die Ministerin", "der grüne Staatssekretär", "das Gericht")
  takes the entity the article gave that role ("Innenministerin Nancy Faeser",
  "Bundesverwaltungsgericht"), the most recent one, also one in an apposition; a person
  by age, origin or party ("der 54-Jährige", "der Franzose") the salient person of that
  gender; an organisation noun ("die Partei", "der Konzern") the organisation that spoke
  last or was named last (``descriptions``);
* a phrase that is exactly a name or surname of one entity is that entity; a phrase no
  one can be (a preposition, a unit, "das Muster") names no one;
* an attribution without a speaker of its own that carries on another takes that one's.
"""

from __future__ import annotations

from functools import partial

from newsprobe.attribution import context_speakers as ctx
from newsprobe.attribution import english_speakers
from newsprobe.attribution import gender as g
from newsprobe.attribution import unframed as uf
from newsprobe.attribution.antecedents import pronoun
from newsprobe.attribution.appositions import apposition_after, apposition_before
from newsprobe.attribution.carried_speakers import finite_beside, other_person
from newsprobe.attribution.clause_subject import can_speak, clause_subject
from newsprobe.attribution.descriptions import (
    AGE,
    ORG_NOUNS,
    as_description,
    description,
    description_gender,
    earlier_report,
    fuller_phrase,
    known_surface,
    organisation_named_before,
    person_noun,
    plain_person_noun,
    relational_noun,
)
from newsprobe.attribution.descriptions import (
    named_after as _named_after,
)
from newsprobe.attribution.document_authors import with_author
from newsprobe.attribution.echoed_roles import echoed_description
from newsprobe.attribution.english_descriptions import english_phrase
from newsprobe.attribution.implied_agents import implied_agent
from newsprobe.attribution.introduced import earlier_speaker_described, introduced_description
from newsprobe.attribution.joined_cues import joined_cue
from newsprobe.attribution.lexicon import proxy_heads
from newsprobe.attribution.origins import fits_origin
from newsprobe.attribution.phrase_readers import (
    cue_at as _cue_at,
)
from newsprobe.attribution.phrase_readers import (
    document_therein,
    inverted_subject,
    members_from,
    nominalised,
    opening_speaker,
    participial_end,
    quoted_person,
)
from newsprobe.attribution.role_classes import research_group
from newsprobe.attribution.speaker_article import article as _article
from newsprobe.attribution.speaker_checks import (
    can_speak_as_phrase,
    never_speaks,
    no_one,
    origin_after,
    quoted_body_name,
)
from newsprobe.attribution.speaker_parts import (
    ANTECEDENTS,
    DEFINITE,
    EMPTY_WITHOUT_SOURCE,
    OWN_WORDS,
    PERSON_PROXIES,
    ROLES,
    SPEAKER_TAILS,
    STATEMENT_NOUNS,
    Article,
    R,
    affiliation_of,
    complement,
    compound_parts,
    compound_speaker,
    display,
    genitive_text,
    has_name,
    head_index,
    head_word,
    in_complement,
    is_role,
    of_entity,
    skip_det,
    statement_noun,
    token_span,
)
from newsprobe.attribution.subject_phrases import subject_np
from newsprobe.language.words import INDEFINITE_ARTICLES_DE
from newsprobe.model import (
    Analysis,
    Attribution,
    EntityType,
    MentionForm,
    Speaker,
    Token,
)


def resolve_speakers(analysis: Analysis) -> None:
    """Set ``Attribution.speaker`` (and ``speaker_entity``) for every attribution."""
    atts = analysis.attributions
    if not atts:
        return
    art = _article(analysis)
    analysis._scratch[ROLES] = art.roles
    antecedents: dict[int, tuple[int, int]] = analysis._scratch.get(ANTECEDENTS, {})
    done: list[Attribution] = []
    for att in sorted(atts, key=lambda a: (a.start, a.id)):
        att.speaker = _resolve(att, art, done, antecedents)
        if att.speaker.entity is not None:
            att.speaker_entity = att.speaker.entity
        elif att.speaker.resolved_by in (R.PRONOUN, R.NONE) and att.speakers:
            att.speaker_entity = None
        if att.speakers or att.continues is None:
            done.append(att)  # a carried-on sentence is no new mention of its speaker
    # carried-on attributions found before their parent in text order
    for att in atts:
        if att.continues is not None and not att.speakers:
            parent = atts[att.continues].speaker if 0 <= att.continues < len(atts) else None
            if parent is not None and (att.speaker is None or att.speaker.name is None):
                att.speaker = _inherit(parent)
                att.speaker_entity = parent.entity


def _reported_by(toks: list[Token]) -> bool:
    """A phrase whose head is a statement noun or its compound ("Presseinformationen",
    "Angaben der Polizei"): it names its source through that noun."""
    head_i = head_index(toks)
    if head_i is None:
        return False
    head = toks[head_i].text
    return statement_noun(head.lower()) or compound_parts(head) is not None


def _inherit(parent: Speaker) -> Speaker:
    out = parent.model_copy()
    out.resolved_by = R.PREVIOUS if parent.name else parent.resolved_by
    out.confidence = round(parent.confidence * 0.95, 3)
    return out


def _resolve(
    att: Attribution,
    art: Article,
    done: list[Attribution],
    antecedents: dict[int, tuple[int, int]],
) -> Speaker:
    atts = art.analysis.attributions
    if not att.speakers:
        if att.continues is not None and 0 <= att.continues < len(atts):
            parent = atts[att.continues].speaker
            if parent is not None:
                # (the same-person check: "Er sei dagegen" after "Ihr Kritiker Paul Weber
                # widersprach" is not Anna Berg's, whose statement it carries on)
                other = other_person(att, atts[att.continues], parent, art)
                return other if other is not None else _inherit(parent)
        if att.cue is not None and att.cue.text.lower() in _THEREBY:
            found = _thereby(att, art, done, antecedents)
            if found is not None:
                return found
        found = document_therein(att, art)
        if found is not None:
            return found
        for reader in (
            uf.quoting_subject,
            uf.passive_quoted,
            uf.wie_clause,
            uf.subject_before_cue,
            joined_cue,
            uf.shared_subject,
            uf.relative_speaker,
            english_speakers.quoted_as_saying,  # "X was quoted as saying"
            english_speakers.participle_subject,  # "Experts are wary, saying …"
            english_speakers.infinitive_subject,  # "He went on to say …"
            english_speakers.interrupted_subject,  # "X, which …, has signaled …"
            implied_agent,
            clause_subject,
        ):
            found = reader(uf.Ask(att, art, done, antecedents, _phrase))
            if found is not None:
                return found
        return Speaker(resolved_by=R.NONE, confidence=0.5)
    span = (att.speakers[0].start, att.speakers[0].end)
    toks = art.tokens(*span)
    while toks and toks[0].text.lower() in ("von", "vom", "by") and len(toks) > 1:
        toks = toks[1:]
    if not toks:
        return Speaker(resolved_by=R.NONE, confidence=0.3)
    if len(toks) == 1 and toks[0].text.lower() in _OBJECT_WORDS and att.cue is not None:
        # "… nannte dies einen Militärputsch": an object taken for the speaker; the
        # sentence's opening phrase is the subject
        np = subject_np(art.sentence_of(toks[0].start), art, toks[0].start)
        if np is not None:
            toks = art.tokens(*np)
    quoted = quoted_person(att, toks, art)
    toks = inverted_subject(att, toks, art) or quoted or toks
    found = _phrase(att, toks, art, done, antecedents, depth=0)
    if (
        found.entity is None
        and found.name
        and found.resolved_by == R.NAME  # (a pronoun's or description's antecedent stays)
        and quoted is None
        and not _reported_by(toks)
        and not can_speak(toks, art)
    ):
        # "hatte zwar Fehler eingeräumt und angegeben": a phrase no one can be (an object
        # the cue rules took) gives way to the subject of the cue's clause, if it has one
        subject = clause_subject(uf.Ask(att, art, done, antecedents, _phrase))
        if subject is not None:
            return subject
    if found.resolved_by == R.DESCRIPTION or not found.named:
        # a description beside a name before it: "X, ein Sprecher der SPLA, teilte mit",
        # "Theo Zwanziger, Präsident des DFB, nannte …" — that person, not another holder
        named = apposition_before(toks, art)
        if named is not None:
            return of_entity(art, named.entity, R.APPOSITION, toks, 0.85)
    if (
        found.entity is None
        or art.entity(found.entity) is None
        or (
            art.entity(found.entity).type != EntityType.PER  # type: ignore[union-attr]
        )
    ):
        # "der Vorsitzende des Verbandes, X, sagte", "des Hauptsponsors, dem
        # Getränkehersteller X": the name after a description
        named = apposition_after(toks, art, bodies=not found.named)
        if named is not None:
            return of_entity(
                art,
                named.entity,
                R.APPOSITION,
                toks,
                0.85,
                affiliation=(found.affiliation, found.affiliation_entity)
                if found.affiliation
                else None,
            )
    return with_author(found, toks, art)


#: Possessive determiners, also where the tagger took a sentence-opening "Ihr" for a pronoun.
_POSSESSIVES = frozenset(["sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem"])


#: What someone wrote or said, that a possessive gives its author ("laut ihrer
#: Presseerklärung", "in seinem Brief"), beside the statement nouns.
_OWN_TEXTS = ("erklärung", "brief", "schreiben", "interview", "aussendung", "stellungnahme")


def _own_text(low: str) -> bool:
    """A statement noun ("Ansicht", "Angaben", "Pressemitteilung") or a text's noun."""
    return bool(low) and (low in STATEMENT_NOUNS or statement_noun(low) or low.endswith(_OWN_TEXTS))


def _person(head: Token, toks: list[Token], art: Article) -> bool:
    """Whether a description's head names a person ("Leiter", "Chef", "der Angeklagte")."""
    low = head.text.lower()
    return low in PERSON_PROXIES or person_noun(head.text, art) or nominalised(head, toks)


def _possessive(tok: Token) -> bool:
    return tok.pos == "PPOSAT" or tok.text.lower() in _POSSESSIVES


_OBJECT_WORDS = frozenset(["dies", "das", "es", "was", "this", "that", "it"])
#: Cues that point back at the source just named ("Demnach erwartet Russland, …").
_THEREBY = frozenset(["demnach", "demzufolge", "dem zufolge", "danach"])


def _thereby(
    att: Attribution,
    art: Article,
    done: list[Attribution],
    antecedents: dict[int, tuple[int, int]],
) -> Speaker | None:
    """ "Demnach …": the speaker of the statement just before (within a sentence), else
    the subject of the sentence before ("Das Außenministerium gab einen Kommentar ab.
    Demnach …"), or of the one before that where the sentence between names no one."""
    sid = art.sentence_of(att.cue.start) if att.cue is not None else 0
    at = _cue_at(att)
    for prev in reversed(done):
        sp = prev.speaker
        if _cue_at(prev) >= at or sp is None:
            continue
        if sid - art.sentence_of(_cue_at(prev)) > 1:
            break
        if sp.name:
            out = _inherit(sp)
            out.resolved_by = R.PREVIOUS
            return out
    for back in (1, 2):
        # (two back where the sentence between names no one: "Die Ermittler haben Vorwürfe
        # erhoben. Inzwischen sind Beschuldigungen bekannt. Demnach …")
        if sid - back < 0:
            return None
        np = subject_np(sid - back, art, art.sent_starts[sid]) or opening_speaker(sid - back, art)
        if np is not None:
            break
        if back == 1 and art.mentions_in(art.sent_starts[sid - 1], art.sent_starts[sid]):
            return None
    if np is None:
        return None
    found = _phrase(att, art.tokens(*np), art, done, antecedents, depth=1)
    if not found.name:
        return None
    found.resolved_by = R.PREVIOUS
    found.confidence = min(found.confidence, 0.6)
    return found


def _phrase(
    att: Attribution,
    toks: list[Token],
    art: Article,
    done: list[Attribution],
    antecedents: dict[int, tuple[int, int]],
    depth: int,
) -> Speaker:
    text = art.analysis.text
    members = members_from(toks)
    if members is not None:
        # "Die Initiatoren, unter ihnen die ALA, betonen": the members named are not the
        # group that speaks
        toks = [t for t in toks if t.start < members]
    if depth == 0 and att.cue is not None and no_one(att, toks, art):
        # "keinem Fall", "16. Jahrhundert", "auf die Straße", "in Klosterneuburg berichten":
        # a phrase of a class that names no one, whatever entity it holds
        return Speaker(resolved_by=R.NONE, confidence=0.2)
    first = toks[0]
    low = first.text.lower()
    # 1. a pronoun, a possessive before a statement noun, "eigenen Angaben"
    agree = g.pronoun_agree(first.text) if len(toks) <= 2 else None
    if agree is not None and (
        len(toks) == 1
        or ((low not in DEFINITE or low in ("dessen", "deren")) and _own_text(head_word(toks[1:])))
    ):
        # (the number of "sie" from its finite verb: the cue's, or the one beside the
        # pronoun where the cue is none — "Sie sind sich … bewusst")
        verb = finite_beside(toks[0], art) or (att.cue.text.split()[0] if att.cue else None)
        if low == "sie" and verb is not None and g.plural_verb(verb):
            agree = g.PL
        elif low == "sie" and verb is not None and len(toks) == 1:
            agree = g.F
        together = ctx.coordinated_subject(toks[0], art) if agree == g.PL else None
        together = together or ctx.name_after_expletive(toks, art)  # "sah es Köhler"
        return together or pronoun(att, toks[0], agree, art, done, antecedents, _phrase)
    if g.is_first_person(first.text) and len(toks) == 1:
        return Speaker(resolved_by=R.NONE, mention=token_span(text, toks), confidence=0.3)
    if low in OWN_WORDS:
        # "nach eigenen Angaben": the subject of the sentence
        ante = antecedents.get(att.id) or subject_np(art.sentence_of(first.start), art, 10**9)
        if ante is None or depth > 0:
            return Speaker(resolved_by=R.NONE, mention=token_span(text, toks), confidence=0.3)
        found = _phrase(att, art.tokens(*ante), art, done, {}, depth + 1)
        found.resolved_by = R.PRONOUN
        return found
    if depth <= 1 and art.analysis.meta.language == "en":
        # "the minister", "the bank": the person or body named so before; "a White House
        # official": unnamed, of the White House
        found = english_phrase(att, toks, art, done)
        if found is not None:
            return found
    # 2. "Angaben des X", "Meinung Russlands", "Bericht der BBC": the complement names it
    head_i = head_index(toks)
    head = toks[head_i] if head_i is not None else None
    head_low = head.text.lower() if head is not None else ""
    if head is not None and statement_noun(head_low) and depth < 2:
        rest = complement(toks, head_i) or origin_after(toks, head_i, art)
        if rest:
            found = _phrase(att, rest, art, done, antecedents, depth + 1)
            if found.name:
                return found
        elif head_low in EMPTY_WITHOUT_SOURCE:
            return Speaker(resolved_by=R.NONE, mention=token_span(text, toks), confidence=0.6)
    # "der Meldung zufolge", "dem Bericht nach": the report named before
    if head is not None and low in DEFINITE and depth == 0 and not has_name(toks, art):
        found = earlier_report(att, head, art, done)
        if found is not None:
            return found
    # a role noun and a name the tagger did not take for one ("Regierungssprecher Béla Anda")
    if head is not None and head_i is not None and is_role(head.text, art):
        rest = toks[head_i + 1 :]
        if (
            rest
            and all(t.pos in ("NE", "FM") for t in rest)
            and not art.mentions_in(rest[0].start, rest[-1].end)
        ):
            compound = compound_parts(head.text)
            return Speaker(
                name=text[rest[0].start : rest[-1].end],
                named=True,
                role=head.text,
                affiliation=compound[0] if compound and compound[1] in SPEAKER_TAILS else None,
                resolved_by=R.APPOSITION,
                mention=token_span(text, toks),
                confidence=0.7,
            )
    mentions = art.mentions_in(toks[0].start, toks[-1].end)
    attribute_end = participial_end(toks)
    if attribute_end is not None:
        # "der sich als Gegner Thaksins inszenierende Unternehmer X": names inside the
        # participial attribute are not the speaker
        mentions = [m for m in mentions if m.start >= attribute_end]

    persons = [m for m in mentions if m.type == EntityType.PER and m.form != MentionForm.ROLE]
    orgs = [
        m
        for m in mentions
        if m.type in (EntityType.ORG, EntityType.MISC)
        # "Der Club teilte mit": a kind's noun the tagger took for a name is a description
        and not (low in DEFINITE and text[m.start : m.end].lower() in ORG_NOUNS)
    ]
    roles = [m for m in mentions if m.form == MentionForm.ROLE]
    speaking = [p for p in persons if not in_complement(p, toks)]
    # 2b. an indefinite description named right after ("eines US-Forschers … Der Biologe
    # Jody Hey …")
    if (
        head is not None
        and depth == 0
        and low in INDEFINITE_ARTICLES_DE
        and head is toks[-1]
        and not mentions
    ):
        found = _named_after(toks, head, art)
        if found is not None:
            return found
    # 3. compounds: "Polizeiangaben", "Regierungskreisen", "Regierungssprecher" — unless a
    # person is named after the role ("Klinik-Sprecher Henrik Baumann": the person speaks)
    compound = compound_parts(head.text) if head is not None else None
    named_after = head is not None and any(p.start >= head.end for p in speaking)
    if head is not None and depth < 2 and compound is not None and not named_after:
        prefix, tail = compound
        return compound_speaker(toks, head, prefix, tail, art)
    # 4. names in the phrase
    if speaking:
        person = speaking[0]
        by = R.NAME if person.start == toks[skip_det(toks)].start else R.APPOSITION
        affiliation = affiliation_of(toks, orgs, person)
        if affiliation is None and named_after and compound and compound[1] in SPEAKER_TAILS:
            affiliation = (compound[0], None)  # "Klinik-Sprecher X": X speaks for the Klinik
        return of_entity(art, person.entity, by, toks, 0.9, affiliation=affiliation)
    if roles and (head is None or roles[0].start <= head.start < roles[0].end):
        return of_entity(art, roles[0].entity, R.DESCRIPTION, toks, 0.8)
    proxy = head is not None and (
        head_low in PERSON_PROXIES
        or (head_low in proxy_heads() and head_low not in STATEMENT_NOUNS)
    )
    if proxy or (head is not None and persons and is_role(head.text, art)):
        aff = affiliation_of(toks, orgs, None) or affiliation_of(toks, persons, None)
        if (
            not aff
            and depth <= 1
            and head is toks[-1]
            and len(toks) == 2
            and (low in DEFINITE or _possessive(first))
        ):
            # "der Anwalt", "sein Anwalt" after "Sein Verteidiger Klaus Mahn": the person
            # the article gave that role; "Der Sprecher" after "ein Sprecher der Downing
            # Street" spoke: that speaker
            found = description(att, toks, head, art)
            if found is None and low in DEFINITE:
                found = earlier_speaker_described(toks, head, art, done)
            if found is not None:
                return found
        if depth == 0 and head is not None and low in DEFINITE and _person(head, toks, art):
            # "der Leiter des Südosteuropa-Zentrums" after "Südosteuropa-Experte X": X
            found = echoed_description(toks, head, description_gender(first, head, att), art)
            if found is not None:
                return found
        if not aff and not depth and head is not None:  # "sagte ein Sprecher" after a body
            agree = g.pronoun_agree(first.text) or g.UNKNOWN  # "Sein Sprecher": of whom
            owner = partial(pronoun, att, first, agree, art, done, antecedents, _phrase)
            found = ctx.spokesperson(att, toks, head, art, done, owner)
            if found is not None:
                return found
        return Speaker(
            name=display(toks, text),
            named=False,
            role=head.text if head is not None else None,
            affiliation=aff[0] if aff else genitive_text(toks, head_i, text),
            affiliation_entity=aff[1] if aff else None,
            resolved_by=R.NAME,
            mention=token_span(text, toks),
            confidence=0.8,
        )
    if orgs:
        return of_entity(art, orgs[0].entity, R.NAME, toks, 0.85)
    # 5a. a possessive description ("laut ihrem Anführer", "ihr Anwalt"): the person the
    # article gave that role, else the salient person of that gender — never the possessor
    if (
        head is not None
        and depth == 0
        and len(toks) == 2
        and _possessive(first)
        and (relational_noun(head.text) or person_noun(head.text, art) or is_role(head.text, art))
    ):
        found = description(att, toks, head, art)
        if found is None:
            owner_agree = g.pronoun_agree(first.text) or g.UNKNOWN
            owner = pronoun(att, first, owner_agree, art, done, antecedents, _phrase)
            found = pronoun(
                att,
                head,
                g.role_gender(head.text),
                art,
                done,
                antecedents,
                _phrase,
                persons_only=True,
                exclude=owner.entity,
            )
            found = as_description(found, head.text, exclude=owner.entity)
        if found is not None:
            return found
    # 5. a definite description: the entity the article gave that role
    if head is not None and low in DEFINITE and depth <= 1:
        # (depth 1: the subject a pronoun took, "Der iranische Vize-Außenminister …")
        at: list[int] = []
        # "der Verband", "die Organisation": the salient body of that kind of the last
        # sentences (the last to speak, a subject) before one named so further back
        found = ctx.organisation_described(toks, head, art, done)
        if found is None:
            found = description(att, toks, head, art, at)
        if found is None and depth <= 1 and _plural(toks, head, att):
            # "die Wissenschaftler" after "Forscher um Kjell Bjartveit": that group
            found = research_group(toks, head, art)
        if (
            # (depth 1: "nach Angaben der Behörde", a statement noun's complement)
            depth <= 1
            and len(toks) <= 3
            and head is toks[-1]
            and not any(t.pos in ("NE", "FM") for t in toks)
        ):
            # the same noun named with more to it, nearer than a role's holder
            nearer = fuller_phrase(toks, head, art, at[0] if at else -1)
            found = nearer or found
        if found is None and depth == 0 and _person(head, toks, art):  # "der Chef der Behörde"
            found = echoed_description(toks, head, description_gender(first, head, att), art)
        if found is None and depth == 0:  # "Der Musikverantwortliche meinte weiter"
            found = ctx.continued_description(att, toks, head, art, done)
        if found is None and depth <= 1:  # "laut dem Zeugen" after "ein Augenzeuge"
            found = introduced_description(toks, head, art)
        if found is None and depth <= 1:  # … further back, after the witness's statements
            found = earlier_speaker_described(toks, head, art, done)
        # (depth 1 too: "in einer Pressemitteilung der Organisation", "nach Angaben des
        # Konzerns" — the organisation a statement noun's complement describes)
        if found is None and depth <= 1 and head.text.lower() in ORG_NOUNS:
            found = organisation_named_before(att, head, art, done)
        if found is None and depth <= 1:  # "Die Menschenrechtsorganisation", "der Konzern"
            found = ctx.organisation_described(toks, head, art, done)
        if (
            found is None
            # (depth 1: "nach Einschätzung des Forschers", a statement noun's complement)
            and depth <= 1
            # "der Tatverdächtige", "die Verletzte": a nominalised adjective names a person
            and (person_noun(head.text, art) or nominalised(head, toks))
        ):
            # "Der CDU-Politiker sagte", "der 54-Jährige", "die Französin" after naming
            # someone: the salient person of that gender
            agree = (
                description_gender(toks[0], head, att)
                if len(toks) == 2
                else (g.role_gender(head.text) if head.text.lower().endswith("in") else g.UNKNOWN)
            )
            # "die Agenturgründer" are no one person named before; "der Leiter der Abteilung
            # X", "der Gesetzgeber in Madrid" are whoever holds that office, unless the noun
            # is a person's by its own form ("der stellvertretende Chef der Behörde" after
            # naming the agency's deputy director is that man)
            attributed = head is not toks[-1] and not plain_person_noun(head.text, art)
            if agree != g.PL and not attributed:
                found = pronoun(
                    att,
                    head,
                    agree,
                    art,
                    done,
                    antecedents,
                    _phrase,
                    persons_only=True,
                    fits=fits_origin(head.text, art),  # "der Franzose": not the German
                )
                found = as_description(found, head.text)
            if found is None and AGE.match(head.text):
                # "Am Montag sagte der 81-jährige" after "Der Hausbesitzer machte …": an age
                # stands for a person as a pronoun does, named or not
                found = uf.aged(uf.Ask(att, art, done, antecedents, _phrase), head, agree)
        if found is None and depth == 0:  # "Der Generalsekretär" of the party in focus
            found = ctx.role_of_body(att, toks, head, art, done)
        if found is not None:
            return found
    if head is not None and len(toks) == 1 and depth <= 1:  # "laut Gericht"
        found = ctx.organisation_described(toks, head, art, done)
        if found is not None:
            return found
    known = known_surface(toks, art)
    if known is not None:
        # "laut el-Baradei" where the tagger found no name: the person named so before
        return of_entity(art, known, R.NAME, toks, 0.7)
    locs = [m for m in mentions if m.type == EntityType.LOC]
    if locs and head is not None and locs[0].start <= head.start < locs[0].end:
        return of_entity(art, locs[0].entity, R.NAME, toks, 0.7)
    named = any(t.pos in ("NE", "FM") and not is_role(t.text, art) for t in toks) and not (
        head is not None and is_role(head.text, art)
    )
    verb_cue = att.cue is not None and att.cue.type.endswith(("verb", "speech", "thought"))
    body = quoted_body_name(toks)
    if body is not None:  # "Wie die „Aktion Deutschland hilft“ mitteilte": a named body
        return Speaker(
            name=text[body[0] : body[1]],
            named=True,
            resolved_by=R.NAME,
            mention=token_span(text, toks),
            confidence=0.6,
        )
    never = never_speaks(toks, head, art)
    if att.cue is not None and (
        never or (not named and not can_speak_as_phrase(toks, head, art, strict=verb_cue))
    ):
        # "Über diese Fragen", "das Konzept", "16. Jahrhundert": no one who can speak
        return Speaker(resolved_by=R.NONE, confidence=0.2)
    return Speaker(
        name=display(toks, text),
        named=named,
        role=head.text if head is not None and is_role(head.text, art) else None,
        affiliation=genitive_text(toks, head_i, text) if head is not None else None,
        resolved_by=R.NAME,
        mention=token_span(text, toks),
        confidence=0.6,
    )


def _plural(toks: list[Token], head: Token, att: Attribution) -> bool:
    """Whether a definite description is plural: by its article and noun ("die Forscher"),
    or by its verb ("stellten die Wissenschaftler fest")."""
    if len(toks) == 2 and description_gender(toks[0], head, att) == g.PL:
        return True
    return att.cue is not None and g.plural_verb(att.cue.text.split()[0])
