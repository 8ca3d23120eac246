"""Start the sandbox: a store (temporary or --db), the fake Discord, the bot, the console."""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
import tempfile
from pathlib import Path

from bot.config import Settings
from bot.sandbox.console import run_console
from bot.sandbox.harness import Sandbox, SandboxError
from bot.seed import ensure_seeded
from bot.store import Store, StoreError

logger = logging.getLogger(__name__)


def sandbox_settings(settings: Settings) -> Settings:
    # The sandbox's feeds are served from this machine, so loopback is allowed here (only here).
    return dataclasses.replace(
        settings, dev_guild_id=None,
        feed_allowed_private_hosts=settings.feed_allowed_private_hosts | {"127.0.0.1", "localhost", "::1"},
    )


async def run_sandbox(settings: Settings, *, db_path: Path | None, as_json: bool) -> int:
    if sys.stdin.isatty() and "LOG_LEVEL" not in os.environ:
        # A person is reading the console: connection chatter would bury the bot's replies.
        logging.getLogger().setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="filmbot-sandbox-") as tmp:
        path = db_path or Path(tmp) / "sandbox.db"
        try:
            async with Store.open(path) as store:
                await ensure_seeded(store)
                async with Sandbox(store, sandbox_settings(settings)) as sandbox:
                    await run_console(sandbox, as_json=as_json)
        except (StoreError, SandboxError) as exc:
            print(f"sandbox: {exc}", file=sys.stderr)
            return 1
    return 0
