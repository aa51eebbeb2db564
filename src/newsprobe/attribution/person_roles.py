"""What the article says a speaker is: the role phrases around every mention of an entity
("Innenministerin Nancy Faeser", "Hans-Jürgen Papier, Präsident des
Bundesverfassungsgerichtes, …", "Ein Sprecher der Polizei, Commander Randy Henderson"), and
the source type they give — a leading role ("Präsident", "Direktor", "Sprecher") with an
organisation after it takes the organisation's kind ("Präsident des Bundesverfassungsgerichtes"
-> official, "Vorsitzender des Linux-Verbandes" -> other)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from newsprobe.attribution.kb_lookup import is_place, kb_find, kb_kind, kb_knows, kb_party
from newsprobe.attribution.lexicon import SourceLexicon, association, world_body
from newsprobe.attribution.marks import GERMAN_CLOSING, GERMAN_MARKS, GERMAN_OPENING
from newsprobe.model import Analysis, Entity

#: Roles that say only that someone leads or speaks for an organisation: the organisation
#: after them tells the kind.
LEADING_ROLES = frozenset(
    [
        "präsident",
        "präsidentin",
        "vizepräsident",
        "vizepräsidentin",
        "direktor",
        "direktorin",
        "leiter",
        "leiterin",
        "chef",
        "chefin",
        "vorsitzender",
        "vorsitzende",
        "vorsitzenden",
        "sprecher",
        "sprecherin",
        "generalsekretär",
        "generalsekretärin",
        "geschäftsführer",
        "geschäftsführerin",
        "hauptgeschäftsführer",
        "gründer",
        "gründerin",
        "kommissionspräsident",
        "vorstand",
        "vorstandschef",
        "mitglied",
        "vertreter",
        "vertreterin",
        "manager",
        "managerin",
        "koordinator",
        "koordinatorin",
        "beauftragter",
        "beauftragte",
        "kommandeur",
        "kommandant",
        "obmann",
        "obfrau",
        "führung",
        "spitze",
        "president",
        "director",
        "head",
        "chairman",
        "chairwoman",
        "spokesman",
        "spokeswoman",
        "chief",
    ]
)
_LEADING_ENDS = ("präsident", "präsidentin", "chef", "chefin", "sprecher", "leiter")
_ROLE_POS = frozenset(
    {"NN", "NNA", "NE", "ADJA", "ART", "APPR", "APPRART", "KON", "$(", "TRUNC", "FM"}
)
_NOUN_POS = frozenset({"NN", "NNA"})
_STOP = frozenset({"$.", "VVFIN", "VAFIN", "VMFIN", "VVPP", "VVINF", "KOUS", "PRELS", "PPER"})
#: Marks that open and close a quoted name in German text (straight " does both).
_OPENS = GERMAN_MARKS - GERMAN_CLOSING
_CLOSES = GERMAN_MARKS - GERMAN_OPENING
#: A role "of" a quoted title: "Militärexperte der „New York Times“".
_OF_TITLE = re.compile(r"\b(?:der|des|beim|bei)\s*[„»\"]([^“«\"]+)[“«\"]")
#: Copulas after a name that introduce its role ("X ist Landesrat", "X war Ministerin").
_COPULAS = frozenset({"ist", "war", "wird", "wurde", "bleibt", "is", "was"})
#: What may stand between a copula and the role ("seit 2019", "der frühere", "auch").
_COPULA_FILL = frozenset({"ART", "ADJA", "ADV", "APPR", "APPRART", "CARD", "PIAT", "PPOSAT"})
#: Prepositions that open whom a person is with ("X von der Polizei", "X vom Institut").
_AFFILIATION = frozenset({"von", "vom", "bei", "beim", "an", "am"})
#: Prepositions after a leading role that open its organisation ("Vorsitzender des Y",
#: "Vorsitzender im Repräsentantenhaus", "Sprecher beim Y").
_ROLE_PREPS = frozenset(
    {"des", "der", "von", "vom", "im", "in", "beim", "bei", "am", "an", "of", "at", "the"}
)
#: Adjectives of a field that give a leading role its kind ("die wissenschaftliche
#: Direktorin", "der ärztliche Leiter").
_FIELD_ADJECTIVES = {"wissenschaftlich": "expert", "ärztlich": "expert", "medizinisch": "expert"}
#: Adjectives of political camps that make a leading role a politician's ("der
#: republikanische Vorsitzende", "die sozialdemokratische Parteichefin").
PARTY_ADJECTIVES = (
    "republikanisch",
    "sozialdemokratisch",
    "christdemokratisch",
    "christsozial",
    "christlich-sozial",
    "freidemokratisch",
    "liberaldemokratisch",
    "rechtspopulistisch",
    "linkspopulistisch",
    "rechtsextrem",
    "kommunistisch",
    "sozialistisch",
    "freiheitlich",
)


def mention_places(
    analysis: Analysis, entity: Entity, starts: list[int]
) -> Iterator[tuple[int, int, int | None]]:
    """Each mention of ``entity``: its first token, the token after it, its sentence."""
    tokens = analysis.tokens
    for mid in entity.mentions:
        if 0 <= mid < len(analysis.mentions):
            m = analysis.mentions[mid]
            k = bisect_left(starts, m.start)
            sent = tokens[k].sentence if k < len(tokens) else None
            yield k, bisect_left(starts, m.end), sent


#: Where a name stands: its first token, the token after it, its sentence.
Places = Iterable[tuple[int, int, int | None]]


def entity_roles(analysis: Analysis, entity: Entity, starts: list[int]) -> list[str]:
    """Role phrases beside the entity's mentions, in text order (at most 8)."""
    return roles_at(analysis, mention_places(analysis, entity, starts))


