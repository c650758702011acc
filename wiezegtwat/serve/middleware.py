"""ASGI middleware of ``wzw serve``: headers, body limit, CSRF guard, HEAD, last-resort 500s."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from fastapi import HTTPException, Request
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .http_errors import SERVER_ERROR, error_response, logger
from .params import QUEUED

# Self only, on every page (/docs included: it is a page of ours, see web.docs_page).
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class BodyLimit:
    """Refuse request bodies over ``max_body`` bytes, by Content-Length and as they stream."""

    def __init__(self, app: ASGIApp, *, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await self._refuse(scope, send)
            return
        seen = 0

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    # FastAPI lets an HTTPException from reading the body through unchanged
                    # (any other error becomes a 400), and the error handlers shape it.
                    raise HTTPException(413, self.detail)
            return message

        await self.app(scope, limited_receive, send)

    @property
    def detail(self) -> str:
        return f"the request body is over the limit of {self.max_body:,} bytes; send less text"

    async def _refuse(self, scope: Scope, send: Send) -> None:
        response = error_response(Request(scope), 413, self.detail)
        await response(scope, _no_body, send)


async def _no_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}


class _ResponseHeaders:
    """A layer that adds headers to the start of every HTTP response (``added``)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def added(self, scope: Scope) -> list[tuple[bytes, bytes]]:
        raise NotImplementedError

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = self.added(scope)
                if extra:
                    message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)


class SecurityHeaders(_ResponseHeaders):
    """A restrictive Content-Security-Policy and friends on every response.

    It wraps every other layer, the last-resort 500 included, so no response lacks them.
    """

    def added(self, scope: Scope) -> list[tuple[bytes, bytes]]:
        return [
            (b"content-security-policy", CSP.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
        ]


class CloseWhenQueued(_ResponseHeaders):
    """Close the connection after a response whose search had to wait for a slot.

    The workers of ``wzw serve`` share one listening socket, and a kept-alive
    connection stays with the worker that accepted it: under load one worker can hold
    most clients while the other idles, and its clients wait the longer (a latency
    histogram with two humps). A queued search marks its request (``search_slot``);
    its answer then carries ``Connection: close``, so that client's next request opens
    a new connection, which the less busy worker tends to accept first. A server
    that is not saturated keeps every connection alive.
    """

    def added(self, scope: Scope) -> list[tuple[bytes, bytes]]:
        return [(b"connection", b"close")] if scope.get("state", {}).get(QUEUED) else []


class ServerErrors:
    """Turn an unexpected exception into a 500 in the error shape, and swallow it.

    Starlette's own ServerErrorMiddleware sits outside every other middleware (so its
    500 had no security headers) and re-raises, which makes uvicorn drop the keep-alive
    connection. Handled here, the 500 is an ordinary response.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            logger.exception("unexpected error on %s %s", scope["method"], scope["path"])
            if started:
                raise  # half a response is out: only closing the connection can end it
            response = error_response(Request(scope), 500, SERVER_ERROR)
            await response(scope, receive, send)


def cross_site(headers: Headers) -> bool:
    """Whether a request comes from another site's page, by Sec-Fetch-Site or Origin.

    Sec-Fetch-Site decides when the browser sends it: under our Referrer-Policy
    no-referrer, browsers send "Origin: null" even for our own forms. Requests without
    either header (curl, scripts) are not from a browser page.
    """
    site = headers.get("sec-fetch-site")
    if site is not None:
        return site not in ("same-origin", "none")
    origin = headers.get("origin")
    if origin is None:
        return False
    # Compare host and port only: behind a TLS proxy the scheme seen here is http.
    return urlsplit(origin).netloc.lower() != headers.get("host", "").lower()


class CrossSiteGuard:
    """Refuse state-changing requests from other sites' pages (CSRF) with a 403."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] not in SAFE_METHODS and cross_site(
                Headers(scope=scope)):
            response = error_response(
                Request(scope), 403, "cross-site request refused: post from this server's "
                "own pages, or from a script without an Origin header")
            await response(scope, _no_body, send)
            return
        await self.app(scope, receive, send)


