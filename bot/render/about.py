"""The /about embed."""

from __future__ import annotations

import discord

from bot.render.colors import BRAND


def format_duration(seconds: float) -> str:
    seconds = int(seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{days}d {hours}h {minutes}m"
    if hours:
        return f"{hours}h {minutes}m"
    return f"{minutes}m {secs}s"


def about_embed(version: str, uptime_seconds: float, counts: dict[str, int], guild_count: int) -> discord.Embed:
    embed = discord.Embed(
        title="FilmBot",
        description="Festival and award winners, quotes from film people, and film news for this server.",
        color=BRAND,
    )
    embed.add_field(name="Version", value=version)
    embed.add_field(name="Uptime", value=format_duration(uptime_seconds))
    embed.add_field(name="Servers", value=str(guild_count))
    known = ", ".join(f"{n:,} {name}" for name, n in counts.items())
    embed.add_field(name="Knows", value=known or "nothing yet", inline=False)
    return embed