def roles_at(analysis: Analysis, places: Places) -> list[str]:
    """Role phrases beside the places of a name, in text order (at most 8)."""
    tokens = analysis.tokens
    out: list[str] = []
    text = analysis.text
    for k, j, sent in places:
        # nouns right before the name: "US-Außenministerin Rice", "Generalstabschef X"
        # (past first names the recogniser left out: "Regierungschef Sigmundur Davíð X")
        while k - 1 >= 0 and tokens[k - 1].pos == "NE" and tokens[k - 1].sentence == sent:
            k -= 1
        i = k - 1
        while (
            i >= 0
            and tokens[i].sentence == sent
            and tokens[i].pos in ("NN", "NNA", "ADJA", "TRUNC")
        ):
            i -= 1
        # a noun before an adjective ends an earlier phrase ("in die Kritik geratener
        # Regierungschef X"): the role starts at the adjective
        i = max(
            [i]
            + [
                p - 1
                for p in range(i + 2, k)
                if tokens[p].pos == "ADJA" and tokens[p - 1].pos in _NOUN_POS
            ]
        )
        if i + 1 < k and any(t.pos in _NOUN_POS for t in tokens[i + 1 : k]):
            out.append(text[tokens[i + 1].start : tokens[k - 1].end])
        # "…, der Sprecher der Gruppe, X, …": the phrase before the comma, where the name
        # is an apposition (a comma or the sentence's end after it; "meldete die
        # Tagesschau, Feldmann rechne …" is none)
        # (a party in brackets after the name closes it too: "…, Christian Wulff (CDU), …")
        closed = (
            j >= len(tokens) or tokens[j].text in (",", ".", ")", "(") or tokens[j].sentence != sent
        )
        if i >= 0 and tokens[i].text == "," and tokens[i].sentence == sent:
            b = i - 1
            while b >= 0 and tokens[b].sentence == sent and tokens[b].pos in _ROLE_POS:
                if tokens[b].text == ",":
                    break
                b -= 1
            # the role opening the sentence needs no comma after the name ("Der Chef des
            # Instituts, X geht davon aus": the writer left the second comma out)
            opens = b < 0 or tokens[b].sentence != sent
            nouns = any(t.pos in _NOUN_POS for t in tokens[b + 1 : i])
            if (closed or opens) and b + 1 < i and nouns:
                out.append(text[tokens[b + 1].start : tokens[i - 1].end])
        # "X, Präsident des Y, …": the apposition after the name
        if j < len(tokens) and tokens[j].text == "," and tokens[j].sentence == sent:
            e = j + 1
            if (
                e + 1 < len(tokens)
                and tokens[e].text.lower() in ("der", "die")
                and tokens[e + 1].pos in ("NN", "ADJA")
            ):
                e += 1  # "X, der politische Direktor …": an article the tagger read as "der" PRELS
            while (
                e < len(tokens)
                and tokens[e].sentence == sent
                and tokens[e].pos not in _STOP
                and tokens[e].text != ","
                and e - j < 10
            ):
                e += 1
            if e > j + 1 and (e >= len(tokens) or tokens[e].text in (",", ".", ")")):
                phrase = tokens[j + 1 : e]
                if any(t.pos in _NOUN_POS for t in phrase[:3]):
                    out.append(text[phrase[0].start : phrase[-1].end])
        if len(out) >= 8:
            break
    return list(dict.fromkeys(out))


