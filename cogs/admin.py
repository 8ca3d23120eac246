"""/about for everyone, /sync for the bot's owners."""

from __future__ import annotations

import time

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import FilmBot
from bot.errors import UserError
from bot.render.about import about_embed
from bot.tree import NO_MENTIONS


class AdminCog(commands.Cog):
    def __init__(self, bot: FilmBot) -> None:
        self.bot = bot

    @app_commands.command(name="about", description="What this bot is, its version, uptime and what it knows.")
    async def about(self, interaction: discord.Interaction[FilmBot]) -> None:
        counts = await self.bot.store.stats.row_counts()
        embed = about_embed(self.bot.version, time.time() - self.bot.started_at, counts, len(self.bot.guilds))
        await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="sync", description="Owner only: publish the slash commands to Discord again.")
    @app_commands.default_permissions(administrator=True)
    @app_commands.describe(here="Sync to this server only (instant) instead of globally")
    async def sync(self, interaction: discord.Interaction[FilmBot], here: bool = False) -> None:
        if not await self.bot.is_owner(interaction.user):
            raise UserError("Only the bot's owner can sync commands.")
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild = interaction.guild if here else None
        if guild is not None:
            self.bot.tree.copy_global_to(guild=guild)
        synced = await self.bot.tree.sync(guild=guild)
        where = f"to {guild.name}" if guild else "globally (may take a while to appear)"
        await interaction.followup.send(f"Synced {len(synced)} commands {where}.", ephemeral=True,
                                        allowed_mentions=NO_MENTIONS)


async def setup(bot: FilmBot) -> None:
    await bot.add_cog(AdminCog(bot))
