"""Issue 20, case 1 in the web UI: an analysis that hangs is stopped after the time limit,
its worker replaced, and the server answers other requests meanwhile."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import hang_work
from fastapi.testclient import TestClient

from newsprobe.web.app import create_app
from newsprobe.web.worker import AnalysisWorker


def test_a_hanging_analysis_times_out_and_the_server_goes_on(tmp_path: Path):
    app = create_app(tmp_path / "c.db")
    worker = AnalysisWorker(timeout=2, work=hang_work.hang)
    app.state.analyser = worker
    client = TestClient(app, base_url="http://127.0.0.1")
    answers: dict[str, object] = {}

    def post() -> None:
        start = time.monotonic()
        response = client.post("/api/analyze", json={"text": "hang forever"})
        answers["hang"] = (response.status_code, response.json(), time.monotonic() - start)

    thread = threading.Thread(target=post)
    thread.start()
    time.sleep(0.5)
    assert client.get("/api/stats").status_code == 200  # not blocked by the analysis
    thread.join(60)
    status, body, took = answers["hang"]  # type: ignore[misc]
    assert status == 503 and "longer than 2 s" in body["detail"]
    assert took < 30
    # a fresh worker answers the next analysis
    try:
        assert worker.run(b"fine", None, "auto", 1000) == {"ok": "fine"}
    finally:
        worker.close()


def test_a_trickled_request_body_is_cut_off():
    import asyncio

    from starlette.requests import Request

    from newsprobe.web.slow_body import BodyDeadline

    async def app(scope, receive, send):
        body = await Request(scope, receive).body()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": body})

    sent: list[dict] = []
    chunks = iter(range(100))

    async def receive():  # one byte every 0.2 s, for ever
        await asyncio.sleep(0.2)
        return {"type": "http.request", "body": b"x", "more_body": next(chunks) < 99}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/analyze", "headers": []}
    start = time.monotonic()
    asyncio.run(BodyDeadline(app, seconds=1.0, idle=0.5)(scope, receive, send))
    assert sent[0]["status"] == 408
    assert time.monotonic() - start < 5
