"""Shared steps for the moderation tests: add a fact through the commands, find ids in replies."""

from __future__ import annotations

import re
from typing import Any

from bot.moderation.service import ModerationService
from bot.sandbox.harness import Result, Sandbox

WINNER = {"festival": "Cannes", "award": "Palme d'Or", "year": 2025, "film": "Moderated Film",
          "directors": "Ada Lovelace"}
QUOTE = {"speaker": "Sean Baker", "text": "Cinema belongs in the theatre, where strangers laugh together."}


def fact_id_in(text: str, prefix: str = "WQ") -> str:
    match = re.search(rf"\b([{prefix}]\d+)\b", text)
    assert match, f"no id in {text!r}"
    return match.group(1)


async def add_winner(sandbox: Sandbox, member: str = "moderator", **overrides: Any) -> str:
    """/fact add winner, then Confirm; returns the new id (W…)."""
    preview = (await sandbox.command("fact add winner", {**WINNER, **overrides}, member=member)).reply
    done = await sandbox.click(preview, "Confirm", member=member)
    assert done.last.kind == "edit", done.text()
    return fact_id_in(done.last.embeds[0]["title"], "W")


async def add_quote(sandbox: Sandbox, member: str = "moderator", **overrides: Any) -> str:
    preview = (await sandbox.command("fact add quote", {**QUOTE, **overrides}, member=member)).reply
    done = await sandbox.click(preview, "Confirm", member=member)
    assert done.last.kind == "edit", done.text()
    return fact_id_in(done.last.embeds[0]["title"], "Q")


def service(sandbox: Sandbox) -> ModerationService:
    assert sandbox.bot is not None
    cog: Any = sandbox.bot.get_cog("Facts")
    assert cog is not None
    return cog.service


def refused(result: Result) -> bool:
    reply = result.reply
    return reply.ephemeral and ("Only moderators" in reply.content or "Only server administrators" in reply.content
                                or "Only the moderator who ran the command" in reply.content)


async def winner_text(sandbox: Sandbox, year: int = 2025, **options: Any) -> str:
    return (await sandbox.command("winner", {"festival": "Cannes", "year": year, **options})).reply.text()
