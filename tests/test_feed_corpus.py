"""Robustness: every file of feedparser's own test corpus, served over HTTP, goes through
Fetcher and parse_feed without an unexpected exception, and every item respects the bounds."""

# ruff: noqa: F811  (test arguments named feed_server shadow the imported pytest fixture)

from __future__ import annotations

import asyncio
import re
from collections import Counter
from datetime import UTC
from pathlib import Path

import aiohttp
import pytest

from bot.news.fetch import Fetcher, FetchError, FetchPolicy
from bot.news.parse import (
    MAX_AUTHOR,
    MAX_GUID,
    MAX_ITEMS,
    MAX_SUMMARY,
    MAX_TITLE,
    MAX_URL,
    FeedParseError,
    ParsedFeed,
    parse_feed,
)
from bot.news.urls import is_http_url
from tests.feedserver import FeedServer, feed_server  # noqa: F401  (pytest fixture)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "feedparser"
# Several corpus files document the Content-Type their test serves them with.
_HEADER = re.compile(rb"Header:\s*Content-type:\s*([^\r\n]+)", re.IGNORECASE)


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "LICENSE")


def assert_within_bounds(feed: ParsedFeed) -> None:
    assert len(feed.title) <= MAX_TITLE
    assert feed.link is None or is_http_url(feed.link)
    assert len(feed.items) <= MAX_ITEMS
    for item in feed.items:
        assert item.guid or item.link
        assert item.guid is None or 0 < len(item.guid) <= MAX_GUID
        assert item.link is None or (is_http_url(item.link) and len(item.link) <= MAX_URL)
        assert item.image is None or (is_http_url(item.image) and len(item.image) <= MAX_URL)
        assert len(item.title) <= MAX_TITLE
        assert len(item.summary) <= MAX_SUMMARY
        assert item.author is None or 0 < len(item.author) <= MAX_AUTHOR
        assert item.published is None or item.published.utcoffset() == UTC.utcoffset(None)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared feed corpus is not checked out")
async def test_corpus_fetch_and_parse(feed_server: FeedServer) -> None:
    files = corpus_files()
    assert len(files) > 2000
    for index, path in enumerate(files):
        body = path.read_bytes()
        header = _HEADER.search(body[:1024])
        content_type = header.group(1).decode("latin-1").strip() if header else "application/xml"
        feed_server.set(f"/{index}", body, content_type=content_type)

    outcomes: Counter[str] = Counter()
    policy = FetchPolicy(allowed_private_hosts=frozenset({"127.0.0.1"}), max_concurrent=32, max_per_host=32)
    async with aiohttp.ClientSession() as session:
        fetcher = Fetcher(session, policy)

        async def check(index: int) -> None:
            try:
                result = await fetcher.fetch(feed_server.url(f"/{index}"))
                feed = parse_feed(result.body, result.url, result.content_type)
            except FetchError as error:
                outcomes[f"FetchError {error.kind}"] += 1
            except FeedParseError:
                outcomes["FeedParseError"] += 1
            else:
                assert_within_bounds(feed)
                outcomes[f"ok ({feed.parser})"] += 1

        await asyncio.gather(*(check(index) for index in range(len(files))))

    print(f"\ncorpus outcomes over {len(files)} files: {dict(sorted(outcomes.items()))}")
    assert sum(outcomes.values()) == len(files)
    # The corpus is feeds: nearly all must parse (a regression to "everything fails" must show).
    assert outcomes["ok (fast)"] + outcomes["ok (feedparser)"] > 0.95 * len(files)
