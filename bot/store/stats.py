"""Row counts for /about."""

from __future__ import annotations

from bot.store.database import Database

# Table names are our own constants, never user input.
_COUNTED = {
    "festivals": "SELECT count(*) FROM festivals",
    "wins": "SELECT count(*) FROM wins WHERE removed_at IS NULL",
    "films": "SELECT count(*) FROM films",
    "people": "SELECT count(*) FROM people",
    "quotes": "SELECT count(*) FROM quotes WHERE removed_at IS NULL",
    "feeds": "SELECT count(*) FROM feeds",
    "articles": "SELECT count(*) FROM articles",
}


class StatsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def row_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for name, sql in _COUNTED.items():
            row = await (await self._db.conn.execute(sql)).fetchone()
            counts[name] = int(row[0]) if row else 0
        return counts
