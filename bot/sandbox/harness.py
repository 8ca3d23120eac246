"""Run the real FilmBot against the fake Discord in one process, and act as its users.

Used by the sandbox console and by the tests. Only two things are redirected, both restored on
exit: discord.py's REST base URL and its gateway URL. Everything else is the unmodified client.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.app import EXTENSIONS, FilmBot
from bot.config import Settings
from bot.sandbox.fake_discord import (
    ADMINISTRATOR,
    MANAGE_GUILD,
    FakeChannel,
    FakeDiscord,
    FakeGuild,
    FakeInteraction,
    FakeMember,
    Posted,
)
from bot.store import Store

logger = logging.getLogger(__name__)

PERSONAS = ("member", "moderator", "admin")
ANSWER_TIMEOUT = 10.0  # Discord allows 3 s; the sandbox is lenient but still reports a hang.

# Names of the tasks discord.py creates to handle an interaction (app_commands/tree.py, ui/view.py,
# client.py): waiting for them tells us the bot has finished with the interaction.
_INTERACTION_TASK_PREFIXES = ("CommandTree-invoker", "discord-ui-view-dispatch", "discord.py: on_interaction",
                              "discord-ui-modal-dispatch")


class SandboxError(Exception):
    """A line or request the sandbox cannot run; the message says why."""


@contextlib.contextmanager
def pointed_at(fake: FakeDiscord) -> Iterator[None]:
    """Point discord.py's REST and gateway at the fake Discord (the only two hooks)."""
    old_base, old_gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    Route.BASE = fake.api_base
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
    try:
        yield
    finally:
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = old_base, old_gateway


@dataclass
class Result:
    interaction: FakeInteraction
    posted: list[Posted] = field(default_factory=list)
    ms: float = 0.0

    @property
    def reply(self) -> Posted:
        """The first message the bot posted for this interaction (reply or followup)."""
        if not self.posted:
            raise AssertionError("the bot posted nothing for this interaction")
        return self.posted[0]

    @property
    def last(self) -> Posted:
        if not self.posted:
            raise AssertionError("the bot posted nothing for this interaction")
        return self.posted[-1]

    def text(self) -> str:
        return "\n".join(p.text() for p in self.posted)

    @property
    def choices(self) -> list[dict[str, Any]]:
        return self.interaction.autocomplete_choices


async def settle_interaction_tasks(timeout: float = ANSWER_TIMEOUT) -> None:
    """Wait until discord.py has finished every task it started for interactions."""
    deadline = time.monotonic() + timeout
    current = asyncio.current_task()
    while True:
        pending = [
            t for t in asyncio.all_tasks()
            if t is not current and not t.done() and t.get_name().startswith(_INTERACTION_TASK_PREFIXES)
        ]
        if not pending:
            return
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise SandboxError("the bot is still busy with the interaction after the time limit")
        await asyncio.wait(pending, timeout=remaining)


