"""The hook through which each announced article reaches fact extraction (moderation fills it in).

The announcer calls it once per article after that article's deliveries of a cycle, with the ids
of the servers that received it. Exceptions raised by a hook are logged and never stop announcing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.news.models import StoredArticle

ProposeFacts = Callable[[StoredArticle, frozenset[int]], Awaitable[None]]


async def no_proposals(article: StoredArticle, guild_ids: frozenset[int]) -> None:
    """The default hook: propose nothing."""
    return None
