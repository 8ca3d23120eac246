"""NewsService: the news feature behind the commands and the background loop.

It ties the fetcher, the parser, the repository and the announcer together:

* ``run_cycle(due_only=...)`` — fetch the feeds (all, or only those due), store new articles,
  then announce; ``poll_once()`` (the sandbox's ``:poll``) polls every followed feed now and
  ``poll_due()`` (the background loop) only those whose time has come.
* ``add_feed``, ``remove``, ``subscriptions``, ``preview``, ``why``, ``latest`` — the command
  operations; they raise :class:`NewsError` with a sentence for the moderator.

Every feed is polled in its own try/except and every item is converted in its own: one broken
feed or item is logged and counted as that feed's failure, never the end of the cycle.
"""

from __future__ import annotations

import asyncio
import csv
import hashlib
import logging
import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.news import poller
from bot.news.announce import Announcer, AnnounceReport
from bot.news.fetch import Fetcher, FetchError, FetchResult
from bot.news.filters import KeywordError, parse_keywords
from bot.news.html_text import html_to_text
from bot.news.models import Feed, NewArticle, StoredArticle, Subscription, SubscriptionView
from bot.news.parse import (
    FeedParseError,
    ParsedFeed,
    ParsedItem,
    discover_feed_links,
    looks_like_html,
    parse_feed,
)
from bot.news.urls import canonical_url, is_http_url
from bot.render.news import WhyLine, failing_notice, recovered_notice, timestamp
from bot.store.news import DuplicateSubscription, NewsRepository
from bot.text import escape_markdown_safe

logger = logging.getLogger(__name__)

LATEST_MAX = 50
# Parsing a big body blocks the event loop (and the gateway heartbeat) for a while: do it in a thread.
_THREAD_PARSE_BYTES = 256 * 1024
_PAGE_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
CURATED_FEEDS_PATH = Path(__file__).resolve().parent.parent.parent / "data" / "feeds.csv"


class NewsError(Exception):
    """An expected problem with a news command; ``message`` is the reply."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class NewsConfig:
    interval_seconds: float = 600.0
    min_interval_seconds: float = 120.0
    per_channel_cap: int = 5


@dataclass(frozen=True)
class AddResult:
    feed: Feed
    subscription: Subscription
    newest: StoredArticle | None
    item_count: int
    shared: bool  # the feed was already followed (by any server) before


@dataclass
class CycleReport:
    polled: int = 0
    not_modified: int = 0
    failed: int = 0
    new_articles: int = 0
    announced: AnnounceReport = field(default_factory=AnnounceReport)


@dataclass(frozen=True)
class CuratedFeed:
    name: str
    url: str
    language: str
    topics: str


def load_curated_feeds(path: Path = CURATED_FEEDS_PATH) -> list[CuratedFeed]:
    """data/feeds.csv: well-known film-news feeds offered by /feed add's autocomplete."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return [CuratedFeed(row["name"], row["url"], row.get("language") or "", row.get("topics") or "")
                    for row in csv.DictReader(handle) if row.get("name") and row.get("url")]
    except OSError:
        logger.warning("no curated feed list at %s", path)
        return []


def _article_from_item(item: ParsedItem, feed_id: int, now: float) -> NewArticle:
    link = item.link
    guid_key = f"guid:{item.guid}" if item.guid else f"link:{link}"
    story_key = link if link else f"feed:{feed_id}:{item.guid}"
    published = item.published.timestamp() if item.published is not None else None
    if published is not None:
        published = min(published, now)  # a date in the future would sort it last for ever
    return NewArticle(guid_key, link, story_key, item.title, item.summary, item.image, item.author, published)


def articles_from_items(items: Sequence[ParsedItem], feed_id: int, now: float) -> list[NewArticle]:
    """Feed order is newest first by convention: store oldest first so ids follow time."""
    articles: list[NewArticle] = []
    for item in reversed(items):
        try:
            articles.append(_article_from_item(item, feed_id, now))
        except Exception:  # one odd item costs itself, not the feed
            logger.exception("skipping an unreadable item of feed %s", feed_id)
    return articles


