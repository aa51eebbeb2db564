"""A stand-in for an analysis that never ends (imported by the web worker process)."""

from __future__ import annotations

import time


def hang(data: bytes, name: str | None, lang: str, max_bytes: int) -> object:
    if data.startswith(b"hang"):
        while True:  # as a catastrophic regex would: never returns
            time.sleep(0.05)
    return {"ok": data.decode()}
