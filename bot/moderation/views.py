"""Buttons for moderators: Confirm/Cancel under a preview, "Add a correction" after a hide, and
the persistent Approve / Edit / Reject buttons of /review.

Owner views (Confirm, correction) answer only the member who ran the command and disable their
buttons when used or timed out. Review buttons are ``DynamicItem``s: their custom_id
(``review:approve:<proposal id>``) carries all they need, so a message posted before a restart
still works after it. Every callback runs our moderator check; errors become the same short
ephemeral replies as command errors.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol

import discord
from discord import app_commands

from bot.moderation.permissions import require_moderator
from bot.moderation.service import Actor
from bot.tree import NO_MENTIONS, error_ref, send_ephemeral, user_message_for

if TYPE_CHECKING:
    from bot.app import FilmBot

logger = logging.getLogger(__name__)

CONFIRM_TIMEOUT = 300.0
REVIEW_COG = "Facts"

# What a button does once the presser is known to be the owner and a moderator: returns the
# embed that replaces the message's.
ButtonAction = Callable[[Actor], Awaitable[discord.Embed]]


async def report_error(interaction: discord.Interaction[Any], error: Exception) -> None:
    message = user_message_for(error) if isinstance(error, app_commands.AppCommandError) else None
    if message is None:
        ref = error_ref()
        logger.error("unexpected error in a moderation button (ref %s)", ref, exc_info=error)
        message = f"Something went wrong (ref {ref}). The bot's operator can find the details in the log."
    await send_ephemeral(interaction, message)


class OwnerView(discord.ui.View):
    """Buttons only the member who ran the command may press; disabled after use or timeout."""

    default_timeout = CONFIRM_TIMEOUT  # seconds; a class attribute so tests can shorten it

    def __init__(self, owner_id: int, *, timeout: float | None = None) -> None:
        super().__init__(timeout=self.default_timeout if timeout is None else timeout)
        self.owner_id = owner_id
        self.origin: discord.Interaction[Any] | None = None  # set by the caller after sending

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message("Only the moderator who ran the command can press these buttons.",
                                                ephemeral=True, allowed_mentions=NO_MENTIONS)
        return False

    def disable_all(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        self.stop()

    async def on_timeout(self) -> None:
        self.disable_all()
        if self.origin is None:
            return
        try:
            await self.origin.edit_original_response(view=self)
        except discord.HTTPException as exc:  # deleted, or the 15-minute token expired
            logger.debug("could not disable the buttons: %s", exc)

    async def on_error(self, interaction: discord.Interaction[Any], error: Exception,
                       item: discord.ui.Item[Any], /) -> None:
        await report_error(interaction, error)


class ConfirmView(OwnerView):
    def __init__(self, owner_id: int, on_confirm: ButtonAction, *, timeout: float | None = None) -> None:
        super().__init__(owner_id, timeout=timeout)
        self.on_confirm = on_confirm

    @discord.ui.button(label="Confirm", style=discord.ButtonStyle.success)
    async def confirm(self, interaction: discord.Interaction[FilmBot], button: discord.ui.Button[ConfirmView]) -> None:
        actor = await require_moderator(interaction)
        embed = await self.on_confirm(actor)
        self.disable_all()
        await interaction.response.edit_message(embed=embed, view=self, allowed_mentions=NO_MENTIONS)

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def cancel(self, interaction: discord.Interaction[FilmBot], button: discord.ui.Button[ConfirmView]) -> None:
        await require_moderator(interaction)
        self.disable_all()
        await interaction.response.edit_message(content="Cancelled: nothing was saved.", view=self,
                                                allowed_mentions=NO_MENTIONS)


class CorrectionView(OwnerView):
    def __init__(self, owner_id: int, on_correct: ButtonAction, *, timeout: float | None = None) -> None:
        super().__init__(owner_id, timeout=timeout)
        self.on_correct = on_correct

    @discord.ui.button(label="Add a correction", style=discord.ButtonStyle.primary)
    async def correct(self, interaction: discord.Interaction[FilmBot],
                      button: discord.ui.Button[CorrectionView]) -> None:
        actor = await require_moderator(interaction)
        embed = await self.on_correct(actor)
        self.disable_all()
        await interaction.response.edit_message(embed=embed, view=self, allowed_mentions=NO_MENTIONS)


class ReviewActions(Protocol):
    """What the review buttons call (implemented by cogs/facts.py)."""

    async def review_action(self, interaction: discord.Interaction[FilmBot], actor: Actor, action: str,
                            proposal_id: int) -> None: ...


_REVIEW_LABELS = {"approve": ("Approve", discord.ButtonStyle.success),
                  "edit": ("Edit", discord.ButtonStyle.secondary),
                  "reject": ("Reject", discord.ButtonStyle.danger)}


class ReviewButton(discord.ui.DynamicItem[discord.ui.Button[Any]],
                   template=r"review:(?P<action>approve|edit|reject):(?P<id>[0-9]{1,19})"):
    def __init__(self, action: str, proposal_id: int) -> None:
        label, style = _REVIEW_LABELS[action]
        super().__init__(discord.ui.Button(label=label, style=style, custom_id=f"review:{action}:{proposal_id}"))
        self.action = action
        self.proposal_id = proposal_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> ReviewButton:
        return cls(match["action"], int(match["id"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        try:
            actor = await require_moderator(interaction)
            handler: ReviewActions | None = interaction.client.get_cog(REVIEW_COG)
            if handler is None:
                await send_ephemeral(interaction, "Reviewing is switched off right now; try again later.")
                return
            await handler.review_action(interaction, actor, self.action, self.proposal_id)
        except Exception as exc:  # every failure becomes a reply; unexpected ones are logged
            await report_error(interaction, exc)


def review_view(proposal_id: int) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for action in ("approve", "edit", "reject"):
        view.add_item(ReviewButton(action, proposal_id))
    return view
