"""The article as speaker resolution sees it (:class:`Article`): its name and role mentions,
the roles the article gives each entity, its main person, and each entity's grammatical
gender and number — from first names, titles, role nouns, the article its mentions take and
the noun phrase a name stands beside as an apposition ("Der ehemalige Kampfgefährte Thaksins,
Newin Chidchob" is male, "die Premierministerin von Queensland, Anna Bligh" female)."""

from __future__ import annotations

from bisect import bisect_left

from newsprobe.attribution import gender as g
from newsprobe.attribution.english_gender import english_gender
from newsprobe.attribution.lexicon import sources
from newsprobe.attribution.speaker_parts import Article
from newsprobe.attribution.subject_phrases import apposed_to
from newsprobe.attribution.view import token_starts
from newsprobe.model import Analysis, Entity, EntityType, MentionForm


def article(analysis: Analysis) -> Article:
    """The article's mentions, roles, main person and genders."""
    lex = sources(analysis.meta.language or "de")
    mentions = sorted(
        (
            m
            for m in analysis.mentions
            if m.entity is not None and (m.full or m.form == MentionForm.ROLE)
        ),
        key=lambda m: m.start,
    )
    art = Article(
        analysis=analysis,
        lex=lex,
        starts=token_starts(analysis),
        sent_starts=[s.start for s in analysis.sentences],
        mentions=mentions,
        mention_starts=[m.start for m in mentions],
    )
    text = analysis.text
    before: dict[int, list[str]] = {}
    for m in mentions:
        assert m.entity is not None
        if m.form == MentionForm.ROLE:
            art.roles.setdefault(m.entity, []).append(m.text)
        k = bisect_left(art.starts, m.start)
        if k > 0:
            before.setdefault(m.entity, []).append(analysis.tokens[k - 1].text.lower())
    people = [e for e in analysis.entities if e.type == EntityType.PER]
    if people:
        top = max(people, key=lambda e: len(e.mentions))
        if len(top.mentions) >= 3:
            art.topic = top.id
    english = analysis.meta.language == "en"
    for ent in analysis.entities:
        roles = art.roles.setdefault(ent.id, [])
        if ent.description and ent.description[:1].isupper():
            roles.append(ent.description)
        if english:  # honorifics, appositions and the article's pronouns, no name endings
            art.genders[ent.id] = english_gender(ent, analysis, art.starts)
            continue
        art.genders[ent.id] = _entity_gender(ent, roles, before.get(ent.id, []), text)
    if english:
        return art
    for m in mentions:
        person = m.type == EntityType.PER and m.form != MentionForm.ROLE
        if person and m.entity is not None and not art.genders.get(m.entity):
            art.genders[m.entity] = apposition_gender(art, m.start)
    for ent in people:
        if not art.genders.get(ent.id):
            # last, a guess from the given name's ending ("Qiangba" waits for "Der Präsident
            # der autonomen Region Tibet, Qiangba Puncog" to say he is a man)
            art.genders[ent.id] = _name_gender(ent, guess=True)
    return art


def apposition_gender(art: Article, start: int) -> g.Agree:
    """The gender of a name from the noun phrase it stands beside as an apposition, where
    that phrase is the subject (so nominative): a role noun in -in is female ("die
    Premierministerin von Queensland, Anna Bligh"), else the article tells ("Der ehemalige
    Kampfgefährte Thaksins, Newin Chidchob" male); so does a phrase right after the verb of
    the main clause ("nahm auch der Minister des Landes, Gerold Wanninger, Stellung")."""
    sid = art.sentence_of(start)
    toks = art.tokens(art.sent_starts[sid], start) if sid < len(art.sent_starts) else []
    opening = apposed_to(toks)
    if opening is None:
        return g.UNKNOWN
    phrase = [t for t in toks[:-1] if t.start >= opening]
    front = [t for t in toks if t.start < opening]
    while front and front[-1].pos in ("ADV", "PTKNEG"):
        front.pop()  # "nahm jetzt auch der Minister des Landes, X, …"
    if front and not (
        front[-1].pos in _FINITE
        and not any(t.pos in _FINITE or t.pos in ("$,", "KOUS", "PRELS") for t in front[:-1])
    ):
        return g.UNKNOWN  # neither opening the sentence nor right after its verb: any case
    first = phrase[0].text.lower()
    head = next((t.text for t in phrase if t.pos == "NN"), None)
    if head is None or (first not in _SINGULAR_DET and phrase[0].pos != "NN"):
        return g.UNKNOWN
    if g.role_gender(head) == g.F:
        return g.F
    if head.lower().endswith(("innen", "en")) and not head.lower().endswith("ten"):
        return g.UNKNOWN
    return _SINGULAR_DET.get(first, g.UNKNOWN)


_FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
#: Articles that open a singular nominative phrase, and its gender.
_SINGULAR_DET: dict[str, g.Agree] = {"der": g.M, "ein": g.M, "eine": g.F, "die": g.F}


def _entity_gender(ent: Entity, roles: list[str], before: list[str], text: str) -> g.Agree:
    if ent.type == EntityType.PER:
        # a female role noun the article gives ("Bildungsbürgermeisterin") outweighs a given
        # name the name list merely knows
        if any(g.role_gender(r.split()[-1]) == g.F for r in roles if r.split()):
            return g.F
        found = _name_gender(ent, guess=False)
        if found:
            return found
        for role in roles:
            return g.role_gender(role.split()[-1])
        if any(w in ("frau",) for w in before):
            return g.F
        if any(w in ("herr", "herrn") for w in before):
            return g.M
        return g.UNKNOWN
    words = ent.name.split()
    last = words[-1] if words else ent.name
    found = g.noun_gender(last) or g.noun_gender(words[0] if words else last)
    if found:
        return found
    # the articles its mentions take: "die IAEA" (f or pl), "das THW", "dem Konzern"
    if "das" in before:
        return g.N
    if "die" in before:
        return g.F_OR_PL
    if "dem" in before or "des" in before:
        return g.M_OR_N
    return g.UNKNOWN


def _name_gender(ent: Entity, *, guess: bool) -> g.Agree:
    """A person's gender from a title or given name in its names; with ``guess`` also from
    a given name's ending."""
    names = [ent.name, *ent.aliases]
    surnames = {n.split()[-1] for n in names if len(n.split()) > 1}
    for alias in names:
        if alias in surnames:
            continue  # a surname alone is no first name ("Luna" of "Vincio Luna")
        found = g.person_gender(alias.split(), guess=guess)
        if found:
            return found
    return g.UNKNOWN
