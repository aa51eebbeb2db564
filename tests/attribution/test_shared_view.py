"""The token view the quotes and claims components share: quote membership by offset ranges,
and the claims fields the same whether the quotes component built the view in this run or
the claims view builds it itself (texts written for these tests)."""

from __future__ import annotations

import random

from newsprobe.attribution.marks import Quote
from newsprobe.attribution.quotes import QuotesComponent
from newsprobe.attribution.view import Tok, _mark_quotes, _mark_quotes_walk
from newsprobe.claims.units import sentence_views
from newsprobe.model import Analysis, BlockKind, Metadata
from newsprobe.pipeline import Options, Pipeline
from support import article_of_blocks


def _toks(starts: list[int]) -> list[Tok]:
    return [Tok(k, k, "w", "w", "NOUN", None, "w", None, s, s + 1) for k, s in enumerate(starts)]


def _quote(start: int, end: int) -> Quote:
    return Quote(start=start, end=end, inner_start=start + 1, inner_end=end - 1, mark="„")


def test_quote_ranges_give_what_the_token_walk_gives() -> None:
    rng = random.Random(7)
    for _ in range(300):
        starts = sorted(rng.sample(range(200), rng.randint(1, 60)))
        quotes = []
        for _ in range(rng.randint(1, 6)):
            a = rng.randrange(0, 195)
            # overlapping quotes and ends out of order too: the walk's rule decides
            quotes.append(_quote(a, a + rng.randint(2, 60)))
        quotes.sort(key=lambda q: q.start)
        by_ranges, by_walk = _toks(starts), _toks(starts)
        marked = _mark_quotes(by_ranges, quotes)
        walked = _mark_quotes_walk(by_walk, quotes, list(range(len(quotes))))
        assert [t.quote for t in by_ranges] == [t.quote for t in by_walk]
        assert [t.index for t in marked] == [t.index for t in walked]


def test_quotes_only_of_depth_zero_and_none_outside() -> None:
    toks = _toks([0, 5, 10, 15, 20])
    nested = _quote(6, 12)
    nested.depth = 1
    quotes = [_quote(4, 17), nested]
    _mark_quotes(toks, quotes)
    assert [t.quote for t in toks] == [None, 0, 0, 0, None]


def _article() -> Analysis:
    analysis = article_of_blocks(
        [
            ("Regierung plant neue Regeln", BlockKind.HEADLINE),
            (
                "„Wir werden das Gesetz ändern“, sagte die Ministerin am Montag. Die Opposition "
                "wirft ihr Untätigkeit vor, und Experten warnen, dass die Kosten steigen "
                "könnten. Der Verband teilte mit, die Pläne seien „völlig unausgegoren“.",
                BlockKind.PARAGRAPH,
            ),
        ],
        Metadata(language="de"),
    )
    return Pipeline(names=["language", "sentences", "tokens", "pos"], options=Options(lang="de"))(
        analysis
    )


def _claims_fields(analysis: Analysis) -> list[tuple[object, ...]]:
    return [
        (t.index, t.pos, t.claim_lemma, t.token_mood, t.is_word, t.quoted, t.low)
        for view in sentence_views(analysis)
        for t in view.toks
    ]


def test_claims_view_is_the_same_with_or_without_the_quotes_run() -> None:
    alone = _article()
    after_quotes = _article()
    QuotesComponent()(after_quotes, Options(lang="de"))
    fields = _claims_fields(after_quotes)
    assert fields == _claims_fields(alone)
    # the particle of "wirft … vor" joins the claims lemma, not the attribution lemma
    vor = [f for f in fields if f[6] == "wirft"]
    assert vor and vor[0][2] == "vorwerfen"
    wirft = [t for view in sentence_views(alone) for t in view.toks if t.low == "wirft"]
    assert wirft[0].lemma == "werfen"
    assert any(f[5] for f in fields) and not all(f[5] for f in fields)
