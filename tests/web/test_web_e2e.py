"""End to end in a real browser: Debian's chromium driven by Playwright against
``newsprobe serve`` (started as a user would, on a free port, over a temporary corpus).

Analyse a bundled sample, store it, open it, toggle layers, click a headline finding and check
its evidence is highlighted and in view, search, open an entity page; look at Speakers and
Outlets; no page may log an error (a CSP violation included).  Screenshots of every page go to
``tests/web/artifacts/``.  Skipped when chromium or playwright is missing.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = Path(os.environ.get("NEWSPROBE_CHROMIUM", "/usr/bin/chromium"))
if not CHROMIUM.is_file():
    pytest.skip(f"{CHROMIUM} is not installed", allow_module_level=True)

from datetime import datetime  # noqa: E402

from newsprobe.corpus.api import Corpus  # noqa: E402
from newsprobe.model import Analysis, Metadata  # noqa: E402
from newsprobe.store.examples import kreml, telefonat  # noqa: E402
from newsprobe.web.pages import PAGE_SIZE  # noqa: E402

#: Plain archive articles besides the two examples: the Articles page has two pages.
ARCHIVE = PAGE_SIZE

expect = sync_api.expect
ARTIFACTS = Path(__file__).parent / "artifacts"
ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("e2e") / "e2e.db"
    with Corpus(db) as corpus:  # two hand-built articles with every layer (entities too)
        corpus.add(kreml())
        corpus.add(telefonat())
        # the first one's text again, from another outlet (a duplicate input)
        corpus.add(
            kreml(
                outlet="Andere Zeitung",
                url="https://andere.example/kreml",
                published="2024-03-04T12:15:00",
            )
        )
        for i in range(ARCHIVE):  # older, plain articles: more than one page of articles
            text = (
                f"Gemeinderat tagt zum {i + 1}. Mal\n\nDer Gemeinderat hat am {i + 1}. "
                "März über den Haushalt beraten."
            )
            corpus.add(
                Analysis(
                    text=text,
                    meta=Metadata(
                        title=text.split("\n")[0],
                        publisher="Archiv",
                        language="de",
                        published=datetime(2023, 3, i + 1),
                    ),
                )
            )
    port = _free_port()
    log = db.with_suffix(".log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsprobe.cli", "serve", "--db", str(db), "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=db.parent,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/stats", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail(
                    "server did not start: "
                    + db.with_suffix(".log").read_text(errors="replace")[-2000:]
                )
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox"] if os.geteuid() == 0 else [],
        )
        yield b
        b.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(
        viewport={"width": 1360, "height": 900},  # type: ignore[attr-defined]
        reduced_motion="reduce",
    )
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    context.close()


def shot(page: object, name: str, *, full: bool = True) -> None:
    """Save a screenshot (the whole page, or what the viewport shows)."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full)  # type: ignore[attr-defined]


def in_view(locator: object) -> bool:
    return bool(
        locator.evaluate(  # type: ignore[attr-defined]
            "e => { const r = e.getBoundingClientRect();"
            " return r.bottom > 0 && r.top < window.innerHeight; }"
        )
    )


def style(locator: object, prop: str, pseudo: str | None = None) -> str:
    return str(
        locator.evaluate(  # type: ignore[attr-defined]
            f"e => getComputedStyle(e, {pseudo!r} || null).getPropertyValue({prop!r})"
            if pseudo
            else f"e => getComputedStyle(e).getPropertyValue({prop!r})"
        )
    )


