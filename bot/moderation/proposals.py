"""The news hook: propose the winners and quotes an article reports, for each server's review.

``FactProposer.propose_facts(article, guild_ids)`` has the shape of bot.news.hooks.ProposeFacts
and is installed on the news announcer by cogs/facts.py. For every server that received the
article it queues each extracted fact that the server does not know yet (global or its own,
hidden ones included: a hidden fact was a decision, not a gap). The dedupe key is the fact's
normalised content, so the same winner reported by ten articles is proposed once per server,
and a rejected proposal is not proposed again.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from bot.errors import UserError
from bot.facts.service import FactsService
from bot.models import Award, Festival
from bot.moderation import validation as v
from bot.news.extract import Extraction, ProposedWinner, extract
from bot.news.gazetteer import AwardName, FestivalName, Gazetteer
from bot.store import Store
from bot.text import clean_user_text, fold_key

logger = logging.getLogger(__name__)


class ArticleLike(Protocol):
    """What the proposer reads of an article (bot.news.models.StoredArticle has it all)."""

    @property
    def id(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def summary(self) -> str: ...
    @property
    def link(self) -> str | None: ...
    @property
    def published_at(self) -> float | None: ...


@dataclass(frozen=True)
class Draft:
    kind: str  # "win" | "quote"
    payload: dict[str, Any]
    dedupe_key: str


def win_key(festival: str, award: str, year: int, film: str) -> str:
    return f"win:{fold_key(festival)}:{fold_key(award)}:{year}:{fold_key(film)}"


def quote_key(speaker: str, text: str) -> str:
    digest = hashlib.sha256(fold_key(text).encode()).hexdigest()[:32]
    return f"quote:{fold_key(speaker)}:{digest}"


def _article_info(article: ArticleLike) -> dict[str, Any]:
    return {"id": article.id, "title": clean_user_text(article.title)[:v.MAX_NAME],
            "link": (article.link or "")[:v.MAX_SOURCE]}


def drafts_from(extraction: Extraction, article: ArticleLike) -> list[Draft]:
    """Proposals for one article, cleaned and within the limits a moderator's input has."""
    info = _article_info(article)
    drafts: list[Draft] = []
    for winner in extraction.winners:
        draft = _win_draft(winner, info)
        if draft is not None:
            drafts.append(draft)
    for quote in extraction.quotes:
        speaker, text = clean_user_text(quote.speaker), clean_user_text(quote.text)
        if not speaker or not text or len(speaker) > v.MAX_NAME or len(text) > v.MAX_QUOTE:
            logger.debug("skipping an extracted quote outside the limits (article %s)", article.id)
            continue
        drafts.append(Draft("quote", {"speaker": speaker, "text": text, "article": info}, quote_key(speaker, text)))
    return drafts


def _win_draft(winner: ProposedWinner, info: dict[str, Any]) -> Draft | None:
    festival, award, film = (clean_user_text(s) for s in (winner.festival, winner.award, winner.film))
    directors = [clean_user_text(d) for d in winner.directors if clean_user_text(d)]
    if not festival or not award or not film or any(len(s) > v.MAX_NAME for s in (festival, award, film, *directors)):
        return None
    payload = {"festival": festival, "award": award, "year": winner.year, "film": film, "directors": directors,
               "article": info}
    return Draft("win", payload, win_key(festival, award, winner.year, film))


def gazetteer_from_catalogue(festivals: list[Festival], awards: list[Award]) -> Gazetteer:
    """The extractor's gazetteer from the store's global festivals and awards (with their aliases)."""
    by_festival: dict[int, list[AwardName]] = {}
    for award in awards:
        if award.guild_id is None:
            by_festival.setdefault(award.festival_id, []).append(
                AwardName(award.key, award.name, tuple(award.aliases), award.is_top))
    return Gazetteer(festivals=tuple(
        FestivalName(f.key, f.name, f.short_name, tuple(f.aliases), tuple(by_festival.get(f.id, ())))
        for f in festivals if f.guild_id is None))


class FactProposer:
    def __init__(self, store: Store, facts: FactsService) -> None:
        self.store = store
        self.facts = facts
        self._gazetteer: tuple[int, Gazetteer] | None = None  # (catalogue version, gazetteer)

    async def gazetteer(self) -> Gazetteer:
        """Built from FactsService's catalogue, and rebuilt whenever that catalogue reloads
        (a festival added here, or names imported or promoted by the operator)."""
        festivals, awards = await self.facts.global_catalogue()
        if self._gazetteer is None or self._gazetteer[0] != self.facts.catalogue_version:
            self._gazetteer = (self.facts.catalogue_version, gazetteer_from_catalogue(festivals, awards))
        return self._gazetteer[1]

    async def propose_facts(self, article: ArticleLike, guild_ids: frozenset[int]) -> int:
        """The news hook: queue this article's new facts for each server; returns how many were queued."""
        if not guild_ids:
            return 0
        published = datetime.fromtimestamp(article.published_at, UTC).date() \
            if article.published_at is not None else None
        extraction = extract(article.summary or "", title=article.title or "", published=published,
                             gazetteer=await self.gazetteer())
        drafts = drafts_from(extraction, article)
        if not drafts:
            return 0
        article_id = await self._stored_article_id(article)
        queued = 0
        for guild_id in sorted(guild_ids):
            for draft in drafts:
                if await self._known(draft, guild_id):
                    continue
                async with self.store.db.transaction():
                    if await self.store.moderation.queue_proposal(guild_id, draft.kind, draft.payload,
                                                                  draft.dedupe_key, article_id):
                        queued += 1
        if queued:
            logger.info("article %s: queued %d proposals for %d servers", article.id, queued, len(guild_ids))
        return queued

    async def _stored_article_id(self, article: ArticleLike) -> int | None:
        # The proposal keeps its article's link and title in its payload; the id is a bonus that
        # must point at a stored article (foreign key), so it is dropped for an unstored one.
        stored = await self.store.news.article(article.id)
        return article.id if stored is not None else None

    async def _known(self, draft: Draft, guild_id: int) -> bool:
        """True when the server has this fact (visible or hidden) or names the bot cannot resolve."""
        payload = draft.payload
        if draft.kind == "quote":
            found = await self.store.facts.find_known_quote(payload["speaker"], payload["text"], guild_id,
                                                            include_hidden=True)
            return found is not None
        try:
            festival = self.facts.festival(payload["festival"], guild_id)
            award = self.facts.award(festival, payload["award"], guild_id)
        except UserError:
            logger.debug("proposed winner names an unknown festival or award: %s", payload)
            return True
        if award is None:
            return True
        found = await self.store.facts.find_known_win(award.id, payload["year"], payload["film"], guild_id,
                                                      include_hidden=True)
        return found is not None

