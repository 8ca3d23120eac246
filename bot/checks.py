"""Who may do what, checked on our side (Discord's default_member_permissions only hides commands,
and a server owner can override it in Server Settings > Integrations)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.errors import NotModerator

if TYPE_CHECKING:
    from bot.app import FilmBot

async def is_moderator(interaction: discord.Interaction[FilmBot]) -> bool:
    """Manage Server (or Administrator), or the role an admin set with /config modrole."""
    member = interaction.user
    if interaction.guild is None or not isinstance(member, discord.Member):
        return False
    perms = member.guild_permissions
    if perms.administrator or perms.manage_guild:
        return True
    config = await interaction.client.store.guilds.get(interaction.guild.id)
    return config.mod_role_id is not None and any(role.id == config.mod_role_id for role in member.roles)


def is_admin(interaction: discord.Interaction[Any]) -> bool:
    member = interaction.user
    return interaction.guild is not None and isinstance(member, discord.Member) and \
        member.guild_permissions.administrator


def moderator_only() -> Any:
    """Decorator for moderator commands: hidden by Discord by default AND enforced here."""

    async def predicate(interaction: discord.Interaction[FilmBot]) -> bool:
        if not await is_moderator(interaction):
            raise NotModerator()
        return True

    def decorator(func: Any) -> Any:
        func = app_commands.default_permissions(manage_guild=True)(func)
        func = app_commands.guild_only()(func)
        return app_commands.check(predicate)(func)

    return decorator
