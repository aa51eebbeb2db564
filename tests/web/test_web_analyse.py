"""Analyse: paste or upload → the full report (same pipeline as the CLI), optionally stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from web_client import TestClient, client_for

from newsprobe.api import analyze_path
from newsprobe.corpus.api import Corpus
from newsprobe.web.analyse import clean_name

NO_FILE = {"file": ("", b"", "application/octet-stream")}  # what a browser sends with no file


def test_form_page_has_labelled_controls(client: TestClient) -> None:
    page = client.get("/analyse").text
    for control in ("text", "file", "lang", "store"):
        assert f'id="{control}"' in page and f'for="{control}"' in page
    assert 'enctype="multipart/form-data"' in page and "5.0 MB" in page


def test_paste_shows_the_report_without_storing(
    client: TestClient, corpus_db: Path, sample_path
) -> None:
    text = sample_path("de_klinik.txt").read_text(encoding="utf-8")
    r = client.post("/analyse", data={"text": text, "lang": "auto"}, files=NO_FILE)
    assert r.status_code == 200
    page = r.text
    expected = analyze_path(sample_path("de_klinik.txt"))
    # the same analysis as the CLI's: its findings, verdict and quotes are on the page
    assert page.count('class="w-finding-btn"') == len(expected.findings) > 0
    assert page.count('id="q-') == len(expected.attributions) > 0
    assert expected.verdict is not None and expected.verdict.summary[:60] in page
    assert "Not stored." in page and 'href="/api/articles/' not in page
    with Corpus(corpus_db, readonly=True) as corpus:
        assert corpus.stats().articles == 2


def test_upload_and_store_then_duplicate(client: TestClient, corpus_db: Path, sample_path) -> None:
    data = sample_path("en_port.html").read_bytes()
    files = {"file": ("en_port.html", data, "text/html")}
    r = client.post("/analyse", data={"store": "1"}, files=files, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/articles/3?stored=new"
    page = client.get(r.headers["location"]).text
    assert "Stored in the corpus as article 3" in page and "Harwick" in page
    with Corpus(corpus_db, readonly=True) as corpus:
        stored = corpus.article(3)
        assert stored.meta.source_path == "en_port.html"
        assert stored.meta.language == "en"
        [row] = [a for a in corpus.articles() if a.id == 3]
        assert row.source_path == "web upload: en_port.html"
    again = client.post("/analyse", data={"store": "on"}, files=files, follow_redirects=False)
    assert again.headers["location"] == "/articles/3?stored=duplicate"
    assert "stored before" in client.get(again.headers["location"]).text


def test_urlencoded_form_and_language(client: TestClient) -> None:
    r = client.post(
        "/analyse",
        data={
            "text": "Port strike ends\n\nDockworkers went back to work on Monday, the union said.",
            "lang": "en",
        },
    )
    assert r.status_code == 200 and 'lang="en"' in r.text


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"text": "   "}, "nothing to analyse"),
        ({"text": "Etwas", "lang": "fr"}, "unknown language"),
    ],
)
def test_bad_submissions_keep_the_form(
    client: TestClient, form: dict[str, str], message: str
) -> None:
    r = client.post("/analyse", data=form, files=NO_FILE)
    assert r.status_code == 400
    assert message in r.text and 'role="alert"' in r.text and 'id="text"' in r.text


def test_unreadable_input_is_one_line(client: TestClient) -> None:
    r = client.post("/analyse", files={"file": ("x.bin", bytes(range(256)) * 4, "text/plain")})
    assert r.status_code == 400 and "x.bin" in r.text and "Traceback" not in r.text
    r = client.post("/analyse", files={"file": ("a.json", b"{not json", "application/json")})
    assert r.status_code == 400 and "invalid JSON" in r.text
    r = client.post("/analyse", content=b"text=hi", headers={"content-type": "text/plain"})
    assert r.status_code == 400 and "send the article as a form" in r.text


def test_no_article_found_is_reported_and_not_stored(client: TestClient, corpus_db: Path) -> None:
    r = client.post(
        "/analyse",
        data={"text": "Impressum\nDatenschutz\nCookies", "store": "1"},
        files=NO_FILE,
        follow_redirects=False,
    )
    assert r.status_code == 200
    assert "No article found" in r.text and "Not stored: no article was found" in r.text
    with Corpus(corpus_db, readonly=True) as corpus:
        assert corpus.stats().articles == 2


def test_filename_is_reduced_to_a_base_name(tmp_path: Path) -> None:
    with client_for(tmp_path / "c.db") as client:
        files = {"file": ("../../etc/evil.txt", b"Titel hier\n\nEin Satz im Text.", "text/plain")}
        r = client.post("/analyse", data={"store": "1"}, files=files, follow_redirects=False)
        assert r.status_code == 303
    with Corpus(tmp_path / "c.db", readonly=True) as corpus:
        assert corpus.article(1).meta.source_path == "evil.txt"
    assert sorted(p.name for p in tmp_path.iterdir()) <= ["c.db", "c.db-shm", "c.db-wal"]


def test_api_analyze_json_and_raw(client: TestClient, corpus_db: Path, sample_path) -> None:
    text = sample_path("de_wirtschaft.txt").read_text(encoding="utf-8")
    r = client.post("/api/analyze", json={"text": text})
    assert r.status_code == 200
    body = r.json()
    assert body["article_id"] is None and body["analysis"]["meta"]["language"] == "de"
    assert body["analysis"]["text"] == analyze_path(sample_path("de_wirtschaft.txt")).text
    raw = sample_path("en_port.html").read_bytes()
    r = client.post(
        "/api/analyze/raw",
        params={"name": "page.html", "store": "true"},
        content=raw,
        headers={"content-type": "application/octet-stream"},
    )
    assert r.status_code == 200
    assert (r.json()["article_id"], r.json()["added"]) == (3, True)
    assert r.json()["analysis"]["meta"]["input_kind"] == "html"
    assert client.get("/api/articles/3").json()["text"] == r.json()["analysis"]["text"]
    bad = client.post("/api/analyze", json={"text": ""})
    assert bad.status_code == 400 and "empty" in bad.json()["detail"]
    assert client.post("/api/analyze", json={"text": "x", "lang": "fr"}).status_code == 422


def test_clean_name() -> None:
    assert clean_name("C:\\Users\\ana\\bericht.html") == "bericht.html"
    assert clean_name("a\x00b\x1f.txt") == "ab.txt"
    assert clean_name("../..") is None and clean_name("") is None
    assert clean_name("x" * 300 + ".txt") == "x" * 200
