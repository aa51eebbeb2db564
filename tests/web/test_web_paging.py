"""Paging ("page X of Y") on Articles and Speakers, date filters on Speakers, article titles on
entity pages without loading analyses, and where an article's text came from."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from web_client import TestClient, client_for
from web_payloads import RAW, hostile, unsafe_markup

from newsprobe.corpus.api import Corpus
from newsprobe.store.examples import kreml
from newsprobe.web import pages


def pager_text(page: str) -> str:
    [nav] = re.findall(r'<nav class="w-pager".*?</nav>', page, re.S)[:1]
    return " ".join(re.sub(r"<[^>]+>", " ", nav).split())


def test_articles_page_x_of_y(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    first = client.get("/articles").text
    assert "2 article(s)" in first and "page 1 of 1" in pager_text(first)
    monkeypatch.setattr(pages, "PAGE_SIZE", 1)
    one = client.get("/articles", params={"page": 1}).text
    assert pager_text(one) == "page 1 of 2 (1–1 of 2 articles) older →"
    assert 'href="/articles?page=2"' in one and 'href="/articles/2"' in one
    two = client.get("/articles", params={"page": 2}).text
    assert pager_text(two) == "← newer page 2 of 2 (2–2 of 2 articles)"
    assert 'href="/articles/1"' in two and 'href="/articles/2"' not in two
    # filters are kept in the paging links and counted
    only = client.get("/articles", params={"outlet": "blatt", "page": 1}).text
    assert "page 1 of 1" in pager_text(only) and "1 article(s) match these filters" in only
    past = client.get("/articles", params={"page": 9}).text
    assert "No articles on page 9: there are 2 page(s) of 2 article(s)" in past
    assert 'href="/articles?page=2"' in past
    partial = client.get("/articles", params={"page": 2}, headers={"HX-Request": "true"})
    assert "<html" not in partial.text and "page 2 of 2" in partial.text


def test_speakers_paged_and_filtered_by_date(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = client.get("/speakers").text
    assert "5 statement(s)" in page and 'id="f-since"' in page and 'id="f-until"' in page
    monkeypatch.setattr(pages, "QUOTE_PAGE_SIZE", 2)
    pages_seen = []
    for number in (1, 2, 3):
        text = client.get("/speakers", params={"page": number}).text
        assert f"page {number} of 3" in pager_text(text)
        pages_seen.append(re.findall(r'href="/articles/(\d+)#q-(\d+)"', text))
    found = [q for p in pages_seen for q in p]
    assert len(found) == 5 and len(set(found)) == 5  # every statement once
    assert "this page has 1, by 1 speaker(s)" in client.get("/speakers", params={"page": 3}).text
    # the date filters bound the article's publication, whole days included
    day = client.get(
        "/speakers", params={"until": "2024-03-04"}, headers={"HX-Request": "true"}
    ).text
    assert "3 statement(s) match these filters" in day and "Olaf Scholz" not in day
    later = client.get("/speakers", params={"since": "2024-03-05", "speaker": "Scholz"}).text
    assert "1 statement(s) match" in later and "Putin muss diesen Krieg beenden." in later
    link = client.get("/speakers", params={"since": "2024-03-01"}).text
    assert 'href="/speakers?since=2024-03-01&amp;page=2"' in link
    assert client.get("/speakers", params={"since": "nie"}).status_code == 400


def test_entity_page_lists_articles_without_loading_analyses(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_analyses(self: Corpus, id: int) -> None:
        raise AssertionError("the entity page loaded a full analysis")

    monkeypatch.setattr(Corpus, "article", no_analyses)
    page = client.get("/entities/Q7747").text
    assert '<a href="/articles/1">Kreml weist alle Vorwürfe zurück</a>' in page
    assert "Tagesblatt · 2024-03-04" in page and "Abendpost · 2024-03-05" in page
    assert page.index('href="/articles/2"') < page.index('href="/articles/1"')  # newest first


def test_article_page_shows_where_its_text_came_from(corpus_db: Path) -> None:
    with Corpus(corpus_db) as corpus:
        corpus.add(
            kreml(
                outlet="Andere Zeitung",
                url="https://andere.example/k",
                published="2024-03-04T12:15:00",
            )
        )
        corpus.add(
            kreml(
                outlet="Drittes Blatt", url="javascript:alert(3)", published="2024-03-05T08:00:00"
            )
        )
    with client_for(corpus_db) as client:
        page = client.get("/articles/1").text
        assert (
            "The same text came in 2 more time(s), also from Andere Zeitung, Drittes Blatt" in page
        )
        section = page[page.index('id="inputs"') : page.index("Metadata")]
        assert section.index("Tagesblatt") < section.index("Andere Zeitung")  # first first
        assert '<a href="https://andere.example/k" rel="noopener noreferrer nofollow">' in section
        assert "2024-03-04 12:15" in section
        assert "javascript:alert(3)" in section and 'href="javascript:' not in section
        assert unsafe_markup(page) == []
        single = client.get("/articles/2").text
        assert "The same text came in" not in single and 'id="inputs"' in single
        rows = client.get("/api/articles/1/inputs").json()
        assert [(r["status"], r["outlet"]) for r in rows] == [
            ("article", "Tagesblatt"),
            ("duplicate", "Andere Zeitung"),
            ("duplicate", "Drittes Blatt"),
        ]
        assert client.get("/api/articles/99/inputs").status_code == 404


def test_hostile_duplicate_inputs_are_escaped(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    with Corpus(db) as corpus:
        corpus.add(hostile())
        again = hostile()
        again.meta.publisher = "Zweitblatt <script>alert('np-xss')</script>"
        again.meta.url = "https://x.example/<img src=x onerror=alert(1)>"
        corpus.add(again, source="<svg onload=alert(2)>.txt")
    with client_for(db) as client:
        page = client.get("/articles/1").text
        assert "also from Zweitblatt &lt;script&gt;" in page
        for raw in RAW:
            assert raw not in page
        assert unsafe_markup(page) == []


def test_api_totals_and_quote_paging(client: TestClient) -> None:
    r = client.get("/api/articles", params={"limit": 1})
    assert r.headers["x-total-count"] == "2" and len(r.json()) == 1
    assert client.get("/api/articles", params={"outlet": "abend"}).headers["x-total-count"] == "1"
    everything = client.get("/api/quotes").json()
    paged = client.get("/api/quotes", params={"limit": 2, "offset": 2})
    assert paged.headers["x-total-count"] == "5" and paged.json() == everything[2:4]
    dated = client.get("/api/quotes", params={"since": "2024-03-05"})
    assert dated.headers["x-total-count"] == "2"
    assert {q["article_id"] for q in dated.json()} == {2}
    assert client.get("/api/quotes", params={"offset": -1}).status_code == 422


def test_stories_list_pages_like_the_other_lists(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsprobe.store.story_rows import StoryRow
    from newsprobe.web import story_pages

    rows = [StoryRow(id=i, title=f"Story {i}", articles=2, copies=0) for i in range(1, 6)]

    def stories(self: Corpus, *, min_articles: int, limit: int, offset: int) -> list[StoryRow]:
        return rows[offset : offset + limit]

    monkeypatch.setattr(Corpus, "count_stories", lambda self, *, min_articles: len(rows))
    monkeypatch.setattr(Corpus, "stories", stories)
    monkeypatch.setattr(story_pages, "STORY_PAGE_SIZE", 2)
    two = client.get("/stories", params={"page": 2}).text
    assert pager_text(two) == "← previous page 2 of 3 (3–4 of 5 stories) next →"
    assert 'href="/stories?page=1"' in two and 'href="/stories?page=3"' in two
    assert "Story 3" in two and "Story 5" not in two
    assert "page 3 of 3" in pager_text(client.get("/stories", params={"page": 3}).text)
    assert client.get("/stories", params={"page": 0}).status_code == 422
