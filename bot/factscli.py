"""`python -m bot facts import|export|promote` for operators (errors: see __main__._operator)."""

from __future__ import annotations

import sys
from pathlib import Path

from bot.config import Settings
from bot.facts.importer import ImportError_, export_facts, import_facts, read_fact_files
from bot.facts.service import FactsService
from bot.moderation.ids import parse_fact_ref
from bot.moderation.service import ModerationService
from bot.store import Store


async def import_command(settings: Settings, paths: list[Path]) -> int:
    try:
        files = read_fact_files(paths)
    except ImportError_ as exc:
        print("Nothing was imported:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    async with Store.open(settings.database_path) as store:
        counts = await import_facts(store, files)
    print("imported " + ", ".join(f"{n} {name}" for name, n in counts.items() if n))
    return 0


async def export_command(settings: Settings, directory: Path) -> int:
    async with Store.open(settings.database_path) as store:
        counts = await export_facts(store, directory)
    print(f"wrote {directory}: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
    return 0


async def promote_command(settings: Settings, fact_id: str) -> int:
    """Make a server fact global, with an audit entry; running bots pick up its names on restart."""
    ref = parse_fact_ref(fact_id)
    async with Store.open(settings.database_path) as store:
        entry = await ModerationService(store, FactsService(store)).promote(ref)
    print(f"{ref} is now a global fact, seen by every server (audit entry {entry.id}, "
          f"it belonged to server {entry.guild_id}).")
    return 0