def entity_affiliations(analysis: Analysis, entity: Entity, starts: list[int]) -> list[str]:
    """Whom a person is with, beside its mentions: a party or body in brackets ("X (ÖVP)"),
    the body after "von"/"bei"/"an" ("X von der Bundespolizei"), the group it leads
    ("Forscher um X").  Kept apart from :func:`entity_roles`, whose phrases also name the
    person in descriptions: "die ÖVP" is not the person."""
    return affiliations_at(analysis, mention_places(analysis, entity, starts))


def affiliations_at(analysis: Analysis, places: Places) -> list[str]:
    """Whom the one named at ``places`` is with (see :func:`entity_affiliations`)."""
    tokens = analysis.tokens
    text = analysis.text
    out: list[str] = []
    for k, j, sent in places:
        # "Forscher um X", "das Team um X": the group the person leads
        if (
            k >= 2
            and tokens[k - 1].text == "um"
            and tokens[k - 2].pos == "NN"
            and tokens[k - 2].sentence == sent
        ):
            out.append(tokens[k - 2].text)
        # "X (ÖVP)": a party or body in brackets after the name
        if (
            j + 2 < len(tokens)
            and tokens[j].text == "("
            and tokens[j + 2].text == ")"
            and tokens[j + 1].text[:1].isupper()
        ):
            out.append(tokens[j + 1].text)
        # "X ist seit 2019 Landesrat", "X war Außenministerin": a copula names the role
        # (past the age in brackets: "X (25) ist eine von hunderten Flüchtlingen")
        if j + 3 < len(tokens) and tokens[j].text == "(" and tokens[j + 1].pos == "CARD":
            j += 3 if tokens[j + 2].text == ")" else 0
        if j < len(tokens) and tokens[j].sentence == sent and tokens[j].text in _COPULAS:
            e = j + 1
            while e < len(tokens) and e - j < 6 and tokens[e].pos in _COPULA_FILL:
                e += 1
            if (
                e < len(tokens)
                and tokens[e].sentence == sent
                and tokens[e].pos in _NOUN_POS
                and e + 1 < len(tokens)
                and (tokens[e + 1].pos in ("$.", "$,", "ART", "APPR", "APPRART", "KON"))
            ):
                last = e
                if tokens[e + 1].pos in ("ART", "APPR", "APPRART") and e + 2 < len(tokens):
                    last = e + 2  # "Präsident des Verbandes", "Chef der Gruppe"
                    while last + 1 < len(tokens) and tokens[last].pos in ("ART", "ADJA"):
                        last += 1
                    if tokens[last].text in _OPENS:
                        # "Militärexperte der „New York Times“": up to the closing mark
                        close = last + 1
                        while close < len(tokens) and close - last < 8:
                            if tokens[close].text in _CLOSES:
                                last = close
                                break
                            close += 1
                out.append(text[tokens[e].start : tokens[last].end])
        # "X von der Bundespolizei", "X vom Institut für …": whom the person is with
        if j < len(tokens) and tokens[j].sentence == sent and tokens[j].text in _AFFILIATION:
            e = j + 1
            while (
                e < len(tokens)
                and tokens[e].sentence == sent
                and tokens[e].pos in _ROLE_POS
                and tokens[e].text != ","
                and e - j < 8
            ):
                e += 1
            # "wie X von Spiegel-Online zitiert wird": a passive's agent, no affiliation
            agent = e < len(tokens) and (
                tokens[e].pos == "VVPP"
                or (e + 1 < len(tokens) and tokens[e + 1].text in _PASSIVE_AUX)
            )
            if e > j + 1 and not agent and any(t.text[:1].isupper() for t in tokens[j + 1 : e]):
                out.append(text[tokens[j].start : tokens[e - 1].end])
        if len(out) >= 8:
            break
    return list(dict.fromkeys(out))


def is_bare_leading_role(role: str) -> bool:
    """ "der Präsident", "Chefin": a leading role with no organisation or field in the
    phrase."""
    words = [w.strip('„“"(),') for w in role.split()]
    nouns = [w for w in words if w[:1].isupper() and w.lower() not in ("der", "die", "das")]
    return len(nouns) == 1 and len(words) <= 2 and nouns[0].lower() in LEADING_ROLES


