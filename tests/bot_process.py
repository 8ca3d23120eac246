"""Test-only entry: run the real FilmBot as its own process against a fake Discord.

    FAKE_DISCORD_API=http://127.0.0.1:PORT/api/v10 FAKE_DISCORD_GATEWAY=ws://127.0.0.1:PORT/gateway/ \
    DISCORD_TOKEN=... DATABASE_PATH=/tmp/x.db python -m tests.bot_process

Besides the in-process harness, this is the only place that points discord.py elsewhere. Settings
come from the environment like the real bot's (loopback feeds allowed, as in the sandbox). After
the bot is ready it runs one full news cycle (``poll_once``: retry pending deliveries, poll every
followed feed, announce) and prints ``CYCLE DONE`` on stdout, then stays connected (the background
loop keeps polling due feeds) until it is killed.
"""

from __future__ import annotations

import asyncio
import os
import sys

import aiohttp
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.app import FilmBot
from bot.config import load_settings
from bot.logs import setup_logging
from bot.sandbox.main import sandbox_settings
from bot.store import Store

EXTENSIONS = ("cogs.news",)


async def main() -> None:
    Route.BASE = os.environ["FAKE_DISCORD_API"]
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(os.environ["FAKE_DISCORD_GATEWAY"])
    settings = sandbox_settings(load_settings(environ=os.environ))
    setup_logging(settings.log_level, secrets=[settings.token.get()])
    async with Store.open(settings.database_path) as store, aiohttp.ClientSession() as session:
        bot = FilmBot(settings=settings, store=store, http_session=session, extensions=EXTENSIONS,
                      guild_ready_timeout=0.05)
        async with bot:
            runner = asyncio.create_task(bot.start(settings.token.get()))
            await bot.wait_until_ready()
            assert bot.news is not None
            await bot.news.poll_once()
            print("CYCLE DONE", flush=True)
            await runner


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(130)
