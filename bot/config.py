"""Settings, read once at start-up from the environment and `.env`.

Every problem is reported as one line naming the variable, what is wrong and an example
(`SettingsError`), and the entry point exits with code 2. The token is wrapped in `Secret`
so that it never shows up in a repr, a log line or a traceback's locals.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

DEFAULT_DATABASE_PATH = Path("data/filmbot.db")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class SettingsError(ValueError):
    """A setting has a bad value; the message is the single line shown to the operator."""


class Secret:
    """A string that refuses to show itself in repr/str (tokens end up in logs that way)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "Secret('********')" if self._value else "Secret('')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True)
class Settings:
    token: Secret = field(default_factory=lambda: Secret(""))
    database_path: Path = DEFAULT_DATABASE_PATH
    log_level: str = "INFO"
    dev_guild_id: int | None = None
    owner_ids: frozenset[int] = frozenset()
    # News polling (see README "Settings").
    feed_interval_minutes: float = 10.0
    feed_min_interval_minutes: float = 2.0
    feed_max_concurrent_fetches: int = 16
    feed_fetch_timeout_seconds: float = 15.0
    feed_max_bytes: int = 5 * 1024 * 1024
    # Hosts the operator trusts even though they resolve to private/loopback addresses.
    feed_allowed_private_hosts: frozenset[str] = frozenset()
    announce_per_channel_per_cycle: int = 5


def _int(name: str, raw: str, example: str, *, minimum: int | None = None) -> int:
    try:
        value = int(raw.strip())
    except ValueError:
        raise SettingsError(f"{name}: {raw!r} is not a whole number (example: {name}={example})") from None
    if minimum is not None and value < minimum:
        raise SettingsError(f"{name}: {value} is below the minimum {minimum} (example: {name}={example})")
    return value


def _float(name: str, raw: str, example: str, *, minimum: float) -> float:
    try:
        value = float(raw.strip())
    except ValueError:
        raise SettingsError(f"{name}: {raw!r} is not a number (example: {name}={example})") from None
    if value < minimum:
        raise SettingsError(f"{name}: {value:g} is below the minimum {minimum:g} (example: {name}={example})")
    return value


def _snowflake(name: str, raw: str) -> int:
    example = "123456789012345678"
    raw = raw.strip()
    if not raw.isdigit() or not 15 <= len(raw) <= 21:
        raise SettingsError(
            f"{name}: {raw!r} is not a Discord ID (a number of 17-20 digits; example: {name}={example})"
        )
    return int(raw)


def _token(raw: str) -> Secret:
    raw = raw.strip()
    if raw and (any(c.isspace() for c in raw) or raw.count(".") != 2):
        # Don't echo the value: it may be a real (if mangled) token.
        raise SettingsError(
            "DISCORD_TOKEN: the value does not look like a bot token (three dot-separated parts, "
            "no spaces; copy it from Developer Portal > your app > Bot > Reset Token)"
        )
    return Secret(raw)


def settings_from_mapping(env: Mapping[str, str]) -> Settings:
    """Build Settings from a mapping of variables; raise SettingsError for the first bad value."""
    kwargs: dict[str, object] = {"token": _token(env.get("DISCORD_TOKEN", ""))}
    if raw := env.get("DATABASE_PATH", "").strip():
        kwargs["database_path"] = Path(raw)
    if raw := env.get("LOG_LEVEL", "").strip():
        level = raw.upper()
        if level not in LOG_LEVELS:
            raise SettingsError(f"LOG_LEVEL: {raw!r} is not one of {', '.join(LOG_LEVELS)} (example: LOG_LEVEL=INFO)")
        kwargs["log_level"] = level
    if raw := env.get("DEV_GUILD_ID", "").strip():
        kwargs["dev_guild_id"] = _snowflake("DEV_GUILD_ID", raw)
    if raw := env.get("OWNER_IDS", "").strip():
        kwargs["owner_ids"] = frozenset(_snowflake("OWNER_IDS", part) for part in raw.split(",") if part.strip())
    if raw := env.get("FEED_INTERVAL_MINUTES", "").strip():
        kwargs["feed_interval_minutes"] = _float("FEED_INTERVAL_MINUTES", raw, "10", minimum=0.01)
    if raw := env.get("FEED_MIN_INTERVAL_MINUTES", "").strip():
        kwargs["feed_min_interval_minutes"] = _float("FEED_MIN_INTERVAL_MINUTES", raw, "2", minimum=0.01)
    if raw := env.get("FEED_MAX_CONCURRENT_FETCHES", "").strip():
        kwargs["feed_max_concurrent_fetches"] = _int("FEED_MAX_CONCURRENT_FETCHES", raw, "16", minimum=1)
    if raw := env.get("FEED_FETCH_TIMEOUT_SECONDS", "").strip():
        kwargs["feed_fetch_timeout_seconds"] = _float("FEED_FETCH_TIMEOUT_SECONDS", raw, "15", minimum=0.1)
    if raw := env.get("FEED_MAX_BYTES", "").strip():
        kwargs["feed_max_bytes"] = _int("FEED_MAX_BYTES", raw, "5242880", minimum=1024)
    if raw := env.get("FEED_ALLOWED_PRIVATE_HOSTS", "").strip():
        kwargs["feed_allowed_private_hosts"] = frozenset(h.strip().lower() for h in raw.split(",") if h.strip())
    if raw := env.get("ANNOUNCE_PER_CHANNEL_PER_CYCLE", "").strip():
        kwargs["announce_per_channel_per_cycle"] = _int("ANNOUNCE_PER_CHANNEL_PER_CYCLE", raw, "5", minimum=1)
    settings = Settings(**kwargs)  # type: ignore[arg-type]
    if settings.feed_interval_minutes < settings.feed_min_interval_minutes:
        raise SettingsError(
            f"FEED_INTERVAL_MINUTES: {settings.feed_interval_minutes:g} is below FEED_MIN_INTERVAL_MINUTES "
            f"({settings.feed_min_interval_minutes:g}) (example: FEED_INTERVAL_MINUTES=10)"
        )
    return settings


def load_settings(env_file: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from `.env` (if present) overlaid by the process environment."""
    env_file = env_file if env_file is not None else Path(".env")
    merged: dict[str, str] = {}
    if env_file.is_file():
        merged.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    merged.update(environ if environ is not None else os.environ)
    return settings_from_mapping(merged)