class Sandbox:
    """A fake Discord with the real bot connected; create with ``async with Sandbox(store, settings)``."""

    def __init__(self, store: Store, settings: Settings, *, extensions: Sequence[str] = EXTENSIONS,
                 fake: FakeDiscord | None = None, bot_options: dict[str, Any] | None = None) -> None:
        self.store = store
        self.settings = settings
        self.extensions = tuple(extensions)
        self.fake = fake or FakeDiscord()
        self.bot_options = bot_options or {}
        self.bot: FilmBot | None = None
        self._bot_task: asyncio.Task[None] | None = None
        self._session: aiohttp.ClientSession | None = None
        self._pointer: contextlib.ExitStack | None = None
        self.guild: FakeGuild | None = None
        self.channel: FakeChannel | None = None
        self.persona = "member"

    async def __aenter__(self) -> Sandbox:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def start(self) -> None:
        await self.fake.start()
        self._pointer = contextlib.ExitStack()
        self._pointer.enter_context(pointed_at(self.fake))
        self.guild = self.fake.create_guild("Sandbox")
        self.channel = self.guild.channel_named("general")
        self._session = aiohttp.ClientSession()
        self.bot = FilmBot(settings=self.settings, store=self.store, http_session=self._session,
                           extensions=self.extensions, guild_ready_timeout=0.05, **self.bot_options)
        self._bot_task = asyncio.create_task(self.bot.start(self.fake.token), name="filmbot-under-test")
        ready = asyncio.create_task(self.bot.wait_until_ready())
        done, _ = await asyncio.wait({ready, self._bot_task}, timeout=30, return_when=asyncio.FIRST_COMPLETED)
        if self._bot_task in done:
            ready.cancel()
            self._bot_task.result()  # re-raise why the bot stopped
            raise SandboxError("the bot stopped before it was ready")
        if ready not in done:
            raise SandboxError("the bot did not become ready within 30 s")

    async def close(self) -> None:
        if self.bot is not None:
            await self.bot.close()
        if self._bot_task is not None:
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await self._bot_task
        if self._session is not None:
            await self._session.close()
        await self.fake.close()
        if self._pointer is not None:
            self._pointer.close()

    # -- the world ---------------------------------------------------------------------------

    def use_guild(self, name: str) -> FakeGuild:
        guild = self.fake.guild_named(name) or self.fake.create_guild(name)
        self.guild = guild
        self.channel = guild.channel_named("general")
        return guild

    def use_channel(self, name: str) -> FakeChannel:
        self.channel = self.channel_named(name)
        return self.channel

    def channel_named(self, name: str, guild: FakeGuild | None = None) -> FakeChannel:
        guild = guild or self._guild()
        return guild.channel_named(name) or self.fake.create_channel(guild, name)

    def role_named(self, name: str, guild: FakeGuild | None = None, permissions: int = 0) -> discord.Object:
        guild = guild or self._guild()
        role = guild.role_named(name) or self.fake.create_role(guild, name, permissions)
        return discord.Object(role.id)

    def member(self, persona: str | None = None, guild: FakeGuild | None = None) -> FakeMember:
        """The fake member behind a persona ("member", "moderator", "admin") or any user name."""
        guild = guild or self._guild()
        name = persona or self.persona
        existing = guild.member_named(name)
        if existing is not None:
            return existing
        roles = []
        if name == "moderator":
            roles = [guild.role_named("Moderators") or self.fake.create_role(guild, "Moderators", MANAGE_GUILD)]
        elif name == "admin":
            roles = [guild.role_named("Admins") or self.fake.create_role(guild, "Admins", ADMINISTRATOR)]
        return self.fake.create_member(guild, name, roles)

    def _guild(self) -> FakeGuild:
        assert self.guild is not None, "start() first"
        return self.guild

    def _channel(self) -> FakeChannel:
        assert self.channel is not None, "start() first"
        return self.channel

    async def poll(self) -> None:
        """Run one feed-poll cycle now and return when its announcements are delivered."""
        assert self.bot is not None
        if self.bot.news is None:
            raise SandboxError("the news service is not running")
        await self.bot.news.poll_once()

    # -- acting as a user ----------------------------------------------------------------------

    async def command(self, path: str | Sequence[str], options: dict[str, Any] | None = None, *,
                      member: FakeMember | str | None = None, guild: FakeGuild | None = None,
                      channel: FakeChannel | None = None) -> Result:
        """Run a slash command, e.g. ``command("quote by", {"speaker": "Sean Baker"})``."""
        guild = guild or self._guild()
        channel = channel or (self._channel() if guild is self.guild else guild.channel_named("general"))
        assert channel is not None
        fake_member = member if isinstance(member, FakeMember) else self.member(member, guild)
        data = self.build_command_data(guild, path, options or {})
        command = self.fake.find_command(guild, data["name"])
        assert command is not None
        if self.fake.enforce_default_permissions and not self.fake.member_can_see(guild, fake_member, command):
            raise SandboxError(f"Discord hides /{data['name']} from {fake_member.user.username}: it needs "
                               "permissions they lack (default_member_permissions)")
        return await self._interact(2, guild, channel, fake_member, data)

    async def autocomplete(self, path: str | Sequence[str], options: dict[str, Any], focused: str, *,
                           member: FakeMember | str | None = None) -> list[dict[str, Any]]:
        guild = self._guild()
        fake_member = member if isinstance(member, FakeMember) else self.member(member, guild)
        data = self.build_command_data(guild, path, options, focused=focused)
        result = await self._interact(4, guild, self._channel(), fake_member, data)
        return result.choices

    async def click(self, message: Posted, label: str, *, member: FakeMember | str | None = None) -> Result:
        """Press the button with this label (or custom_id) on a message the bot posted."""
        buttons = [b for b in message.buttons() if b.get("type") == 2]
        button = next((b for b in buttons if b.get("label") == label or b.get("custom_id") == label), None)
        if button is None:
            labels = ", ".join(repr(b.get("label") or b.get("custom_id")) for b in buttons) or "none"
            raise SandboxError(f"no button {label!r} on that message (buttons: {labels})")
        if button.get("disabled"):
            raise SandboxError(f"the button {label!r} is disabled")
        data = {"custom_id": button["custom_id"], "component_type": 2}
        return await self._component(message, data, member)

    async def select(self, message: Posted, value: str, *, member: FakeMember | str | None = None) -> Result:
        menus = [c for c in message.buttons() if c.get("type") == 3]
        for menu in menus:
            if any(o.get("value") == value or o.get("label") == value for o in menu.get("options") or []):
                chosen = next(o["value"] for o in menu["options"] if o.get("value") == value or o.get("label") == value)
                data = {"custom_id": menu["custom_id"], "component_type": 3, "values": [chosen]}
                return await self._component(message, data, member)
        raise SandboxError(f"no menu on that message offers {value!r}")

    async def _component(self, message: Posted, data: dict[str, Any], member: FakeMember | str | None) -> Result:
        guild = self.fake.guilds[message.guild_id] if message.guild_id else self._guild()
        channel = self.fake.channel(message.channel_id)
        assert channel is not None
        fake_member = member if isinstance(member, FakeMember) else self.member(member, guild)
        current = self.fake.messages.get(int(message.message["id"]), message.message)
        wire = {k: v for k, v in current.items() if not k.startswith("_")}
        return await self._interact(3, guild, channel, fake_member, data, message=wire)

    async def _interact(self, type_: int, guild: FakeGuild, channel: FakeChannel, member: FakeMember,
                        data: dict[str, Any], message: dict[str, Any] | None = None) -> Result:
        start_index = len(self.fake.posted)
        started = time.perf_counter()
        interaction = await self.fake.send_interaction(type_=type_, guild=guild, channel=channel, member=member,
                                                       data=data, message=message)
        try:
            await asyncio.wait_for(interaction.responded.wait(), ANSWER_TIMEOUT)
        except TimeoutError:
            raise SandboxError("the bot did not answer the interaction (Discord would show 'did not respond')") from None
        await settle_interaction_tasks()
        elapsed = (time.perf_counter() - started) * 1000
        return Result(interaction, [p for p in self.fake.posted[start_index:] if p.interaction_id == interaction.id],
                      elapsed)

    # -- building interaction payloads from the registered commands ----------------------------

    def build_command_data(self, guild: FakeGuild, path: str | Sequence[str], options: dict[str, Any], *,
                           focused: str | None = None) -> dict[str, Any]:
        names = path.split() if isinstance(path, str) else list(path)
        names = [n.lstrip("/") for n in names]
        if not names:
            raise SandboxError("no command given")
        command = self.fake.find_command(guild, names[0])
        if command is None:
            known = sorted({c["name"] for scope in (None, guild.id) for c in self.fake.commands.get(scope, [])})
            raise SandboxError(f"unknown command /{names[0]} (commands: {', '.join('/' + k for k in known)})")
        resolved: dict[str, dict[str, Any]] = {}
        node: dict[str, Any] = command
        chain: list[dict[str, Any]] = []
        for name in names[1:]:
            child = next((o for o in node.get("options") or [] if o["name"] == name and o["type"] in (1, 2)), None)
            if child is None:
                subs = [o["name"] for o in node.get("options") or [] if o["type"] in (1, 2)]
                raise SandboxError(f"/{' '.join(names)}: unknown subcommand {name!r} (choose from {', '.join(subs)})")
            chain.append(child)
            node = child
        if any(o["type"] in (1, 2) for o in node.get("options") or []):
            subs = [o["name"] for o in node["options"] if o["type"] in (1, 2)]
            raise SandboxError(f"/{' '.join(names)} needs a subcommand: {', '.join(subs)}")
        leaf_options = self._convert_options(guild, node, options, resolved, focused, " ".join(names))
        payload_options: list[dict[str, Any]] = leaf_options
        for sub in reversed(chain):
            payload_options = [{"type": sub["type"], "name": sub["name"], "options": payload_options}]
        data: dict[str, Any] = {"id": command["id"], "name": command["name"], "type": 1, "options": payload_options}
        if command.get("guild_id"):
            data["guild_id"] = command["guild_id"]
        if resolved:
            data["resolved"] = resolved
        return data

    def _convert_options(self, guild: FakeGuild, node: dict[str, Any], given: dict[str, Any],
                         resolved: dict[str, dict[str, Any]], focused: str | None, label: str) -> list[dict[str, Any]]:
        declared = {o["name"]: o for o in node.get("options") or []}
        for name in given:
            if name not in declared:
                raise SandboxError(f"/{label} has no option {name!r} (options: {', '.join(declared) or 'none'})")
        out = []
        for name, spec in declared.items():
            if name not in given:
                if spec.get("required") and focused is None:
                    raise SandboxError(f"/{label} needs {name}:")
                continue
            raw = given[name]
            if name == focused:
                out.append({"type": spec["type"], "name": name, "value": str(raw), "focused": True})
                continue
            out.append({"type": spec["type"], "name": name, "value": self._convert(guild, spec, raw, resolved)})
        return out

    def _convert(self, guild: FakeGuild, spec: dict[str, Any], raw: Any, resolved: dict[str, dict[str, Any]]) -> Any:
        kind, name = spec["type"], spec["name"]
        try:
            if kind == 4:
                value: Any = int(raw)
            elif kind == 10:
                value = float(raw)
            elif kind == 5:
                value = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes", "on")
            elif kind == 7:
                channel = raw if isinstance(raw, FakeChannel) else self.channel_named(str(raw), guild)
                resolved.setdefault("channels", {})[str(channel.id)] = {**channel.payload(), "permissions": "0"}
                return str(channel.id)
            elif kind in (8, 9) and not str(raw).startswith("@") and isinstance(raw, str) and kind == 9:
                member = self.member(raw, guild)
                resolved.setdefault("users", {})[str(member.user.id)] = member.user.payload()
                return str(member.user.id)
            elif kind in (8, 9):
                role = guild.role_named(str(raw)) or self.fake.create_role(guild, str(raw))
                resolved.setdefault("roles", {})[str(role.id)] = role.payload()
                return str(role.id)
            elif kind == 6:
                member = raw if isinstance(raw, FakeMember) else self.member(str(raw).lstrip("@"), guild)
                resolved.setdefault("users", {})[str(member.user.id)] = member.user.payload()
                resolved.setdefault("members", {})[str(member.user.id)] = {
                    k: v for k, v in member.payload(guild.permissions_of(member)).items() if k != "user"}
                return str(member.user.id)
            else:
                value = str(raw)
        except ValueError:
            raise SandboxError(f"{name}: {raw!r} is not a valid {'whole number' if kind == 4 else 'number'}") from None
        choices = spec.get("choices")
        if choices:
            for choice in choices:
                if str(choice["value"]) == str(value) or choice["name"] == str(value):
                    return choice["value"]
            raise SandboxError(f"{name}: choose one of {', '.join(c['name'] for c in choices)}")
        return value
