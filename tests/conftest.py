"""Shared fixtures: a fresh store on a temp dir, and the real bot connected to a fresh fake Discord."""

from __future__ import annotations

import asyncio
import logging
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import discord
import pytest

from bot.config import Settings
from bot.news.gazetteer import Gazetteer, load_default_gazetteer
from bot.sandbox.harness import Sandbox
from bot.sandbox.main import sandbox_settings
from bot.seed import ensure_seeded
from bot.store import Store

# discord.py warns about voice libraries we never use.
discord.VoiceClient.warn_nacl = False
discord.VoiceClient.warn_dave = False


@pytest.fixture(scope="session")
def project_gazetteer() -> Gazetteer:
    """The project's gazetteer (data/*.csv), built once for every extractor test."""
    return load_default_gazetteer()


@pytest.fixture
def settings() -> Settings:
    return sandbox_settings(Settings())


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database seeded like a fresh install, built once; tests get copies (seeding takes ~1 s)."""
    path = tmp_path_factory.mktemp("template") / "seeded.db"

    async def build() -> None:
        async with Store.open(path) as opened:
            await ensure_seeded(opened)
            await opened.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    asyncio.run(build())
    return path


@pytest.fixture
async def store(tmp_path: Path, seeded_template: Path) -> AsyncIterator[Store]:
    """A fresh install's database: migrated and seeded with the shipped facts."""
    target = tmp_path / "filmbot.db"
    shutil.copyfile(seeded_template, target)
    async with Store.open(target) as opened:
        yield opened


@pytest.fixture
async def empty_store(tmp_path: Path) -> AsyncIterator[Store]:
    async with Store.open(tmp_path / "empty.db") as opened:
        yield opened


@pytest.fixture
async def sandbox(store: Store, settings: Settings) -> AsyncIterator[Sandbox]:
    """The real FilmBot, all extensions loaded, connected to a fresh fake Discord."""
    async with Sandbox(store, settings) as running:
        yield running


@pytest.fixture(autouse=True)
def _quiet_discord_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
