"""Questions over the store: search, who said what, sourcing per outlet, entities."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsprobe import Corpus
from newsprobe.store import StoreError
from newsprobe.store.examples import kreml, telefonat


@pytest.fixture
def corpus(db_location: str) -> Iterator[Corpus]:
    c = Corpus(db_location)
    c.add(kreml())
    c.add(telefonat())
    yield c
    c.close()


def test_search_ranks_and_highlights(corpus: Corpus) -> None:
    hits = corpus.search("Angriff")
    assert [h.article_id for h in hits] == [1]
    hit = hits[0]
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["Angriff"]
    assert "[Angriff]" in hit.marked()
    assert hit.title == "Kreml weist alle Vorwürfe zurück" and hit.score >= 0
    # title matches weigh more than body matches
    ranked = corpus.search("Putin")
    assert {h.article_id for h in ranked} == {1, 2}
    assert ranked[0].article_id == 2


def test_search_syntax_prefix_phrase_and_filters(corpus: Corpus) -> None:
    assert {h.article_id for h in corpus.search("Gespräch*")} == {1, 2}
    assert [h.article_id for h in corpus.search('"eine Stunde"')] == [2]
    assert [h.article_id for h in corpus.search("Putin NOT Scholz")] == [1]
    assert [h.article_id for h in corpus.search("Putin", outlet="abendpost")] == [2]
    assert corpus.search("Putin", language="en") == []
    assert [h.article_id for h in corpus.search("Putin", since="2024-03-05")] == [2]
    assert [h.article_id for h in corpus.search("Putin", until="2024-03-04")] == [1]
    assert corpus.search("Putin", limit=1)[0].article_id == 2


def test_search_never_fails_on_odd_input(corpus: Corpus) -> None:
    assert corpus.search('Putin "') != []  # unbalanced quote: searched as words
    assert corpus.search("Kreml-Sprecher:") == []  # punctuation FTS5 would reject
    assert corpus.search("(((") == []
    with pytest.raises(StoreError, match="empty"):
        corpus.search("  ")


def test_quotes_by_speaker_name_alias_or_key(corpus: Corpus) -> None:
    by = corpus.quotes(speaker="PUTIN")
    assert [q.message for q in by] == ["die Ukraine habe den Angriff begonnen"]
    q = by[0]
    assert (q.speaker, q.speaker_key, q.kind, q.cue, q.mood, q.source_type) == (
        "Wladimir Putin",
        "Q7747",
        "indirect",
        "sagte",
        "subj1",
        "politician",
    )
    assert q.about == ["Ukraine"]
    assert [x.message for x in corpus.quotes(speaker="Q7747")] == [q.message]
    assert [x.speaker for x in corpus.quotes(speaker="scholz")] == ["Olaf Scholz"]
    # anonymous sources are found by their source name too
    assert [x.source_type for x in corpus.quotes(speaker="insider")] == ["anonymous"]


def test_quotes_about_an_entity(corpus: Corpus) -> None:
    about = corpus.quotes(about="Putin")
    assert [(q.speaker, q.message) for q in about] == [
        ("Olaf Scholz", "Putin muss diesen Krieg beenden.")
    ]
    assert [q.speaker for q in corpus.quotes(about="russland")] == ["Dmitri Peskow"]
    assert corpus.quotes(speaker="Putin", about="Putin") == []


def test_quotes_order_filters_and_limit(corpus: Corpus) -> None:
    rows = corpus.quotes()
    assert len(rows) == 5 and rows[0].article_id == 2  # newest article first
    assert {q.article_id for q in corpus.quotes(outlet="Tagesblatt")} == {1}
    assert len(corpus.quotes(article=1)) == 3
    assert len(corpus.quotes(limit=2)) == 2


def test_sourcing_profile_per_outlet(corpus: Corpus) -> None:
    profiles = {p.outlet: p for p in corpus.sources()}
    t = profiles["Tagesblatt"]
    assert (t.articles, t.sources, t.statements, t.claims) == (1, 3, 3, 4)
    assert t.source_types == {"anonymous": 1, "official": 1, "politician": 1}
    assert t.anonymous_share == pytest.approx(1 / 3, abs=1e-3)
    assert t.anonymous_statement_share == pytest.approx(1 / 3, abs=1e-3)
    assert t.hedging_rate == 0.25 and t.claim_shares["attributed"] == 0.5
    a = profiles["Abendpost"]
    assert a.anonymous_share == 0.5 and a.hedging_rate == 0.0
    assert [p.outlet for p in corpus.sources(outlet="abend")] == ["Abendpost"]


def test_unknown_outlet_is_grouped(db_location: str) -> None:
    with Corpus(db_location) as c:
        c.add(kreml(outlet=None))
        assert [p.outlet for p in c.sources()] == ["(unknown)"]


def test_entities_across_articles(corpus: Corpus) -> None:
    top = corpus.entities(top=3)
    assert top[0].key == "Q7747"
    putin = top[0]
    assert (putin.articles, putin.mentions, putin.quotes_by, putin.quotes_about) == (2, 3, 1, 1)
    assert putin.name == "Wladimir Putin"  # the fuller name wins a tie
    assert [e.type for e in corpus.entities(type="loc")] == ["LOC", "LOC"]
    peskow = next(e for e in corpus.entities(top=50) if e.name == "Dmitri Peskow")
    assert peskow.key == "PER:dmitri peskow" and peskow.kb_id is None


def test_entity_profile_by_key_or_name(corpus: Corpus) -> None:
    p = corpus.entity("putin")
    assert p.entity.key == "Q7747"
    assert set(p.aliases) == {"Wladimir Putin", "Putin"}
    assert [(t.period, t.articles, t.mentions) for t in p.timeline] == [
        ("2024-03-04", 1, 1),
        ("2024-03-05", 1, 2),
    ]
    assert [q.speaker for q in p.quotes_by] == ["Wladimir Putin"]
    assert [q.speaker for q in p.quotes_about] == ["Olaf Scholz"]
    assert p.articles == [2, 1]
    assert corpus.entity("PER:dmitri peskow").entity.name == "Dmitri Peskow"
    with pytest.raises(KeyError):
        corpus.entity("Niemand Bekanntes")


def test_unresolved_speakers_are_no_anonymous_sourcing(tmp_path: Path) -> None:
    from newsprobe.model import SourceType

    article = kreml()
    before = Corpus(tmp_path / "a.db")
    before.add(article.model_copy(deep=True))
    share = before.sources()[0].anonymous_share
    # the same article where newsprobe could not resolve a named source's pronoun
    changed = article.model_copy(deep=True)
    named = next(s for s in changed.sources if s.named and s.type != SourceType.ANONYMOUS)
    named.type, named.named, named.name = SourceType.UNRESOLVED, False, "unidentified speaker"
    after = Corpus(tmp_path / "b.db")
    after.add(changed)
    profile = after.sources()[0]
    assert profile.source_types.get("unresolved") == 1
    assert profile.anonymous_share == share
