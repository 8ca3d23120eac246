"""News benchmarks, run by hand: ``PYTHONPATH=. .venv/bin/python bench/feeds.py``.

1. One poll cycle over 1,000 feeds served locally (half answer 304): wall time and CPU.
2. Parse throughput of feedparser and fastfeedparser (and our parse_feed) on a realistic feed.
3. Fan-out of one article to 500 channels through the real discord.py client against the fake
   Discord with its limits (5 per 5 s per channel, 50/s global): time against the minimum.
4. Peak RSS of the process.

The feeds are spread over 50 loopback addresses (127.0.0.1-50) because the fetcher allows only
2 concurrent requests per host, as it should for real sites.
"""

from __future__ import annotations

import asyncio
import io
import resource
import tempfile
import time
from collections.abc import Awaitable
from email.utils import format_datetime
from pathlib import Path
from typing import TypeVar

import aiohttp
import discord
import fastfeedparser
import feedparser
from aiohttp import web

from bot.config import Settings
from bot.news.announce import Announcement, Announcer, DiscordSender
from bot.news.fetch import Fetcher, FetchPolicy
from bot.news.models import NewArticle
from bot.news.parse import parse_feed
from bot.news.service import NewsConfig, NewsService
from bot.sandbox.harness import Sandbox
from bot.sandbox.main import sandbox_settings
from bot.store import Store
from tests.newsfeeds import BASE_TIME

T = TypeVar("T")
FEEDS = 1000
HOSTS = 50
CHANNELS = 500
GLOBAL_LIMIT = 50


def realistic_rss(items: int = 50) -> bytes:
    entries = []
    for n in range(items):
        published = format_datetime(BASE_TIME)
        entries.append(
            f"<item><title>Festival news story {n}: a director wins a prize</title>"
            f"<link>https://films.example/2025/05/story-{n}/?utm_source=rss</link>"
            f"<guid isPermaLink=\"false\">https://films.example/?p={n}</guid><pubDate>{published}</pubDate>"
            "<dc:creator><![CDATA[A Critic]]></dc:creator>"
            "<description><![CDATA[<p>" + "A long summary with <a href=\"https://x.example\">links</a> and "
            "<em>emphasis</em> &amp; entities. " * 12 + "</p>]]></description>"
            f"<media:content url=\"https://img.example/{n}.jpg\" medium=\"image\"/></item>")
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:media=\"http://search.yahoo.com/mrss/\">"
            "<channel><title>Bench Films</title><link>https://films.example/</link><description>d</description>"
            + "".join(entries) + "</channel></rss>").encode()


class NullSender:
    async def send(self, channel_id: int, message: Announcement | str, *, nonce: str | None = None) -> int:
        return 1


