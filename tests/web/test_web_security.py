"""Security: CSP and hardening headers, escaping of hostile articles on every page, host and
origin checks, upload caps, and no writes outside the configured database."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_client import TestClient, client_for
from web_payloads import RAW, hostile, unsafe_markup

from newsprobe.api import analyze_text
from newsprobe.corpus.api import Corpus

PAGES = (
    "/",
    "/analyse",
    "/articles",
    "/articles/1",
    "/search?q=Rathaus",
    "/search?q=Lage",
    "/entities",
    "/speakers",
    "/speakers?speaker=Sprecher",
    "/outlets",
    "/api",
)


@pytest.fixture
def hostile_client(tmp_path: Path) -> Iterator[TestClient]:
    db = tmp_path / "hostile.db"
    with Corpus(db) as corpus:
        corpus.add(hostile())
    with client_for(db) as client:
        yield client


def test_csp_and_headers_on_every_response(client: TestClient) -> None:
    for url in (
        "/",
        "/articles/1",
        "/api/stats",
        "/static/app.js",
        "/static/htmx.min.js",
        "/nope",
        "/api/nope",
    ):
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp, url
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "same-origin"
        assert r.headers["x-frame-options"] == "DENY"


def test_pages_carry_no_inline_script_style_or_handler(client: TestClient) -> None:
    for url in (*PAGES, "/articles/2", "/entities/Q7747"):
        page = client.get(url).text
        assert unsafe_markup(page) == [], url
        assert '<script src="/static/htmx.min.js" defer></script>' in page


@pytest.mark.parametrize(
    "url", [*PAGES, "/entities/Sprecher", "/api/articles/1", "/api/quotes", "/api/entities"]
)
def test_hostile_article_is_escaped_everywhere(hostile_client: TestClient, url: str) -> None:
    r = hostile_client.get(url)
    assert r.status_code == 200, url
    for raw in RAW:
        assert raw not in r.text or r.headers["content-type"] == "application/json", url
    if r.headers["content-type"].startswith("text/html"):
        assert unsafe_markup(r.text) == [], url


def test_hostile_payloads_are_shown_as_text(hostile_client: TestClient) -> None:
    page = hostile_client.get("/articles/1").text
    assert "Titel &lt;script&gt;alert(&#39;np-xss&#39;)&lt;/script&gt;" in page
    assert "&lt;svg onload=alert(2)&gt;" in page  # in the quote, visible as text
    assert "Blatt &lt;img src=x onerror=" in page
    assert 'href="javascript:' not in page
    outlets = hostile_client.get("/outlets").text
    assert "Blatt &lt;img" in outlets and "<img" not in outlets  # chart labels in the SVG


def test_pasted_payload_through_the_pipeline_is_escaped(tmp_path: Path) -> None:
    text = (
        "Alarm <script>alert('t')</script> im Rathaus\n\n"
        "„<img src=x onerror=alert(1)> ist eine Gefahr“, sagte Bürgermeisterin "
        "Anna Berg am Montag. Der Plan sei <svg onload=alert(2)> angeblich gescheitert.\n"
    )
    with client_for(tmp_path / "c.db") as client:
        r = client.post(
            "/analyse",
            data={"text": text, "lang": "de"},
            files={"file": ("", b"", "application/octet-stream")},
        )
        assert r.status_code == 200
        assert "<script>alert" not in r.text and "<img src=x" not in r.text
        assert unsafe_markup(r.text) == []
        r = client.post(
            "/analyse",
            data={"text": text, "lang": "de", "store": "1"},
            files={"file": ("", b"", "application/octet-stream")},
            follow_redirects=True,
        )
        assert r.status_code == 200 and "Stored in the corpus" in r.text
        for url in ("/search?q=Rathaus", "/speakers", "/articles"):
            page = client.get(url).text
            assert "<script>alert" not in page and unsafe_markup(page) == [], url


def test_unknown_host_is_refused(client: TestClient) -> None:
    r = client.get("/", headers={"host": "evil.example"})
    assert r.status_code == 400
    assert client.get("/", headers={"host": "localhost:8000"}).status_code == 200
    assert client.get("/", headers={"host": "[::1]:8000"}).status_code == 200


def test_allowed_hosts_option(corpus_db: Path) -> None:
    with client_for(corpus_db, hosts=["newsdesk.local"]) as client:
        assert client.get("/", headers={"host": "newsdesk.local:8000"}).status_code == 200
        assert client.get("/", headers={"host": "127.0.0.1:8000"}).status_code == 400


def test_cross_site_writes_are_refused(client: TestClient, corpus_db: Path) -> None:
    form = {"text": "Ein Artikel\n\nMit Text.", "store": "1"}
    for headers in (
        {"origin": "https://evil.example"},
        {"sec-fetch-site": "cross-site"},
        {"origin": "null"},
    ):
        r = client.post("/analyse", data=form, headers=headers)
        assert r.status_code == 403, headers
        r = client.post("/api/analyze", json={"text": "x y z", "store": True}, headers=headers)
        assert r.status_code == 403 and r.json() == {"detail": "cross-site request refused"}
    with Corpus(corpus_db, readonly=True) as corpus:
        assert corpus.stats().articles == 2
    for headers in (
        {"origin": "http://127.0.0.1", "sec-fetch-site": "same-origin"},
        {"origin": "null", "sec-fetch-site": "same-origin"},  # no-referrer pages
        {"origin": "http://127.0.0.1"},
        {},
    ):  # no Sec-Fetch-Site; curl
        same = client.post("/analyse", data={"text": "Ein Artikel\n\nMit Text."}, headers=headers)
        assert same.status_code == 200, headers


def test_upload_cap(corpus_db: Path) -> None:
    cap = 10_000
    with client_for(corpus_db, max_upload=cap) as client:
        big = b"Wort " * 30_000  # far over cap + form overhead: refused before reading
        r = client.post("/analyse", files={"file": ("big.txt", big, "text/plain")})
        assert r.status_code == 413 and "upload limit" in r.text
        r = client.post(
            "/api/analyze/raw", content=big, headers={"content-type": "application/octet-stream"}
        )
        assert r.status_code == 413 and "upload limit" in r.json()["detail"]
        # over the cap but within the form overhead: a clear message on the form
        r = client.post("/analyse", files={"file": ("a.txt", b"x" * (cap + 10), "text/plain")})
        assert r.status_code == 400 and "over the upload limit" in r.text

        # chunked (no Content-Length): counted while it arrives
        def chunks() -> Iterator[bytes]:
            for _ in range(100):
                yield b"y" * 1_000

        r = client.post(
            "/api/analyze/raw",
            content=chunks(),
            headers={"content-type": "application/octet-stream"},
        )
        assert r.status_code in (400, 413)
    with Corpus(corpus_db, readonly=True) as corpus:
        assert corpus.stats().articles == 2


def test_no_writes_outside_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A large upload is parsed in memory (no temp file); storing touches only the DB."""
    work, tmp = tmp_path / "cwd", tmp_path / "tmp"
    work.mkdir()
    tmp.mkdir()
    db = tmp_path / "db" / "c.db"
    monkeypatch.chdir(work)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    monkeypatch.setenv("TMPDIR", str(tmp))

    # models load once per process (py3langid unpacks its model through an unnamed temp
    # file): load them first, so what is checked below is the request handling alone
    analyze_text("Ein kurzer Text.\n\nMit zwei Absätzen, sagte sie.")

    def no_temp_files(*args: object, **kwargs: object) -> None:
        raise AssertionError("a temporary file was created")

    for name in ("TemporaryFile", "NamedTemporaryFile", "mkstemp"):
        monkeypatch.setattr(tempfile, name, no_temp_files)
    # over 1 MB, which starlette would spool to a temp file; binary, so the reader refuses it
    # fast: this exercises the form parsing, not the pipeline
    binary = bytes(range(256)) * 6_000
    with client_for(db, max_upload=4 * 1024 * 1024) as client:
        r = client.post(
            "/analyse", data={"store": "1"}, files={"file": ("blob.txt", binary, "text/plain")}
        )
        assert r.status_code == 400 and "blob.txt" in r.text
        r = client.post(
            "/analyse",
            data={"store": "1"},
            files={
                "file": (
                    "hafen.txt",
                    "Der Hafen wächst\n\nDer Hafen wächst weiter, sagte er.".encode(),
                    "text/plain",
                )
            },
            follow_redirects=False,
        )
        assert r.status_code == 303 and r.headers["location"] == "/articles/1?stored=new"
        r = client.post(
            "/api/analyze", json={"text": "Zweiter Text\n\nMit Inhalt hier.", "store": True}
        )
        assert r.status_code == 200 and r.json()["article_id"] == 2
    assert list(work.iterdir()) == [] and list(tmp.iterdir()) == []
    assert {p.name for p in db.parent.iterdir()} <= {"c.db", "c.db-wal", "c.db-shm"}
    assert os.path.getsize(db) > 0
