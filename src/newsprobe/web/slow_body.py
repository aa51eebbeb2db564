"""A deadline for reading a request body: a client sending one byte a second is cut off.

uvicorn has no request-body timeout: ``--timeout-keep-alive`` (default 5 s) closes only idle
keep-alive connections between requests, h11's ``h11_max_incomplete_event_size`` caps only the
header bytes, ``--limit-concurrency`` caps connections.  A client that trickles a body keeps a
request (and a server task) open as long as it likes.  :class:`BodyDeadline` gives the whole
body ``seconds`` to arrive (and each chunk ``idle`` seconds), then answers 408 Request
Timeout; the connection is closed by uvicorn after the response.  The upload cap (BodyLimit)
bounds the bytes, this bounds the time.
"""

from __future__ import annotations

import asyncio
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsprobe.web.security import HttpMiddleware, cut_off

#: The whole body must arrive in this many seconds (25 MB at 1 Mbit/s takes 200 s).
BODY_SECONDS = 300.0
#: And no gap between two chunks may be longer than this.
IDLE_SECONDS = 30.0


class BodyTimeout(Exception):
    """Raised inside ``receive`` when the body takes too long."""


class BodyDeadline(HttpMiddleware):
    def __init__(
        self, app: ASGIApp, *, seconds: float = BODY_SECONDS, idle: float = IDLE_SECONDS
    ) -> None:
        super().__init__(app)
        self.seconds = seconds
        self.idle = idle

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        deadline = time.monotonic() + self.seconds
        done = False

        async def timed() -> Message:
            nonlocal done
            if done:  # the body is in: what follows (a disconnect) may take its time
                return await receive()
            left = min(self.idle, deadline - time.monotonic())
            try:
                msg = await asyncio.wait_for(receive(), timeout=max(0.0, left))
            except TimeoutError:
                raise BodyTimeout from None
            if msg["type"] != "http.request" or not msg.get("more_body", False):
                done = True
            return msg

        message = "the request body arrived too slowly and was cut off"
        await cut_off(self.app, scope, timed, send, BodyTimeout, 408, message)
