"""News embeds: the announcement, the /feed list, /feed why and /news latest pages.

Article text is data written by strangers: markdown is escaped and mentions are neutralised
before it goes into a message, every string is cut to Discord's limits, and only an announcement
with a configured role mention may ping (that one role, nothing else).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import discord

from bot.news.html_text import shorten
from bot.news.models import Feed, StoredArticle, SubscriptionView
from bot.render.colors import ERROR, NEWS
from bot.render.limits import truncate
from bot.text import escape_markdown_safe

SUMMARY_LIMIT = 350
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
AUTHOR_LIMIT = 256
FOOTER_LIMIT = 2048
URL_LIMIT = 2048
FIELDS_PER_LIST_PAGE = 8
ARTICLES_PER_PAGE = 5
NO_MENTIONS = discord.AllowedMentions.none()


@dataclass(frozen=True)
class Announcement:
    content: str | None
    embed: discord.Embed
    allowed_mentions: discord.AllowedMentions


def only_role(role_id: int) -> discord.AllowedMentions:
    """Allowed mentions that let exactly this role be pinged, and nobody else."""
    return discord.AllowedMentions(everyone=False, users=False, roles=[discord.Object(role_id)], replied_user=False)


def _url(url: str | None) -> str | None:
    if url and len(url) <= URL_LIMIT and url.startswith(("http://", "https://")):
        return url
    return None


def timestamp(seconds: float, style: str = "R") -> str:
    return f"<t:{int(seconds)}:{style}>"


def announcement(article: StoredArticle, *, mention_role_id: int | None = None) -> Announcement:
    """The message that announces ``article`` in a channel."""
    title = article.title or article.link or "Untitled article"
    embed = discord.Embed(title=truncate(escape_markdown_safe(title), TITLE_LIMIT), url=_url(article.link), color=NEWS)
    lines: list[str] = []
    if article.summary:
        lines.append(escape_markdown_safe(shorten(article.summary, SUMMARY_LIMIT)))
    if article.published_at is not None:
        lines.append(f"Published {timestamp(article.published_at)}")
        embed.timestamp = dt.datetime.fromtimestamp(article.published_at, tz=dt.UTC)
    if lines:
        embed.description = truncate("\n\n".join(lines), DESCRIPTION_LIMIT)
    source = article.feed_title or "News"
    embed.set_author(name=truncate(source, AUTHOR_LIMIT), url=_url(article.feed_link))
    image = _url(article.image)
    if image:
        embed.set_image(url=image)
    if article.author:
        embed.set_footer(text=truncate(f"by {article.author}", FOOTER_LIMIT))
    if mention_role_id is not None:
        return Announcement(f"<@&{mention_role_id}>", embed, only_role(mention_role_id))
    return Announcement(None, embed, NO_MENTIONS)


def announcement_payload(message: Announcement) -> dict[str, object]:
    """What discord.py sends for this announcement (for specification checks)."""
    payload: dict[str, object] = {"embeds": [message.embed.to_dict()],
                                  "allowed_mentions": message.allowed_mentions.to_dict()}
    if message.content is not None:
        payload["content"] = message.content
    return payload


def failing_notice(feed: Feed) -> str:
    reason = f" (last error: {feed.last_error})" if feed.last_error else ""
    return truncate(
        f"⚠️ The feed **{escape_markdown_safe(feed.display_name)}** has failed {feed.consecutive_failures} times in a row"
        f"{escape_markdown_safe(reason)}. I keep retrying less often (at most every 6 hours) and will say so here when it "
        "works again. A moderator can check it with `/feed list` or remove it with `/feed remove`.", 2000)


def recovered_notice(feed: Feed) -> str:
    return truncate(f"✅ The feed **{escape_markdown_safe(feed.display_name)}** works again; new articles will be posted here.",
                2000)


def added_text(feed: Feed, channel_id: int, item_count: int, *, shared: bool) -> str:
    seen = f"{item_count} article{'s' if item_count != 1 else ''} already in it {'count' if item_count != 1 else 'counts'} as seen"
    source = " (already followed elsewhere, so it shares that schedule)" if shared else ""
    return truncate(f"<#{channel_id}> now follows **{escape_markdown_safe(feed.display_name)}**{source}. {seen}; only new "
                "ones will be announced. Newest item:", 2000)


def _subscription_field(view: SubscriptionView, now: float) -> tuple[str, str]:
    sub, feed = view.subscription, view.feed
    lines = [f"Channel: <#{sub.channel_id}>"]
    if sub.include_words:
        lines.append(f"Include: {escape_markdown_safe(', '.join(sub.include_words))}")
    if sub.exclude_words:
        lines.append(f"Exclude: {escape_markdown_safe(', '.join(sub.exclude_words))}")
    if sub.mention_role_id is not None:
        lines.append(f"Mentions: <@&{sub.mention_role_id}>")
    success = timestamp(feed.last_success_at) if feed.last_success_at else "never"
    lines.append(f"Last success: {success}")
    failures = f"Failures in a row: {feed.consecutive_failures}"
    if feed.failing:
        failures += " — **failing**"
    if feed.last_error and feed.consecutive_failures:
        failures += f" ({escape_markdown_safe(feed.last_error)})"
    lines.append(failures)
    if sub.paused_reason:
        lines.append(f"**Paused:** {escape_markdown_safe(sub.paused_reason)}")
    else:
        lines.append(f"Next poll: {timestamp(max(feed.next_poll_at, now))}")
    name = truncate(f"{feed.display_name} (#{sub.id})", FIELD_NAME_LIMIT)
    return name, truncate("\n".join(lines), FIELD_VALUE_LIMIT)


def subscription_pages(views: Sequence[SubscriptionView], now: float) -> list[list[discord.Embed]]:
    """/feed list: one embed per page, a field per subscription."""
    if not views:
        embed = discord.Embed(title="Feeds", color=NEWS,
                              description="This server follows no feeds yet. Add one with `/feed add`.")
        return [[embed]]
    pages: list[list[discord.Embed]] = []
    for start in range(0, len(views), FIELDS_PER_LIST_PAGE):
        embed = discord.Embed(title=f"Feeds ({len(views)})", color=NEWS)
        for view in views[start : start + FIELDS_PER_LIST_PAGE]:
            name, value = _subscription_field(view, now)
            embed.add_field(name=name, value=value, inline=False)
        pages.append([embed])
    return pages


def latest_pages(articles: Sequence[StoredArticle], *, text: str | None) -> list[list[discord.Embed]]:
    """/news latest: ARTICLES_PER_PAGE articles per embed."""
    heading = f"Latest news matching “{truncate(text, 80)}”" if text else "Latest news"
    if not articles:
        what = "matches that search" if text else "has arrived yet from this server's feeds"
        return [[discord.Embed(title=truncate(escape_markdown_safe(heading), TITLE_LIMIT), color=NEWS,
                               description=f"No article {what}.")]]
    pages: list[list[discord.Embed]] = []
    for start in range(0, len(articles), ARTICLES_PER_PAGE):
        blocks: list[str] = []
        for article in articles[start : start + ARTICLES_PER_PAGE]:
            title = truncate(escape_markdown_safe(article.title or article.link or "Untitled"), 200)
            # Square brackets would end the link text early: drop them from the visible title.
            title = title.replace("[", "(").replace("]", ")")
            head = f"**[{title}]({article.link})**" if _url(article.link) else f"**{title}**"
            meta = f"{escape_markdown_safe(truncate(article.feed_title, 100))} · {timestamp(article.sort_time)}"
            summary = escape_markdown_safe(shorten(article.summary, 160)) if article.summary else ""
            blocks.append("\n".join(part for part in (head, meta, summary) if part))
        embed = discord.Embed(title=truncate(escape_markdown_safe(heading), TITLE_LIMIT), color=NEWS,
                              description=truncate("\n\n".join(blocks), DESCRIPTION_LIMIT))
        pages.append([embed])
    return pages


@dataclass(frozen=True)
class WhyLine:
    channel_id: int | None  # None: about the link in general
    verdict: str  # delivered | filtered | before | duplicate | paused | failing | waiting | unseen | failed
    detail: str  # already safe for display


def why_embed(link: str, lines: Sequence[WhyLine]) -> discord.Embed:
    marks = {"delivered": "✅", "duplicate": "🔁", "filtered": "🚫", "before": "⏮️", "paused": "⏸️",
             "failing": "⚠️", "waiting": "⏳", "unseen": "❔", "failed": "❌"}
    body = "\n".join(
        f"{marks.get(line.verdict, '•')} {f'<#{line.channel_id}>: ' if line.channel_id else ''}{line.detail}"
        for line in lines
    )
    color = NEWS if any(line.verdict == "delivered" for line in lines) else ERROR
    embed = discord.Embed(title="Why (not)?", color=color, description=truncate(body or "Nothing to say.", 4000))
    embed.add_field(name="Link", value=truncate(escape_markdown_safe(link), FIELD_VALUE_LIMIT), inline=False)
    return embed
