"""Per-server configuration: the moderator role and the mod-log channel."""

from __future__ import annotations

from dataclasses import dataclass

from bot.store.database import Database


@dataclass(frozen=True)
class GuildConfig:
    guild_id: int
    mod_role_id: int | None = None
    modlog_channel_id: int | None = None


class GuildConfigRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        # Read on every moderator check; cached here and invalidated on write.
        self._cache: dict[int, GuildConfig] = {}

    async def get(self, guild_id: int) -> GuildConfig:
        cached = self._cache.get(guild_id)
        if cached is not None:
            return cached
        row = await (
            await self._db.conn.execute(
                "SELECT mod_role_id, modlog_channel_id FROM guild_config WHERE guild_id = ?", (guild_id,)
            )
        ).fetchone()
        config = GuildConfig(guild_id, row[0], row[1]) if row else GuildConfig(guild_id)
        self._cache[guild_id] = config
        return config

    async def set_mod_role(self, guild_id: int, role_id: int | None) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO guild_config (guild_id, mod_role_id) VALUES (?, ?) "
                "ON CONFLICT (guild_id) DO UPDATE SET mod_role_id = excluded.mod_role_id",
                (guild_id, role_id),
            )
        self._cache.pop(guild_id, None)

    async def set_modlog_channel(self, guild_id: int, channel_id: int | None) -> None:
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO guild_config (guild_id, modlog_channel_id) VALUES (?, ?) "
                "ON CONFLICT (guild_id) DO UPDATE SET modlog_channel_id = excluded.modlog_channel_id",
                (guild_id, channel_id),
            )
        self._cache.pop(guild_id, None)
