"""A local HTTP server for feed tests (aiohttp.web on 127.0.0.1, ephemeral port).

Usage::

    from tests.feedserver import FeedServer, feed_server  # the fixture yields a started server

    async def test_something(feed_server: FeedServer) -> None:
        feed_server.set("/rss", b"<rss>...</rss>", etag='"v1"')
        url = feed_server.url("/rss")
        ...
        assert feed_server.hits["/rss"] == 1

Routes:
    set(path, body, ...)       a fixed answer (status, headers, validators, delay, gzip)
    redirect(path, to, status) a redirect; ``to`` is a path on this server or an absolute URL
    stream(path, total_bytes)  a huge body generated lazily, never held in memory

Observations: ``hits`` (requests per path), ``requests`` ((path, headers) in arrival order),
``in_flight`` / ``max_in_flight`` (concurrent requests across all paths), ``streamed`` (bytes
actually sent per streamed path). Unknown paths answer 404.
"""

from __future__ import annotations

import asyncio
import gzip as gzip_module
from collections import Counter
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field

import pytest
from aiohttp import web
from multidict import CIMultiDictProxy


@dataclass(frozen=True)
class _Fixed:
    body: bytes
    content_type: str
    status: int
    headers: Mapping[str, str]
    etag: str | None
    last_modified: str | None
    delay: float
    gzip: bool


@dataclass(frozen=True)
class _Redirect:
    location: str
    status: int


@dataclass(frozen=True)
class _Stream:
    total_bytes: int
    chunk: int


@dataclass
class FeedServer:
    """See the module docstring."""

    hits: Counter[str] = field(default_factory=Counter)
    requests: list[tuple[str, CIMultiDictProxy[str]]] = field(default_factory=list)
    streamed: Counter[str] = field(default_factory=Counter)
    in_flight: int = 0
    max_in_flight: int = 0
    _routes: dict[str, _Fixed | _Redirect | _Stream] = field(default_factory=dict)
    _runner: web.AppRunner | None = None
    _port: int = 0

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # Closing must not wait for handlers still sleeping in a `delay` (tests end mid-request).
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server  # aiohttp exposes the bound port only through the asyncio server
        assert isinstance(server, asyncio.Server)
        self._port = server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._port}{path}"

    def set(
        self,
        path: str,
        body: bytes | str,
        *,
        content_type: str = "application/rss+xml",
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        delay: float = 0.0,
        gzip: bool = False,
    ) -> None:
        """Serve ``body`` at ``path``; with ``etag``/``last_modified`` a matching conditional
        request gets 304. ``delay`` seconds pass before the answer; ``gzip`` compresses it."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self._routes[path] = _Fixed(
            data, content_type, status, dict(headers or {}), etag, last_modified, delay, gzip
        )

    def redirect(self, path: str, to_path: str, status: int = 302) -> None:
        self._routes[path] = _Redirect(to_path, status)

    def stream(self, path: str, total_bytes: int, chunk: int = 65536) -> None:
        """Serve ``total_bytes`` of XML-ish filler at ``path``, generated chunk by chunk,
        with no Content-Length (so only a reading cap can stop it)."""
        self._routes[path] = _Stream(total_bytes, chunk)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        self.hits[path] += 1
        self.requests.append((path, request.headers))
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            route = self._routes.get(path)
            if isinstance(route, _Fixed):
                return await self._answer_fixed(request, route)
            if isinstance(route, _Redirect):
                return web.Response(status=route.status, headers={"Location": route.location})
            if isinstance(route, _Stream):
                return await self._answer_stream(request, path, route)
            return web.Response(status=404, text="not found")
        finally:
            self.in_flight -= 1

    async def _answer_fixed(self, request: web.Request, route: _Fixed) -> web.Response:
        if route.delay:
            await asyncio.sleep(route.delay)
        headers = dict(route.headers)
        if route.etag:
            headers["ETag"] = route.etag
        if route.last_modified:
            headers["Last-Modified"] = route.last_modified
        etag_matches = route.etag is not None and request.headers.get("If-None-Match") == route.etag
        date_matches = (
            route.last_modified is not None
            and request.headers.get("If-Modified-Since") == route.last_modified
        )
        if etag_matches or date_matches:
            return web.Response(status=304, headers=headers)
        body = route.body
        if route.gzip:
            body = gzip_module.compress(body)
            headers["Content-Encoding"] = "gzip"
        headers["Content-Type"] = route.content_type
        return web.Response(status=route.status, body=body, headers=headers)

    async def _answer_stream(self, request: web.Request, path: str, route: _Stream) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await response.prepare(request)
        filler = b"<!-- filler -->".ljust(route.chunk, b" ")[: route.chunk]
        try:
            while self.streamed[path] < route.total_bytes:
                piece = filler[: route.total_bytes - self.streamed[path]]
                await response.write(piece)
                self.streamed[path] += len(piece)
        except ConnectionError:
            return response  # the client hung up, which is what a capped reader does
        await response.write_eof()
        return response


@pytest.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    """A started FeedServer, closed after the test."""
    server = FeedServer()
    await server.start()
    try:
        yield server
    finally:
        await server.close()
