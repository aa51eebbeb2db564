"""Inputs for the corpus tests: short German articles written for these tests, HTML pages,
WARC archives."""

from __future__ import annotations

import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

CITIES = ("Auenberg", "Lindtal", "Rosenfeld", "Kaltbrunn", "Mühlhausen", "Eschweiler")


def german(i: int) -> str:
    """A short, distinct German news text."""
    city = CITIES[i % len(CITIES)]
    return (
        f"{city} plant {i + 3} neue Radwege\n\n"
        f"{city} (dpa) - Der Stadtrat von {city} hat am Dienstag beschlossen, {i + 3} neue "
        f"Radwege zu bauen. Bürgermeisterin Anna Weber sagte, die Kosten lägen bei "
        f"{(i + 1) * 120}000 Euro. Kritiker bezweifeln, dass das Geld reicht."
    )


def html_page(i: int) -> bytes:
    title = f"Hafen {CITIES[i % len(CITIES)]} erweitert Kai {i}"
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body><article>"
        f"<h1>{title}</h1><p>Die Hafengesellschaft hat am Montag angekündigt, den Kai {i} "
        "bis zum Sommer zu verlängern. Ein Sprecher sagte, man rechne im kommenden Jahr mit "
        "deutlich mehr Schiffen und wolle deshalb zusätzliche Kräne anschaffen.</p>"
        "<p>Die Anwohner des Hafenviertels sehen die Pläne skeptisch. Sie befürchten mehr "
        "Lärm in der Nacht und zusätzlichen Lastwagenverkehr auf den engen Straßen. Eine "
        "Bürgerinitiative will im Herbst Unterschriften gegen den Ausbau sammeln und hat "
        "bereits einen Anwalt eingeschaltet.</p></article></body></html>"
    ).encode()


def warc_bytes(pages: list[bytes]) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i, body in enumerate(pages):
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                f"https://hafen.example/{i}",
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=headers,
            )
        )
    return buf.getvalue()


def crashing_batch(tasks: list, max_bytes: int):  # type: ignore[no-untyped-def]
    """A worker function that dies (like a segfault) on any record containing CRASH, and
    otherwise stores the text as it is (no pipeline: fast, no models to load)."""
    import json
    import os

    from newsprobe.corpus.worker import ArticleWrite, BatchResult
    from newsprobe.model import Analysis
    from newsprobe.store.flatten import prepare

    if any(b"CRASH" in t.record.data for t in tasks):
        os._exit(1)
    writes = [
        ArticleWrite(t.ref, prepare(Analysis(text=json.loads(t.record.data)["text"])))
        for t in tasks
    ]
    return BatchResult(writes=writes, pid=os.getpid(), peak_rss_mb=0.0)


def _stored(tasks: list):  # type: ignore[no-untyped-def]
    """Each record's JSON text stored as it is (no pipeline: fast, no models to load)."""
    import json
    import os

    from newsprobe.corpus.worker import ArticleWrite, BatchResult
    from newsprobe.model import Analysis
    from newsprobe.store.flatten import prepare

    writes = [
        ArticleWrite(t.ref, prepare(Analysis(text=json.loads(t.record.data)["text"])))
        for t in tasks
    ]
    return BatchResult(writes=writes, pid=os.getpid(), peak_rss_mb=0.0)


#: How long the deliberately slow fakes below take: far over the tests' time limits, and
#: finite, so that a broken time limit fails a test instead of hanging the suite.
STUCK_SECONDS = 20.0


def hanging_batch(tasks: list, max_bytes: int):  # type: ignore[no-untyped-def]
    """A worker function stuck (for STUCK_SECONDS) on any record containing HANG, deaf to the
    signals a polite stop would use, as a loop inside a C extension is; others are stored."""
    import signal
    import time

    if any(b"HANG" in t.record.data for t in tasks):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT, signal.SIGALRM})
        time.sleep(STUCK_SECONDS)
    return _stored(tasks)


def flaky_batch(tasks: list, max_bytes: int):  # type: ignore[no-untyped-def]
    """A worker function that dies the first time it meets a record containing FLAKY (it
    leaves a marker file named in the record's "marker" field), and stores it the next time."""
    import json
    import os
    from pathlib import Path

    for t in tasks:
        if b"FLAKY" in t.record.data:
            marker = Path(json.loads(t.record.data)["marker"])
            if not marker.exists():
                marker.write_text("died once")
                os._exit(1)
    return _stored(tasks)


def dying_initializer() -> None:
    """A worker initializer that exits the process (a broken install, a missing model)."""
    import os

    os._exit(3)


def slow_batch(tasks: list, max_bytes: int):  # type: ignore[no-untyped-def]
    """A worker function that takes a fifth of a second per record, then stores it."""
    import time

    time.sleep(0.2)
    return _stored(tasks)
