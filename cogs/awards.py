"""/winner, /winners, /film, /person, /festival edition — thin: parse, call FactsService, render."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import FilmBot
from bot.render.facts import edition_embed, film_embed, person_embed, winner_embed, winners_pages
from bot.render.paginator import Paginator
from bot.tree import NO_MENTIONS

YEAR = app_commands.Range[int, 1, 9999]  # the service explains the real range (and ceremony numbers)


def guild_of(interaction: discord.Interaction[FilmBot]) -> int:
    return interaction.guild_id or 0


def choices(names: list[str]) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=n, value=n) for n in names]


async def complete_festival(interaction: discord.Interaction[FilmBot], current: str) -> list[app_commands.Choice[str]]:
    return choices(interaction.client.facts.complete_festival(current, guild_of(interaction)))


async def complete_award(interaction: discord.Interaction[FilmBot], current: str) -> list[app_commands.Choice[str]]:
    festival = getattr(interaction.namespace, "festival", None)
    return choices(interaction.client.facts.complete_award(current, festival, guild_of(interaction)))


async def complete_film(interaction: discord.Interaction[FilmBot], current: str) -> list[app_commands.Choice[str]]:
    return choices(await interaction.client.facts.complete_film(current, guild_of(interaction)))


async def complete_person(interaction: discord.Interaction[FilmBot], current: str) -> list[app_commands.Choice[str]]:
    return choices(await interaction.client.facts.complete_person(current, guild_of(interaction)))


class AwardsCog(commands.Cog):
    festival_group = app_commands.Group(name="festival", description="Festivals and ceremonies")

    def __init__(self, bot: FilmBot) -> None:
        self.bot = bot

    @app_commands.command(name="winner", description="Who won a festival's top prize (or another award) in a year.")
    @app_commands.describe(festival="Cannes, Venice, Berlin, Oscars…", year="Year (for ceremonies also the number: 96)",
                           award="Default: the top prize")
    @app_commands.autocomplete(festival=complete_festival, award=complete_award)
    async def winner(self, interaction: discord.Interaction[FilmBot], festival: str, year: YEAR,
                     award: str | None = None) -> None:
        answer = await self.bot.facts.winner(festival, year, award, guild_of(interaction))
        await interaction.response.send_message(embed=winner_embed(answer), allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="winners", description="All winners of a festival's prize, page by page.")
    @app_commands.describe(festival="Cannes, Venice, Berlin, Oscars…", award="Default: the top prize",
                           from_year="First year", to_year="Last year")
    @app_commands.autocomplete(festival=complete_festival, award=complete_award)
    async def winners(self, interaction: discord.Interaction[FilmBot], festival: str, award: str | None = None,
                      from_year: YEAR | None = None, to_year: YEAR | None = None) -> None:
        found_festival, found_award, wins = await self.bot.facts.winners(
            festival, award, from_year, to_year, guild_of(interaction))
        award_name = found_award.name if found_award else "Top prize"
        span = f" {from_year or ''}–{to_year or ''}" if from_year or to_year else ""
        title = f"{found_festival.short_name} · {award_name}{span}"
        if not wins:
            await interaction.response.send_message(f"No winners recorded for {title}.", ephemeral=True,
                                                    allowed_mentions=NO_MENTIONS)
            return
        pages = winners_pages(title, wins, with_award=found_award is None)
        await Paginator([[page] for page in pages], owner_id=interaction.user.id).start(interaction)

    @app_commands.command(name="film", description="Everything known about a film: awards and quotes.")
    @app_commands.describe(title="Film title (English or original)")
    @app_commands.autocomplete(title=complete_film)
    async def film(self, interaction: discord.Interaction[FilmBot], title: str) -> None:
        profile = await self.bot.facts.film_profile(title, guild_of(interaction))
        await interaction.response.send_message(embed=film_embed(profile), allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="person", description="Everything known about a person: awards, juries, quotes.")
    @app_commands.describe(name="A director, actor, jury president…")
    @app_commands.autocomplete(name=complete_person)
    async def person(self, interaction: discord.Interaction[FilmBot], name: str) -> None:
        profile = await self.bot.facts.person_profile(name, guild_of(interaction))
        await interaction.response.send_message(embed=person_embed(profile), allowed_mentions=NO_MENTIONS)

    @festival_group.command(name="edition", description="One edition: jury president and the winners.")
    @app_commands.describe(festival="Cannes, Venice, Berlin, Oscars…", year="Year (for ceremonies also the number)")
    @app_commands.autocomplete(festival=complete_festival)
    async def edition(self, interaction: discord.Interaction[FilmBot], festival: str, year: YEAR) -> None:
        profile = await self.bot.facts.edition_profile(festival, year, guild_of(interaction))
        await interaction.response.send_message(embed=edition_embed(profile), allowed_mentions=NO_MENTIONS)


async def setup(bot: FilmBot) -> None:
    await bot.add_cog(AwardsCog(bot))
