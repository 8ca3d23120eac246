"""Posts audit entries to a server's mod-log channel (set with /config modlog), mentions off."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord

from bot.render.moderation import audit_embed
from bot.store.moderation import AuditEntry

if TYPE_CHECKING:
    from bot.app import FilmBot

logger = logging.getLogger(__name__)


class ModLog:
    def __init__(self, bot: FilmBot) -> None:
        self.bot = bot

    async def post(self, entry: AuditEntry) -> None:
        """Best effort: a missing channel or permission is logged, never fails the change itself."""
        if entry.guild_id is None:
            return
        config = await self.bot.store.guilds.get(entry.guild_id)
        if config.modlog_channel_id is None:
            return
        channel = self.bot.get_channel(config.modlog_channel_id)
        if not isinstance(channel, discord.TextChannel | discord.Thread) or channel.guild.id != entry.guild_id:
            logger.warning("mod-log channel %s of guild %s is not reachable", config.modlog_channel_id,
                           entry.guild_id)
            return
        try:
            await channel.send(embed=audit_embed(entry), allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException as exc:
            logger.warning("could not post to the mod-log of guild %s: %s", entry.guild_id, exc)
