"""The story view: how each outlet told one story.

Built from the stored analyses of a story's articles: the timeline of outlets, each headline
with its headline-check verdict, the story's central claim and how each outlet states it
(asserted, attributed, hedged…) and on whose word, who is quoted by whom, and agency copies
folded under the text they copy.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import datetime

from pydantic import BaseModel, Field

from newsprobe.language.words import FUNCTION_WORDS, REPORTED_SPEECH_DE, SAYING_EN
from newsprobe.model import Analysis, Claim
from newsprobe.store.base import Store
from newsprobe.store.story_rows import StoryMember, StoryRow

#: Articles whose analyses a view reads (the earliest ones; the rest are listed only).
MAX_ANALYSED = 60
_WORD = re.compile(r"[^\W\d_]{3,}|\d+(?:[.,]\d+)?", re.UNICODE)
_STATUS_PHRASE = {
    "asserted": "state as fact",
    "attributed": "attribute it",
    "hedged": "report it as hedged",
    "opinion": "give it as opinion",
    "question": "ask it as a question",
}


class HeadlineRow(BaseModel):
    article_id: int
    outlet: str | None = None
    published: datetime | None = None
    headline: str | None = None
    verdicts: list[str] = Field(default_factory=list, description="Headline-check verdicts.")
    copies: list[int] = Field(default_factory=list, description="Articles copying this text.")
    copy_of: int | None = None
    agency: str | None = None


class ClaimVersion(BaseModel):
    article_id: int
    outlet: str | None = None
    text: str
    status: str
    sources: list[str] = Field(default_factory=list, description="'name (type)' it rests on.")


class QuotedRow(BaseModel):
    speaker: str
    outlets: list[str]
    statements: int


class StoryView(BaseModel):
    story: StoryRow
    members: list[StoryMember]
    headlines: list[HeadlineRow]
    central_claim: str | None = None
    versions: list[ClaimVersion] = Field(default_factory=list)
    framing: str | None = Field(default=None, description="One line: how outlets state it.")
    quoted: list[QuotedRow] = Field(default_factory=list)


#: Left out of a claim's words: function words and the frame of reported speech.
_FUNCTION_WORDS = FUNCTION_WORDS | SAYING_EN | REPORTED_SPEECH_DE
#: Share of the shorter claim's content words another claim must share to be its version.
SAME_CLAIM = 0.3


def _words(text: str) -> set[str]:
    """Content words (casefolded, endings cut to five letters so that "Milliarden" and
    "Milliarde", "euros" and "euro" meet) and numbers of a claim."""
    out = set()
    for w in _WORD.findall(text):
        w = w.casefold()
        if w not in _FUNCTION_WORDS:
            out.add(w if w[0].isdigit() else w[:5])
    return out


def _overlap(a: set[str], b: set[str]) -> float:
    """Overlap coefficient: shared words over the smaller set's size."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _candidates(analysis: Analysis) -> list[Claim]:
    """Claims that can carry the story: headline and lead first, questions left out."""
    claims = [c for c in analysis.claims if c.status.value != "question"]
    return sorted(claims, key=lambda c: (c.role not in ("headline", "teaser"), c.start))[:12]


def _sources(analysis: Analysis, claim: Claim) -> list[str]:
    out = []
    for sid in claim.sources:
        if 0 <= sid < len(analysis.sources):
            s = analysis.sources[sid]
            out.append(f"{s.name} ({s.type.value})")
    return out


def _outlet(m: StoryMember) -> str:
    return m.outlet or f"article {m.article_id}"


