"""Shared fixtures: a fresh store on a temp dir, and the real bot connected to a fresh fake Discord."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path

import discord
import pytest

from bot.config import Settings
from bot.sandbox.harness import Sandbox
from bot.sandbox.main import sandbox_settings
from bot.store import Store

# discord.py warns about voice libraries we never use.
discord.VoiceClient.warn_nacl = False
discord.VoiceClient.warn_dave = False


@pytest.fixture
def settings() -> Settings:
    return sandbox_settings(Settings())


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    async with Store.open(tmp_path / "filmbot.db") as opened:
        yield opened


@pytest.fixture
async def sandbox(store: Store, settings: Settings) -> AsyncIterator[Sandbox]:
    """The real FilmBot, all extensions loaded, connected to a fresh fake Discord."""
    async with Sandbox(store, settings) as running:
        yield running


@pytest.fixture(autouse=True)
def _quiet_discord_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
