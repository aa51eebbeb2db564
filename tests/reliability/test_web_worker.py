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