def role_type(
    role: str, lex: SourceLexicon, local: dict[str, str] | None = None
) -> tuple[str, str] | None:
    """``(type, why)`` from a role phrase; a leading role takes its organisation's kind
    (``local``: the kinds of the article's own organisations by name and acronym)."""
    words = [w.strip('„“"(),') for w in role.split()]
    if len(words) > 1 and words[0] in _AFFILIATION:
        return _affiliation_type(words, lex, local)
    nouns = [
        w
        for w in words
        if w[:1].isupper() and w.lower() not in ("der", "die", "das", "ein", "eine")
    ]
    if not nouns:
        return None
    head = nouns[0]
    title = _OF_TITLE.search(role)
    if title is not None and head in words:
        # "Militärexperte der „New York Times“": someone of a known publication writes for it
        # (a quoted team or group, "Fahrer des „Red Bull Racing Teams“", is none)
        hit = lex.head_type(head)
        name = title.group(1).strip()
        if (hit is None or hit[0] in ("expert", "other", "media")) and (
            _org_type(name, lex, local) == "media"
        ):
            return "media", f"{head} of {name}"
    if len(nouns) == 1 and len(words) == 1 and lex.head_type(head) is None:
        # a bare name: "X (ÖVP)", "Forscher um X" give the party or body alone
        kind = kb_kind(head, lex)
        if kind is not None:
            return kind, f"member of {head}"
    # a Saxon genitive before the role ("Papiers Stellvertreter", "Russlands Präsident")
    i = words.index(head) if head in words else -1
    if (
        len(nouns) > 1
        and head.endswith("s")
        and 0 <= i < len(words) - 1
        and words[i + 1] == nouns[1]
    ):
        head = nouns[1]
    i = words.index(head) if head in words else -1
    if (
        head.lower() in LEADING_ROLES
        and len(nouns) > 1
        and 0 <= i < len(words) - 1
        and words[i + 1] == nouns[1]
        and lex.head_type(nouns[1]) is not None
    ):
        head = nouns[1]  # "Vorsitzender Richter": the adjective's noun is the role
    low = head.lower()
    if low.endswith("vize") and len(low) > 8:
        # "Landeshauptmannvize": the deputy holds the office's kind
        head, low = head[:-4], low[:-4]
    member = _member_of_body(head, lex)
    if member is not None:
        return member
    hit = lex.head_type(head)
    if low in _AUTHORS and head in words:
        # "die Autoren des Berichts", "Verfasser der Studie": the text speaks through them
        work = [w for w in words[words.index(head) + 1 :] if w[:1].isupper()]
        found = lex.head_type(work[0]) if work else None
        if found is not None and found[0] == "document":
            # the authors of research are researchers ("Autor der Studie" -> expert)
            kind = "expert" if found[1] in _RESEARCH_TEXTS else "document"
            return kind, f"{head} of {work[0]}"
    # also compounds: "EZB-Direktor", "SPÖ-Bundesgeschäftsführer", "Vorstandssprecher"; not
    # where the lexicon knows the compound itself ("Klubchef", "Regierungschef",
    # "Landesparteiobmann"): its kind is the role's, whatever the first part would say
    party = _prefix_org(head) in _PARTY_SHORT or kb_party(_prefix_org(head) or "")
    if "-" in head and party and head.rsplit("-", 1)[1][:1].isupper():
        # "FP-Sicherheitsreferent", "SPD-Innenexperte": a party's people are politicians,
        # whatever their role
        return "politician", f"{head} (party {_prefix_org(head)})"
    tail = leading_tail(low)
    leading = tail is not None and not (hit is not None and len(hit[1]) > len(tail))
    if leading:
        after = words[words.index(head) + 1 :] if head in words else []
        if after and after[0].lower() in _ROLE_PREPS:
            rest = after[1:]
            if rest and rest[0].lower() in ("der", "dem", "den", "des", "the"):
                rest = rest[1:]
            org = " ".join(rest)
            # "Sprecher in Berlin": a place is no employer; "Präsident der Vereinigten
            # Staaten" heads a state, which the role word's own kind says
            kind = _org_type(org, lex, local) if org and not is_place(org) else None
            if kind is not None:
                return _spokesperson(low, kind), f"{head} of {org}"
        prefix = _prefix_org(head) or _compound_org(head, lex)
        # "Deutschlandchef", "US-Präsident": a place is no employer; the role tells; nor is
        # the press a "Pressesprecher" speaks to
        if prefix and not is_place(prefix) and prefix.lower() not in _FUNCTION_PREFIXES:
            kind = _org_type(prefix, lex, local)
            if kind is not None:
                return _spokesperson(low, kind), f"{head} ({prefix})"
            inner = _compound_org(head.rsplit("-", 1)[-1], lex)
            kind = _org_type(inner, lex, local) if inner else None
            if kind is not None:
                # "PDS-Fraktionssprecher": the body the role's own compound names
                return _spokesperson(low, kind), f"{head} ({inner})"
            if _unknown_org_prefix(head, prefix) and not low.endswith(_CHAIRS):
                # "AFBÖ-Präsident", "Audi-Sprecherin": the head or voice of a named body that
                # is no party, state or authority the knowledge base knows: not a politician
                # or an official by the role word alone
                return "other", f"{head} ({prefix}: a body of no known kind)"
        before = [w.lower() for w in words[: words.index(head)]] if head in words else []
        if any(w.startswith(PARTY_ADJECTIVES) for w in before):
            return "politician", f"{head} of a political camp"
        for w in before:
            for stem, kind in _FIELD_ADJECTIVES.items():
                if w.startswith(stem):
                    return kind, f"{w} {head}"
    if hit is not None:
        return hit[0], f"{head} ({hit[1]})"
    return _org_compound_type(head, lex, local)


