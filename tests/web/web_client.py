"""The test client of the web tests: the app over a corpus, addressed as the browser does
(``http://127.0.0.1``, one of the host names the app answers to)."""

from __future__ import annotations

import warnings
from pathlib import Path

with warnings.catch_warnings():  # starlette prefers httpx2; httpx works the same here
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newsprobe.web.app import create_app

BASE = "http://127.0.0.1"


def client_for(db: Path, **options: object) -> TestClient:
    return TestClient(create_app(db, **options), base_url=BASE)  # type: ignore[arg-type]
