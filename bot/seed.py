"""First-start seeding: a fresh database gets the shipped facts (data/*.csv)."""

from __future__ import annotations

import logging
from pathlib import Path

from bot.facts.importer import import_facts, read_fact_files
from bot.store import Store

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


async def ensure_seeded(store: Store, data_dir: Path = DATA_DIR) -> None:
    """Import the shipped facts once; later starts leave moderators' changes alone."""
    if await store.meta.get("seeded") is not None:
        return
    counts = await import_facts(store, read_fact_files([data_dir]))
    await store.meta.set("seeded", "1")
    logger.info("loaded the shipped facts: %s", ", ".join(f"{n} {k}" for k, n in counts.items()))
