"""/config modrole and /config modlog (server administrators) — thin: check, store, reply."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import FilmBot
from bot.checks import is_admin
from bot.errors import NotModerator
from bot.tree import NO_MENTIONS


def require_admin(interaction: discord.Interaction[FilmBot]) -> int:
    """The server's id if the member is an administrator (our check; Discord's only hides)."""
    if interaction.guild_id is None or not is_admin(interaction):
        raise NotModerator("Only server administrators can change this setting.")
    return interaction.guild_id


class ConfigCog(commands.Cog, name="Config"):
    config = app_commands.Group(
        name="config", description="FilmBot settings for this server (administrators).",
        default_permissions=discord.Permissions(administrator=True), guild_only=True)

    def __init__(self, bot: FilmBot) -> None:
        self.bot = bot

    @config.command(name="modrole", description="The role whose members may moderate facts, besides Manage Server.")
    @app_commands.describe(role="Members with this role become FilmBot moderators")
    async def modrole(self, interaction: discord.Interaction[FilmBot], role: discord.Role) -> None:
        guild_id = require_admin(interaction)
        await self.bot.store.guilds.set_mod_role(guild_id, role.id)
        await interaction.response.send_message(
            f"Members with {role.mention} can now add, correct and review facts.", ephemeral=True,
            allowed_mentions=NO_MENTIONS)

    @config.command(name="modlog", description="The channel where every change to this server's facts is logged.")
    @app_commands.describe(channel="A text channel the moderators can read")
    async def modlog(self, interaction: discord.Interaction[FilmBot], channel: discord.TextChannel) -> None:
        guild_id = require_admin(interaction)
        await self.bot.store.guilds.set_modlog_channel(guild_id, channel.id)
        await interaction.response.send_message(f"Changes to facts will be logged in {channel.mention}.",
                                                ephemeral=True, allowed_mentions=NO_MENTIONS)


async def setup(bot: FilmBot) -> None:
    await bot.add_cog(ConfigCog(bot))