def _org_compound_type(
    head: str, lex: SourceLexicon, local: dict[str, str] | None
) -> tuple[str, str] | None:
    """A person noun of no known kind after an organisation's name ("ÖVP-Mephisto",
    "FPÖ-Mann", "Rapid-Legende"): the person is of the organisation's kind."""
    prefix = _prefix_org(head)
    tail = head.rsplit("-", 1)[-1]
    if not prefix or not tail[:1].isupper() or len(tail) < 3:
        return None
    if is_place(prefix) or prefix.lower() in _FUNCTION_PREFIXES:
        return None
    kind = _org_type(prefix, lex, local)
    if kind is None or kind in ("document", "social_media"):
        return None
    return kind, f"{head} ({prefix})"


def _affiliation_type(
    words: list[str], lex: SourceLexicon, local: dict[str, str] | None = None
) -> tuple[str, str] | None:
    """ "von der Bundespolizeiinspektion Freyung" -> official; "an der Universität" ->
    expert (with "an"/"am" only a place of research counts: "an der Grenze" is none)."""
    rest = words[1:]
    if rest and rest[0].lower() in ("der", "dem", "den", "des"):
        rest = rest[1:]
    # "bei einer Telefonkonferenz mit dem STANDARD": whom one speaks with is no employer
    cut = next((i for i, w in enumerate(rest) if w.lower() in _ADDRESSEE_WORDS), len(rest))
    rest = rest[:cut]
    org = " ".join(rest)
    kind = _org_type(org, lex, local) if org and not is_place(org) else None
    if kind is None or kind in ("document", "social_media", "witness", "anonymous"):
        return None
    if words[0] in ("an", "am") and kind != "expert":
        return None
    return kind, f"{words[0]} {org}"


#: Forms of "werden" after a participle: a passive ("zitiert wird").
_PASSIVE_AUX = frozenset(["wird", "wurde", "werden", "wurden", "worden"])

#: Compound prefixes of a role that name its function, not its employer ("Pressesprecher",
#: "Medienreferent").
_FUNCTION_PREFIXES = frozenset(["presse", "medien", "öffentlichkeits"])
#: Prepositions that name whom one speaks with or to, never one's employer.
_ADDRESSEE_WORDS = frozenset(["mit", "gegenüber", "vor"])
#: Short forms of Austrian parties the knowledge base does not name, before a role
#: ("FP-Sicherheitsreferent", "VP-Klubchef").
_PARTY_SHORT = frozenset(["FP", "VP", "SP"])

_SPOKESPEOPLE = ("sprecher", "sprecherin", "spokesman", "spokeswoman", "spokesperson")


def _spokesperson(role: str, kind: str) -> str:
    """A spokesperson speaks for an institution in its official capacity: the spokesperson
    of a clinic, university or institute is official, not an expert ("Klinik-Sprecher")."""
    if kind == "expert" and role.endswith(_SPOKESPEOPLE):
        return "official"
    return kind


