"""First-start seeding: a fresh database gets the shipped facts (data/*.csv)."""

from __future__ import annotations

import logging
from pathlib import Path

from bot.store import Store

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


async def ensure_seeded(store: Store, data_dir: Path = DATA_DIR) -> None:
    """Import the shipped facts once; later starts leave moderators' changes alone."""
    if await store.meta.get("seeded") is not None:
        return
    importer = getattr(store, "import_shipped_facts", None)
    if importer is not None:
        await importer(data_dir)
    await store.meta.set("seeded", "1")
