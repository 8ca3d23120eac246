"""The only package that speaks SQL. `Store` bundles the database and its repositories."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.store.database import Database, DatabaseCorrupt, DatabaseTooNew, StoreError
from bot.store.facts import FactsRepository
from bot.store.guilds import GuildConfigRepository
from bot.store.meta import MetaRepository
from bot.store.moderation import ModerationRepository
from bot.store.news import NewsRepository
from bot.store.stats import StatsRepository

__all__ = ["Database", "DatabaseCorrupt", "DatabaseTooNew", "Store", "StoreError"]


class Store:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.meta = MetaRepository(db)
        self.stats = StatsRepository(db)
        self.guilds = GuildConfigRepository(db)
        self.news = NewsRepository(db)
        self.facts = FactsRepository(db)
        self.moderation = ModerationRepository(db)

    @classmethod
    @asynccontextmanager
    async def open(cls, path: Path | str) -> AsyncIterator[Store]:
        async with Database.open(path) as db:
            yield cls(db)