class HeadAsGet:
    """Answer HEAD like GET without the body (FastAPI routes list GET only)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)


class WriteGenerationETag:
    """ETags from the store's write generation; a matching If-None-Match is a 304.

    A page or API answer changes only when the database does (every write transaction
    bumps ``store_state.generation``, see store/aggregates.py) or when something of the
    request besides its URL changes it: the interface language (cookie, Accept-Language)
    and the app's version. So the ETag is those, hashed, and a client that sends it back
    gets a 304 without the query running. Static files have their own ETags; a POST
    is never cached.
    """

    def __init__(self, app: ASGIApp, *, generation: Callable[[], int], version: str,
                 cache_entries: int = 0) -> None:
        self.app = app
        self.generation = generation
        self.version = version
        self.cache = ResponseCache(cache_entries)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope["method"] not in ("GET", "HEAD")
                or scope["path"].startswith(UNCACHED)):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        etag = self.etag(headers)
        if etag in _listed(headers.get("if-none-match", "")):
            await send({"type": "http.response.start", "status": 304,
                        "headers": [(b"etag", etag.encode()), (b"cache-control", b"no-cache")]})
            await send({"type": "http.response.body", "body": b""})
            return

        key = (etag, headers.get("host", ""), scope["path"], scope.get("query_string", b""))
        if await self.cache.replay(key, send):
            return
        capture = self.cache.recorder(key)

        async def tagged(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 200:
                message = {**message, "headers": [*message.get("headers", []),
                                                  (b"etag", etag.encode()),
                                                  (b"cache-control", b"no-cache")]}
            capture(message)
            await send(message)

        await self.app(scope, receive, tagged)

    def etag(self, headers: Headers) -> str:
        varying = "\x00".join([self.version, headers.get("cookie", ""),
                               headers.get("accept-language", ""), headers.get("accept", "")])
        digest = hashlib.blake2b(varying.encode(), digest_size=6).hexdigest()
        return f'W/"g{self.generation()}-{digest}"'


class ResponseCache:
    """The latest answers of this worker, by ETag and URL: a search that another client
    ran since the last write is answered without running it again.

    The key holds the ETag, so the write generation: after a write no old answer is
    found (stale entries age out of the LRU). Only whole 200 answers of one body
    message up to MAX_BODY bytes are kept (no streamed export). ``entries`` 0: off.
    """

    MAX_BODY = 1 << 20

    def __init__(self, entries: int) -> None:
        self.entries = entries
        self.answers: OrderedDict[tuple[Any, ...], tuple[list[Any], bytes]] = OrderedDict()

    async def replay(self, key: tuple[Any, ...], send: Send) -> bool:
        """Send the kept answer for ``key``, if there is one."""
        hit = self.answers.get(key) if self.entries else None
        if hit is None:
            return False
        self.answers.move_to_end(key)
        await send({"type": "http.response.start", "status": 200, "headers": hit[0]})
        await send({"type": "http.response.body", "body": hit[1]})
        return True

    def recorder(self, key: tuple[Any, ...]) -> Callable[[Message], None]:
        """A callback that keeps the answer being sent, if it can be kept."""
        headers: list[Any] | None = None  # a 200's, until its one body arrives

        def record(message: Message) -> None:
            nonlocal headers
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", [])) if message["status"] == 200 else None
                return
            body = message.get("body", b"")
            if headers is not None and not message.get("more_body") and len(body) <= self.MAX_BODY:
                self.answers[key] = (headers, bytes(body))
                self.answers.move_to_end(key)
                while len(self.answers) > self.entries:
                    self.answers.popitem(last=False)
            headers = None  # a later body message (a streamed answer) is never kept

        return record if self.entries else lambda message: None


# Paths whose answers are not the database's: files (their own ETags) and analyses.
UNCACHED = ("/static", "/api/analyse", "/analyse")


def _listed(value: str) -> set[str]:
    """The ETags of an If-None-Match header (weak and strong compare alike there)."""
    tags = {tag.strip() for tag in value.split(",") if tag.strip()}
    return tags | {f"W/{tag}" for tag in tags if not tag.startswith("W/")}
