"""Fetcher against the local FeedServer: validators, limits, redirects, address checks."""

# ruff: noqa: F811  (test arguments named feed_server shadow the imported pytest fixture)

from __future__ import annotations

import asyncio
import gzip
import ipaddress
import socket
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from bot.news.fetch import Fetcher, FetchError, FetchPolicy
from tests.feedserver import FeedServer, feed_server  # noqa: F401  (pytest fixture)

RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'
LOCAL = frozenset({"127.0.0.1"})


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as client:
        yield client


def local_fetcher(session: aiohttp.ClientSession, **policy: Any) -> Fetcher:
    return Fetcher(session, FetchPolicy(allowed_private_hosts=LOCAL, **policy))


async def expect_error(fetcher: Fetcher, url: str, kind: str) -> FetchError:
    with pytest.raises(FetchError) as caught:
        await fetcher.fetch(url)
    assert caught.value.kind == kind, caught.value.reason
    return caught.value


async def test_etag_then_304_without_body(feed_server: FeedServer, session: aiohttp.ClientSession) -> None:
    feed_server.set("/rss", RSS, etag='"v1"', last_modified="Tue, 10 Jun 2025 10:00:00 GMT")
    fetcher = local_fetcher(session)

    first = await fetcher.fetch(feed_server.url("/rss"))
    assert (first.status, first.body, first.not_modified) == (200, RSS, False)
    assert first.etag == '"v1"'
    assert first.last_modified == "Tue, 10 Jun 2025 10:00:00 GMT"
    assert first.content_type == "application/rss+xml"

    again = await fetcher.fetch(feed_server.url("/rss"), etag=first.etag, last_modified=first.last_modified)
    assert (again.status, again.body, again.not_modified) == (304, b"", True)
    assert again.etag == '"v1"'
    sent = feed_server.requests[-1][1]
    assert sent["If-None-Match"] == '"v1"'
    assert sent["If-Modified-Since"] == "Tue, 10 Jun 2025 10:00:00 GMT"
    assert sent["User-Agent"].startswith("FilmBot/")


async def test_last_modified_alone_gives_304(feed_server: FeedServer, session: aiohttp.ClientSession) -> None:
    feed_server.set("/rss", RSS, last_modified="Tue, 10 Jun 2025 10:00:00 GMT")
    result = await local_fetcher(session).fetch(
        feed_server.url("/rss"), last_modified="Tue, 10 Jun 2025 10:00:00 GMT"
    )
    assert result.not_modified
    assert result.last_modified == "Tue, 10 Jun 2025 10:00:00 GMT"


async def test_slow_response_times_out(feed_server: FeedServer, session: aiohttp.ClientSession) -> None:
    feed_server.set("/slow", RSS, delay=5)
    error = await expect_error(local_fetcher(session, timeout=0.2), feed_server.url("/slow"), "timeout")
    assert error.reason == "timed out after 0.2 s"


async def test_server_error_is_http_status(feed_server: FeedServer, session: aiohttp.ClientSession) -> None:
    feed_server.set("/boom", "oops", status=500, content_type="text/plain")
    error = await expect_error(local_fetcher(session), feed_server.url("/boom"), "http_status")
    assert error.reason == "the server answered 500"
    assert error.status == 500


async def test_huge_streamed_body_is_cut_off(feed_server: FeedServer, session: aiohttp.ClientSession) -> None:
    total = 50 * 1024 * 1024
    feed_server.stream("/huge", total)
    error = await expect_error(local_fetcher(session), feed_server.url("/huge"), "too_large")
    assert error.reason == "the response is larger than 5 MiB"
    await asyncio.sleep(0.05)  # let the server notice the hang-up
    assert feed_server.streamed["/huge"] < total // 2


async def test_announced_length_over_cap_is_refused(
    feed_server: FeedServer, session: aiohttp.ClientSession
) -> None:
    feed_server.set("/big", b"x" * 2048)
    error = await expect_error(local_fetcher(session, max_bytes=1024), feed_server.url("/big"), "too_large")
    assert error.reason == "the response is larger than 1 KiB"


async def test_cap_applies_to_decompressed_bytes(
    feed_server: FeedServer, session: aiohttp.ClientSession
) -> None:
    # 1 MiB of spaces compresses to about 1 KiB: the wire size is under the cap, the body is not.
    body = RSS + b" " * (1024 * 1024)
    assert len(gzip.compress(body)) < 64 * 1024
    feed_server.set("/bomb", body, gzip=True)
    await expect_error(local_fetcher(session, max_bytes=64 * 1024), feed_server.url("/bomb"), "too_large")


async def test_gzip_body_is_decoded(feed_server: FeedServer, session: aiohttp.ClientSession) -> None:
    feed_server.set("/gz", RSS, gzip=True)
    result = await local_fetcher(session).fetch(feed_server.url("/gz"))
    assert result.body == RSS


