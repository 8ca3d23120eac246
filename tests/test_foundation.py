"""The skeleton: the real bot against the fake Discord, the store, settings, the error tree."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from bot.app import FilmBot
from bot.config import Secret, Settings
from bot.sandbox.harness import Sandbox, SandboxError
from bot.store import Store


async def test_about_reaches_the_channel_as_an_ephemeral_embed(sandbox: Sandbox) -> None:
    result = await sandbox.command("about")
    reply = result.reply
    assert reply.kind == "reply" and reply.ephemeral
    assert reply.embeds[0]["title"] == "FilmBot"
    fields = {f["name"]: f["value"] for f in reply.embeds[0]["fields"]}
    assert fields["Version"] == "0.1.0"
    assert reply.allowed_mentions == {"parse": []}


async def test_commands_are_synced_once_and_not_again_when_unchanged(store: Store, settings: Settings) -> None:
    async with Sandbox(store, settings) as first:
        puts = [r for r in first.fake.requests if r.method == "PUT"]
        assert len(puts) == 1
    async with Sandbox(store, settings) as second:
        assert [r for r in second.fake.requests if r.method == "PUT"] == []


async def test_every_request_the_bot_sent_passed_the_spec_check(sandbox: Sandbox) -> None:
    await sandbox.command("about")
    assert sandbox.fake.spec is not None, "../shared/specs is missing"
    assert [r for r in sandbox.fake.requests if r.status == 400] == []


async def test_spec_check_rejects_an_over_long_embed_like_discord(sandbox: Sandbox) -> None:
    assert sandbox.bot is not None and sandbox.channel is not None
    channel = sandbox.bot.get_channel(sandbox.channel.id)
    assert isinstance(channel, discord.TextChannel)
    with pytest.raises(discord.HTTPException) as caught:
        await channel.send(embed=discord.Embed(title="x" * 300))
    assert caught.value.status == 400 and caught.value.code == 50035
    with pytest.raises(discord.HTTPException):
        await channel.send(embed=discord.Embed(description="y" * 4096).add_field(name="n", value="z" * 1024)
                           .add_field(name="n", value="z" * 1024))


async def test_a_429_is_retried_and_the_message_arrives_once(sandbox: Sandbox) -> None:
    assert sandbox.bot is not None and sandbox.channel is not None
    sandbox.fake.force_429(2, retry_after=0.05, when=lambda method, path: path.endswith("/messages"))
    channel = sandbox.bot.get_channel(sandbox.channel.id)
    assert isinstance(channel, discord.TextChannel)
    await channel.send("hello")
    statuses = [r.status for r in sandbox.fake.requests if r.path.endswith("/messages")]
    assert statuses == [429, 429, 200]
    assert [p.content for p in sandbox.fake.posted_in(sandbox.channel)] == ["hello"]


async def test_a_repeated_nonce_returns_the_first_message(sandbox: Sandbox) -> None:
    """discord.py sends enforce_nonce with every nonce; a retried send must not post twice."""
    assert sandbox.bot is not None and sandbox.channel is not None
    channel = sandbox.bot.get_channel(sandbox.channel.id)
    assert isinstance(channel, discord.TextChannel)
    first = await channel.send("once", nonce="delivery-1")
    again = await channel.send("once", nonce="delivery-1")
    other = await channel.send("twice", nonce="delivery-2")
    assert again.id == first.id != other.id
    assert [p.content for p in sandbox.fake.posted_in(sandbox.channel)] == ["once", "twice"]


async def test_channel_rate_limit_headers_pace_the_client_without_429(sandbox: Sandbox) -> None:
    assert sandbox.bot is not None and sandbox.channel is not None
    sandbox.fake.channel_rate_limit = (2, 0.3)
    channel = sandbox.bot.get_channel(sandbox.channel.id)
    assert isinstance(channel, discord.TextChannel)
    await asyncio.gather(*(channel.send(f"m{i}") for i in range(5)))
    assert sorted(p.content for p in sandbox.fake.posted_in(sandbox.channel)) == [f"m{i}" for i in range(5)]


async def test_discord_hides_a_moderator_command_unless_switched_off(store: Store, settings: Settings) -> None:
    """The fake imitates Discord's default_member_permissions check; tests can turn it off."""

    class Guarded(commands.Cog):
        @app_commands.command(name="guarded", description="needs Manage Server")
        @app_commands.default_permissions(manage_guild=True)
        async def guarded(self, interaction: discord.Interaction[FilmBot]) -> None:
            await interaction.response.send_message("ran", ephemeral=True)

    async def add_guarded(bot: FilmBot) -> None:
        await bot.add_cog(Guarded())

    async with Sandbox(store, settings, extensions=()) as sb:
        assert sb.bot is not None
        await add_guarded(sb.bot)
        await sb.bot.tree.sync()
        with pytest.raises(SandboxError, match="hides"):
            await sb.command("guarded", member="member")
        assert (await sb.command("guarded", member="moderator")).reply.content == "ran"
        sb.fake.enforce_default_permissions = False
        assert (await sb.command("guarded", member="member")).reply.content == "ran"


async def test_unexpected_error_gets_a_ref_and_the_traceback_is_logged(
    store: Store, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken(commands.Cog):
        @app_commands.command(name="broken", description="raises")
        async def broken(self, interaction: discord.Interaction[FilmBot]) -> None:
            raise RuntimeError("boom")

    async with Sandbox(store, settings, extensions=()) as sb:
        assert sb.bot is not None
        await sb.bot.add_cog(Broken())
        await sb.bot.tree.sync()
        reply = (await sb.command("broken")).reply
    assert reply.ephemeral and reply.content.startswith("Something went wrong (ref ")
    ref = reply.content.split("(ref ")[1][:6]
    assert any(ref in r.getMessage() and r.exc_info for r in caplog.records)


async def test_gateway_resume_keeps_the_bot_answering(sandbox: Sandbox) -> None:
    assert not sandbox.fake.resumed.is_set()
    await sandbox.fake.request_reconnect()
    await asyncio.wait_for(sandbox.fake.resumed.wait(), 10)  # the client RESUMEd, not re-IDENTIFYd
    assert len(sandbox.fake._sessions) == 1
    assert (await sandbox.command("about")).reply.embeds[0]["title"] == "FilmBot"


async def test_token_never_appears_in_logs(store: Store, settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    async with Sandbox(store, settings) as sb:
        await sb.command("about")
        token = sb.fake.token
        assert token not in repr(Settings(token=Secret(token)))
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "logging in using static token" in logged  # we did capture the run's logs
    assert token not in logged


def test_bot_instance_uses_minimal_intents() -> None:
    from bot.app import intents

    value = intents()
    assert value.guilds and not value.members and not value.message_content and not value.presences


async def test_database_backup_is_a_usable_copy(store: Store, tmp_path: Path) -> None:
    await store.meta.set("k", "v")
    target = tmp_path / "backup.db"
    await store.db.backup(target)
    async with Store.open(target) as copy:
        assert await copy.meta.get("k") == "v"

