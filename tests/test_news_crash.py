"""SIGKILL in the middle of a fan-out to 200 channels; after a restart every channel has the
article exactly once (the bot is a subprocess, tests/bot_process.py; the fake Discord lives here)."""

# ruff: noqa: F811  (test arguments named feed_server shadow the imported pytest fixture)
from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from bot.sandbox.fake_discord import FakeDiscord
from bot.store import Store
from tests.feedserver import FeedServer, feed_server  # noqa: F401  (fixture)
from tests.newsfeeds import item, rss

ROOT = Path(__file__).resolve().parent.parent
CHANNELS = 200


def _announced(fake: FakeDiscord, channel_ids: set[int]) -> Counter[int]:
    return Counter(p.channel_id for p in fake.posted if p.kind == "message" and p.channel_id in channel_ids)


async def _start_bot(fake: FakeDiscord, db: Path, log: Path) -> asyncio.subprocess.Process:
    env = {**os.environ, "FAKE_DISCORD_API": fake.api_base, "FAKE_DISCORD_GATEWAY": fake.gateway_url,
           "DISCORD_TOKEN": fake.token, "DATABASE_PATH": str(db), "LOG_LEVEL": "INFO",
           "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    with log.open("ab") as stderr:
        return await asyncio.create_subprocess_exec(sys.executable, "-m", "tests.bot_process", cwd=ROOT, env=env,
                                                    stdout=asyncio.subprocess.PIPE, stderr=stderr)


async def _wait_for(condition: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


@pytest.mark.slow
async def test_sigkill_mid_fan_out_then_restart_delivers_once_per_channel(
        tmp_path: Path, feed_server: FeedServer) -> None:
    feed_server.set("/rss", rss([item(1, title="The one story")]))
    db, log = tmp_path / "bot.db", tmp_path / "bot.log"
    async with FakeDiscord() as fake:
        guild = fake.create_guild("Crash")
        channels = [fake.create_channel(guild, f"news-{i}") for i in range(CHANNELS)]
        channel_ids = {c.id for c in channels}
        # One message per channel, so the 50/s-style global limit is what makes the fan-out take a while.
        fake.global_rate_limit = 50
        fake.channel_rate_limit = (5, 5.0)
        async with Store.open(db) as store:
            feed = await store.news.upsert_feed(feed_server.url("/rss"), title="Crash Feed", site_link=None,
                                                interval_seconds=600, etag=None, last_modified=None,
                                                now=time.time(), next_poll_at=0)
            for channel in channels:  # subscribed before the item exists: it is new to all of them
                await store.news.subscribe(feed_id=feed.id, guild_id=guild.id, channel_id=channel.id, include=(),
                                           exclude=(), mention_role_id=None, created_by=None, now=time.time())

        first = await _start_bot(fake, db, log)
        try:
            await _wait_for(lambda: len(_announced(fake, channel_ids)) >= 30, 30, "the fan-out to start")
            first.send_signal(signal.SIGKILL)
            await first.wait()
        finally:
            with contextlib.suppress(ProcessLookupError):
                first.kill()
        before_restart = _announced(fake, channel_ids)
        assert 30 <= len(before_restart) < CHANNELS, "the kill did not land mid-fan-out"
        async with Store.open(db) as store:
            assert await store.news.pending_deliveries(), "no delivery was in flight at the kill"

        second = await _start_bot(fake, db, log)
        try:
            assert second.stdout is not None
            line = await asyncio.wait_for(second.stdout.readline(), 40)
            assert line.strip() == b"CYCLE DONE", log.read_text()[-3000:]
        finally:
            second.kill()
            await second.wait()

        delivered = _announced(fake, channel_ids)
        assert set(delivered) == channel_ids
        assert set(delivered.values()) == {1}
        assert all(p.embeds[0]["title"] == "The one story" for p in fake.posted if p.channel_id in channel_ids)
