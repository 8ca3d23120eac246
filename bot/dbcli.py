"""`python -m bot db migrate|backup` (errors: see __main__._operator)."""

from __future__ import annotations

import sys
from pathlib import Path

from bot.config import Settings
from bot.store import Database


async def migrate(settings: Settings) -> int:
    async with Database.open(settings.database_path, migrate=False) as db:
        applied = await db.migrate()
        version = await db.user_version()
    print(f"{settings.database_path}: schema version {version}"
          + (f" (applied {', '.join(applied)})" if applied else " (up to date)"))
    return 0


async def backup(settings: Settings, target: Path) -> int:
    if not Path(settings.database_path).exists():
        print(f"{settings.database_path} does not exist: nothing to back up", file=sys.stderr)
        return 1
    async with Database.open(settings.database_path, migrate=False) as db:
        await db.backup(target)
    print(f"backed up {settings.database_path} to {target}")
    return 0