def build(store: Store, story_id: int) -> StoryView:
    """The view of story ``story_id`` (:class:`StoreError` when there is none)."""
    story, members = store.story(story_id)
    analysed: dict[int, Analysis] = {}
    for m in members[:MAX_ANALYSED]:
        analysed[m.article_id] = store.article(m.article_id)

    copies: dict[int, list[int]] = defaultdict(list)
    for m in members:
        if m.copy_of is not None:
            copies[m.copy_of].append(m.article_id)
    headlines = []
    for m in members:
        a = analysed.get(m.article_id)
        head = a.headline.text if a is not None and a.headline is not None else m.title
        verdicts = [f.verdict.value for f in a.findings] if a is not None else []
        headlines.append(
            HeadlineRow(
                article_id=m.article_id,
                outlet=m.outlet,
                published=m.published,
                headline=head,
                verdicts=verdicts,
                copies=copies.get(m.article_id, []),
                copy_of=m.copy_of,
                agency=m.agency,
            )
        )

    # The central claim: the lead claim most echoed by the other articles' claims.
    own = [m for m in members if m.copy_of is None and m.article_id in analysed]
    best: tuple[float, int, Claim] | None = None
    for m in own[:3]:  # the story's first reports say what it is about
        a = analysed[m.article_id]
        for claim in _candidates(a)[:5]:
            words = _words(claim.text)
            if len(words) < 4:
                continue
            score = 0.0
            for other in own:
                if other.article_id == m.article_id:
                    continue
                oa = analysed[other.article_id]
                score += max((_overlap(words, _words(c.text)) for c in _candidates(oa)), default=0)
            if best is None or score > best[0]:
                best = (score, m.article_id, claim)
    view = StoryView(story=story, members=members, headlines=headlines)
    if best is not None:
        central_words = _words(best[2].text)
        view.central_claim = best[2].text
        for m in own:
            a = analysed[m.article_id]
            scored = [(_overlap(central_words, _words(c.text)), c) for c in _candidates(a)]
            scored = [sc for sc in scored if sc[0] >= SAME_CLAIM or sc[1] is best[2]]
            if not scored:
                continue
            _, claim = max(scored, key=lambda sc: sc[0])
            view.versions.append(
                ClaimVersion(
                    article_id=m.article_id,
                    outlet=m.outlet,
                    text=claim.text,
                    status=claim.status.value,
                    sources=_sources(a, claim),
                )
            )
        view.framing = framing(view.versions)

    quoted: dict[str, set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    for m in members:
        a = analysed.get(m.article_id)
        if a is None or m.copy_of is not None:
            continue
        for s in a.sources:
            if s.statements:
                quoted[s.name].add(_outlet(m))
                counts[s.name] += s.statements
    view.quoted = [
        QuotedRow(speaker=name, outlets=sorted(quoted[name]), statements=counts[name])
        for name in sorted(quoted, key=lambda n: (-len(quoted[n]), -counts[n], n))
    ]
    return view


_OTHER_STATUS = {
    "hedged": "report as hedged",
    "attributed": "attribute to a source",
    "opinion": "give as opinion",
    "question": "ask as a question",
}
_TYPE_WORDS = {
    "social_media": "social-media account",
    "anonymous": "unnamed source",
    "official": "official source",
    "politician": "politician",
    "expert": "expert",
    "media": "media report",
    "document": "document",
    "witness": "witness",
    "other": "source",
}


def _outlets(n: int) -> str:
    return f"{n} outlet{'s' if n != 1 else ''}"


def _word_of(sources: Counter[str]) -> str:
    """'one social-media account (X)', 'USGS and René Préval'…, from 'name (type)' items."""
    names = [s for s, _ in sources.most_common(3)]
    if len(names) == 1:
        name, _, kind = names[0].rpartition(" (")
        kind = kind.rstrip(")")
        return f"one {_TYPE_WORDS.get(kind, 'source')} ({name})"
    return " and ".join(n.rpartition(" (")[0] or n for n in names)


def _verb(phrase: str, n: int) -> str:
    """``phrase`` ("attribute it") with its verb agreeing with ``n`` outlets."""
    if n != 1:
        return phrase
    verb, _, rest = phrase.partition(" ")
    return f"{verb}s {rest}".strip()


def framing(versions: list[ClaimVersion]) -> str | None:
    """One line on how the outlets state the central claim, e.g. "3 outlets state as fact
    what 2 report as hedged, on the word of one social-media account (X)"."""
    if not versions:
        return None
    by_status: Counter[str] = Counter(v.status for v in versions)
    asserted = by_status.pop("asserted", 0)
    others = [
        f"{n} {_OTHER_STATUS.get(status, status)}"
        for status, n in sorted(by_status.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    if asserted and others:
        verb = "states" if asserted == 1 else "state"
        line = f"{_outlets(asserted)} {verb} as fact what {' and '.join(others)}"
    elif asserted:
        line = {1: "1 outlet states it as fact", 2: "both outlets state it as fact"}.get(
            asserted, f"all {asserted} outlets state it as fact"
        )
    else:
        line = "; ".join(
            f"{_outlets(n)} {_verb(_STATUS_PHRASE.get(status, status), n)}"
            for status, n in sorted(by_status.items(), key=lambda kv: (-kv[1], kv[0]))
        )
    sources = Counter(s for v in versions if v.status != "asserted" for s in v.sources)
    if sources:
        line += f", on the word of {_word_of(sources)}"
    return line
