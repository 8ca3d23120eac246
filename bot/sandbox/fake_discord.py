"""A local fake Discord: REST + gateway on 127.0.0.1, a protocol peer of the real discord.py.

It keeps a small world (guilds, channels, roles, members), answers the REST routes discord.py
uses, speaks the gateway protocol (HELLO, IDENTIFY/READY, GUILD_CREATE, heartbeats, RESUME),
delivers interactions the way Discord does (including Discord's own check of a command's
`default_member_permissions`), paces message creation with rate-limit headers and 429s, honours
`nonce` + `enforce_nonce`, validates every request body against Discord's OpenAPI spec, and
records everything for tests.

Nothing here knows about FilmBot: the bot under test is the unmodified discord.py client.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web

from bot.sandbox.spec import SpecValidator

logger = logging.getLogger(__name__)

DISCORD_EPOCH_MS = 1420070400000

# Permission bits (https://discord.com/developers/docs/topics/permissions).
ADMINISTRATOR = 1 << 3
MANAGE_GUILD = 1 << 5
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
READ_MESSAGE_HISTORY = 1 << 16
USE_APPLICATION_COMMANDS = 1 << 31
EVERYONE_DEFAULT = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS
ALL_PERMISSIONS = (1 << 51) - 1

# Interaction callback types.
CALLBACK_PONG, CALLBACK_MESSAGE, CALLBACK_DEFERRED_MESSAGE = 1, 4, 5
CALLBACK_DEFERRED_UPDATE, CALLBACK_UPDATE, CALLBACK_AUTOCOMPLETE, CALLBACK_MODAL = 6, 7, 8, 9

EPHEMERAL_FLAG = 1 << 6


class SnowflakeFactory:
    """Real snowflakes: milliseconds since the Discord epoch, worker, process, increment."""

    def __init__(self) -> None:
        self._counter = itertools.count()

    def __call__(self) -> int:
        ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
        return (ms << 22) | (1 << 17) | (1 << 12) | (next(self._counter) % 4096)


def _iso(ts: float | None = None) -> str:
    return datetime.fromtimestamp(ts if ts is not None else time.time(), UTC).isoformat()


@dataclass
class FakeUser:
    id: int
    username: str
    bot: bool = False

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id), "username": self.username, "discriminator": "0", "global_name": self.username,
            "avatar": None, "bot": self.bot, "public_flags": 0,
        }


@dataclass
class FakeRole:
    id: int
    name: str
    permissions: int
    position: int = 0

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id), "name": self.name, "permissions": str(self.permissions), "position": self.position,
            "color": 0, "hoist": False, "managed": False, "mentionable": True, "flags": 0,
        }


@dataclass
class FakeChannel:
    id: int
    guild_id: int
    name: str
    position: int = 0
    type: int = 0
    # Set by tests: the channel is gone (404 Unknown Channel) or the bot lost access (403).
    deleted: bool = False
    forbidden: bool = False

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id), "guild_id": str(self.guild_id), "name": self.name, "type": self.type,
            "position": self.position, "permission_overwrites": [], "nsfw": False, "parent_id": None,
            "topic": None, "last_message_id": None, "rate_limit_per_user": 0, "flags": 0,
        }


@dataclass
class FakeMember:
    user: FakeUser
    role_ids: list[int]
    joined_at: str = field(default_factory=_iso)

    def payload(self, permissions: int | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "user": self.user.payload(), "roles": [str(r) for r in self.role_ids], "joined_at": self.joined_at,
            "nick": None, "avatar": None, "premium_since": None, "deaf": False, "mute": False, "flags": 0,
            "pending": False, "communication_disabled_until": None,
        }
        if permissions is not None:
            data["permissions"] = str(permissions)
        return data


@dataclass
class FakeGuild:
    id: int
    name: str
    owner_id: int
    roles: dict[int, FakeRole] = field(default_factory=dict)
    channels: dict[int, FakeChannel] = field(default_factory=dict)
    members: dict[int, FakeMember] = field(default_factory=dict)

    def channel_named(self, name: str) -> FakeChannel | None:
        name = name.lstrip("#")
        return next((c for c in self.channels.values() if c.name == name and not c.deleted), None)

    def role_named(self, name: str) -> FakeRole | None:
        name = name.lstrip("@")
        return next((r for r in self.roles.values() if r.name == name), None)

    def member_named(self, name: str) -> FakeMember | None:
        name = name.lstrip("@")
        return next((m for m in self.members.values() if m.user.username == name), None)

    def permissions_of(self, member: FakeMember) -> int:
        if member.user.id == self.owner_id:
            return ALL_PERMISSIONS
        perms = self.roles[self.id].permissions  # @everyone's id is the guild id
        for role_id in member.role_ids:
            if role_id in self.roles:
                perms |= self.roles[role_id].permissions
        return ALL_PERMISSIONS if perms & ADMINISTRATOR else perms

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id), "name": self.name, "owner_id": str(self.owner_id), "unavailable": False,
            "icon": None, "splash": None, "discovery_splash": None, "banner": None, "description": None,
            "features": [], "verification_level": 0, "default_message_notifications": 0,
            "explicit_content_filter": 0, "mfa_level": 0, "nsfw_level": 0, "premium_tier": 0,
            "preferred_locale": "en-US", "system_channel_id": None, "system_channel_flags": 0,
            "rules_channel_id": None, "public_updates_channel_id": None, "afk_channel_id": None, "afk_timeout": 300,
            "roles": [r.payload() for r in self.roles.values()],
            "channels": [c.payload() for c in self.channels.values() if not c.deleted],
            "members": [m.payload() for m in self.members.values()],
            "member_count": len(self.members), "large": False, "emojis": [], "stickers": [],
            "threads": [], "voice_states": [], "presences": [], "stage_instances": [],
            "guild_scheduled_events": [], "joined_at": _iso(), "max_members": 500000,
        }


@dataclass
class Posted:
    """One message the bot created or edited, as the fake saw it."""

    kind: str  # "reply" | "followup" | "edit" | "message"
    message: dict[str, Any]
    body: dict[str, Any]
    channel_id: int
    guild_id: int | None
    interaction_id: int | None
    ephemeral: bool

    @property
    def content(self) -> str:
        return str(self.message.get("content") or "")

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return list(self.message.get("embeds") or [])

    @property
    def components(self) -> list[dict[str, Any]]:
        return list(self.message.get("components") or [])

    @property
    def allowed_mentions(self) -> dict[str, Any] | None:
        value = self.body.get("allowed_mentions")
        return value if isinstance(value, dict) else None

    def text(self) -> str:
        """Everything a person reads in this message, for simple assertions."""
        parts = [self.content]
        for embed in self.embeds:
            parts += [embed.get("title") or "", embed.get("description") or ""]
            for f in embed.get("fields") or []:
                parts += [f.get("name") or "", f.get("value") or ""]
            parts.append((embed.get("footer") or {}).get("text") or "")
            parts.append((embed.get("author") or {}).get("name") or "")
        return "\n".join(p for p in parts if p)

    def buttons(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        stack = list(self.components)
        while stack:
            component = stack.pop(0)
            if component.get("type") in (2, 3):
                found.append(component)
            stack[:0] = component.get("components") or []
        return found


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: dict[str, str]
    body: Any
    status: int
    at: float


@dataclass
class FakeInteraction:
    id: int
    token: str
    type: int
    guild_id: int
    channel_id: int
    user_id: int
    payload: dict[str, Any]
    message_id: int | None = None  # for component interactions: the message clicked
    callback_type: int | None = None
    callback_body: dict[str, Any] | None = None
    original_message_id: int | None = None
    responded: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def autocomplete_choices(self) -> list[dict[str, Any]]:
        data = (self.callback_body or {}).get("data") or {}
        return list(data.get("choices") or [])


@dataclass
class _Bucket:
    limit: int
    window: float
    remaining: int
    reset_at: float


class _GatewaySession:
    def __init__(self, ws: web.WebSocketResponse, session_id: str) -> None:
        self.ws = ws
        self.session_id = session_id
        self.seq = 0
        self.sent: deque[dict[str, Any]] = deque(maxlen=1000)  # replay buffer for RESUME
        self.identified = False


class FakeDiscord:
    """Run with ``async with FakeDiscord() as fake:``; point discord.py at ``fake.api_base``."""

    def __init__(self, *, token: str | None = None, spec: SpecValidator | bool | None = True) -> None:
        self.token = token or f"{secrets.token_urlsafe(18)}.{secrets.token_urlsafe(4)}.{secrets.token_urlsafe(20)}"
        self.snowflake = SnowflakeFactory()
        self.application_id = self.snowflake()
        self.bot_user = FakeUser(self.application_id, "FilmBot", bot=True)
        self.owner = FakeUser(self.snowflake(), "operator")
        self.guilds: dict[int, FakeGuild] = {}
        self.commands: dict[int | None, list[dict[str, Any]]] = {}
        self.requests: list[RecordedRequest] = []
        self.posted: list[Posted] = []
        self.messages: dict[int, dict[str, Any]] = {}
        self.interactions: dict[int, FakeInteraction] = {}
        self.spec: SpecValidator | None = SpecValidator.load() if spec is True else (spec or None)
        # Discord hides a command from members without its default_member_permissions and never
        # delivers it; tests switch this off to prove the bot's own check.
        self.enforce_default_permissions = True
        # Rate limits on POST /channels/{id}/messages: None = no headers at all.
        self.channel_rate_limit: tuple[int, float] | None = None
        self.global_rate_limit: int | None = None
        self.forced_429s: list[tuple[Callable[[str, str], bool], float, bool]] = []
        self._buckets: dict[int, _Bucket] = {}
        self._global_window: deque[float] = deque()
        self._nonces: dict[tuple[int, str], int] = {}
        self._sessions: dict[str, _GatewaySession] = {}
        self.resumed = asyncio.Event()  # set when a client RESUMEd a session (for tests)
        self._listeners: list[Callable[[Posted], None]] = []
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.heartbeat_interval_ms = 41250

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(middlewares=[self._middleware], client_max_size=32 * 1024 * 1024)
        app.router.add_route("GET", "/gateway", self._gateway)
        app.router.add_route("GET", "/gateway/", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server: Any = site._server  # aiohttp exposes the bound port only on the asyncio server
        self.port = server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        for session in list(self._sessions.values()):
            await session.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway/"

    # -- the world ---------------------------------------------------------------------------

    def create_guild(self, name: str) -> FakeGuild:
        guild = FakeGuild(self.snowflake(), name, self.owner.id)
        guild.roles[guild.id] = FakeRole(guild.id, "@everyone", EVERYONE_DEFAULT)
        guild.members[self.owner.id] = FakeMember(self.owner, [])
        bot_role = FakeRole(self.snowflake(), "FilmBot", EVERYONE_DEFAULT, position=1)
        guild.roles[bot_role.id] = bot_role
        guild.members[self.bot_user.id] = FakeMember(self.bot_user, [bot_role.id])
        self.guilds[guild.id] = guild
        self.create_channel(guild, "general", dispatch=False)
        self._dispatch_all("GUILD_CREATE", guild.payload())
        return guild

    def guild_named(self, name: str) -> FakeGuild | None:
        return next((g for g in self.guilds.values() if g.name == name), None)

    def create_channel(self, guild: FakeGuild, name: str, *, dispatch: bool = True) -> FakeChannel:
        channel = FakeChannel(self.snowflake(), guild.id, name.lstrip("#"), position=len(guild.channels))
        guild.channels[channel.id] = channel
        if dispatch:
            self._dispatch_all("CHANNEL_CREATE", channel.payload())
        return channel

    def delete_channel(self, channel: FakeChannel) -> None:
        channel.deleted = True
        self._dispatch_all("CHANNEL_DELETE", channel.payload())

    def create_role(self, guild: FakeGuild, name: str, permissions: int = 0) -> FakeRole:
        role = FakeRole(self.snowflake(), name.lstrip("@"), permissions, position=len(guild.roles))
        guild.roles[role.id] = role
        self._dispatch_all("GUILD_ROLE_CREATE", {"guild_id": str(guild.id), "role": role.payload()})
        return role

    def create_member(self, guild: FakeGuild, username: str, roles: list[FakeRole] | None = None) -> FakeMember:
        member = FakeMember(FakeUser(self.snowflake(), username.lstrip("@")), [r.id for r in roles or []])
        guild.members[member.user.id] = member
        return member

    def channel(self, channel_id: int) -> FakeChannel | None:
        for guild in self.guilds.values():
            if channel_id in guild.channels:
                return guild.channels[channel_id]
        return None

    def on_posted(self, listener: Callable[[Posted], None]) -> None:
        self._listeners.append(listener)

    def forget_history(self) -> None:
        """Drop the records (requests, posts, finished interactions): long benchmarks only."""
        self.requests.clear()
        self.posted.clear()
        self.interactions = {k: v for k, v in self.interactions.items() if not v.responded.is_set()}
        self.messages.clear()

    def posted_in(self, channel: FakeChannel) -> list[Posted]:
        return [p for p in self.posted if p.channel_id == channel.id]

    # -- faults for tests ----------------------------------------------------------------------

    def force_429(self, count: int = 1, *, retry_after: float = 0.05, when: Callable[[str, str], bool] | None = None,
                  is_global: bool = False) -> None:
        """The next `count` matching requests (method, path) get a 429 as Discord sends it."""
        match = when or (lambda method, path: True)
        self.forced_429s.extend([(match, retry_after, is_global)] * count)

    async def request_reconnect(self) -> None:
        """Ask the client to reconnect and RESUME (gateway op 7), as Discord does on maintenance."""
        for session in list(self._sessions.values()):
            if not session.ws.closed:
                await session.ws.send_str(json.dumps({"op": 7, "d": None}))

    # -- interactions --------------------------------------------------------------------------

    def find_command(self, guild: FakeGuild, name: str) -> dict[str, Any] | None:
        for scope in (guild.id, None):
            for command in self.commands.get(scope, []):
                if command["name"] == name and command.get("type", 1) == 1:
                    return command
        return None

    def member_can_see(self, guild: FakeGuild, member: FakeMember, command: dict[str, Any]) -> bool:
        required = command.get("default_member_permissions")
        if required in (None, ""):
            return True
        perms = guild.permissions_of(member)
        if perms & ADMINISTRATOR:
            return True
        return int(required) != 0 and (perms & int(required)) == int(required)

    async def send_interaction(self, *, type_: int, guild: FakeGuild, channel: FakeChannel, member: FakeMember,
                               data: dict[str, Any], message: dict[str, Any] | None = None) -> FakeInteraction:
        interaction_id = self.snowflake()
        token = "aW50ZXJhY3Rpb24" + secrets.token_urlsafe(48)
        permissions = guild.permissions_of(member)
        bot_member = guild.members[self.bot_user.id]
        payload: dict[str, Any] = {
            "id": str(interaction_id), "application_id": str(self.application_id), "type": type_,
            "token": token, "version": 1, "guild_id": str(guild.id), "channel_id": str(channel.id),
            "channel": {**channel.payload(), "permissions": str(permissions)},
            "member": member.payload(permissions), "app_permissions": str(guild.permissions_of(bot_member)),
            "locale": "en-US", "guild_locale": "en-US", "entitlements": [], "context": 0,
            "authorizing_integration_owners": {"0": str(guild.id)}, "attachment_size_limit": 8 * 1024 * 1024,
            "data": data,
        }
        if message is not None:
            payload["message"] = message
        interaction = FakeInteraction(interaction_id, token, type_, guild.id, channel.id, member.user.id, payload,
                                      message_id=int(message["id"]) if message else None)
        self.interactions[interaction_id] = interaction
        self._dispatch_all("INTERACTION_CREATE", payload)
        return interaction

    # -- gateway -------------------------------------------------------------------------------

    def _dispatch_all(self, event: str, data: dict[str, Any]) -> None:
        for session in list(self._sessions.values()):
            if session.identified:
                asyncio.get_running_loop().create_task(self._dispatch(session, event, data))

    async def _dispatch(self, session: _GatewaySession, event: str, data: dict[str, Any]) -> None:
        session.seq += 1
        frame = {"op": 0, "t": event, "s": session.seq, "d": data}
        session.sent.append(frame)
        if not session.ws.closed:
            try:
                await session.ws.send_str(json.dumps(frame))
            except ConnectionError:
                logger.debug("gateway send failed; the client will RESUME")

    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(heartbeat=None, max_msg_size=16 * 1024 * 1024)
        await ws.prepare(request)
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval_ms}}))
        session: _GatewaySession | None = None
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            frame = json.loads(msg.data)
            op, data = frame.get("op"), frame.get("d")
            if op == 1:
                await ws.send_str(json.dumps({"op": 11}))
            elif op == 2:
                if data.get("token") != self.token:
                    await ws.close(code=4004, message=b"Authentication failed.")
                    break
                session = _GatewaySession(ws, secrets.token_hex(16))
                self._sessions[session.session_id] = session
                await self._dispatch(session, "READY", {
                    "v": 10, "user": self.bot_user.payload(), "session_id": session.session_id,
                    "resume_gateway_url": self.gateway_url, "guilds": [{"id": str(g), "unavailable": True} for g in self.guilds],
                    "application": {"id": str(self.application_id), "flags": 0}, "private_channels": [],
                    "relationships": [], "presences": [], "user_settings": {}, "session_type": "normal",
                })
                session.identified = True
                for guild in self.guilds.values():
                    await self._dispatch(session, "GUILD_CREATE", guild.payload())
            elif op == 6:
                old = self._sessions.get(data.get("session_id", ""))
                if old is None or data.get("token") != self.token:
                    await ws.send_str(json.dumps({"op": 9, "d": False}))
                    continue
                old.ws = ws
                session = old
                missed = [f for f in old.sent if f["s"] > int(data.get("seq") or 0)]
                for missed_frame in missed:
                    await ws.send_str(json.dumps(missed_frame))
                await self._dispatch(session, "RESUMED", {})
                self.resumed.set()
            elif op == 8:
                guild_id = int(data["guild_id"])
                chunk_guild = self.guilds.get(guild_id)
                if session and chunk_guild:
                    await self._dispatch(session, "GUILD_MEMBERS_CHUNK", {
                        "guild_id": str(guild_id), "members": [m.payload() for m in chunk_guild.members.values()],
                        "chunk_index": 0, "chunk_count": 1, "nonce": data.get("nonce"),
                    })
        return ws

    # -- REST ----------------------------------------------------------------------------------

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Callable[..., Any]) -> web.StreamResponse:
        response: web.StreamResponse = await handler(request)
        return response

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        method = request.method
        body: Any = None
        if request.can_read_body:
            if request.content_type == "multipart/form-data":
                body = await self._read_multipart(request)
            else:
                raw = await request.read()
                body = json.loads(raw) if raw else None
        response = await self._handle(request, method, path, body)
        self.requests.append(RecordedRequest(method, path, dict(request.query), body, response.status, time.time()))
        return response

    async def _read_multipart(self, request: web.Request) -> Any:
        reader = await request.multipart()
        body: Any = None
        async for part in reader:
            if getattr(part, "name", None) == "payload_json":
                body = json.loads(await part.text())  # type: ignore[union-attr]
        return body

    @staticmethod
    def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
        # Exactly "application/json": discord.py only decodes JSON for that content type.
        return web.Response(body=json.dumps(data).encode(), status=status,
                            headers={"Content-Type": "application/json", **(headers or {})})

    def _error(self, status: int, code: int, message: str) -> web.Response:
        return self._json({"message": message, "code": code}, status)

    async def _handle(self, request: web.Request, method: str, path: str, body: Any) -> web.Response:
        if path.startswith(("/interactions/", "/webhooks/")):
            pass  # authenticated by the interaction token in the URL, as on Discord
        elif request.headers.get("Authorization") != f"Bot {self.token}":
            return self._error(401, 0, "401: Unauthorized")
        limited = self._rate_limit(method, path)
        if limited is not None:
            return limited
        if self.spec is not None and body is not None:
            violation = self.spec.check(method, path, body)
            if violation is not None:
                logger.warning("fake Discord rejected %s %s: %s", method, path, violation.errors)
                return self._json(violation.body(), 400)
        parts = path.strip("/").split("/")
        try:
            return await self._route(method, parts, body, request)
        except KeyError as exc:
            logger.warning("fake Discord: %s %s -> unknown %s", method, path, exc)
            return self._error(404, 10003, "Unknown Channel")

    async def _route(self, method: str, parts: list[str], body: Any, request: web.Request) -> web.Response:
        match (method, parts):
            case ("GET", ["users", "@me"]):
                return self._json(self.bot_user.payload())
            case ("GET", ["oauth2", "applications", "@me"]):
                return self._json({
                    "id": str(self.application_id), "name": "FilmBot", "description": "", "icon": None,
                    "bot_public": True, "bot_require_code_grant": False, "owner": self.owner.payload(),
                    "verify_key": "0" * 64, "interactions_endpoint_url": None, "team": None, "flags": 0,
                    "summary": "", "rpc_origins": [],
                })
            case ("GET", ["gateway"]) | ("GET", ["gateway", "bot"]):
                return self._json({"url": self.gateway_url.rstrip("/"), "shards": 1,
                                   "session_start_limit": {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}})
            case ("PUT", ["applications", _, "commands"]):
                return self._json(self._register_commands(None, body or []))
            case ("PUT", ["applications", _, "guilds", guild_id, "commands"]):
                return self._json(self._register_commands(int(guild_id), body or []))
            case ("GET", ["applications", _, "commands"]):
                return self._json(self.commands.get(None, []))
            case ("GET", ["applications", _, "guilds", guild_id, "commands"]):
                return self._json(self.commands.get(int(guild_id), []))
            case ("POST", ["interactions", interaction_id, token, "callback"]):
                return self._interaction_callback(int(interaction_id), token, body or {}, request)
            case ("POST", ["webhooks", _, token]):
                return self._followup(token, body or {})
            case ("GET", ["webhooks", _, token, "messages", message_id]):
                return self._json(self.messages[self._webhook_message_id(token, message_id)])
            case ("PATCH", ["webhooks", _, token, "messages", message_id]):
                interaction = self._interaction_by_token(token)
                kind = "edit"
                if message_id == "@original" and interaction.callback_type == CALLBACK_DEFERRED_MESSAGE \
                        and interaction.original_message_id is not None \
                        and not self.messages[interaction.original_message_id].get("_filled"):
                    kind = "reply"  # the deferred "thinking…" reply gets its content
                mid = self._webhook_message_id(token, message_id)
                return self._json(self._edit_message(mid, body or {}, kind, interaction.id))
            case ("DELETE", ["webhooks", _, token, "messages", message_id]):
                self.messages.pop(self._webhook_message_id(token, message_id), None)
                return web.Response(status=204)
            case ("POST", ["channels", channel_id, "messages"]):
                return self._create_channel_message(int(channel_id), body or {})
            case ("PATCH", ["channels", channel_id, "messages", message_id]):
                self._require_channel(int(channel_id))
                return self._json(self._edit_message(int(message_id), body or {}, "edit", None))
            case ("GET", ["channels", channel_id, "messages", message_id]):
                self._require_channel(int(channel_id))
                return self._json(self.messages[int(message_id)])
            case ("DELETE", ["channels", channel_id, "messages", message_id]):
                self.messages.pop(int(message_id), None)
                return web.Response(status=204)
            case ("GET", ["channels", channel_id]):
                return self._json(self._require_channel(int(channel_id)).payload())
            case ("GET", ["guilds", guild_id, "channels"]):
                return self._json([c.payload() for c in self.guilds[int(guild_id)].channels.values() if not c.deleted])
            case ("GET", ["guilds", guild_id, "roles"]):
                return self._json([r.payload() for r in self.guilds[int(guild_id)].roles.values()])
        logger.warning("fake Discord has no route for %s /%s", method, "/".join(parts))
        return self._error(404, 0, "404: Not Found")

    def _register_commands(self, guild_id: int | None, commands: list[dict[str, Any]]) -> list[dict[str, Any]]:
        previous = {c["name"]: c for c in self.commands.get(guild_id, [])}
        registered = []
        for command in commands:
            stored = {
                **command, "id": previous.get(command["name"], {}).get("id") or str(self.snowflake()),
                "application_id": str(self.application_id), "version": str(self.snowflake()),
                "type": command.get("type", 1), "default_member_permissions": command.get("default_member_permissions"),
            }
            if guild_id is not None:
                stored["guild_id"] = str(guild_id)
            registered.append(stored)
        self.commands[guild_id] = registered
        return registered

    def _interaction_by_token(self, token: str) -> FakeInteraction:
        for interaction in reversed(list(self.interactions.values())):
            if interaction.token == token:
                return interaction
        raise KeyError("interaction token")

    def _webhook_message_id(self, token: str, message_id: str) -> int:
        if message_id == "@original":
            interaction = self._interaction_by_token(token)
            if interaction.original_message_id is None:
                raise KeyError("original message")
            return interaction.original_message_id
        return int(message_id)

    def _require_channel(self, channel_id: int) -> FakeChannel:
        channel = self.channel(channel_id)
        if channel is None or channel.deleted:
            raise KeyError("channel")
        return channel

    def _new_message(self, channel_id: int, guild_id: int | None, body: dict[str, Any], *, type_: int = 0,
                     interaction: FakeInteraction | None = None) -> dict[str, Any]:
        message_id = self.snowflake()
        message: dict[str, Any] = {
            "id": str(message_id), "channel_id": str(channel_id), "type": type_,
            "content": body.get("content") or "", "author": self.bot_user.payload(),
            "embeds": body.get("embeds") or [], "components": body.get("components") or [],
            "attachments": [], "mentions": [], "mention_roles": [], "mention_everyone": False,
            "pinned": False, "tts": bool(body.get("tts")), "timestamp": _iso(), "edited_timestamp": None,
            "flags": int(body.get("flags") or 0), "application_id": str(self.application_id),
        }
        if guild_id is not None:
            message["guild_id"] = str(guild_id)
        if body.get("nonce") is not None:
            message["nonce"] = body["nonce"]
        if interaction is not None:
            message["interaction_metadata"] = {
                "id": str(interaction.id), "type": interaction.type, "user": self._user(interaction).payload(),
                "authorizing_integration_owners": {"0": str(interaction.guild_id)},
            }
        self.messages[message_id] = message
        return message

    def _user(self, interaction: FakeInteraction) -> FakeUser:
        return self.guilds[interaction.guild_id].members[interaction.user_id].user

    def _record(self, kind: str, message: dict[str, Any], body: dict[str, Any], interaction_id: int | None) -> None:
        channel_id = int(message["channel_id"])
        channel = self.channel(channel_id)
        posted = Posted(kind, json.loads(json.dumps(message)), body, channel_id,
                        channel.guild_id if channel else None, interaction_id,
                        bool(int(message.get("flags") or 0) & EPHEMERAL_FLAG))
        self.posted.append(posted)
        for listener in self._listeners:
            listener(posted)

    def _interaction_callback(self, interaction_id: int, token: str, body: dict[str, Any],
                              request: web.Request) -> web.Response:
        interaction = self.interactions.get(interaction_id)
        if interaction is None or interaction.token != token:
            return self._error(404, 10062, "Unknown interaction")
        if interaction.callback_type is not None:
            return self._error(400, 40060, "Interaction has already been acknowledged.")
        type_ = int(body.get("type", 0))
        data = body.get("data") or {}
        interaction.callback_type, interaction.callback_body = type_, body
        resource: dict[str, Any] = {"type": type_}
        info: dict[str, Any] = {"id": str(interaction_id), "type": interaction.type}
        if type_ in (CALLBACK_MESSAGE, CALLBACK_DEFERRED_MESSAGE):
            message = self._new_message(interaction.channel_id, interaction.guild_id, data, type_=20,
                                        interaction=interaction)
            interaction.original_message_id = int(message["id"])
            ephemeral = bool(int(data.get("flags") or 0) & EPHEMERAL_FLAG)
            if type_ == CALLBACK_MESSAGE:
                message["_filled"] = True
                self._record("reply", message, data, interaction_id)
            else:
                message["flags"] = int(message["flags"]) | 128  # LOADING
            resource["message"] = {k: v for k, v in message.items() if not k.startswith("_")}
            info.update(response_message_id=message["id"], response_message_loading=type_ == CALLBACK_DEFERRED_MESSAGE,
                        response_message_ephemeral=ephemeral)
        elif type_ == CALLBACK_UPDATE and interaction.message_id is not None:
            message = self._edit_message(interaction.message_id, data, "edit", interaction_id)
            resource["message"] = message
        elif type_ == CALLBACK_DEFERRED_UPDATE:
            pass
        interaction.responded.set()
        if request.query.get("with_response") in ("1", "true", "True"):
            return self._json({"interaction": info, "resource": resource if type_ not in (1, 6, 8) else None})
        return web.Response(status=204)

    def _followup(self, token: str, body: dict[str, Any]) -> web.Response:
        interaction = self._interaction_by_token(token)
        message = self._new_message(interaction.channel_id, interaction.guild_id, body, type_=0, interaction=interaction)
        self._record("followup", message, body, interaction.id)
        return self._json({k: v for k, v in message.items() if not k.startswith("_")})

    def _edit_message(self, message_id: int, body: dict[str, Any], kind: str, interaction_id: int | None) -> dict[str, Any]:
        message = self.messages[message_id]
        for key in ("content", "embeds", "components", "flags"):
            if key in body and body[key] is not None:
                message[key] = body[key]
        if kind == "reply":
            message["flags"] = int(message.get("flags") or 0) & ~128
            message["_filled"] = True
        else:
            message["edited_timestamp"] = _iso()
        self._record(kind, message, body, interaction_id)
        return {k: v for k, v in message.items() if not k.startswith("_")}

    def _create_channel_message(self, channel_id: int, body: dict[str, Any]) -> web.Response:
        channel = self.channel(channel_id)
        if channel is None or channel.deleted:
            return self._error(404, 10003, "Unknown Channel")
        if channel.forbidden:
            return self._error(403, 50001, "Missing Access")
        nonce = body.get("nonce")
        if nonce is not None and body.get("enforce_nonce"):
            existing = self._nonces.get((channel_id, str(nonce)))
            if existing is not None and existing in self.messages:
                # Discord returns the message created earlier with this nonce, creating nothing.
                return self._json({k: v for k, v in self.messages[existing].items() if not k.startswith("_")})
        message = self._new_message(channel_id, channel.guild_id, body)
        if nonce is not None:
            self._nonces[(channel_id, str(nonce))] = int(message["id"])
        self._record("message", message, body, None)
        return self._json({k: v for k, v in message.items() if not k.startswith("_")},
                          headers=self._bucket_headers(channel_id))

    # -- rate limits ---------------------------------------------------------------------------

    def _rate_limit(self, method: str, path: str) -> web.Response | None:
        for i, (match, retry_after, is_global) in enumerate(self.forced_429s):
            if match(method, path):
                del self.forced_429s[i]
                return self._too_many(retry_after, is_global)
        is_message_create = method == "POST" and path.startswith("/channels/") and path.endswith("/messages")
        now = time.monotonic()
        if self.global_rate_limit is not None and not path.startswith("/interactions/"):
            while self._global_window and now - self._global_window[0] >= 1.0:
                self._global_window.popleft()
            if len(self._global_window) >= self.global_rate_limit:
                return self._too_many(1.0 - (now - self._global_window[0]), True)
            self._global_window.append(now)
        if is_message_create and self.channel_rate_limit is not None:
            channel_id = int(path.split("/")[2])
            limit, window = self.channel_rate_limit
            bucket = self._buckets.get(channel_id)
            if bucket is None or now >= bucket.reset_at:
                bucket = self._buckets[channel_id] = _Bucket(limit, window, limit, now + window)
            if bucket.remaining <= 0:
                return self._too_many(bucket.reset_at - now, False, self._bucket_headers(channel_id))
            bucket.remaining -= 1
        return None

    def _bucket_headers(self, channel_id: int) -> dict[str, str]:
        bucket = self._buckets.get(channel_id)
        if bucket is None:
            return {}
        reset_after = max(0.0, bucket.reset_at - time.monotonic())
        return {
            "X-RateLimit-Limit": str(bucket.limit), "X-RateLimit-Remaining": str(bucket.remaining),
            "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}", "X-RateLimit-Reset-After": f"{reset_after:.3f}",
            "X-RateLimit-Bucket": f"channel-messages-{channel_id}",
        }

    def _too_many(self, retry_after: float, is_global: bool, headers: dict[str, str] | None = None) -> web.Response:
        retry_after = max(retry_after, 0.001)
        extra = {
            **(headers or {}), "Via": "1.1 google", "Retry-After": str(max(1, round(retry_after))),
            "X-RateLimit-Scope": "global" if is_global else "user",
        }
        if is_global:
            extra["X-RateLimit-Global"] = "true"
        return self._json({"message": "You are being rate limited.", "retry_after": round(retry_after, 3),
                           "global": is_global, "code": 0}, 429, extra)
