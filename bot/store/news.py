"""Feeds, subscriptions, articles and deliveries: the only place with news SQL.

All writes go through ``Database.transaction()`` (one writer at a time): the connection is shared
by concurrent coroutines (fan-out to many channels runs at once).
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

import aiosqlite

from bot.news.models import (
    Delivery,
    FailureOutcome,
    Feed,
    NewArticle,
    StoredArticle,
    Subscription,
    SubscriptionView,
)
from bot.store.database import Repository

_FEED_COLUMNS = (
    "f.id, f.url, f.title, f.site_link, f.etag, f.last_modified, f.interval_seconds, f.next_poll_at, "
    "f.last_attempt_at, f.last_success_at, f.consecutive_failures, f.last_error, f.failing, f.body_sha256"
)
_SUB_COLUMNS = (
    "s.id, s.feed_id, s.guild_id, s.channel_id, s.include_words, s.exclude_words, s.mention_role_id, "
    "s.created_by, s.created_at, s.paused_reason, s.paused_at, s.baseline_article_id, s.cursor_article_id"
)
_ARTICLE_COLUMNS = (
    "a.id, a.feed_id, f.title, f.site_link, a.guid_key, a.link, a.story_key, a.title, a.summary, a.image, "
    "a.author, a.published_at, a.first_seen_at"
)
_DELIVERY_COLUMNS = (
    "d.id, d.article_id, d.subscription_id, d.channel_id, d.story_key, d.status, d.reason, d.message_id, "
    "d.created_at, d.sent_at"
)
_SKIP_PREFIX = "skip:"


class DuplicateSubscription(Exception):
    """The channel already receives this feed."""


def _words(raw: str) -> tuple[str, ...]:
    return tuple(word for word in raw.split("\n") if word)


def _feed(row: Sequence[Any], offset: int = 0) -> Feed:
    r = row[offset : offset + 14]
    return Feed(int(r[0]), r[1], r[2], r[3], r[4], r[5], float(r[6]), float(r[7]), r[8], r[9], int(r[10]), r[11],
                bool(r[12]), r[13])


def _subscription(row: Sequence[Any], offset: int = 0) -> Subscription:
    r = row[offset : offset + 13]
    return Subscription(int(r[0]), int(r[1]), int(r[2]), int(r[3]), _words(r[4]), _words(r[5]), r[6], r[7],
                        float(r[8]), r[9], r[10], int(r[11]), int(r[12]))


def _article(row: Sequence[Any]) -> StoredArticle:
    return StoredArticle(int(row[0]), int(row[1]), row[2] or "", row[3], row[4], row[5], row[6], row[7], row[8],
                         row[9], row[10], row[11], float(row[12]))


def _delivery(row: Sequence[Any]) -> Delivery:
    return Delivery(int(row[0]), int(row[1]), row[2], int(row[3]), row[4], row[5], row[6], row[7], float(row[8]),
                    row[9])


def escape_like(text: str) -> str:
    """``text`` as a literal inside a LIKE pattern with ESCAPE '\\'."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class NewsRepository(Repository):

    @asynccontextmanager
    async def _write(self) -> AsyncIterator[aiosqlite.Connection]:
        async with self._db.transaction() as conn:
            yield conn


    # -- feeds ---------------------------------------------------------------------------------

    async def feed_by_url(self, url: str) -> Feed | None:
        row = await self._one(f"SELECT {_FEED_COLUMNS} FROM feeds f WHERE f.url = ?", (url,))
        return _feed(row) if row else None

    async def feed(self, feed_id: int) -> Feed | None:
        row = await self._one(f"SELECT {_FEED_COLUMNS} FROM feeds f WHERE f.id = ?", (feed_id,))
        return _feed(row) if row else None

    async def upsert_feed(self, url: str, *, title: str, site_link: str | None, interval_seconds: float,
                          etag: str | None, last_modified: str | None, now: float, next_poll_at: float) -> Feed:
        """Create the feed or refresh it after a successful fetch (which also clears failures)."""
        async with self._write() as conn:
            await conn.execute(
                "INSERT INTO feeds (url, title, site_link, interval_seconds, etag, last_modified, next_poll_at, "
                "last_attempt_at, last_success_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (url) DO UPDATE SET title = excluded.title, site_link = excluded.site_link, "
                "etag = excluded.etag, last_modified = excluded.last_modified, "
                "interval_seconds = min(feeds.interval_seconds, excluded.interval_seconds), "
                "next_poll_at = excluded.next_poll_at, last_attempt_at = excluded.last_attempt_at, "
                "last_success_at = excluded.last_success_at, consecutive_failures = 0, last_error = NULL, "
                "failing = 0",
                (url, title, site_link, interval_seconds, etag, last_modified, next_poll_at, now, now, now),
            )
        feed = await self.feed_by_url(url)
        assert feed is not None
        return feed

    async def feeds_to_poll(self, *, due_before: float | None) -> list[Feed]:
        """Feeds with at least one active subscription; only those due by ``due_before`` if given."""
        sql = (f"SELECT {_FEED_COLUMNS} FROM feeds f WHERE EXISTS (SELECT 1 FROM subscriptions s "
               "WHERE s.feed_id = f.id AND s.paused_reason IS NULL)")
        params: list[Any] = []
        if due_before is not None:
            sql += " AND f.next_poll_at <= ?"
            params.append(due_before)
        return [_feed(row) for row in await self._all(sql + " ORDER BY f.next_poll_at, f.id", params)]

    async def record_success(self, feed_id: int, *, etag: str | None, last_modified: str | None,
                             title: str | None, site_link: str | None, now: float, next_poll_at: float,
                             body_sha256: str | None = None) -> bool:
        """Store a good fetch; True when the feed had been marked failing (it has now recovered)."""
        async with self._write() as conn:
            cursor = await conn.execute("SELECT failing FROM feeds WHERE id = ?", (feed_id,))
            row = await cursor.fetchone()
            await conn.execute(
                "UPDATE feeds SET etag = ?, last_modified = ?, title = coalesce(nullif(?, ''), title), "
                "site_link = coalesce(?, site_link), last_attempt_at = ?, last_success_at = ?, next_poll_at = ?, "
                "body_sha256 = coalesce(?, body_sha256), consecutive_failures = 0, last_error = NULL, failing = 0 "
                "WHERE id = ?",
                (etag, last_modified, title, site_link, now, now, next_poll_at, body_sha256, feed_id),
            )
        return bool(row and row[0])

    async def record_failure(self, feed_id: int, *, error: str, now: float, next_poll_at: float,
                             failing_after: int) -> FailureOutcome:
        async with self._write() as conn:
            cursor = await conn.execute("SELECT consecutive_failures, failing FROM feeds WHERE id = ?", (feed_id,))
            row = await cursor.fetchone()
            failures = (int(row[0]) if row else 0) + 1
            was_failing = bool(row and row[1])
            failing = was_failing or failures >= failing_after
            await conn.execute(
                "UPDATE feeds SET consecutive_failures = ?, last_error = ?, last_attempt_at = ?, next_poll_at = ?, "
                "failing = ? WHERE id = ?",
                (failures, error, now, next_poll_at, int(failing), feed_id),
            )
        return FailureOutcome(failures, failing and not was_failing)

    # -- articles ------------------------------------------------------------------------------

    async def store_articles(self, feed_id: int, articles: Sequence[NewArticle], now: float) -> list[StoredArticle]:
        """Store the articles this feed has not had yet; return the new ones.

        Known already: the same GUID key, or the same canonical link (a feed that changes an item's
        GUID or date does not make it new).
        """
        new_ids: list[int] = []
        async with self._write() as conn:
            for article in articles:
                cursor = await conn.execute(
                    "SELECT 1 FROM articles WHERE feed_id = ? AND (guid_key = ? OR story_key = ?)",
                    (feed_id, article.guid_key, article.story_key),
                )
                if await cursor.fetchone():
                    continue
                cursor = await conn.execute(
                    "INSERT INTO articles (feed_id, guid_key, link, story_key, title, summary, image, author, "
                    "published_at, first_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (feed_id, article.guid_key, article.link, article.story_key, article.title, article.summary,
                     article.image, article.author, article.published_at, now),
                )
                assert cursor.lastrowid is not None
                new_ids.append(cursor.lastrowid)
        return await self.articles_by_ids(new_ids)

    async def articles_by_ids(self, ids: Sequence[int]) -> list[StoredArticle]:
        found: list[StoredArticle] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found += [_article(row) for row in await self._all(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id IN ({marks}) "
                "ORDER BY a.id", chunk)]
        return found

    async def article(self, article_id: int) -> StoredArticle | None:
        found = await self.articles_by_ids([article_id])
        return found[0] if found else None

    async def articles_with_link(self, link: str) -> list[StoredArticle]:
        rows = await self._all(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id "
            "WHERE a.link = ? OR a.story_key = ? ORDER BY a.id", (link, link))
        return [_article(row) for row in rows]

    async def newest_article(self, feed_id: int) -> StoredArticle | None:
        row = await self._one(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.feed_id = ? "
            "ORDER BY coalesce(a.published_at, a.first_seen_at) DESC, a.id DESC LIMIT 1", (feed_id,))
        return _article(row) if row else None

    async def latest_for_guild(self, guild_id: int, *, limit: int, text: str | None = None) -> list[StoredArticle]:
        """Newest articles of the feeds this server subscribes to, optionally containing ``text``."""
        sql = (f"SELECT {_ARTICLE_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id "
               "WHERE a.feed_id IN (SELECT feed_id FROM subscriptions WHERE guild_id = ?)")
        params: list[Any] = [guild_id]
        if text:
            pattern = f"%{escape_like(text)}%"
            sql += " AND (a.title LIKE ? ESCAPE '\\' OR a.summary LIKE ? ESCAPE '\\')"
            params += [pattern, pattern]
        sql += " ORDER BY coalesce(a.published_at, a.first_seen_at) DESC, a.id DESC LIMIT ?"
        params.append(limit)
        return [_article(row) for row in await self._all(sql, params)]

    async def max_article_id(self, feed_id: int) -> int:
        row = await self._one("SELECT coalesce(max(id), 0) FROM articles WHERE feed_id = ?", (feed_id,))
        return int(row[0]) if row else 0

    # -- subscriptions -------------------------------------------------------------------------

    async def subscribe(self, *, feed_id: int, guild_id: int, channel_id: int, include: tuple[str, ...],
                        exclude: tuple[str, ...], mention_role_id: int | None, created_by: int | None,
                        now: float) -> Subscription:
        """Subscribe a channel; everything the feed already holds counts as seen (baseline)."""
        try:
            async with self._write() as conn:
                cursor = await conn.execute("SELECT coalesce(max(id), 0) FROM articles WHERE feed_id = ?",
                                            (feed_id,))
                row = await cursor.fetchone()
                baseline = int(row[0]) if row else 0
                cursor = await conn.execute(
                    "INSERT INTO subscriptions (feed_id, guild_id, channel_id, include_words, exclude_words, "
                    "mention_role_id, created_by, created_at, baseline_article_id, cursor_article_id) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (feed_id, guild_id, channel_id, "\n".join(include), "\n".join(exclude), mention_role_id,
                     created_by, now, baseline, baseline),
                )
                sub_id = cursor.lastrowid
        except sqlite3.IntegrityError as exc:
            raise DuplicateSubscription(str(exc)) from exc
        assert sub_id is not None
        sub = await self.subscription(sub_id)
        assert sub is not None
        return sub

    async def subscription(self, subscription_id: int) -> Subscription | None:
        row = await self._one(f"SELECT {_SUB_COLUMNS} FROM subscriptions s WHERE s.id = ?", (subscription_id,))
        return _subscription(row) if row else None

    async def subscription_for(self, feed_id: int, channel_id: int) -> Subscription | None:
        row = await self._one(f"SELECT {_SUB_COLUMNS} FROM subscriptions s WHERE s.feed_id = ? AND s.channel_id = ?",
                              (feed_id, channel_id))
        return _subscription(row) if row else None

    async def guild_subscriptions(self, guild_id: int) -> list[SubscriptionView]:
        rows = await self._all(
            f"SELECT {_SUB_COLUMNS}, {_FEED_COLUMNS} FROM subscriptions s JOIN feeds f ON f.id = s.feed_id "
            "WHERE s.guild_id = ? ORDER BY f.title COLLATE NOCASE, s.channel_id, s.id", (guild_id,))
        return [SubscriptionView(_subscription(row), _feed(row, 13)) for row in rows]

    async def subscriptions_of_feed(self, feed_id: int, *, active_only: bool = True) -> list[Subscription]:
        sql = f"SELECT {_SUB_COLUMNS} FROM subscriptions s WHERE s.feed_id = ?"
        if active_only:
            sql += " AND s.paused_reason IS NULL"
        return [_subscription(row) for row in await self._all(sql + " ORDER BY s.id", (feed_id,))]

    async def active_subscriptions(self) -> list[Subscription]:
        rows = await self._all(f"SELECT {_SUB_COLUMNS} FROM subscriptions s WHERE s.paused_reason IS NULL "
                               "ORDER BY s.channel_id, s.id")
        return [_subscription(row) for row in rows]

    async def remove_subscription(self, guild_id: int, subscription_id: int) -> SubscriptionView | None:
        """Delete a subscription of this server (None when it is not one of this server's)."""
        views = [v for v in await self.guild_subscriptions(guild_id) if v.subscription.id == subscription_id]
        if not views:
            return None
        async with self._write() as conn:
            await conn.execute("DELETE FROM subscriptions WHERE id = ? AND guild_id = ?", (subscription_id, guild_id))
        return views[0]

    async def pause_channel(self, channel_id: int, reason: str, now: float) -> int:
        """Pause every subscription delivering to this channel; returns how many were active."""
        async with self._write() as conn:
            cursor = await conn.execute(
                "UPDATE subscriptions SET paused_reason = ?, paused_at = ? WHERE channel_id = ? "
                "AND paused_reason IS NULL", (reason, now, channel_id))
            return cursor.rowcount

    async def advance_cursor(self, subscription_id: int, article_id: int) -> None:
        async with self._write() as conn:
            await conn.execute(
                "UPDATE subscriptions SET cursor_article_id = max(cursor_article_id, ?) WHERE id = ?",
                (article_id, subscription_id))

    async def undecided_articles(self, sub: Subscription) -> list[StoredArticle]:
        """Articles new to this subscription with no decision yet in its channel, oldest first."""
        rows = await self._all(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id "
            "WHERE a.feed_id = ? AND a.id > ? AND a.id > ? "
            "AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.channel_id = ? AND d.story_key = a.story_key) "
            "AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.channel_id = ? AND d.article_id = a.id) "
            "ORDER BY coalesce(a.published_at, a.first_seen_at), a.id",
            (sub.feed_id, sub.baseline_article_id, sub.cursor_article_id, sub.channel_id, sub.channel_id))
        return [_article(row) for row in rows]

    # -- deliveries ----------------------------------------------------------------------------

    async def claim_delivery(self, article: StoredArticle, sub: Subscription, now: float) -> Delivery | None:
        """Write the 'pending' row before sending; None when this story already has one in the channel."""
        async with self._write() as conn:
            cursor = await conn.execute(
                "INSERT OR IGNORE INTO deliveries (article_id, subscription_id, channel_id, story_key, status, "
                "created_at) VALUES (?, ?, ?, ?, 'pending', ?)",
                (article.id, sub.id, sub.channel_id, article.story_key, now))
            if cursor.rowcount == 0:
                return None
            delivery_id = cursor.lastrowid
        assert delivery_id is not None
        return await self.delivery(delivery_id)

    async def skip_delivery(self, article: StoredArticle, sub: Subscription, reason: str, now: float) -> None:
        """Record that this subscription chose not to post the article (filters). The story key is
        made unique so the same story may still come through another feed of the channel."""
        async with self._write() as conn:
            await conn.execute(
                "INSERT OR IGNORE INTO deliveries (article_id, subscription_id, channel_id, story_key, status, "
                "reason, created_at) VALUES (?, ?, ?, ?, 'skipped', ?, ?)",
                (article.id, sub.id, sub.channel_id, f"{_SKIP_PREFIX}{article.id}", reason, now))

    async def complete_delivery(self, delivery_id: int, message_id: int, now: float) -> None:
        async with self._write() as conn:
            await conn.execute("UPDATE deliveries SET status = 'sent', message_id = ?, sent_at = ? WHERE id = ?",
                               (message_id, now, delivery_id))

    async def fail_delivery(self, delivery_id: int, reason: str) -> None:
        async with self._write() as conn:
            await conn.execute("UPDATE deliveries SET status = 'failed', reason = ? WHERE id = ?",
                               (reason, delivery_id))

    async def delivery(self, delivery_id: int) -> Delivery | None:
        row = await self._one(f"SELECT {_DELIVERY_COLUMNS} FROM deliveries d WHERE d.id = ?", (delivery_id,))
        return _delivery(row) if row else None

    async def pending_deliveries(self) -> list[Delivery]:
        rows = await self._all(f"SELECT {_DELIVERY_COLUMNS} FROM deliveries d WHERE d.status = 'pending' ORDER BY d.id")
        return [_delivery(row) for row in rows]

    async def delivery_of_story(self, channel_id: int, story_key: str) -> Delivery | None:
        row = await self._one(f"SELECT {_DELIVERY_COLUMNS} FROM deliveries d WHERE d.channel_id = ? "
                              "AND d.story_key = ?", (channel_id, story_key))
        return _delivery(row) if row else None

    async def decision_for(self, channel_id: int, article_id: int) -> Delivery | None:
        row = await self._one(f"SELECT {_DELIVERY_COLUMNS} FROM deliveries d WHERE d.channel_id = ? "
                              "AND d.article_id = ? ORDER BY d.id LIMIT 1", (channel_id, article_id))
        return _delivery(row) if row else None

    async def sent_count(self, channel_id: int) -> int:
        row = await self._one("SELECT count(*) FROM deliveries WHERE channel_id = ? AND status = 'sent'",
                              (channel_id,))
        return int(row[0]) if row else 0