async def serve_feeds(body: bytes) -> tuple[web.AppRunner, list[str]]:
    async def handle(request: web.Request) -> web.Response:
        etagged = int(request.path.rsplit("/", 1)[1]) % 2 == 0
        if etagged and request.headers.get("If-None-Match") == '"v1"':
            return web.Response(status=304, headers={"ETag": '"v1"'})
        headers = {"ETag": '"v1"'} if etagged else {}
        return web.Response(body=body, headers=headers, content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/feed/{n}", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    bases = []
    for host in range(1, HOSTS + 1):
        site = web.TCPSite(runner, f"127.0.0.{host}", 0)
        await site.start()
        server = site._server
        assert isinstance(server, asyncio.Server)
        bases.append(f"http://127.0.0.{host}:{server.sockets[0].getsockname()[1]}")
    return runner, bases


async def bench_poll_cycle(tmp: Path) -> dict[str, float]:
    body = realistic_rss()
    runner, bases = await serve_feeds(body)
    try:
        async with Store.open(tmp / "poll.db") as store, aiohttp.ClientSession() as session:
            for n in range(FEEDS):
                feed = await store.news.upsert_feed(f"{bases[n % HOSTS]}/feed/{n}", title="", site_link=None,
                                                    interval_seconds=600, etag=None, last_modified=None, now=0,
                                                    next_poll_at=0)
                await store.news.subscribe(feed_id=feed.id, guild_id=1, channel_id=10_000 + n, include=(),
                                           exclude=(), mention_role_id=None, created_by=None, now=0)
            policy = FetchPolicy(allowed_private_hosts=frozenset(f"127.0.0.{h}" for h in range(1, HOSTS + 1)))
            service = NewsService(store.news, Fetcher(session, policy),
                                  Announcer(store.news, NullSender(), per_channel_cap=5, global_rate=None),
                                  NewsConfig())
            first = await timed(service.run_cycle(due_only=False))  # stores 50,000 articles
            # As after /feed add: what the feeds hold now counts as seen, so the steady state has no backlog.
            for sub in await store.news.active_subscriptions():
                await store.news.advance_cursor(sub.id, await store.news.max_article_id(sub.feed_id))
            second = await timed(service.run_cycle(due_only=False))  # the steady state: 304s and no news
            return {"first_wall": first[0], "first_cpu": first[1], "wall": second[0], "cpu": second[1],
                    "not_modified": second[2].not_modified, "polled": second[2].polled, "failed": second[2].failed}
    finally:
        await runner.cleanup()


async def timed(coro: Awaitable[T]) -> tuple[float, float, T]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = await coro
    return time.perf_counter() - wall, time.process_time() - cpu, result


def bench_parsers() -> dict[str, float]:
    body = realistic_rss()
    rates = {}
    for name, parse in (
        ("feedparser", lambda: feedparser.parse(io.BytesIO(body))),
        ("fastfeedparser", lambda: fastfeedparser.parse(body)),
        ("parse_feed", lambda: parse_feed(body, "https://films.example/feed", "application/rss+xml")),
    ):
        runs, started = 0, time.perf_counter()
        while time.perf_counter() - started < 2.0:
            parse()
            runs += 1
        rates[name] = runs / (time.perf_counter() - started)
    return rates


async def bench_fan_out(tmp: Path) -> dict[str, float]:
    async with Store.open(tmp / "fan.db") as store:
        settings = sandbox_settings(Settings())
        async with Sandbox(store, settings, extensions=()) as sandbox:
            assert sandbox.bot is not None and sandbox.guild is not None
            fake = sandbox.fake
            channels = [fake.create_channel(sandbox.guild, f"c{i}") for i in range(CHANNELS)]
            feed = await store.news.upsert_feed("https://bench.example/rss", title="Bench", site_link=None,
                                                interval_seconds=600, etag=None, last_modified=None, now=0,
                                                next_poll_at=0)
            for channel in channels:
                await store.news.subscribe(feed_id=feed.id, guild_id=sandbox.guild.id, channel_id=channel.id,
                                           include=(), exclude=(), mention_role_id=None, created_by=None, now=0)
            await store.news.store_articles(feed.id, [NewArticle("guid:1", "https://bench.example/1",
                                                                 "https://bench.example/1", "One story",
                                                                 "Summary", None, None, 1.0)], now=1.0)
            fake.channel_rate_limit = (5, 5.0)
            fake.global_rate_limit = GLOBAL_LIMIT
            announcer = Announcer(store.news, DiscordSender(sandbox.bot), per_channel_cap=5)
            wall, _cpu, report = await timed(announcer.announce())
            statuses = [r.status for r in fake.requests if r.path.endswith("/messages")]
            return {"wall": wall, "minimum": CHANNELS / GLOBAL_LIMIT, "sent": report.sent,
                    "429s": statuses.count(429), "posted": sum(1 for p in fake.posted if p.kind == "message")}


async def main() -> None:
    discord.VoiceClient.warn_nacl = False
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        poll = await bench_poll_cycle(tmp)
        parsers = bench_parsers()
        fan = await bench_fan_out(tmp)
    rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = [
        ("poll cycle, 1,000 feeds, first (stores 50k articles)", f"{poll['first_wall']:.2f} s wall",
         f"{poll['first_cpu']:.2f} s CPU"),
        (f"poll cycle, 1,000 feeds ({poll['not_modified']:.0f} × 304, {poll['failed']:.0f} failed)",
         f"{poll['wall']:.2f} s wall", f"{poll['cpu']:.2f} s CPU"),
        *((f"parse 50-item RSS: {name}", f"{rate:,.0f} feeds/s", "") for name, rate in parsers.items()),
        (f"fan-out to {CHANNELS} channels (5/5 s/channel, {GLOBAL_LIMIT}/s global)", f"{fan['wall']:.2f} s",
         f"min {fan['minimum']:.1f} s → {fan['wall'] / fan['minimum']:.2f}×, {fan['posted']:.0f} posted, "
         f"{fan['429s']:.0f} × 429"),
        ("peak RSS", f"{rss_mib:.0f} MiB", ""),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, extra in rows:
        print(f"{name:<{width}}  {value:>16}  {extra}")


if __name__ == "__main__":
    asyncio.run(main())

