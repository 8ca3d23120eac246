"""FilmBot, the commands.Bot subclass: created with its resources, loads cogs in setup_hook."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Sequence
from typing import Protocol

import aiohttp
import discord
from discord.ext import commands

from bot import __version__
from bot.config import Settings
from bot.facts.service import FactsService
from bot.store import Store
from bot.tree import FilmTree

logger = logging.getLogger(__name__)

EXTENSIONS: tuple[str, ...] = ("cogs.admin", "cogs.awards", "cogs.quotes", "cogs.news", "cogs.facts",
                                 "cogs.config",)


class PollingService(Protocol):
    """The news service as the bot and the sandbox see it (bot/news/service.py)."""

    async def poll_once(self) -> None: ...


def intents() -> discord.Intents:
    # Slash commands need no privileged intent: guilds is enough for channels and roles.
    return discord.Intents(guilds=True)


class FilmBot(commands.Bot):
    def __init__(self, *, settings: Settings, store: Store, http_session: aiohttp.ClientSession,
                 extensions: Sequence[str] = EXTENSIONS, auto_sync: bool = True, **options: object) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents(),
            tree_cls=FilmTree,
            help_command=None,
            owner_ids=set(settings.owner_ids) or None,
            allowed_mentions=discord.AllowedMentions.none(),
            **options,  # type: ignore[arg-type]
        )
        self.settings = settings
        self.store = store
        self.http_session = http_session
        self.started_at = time.time()
        self.version = __version__
        self._extensions = tuple(extensions)
        self._auto_sync = auto_sync
        # Set by the news cog when it loads; the sandbox's :poll runs a cycle through it.
        self.news: PollingService | None = None
        self.facts = FactsService(store)

    async def setup_hook(self) -> None:
        await self.facts.load()
        for extension in self._extensions:
            await self.load_extension(extension)
        if self._auto_sync:
            await self.sync_commands_if_changed()

    def command_tree_hash(self, guild: discord.abc.Snowflake | None = None) -> str:
        payload = [c.to_dict(self.tree) for c in self.tree.get_commands(guild=guild)]
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()

    async def sync_commands_if_changed(self) -> None:
        """Sync only when the command definitions changed: syncs are rate-limited by Discord."""
        dev_guild = discord.Object(self.settings.dev_guild_id) if self.settings.dev_guild_id else None
        if dev_guild is not None:
            self.tree.copy_global_to(guild=dev_guild)
        digest = self.command_tree_hash(dev_guild)
        key = f"command_hash:{dev_guild.id if dev_guild else 'global'}"
        if await self.store.meta.get(key) == digest:
            return
        synced = await self.tree.sync(guild=dev_guild)
        await self.store.meta.set(key, digest)
        logger.info("synced %d commands %s", len(synced), f"to guild {dev_guild.id}" if dev_guild else "globally")

    async def on_ready(self) -> None:
        assert self.user is not None
        logger.info("logged in as %s (%s) in %d servers", self.user, self.user.id, len(self.guilds))
