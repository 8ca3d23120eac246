"""One place where every command error becomes a reply (STYLE: Red's redbot/core/tree.py)."""

from __future__ import annotations

import logging
import secrets
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.errors import NotModerator, UserError

if TYPE_CHECKING:
    from bot.app import FilmBot

logger = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()


def error_ref() -> str:
    return secrets.token_hex(3).upper()


async def send_ephemeral(interaction: discord.Interaction[Any], message: str) -> None:
    """Answer with an ephemeral message whether or not the interaction was answered already."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(message, ephemeral=True, allowed_mentions=NO_MENTIONS)
        else:
            await interaction.response.send_message(message, ephemeral=True, allowed_mentions=NO_MENTIONS)
    except (discord.NotFound, discord.HTTPException) as exc:
        # The interaction expired (3 s / 15 min) or Discord is unhappy: nothing more we can do.
        logger.warning("could not deliver an error reply: %s", exc)


def user_message_for(error: app_commands.AppCommandError) -> str | None:
    """The short sentence for an expected error, or None when it is unexpected (a bug)."""
    original = getattr(error, "original", None)
    if isinstance(original, UserError):
        return original.message
    if isinstance(error, UserError | NotModerator):
        return error.message
    if isinstance(error, app_commands.MissingPermissions):
        perms = ", ".join(p.replace("_", " ").title() for p in error.missing_permissions)
        return f"You need the {perms} permission to use this command."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This command works only in a server."
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down: try again in {error.retry_after:.0f} s."
    if isinstance(error, app_commands.TransformerError):
        return f"I could not understand {error.value!r}."
    if isinstance(error, app_commands.CheckFailure):
        return str(error) or "You cannot use this command here."
    return None


class FilmTree(app_commands.CommandTree["FilmBot"]):
    async def on_error(self, interaction: discord.Interaction[FilmBot], error: app_commands.AppCommandError, /) -> None:
        message = user_message_for(error)
        if message is None:
            ref = error_ref()
            command = interaction.command.qualified_name if interaction.command else "?"
            logger.error("unexpected error in /%s (ref %s)", command, ref, exc_info=error)
            message = f"Something went wrong (ref {ref}). The bot's operator can find the details in the log."
        await send_ephemeral(interaction, message)
