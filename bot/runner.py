"""Start the bot for real: resources opened with `async with`, handed to FilmBot (STYLE: advanced_startup)."""

from __future__ import annotations

import logging

import aiohttp

from bot.app import FilmBot
from bot.config import Settings
from bot.seed import ensure_seeded
from bot.store import Store

logger = logging.getLogger(__name__)


async def run_bot(settings: Settings) -> None:
    async with Store.open(settings.database_path) as store, aiohttp.ClientSession() as session:
        await ensure_seeded(store)
        bot = FilmBot(settings=settings, store=store, http_session=session)
        async with bot:
            await bot.start(settings.token.get())
