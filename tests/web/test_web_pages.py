"""The pages over a corpus of hand-built articles (every layer filled)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from web_client import TestClient, client_for

from newsprobe.corpus.api import Corpus


def ids(page: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', page))


def test_home_lists_corpus(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "Kreml weist alle Vorwürfe zurück" in r.text
    assert 'href="/entities/Q7747"' in r.text
    assert '<a class="w-skip" href="#main">' in r.text and '<main id="main"' in r.text


def test_article_page_has_check_verdict_layers_and_anchors(client: TestClient) -> None:
    r = client.get("/articles/1")
    assert r.status_code == 200
    page = r.text
    # headline check and verdict come before the article text
    assert page.index('id="h-check"') < page.index('id="h-verdict"') < page.index('id="article"')
    assert 'class="w-finding-btn" data-finding="0"' in page
    assert "overstated" in page and "&#39;alle&#39; in the headline" in page
    # every evidence link and quote/entity jump points at an element in the article
    targets = set(re.findall(r'href="#([^"]+)"', page)) - {"main"}
    assert {"ev-0-0", "q-0", "q-1", "q-2", "m-1"} <= targets
    assert targets <= ids(page)
    # layer toggles with labels, a legend, the sourcing chart
    for key in ("layout", "claims", "quotes", "entities", "cues"):
        assert f'data-toggle="{key}"' in page
    assert '<svg class="w-chart w-chart-stack"' in page
    assert "Two named sources, one anonymous insider." in page
    assert "Show the 1 claim(s) resting only on anonymous" in page
    # who said what: speaker numbers + links into the corpus
    assert "S3</strong> Insider" in page
    assert 'href="/speakers?speaker=Wladimir%20Putin"' in page
    assert 'href="/api/articles/1"' in page and 'href="/articles/1/report.html"' in page
    assert 'lang="de"' in page


def test_article_stored_notice_and_404(client: TestClient) -> None:
    assert "Stored in the corpus as article 2" in client.get("/articles/2?stored=new").text
    assert client.get("/articles/2?stored=<x>").status_code == 422
    r = client.get("/articles/999")
    assert r.status_code == 404 and "no article 999" in r.text
    assert r.headers["content-type"].startswith("text/html")
    assert client.get("/articles/abc").status_code == 422


def test_report_download_is_sandboxed(client: TestClient) -> None:
    r = client.get("/articles/1/report.html")
    assert r.status_code == 200
    assert r.headers["content-disposition"] == 'attachment; filename="newsprobe-1.html"'
    assert r.headers["content-security-policy"].startswith("sandbox allow-scripts;")
    assert "Kreml weist alle Vorwürfe zurück" in r.text


def test_articles_list_filters_and_paging(client: TestClient) -> None:
    page = client.get("/articles").text
    assert page.index("/articles/2") < page.index("/articles/1")  # newest first
    only = client.get("/articles", params={"outlet": "abendpost"}).text
    assert "/articles/2" in only and 'href="/articles/1"' not in only
    assert (
        "No articles match these filters"
        in client.get("/articles", params={"since": "2030-01-01"}).text
    )
    bad = client.get("/articles", params={"since": "gestern"})
    assert bad.status_code == 400 and "gestern" in bad.text


def test_search_highlights_and_partial(client: TestClient) -> None:
    page = client.get("/search", params={"q": "Angriff"}).text
    assert "<mark>Angriff</mark>" in page and 'href="/articles/1"' in page
    assert "<html" in page
    partial = client.get("/search", params={"q": "Angriff"}, headers={"HX-Request": "true"})
    assert "<html" not in partial.text and "<mark>Angriff</mark>" in partial.text
    assert partial.headers["vary"] == "HX-Request"
    restore = client.get(
        "/search",
        params={"q": "Angriff"},
        headers={"HX-Request": "true", "HX-History-Restore-Request": "true"},
    )
    assert "<html" in restore.text
    assert "Nothing found" in client.get("/search", params={"q": "Zebra"}).text
    assert "Type a word" in client.get("/search").text
    assert client.get("/search", params={"q": "Putin", "language": "en"}).status_code == 200
    assert client.get("/search", params={"q": "((("}).status_code == 200


def test_entity_pages(client: TestClient) -> None:
    listing = client.get("/entities").text
    assert 'href="/entities/Q7747"' in listing
    assert "Wladimir Putin" in client.get("/entities", params={"type": "PER"}).text
    assert "Ukraine" not in client.get("/entities", params={"type": "PER"}).text
    r = client.get("/entities/Q7747")
    assert r.status_code == 200
    page = r.text
    assert "<h1>Wladimir Putin</h1>" in page
    assert page.count('class="w-tbar"') == 2  # mentioned on two days
    assert 'aria-labelledby="chart-' in page
    assert "die Ukraine habe den Angriff begonnen" in page  # a quote by him
    assert 'href="/articles/1#q-0"' in page
    # by name too, and a miss is a 404
    assert client.get("/entities/Wladimir Putin").status_code == 200
    assert client.get("/entities/Niemand").status_code == 404


def test_speakers_groups_by_speaker(client: TestClient) -> None:
    page = client.get("/speakers").text
    assert "Who said what" in page and 'href="/entities/Q7747">Wladimir Putin</a>' in page
    putin = client.get("/speakers", params={"speaker": "putin"}, headers={"HX-Request": "true"})
    assert "<html" not in putin.text
    assert "Peskow" not in putin.text and "Putin" in putin.text
    about = client.get("/speakers", params={"about": "Ukraine"}).text
    assert "die Ukraine habe den Angriff begonnen" in about


def test_outlets_charts_and_table(client: TestClient) -> None:
    page = client.get("/outlets").text
    for heading in ("Anonymous sourcing", "Hedging rate", "Source-type profile", "Claim status"):
        assert heading in page
    assert page.count('<svg class="w-chart') >= 5
    assert '<th scope="row">Tagesblatt</th>' in page
    assert 'class="w-bar c-anonymous"' in page
    filtered = client.get("/outlets", params={"outlet": "Abendpost"}).text
    assert "Tagesblatt" not in filtered


def test_api_page_lists_endpoints(client: TestClient) -> None:
    page = client.get("/api").text
    for path in (
        "/api/analyze",
        "/api/search",
        "/api/quotes",
        "/api/sources",
        "/api/entities/{key}",
        "/api/openapi.json",
    ):
        assert path in page


def test_empty_corpus(tmp_path: Path) -> None:
    with client_for(tmp_path / "new.db") as client:
        for url in ("/", "/articles", "/search?q=x", "/entities", "/speakers", "/outlets"):
            r = client.get(url)
            assert r.status_code == 200, url
        assert "Nothing stored yet" in client.get("/").text
    assert (tmp_path / "new.db").is_file()


def test_pages_read_without_writing(corpus_db: Path) -> None:
    if not isinstance(corpus_db, Path):
        pytest.skip("checks the SQLite file's modification time")
    before = corpus_db.stat().st_mtime_ns
    with Corpus(corpus_db) as corpus:
        n = corpus.stats().articles
    with client_for(corpus_db) as client:
        for url in (
            "/",
            "/articles/1",
            "/search?q=Putin",
            "/entities/Q7747",
            "/speakers",
            "/outlets",
        ):
            assert client.get(url).status_code == 200
    with Corpus(corpus_db, readonly=True) as corpus:
        assert corpus.stats().articles == n
    assert corpus_db.stat().st_mtime_ns == before


@pytest.mark.parametrize(
    "url",
    [
        "/api/stats",
        "/api/articles",
        "/api/articles/1",
        "/api/search?q=Putin",
        "/api/quotes?speaker=Putin",
        "/api/sources",
        "/api/entities",
        "/api/entities/Q7747",
        "/api/failures",
    ],
)
def test_json_api(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    assert r.json() is not None


def test_json_api_content_and_errors(client: TestClient) -> None:
    analysis = client.get("/api/articles/1").json()
    assert analysis["meta"]["title"] == "Kreml weist alle Vorwürfe zurück"
    assert analysis["findings"][0]["verdict"] == "overstated"
    [q] = client.get("/api/quotes", params={"speaker": "Putin"}).json()
    assert q["message"] == "die Ukraine habe den Angriff begonnen"
    assert client.get("/api/articles/99").json() == {"detail": "no article 99"}
    assert client.get("/api/articles/99").status_code == 404
    assert client.get("/api/search").status_code == 422
    bad = client.get("/api/search", params={"q": "x", "since": "nie"})
    assert bad.status_code == 400 and "nie" in bad.json()["detail"]


def test_openapi_document(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert spec["info"]["title"] == "newsprobe"
    paths = set(spec["paths"])
    assert {
        "/api/analyze",
        "/api/analyze/raw",
        "/api/articles/{article_id}",
        "/api/search",
        "/api/quotes",
        "/api/sources",
        "/api/entities",
        "/api/entities/{key}",
        "/api/stats",
        "/api/failures",
    } <= paths
    assert not any(p in paths for p in ("/", "/search", "/analyse"))  # pages are not API
    assert "Analysis" in spec["components"]["schemas"]
    assert client.get("/docs").status_code == 404  # no CDN-loading docs page
