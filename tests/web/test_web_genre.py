"""The genre filter on the web pages and the JSON API."""

from __future__ import annotations

from pathlib import Path

from web_client import client_for

from newsprobe import Corpus
from newsprobe.store.examples import kreml, telefonat
from support import as_opinion


def test_web_and_api_genre_filter(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    with Corpus(db) as c:
        c.add(kreml())
        c.add(as_opinion(telefonat()))
    with client_for(db) as client:
        page = client.get("/articles", params={"genre": "opinion"}).text
        assert "/articles/2" in page and "/articles/1" not in page
        assert '<option value="opinion" selected>' in page
        api = client.get("/api/articles", params={"genre": "news"}).json()
        assert [a["id"] for a in api] == [1]
        assert client.get("/api/articles", params={"genre": "satire"}).status_code == 422
        assert "opinion 1" in client.get("/").text


def test_outlet_profiles_by_genre(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    with Corpus(db) as c:
        c.add(kreml())
        c.add(as_opinion(telefonat()))
        assert [r.outlet for r in c.sources(genre="news")] == ["Tagesblatt"]
    with client_for(db) as client:
        api = client.get("/api/sources", params={"genre": "opinion"}).json()
        assert [r["outlet"] for r in api] == ["Abendpost"]
        page = client.get("/outlets", params={"genre": "opinion"}).text
        assert "Abendpost" in page and "Tagesblatt" not in page
        assert '<option value="opinion" selected>' in page
