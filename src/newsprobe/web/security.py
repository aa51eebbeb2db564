"""HTTP hardening for the local web app, as plain ASGI middleware.

* :class:`SecurityHeaders`: a strict Content-Security-Policy (scripts and styles only from the
  app itself, no inline script, no ``eval``, nothing from other hosts), plus ``nosniff``,
  a ``same-origin`` referrer policy (links to articles' sites carry no referrer; the app's own
  form posts keep their ``Origin``), frame denial and a cross-origin opener policy.
* :class:`BodyLimit`: refuses request bodies over the cap with 413, by ``Content-Length`` and,
  for chunked uploads, by counting what arrives (so an upload is never read past the cap).
* :class:`LocalOnly`: answers only requests whose ``Host`` is one of the allowed names (a page
  on another site cannot reach the app through DNS rebinding) and refuses state-changing
  requests sent by another site (``Origin`` / ``Sec-Fetch-Site``), so a web page cannot make
  the browser store articles in the corpus.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: The policy of every page the app serves.  ``style-src 'self'``: no inline ``style``
#: attributes either (charts colour their parts through CSS classes).
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)

#: The self-contained HTML report (a download) runs its own inline script and CSS; it gets
#: its own policy and a sandbox, so it never runs with the app's origin.
REPORT_CSP = (
    "sandbox allow-scripts; default-src 'none'; style-src 'unsafe-inline'; "
    "script-src 'unsafe-inline'; img-src data:"
)

_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
)


async def _plain(send: Send, status: int, message: str, *, as_json: bool) -> None:
    if as_json:
        body = json.dumps({"detail": message}).encode()
        ctype = b"application/json"
    else:
        body = message.encode()
        ctype = b"text/plain; charset=utf-8"
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", ctype),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return str(value.decode("latin-1"))
    return None


def _wants_json(scope: Scope) -> bool:
    return str(scope.get("path", "")).startswith("/api/")


class HttpMiddleware:
    """An ASGI middleware that acts on HTTP requests (:meth:`http`); lifespan and websocket
    messages pass through untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self.http(scope, receive, send)

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        raise NotImplementedError


class SecurityHeaders(HttpMiddleware):
    """Adds the CSP and the other hardening headers to every HTTP response."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", CSP.encode()))
                headers.extend(h for h in _HEADERS if h[0] not in names)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


class BodyTooLarge(Exception):
    """Raised inside ``receive`` when a request body passes the cap."""


class BodyLimit(HttpMiddleware):
    """Refuses request bodies larger than ``max_bytes`` with 413 Payload Too Large."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        super().__init__(app)
        self.max_bytes = max_bytes

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = f"request body over the upload limit of {self.max_bytes / 1_048_576:.1f} MB"
        length = _header(scope, b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            await _plain(send, 413, message, as_json=_wants_json(scope))
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLarge
            return msg

        await cut_off(self.app, scope, counted, send, BodyTooLarge, 413, message)


async def cut_off(
    app: ASGIApp,
    scope: Scope,
    receive: Receive,
    send: Send,
    error: type[Exception],
    status: int,
    message: str,
) -> None:
    """Run ``app`` on a ``receive`` that raises ``error`` to cut a request body off, and
    answer ``status`` with ``message`` when it does (unless the response has begun)."""
    started = False

    async def watch(msg: Message) -> None:
        nonlocal started
        if msg["type"] == "http.response.start":
            started = True
        await send(msg)

    try:
        await app(scope, receive, watch)
    except error:
        if not started:
            await _plain(send, status, message, as_json=_wants_json(scope))


_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _cross_site(scope: Scope, host: str | None) -> bool:
    """Whether a request was sent by another site: ``Sec-Fetch-Site`` when the browser sends
    it, else ``Origin``; clients that send neither (curl, scripts) are not browsers."""
    site = _header(scope, b"sec-fetch-site")
    if site is not None:
        return site not in ("same-origin", "none")
    origin = _header(scope, b"origin")
    if origin is None:
        return False
    return origin == "null" or host is None or origin.split("://", 1)[-1].lower() != host.lower()


class LocalOnly(HttpMiddleware):
    """Host allow-list (against DNS rebinding) and same-origin check for writes (CSRF)."""

    def __init__(self, app: ASGIApp, *, hosts: Iterable[str]) -> None:
        super().__init__(app)
        self.hosts = {h.lower() for h in hosts}

    def _host_ok(self, host: str | None) -> bool:
        if host is None:
            return False
        name = host.lower()
        if name.startswith("["):  # [::1]:8000
            name = name[: name.find("]") + 1]
        elif name.count(":") == 1:
            name = name.split(":", 1)[0]
        return name in self.hosts or "*" in self.hosts

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        host = _header(scope, b"host")
        if not self._host_ok(host):
            await _plain(
                send,
                400,
                "unknown host: this server answers only on its own address",
                as_json=_wants_json(scope),
            )
            return
        if scope.get("method", "GET") not in _SAFE_METHODS and _cross_site(scope, host):
            await _plain(send, 403, "cross-site request refused", as_json=_wants_json(scope))
            return
        await self.app(scope, receive, send)
