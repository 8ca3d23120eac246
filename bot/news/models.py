"""Plain dataclasses of the news pipeline, as the store returns them (no Discord objects)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Feed:
    id: int
    url: str
    title: str
    site_link: str | None
    etag: str | None
    last_modified: str | None
    interval_seconds: float
    next_poll_at: float
    last_attempt_at: float | None
    last_success_at: float | None
    consecutive_failures: int
    last_error: str | None
    failing: bool
    body_sha256: str | None = None

    @property
    def display_name(self) -> str:
        return self.title or self.url


@dataclass(frozen=True)
class Subscription:
    id: int
    feed_id: int
    guild_id: int
    channel_id: int
    include_words: tuple[str, ...]
    exclude_words: tuple[str, ...]
    mention_role_id: int | None
    created_by: int | None
    created_at: float
    paused_reason: str | None
    paused_at: float | None
    baseline_article_id: int
    cursor_article_id: int


@dataclass(frozen=True)
class SubscriptionView:
    """A subscription with its feed, for listings."""

    subscription: Subscription
    feed: Feed


@dataclass(frozen=True)
class NewArticle:
    """An item about to be stored (keys already computed)."""

    guid_key: str  # "guid:<guid>" or "link:<canonical link>": unique per feed
    link: str | None  # canonical
    story_key: str  # the canonical link when there is one: the same story across feeds
    title: str
    summary: str
    image: str | None
    author: str | None
    published_at: float | None


@dataclass(frozen=True)
class StoredArticle:
    id: int
    feed_id: int
    feed_title: str
    feed_link: str | None
    guid_key: str
    link: str | None
    story_key: str
    title: str
    summary: str
    image: str | None
    author: str | None
    published_at: float | None
    first_seen_at: float

    @property
    def sort_time(self) -> float:
        return self.published_at if self.published_at is not None else self.first_seen_at


@dataclass(frozen=True)
class Delivery:
    id: int
    article_id: int
    subscription_id: int | None
    channel_id: int
    story_key: str
    status: str  # pending | sent | skipped | failed
    reason: str | None
    message_id: int | None
    created_at: float
    sent_at: float | None

    @property
    def nonce(self) -> str:
        """Discord message nonce (max 25 chars): the same for every retry of this delivery."""
        return f"fbd{self.id}"


@dataclass(frozen=True)
class FailureOutcome:
    consecutive_failures: int
    became_failing: bool