def test_analyse_read_check_search_explore(server: str, page: object) -> None:
    pg: object = page
    # -- Analyse: upload a bundled sample and store it
    pg.goto(f"{server}/analyse")
    sample = ROOT / "src" / "newsprobe" / "samples" / "de_klinik.txt"
    pg.set_input_files("#file", str(sample))
    pg.check("#store")
    shot(pg, "01-analyse")
    pg.click("form.w-analyse button[type=submit]")
    new_id = 3 + ARCHIVE
    pg.wait_for_url(re.compile(rf"/articles/{new_id}\?stored=new$"), timeout=60_000)
    expect(pg.locator("h1#article-title")).to_contain_text("Kreisklinikum Auenberg")
    expect(pg.locator(".w-note.w-ok")).to_contain_text(f"Stored in the corpus as article {new_id}")
    shot(pg, "02-article", full=False)
    pg.locator("fieldset.w-toggles").scroll_into_view_if_needed()
    pg.evaluate(
        "window.scrollBy(0, document.querySelector('#article').getBoundingClientRect().top - 60)"
    )
    shot(pg, "02b-article-text", full=False)
    shot(pg, "02c-article-full")

    # -- layers: switching quotes off removes the speaker tint, on brings it back
    article = pg.locator("#article")
    msg = pg.locator("#article .w-msg").first
    tinted = style(msg, "background-color")
    assert tinted not in ("rgba(0, 0, 0, 0)", "transparent")
    pg.uncheck("input[data-toggle=quotes]")
    expect(article).to_have_class(re.compile(r"\bw-off-quotes\b"))
    assert style(msg, "background-color") == "rgba(0, 0, 0, 0)"
    hedged = pg.locator("#article .w-claim.w-st-attributed").first
    assert style(hedged, "content", "::before") == '"attr."'
    pg.uncheck("input[data-toggle=claims]")
    assert style(hedged, "content", "::before") == "none"
    shot(pg, "03-article-layers-off", full=False)
    pg.check("input[data-toggle=quotes]")
    pg.check("input[data-toggle=claims]")
    assert style(msg, "background-color") == tinted

    # -- headline check: clicking a finding highlights its evidence and moves to it
    finding = pg.locator(".w-finding-btn").first
    fid = finding.get_attribute("data-finding")
    evidence = pg.locator(f"#article .w-ev[data-finding='{fid}']")
    assert evidence.count() > 0
    assert style(evidence.first, "outline-style") == "none"  # hidden until chosen
    finding.click()
    expect(finding).to_have_attribute("aria-pressed", "true")
    expect(evidence.first).to_have_class(re.compile(r"\bw-on\b"))
    assert style(evidence.first, "outline-style") == "solid"
    pg.wait_for_function("document.activeElement && document.activeElement.id.startsWith('ev-')")
    assert in_view(evidence.first)
    expect(pg.locator("#w-live")).to_contain_text("highlighted")
    shot(pg, "04-finding-evidence", full=False)
    # the keyboard works too: another finding, chosen with Enter, replaces the highlight
    other = pg.locator(".w-finding-btn").nth(1)
    other.focus()
    pg.keyboard.press("Enter")
    expect(other).to_have_attribute("aria-pressed", "true")
    expect(finding).to_have_attribute("aria-pressed", "false")
    assert pg.locator(f"#article .w-ev.w-on[data-finding='{fid}']").count() == 0
    # an evidence link in the panel jumps to the sentence
    link = pg.locator("a.w-jump[href^='#ev-']").first
    target = (link.get_attribute("href") or "").lstrip("#")
    link.click()
    pg.wait_for_function(f"document.activeElement && document.activeElement.id === {target!r}")
    assert in_view(pg.locator(f"#{target}"))

    # -- search (htmx): results replace the list and the URL follows
    pg.goto(f"{server}/search")
    pg.fill("#q", "Geburtsstation")
    pg.press("#q", "Enter")
    hit = pg.locator("#results .w-hit").first
    expect(hit.locator("mark").first).to_have_text(re.compile("Geburtsstation", re.I))
    pg.wait_for_url(re.compile(r"/search\?q=Geburtsstation"))
    shot(pg, "05-search")
    hit.locator("a.w-hit-title").click()
    expect(pg.locator("h1#article-title")).to_contain_text("Kreisklinikum")

    # -- entity page: from the corpus's entity list to a profile with its timeline chart
    pg.goto(f"{server}/entities")
    pg.click("a[href='/entities/Q7747']")
    expect(pg.locator("h1")).to_have_text("Wladimir Putin")
    expect(pg.locator("svg.w-chart-time .w-tbar")).to_have_count(2)
    expect(pg.locator("#h-by")).to_contain_text("What Wladimir Putin said")
    shot(pg, "06-entity")

    # -- who said what (htmx filter) and the outlet charts
    pg.goto(f"{server}/speakers")
    pg.fill("#f-speaker", "Peskow")
    pg.press("#f-speaker", "Enter")
    expect(pg.locator("#results h2").first).to_contain_text("Dmitri Peskow")
    expect(pg.locator("#results h2")).to_have_count(1)
    shot(pg, "07-speakers")
    pg.goto(f"{server}/outlets")
    expect(pg.locator("svg.w-chart-bars").first).to_be_visible()
    assert pg.locator("svg.w-chart").count() >= 5
    shot(pg, "08-outlets")
    # -- articles: "page X of Y", the next page through htmx, the URL follows
    pg.goto(f"{server}/articles")
    pager = pg.locator("#results nav.w-pager")
    expect(pager).to_contain_text("page 1 of 2")
    pager.locator("a[rel=next]").click()
    expect(pager).to_contain_text("page 2 of 2")
    pg.wait_for_url(re.compile(r"/articles\?page=2$"))
    expect(pg.locator("#results tbody tr")).to_have_count(3 + ARCHIVE - PAGE_SIZE)
    shot(pg, "09-articles")
    # -- the same story from two outlets: where the text came from
    pg.goto(f"{server}/articles/1")
    expect(pg.locator(".w-ahead .w-note")).to_contain_text("also from Andere Zeitung")
    pg.click(".w-ahead a[href='#inputs']")
    inputs = pg.locator("#inputs")
    expect(inputs).to_contain_text("Andere Zeitung")
    assert in_view(inputs)
    shot(pg, "10-article-inputs", full=False)
    pg.goto(f"{server}/")
    shot(pg, "00-home")

    assert pg.errors == []  # no script errors, no CSP violations  # type: ignore[attr-defined]


def test_keyboard_reaches_navigation_and_toggles(server: str, page: object) -> None:
    pg: object = page
    pg.goto(f"{server}/articles/1")
    pg.keyboard.press("Tab")
    assert pg.evaluate("document.activeElement.textContent") == "Skip to content"
    pg.keyboard.press("Enter")
    assert pg.evaluate("document.activeElement.id") == "main"
    # Tab reaches the first finding and the layer toggles; Space switches a toggle
    for _ in range(40):
        pg.keyboard.press("Tab")
        if pg.evaluate("document.activeElement.matches('input[data-toggle]')"):
            break
    else:
        pytest.fail("the layer toggles are not reachable by keyboard")
    key = pg.evaluate("document.activeElement.getAttribute('data-toggle')")
    pg.keyboard.press("Space")
    expect(pg.locator("#article")).to_have_class(re.compile(rf"\bw-off-{key}\b"))
    assert pg.errors == []  # type: ignore[attr-defined]
