"""URL helpers for the news pipeline: one canonical spelling per article link.

Two links that differ only in tracking parameters, letter case of the host, a default port or a
fragment point at the same article; canonicalising them lets the store recognise an article it
has already announced when a feed re-publishes it with new campaign parameters.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
# Query parameters that only identify a campaign or a click, never the resource.
_TRACKING_PARAMS = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid", "igshid"})


def _is_tracking_param(pair: str) -> bool:
    name = pair.split("=", 1)[0].lower()
    return name.startswith("utm_") or name in _TRACKING_PARAMS


def canonical_url(url: str, base: str | None = None) -> str:
    """Return one canonical spelling of ``url``, resolved against ``base`` when relative.

    Lowercases scheme and host, drops a default port, the fragment and tracking parameters
    (utm_*, fbclid, gclid, mc_cid, mc_eid, igshid) while keeping the other parameters in their
    order and spelling. Never raises: a URL that cannot be split is returned stripped.
    """
    url = url.strip()
    try:
        if base and not url.lower().startswith(("http://", "https://")):  # urljoin is slow-ish
            url = urljoin(base.strip(), url)
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        netloc = parts.netloc
        if parts.hostname is not None:
            host = parts.hostname  # already lowercased by urlsplit
            if ":" in host:  # IPv6 literal: keep its brackets
                host = f"[{host}]"
            port = parts.port
            if port is not None and port != _DEFAULT_PORTS.get(scheme):
                host = f"{host}:{port}"
            userinfo = netloc.rpartition("@")[0]
            netloc = f"{userinfo}@{host}" if userinfo else host
    except ValueError:  # e.g. an unclosed IPv6 bracket or a port that is not a number
        return url
    path = parts.path
    if not path and netloc and scheme in _DEFAULT_PORTS:
        path = "/"
    kept = [pair for pair in parts.query.split("&") if pair and not _is_tracking_param(pair)]
    return urlunsplit((scheme, netloc, path, "&".join(kept), ""))


def is_http_url(url: str) -> bool:
    """True when ``url`` is an absolute http(s) URL with a host."""
    try:
        parts = urlsplit(url.strip())
        return parts.scheme.lower() in _DEFAULT_PORTS and bool(parts.hostname)
    except ValueError:
        return False