#: Leading roles that close compounds, longest first ("Polizeidirektor", "Parteichefin").
_COMPOUND_TAILS = tuple(
    sorted(
        (r for r in LEADING_ROLES if len(r) >= 6 or r in ("chef", "chefin")),
        key=len,
        reverse=True,
    )
)


#: Tails of closed compounds that name a member of the body before them ("Feuerwehrmann",
#: "Gewerkschaftsfrau", "Armeeangehöriger", "Parteimitglied").
_MEMBER_TAILS = (
    "männern", "männer", "mann", "frauen", "frau", "leuten", "leute", "angehöriger",
    "angehörigen", "angehörige", "mitgliedern", "mitglieder", "mitglied", "mitarbeiterin",
    "mitarbeitern", "mitarbeiter",
)  # fmt: skip


def member_type(word: str, lex: SourceLexicon) -> str | None:
    """The kind of the body a closed member compound opens with ("Feuerwehrmann" ->
    official, "Kirchenmann" -> other, "Armeeangehöriger" -> official, not a relative); None
    where the first part is no typed body ("Zimmermann", "Geschäftsmann") or the lexicon
    knows the whole word ("Fachmann")."""
    low = word.lower()
    tail = next((t for t in _MEMBER_TAILS if low.endswith(t) and len(low) > len(t) + 3), None)
    if tail is None or "-" in word:
        return None
    hit = lex.head_type(word)
    if hit is not None and len(hit[1]) > len(tail) + 1:
        return None
    stem = word[: len(word) - len(tail)]
    for cut in (stem, stem[:-1] if stem.endswith(("s", "n")) else ""):
        found = lex.head_type(cut) if len(cut) >= 4 else None
        if found is not None and found[0] not in (
            "document",
            "social_media",
            "witness",
            "anonymous",
        ):
            return found[0]
    return None


def compound_role_type(word: str, lex: SourceLexicon) -> str | None:
    """The kind of a leading role closed on a body ("IKG-Präsident" -> other,
    "Nato-Generalsekretär" -> official), where it differs from the role word's own; None
    for a plain role word or a compound the lexicon knows ("Regierungschef")."""
    low = word.lower()
    tail = leading_tail(low)
    if tail is None or tail == low:
        return None
    found = role_type(word, lex)
    hit = lex.head_type(word)
    if found is None or (hit is not None and found[0] == hit[0]):
        return None
    return found[0]


def _member_of_body(head: str, lex: SourceLexicon) -> tuple[str, str] | None:
    kind = member_type(head, lex)
    return (kind, f"{head} (member of a body: {kind})") if kind is not None else None


def leading_tail(low: str) -> str | None:
    """The leading role a lower-case role word is or ends in ("präsident" for
    "ikg-präsident"), else None."""
    if low in LEADING_ROLES:
        return low
    return next((t for t in _COMPOUND_TAILS if low.endswith(t)), None)


#: Authors of a text: they speak for the text they wrote.
_AUTHORS = frozenset(
    ["autor", "autorin", "autoren", "autorinnen", "verfasser", "verfasserin", "verfassern"]
)
#: Texts of research: their authors are experts.
_RESEARCH_TEXTS = frozenset(["studie", "untersuchung", "analyse", "gutachten", "prognose"])
#: Chairs: the chair of a body the knowledge base does not know is most often a party's
#: ("Jobbik-Vorsitzende"), so the role word's own kind stands.
_CHAIRS = ("vorsitzender", "vorsitzende", "vorsitzenden", "obmann", "obfrau")
#: First parts of a hyphenated role that modify the role, not name a body ("Ex-Präsident").
_ROLE_MODIFIERS = frozenset(["ex", "alt", "vize", "co", "ko", "interims", "noch", "ober", "sonder"])
#: First parts of a leading role's compound that rank it, not name a body ("General-",
#: "Haupt-", "Ober-" of "Generaldirektor", "Hauptgeschäftsführer", "Oberbefehlshaber").
_RANKS = _ROLE_MODIFIERS | frozenset(["general", "haupt", "stellvertretend", "chef"])


def _unknown_org_prefix(head: str, prefix: str) -> bool:
    """Whether the hyphenated ``prefix`` of a leading role names a body the knowledge base
    does not know: a capitalised name or acronym, not a role modifier ("Ex-"), a place or a
    function ("Presse-")."""
    if "-" not in head or len(prefix) < 2 or not prefix[:1].isupper():
        return False
    if prefix.lower() in _ROLE_MODIFIERS or prefix.lower() in _FUNCTION_PREFIXES:
        return False
    if not any(c.isalpha() for c in prefix) or is_place(prefix):
        return False
    return not kb_knows(prefix)


