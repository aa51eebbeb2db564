"""What the article says a speaker is: the role phrases around every mention of an entity
("Innenministerin Nancy Faeser", "Hans-Jürgen Papier, Präsident des
Bundesverfassungsgerichtes, …", "Ein Sprecher der Polizei, Commander Randy Henderson"), and
the source type they give — a leading role ("Präsident", "Direktor", "Sprecher") with an
organisation after it takes the organisation's kind ("Präsident des Bundesverfassungsgerichtes"
-> official, "Vorsitzender des Linux-Verbandes" -> other)."""

from __future__ import annotations

from bisect import bisect_left

from newsprobe.attribution.lexicon import SourceLexicon
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
_ROLE_POS = frozenset({"NN", "NE", "ADJA", "ART", "APPR", "APPRART", "KON", "$(", "TRUNC", "FM"})
_STOP = frozenset({"$.", "VVFIN", "VAFIN", "VMFIN", "VVPP", "VVINF", "KOUS", "PRELS", "PPER"})


def entity_roles(analysis: Analysis, entity: Entity, starts: list[int]) -> list[str]:
    """Role phrases beside the entity's mentions, in text order (at most 8)."""
    tokens = analysis.tokens
    out: list[str] = []
    text = analysis.text
    for mid in entity.mentions:
        if not 0 <= mid < len(analysis.mentions):
            continue
        m = analysis.mentions[mid]
        k = bisect_left(starts, m.start)
        j = bisect_left(starts, m.end)
        sent = tokens[k].sentence if k < len(tokens) else None
        # nouns right before the name: "US-Außenministerin Rice", "Generalstabschef X"
        i = k - 1
        while i >= 0 and tokens[i].sentence == sent and tokens[i].pos in ("NN", "ADJA", "TRUNC"):
            i -= 1
        if i + 1 < k and any(t.pos == "NN" for t in tokens[i + 1 : k]):
            out.append(text[tokens[i + 1].start : tokens[k - 1].end])
        # "…, der Sprecher der Gruppe, X": the phrase before the comma
        if i >= 0 and tokens[i].text == "," and tokens[i].sentence == sent:
            b = i - 1
            while b >= 0 and tokens[b].sentence == sent and tokens[b].pos in _ROLE_POS:
                if tokens[b].text == ",":
                    break
                b -= 1
            if b + 1 < i and any(t.pos == "NN" for t in tokens[b + 1 : i]):
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
                if any(t.pos == "NN" for t in phrase[:3]):
                    out.append(text[phrase[0].start : phrase[-1].end])
        if len(out) >= 8:
            break
    return list(dict.fromkeys(out))


def role_type(role: str, lex: SourceLexicon) -> tuple[str, str] | None:
    """``(type, why)`` from a role phrase; a leading role takes its organisation's kind."""
    words = [w.strip('„“"(),') for w in role.split()]
    nouns = [
        w
        for w in words
        if w[:1].isupper() and w.lower() not in ("der", "die", "das", "ein", "eine")
    ]
    if not nouns:
        return None
    head = nouns[0]
    # a Saxon genitive before the role ("Papiers Stellvertreter", "Russlands Präsident")
    i = words.index(head) if head in words else -1
    if (
        len(nouns) > 1
        and head.endswith("s")
        and 0 <= i < len(words) - 1
        and words[i + 1] == nouns[1]
    ):
        head = nouns[1]
    hit = lex.head_type(head)
    low = head.lower()
    # also compounds: "EZB-Direktor", "SPÖ-Bundesgeschäftsführer", "Vorstandssprecher"
    leading = low in LEADING_ROLES or any(
        low.endswith(r) for r in LEADING_ROLES if len(r) >= 6 or r in ("chef", "chefin")
    )
    if leading:
        after = words[words.index(head) + 1 :] if head in words else []
        if after and after[0].lower() in ("des", "der", "von", "vom", "of", "the"):
            org = " ".join(after[1:])
            kind = _org_type(org, lex)
            if kind is not None:
                return _spokesperson(low, kind), f"{head} of {org}"
        prefix = _prefix_org(head) or _compound_org(head, lex)
        if prefix:
            kind = _org_type(prefix, lex)
            if kind is not None:
                return _spokesperson(low, kind), f"{head} ({prefix})"
    if hit is not None:
        return hit[0], f"{head} ({hit[1]})"
    return None


_SPOKESPEOPLE = ("sprecher", "sprecherin", "spokesman", "spokeswoman", "spokesperson")


def _spokesperson(role: str, kind: str) -> str:
    """A spokesperson speaks for an institution in its official capacity: the spokesperson
    of a clinic, university or institute is official, not an expert ("Klinik-Sprecher")."""
    if kind == "expert" and role.endswith(_SPOKESPEOPLE):
        return "official"
    return kind


def _compound_org(word: str, lex: SourceLexicon) -> str | None:
    """ "Klinikumssprecher" -> "Klinikum", "Universitätssprecherin" -> "Universität": the
    organisation a closed spokesperson compound opens with."""
    low = word.lower()
    for tail in ("sprecherin", "sprecher"):
        if low.endswith(tail) and len(low) > len(tail) + 3:
            stem = word[: len(word) - len(tail)]
            if stem.endswith("s") and lex.head_type(stem[:-1]) is not None:
                return stem[:-1]
            return stem
    return None


def _prefix_org(word: str) -> str | None:
    """ "BDI-Präsident" -> "BDI", "RTL-Chefin" -> "RTL"."""
    if "-" in word:
        return word.rsplit("-", 1)[0]
    return None


def _org_type(org: str, lex: SourceLexicon) -> str | None:
    try:
        from newsprobe.entities import kb
    except ImportError:  # the entities layer is optional
        kb = None  # type: ignore[assignment]
    if kb is not None:
        found = [e for e in kb.find(org.strip()) if e.type in ("ORG", "PER", "LOC")]
        if len(found) == 1:
            kind = lex.kb_categories.get(found[0].category)
            if kind is not None:
                return kind
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


def typed_roles(roles: list[str], lex: SourceLexicon) -> list[tuple[str, str, str]]:
    """``(type, role, why)`` for the roles that have a type."""
    out = []
    for role in roles:
        found = role_type(role, lex)
        if found is not None:
            out.append((found[0], role, found[1]))
    return out
