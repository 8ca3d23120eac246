"""Our own moderator check, for every moderator command and every button.

Discord's ``default_member_permissions`` only hides commands (and is ignored on subcommands and
buttons); a server owner can override it. This check is the real one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from bot.checks import is_moderator
from bot.errors import NotModerator
from bot.moderation.service import Actor

if TYPE_CHECKING:
    from bot.app import FilmBot


async def require_moderator(interaction: discord.Interaction[FilmBot]) -> Actor:
    """The acting moderator; NotModerator for anyone else (or outside a server)."""
    if interaction.guild_id is None or not await is_moderator(interaction):
        raise NotModerator()
    return Actor(interaction.user.id, interaction.guild_id)
