"""News pieces without Discord: filters, schedule, exactly-once fan-out with a fake sender, and the
feedparser corpus rendered through the announcement renderer and checked against Discord's spec."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bot.news.announce import Announcer, ChannelUnreachable
from bot.news.filters import parse_keywords, rejection_reason
from bot.news.models import NewArticle, StoredArticle
from bot.news.parse import FeedParseError, parse_feed
from bot.news.poller import MAX_BACKOFF_SECONDS, backoff_delay, delay_after_failure
from bot.news.service import articles_from_items
from bot.render.news import Announcement, announcement, announcement_payload
from bot.sandbox.spec import SpecValidator
from bot.store import Store
from bot.text import escape_markdown_safe

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "feedparser"


def test_keywords_match_word_starts_case_insensitively() -> None:
    include = parse_keywords(" Cannes, , berlinale,CANNES ")
    assert include == ("cannes", "berlinale")
    assert rejection_reason("CANNES-winning drama", "", include, ()) is None
    assert rejection_reason("Venice", "at the Berlinale too", include, ()) is None
    assert "none of the include" in (rejection_reason("Venice", "", include, ()) or "")
    assert "“art”" in (rejection_reason("Art house", "", (), ("art",)) or "")
    assert rejection_reason("A fresh start", "", (), ("art",)) is None


def test_backoff_doubles_from_the_interval_and_stops_at_six_hours() -> None:
    assert [backoff_delay(600, n) for n in (1, 2, 3)] == [1200, 2400, 4800]
    assert backoff_delay(600, 9) == MAX_BACKOFF_SECONDS
    rng = random.Random(1)
    assert all(delay_after_failure(600, 50, rng) <= MAX_BACKOFF_SECONDS for _ in range(100))


def test_article_text_is_made_inert() -> None:
    text = escape_markdown_safe("@everyone @here <@123456789012345678> <@&123456789012345678> **bold** <#123>")
    assert "@everyone" not in text and "@here" not in text and "<@1" not in text and "<@&1" not in text
    assert "\\*\\*bold\\*\\*" in text and "<#1" not in text


class RecordingSender:
    """Posts into a list like Discord would, honouring nonces (enforce_nonce)."""

    def __init__(self, gone: frozenset[int] = frozenset()) -> None:
        self.messages: list[tuple[int, str | None]] = []
        self.by_nonce: dict[tuple[int, str], int] = {}
        self.gone = gone

    async def send(self, channel_id: int, message: Announcement | str, *, nonce: str | None = None) -> int:
        if channel_id in self.gone:
            raise ChannelUnreachable("the channel no longer exists")
        if nonce is not None and (channel_id, nonce) in self.by_nonce:
            return self.by_nonce[(channel_id, nonce)]
        self.messages.append((channel_id, nonce))
        message_id = len(self.messages)
        if nonce is not None:
            self.by_nonce[(channel_id, nonce)] = message_id
        return message_id


async def _feed_with_subscribers(store: Store, channels: int) -> int:
    feed = await store.news.upsert_feed("https://f.example/rss", title="F", site_link=None, interval_seconds=600,
                                        etag=None, last_modified=None, now=1.0, next_poll_at=1.0)
    for channel in range(1, channels + 1):
        await store.news.subscribe(feed_id=feed.id, guild_id=7, channel_id=channel, include=(), exclude=(),
                                   mention_role_id=None, created_by=None, now=1.0)
    await store.news.store_articles(feed.id, [NewArticle("guid:a", "https://f.example/a", "https://f.example/a",
                                                         "A", "", None, None, 5.0)], now=10.0)
    return feed.id


async def test_a_send_interrupted_by_a_crash_is_retried_with_its_nonce_and_not_doubled(store: Store) -> None:
    feed_id = await _feed_with_subscribers(store, 10)
    sender = RecordingSender()
    [article] = await store.news.articles_with_link("https://f.example/a")
    sub = await store.news.subscription_for(feed_id, 3)
    assert sub is not None
    # The previous process wrote the pending row and sent, then died before recording the send.
    delivery = await store.news.claim_delivery(article, sub, now=11.0)
    assert delivery is not None
    await sender.send(3, "announcement", nonce=delivery.nonce)
    await Announcer(store.news, sender, per_channel_cap=5).announce()
    assert sorted(channel for channel, _ in sender.messages) == list(range(1, 11))  # each channel once
    assert await store.news.pending_deliveries() == []
    done = await store.news.delivery(delivery.id)
    assert done is not None and done.status == "sent" and done.message_id == 1
    await Announcer(store.news, sender, per_channel_cap=5).announce()
    assert len(sender.messages) == 10


async def test_unreachable_channel_is_paused_and_others_are_served(store: Store) -> None:
    await _feed_with_subscribers(store, 3)
    sender = RecordingSender(gone=frozenset({2}))
    report = await Announcer(store.news, sender, per_channel_cap=5).announce()
    assert sorted(c for c, _ in sender.messages) == [1, 3] and report.paused_channels == [2]
    sub = await store.news.subscription_for(1, 2)
    assert sub is not None and sub.paused_reason == "the channel no longer exists"


async def test_changed_guid_or_date_with_the_same_link_is_not_new(store: Store) -> None:
    feed_id = await _feed_with_subscribers(store, 1)
    again = NewArticle("guid:other", "https://f.example/a", "https://f.example/a", "A (updated)", "", None, None, 9.0)
    assert await store.news.store_articles(feed_id, [again], now=20.0) == []


def _corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".xml", ".rdf", ".atom", ".rss"))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpora/feedparser is absent")
def test_every_announcement_rendered_from_the_feedparser_corpus_is_a_valid_discord_request() -> None:
    validator = SpecValidator.load()
    assert validator is not None, "../shared/specs is missing"
    files = _corpus_files()
    assert len(files) > 2000
    rendered = 0
    for path in files:
        try:
            parsed = parse_feed(path.read_bytes(), f"http://127.0.0.1/{path.name}", None)
        except FeedParseError:
            continue
        articles = articles_from_items(parsed.items[:3], 1, now=2e9)
        # The feed itself as an article too: most corpus files test channel-level elements only.
        articles.append(NewArticle("guid:feed", parsed.link, "feed", parsed.title, parsed.title, None, None, None))
        for i, article in enumerate(articles):
            stored = StoredArticle(i + 1, 1, parsed.title, parsed.link, article.guid_key, article.link,
                                   article.story_key, article.title, article.summary, article.image, article.author,
                                   article.published_at, 2e9)
            for role in (None, 123456789012345678):
                payload = announcement_payload(announcement(stored, mention_role_id=role))
                violation = validator.check("POST", "/channels/1/messages", payload)
                assert violation is None, (path, violation.errors if violation else None)
            rendered += 1
    assert rendered > 2000
