"""Who a speaker is: the entity cluster a speaker phrase belongs to (from the `entities`
component) and, for pronouns and possessives the clusters do not cover, the antecedent in
the preceding sentences."""

from __future__ import annotations

from bisect import bisect_right

from newsprobe.attribution.found import Found
from newsprobe.attribution.lexicon import CueLexicon, SourceLexicon, proxy_heads
from newsprobe.attribution.phrases import np_right
from newsprobe.attribution.view import Sent
from newsprobe.model import Analysis, EntityType, Mention

_LINKABLE = (EntityType.PER, EntityType.ORG, EntityType.MISC)


class Linker:
    """Links speaker spans to entity clusters through the mentions layer."""

    def __init__(self, analysis: Analysis) -> None:
        self.mentions: list[Mention] = sorted(
            (m for m in analysis.mentions if m.entity is not None and m.full),
            key=lambda m: m.start,
        )
        self.starts = [m.start for m in self.mentions]

    def _overlapping(self, start: int, end: int) -> list[Mention]:
        out = []
        k = bisect_right(self.starts, end)
        for m in self.mentions[max(0, k - 40) : k]:
            if m.start < end and start < m.end:
                out.append(m)
        return out

    def entity(self, span: tuple[int, int], head: tuple[int, int] | None, text: str) -> int | None:
        """The entity of a speaker span: the mention at its head, else (for proxy heads,
        acronyms in brackets and name appositions) the first person/organisation in it."""
        found = self._overlapping(*span)
        if not found:
            return None
        if head is not None:
            for m in found:
                if m.start <= head[0] and head[1] <= m.end:
                    return m.entity
            head_word = text[head[0] : head[1]].lower()
            proxy = head_word in proxy_heads() or any(
                head_word.endswith(p) for p in ("sprecher", "sprecherin", "account")
            )
        else:
            proxy = True
        for m in found:
            if m.type not in _LINKABLE:
                continue
            before = text[max(span[0], m.start - 2) : m.start]
            if proxy or "(" in before or "," in before:
                return m.entity
        return None


def antecedent(
    found: Found,
    index: int,
    founds: list[Found],
    sents: list[Sent],
    lex_sources: SourceLexicon,
    linker: Linker,
    lex_cues: CueLexicon,
    text: str,
) -> tuple[int, int] | None:
    """The antecedent of an anaphoric speaker: the subject of the previous sentence when it
    names a person or group that can speak, else the speaker of a recent attribution."""
    sid = found.sentence
    if sid > 0:
        prev = sents[sid - 1]
        toks = prev.toks
        k = 0
        while k < len(toks) and toks[k].tag in ("CONJ", "ADV"):
            k += 1
        np = np_right(toks, k, lex_cues)
        if np is not None and np[1] < len(toks) and toks[np[1]].tag == "VFIN":
            head = next((t for t in toks[np[0] : np[1]] if t.tag in ("NOUN", "PROPN")), None)
            span = (toks[np[0]].start, toks[np[1] - 1].end)
            if head is not None and (
                lex_sources.head_type(head.text) is not None
                or lex_sources.is_vague(head.text)
                or linker.entity(span, (head.start, head.end), text) is not None
            ):
                return span
    for other in reversed(founds[:index]):
        if found.sentence - other.sentence > 3:
            break
        if other.speakers and not other.anaphoric:
            return other.speakers[0]
        if other.antecedent is not None:
            return other.antecedent
    return None
