"""/feed (moderators: add, remove, list, test, why) and /news latest (everyone).

Thin: reads options, calls bot.news.service.NewsService, renders with bot.render.news. Also owns
the background loop (started in cog_load, cancelled in cog_unload) that polls due feeds.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.app import FilmBot
from bot.checks import is_moderator
from bot.errors import NotModerator, UserError
from bot.news import poller
from bot.news.announce import Announcer, DiscordSender
from bot.news.fetch import Fetcher, FetchPolicy
from bot.news.service import CuratedFeed, NewsConfig, NewsError, NewsService, load_curated_feeds
from bot.render.news import added_text, announcement, latest_pages, subscription_pages, why_embed
from bot.render.paginator import Paginator
from bot.tree import NO_MENTIONS

logger = logging.getLogger(__name__)

MAX_CHOICES = 25


@contextmanager
def user_errors() -> Iterator[None]:
    """A NewsError from the service becomes the tree's short ephemeral reply."""
    try:
        yield
    except NewsError as exc:
        raise UserError(exc.message) from None


async def require_moderator(interaction: discord.Interaction[FilmBot]) -> None:
    # default_permissions on the group only hides it; server owners can override that, so check here.
    if not await is_moderator(interaction):
        raise NotModerator()


def _choice_text(text: str) -> str:
    return text if len(text) <= 100 else text[:99] + "…"


