"""/fact add|edit|remove|hide|history and /review (moderators) — thin: parse, call the
moderation service, render, post to the mod-log. Also installs the news hook that proposes facts
from articles and registers the persistent review buttons.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import FilmBot
from bot.checks import moderator_only
from bot.moderation.ids import parse_fact_ref, parse_proposal_id, proposal_label
from bot.moderation.modlog import ModLog
from bot.moderation.permissions import require_moderator
from bot.moderation.proposals import FactProposer
from bot.moderation.service import EDIT_FIELDS, PROPOSAL_FIELDS, Actor, Change, ModerationService
from bot.moderation.views import REVIEW_COG, ConfirmView, CorrectionView, ReviewButton, review_view
from bot.news.hooks import no_proposals
from bot.news.models import StoredArticle
from bot.render.moderation import (
    fact_embed,
    history_embed,
    proposal_embed,
    quote_draft_embed,
    win_draft_embed,
)
from bot.tree import NO_MENTIONS
from cogs.awards import YEAR, complete_award, complete_festival, complete_film, complete_person

logger = logging.getLogger(__name__)

FIELD_CHOICES = [app_commands.Choice(name=f, value=f) for f in EDIT_FIELDS]


def _edit_hint(ref: object) -> str:
    return f"Change it with `/fact edit id:{ref} field:… value:…`."


class FactsCog(commands.Cog, name=REVIEW_COG):
    fact = app_commands.Group(
        name="fact", description="Add and correct this server's facts (moderators).",
        default_permissions=discord.Permissions(manage_guild=True), guild_only=True)
    add = app_commands.Group(name="add", description="Add a winner or a quote for this server.", parent=fact)

    def __init__(self, bot: FilmBot) -> None:
        self.bot = bot
        self.service = ModerationService(bot.store, bot.facts)
        self.modlog = ModLog(bot)
        self.proposer = FactProposer(bot.store, bot.facts)

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(ReviewButton)
        announcer = getattr(self.bot.news, "announcer", None)
        if announcer is None:
            logger.warning("no news service loaded: articles will not be proposed for review")
            return
        announcer.propose_facts = self.propose_facts

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(ReviewButton)
        announcer = getattr(self.bot.news, "announcer", None)
        if announcer is not None and announcer.propose_facts == self.propose_facts:
            announcer.propose_facts = no_proposals

    async def propose_facts(self, article: StoredArticle, guild_ids: frozenset[int]) -> None:
        """The bot.news.hooks.ProposeFacts hook."""
        await self.proposer.propose_facts(article, guild_ids)

    async def _done(self, change: Change) -> None:
        await self.modlog.post(change.entry)

    # -- /fact add ---------------------------------------------------------------------------------

    @add.command(name="winner", description="Add a festival winner for this server (preview, then confirm).")
    @app_commands.describe(festival="Cannes, Venice, Berlin, Oscars…", award="Palme d'Or, Golden Lion…",
                           year="Year of the edition", film="Film title",
                           directors="Directors, separated by commas", source="Link or reference",
                           new="Add the festival or award as a new one of this server if I don't know it")
    @app_commands.autocomplete(festival=complete_festival, award=complete_award, film=complete_film)
    async def add_winner(self, interaction: discord.Interaction[FilmBot], festival: str, award: str, year: YEAR,
                         film: str, directors: str | None = None, source: str | None = None,
                         new: bool = False) -> None:
        actor = await require_moderator(interaction)
        draft = await self.service.draft_win(actor.guild_id, festival=festival, award=award, year=year, film=film,
                                             directors=directors, source=source, create=new)

        async def confirm(confirmed_by: Actor) -> discord.Embed:
            change = await self.service.add_win(confirmed_by, draft)
            await self._done(change)
            return fact_embed(f"Added {change.ref} for this server", change.snapshot, _edit_hint(change.ref))

        await self._preview(interaction, win_draft_embed(draft), ConfirmView(actor.user_id, confirm))

    @add.command(name="quote", description="Add a quote for this server (preview, then confirm).")
    @app_commands.describe(speaker="Who said it", text="The words (at most 1,000 characters)",
                           film="The film it is about", event="Where it was said (Cannes 2024 press conference…)",
                           date="When: YYYY-MM-DD, YYYY-MM or YYYY", source="Link or reference")
    @app_commands.autocomplete(speaker=complete_person, film=complete_film)
    async def add_quote(self, interaction: discord.Interaction[FilmBot], speaker: str, text: str,
                        film: str | None = None, event: str | None = None, date: str | None = None,
                        source: str | None = None) -> None:
        actor = await require_moderator(interaction)
        draft = await self.service.draft_quote(actor.guild_id, speaker=speaker, text=text, film=film, event=event,
                                               said_on=date, source=source)

        async def confirm(confirmed_by: Actor) -> discord.Embed:
            change = await self.service.add_quote(confirmed_by, draft)
            await self._done(change)
            return fact_embed(f"Added {change.ref} for this server", change.snapshot, _edit_hint(change.ref))

        await self._preview(interaction, quote_draft_embed(draft), ConfirmView(actor.user_id, confirm))

    async def _preview(self, interaction: discord.Interaction[FilmBot], embed: discord.Embed,
                       view: ConfirmView) -> None:
        await interaction.response.send_message(embed=embed, view=view, ephemeral=True, allowed_mentions=NO_MENTIONS)
        view.origin = interaction

    # -- /fact edit, remove, hide, history -------------------------------------------------------------

    @fact.command(name="edit", description="Change one field of this server's fact (or of a proposal, P7).")
    @app_commands.describe(id="The fact's id (W123, Q45) or a proposal's (P7)", field="What to change",
                           value="The new value (\"-\" clears an optional field)")
    @app_commands.choices(field=FIELD_CHOICES)
    async def edit(self, interaction: discord.Interaction[FilmBot], id: str, field: app_commands.Choice[str],
                   value: str) -> None:
        actor = await require_moderator(interaction)
        proposal_id = parse_proposal_id(id)
        if proposal_id is not None:
            proposal = await self.service.edit_proposal(actor, proposal_id, field.value, value)
            _, remaining = await self.service.next_proposal(actor.guild_id)
            await interaction.response.send_message(embed=proposal_embed(proposal, remaining),
                                                    view=review_view(proposal.id), ephemeral=True,
                                                    allowed_mentions=NO_MENTIONS)
            return
        change = await self.service.edit(actor, parse_fact_ref(id), field.value, value)
        await self._done(change)
        await interaction.response.send_message(embed=fact_embed(f"Edited {change.ref}", change.snapshot),
                                                ephemeral=True, allowed_mentions=NO_MENTIONS)

    @fact.command(name="remove", description="Delete one of this server's facts (kept in its history).")
    @app_commands.describe(id="The fact's id (W123, Q45)", reason="Why (shown in the history and the mod-log)")
    async def remove(self, interaction: discord.Interaction[FilmBot], id: str, reason: str) -> None:
        actor = await require_moderator(interaction)
        change = await self.service.remove(actor, parse_fact_ref(id), reason)
        await self._done(change)
        await interaction.response.send_message(f"Removed {change.ref}. `/fact history id:{change.ref}` shows what it was.",
                                                ephemeral=True, allowed_mentions=NO_MENTIONS)

    @fact.command(name="hide", description="Hide a global fact in this server, optionally replaced by your correction.")
    @app_commands.describe(id="The fact's id (W123, Q45)", reason="Why (shown in the history and the mod-log)")
    async def hide(self, interaction: discord.Interaction[FilmBot], id: str, reason: str | None = None) -> None:
        actor = await require_moderator(interaction)
        ref = parse_fact_ref(id)
        change = await self.service.hide(actor, ref, reason)
        await self._done(change)

        async def correct(corrector: Actor) -> discord.Embed:
            added = await self.service.add_correction(corrector, ref)
            await self._done(added)
            return fact_embed(f"Added {added.ref}: this server's correction of {ref}", added.snapshot,
                              _edit_hint(added.ref))

        view = CorrectionView(actor.user_id, correct)
        note = ("Other servers still see it. Press the button to copy it as this server's own fact, "
                "then correct the copy with /fact edit.")
        await interaction.response.send_message(embed=fact_embed(f"Hid {ref} in this server", change.snapshot, note),
                                                view=view, ephemeral=True, allowed_mentions=NO_MENTIONS)
        view.origin = interaction

    @fact.command(name="history", description="Who changed a fact, when, and what it was before.")
    @app_commands.describe(id="The fact's id (W123, Q45)")
    async def history(self, interaction: discord.Interaction[FilmBot], id: str) -> None:
        actor = await require_moderator(interaction)
        found = await self.service.history(actor.guild_id, parse_fact_ref(id))
        await interaction.response.send_message(embed=history_embed(found), ephemeral=True,
                                                allowed_mentions=NO_MENTIONS)

    # -- /review -------------------------------------------------------------------------------------

    @app_commands.command(name="review", description="The next fact proposed from the news, to approve or reject.")
    @moderator_only()
    async def review(self, interaction: discord.Interaction[FilmBot]) -> None:
        actor = await require_moderator(interaction)
        proposal, remaining = await self.service.next_proposal(actor.guild_id)
        if proposal is None:
            await interaction.response.send_message("No proposals are waiting. New ones come from the news feeds "
                                                    "this server follows.", ephemeral=True,
                                                    allowed_mentions=NO_MENTIONS)
            return
        await interaction.response.send_message(embed=proposal_embed(proposal, remaining),
                                                view=review_view(proposal.id), ephemeral=True,
                                                allowed_mentions=NO_MENTIONS)

    async def review_action(self, interaction: discord.Interaction[FilmBot], actor: Actor, action: str,
                            proposal_id: int) -> None:
        """Called by the persistent review buttons (bot.moderation.views.ReviewButton)."""
        label = proposal_label(proposal_id)
        if action == "edit":
            proposal = await self.service.pending_proposal(actor.guild_id, proposal_id)
            fields = ", ".join(PROPOSAL_FIELDS[proposal.kind])
            await interaction.response.send_message(
                f"Change a field with `/fact edit id:{label} field:… value:…` ({fields}), then approve it.",
                ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        if action == "approve":
            change = await self.service.approve(actor, proposal_id)
        else:
            change = await self.service.reject(actor, proposal_id)
        await self._done(change)
        _, remaining = await self.service.next_proposal(actor.guild_id)
        more = f"{remaining} more waiting: run /review." if remaining else "No more proposals waiting."
        if change.ref is not None:
            embed = fact_embed(f"Approved {label} as {change.ref}", change.snapshot, more)
        else:
            embed = fact_embed(f"Rejected {label}", None, f"{change.entry.reason or ''}\n{more}".strip())
        await interaction.response.edit_message(embed=embed, view=None, allowed_mentions=NO_MENTIONS)


async def setup(bot: FilmBot) -> None:
    await bot.add_cog(FactsCog(bot))