class NewsService:
    def __init__(self, repo: NewsRepository, fetcher: Fetcher, announcer: Announcer, config: NewsConfig, *,
                 clock: Callable[[], float] = time.time, rng: random.Random | None = None) -> None:
        self.repo = repo
        self.fetcher = fetcher
        self.announcer = announcer
        self.config = config
        self._clock = clock
        self._rng = rng or random.Random()
        # The loop and a manual :poll must not run two cycles at once (double fetches, racing cursors).
        self._cycle_lock = asyncio.Lock()

    # -- polling -------------------------------------------------------------------------------

    async def poll_once(self) -> None:
        """Poll every followed feed now and deliver; returns when the announcements are out."""
        await self.run_cycle(due_only=False)

    async def poll_due(self) -> None:
        """What the background loop runs: only the feeds whose next poll time has come."""
        await self.run_cycle(due_only=True)

    async def run_cycle(self, *, due_only: bool) -> CycleReport:
        async with self._cycle_lock:
            report = CycleReport()
            feeds = await self.repo.feeds_to_poll(due_before=self._clock() if due_only else None)
            await asyncio.gather(*(self._poll_feed_safely(feed, report) for feed in feeds))
            report.announced = await self.announcer.announce()
            if feeds or report.announced.sent:
                logger.info("news cycle: %d feeds (%d unchanged, %d failed), %d new articles, %d sent, %d deferred",
                            report.polled, report.not_modified, report.failed, report.new_articles,
                            report.announced.sent, report.announced.deferred)
            return report

    async def _poll_feed_safely(self, feed: Feed, report: CycleReport) -> None:
        report.polled += 1
        try:
            await self._poll_feed(feed, report)
        except (FetchError, FeedParseError) as exc:
            report.failed += 1
            await self._record_failure(feed, str(exc))
        except Exception as exc:
            report.failed += 1
            logger.exception("polling feed %s (%s) failed unexpectedly", feed.id, feed.url)
            try:
                await self._record_failure(feed, f"internal error ({type(exc).__name__})")
            except Exception:
                logger.exception("could not record the failure of feed %s", feed.id)

    async def _poll_feed(self, feed: Feed, report: CycleReport) -> None:
        result = await self.fetcher.fetch(feed.url, etag=feed.etag, last_modified=feed.last_modified)
        now = self._clock()
        title: str | None = None
        site_link: str | None = None
        digest = hashlib.sha256(result.body).hexdigest() if not result.not_modified else None
        if result.not_modified or digest == feed.body_sha256:
            report.not_modified += 1  # a 304, or the very bytes parsed last time: no parsing
        else:
            parsed = await self._parse(result)
            title, site_link = parsed.title, parsed.link
            stored = await self.repo.store_articles(feed.id, articles_from_items(parsed.items, feed.id, now), now)
            report.new_articles += len(stored)
        next_poll = now + poller.delay_after_success(feed.interval_seconds, self._rng)
        recovered = await self.repo.record_success(feed.id, etag=result.etag, last_modified=result.last_modified,
                                                   title=title, site_link=site_link, now=now, next_poll_at=next_poll,
                                                   body_sha256=digest)
        if recovered:
            refreshed = await self.repo.feed(feed.id)
            if refreshed is not None:
                await self._notify_feed(refreshed, recovered_notice(refreshed))

    async def _parse(self, result: FetchResult) -> ParsedFeed:
        if len(result.body) > _THREAD_PARSE_BYTES:
            return await asyncio.to_thread(parse_feed, result.body, result.url, result.content_type)
        return parse_feed(result.body, result.url, result.content_type)

    async def _record_failure(self, feed: Feed, reason: str) -> None:
        now = self._clock()
        failures = feed.consecutive_failures + 1
        next_poll = now + poller.delay_after_failure(feed.interval_seconds, failures, self._rng)
        outcome = await self.repo.record_failure(feed.id, error=reason, now=now, next_poll_at=next_poll,
                                                 failing_after=poller.FAILING_AFTER)
        logger.info("feed %s failed (%d in a row): %s", feed.url, outcome.consecutive_failures, reason)
        if outcome.became_failing:
            refreshed = await self.repo.feed(feed.id)
            if refreshed is not None:
                await self._notify_feed(refreshed, failing_notice(refreshed))

    async def _notify_feed(self, feed: Feed, text: str) -> None:
        subs = await self.repo.subscriptions_of_feed(feed.id)
        channel_ids = sorted({sub.channel_id for sub in subs})
        await self.announcer.notify(channel_ids, text)

    # -- commands ------------------------------------------------------------------------------

    async def add_feed(self, *, guild_id: int, channel_id: int, url: str, include: str | None = None,
                       exclude: str | None = None, mention_role_id: int | None = None,
                       created_by: int | None = None) -> AddResult:
        try:
            include_words, exclude_words = parse_keywords(include), parse_keywords(exclude)
        except KeywordError as exc:
            raise NewsError(str(exc)) from None
        feed_url = self._normalise_url(url)
        await self._refuse_duplicate(feed_url, channel_id)
        feed_url, result, parsed = await self._fetch_feed_document(feed_url)
        await self._refuse_duplicate(feed_url, channel_id)
        now = self._clock()
        shared = await self.repo.feed_by_url(feed_url) is not None
        interval = max(self.config.interval_seconds, self.config.min_interval_seconds)
        feed = await self.repo.upsert_feed(
            feed_url, title=parsed.title, site_link=parsed.link, interval_seconds=interval, etag=result.etag,
            last_modified=result.last_modified, now=now,
            next_poll_at=now + poller.delay_after_success(interval, self._rng))
        await self.repo.store_articles(feed.id, articles_from_items(parsed.items, feed.id, now), now)
        try:
            sub = await self.repo.subscribe(feed_id=feed.id, guild_id=guild_id, channel_id=channel_id,
                                            include=include_words, exclude=exclude_words,
                                            mention_role_id=mention_role_id, created_by=created_by, now=now)
        except DuplicateSubscription:
            raise NewsError(f"<#{channel_id}> already gets this feed.") from None
        newest = await self.repo.newest_article(feed.id)
        return AddResult(feed, sub, newest, len(parsed.items), shared)

    @staticmethod
    def _normalise_url(url: str) -> str:
        url = url.strip().strip("<>")
        if "://" not in url:
            url = "https://" + url
        if not is_http_url(url):
            raise NewsError("That is not a web address I can fetch (it must start with http:// or https://).")
        return canonical_url(url)

    async def _refuse_duplicate(self, feed_url: str, channel_id: int) -> None:
        existing = await self.repo.feed_by_url(feed_url)
        if existing is not None and await self.repo.subscription_for(existing.id, channel_id) is not None:
            raise NewsError(f"<#{channel_id}> already gets this feed ({escape_markdown_safe(existing.display_name)}).")

    async def _fetch(self, url: str, what: str) -> FetchResult:
        try:
            return await self.fetcher.fetch(url)
        except FetchError as exc:
            raise NewsError(f"I could not fetch {what}: {exc.reason}.") from None

    async def _fetch_feed_document(self, url: str) -> tuple[str, FetchResult, ParsedFeed]:
        """Fetch ``url``; for a web page, follow the feed it advertises. Returns (feed URL, fetch, parse)."""
        result = await self._fetch(url, "that address")
        if looks_like_html(result.body, result.content_type):
            links = discover_feed_links(result.body, result.url)
            if not links:
                title = _page_title(result.body)
                found = f"a web page{f' (“{escape_markdown_safe(title)}”)' if title else ''}"
                raise NewsError(
                    f"That address is {found}, not a feed, and the page does not advertise one (no "
                    "`<link rel=\"alternate\" type=\"application/rss+xml\">`). Paste the feed's own address; "
                    "it often ends in /feed, /rss or .xml.")
            url = canonical_url(links[0])
            result = await self._fetch(url, f"the feed the page advertises ({url})")
            if looks_like_html(result.body, result.content_type):
                raise NewsError(f"The page advertises a feed at {url}, but that address is a web page as well.")
        try:
            parsed = await self._parse(result)
        except FeedParseError as exc:
            raise NewsError(f"That address did not give me a feed: {exc}.") from None
        return url, result, parsed

    async def subscriptions(self, guild_id: int) -> list[SubscriptionView]:
        return await self.repo.guild_subscriptions(guild_id)

    async def remove(self, guild_id: int, subscription_id: int) -> SubscriptionView:
        removed = await self.repo.remove_subscription(guild_id, subscription_id)
        if removed is None:
            raise NewsError("This server has no such feed subscription; pick one from the list.")
        return removed

    async def preview(self, guild_id: int, feed: str) -> tuple[str, StoredArticle]:
        """Fetch a feed now (a subscription id of this server or a URL) and return its newest item,
        rendered as it would be announced but stored nowhere."""
        url: str | None = None
        if feed.strip().isdigit():
            views = [v for v in await self.repo.guild_subscriptions(guild_id) if v.subscription.id == int(feed)]
            url = views[0].feed.url if views else None
        if url is None:
            url = self._normalise_url(feed)
        feed_url, _result, parsed = await self._fetch_feed_document(url)
        if not parsed.items:
            raise NewsError(f"The feed **{escape_markdown_safe(parsed.title or feed_url)}** is readable but has no items.")
        now = self._clock()
        newest = max(parsed.items, key=lambda i: i.published.timestamp() if i.published else float("-inf"))
        if all(item.published is None for item in parsed.items):
            newest = parsed.items[0]
        art = _article_from_item(newest, 0, now)
        return feed_url, StoredArticle(0, 0, parsed.title, parsed.link, art.guid_key, art.link, art.story_key,
                                       art.title, art.summary, art.image, art.author, art.published_at, now)

    async def latest(self, guild_id: int, count: int, text: str | None) -> list[StoredArticle]:
        count = max(1, min(count, LATEST_MAX))
        return await self.repo.latest_for_guild(guild_id, limit=count, text=(text or "").strip() or None)

    async def why(self, guild_id: int, link: str) -> tuple[str, list[WhyLine]]:
        """For an article link: per channel of this server, delivered when, or why not."""
        canonical = canonical_url(link.strip().strip("<>"))
        if not is_http_url(canonical):
            raise NewsError("Give me the article's full link (starting with http:// or https://).")
        views = await self.repo.guild_subscriptions(guild_id)
        by_feed = {article.feed_id: article for article in await self.repo.articles_with_link(canonical)}
        lines = [await self._why_one(view, by_feed[view.feed.id]) for view in views if view.feed.id in by_feed]
        if lines:
            return canonical, lines
        lines.append(WhyLine(None, "unseen", "I have not seen this link in any feed this server follows (yet)."))
        for view in views:
            feed = view.feed
            if feed.failing:
                lines.append(WhyLine(view.subscription.channel_id, "failing",
                                     f"the feed **{escape_markdown_safe(feed.display_name)}** is failing "
                                     f"({escape_markdown_safe(feed.last_error or 'unknown error')}); it may be in there."))
        if not views:
            lines.append(WhyLine(None, "unseen", "This server follows no feeds; add one with `/feed add`."))
        return canonical, lines

    async def _why_one(self, view: SubscriptionView, article: StoredArticle) -> WhyLine:
        sub, feed = view.subscription, view.feed
        channel = sub.channel_id
        own = await self.repo.decision_for(channel, article.id)
        if own is not None:
            if own.status == "sent" and own.message_id is not None and own.sent_at is not None:
                link = f"https://discord.com/channels/{sub.guild_id}/{channel}/{own.message_id}"
                return WhyLine(channel, "delivered", f"delivered {timestamp(own.sent_at, 'f')} — {link}")
            if own.status == "skipped":
                return WhyLine(channel, "filtered", f"not posted, {escape_markdown_safe(own.reason or 'filtered')}")
            if own.status == "pending":
                return WhyLine(channel, "waiting", "being delivered (a send is in flight or will be retried)")
            return WhyLine(channel, "failed", f"could not be delivered: {escape_markdown_safe(own.reason or 'unknown error')}")
        story = await self.repo.delivery_of_story(channel, article.story_key)
        if story is not None:
            first = await self.repo.article(story.article_id)
            about = (f"“{escape_markdown_safe(first.title or 'untitled')}” from {escape_markdown_safe(first.feed_title)}"
                     if first else "another article")
            when = f", delivered {timestamp(story.sent_at, 'f')}" if story.sent_at else ""
            return WhyLine(channel, "duplicate", f"not posted again: the same story as {about}{when}")
        if article.id <= sub.baseline_article_id:
            return WhyLine(channel, "before",
                           f"it was already in **{escape_markdown_safe(feed.display_name)}** when this channel subscribed "
                           f"({timestamp(sub.created_at, 'f')}); what a feed holds at that moment is not posted")
        if sub.paused_reason:
            return WhyLine(channel, "paused", f"channel unreachable, subscription paused: "
                                              f"{escape_markdown_safe(sub.paused_reason)}")
        if feed.failing:
            return WhyLine(channel, "failing", f"the feed is failing ({escape_markdown_safe(feed.last_error or '')})")
        return WhyLine(channel, "waiting", f"queued: at most {self.config.per_channel_cap} posts per channel per "
                                           f"cycle; next cycle {timestamp(max(feed.next_poll_at, self._clock()))}")


def _page_title(body: bytes) -> str | None:
    match = _PAGE_TITLE.search(body[:65536])
    if not match:
        return None
    title = html_to_text(match.group(1).decode("utf-8", errors="replace"))
    return title[:100] or None
