"""`python -m bot sandbox`: the fake Discord and the real bot in one process, driven by lines.

Grammar (one per line; blank lines and lines starting with '#' are ignored):
    /command [subcommand...] name:value name:"value with spaces"
    :as member|moderator|admin     :guild NAME     :channel NAME
    :poll    :click LABEL    :select VALUE    :wait SECONDS
    :complete /command [subcommand...] name:partial    (autocomplete of the last option given)

With --json, stdout carries exactly one JSON object per line (see README "Sandbox"); logs go
to stderr.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from dataclasses import dataclass
from typing import Any, TextIO

from bot.sandbox.fake_discord import Posted
from bot.sandbox.harness import PERSONAS, Sandbox, SandboxError


@dataclass(frozen=True)
class CommandLine:
    path: list[str]
    options: dict[str, str]


def tokenize(line: str) -> list[str]:
    """Split on spaces; double quotes group (backslash escapes inside); apostrophes are literal."""
    tokens: list[str] = []
    current: list[str] = []
    in_quotes = False
    has_token = False
    i = 0
    while i < len(line):
        char = line[i]
        if in_quotes:
            if char == "\\" and i + 1 < len(line):
                current.append(line[i + 1])
                i += 1
            elif char == '"':
                in_quotes = False
            else:
                current.append(char)
        elif char == '"':
            in_quotes, has_token = True, True
        elif char.isspace():
            if has_token:
                tokens.append("".join(current))
                current, has_token = [], False
        else:
            current.append(char)
            has_token = True
        i += 1
    if in_quotes:
        raise SandboxError("unbalanced double quote")
    if has_token:
        tokens.append("".join(current))
    return tokens


def parse_command(text: str) -> CommandLine:
    """`/quote by speaker:Sean Baker` → path [quote, by], options {speaker: "Sean Baker"}.

    A bare word after an option continues that option's value, so unquoted names with spaces
    work as people type them.
    """
    tokens = tokenize(text.strip())
    if not tokens or not tokens[0].startswith("/") or tokens[0] == "/":
        raise SandboxError("a command starts with '/', e.g. /about")
    path = [tokens[0][1:]]
    options: dict[str, str] = {}
    last: str | None = None
    for token in tokens[1:]:
        name, sep, value = token.partition(":")
        if sep and name and name.replace("_", "").isalnum() and name == name.lower():
            options[name] = value
            last = name
        elif last is not None:
            options[last] = f"{options[last]} {token}"
        else:
            path.append(token)
    return CommandLine(path, options)


def posted_json(line: str, sandbox: Sandbox, posted: Posted) -> dict[str, Any]:
    guild = sandbox.fake.guilds.get(posted.guild_id or 0)
    channel = sandbox.fake.channel(posted.channel_id)
    return {
        "in": line, "kind": posted.kind, "guild": guild.name if guild else None,
        "channel": channel.name if channel else None, "ephemeral": posted.ephemeral,
        "content": posted.content, "embeds": posted.embeds, "components": posted.components,
        "allowed_mentions": posted.allowed_mentions,
    }


def posted_text(sandbox: Sandbox, posted: Posted) -> str:
    channel = sandbox.fake.channel(posted.channel_id)
    head = f"[#{channel.name if channel else '?'}] {posted.kind}" + (" (only you can see this)" if posted.ephemeral else "")
    body = [head]
    if posted.content:
        body.append(posted.content)
    for embed in posted.embeds:
        if embed.get("author"):
            body.append(f"  {embed['author'].get('name', '')}")
        if embed.get("title"):
            body.append(f"┃ {embed['title']}" + (f"  <{embed['url']}>" if embed.get("url") else ""))
        for line in (embed.get("description") or "").splitlines():
            body.append(f"┃ {line}")
        for f in embed.get("fields") or []:
            body.append(f"┃ {f.get('name')}: {f.get('value')}")
        if embed.get("image"):
            body.append(f"┃ [image {embed['image'].get('url')}]")
        if embed.get("footer"):
            body.append(f"┃ — {embed['footer'].get('text')}")
    controls = [
        f"[{b.get('label') or b.get('custom_id')}{' (disabled)' if b.get('disabled') else ''}]"
        if b.get("type") == 2 else "<menu: " + ", ".join(o.get("label", "") for o in b.get("options") or []) + ">"
        for b in posted.buttons()
    ]
    if controls:
        body.append("  " + " ".join(controls))
    return "\n".join(body)


class Console:
    def __init__(self, sandbox: Sandbox, out: TextIO, *, as_json: bool) -> None:
        self.sandbox = sandbox
        self.out = out
        self.as_json = as_json
        self.current_line = ""
        self.last_bot_message: Posted | None = None
        sandbox.fake.on_posted(self._on_posted)

    def _emit(self, obj: dict[str, Any]) -> None:
        self.out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        self.out.flush()

    def _say(self, text: str) -> None:
        if self.as_json:
            return
        self.out.write(text + "\n")
        self.out.flush()

    def _on_posted(self, posted: Posted) -> None:
        if posted.kind != "edit" or self.last_bot_message is None or posted.message.get("id") == self.last_bot_message.message.get("id"):
            self.last_bot_message = posted
        if self.as_json:
            self._emit(posted_json(self.current_line, self.sandbox, posted))
        else:
            self._say(posted_text(self.sandbox, posted))

    async def handle(self, line: str) -> None:
        self.current_line = line
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            return
        started = time.perf_counter()
        try:
            await self._run(stripped)
        except SandboxError as exc:
            if self.as_json:
                self._emit({"in": line, "kind": "error", "error": str(exc)})
            else:
                self._say(f"! {exc}")
            return
        if self.as_json:
            self._emit({"in": line, "kind": "done", "ms": round((time.perf_counter() - started) * 1000, 3)})

    async def _run(self, line: str) -> None:
        sandbox = self.sandbox
        if line.startswith("/"):
            parsed = parse_command(line)
            await sandbox.command(parsed.path, parsed.options)
            return
        verb, _, rest = line.partition(" ")
        rest = rest.strip()
        if verb == ":as":
            if rest not in PERSONAS:
                raise SandboxError(f":as takes one of {', '.join(PERSONAS)}")
            sandbox.persona = rest
            self._say(f"(now acting as {rest})")
        elif verb == ":guild":
            self._require(rest, ":guild NAME")
            sandbox.use_guild(rest)
            self._say(f"(server {rest}, channel #general)")
        elif verb == ":channel":
            self._require(rest, ":channel NAME")
            sandbox.use_channel(rest)
            self._say(f"(channel #{rest.lstrip('#')})")
        elif verb == ":poll":
            await sandbox.poll()
        elif verb in (":click", ":select"):
            self._require(rest, f"{verb} LABEL")
            if self.last_bot_message is None:
                raise SandboxError("the bot has not posted anything to click yet")
            target = rest.strip('"')
            if verb == ":click":
                await sandbox.click(self.last_bot_message, target)
            else:
                await sandbox.select(self.last_bot_message, target)
        elif verb == ":wait":
            try:
                seconds = float(rest)
            except ValueError:
                raise SandboxError(":wait takes a number of seconds") from None
            await asyncio.sleep(max(0.0, min(seconds, 3600.0)))
        elif verb == ":complete":
            parsed = parse_command(rest)
            if not parsed.options:
                raise SandboxError(":complete needs an option to complete, e.g. :complete /winner festival:can")
            focused = list(parsed.options)[-1]
            choices = await sandbox.autocomplete(parsed.path, parsed.options, focused)
            if self.as_json:
                self._emit({"in": self.current_line, "kind": "autocomplete", "option": focused, "choices": choices})
            else:
                self._say("\n".join(f"  {c['name']}" for c in choices) or "  (no suggestions)")
        else:
            raise SandboxError(f"unknown line {line!r}: commands start with '/', controls are "
                               ":as, :guild, :channel, :poll, :click, :select, :wait, :complete")

    @staticmethod
    def _require(value: str, usage: str) -> None:
        if not value:
            raise SandboxError(f"usage: {usage}")


async def read_lines(stream: TextIO, prompt: bool) -> Any:
    loop = asyncio.get_running_loop()
    while True:
        if prompt:
            sys.stderr.write("filmbot> ")
            sys.stderr.flush()
        line = await loop.run_in_executor(None, stream.readline)
        if not line:
            return
        yield line.rstrip("\n")


async def run_console(sandbox: Sandbox, *, as_json: bool, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
    console = Console(sandbox, stdout, as_json=as_json)
    interactive = stdin.isatty() and not as_json
    if interactive:
        sys.stderr.write("FilmBot sandbox: a fake Discord server 'Sandbox' with #general. Try /about, "
                         "/winner festival:Cannes year:2024. Ctrl-D quits.\n")
    async for line in read_lines(stdin, interactive):
        await console.handle(line)