def _compound_org(word: str, lex: SourceLexicon) -> str | None:
    """ "Klinikumssprecher" -> "Klinikum", "Polizeidirektor" -> "Polizei",
    "Institutsdirektor" -> "Institut": the organisation a closed compound of a leading role
    opens with."""
    low = word.lower()
    for tail in _COMPOUND_TAILS:
        if low.endswith(tail) and len(low) > len(tail) + 3:
            stem = word[: len(word) - len(tail)]
            if stem.lower() in _RANKS:
                return None  # "Generaldirektor", "Hauptgeschäftsführer": a rank, no body
            if stem.endswith("s") and (lex.head_type(stem[:-1]) is not None or kb_knows(stem[:-1])):
                return stem[:-1]  # a linking "s": "Europaratsgeneralsekretär"
            return stem
    return None


def _prefix_org(word: str) -> str | None:
    """ "BDI-Präsident" -> "BDI", "RTL-Chefin" -> "RTL", "Ex-KPÖ-Chef" -> "KPÖ"."""
    if "-" in word:
        org = word.rsplit("-", 1)[0]
        for former in ("Ex-", "Alt-", "Vize-"):
            if org.startswith(former) and len(org) > len(former) + 1:
                org = org[len(former) :]
        return org
    return None


def _org_type(org: str, lex: SourceLexicon, local: dict[str, str] | None = None) -> str | None:
    """The kind of an organisation: the knowledge base's, else the article's own (``local``),
    else from the words of its name."""
    try:
        from newsprobe.entities import kb
    except ImportError:  # the entities layer is optional
        kb = None  # type: ignore[assignment]
    if kb is not None:
        found = [e for e in kb_find(kb, org.strip()) if e.type in ("ORG", "PER", "LOC")]
        if len(found) == 1:
            kind = lex.kb_categories.get(found[0].category)
            if kind is not None:
                return kind
    if local and org.strip() in local:
        return local[org.strip()]
    if world_body(org):
        return "official"
    # "Geschäftsführer von Kronehit und seit dieser Woche Vorsitzender …": the body ends
    # where a second role opens
    org = re.split(r"\s+und\s+(?=[a-zäöüß])", org, maxsplit=1)[0]
    if association(org):
        return "other"
    for word in reversed(org.split()):
        if not word[:1].isupper():
            continue
        found = [e for e in kb.find(word) if e.type == "ORG"] if kb is not None else []
        if len(found) == 1 and kb.is_acronym(word):
            # "der prokurdischen HDP": a known body's acronym in the phrase
            kind = lex.kb_categories.get(found[0].category)
            if kind is not None and kind not in ("document", "social_media"):
                return kind
        hit = lex.head_type(word)
        if hit is not None and hit[0] not in ("document", "social_media"):
            return hit[0]
        prefix = _prefix_org(word)
        if prefix and kb is not None:
            # "der UN-Mission", "der EU-Delegation": the body the compound opens with
            found = [e for e in kb.find(prefix) if e.type == "ORG"]
            kind = lex.kb_categories.get(found[0].category) if len(found) == 1 else None
            if kind is not None and kind not in ("document", "social_media"):
                return kind
    return None


def org_type(org: str, lex: SourceLexicon, local: dict[str, str] | None = None) -> str | None:
    """The kind of an organisation by its name (knowledge base, the article, its words)."""
    return _org_type(org, lex, local)


def typed_roles(
    roles: list[str], lex: SourceLexicon, local: dict[str, str] | None = None
) -> list[tuple[str, str, str]]:
    """``(type, role, why)`` for the roles that have a type."""
    out = []
    for role in roles:
        found = role_type(role, lex, local)
        if found is not None:
            out.append((found[0], role, found[1]))
    return out


def name_roles(name: str, lex: SourceLexicon) -> list[str]:
    """Role words the tagger took into a person's name ("Landtagsklubobmann Walter Steidl",
    "DEA-Agent Steve Murphy"): the words before a first name and surname that the source
    lexicon knows as a role."""
    words = name.split()
    if len(words) < 3:
        return []
    return [w for w in words[:-2] if w[:1].isupper() and lex.head_type(w) is not None]
