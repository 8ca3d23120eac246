"""The one owner of the SQLite connection: opening, pragmas, migrations, backup.

Migrations are the numbered files in ``migrations/`` (``0001_name.sql``...). All pending ones
are applied in a single transaction and the schema version is tracked with
``PRAGMA user_version``, so a failed upgrade leaves the database exactly as it was.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
from collections.abc import AsyncIterator, Iterable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import aiosqlite

logger = logging.getLogger(__name__)

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class StoreError(Exception):
    """The database cannot be used; the message is meant for the operator."""


class DatabaseTooNew(StoreError):
    pass


class DatabaseCorrupt(StoreError):
    pass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations() -> list[Migration]:
    found: list[Migration] = []
    for entry in resources.files("bot.store").joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise StoreError(f"migration numbering has a gap or duplicate at {migration.name}")
    return found


def latest_version() -> int:
    migrations = load_migrations()
    return migrations[-1].version if migrations else 0


def _split_statements(script: str) -> list[str]:
    """Split a migration into statements (sqlite3.complete_statement knows about triggers/strings)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not all(part.strip().startswith("--") for part in buffer.strip().splitlines()):
        raise StoreError("a migration ends with an incomplete statement")
    return statements


class Database:
    """Owns one aiosqlite connection. Use ``async with Database.open(path) as db``."""

    def __init__(self, conn: aiosqlite.Connection, path: Path | str) -> None:
        self.conn = conn
        self.path = path
        # One connection is shared by every coroutine: a statement issued while another
        # coroutine holds BEGIN would silently join (and share the fate of) its transaction.
        # So every write goes through transaction(), one at a time.
        self._write_lock = asyncio.Lock()

    @classmethod
    @asynccontextmanager
    async def open(cls, path: Path | str, *, migrate: bool = True) -> AsyncIterator[Database]:
        db = await cls.connect(path, migrate=migrate)
        try:
            yield db
        finally:
            await db.close()

    @classmethod
    async def connect(cls, path: Path | str, *, migrate: bool = True) -> Database:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, so transactions are explicit.
        conn = await aiosqlite.connect(str(path), isolation_level=None)
        conn.row_factory = aiosqlite.Row
        db = cls(conn, path)
        try:
            await db._configure()
            if migrate:
                await db.migrate()
        except BaseException:
            await conn.close()
            raise
        return db

    async def close(self) -> None:
        await self.conn.close()

    async def _configure(self) -> None:
        try:
            await self.conn.execute("PRAGMA busy_timeout = 5000")
            row = await (await self.conn.execute("PRAGMA quick_check")).fetchone()
            if row is None or row[0] != "ok":
                raise DatabaseCorrupt(
                    f"The database {self.path} failed its integrity check ({row[0] if row else 'no answer'}). "
                    "It was left untouched: restore a backup (python -m bot db backup makes them) "
                    "or move it aside to start fresh."
                )
            await self.conn.execute("PRAGMA journal_mode = WAL")
            await self.conn.execute("PRAGMA foreign_keys = ON")
            await self.conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            raise DatabaseCorrupt(
                f"The file {self.path} is not a usable SQLite database ({exc}). It was left untouched: "
                "point DATABASE_PATH elsewhere or restore a backup."
            ) from exc

    async def user_version(self) -> int:
        row = await (await self.conn.execute("PRAGMA user_version")).fetchone()
        return int(row[0]) if row else 0

    async def data_version(self) -> int:
        """Changes whenever another connection (another process) commits to the file."""
        row = await (await self.conn.execute("PRAGMA data_version")).fetchone()
        return int(row[0]) if row else 0

    async def migrate(self) -> list[str]:
        """Apply pending migrations in one transaction; return the names applied."""
        migrations = load_migrations()
        current = await self.user_version()
        newest = migrations[-1].version if migrations else 0
        if current > newest:
            raise DatabaseTooNew(
                f"The database {self.path} has schema version {current}, but this FilmBot knows only "
                f"up to {newest}. It was written by a newer FilmBot: upgrade the code (git pull) "
                "instead of running an older one on it."
            )
        pending = [m for m in migrations if m.version > current]
        if not pending:
            return []
        await self.conn.execute("BEGIN IMMEDIATE")
        try:
            for migration in pending:
                for statement in _split_statements(migration.sql):
                    await self.conn.execute(statement)
            # PRAGMA cannot take a bound parameter; the value is our own integer.
            await self.conn.execute(f"PRAGMA user_version = {pending[-1].version:d}")
            await self.conn.execute("COMMIT")
        except BaseException:
            await self.conn.execute("ROLLBACK")
            raise
        names = [m.name for m in pending]
        logger.info("applied migrations: %s", ", ".join(names))
        return names

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception; one writer at a time.

        Not re-entrant: repository methods meant to be combined don't open their own.
        """
        async with self._write_lock:
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise
            await self.conn.execute("COMMIT")

    async def backup(self, target: Path) -> None:
        """Online backup (sqlite3 backup API): consistent while the bot keeps writing."""
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            raise StoreError(f"{target} already exists; choose a new file name for the backup")
        dest = await aiosqlite.connect(str(target))
        try:
            await self.conn.backup(dest)
        finally:
            await dest.close()


class Repository:
    """Base of the repositories: their shared connection and one-hop reads.

    ``execute_fetchall`` runs the statement and fetches its rows in a single trip to aiosqlite's
    thread (execute + fetch + close would be three), which matters at a few ms per command.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def _conn(self) -> aiosqlite.Connection:
        return self._db.conn

    async def _all(self, sql: str, params: Iterable[Any] | Mapping[str, Any] = ()) -> list[aiosqlite.Row]:
        bound = params if isinstance(params, Mapping) else tuple(params)
        return list(await self._db.conn.execute_fetchall(sql, bound))

    async def _one(self, sql: str, params: Iterable[Any] | Mapping[str, Any] = ()) -> aiosqlite.Row | None:
        rows = await self._all(sql, params)
        return rows[0] if rows else None
