"""Fan-out: each new article to each subscribed channel, exactly once, oldest first, capped.

Per (article, channel) a delivery row is written as 'pending' before the send and completed
('sent' with the message id) after it. The send carries a nonce derived from the delivery id with
``enforce_nonce`` (discord.py adds it whenever a nonce is given), so resending a 'pending'
delivery after a crash returns the message created before instead of posting again. (Discord
keeps nonces for a few minutes; a bot down for longer than that could double-post the one message
that was in flight when it died — never more.)

A channel that is gone or forbidden (404/403) pauses its subscriptions with the reason; a 5xx or
a network error leaves the delivery 'pending' for the next cycle; any other refusal fails that
one delivery. Nothing that happens in one channel stops the others. Channels are served
concurrently and each channel's messages go out in order (discord.py paces per bucket and
absorbs 429s).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import aiohttp
import discord

from bot.news.filters import rejection_reason
from bot.news.hooks import ProposeFacts, no_proposals
from bot.news.models import Delivery, StoredArticle, Subscription
from bot.render.news import NO_MENTIONS, Announcement, announcement
from bot.store.news import NewsRepository

logger = logging.getLogger(__name__)

DEFAULT_PARALLEL_CHANNELS = 64
# Discord allows a bot 50 requests/s in total. discord.py learns the per-channel buckets from
# headers, but only meets the global limit as 429s, and gives up after 5 of them in a row; pacing
# the fan-out just below it keeps a 500-channel fan-out at full speed without a single 429.
DEFAULT_GLOBAL_RATE = 45.0
SEND_ATTEMPTS = 3  # a retryable failure (5xx, network, 429s beyond discord.py's retries) is retried
RETRY_DELAY = 1.0  # seconds, doubled per attempt


class ChannelUnreachable(Exception):
    """The channel is gone or the bot may not post there; ``reason`` is shown in /feed list."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SendFailed(Exception):
    """The send did not go through; ``retryable`` sends are left 'pending' for the next cycle."""

    def __init__(self, reason: str, *, retryable: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable


class Sender(Protocol):
    async def send(self, channel_id: int, message: Announcement | str, *, nonce: str | None = None) -> int:
        """Post ``message`` in the channel and return the new message's id."""
        ...


class DiscordSender:
    """The production Sender: a partial messageable per channel id (no cache lookups needed)."""

    def __init__(self, client: discord.Client) -> None:
        self._client = client

    async def send(self, channel_id: int, message: Announcement | str, *, nonce: str | None = None) -> int:
        channel = self._client.get_partial_messageable(channel_id)
        # discord.py adds enforce_nonce whenever a nonce is given.
        extra: dict[str, Any] = {"nonce": nonce} if nonce is not None else {}
        try:
            if isinstance(message, str):
                sent = await channel.send(message, allowed_mentions=NO_MENTIONS, **extra)
            else:
                sent = await channel.send(message.content, embed=message.embed,
                                          allowed_mentions=message.allowed_mentions, **extra)
        except discord.NotFound as exc:
            raise ChannelUnreachable(f"the channel no longer exists (Discord said {exc.status})") from exc
        except discord.Forbidden as exc:
            raise ChannelUnreachable(f"the bot may not post in the channel (Discord said {exc.status}: "
                                     f"{exc.text or 'Missing Access'})") from exc
        except discord.HTTPException as exc:
            retryable = exc.status >= 500 or exc.status == 429
            raise SendFailed(f"Discord said {exc.status}: {exc.text}", retryable=retryable) from exc
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise SendFailed(f"network error: {exc!r}", retryable=True) from exc
        return sent.id


class Pacer:
    """Spaces calls evenly at ``rate`` per second (shared by all channels' tasks)."""

    def __init__(self, rate: float | None) -> None:
        self._interval = 1.0 / rate if rate else 0.0
        self._next = 0.0

    async def wait(self) -> None:
        if not self._interval:
            return
        loop = asyncio.get_running_loop()
        now = loop.time()
        slot = max(now, self._next)
        self._next = slot + self._interval
        if slot > now:
            await asyncio.sleep(slot - now)


@dataclass
class AnnounceReport:
    sent: int = 0
    skipped: int = 0
    deferred: int = 0  # over the per-channel cap: waiting for the next cycle
    paused_channels: list[int] = field(default_factory=list)


@dataclass
class _ChannelWork:
    channel_id: int
    pending: list[tuple[Delivery, StoredArticle, Subscription | None]] = field(default_factory=list)
    candidates: list[tuple[StoredArticle, Subscription]] = field(default_factory=list)


class Announcer:
    def __init__(self, repo: NewsRepository, sender: Sender, *, per_channel_cap: int,
                 parallel_channels: int = DEFAULT_PARALLEL_CHANNELS, clock: Callable[[], float] = time.time,
                 propose_facts: ProposeFacts = no_proposals, global_rate: float | None = DEFAULT_GLOBAL_RATE,
                 retry_delay: float = RETRY_DELAY) -> None:
        self._repo = repo
        self.sender = sender
        self._pacer = Pacer(global_rate)
        self._retry_delay = retry_delay
        self._cap = per_channel_cap
        self._parallel = asyncio.Semaphore(parallel_channels)
        self._clock = clock
        self.propose_facts = propose_facts

    async def announce(self) -> AnnounceReport:
        """Deliver what is due in every channel; return when every channel is done."""
        report = AnnounceReport()
        work = await self._plan()
        received: dict[int, set[int]] = defaultdict(set)  # article id → guild ids that got it
        articles: dict[int, StoredArticle] = {}

        async def run(channel_work: _ChannelWork) -> None:
            async with self._parallel:
                try:
                    await self._serve_channel(channel_work, report, received, articles)
                except Exception:  # one channel's bug must not cost the other channels
                    logger.exception("announcing in channel %s failed", channel_work.channel_id)

        await asyncio.gather(*(run(w) for w in work.values()))
        for article_id in sorted(received):
            await self._propose(articles[article_id], frozenset(received[article_id]))
        return report

    async def notify(self, channel_ids: Sequence[int], text: str) -> None:
        """A plain notice (feed failing/recovered) to each channel; failures are logged only."""

        async def one(channel_id: int) -> None:
            try:
                await self._pacer.wait()
                await self.sender.send(channel_id, text)
            except ChannelUnreachable as exc:
                await self._repo.pause_channel(channel_id, exc.reason, self._clock())
            except Exception:
                logger.exception("could not post a notice in channel %s", channel_id)

        await asyncio.gather(*(one(channel_id) for channel_id in channel_ids))

    async def _propose(self, article: StoredArticle, guild_ids: frozenset[int]) -> None:
        try:
            await self.propose_facts(article, guild_ids)
        except Exception:
            logger.exception("the propose_facts hook failed for article %s", article.id)

    async def _plan(self) -> dict[int, _ChannelWork]:
        work: dict[int, _ChannelWork] = {}
        for delivery in await self._repo.pending_deliveries():
            article = await self._repo.article(delivery.article_id)
            if article is None:
                continue
            sub = await self._repo.subscription(delivery.subscription_id) if delivery.subscription_id else None
            work.setdefault(delivery.channel_id, _ChannelWork(delivery.channel_id)).pending.append(
                (delivery, article, sub))
        for sub in await self._repo.active_subscriptions():
            undecided = await self._repo.undecided_articles(sub)
            if undecided:
                channel = work.setdefault(sub.channel_id, _ChannelWork(sub.channel_id))
                channel.candidates += [(article, sub) for article in undecided]
        for channel in work.values():
            channel.candidates.sort(key=lambda pair: (pair[0].sort_time, pair[0].id, pair[1].id))
        return work

    async def _serve_channel(self, work: _ChannelWork, report: AnnounceReport, received: dict[int, set[int]],
                             articles: dict[int, StoredArticle]) -> None:
        sent = 0
        for delivery, article, sub in work.pending:
            if sub is None or sub.paused_reason is not None:
                reason = "subscription removed" if sub is None else (sub.paused_reason or "paused")
                await self._repo.fail_delivery(delivery.id, reason)
                continue
            outcome = await self._deliver_and_count(delivery, article, sub, work, report, received, articles)
            if outcome == "paused":
                return
            sent += outcome == "sent"

        decided: set[tuple[int, int]] = set()  # (subscription id, article id)
        stories: set[str] = set()
        for article, sub in work.candidates:
            if sent >= self._cap:
                break
            key = (sub.id, article.id)
            if article.story_key in stories:
                decided.add(key)  # the same story from another feed of this channel: posted once
                continue
            rejected = rejection_reason(article.title, article.summary, sub.include_words, sub.exclude_words)
            if rejected is not None:
                await self._repo.skip_delivery(article, sub, rejected, self._clock())
                report.skipped += 1
                decided.add(key)
                continue
            claimed = await self._repo.claim_delivery(article, sub, self._clock())
            decided.add(key)
            if claimed is None:
                continue  # another subscription of this channel delivered this story already
            stories.add(article.story_key)
            outcome = await self._deliver_and_count(claimed, article, sub, work, report, received, articles)
            if outcome == "paused":
                return
            sent += outcome == "sent"
        report.deferred += len(work.candidates) - len(decided)
        await self._advance_cursors(work.candidates, decided)

    async def _deliver_and_count(self, delivery: Delivery, article: StoredArticle, sub: Subscription,
                                 work: _ChannelWork, report: AnnounceReport, received: dict[int, set[int]],
                                 articles: dict[int, StoredArticle]) -> str:
        """Deliver one announcement and account for it in the cycle's report."""
        outcome = await self._deliver(delivery, article, sub)
        if outcome == "paused":
            report.paused_channels.append(work.channel_id)
        elif outcome == "sent":
            report.sent += 1
            received[article.id].add(sub.guild_id)
            articles[article.id] = article
        return outcome

    async def _advance_cursors(self, candidates: list[tuple[StoredArticle, Subscription]],
                               decided: set[tuple[int, int]]) -> None:
        """Move each subscription's cursor up to just below its oldest undecided article."""
        by_sub: dict[int, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
        for article, sub in candidates:
            done, open_ = by_sub[sub.id]
            (done if (sub.id, article.id) in decided else open_).append(article.id)
        for sub_id, (done, open_) in by_sub.items():
            cursor = min(open_) - 1 if open_ else max(done)
            await self._repo.advance_cursor(sub_id, cursor)

    async def _deliver(self, delivery: Delivery, article: StoredArticle, sub: Subscription) -> str:
        """Send one claimed delivery: "sent", "paused", "retry" or "failed"."""
        message = announcement(article, mention_role_id=sub.mention_role_id)
        try:
            message_id = await self._send_with_retries(sub.channel_id, message, delivery.nonce)
        except ChannelUnreachable as exc:
            await self._repo.fail_delivery(delivery.id, exc.reason)
            paused = await self._repo.pause_channel(sub.channel_id, exc.reason, self._clock())
            logger.warning("paused %d subscription(s) of channel %s: %s", paused, sub.channel_id, exc.reason)
            return "paused"
        except SendFailed as exc:
            if exc.retryable:
                logger.warning("delivery %s to channel %s will be retried: %s", delivery.id, sub.channel_id,
                               exc.reason)
                return "retry"
            logger.error("delivery %s to channel %s failed: %s", delivery.id, sub.channel_id, exc.reason)
            await self._repo.fail_delivery(delivery.id, exc.reason)
            return "failed"
        await self._repo.complete_delivery(delivery.id, message_id, self._clock())
        return "sent"

    async def _send_with_retries(self, channel_id: int, message: Announcement, nonce: str) -> int:
        """The same nonce on every attempt, so a send that did arrive is not posted twice."""
        delay = self._retry_delay
        for attempt in range(1, SEND_ATTEMPTS + 1):
            await self._pacer.wait()
            try:
                return await self.sender.send(channel_id, message, nonce=nonce)
            except SendFailed as exc:
                if not exc.retryable or attempt == SEND_ATTEMPTS:
                    raise
                logger.info("send to channel %s failed (%s); retrying in %.1f s", channel_id, exc.reason, delay)
                await asyncio.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")