async def test_redirect_is_followed_and_final_url_reported(
    feed_server: FeedServer, session: aiohttp.ClientSession
) -> None:
    feed_server.set("/new", RSS)
    feed_server.redirect("/old", "/new", status=301)
    result = await local_fetcher(session).fetch(feed_server.url("/old"))
    assert result.url == feed_server.url("/new")
    assert result.body == RSS


async def test_redirect_loop_stops(feed_server: FeedServer, session: aiohttp.ClientSession) -> None:
    feed_server.redirect("/a", "/b")
    feed_server.redirect("/b", "/a")
    error = await expect_error(local_fetcher(session), feed_server.url("/a"), "redirects")
    assert error.reason == "too many redirects (more than 5)"
    assert feed_server.hits["/a"] + feed_server.hits["/b"] == 6


async def test_redirect_to_ftp_is_refused(feed_server: FeedServer, session: aiohttp.ClientSession) -> None:
    feed_server.redirect("/ftp", "ftp://127.0.0.1/feed.xml")
    error = await expect_error(local_fetcher(session), feed_server.url("/ftp"), "scheme")
    assert error.reason == "only http and https URLs are allowed"


async def test_non_http_url_is_refused_without_a_request(session: aiohttp.ClientSession) -> None:
    await expect_error(local_fetcher(session), "file:///etc/passwd", "scheme")


async def test_private_addresses_need_an_allowance(
    feed_server: FeedServer, session: aiohttp.ClientSession
) -> None:
    feed_server.set("/rss", RSS)
    strict = Fetcher(session, FetchPolicy())
    error = await expect_error(strict, feed_server.url("/rss"), "private_address")
    assert "127.0.0.1" in error.reason
    # "localhost" resolves to loopback: refused too, and the check runs before any request.
    await expect_error(strict, feed_server.url("/rss").replace("127.0.0.1", "localhost"), "private_address")
    assert feed_server.hits["/rss"] == 0

    allowed = await local_fetcher(session).fetch(feed_server.url("/rss"))
    assert allowed.body == RSS


async def test_redirect_to_private_address_is_refused(
    feed_server: FeedServer, session: aiohttp.ClientSession
) -> None:
    # The first hop is allowed by name; the redirect target is an address that is not.
    feed_server.redirect("/hop", "http://10.0.0.3/feed.xml")
    fetcher = Fetcher(session, FetchPolicy(allowed_private_hosts=LOCAL))
    error = await expect_error(fetcher, feed_server.url("/hop"), "private_address")
    assert error.reason == "the host resolves to a private address (10.0.0.3), which is not allowed"


@pytest.mark.parametrize(
    "address",
    [
        "::1",
        "::ffff:127.0.0.1",
        "169.254.169.254",
        "fe80::1",
        "224.0.0.1",
        "0.0.0.0",
        "100.64.0.1",
        "fc00::1",
    ],
)
async def test_non_public_resolved_addresses_are_refused(
    address: str, session: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def fake_getaddrinfo(host: str, port: int, **kwargs: Any) -> list[Any]:
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        return [(family, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(asyncio.get_running_loop(), "getaddrinfo", fake_getaddrinfo)
    error = await expect_error(
        Fetcher(session, FetchPolicy()), "http://feeds.example.org/rss", "private_address"
    )
    assert f"({ipaddress.ip_address(address)})" in error.reason


async def test_unresolvable_host_is_dns_error(
    session: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def failing_getaddrinfo(host: str, port: int, **kwargs: Any) -> list[Any]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(asyncio.get_running_loop(), "getaddrinfo", failing_getaddrinfo)
    error = await expect_error(Fetcher(session, FetchPolicy()), "https://no-such-host.invalid/rss", "dns")
    assert "no-such-host.invalid" in error.reason


async def test_refused_connection_is_connection_error(session: aiohttp.ClientSession) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nobody listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    await expect_error(local_fetcher(session), f"http://127.0.0.1:{port}/rss", "connection")


async def test_per_host_concurrency_is_limited(
    feed_server: FeedServer, session: aiohttp.ClientSession
) -> None:
    feed_server.set("/slowish", RSS, delay=0.1)
    fetcher = local_fetcher(session, max_per_host=2, max_concurrent=16)
    results = await asyncio.gather(*(fetcher.fetch(feed_server.url("/slowish")) for _ in range(6)))
    assert all(result.body == RSS for result in results)
    assert feed_server.hits["/slowish"] == 6
    assert feed_server.max_in_flight == 2


async def test_global_concurrency_is_limited(feed_server: FeedServer, session: aiohttp.ClientSession) -> None:
    feed_server.set("/slowish", RSS, delay=0.1)
    fetcher = local_fetcher(session, max_per_host=10, max_concurrent=3)
    await asyncio.gather(*(fetcher.fetch(feed_server.url("/slowish")) for _ in range(7)))
    assert feed_server.max_in_flight == 3
