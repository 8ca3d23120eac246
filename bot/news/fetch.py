"""Fetch a feed URL safely: conditional GET, size/redirect/time limits, no private addresses.

The bot fetches URLs that any server moderator can type, so every hop of a redirect chain is
re-validated (scheme, resolved addresses) before it is requested, the body is read in chunks
against a cap on the *decompressed* size, and the whole fetch is bounded in time. Failures are
reported as :class:`FetchError` with a short reason a moderator can act on and a machine
``kind`` the poller can branch on (backoff, disable the feed, ...).

Known gap: the address check runs before aiohttp connects, and aiohttp resolves the name again,
so a DNS server that answers differently within milliseconds (DNS rebinding) is not stopped
here; closing that needs a validating resolver on the session's connector.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import aiohttp
from yarl import URL

logger = logging.getLogger(__name__)

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_CHUNK_SIZE = 64 * 1024
_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class FetchPolicy:
    timeout: float = 15.0  # seconds for the whole fetch, redirects included (queueing excluded)
    max_bytes: int = 5 * 1024 * 1024  # decompressed body
    max_redirects: int = 5
    # Hosts or IPs (e.g. "127.0.0.1", "feeds.lan") the operator allows despite being private.
    allowed_private_hosts: frozenset[str] = field(default_factory=frozenset)
    max_concurrent: int = 16
    max_per_host: int = 2
    user_agent: str = "FilmBot/0.1 (+https://github.com/filmbot)"


@dataclass(frozen=True)
class FetchResult:
    url: str  # final URL after redirects
    status: int
    body: bytes  # b"" on 304
    etag: str | None
    last_modified: str | None
    content_type: str | None
    not_modified: bool


class FetchError(Exception):
    """A fetch that failed. ``reason`` is short and user-friendly, ``kind`` a machine code:
    http_status, too_large, redirects, timeout, scheme, private_address, dns, connection.
    ``status`` is the HTTP status for kind "http_status"."""

    def __init__(self, reason: str, kind: str, *, status: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.kind = kind
        self.status = status


class _HostSlots:
    """One semaphore per host, created on demand and forgotten when nobody holds or awaits it."""

    def __init__(self, per_host: int) -> None:
        self._per_host = per_host
        self._slots: dict[str, tuple[asyncio.Semaphore, int]] = {}

    @contextlib.asynccontextmanager
    async def hold(self, host: str) -> AsyncIterator[None]:
        semaphore, users = self._slots.get(host, (asyncio.Semaphore(self._per_host), 0))
        self._slots[host] = (semaphore, users + 1)
        try:
            async with semaphore:
                yield
        finally:
            semaphore, users = self._slots[host]
            if users == 1:
                del self._slots[host]
            else:
                self._slots[host] = (semaphore, users - 1)


class Fetcher:
    """Fetches feeds through a shared aiohttp session under a :class:`FetchPolicy`."""

    def __init__(self, session: aiohttp.ClientSession, policy: FetchPolicy) -> None:
        self._session = session
        self._policy = policy
        self._allowed_private = frozenset(host.lower() for host in policy.allowed_private_hosts)
        self._all_slots = asyncio.Semaphore(policy.max_concurrent)
        self._host_slots = _HostSlots(policy.max_per_host)

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """GET ``url`` (conditionally when a validator is given), following redirects."""
        headers = {"User-Agent": self._policy.user_agent, "Accept": _ACCEPT}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = _parse_url(url)
        # The time budget is spent only while a hop holds its host slot, so that feeds queued
        # behind a busy host or a full pool do not time out before they start.
        budget = self._policy.timeout
        loop = asyncio.get_running_loop()
        async with self._all_slots:
            for _hop in range(self._policy.max_redirects + 1):
                async with self._host_slots.hold(current.host or ""):
                    started = loop.time()
                    try:
                        async with asyncio.timeout(max(budget, 0.0)):
                            outcome = await self._request(current, headers)
                    except TimeoutError:
                        raise FetchError(f"timed out after {self._policy.timeout:g} s", "timeout") from None
                    budget -= loop.time() - started
                if isinstance(outcome, FetchResult):
                    return outcome
                current = outcome
        raise FetchError(f"too many redirects (more than {self._policy.max_redirects})", "redirects")

    async def _request(self, url: URL, headers: dict[str, str]) -> FetchResult | URL:
        """One hop: the result, or the validated URL a redirect points to."""
        await self._check_address(url)
        try:
            async with self._session.get(url, headers=headers, allow_redirects=False) as response:
                if response.status in _REDIRECT_STATUSES:
                    return _redirect_target(url, response)
                if response.status == 304:
                    return _result(url, response, b"", sent=headers)
                if not 200 <= response.status < 300:
                    raise FetchError(
                        f"the server answered {response.status}", "http_status", status=response.status
                    )
                return _result(url, response, await self._read_body(response))
        except TimeoutError:
            raise  # also aiohttp's own timeouts (a ClientError too): fetch() reports them
        except aiohttp.ClientConnectorError as exc:
            detail = f" ({exc.os_error.strerror})" if exc.os_error.strerror else ""
            raise FetchError(f"could not connect to {url.host}{detail}", "connection") from exc
        except aiohttp.ClientPayloadError as exc:
            raise FetchError("the server sent a broken or badly compressed response", "connection") from exc
        except aiohttp.ClientError as exc:
            raise FetchError(f"the connection failed ({type(exc).__name__})", "connection") from exc

    async def _read_body(self, response: aiohttp.ClientResponse) -> bytes:
        limit = self._policy.max_bytes
        too_large = FetchError(f"the response is larger than {_size(limit)}", "too_large")
        # Content-Length counts the bytes on the wire (compressed), a lower bound of the
        # decompressed size: it can reject early, never accept.
        if response.content_length is not None and response.content_length > limit:
            raise too_large
        body = bytearray()
        # response.content yields decompressed bytes, so the cap applies to what we keep.
        async for chunk in response.content.iter_chunked(_CHUNK_SIZE):
            body += chunk
            if len(body) > limit:
                raise too_large
        return bytes(body)

    async def _check_address(self, url: URL) -> None:
        """Refuse hosts that resolve to a loopback/private/link-local/... address."""
        host = url.host or ""
        allowed = self._allowed_private
        if host in allowed:
            return
        try:
            addresses = [ipaddress.ip_address(host)]
        except ValueError:
            addresses = await _resolve(host, url.port or 0)
        for address in addresses:
            if _is_public(address) or str(address) in allowed:
                continue
            raise FetchError(
                f"the host resolves to a private address ({address}), which is not allowed",
                "private_address",
            )


async def _resolve(host: str, port: int) -> list[IPAddress]:
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"the host name {host} could not be resolved", "dns") from exc
    addresses: list[IPAddress] = []
    for _family, _type, _proto, _canonname, sockaddr in infos:
        # An IPv6 sockaddr may carry a zone ("fe80::1%eth0"), which ip_address() rejects.
        addresses.append(ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0]))
    if not addresses:
        raise FetchError(f"the host name {host} could not be resolved", "dns")
    return addresses


def _is_public(address: IPAddress) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    return address.is_global and not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


def _parse_url(url: str | URL) -> URL:
    try:
        parsed = URL(url) if isinstance(url, str) else url
    except (ValueError, TypeError) as exc:
        raise FetchError("this is not a valid web address", "scheme") from exc
    if parsed.scheme not in ("http", "https"):
        raise FetchError("only http and https URLs are allowed", "scheme")
    if not parsed.host:
        raise FetchError("this is not a valid web address (it has no host)", "scheme")
    return parsed


def _redirect_target(url: URL, response: aiohttp.ClientResponse) -> URL:
    location = response.headers.get("Location")
    if not location:
        raise FetchError(
            f"the server answered {response.status} without a redirect target",
            "http_status",
            status=response.status,
        )
    try:
        target = url.join(URL(location))
    except (ValueError, TypeError) as exc:
        raise FetchError("the server redirected to an invalid address", "scheme") from exc
    return _parse_url(target)


def _result(
    url: URL, response: aiohttp.ClientResponse, body: bytes, *, sent: dict[str, str] | None = None
) -> FetchResult:
    # A 304 need not repeat the validators; fall back to the ones we sent so the caller keeps them.
    sent = sent or {}
    return FetchResult(
        url=str(url),
        status=response.status,
        body=body,
        etag=response.headers.get("ETag") or sent.get("If-None-Match"),
        last_modified=response.headers.get("Last-Modified") or sent.get("If-Modified-Since"),
        content_type=response.headers.get("Content-Type"),
        not_modified=response.status == 304,
    )


def _size(limit: int) -> str:
    for unit, factor in (("MiB", 1024 * 1024), ("KiB", 1024)):
        if limit >= factor and limit % factor == 0:
            return f"{limit // factor} {unit}"
    return f"{limit} bytes"