class NewsCog(commands.Cog):
    feed = app_commands.Group(
        name="feed", description="Follow film-news feeds in this server's channels (moderators).",
        default_permissions=discord.Permissions(manage_guild=True), guild_only=True)
    news = app_commands.Group(name="news", description="Film news from the feeds this server follows.",
                              guild_only=True)

    def __init__(self, bot: FilmBot) -> None:
        self.bot = bot
        self.curated: list[CuratedFeed] = load_curated_feeds()
        settings = bot.settings
        policy = FetchPolicy(
            timeout=settings.feed_fetch_timeout_seconds, max_bytes=settings.feed_max_bytes,
            allowed_private_hosts=settings.feed_allowed_private_hosts,
            max_concurrent=settings.feed_max_concurrent_fetches)
        announcer = Announcer(bot.store.news, DiscordSender(bot),
                              per_channel_cap=settings.announce_per_channel_per_cycle)
        config = NewsConfig(interval_seconds=poller.clamp_interval(settings.feed_interval_minutes,
                                                                   settings.feed_min_interval_minutes),
                            min_interval_seconds=settings.feed_min_interval_minutes * 60.0,
                            per_channel_cap=settings.announce_per_channel_per_cycle)
        self.service = NewsService(bot.store.news, Fetcher(bot.http_session, policy), announcer, config)

    async def cog_load(self) -> None:
        self.bot.news = self.service
        self.poll_loop.change_interval(seconds=poller.loop_tick_seconds(self.bot.settings.feed_min_interval_minutes))
        self.poll_loop.start()

    async def cog_unload(self) -> None:
        self.poll_loop.cancel()
        if self.bot.news is self.service:
            self.bot.news = None

    @tasks.loop(seconds=30)
    async def poll_loop(self) -> None:
        # tasks.loop only survives network errors; anything else would end the loop for good.
        try:
            await self.service.poll_due()
        except Exception:
            logger.exception("the news cycle failed; the loop goes on")

    @poll_loop.before_loop
    async def _before_poll_loop(self) -> None:
        await self.bot.wait_until_ready()

    # -- /feed ---------------------------------------------------------------------------------

    @feed.command(name="add", description="Follow a feed (or a page that advertises one) in a channel.")
    @app_commands.describe(
        url="Feed or web page address (type to pick a well-known film-news feed)",
        channel="Where to post (default: here)",
        include="Only post articles with one of these comma-separated keywords",
        exclude="Never post articles with one of these comma-separated keywords",
        mention_role="A role to mention with each announcement")
    async def feed_add(self, interaction: discord.Interaction[FilmBot], url: str,
                       channel: discord.TextChannel | None = None, include: str | None = None,
                       exclude: str | None = None, mention_role: discord.Role | None = None) -> None:
        await require_moderator(interaction)
        assert interaction.guild is not None
        channel_id = channel.id if channel is not None else interaction.channel_id
        if channel_id is None:
            raise UserError("Pick a channel to post in.")
        await interaction.response.defer(ephemeral=True, thinking=True)
        with user_errors():
            result = await self.service.add_feed(
                guild_id=interaction.guild.id, channel_id=channel_id, url=url, include=include, exclude=exclude,
                mention_role_id=mention_role.id if mention_role else None, created_by=interaction.user.id)
        text = added_text(result.feed, channel_id, result.item_count, shared=result.shared)
        if result.newest is None:
            await interaction.followup.send(text.rsplit(" Newest item:", 1)[0] + " The feed is empty for now.",
                                            ephemeral=True, allowed_mentions=NO_MENTIONS)
            return
        await interaction.followup.send(text, embed=announcement(result.newest).embed, ephemeral=True,
                                        allowed_mentions=NO_MENTIONS)

    @feed_add.autocomplete("url")
    async def _feed_add_url(self, interaction: discord.Interaction[FilmBot], current: str
                            ) -> list[app_commands.Choice[str]]:
        needle = current.casefold().strip()
        found = [f for f in self.curated if not needle or needle in f.name.casefold() or needle in f.url.casefold()
                 or needle in f.topics.casefold()]
        return [app_commands.Choice(name=_choice_text(f"{f.name} ({f.language}; {f.topics.replace('|', ', ')})"), value=f.url)
                for f in found[:MAX_CHOICES] if len(f.url) <= 100]

    @feed.command(name="remove", description="Stop following a feed in a channel.")
    @app_commands.describe(feed="The subscription to remove")
    async def feed_remove(self, interaction: discord.Interaction[FilmBot], feed: str) -> None:
        await require_moderator(interaction)
        assert interaction.guild is not None
        if not feed.strip().isdigit():
            raise UserError("Pick the subscription from the list that appears while you type.")
        with user_errors():
            removed = await self.service.remove(interaction.guild.id, int(feed))
        await interaction.response.send_message(
            f"<#{removed.subscription.channel_id}> no longer follows **{removed.feed.display_name[:200]}**.",
            ephemeral=True, allowed_mentions=NO_MENTIONS)

    async def _subscription_choices(self, interaction: discord.Interaction[FilmBot], current: str
                                    ) -> list[app_commands.Choice[str]]:
        if interaction.guild is None:
            return []
        needle = current.casefold().strip()
        choices: list[app_commands.Choice[str]] = []
        for view in await self.service.subscriptions(interaction.guild.id):
            channel = interaction.guild.get_channel(view.subscription.channel_id)
            where = f"#{channel.name}" if channel else f"channel {view.subscription.channel_id}"
            label = f"{view.feed.display_name} → {where}"
            if needle and needle not in label.casefold() and needle not in view.feed.url.casefold():
                continue
            choices.append(app_commands.Choice(name=_choice_text(label), value=str(view.subscription.id)))
        return choices[:MAX_CHOICES]

    @feed_remove.autocomplete("feed")
    async def _feed_remove_choices(self, interaction: discord.Interaction[FilmBot], current: str
                                   ) -> list[app_commands.Choice[str]]:
        return await self._subscription_choices(interaction, current)

    @feed.command(name="list", description="The feeds this server follows, with their health and filters.")
    async def feed_list(self, interaction: discord.Interaction[FilmBot]) -> None:
        await require_moderator(interaction)
        assert interaction.guild is not None
        views = await self.service.subscriptions(interaction.guild.id)
        pages = subscription_pages(views, time.time())
        await Paginator(pages, owner_id=interaction.user.id).start(interaction, ephemeral=True)

    @feed.command(name="test", description="Fetch a feed now and show its newest item as it would be posted.")
    @app_commands.describe(feed="A subscription of this server, or any feed address")
    async def feed_test(self, interaction: discord.Interaction[FilmBot], feed: str) -> None:
        await require_moderator(interaction)
        assert interaction.guild is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        with user_errors():
            feed_url, article = await self.service.preview(interaction.guild.id, feed)
        await interaction.followup.send(f"Newest item of <{feed_url[:1800]}>:", embed=announcement(article).embed,
                                        ephemeral=True, allowed_mentions=NO_MENTIONS)

    @feed_test.autocomplete("feed")
    async def _feed_test_choices(self, interaction: discord.Interaction[FilmBot], current: str
                                 ) -> list[app_commands.Choice[str]]:
        return await self._subscription_choices(interaction, current)

    @feed.command(name="why", description="Was this article posted here? When, or why not?")
    @app_commands.describe(link="The article's link")
    async def feed_why(self, interaction: discord.Interaction[FilmBot], link: str) -> None:
        await require_moderator(interaction)
        assert interaction.guild is not None
        with user_errors():
            canonical, lines = await self.service.why(interaction.guild.id, link)
        await interaction.response.send_message(embed=why_embed(canonical, lines), ephemeral=True,
                                                allowed_mentions=NO_MENTIONS)

    # -- /news ---------------------------------------------------------------------------------

    @news.command(name="latest", description="The newest articles from this server's feeds.")
    @app_commands.describe(count="How many (1-50, default 10)", text="Only articles whose title or summary has this")
    async def news_latest(self, interaction: discord.Interaction[FilmBot],
                          count: app_commands.Range[int, 1, 50] = 10, text: str | None = None) -> None:
        assert interaction.guild is not None
        articles = await self.service.latest(interaction.guild.id, count, text)
        pages = latest_pages(articles, text=text)
        await Paginator(pages, owner_id=interaction.user.id).start(interaction)


async def setup(bot: FilmBot) -> None:
    await bot.add_cog(NewsCog(bot))
