"""A page-turning view: First / Previous / Next / Last buttons under a message of embeds.

Only the member who ran the command can turn the pages (others get an ephemeral refusal); when
the view times out its buttons are disabled by editing the message, so nobody presses dead
buttons. Generic: a page is any list of embeds.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import discord

logger = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()


class Paginator(discord.ui.View):
    def __init__(self, pages: Sequence[Sequence[discord.Embed]], *, owner_id: int, timeout: float = 180.0) -> None:
        super().__init__(timeout=timeout)
        if not pages:
            raise ValueError("a Paginator needs at least one page")
        self.pages = [list(page) for page in pages]
        self.owner_id = owner_id
        self.index = 0
        self._interaction: discord.Interaction[Any] | None = None
        self._sync_buttons()

    @property
    def page(self) -> list[discord.Embed]:
        return self.pages[self.index]

    def _sync_buttons(self) -> None:
        last = len(self.pages) - 1
        self.first.disabled = self.previous.disabled = self.index == 0
        self.next.disabled = self.last.disabled = self.index == last
        self.counter.label = f"{self.index + 1}/{len(self.pages)}"

    async def start(self, interaction: discord.Interaction[Any], *, ephemeral: bool = False) -> None:
        """Answer ``interaction`` with the first page (and the buttons when there is more than one)."""
        self._interaction = interaction
        kwargs: dict[str, Any] = {"embeds": self.page, "ephemeral": ephemeral, "allowed_mentions": NO_MENTIONS}
        if len(self.pages) > 1:
            kwargs["view"] = self
        else:
            self.stop()
        if interaction.response.is_done():
            await interaction.followup.send(**kwargs)
        else:
            await interaction.response.send_message(**kwargs)

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            "These buttons belong to whoever ran the command; run it yourself to browse.", ephemeral=True,
            allowed_mentions=NO_MENTIONS)
        return False

    async def _show(self, interaction: discord.Interaction[Any], index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._sync_buttons()
        await interaction.response.edit_message(embeds=self.page, view=self)

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self._interaction is None:
            return
        try:
            await self._interaction.edit_original_response(view=self)
        except discord.HTTPException as exc:  # deleted message or expired token: nothing to disable
            logger.debug("could not disable paginator buttons: %s", exc)

    @discord.ui.button(label="First", style=discord.ButtonStyle.secondary)
    async def first(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Paginator]) -> None:
        await self._show(interaction, 0)

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.primary)
    async def previous(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Paginator]) -> None:
        await self._show(interaction, self.index - 1)

    @discord.ui.button(label="1/1", style=discord.ButtonStyle.secondary, disabled=True)
    async def counter(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Paginator]) -> None:
        await interaction.response.defer()  # never enabled; present to show the position

    @discord.ui.button(label="Next", style=discord.ButtonStyle.primary)
    async def next(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Paginator]) -> None:
        await self._show(interaction, self.index + 1)

    @discord.ui.button(label="Last", style=discord.ButtonStyle.secondary)
    async def last(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Paginator]) -> None:
        await self._show(interaction, len(self.pages) - 1)
