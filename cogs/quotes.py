"""/quote random|search|by — thin: parse, call FactsService, render."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import FilmBot
from bot.render.facts import quote_embed, quotes_pages
from bot.render.paginator import Paginator
from bot.tree import NO_MENTIONS
from cogs.awards import complete_film, complete_person, guild_of


class QuotesCog(commands.Cog):
    quote = app_commands.Group(name="quote", description="What film people said")

    def __init__(self, bot: FilmBot) -> None:
        self.bot = bot

    @quote.command(name="random", description="A random quote, optionally by someone or about a film.")
    @app_commands.describe(speaker="Only quotes by this person", film="Only quotes about this film")
    @app_commands.autocomplete(speaker=complete_person, film=complete_film)
    async def random(self, interaction: discord.Interaction[FilmBot], speaker: str | None = None,
                     film: str | None = None) -> None:
        found = await self.bot.facts.random_quote(guild_of(interaction), speaker, film)
        await interaction.response.send_message(embed=quote_embed(found), allowed_mentions=NO_MENTIONS)

    @quote.command(name="search", description="Find quotes containing words (best matches first).")
    @app_commands.describe(text="Words to look for")
    async def search(self, interaction: discord.Interaction[FilmBot], text: str) -> None:
        found = await self.bot.facts.search_quotes(text, guild_of(interaction))
        await self._show(interaction, f"Quotes matching \u201c{text[:80]}\u201d", found)

    @quote.command(name="by", description="Quotes by a person.")
    @app_commands.describe(speaker="Who said it")
    @app_commands.autocomplete(speaker=complete_person)
    async def by(self, interaction: discord.Interaction[FilmBot], speaker: str) -> None:
        person, found = await self.bot.facts.quotes_by(speaker, guild_of(interaction))
        await self._show(interaction, f"Quotes by {person.name}", found)

    async def _show(self, interaction: discord.Interaction[FilmBot], title: str, quotes: list) -> None:
        if len(quotes) == 1:
            await interaction.response.send_message(embed=quote_embed(quotes[0]), allowed_mentions=NO_MENTIONS)
            return
        pages = quotes_pages(title, quotes)
        await Paginator([[page] for page in pages], owner_id=interaction.user.id).start(interaction)


async def setup(bot: FilmBot) -> None:
    await bot.add_cog(QuotesCog(bot))
