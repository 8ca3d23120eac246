"""Moderation's SQL: the audit log, hidden global facts, fact ownership and the review queue.

Fact rows themselves (wins, quotes) are written by FactsRepository; this repository records
who changed what and decides proposals. Callers wrap a change and its audit entry in one
``Database.transaction()``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import aiosqlite

from bot.store.database import Repository

FactKind = str  # "win" | "quote"


@dataclass(frozen=True)
class AuditEntry:
    id: int
    guild_id: int | None
    actor_id: int | None  # None: the operator (command line)
    action: str  # add | edit | remove | hide | approve | reject | promote
    fact_kind: str | None
    fact_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str | None
    created_at: float


@dataclass(frozen=True)
class Proposal:
    id: int
    guild_id: int
    kind: str  # "win" | "quote"
    payload: dict[str, Any]
    dedupe_key: str
    article_id: int | None
    status: str  # pending | approved | rejected
    decided_by: int | None
    fact_id: int | None
    created_at: float


@dataclass(frozen=True)
class FactOwner:
    """Who a fact belongs to, whether or not it is still shown."""

    kind: str
    id: int
    guild_id: int | None
    removed: bool


@dataclass(frozen=True)
class Hidden:
    guild_id: int
    kind: str
    fact_id: int
    hidden_by: int | None
    reason: str | None
    correction_id: int | None


_FACT_TABLES = {"win": "wins", "quote": "quotes"}


def _json(value: dict[str, Any] | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _loads(value: str | None) -> dict[str, Any] | None:
    if not value:
        return None
    loaded = json.loads(value)
    return loaded if isinstance(loaded, dict) else None


def _audit(row: aiosqlite.Row) -> AuditEntry:
    return AuditEntry(row["id"], row["guild_id"], row["actor_id"], row["action"], row["fact_kind"], row["fact_id"],
                      _loads(row["before_json"]), _loads(row["after_json"]), row["reason"], row["created_at"])


def _proposal(row: aiosqlite.Row) -> Proposal:
    return Proposal(row["id"], row["guild_id"], row["kind"], _loads(row["payload"]) or {}, row["dedupe_key"],
                    row["article_id"], row["status"], row["decided_by"], row["fact_id"], row["created_at"])


class ModerationRepository(Repository):


    # -- audit -------------------------------------------------------------------------------------

    async def add_audit(self, *, guild_id: int | None, actor_id: int | None, action: str, fact_kind: str | None,
                        fact_id: int | None, before: dict[str, Any] | None, after: dict[str, Any] | None,
                        reason: str | None) -> AuditEntry:
        cursor = await self._conn.execute(
            "INSERT INTO audit_log (guild_id, actor_id, action, fact_kind, fact_id, before_json, after_json, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (guild_id, actor_id, action, fact_kind, fact_id, _json(before), _json(after), reason))
        row = await self._one("SELECT * FROM audit_log WHERE id = ?", (cursor.lastrowid,))
        assert row is not None
        return _audit(row)

    async def history(self, fact_kind: str, fact_id: int, guild_id: int, limit: int = 100) -> list[AuditEntry]:
        """A fact's entries that this server may read: its own and the operator's (guild NULL)."""
        rows = await self._all(
            "SELECT * FROM audit_log WHERE fact_kind = ? AND fact_id = ? AND (guild_id = ? OR actor_id IS NULL) "
            "ORDER BY id LIMIT ?", (fact_kind, fact_id, guild_id, limit))
        return [_audit(r) for r in rows]

    async def guild_audit(self, guild_id: int, limit: int = 50) -> list[AuditEntry]:
        rows = await self._all("SELECT * FROM audit_log WHERE guild_id = ? ORDER BY id DESC LIMIT ?",
                               (guild_id, limit))
        return [_audit(r) for r in rows]

    # -- ownership and hiding -----------------------------------------------------------------------

    async def fact_owner(self, kind: str, fact_id: int) -> FactOwner | None:
        table = _FACT_TABLES[kind]  # our own constant, never user text
        row = await self._one(f"SELECT guild_id, removed_at FROM {table} WHERE id = ?", (fact_id,))
        if row is None:
            return None
        return FactOwner(kind, fact_id, row[0], row[1] is not None)

    async def hide(self, guild_id: int, kind: str, fact_id: int, hidden_by: int, reason: str | None) -> bool:
        """Hide a global fact from one server; False when it was hidden already."""
        cursor = await self._conn.execute(
            "INSERT OR IGNORE INTO hidden_facts (guild_id, fact_kind, fact_id, hidden_by, reason) VALUES (?, ?, ?, ?, ?)",
            (guild_id, kind, fact_id, hidden_by, reason))
        return cursor.rowcount > 0

    async def hidden(self, guild_id: int, kind: str, fact_id: int) -> Hidden | None:
        row = await self._one(
            "SELECT guild_id, fact_kind, fact_id, hidden_by, reason, correction_id FROM hidden_facts "
            "WHERE guild_id = ? AND fact_kind = ? AND fact_id = ?", (guild_id, kind, fact_id))
        return Hidden(row[0], row[1], row[2], row[3], row[4], row[5]) if row else None

    async def set_correction(self, guild_id: int, kind: str, fact_id: int, correction_id: int) -> None:
        await self._conn.execute(
            "UPDATE hidden_facts SET correction_id = ? WHERE guild_id = ? AND fact_kind = ? AND fact_id = ?",
            (correction_id, guild_id, kind, fact_id))

    async def corrected_by(self, guild_id: int, kind: str, correction_id: int) -> int | None:
        """The hidden global fact that this server fact corrects, if it is a correction."""
        row = await self._one("SELECT fact_id FROM hidden_facts WHERE guild_id = ? AND fact_kind = ? "
                              "AND correction_id = ?", (guild_id, kind, correction_id))
        return int(row[0]) if row else None

    # -- the review queue ---------------------------------------------------------------------------

    async def queue_proposal(self, guild_id: int, kind: str, payload: dict[str, Any], dedupe_key: str,
                             article_id: int | None) -> bool:
        """Queue a proposal; False when this server had the same one already (in any status)."""
        cursor = await self._conn.execute(
            "INSERT OR IGNORE INTO proposals (guild_id, kind, payload, dedupe_key, article_id) VALUES (?, ?, ?, ?, ?)",
            (guild_id, kind, _json(payload), dedupe_key, article_id))
        return cursor.rowcount > 0

    async def proposal(self, proposal_id: int) -> Proposal | None:
        row = await self._one("SELECT * FROM proposals WHERE id = ?", (proposal_id,))
        return _proposal(row) if row else None

    async def next_pending(self, guild_id: int) -> Proposal | None:
        row = await self._one("SELECT * FROM proposals WHERE guild_id = ? AND status = 'pending' ORDER BY id LIMIT 1",
                              (guild_id,))
        return _proposal(row) if row else None

    async def pending_count(self, guild_id: int) -> int:
        row = await self._one("SELECT count(*) FROM proposals WHERE guild_id = ? AND status = 'pending'", (guild_id,))
        return int(row[0]) if row else 0

    async def pending(self, guild_id: int) -> list[Proposal]:
        rows = await self._all("SELECT * FROM proposals WHERE guild_id = ? AND status = 'pending' ORDER BY id",
                               (guild_id,))
        return [_proposal(r) for r in rows]

    async def update_payload(self, proposal_id: int, payload: dict[str, Any]) -> None:
        await self._conn.execute("UPDATE proposals SET payload = ? WHERE id = ? AND status = 'pending'",
                                 (_json(payload), proposal_id))

    async def decide(self, proposal_id: int, status: str, decided_by: int, fact_id: int | None = None) -> bool:
        """Close a pending proposal; False when someone decided it first."""
        cursor = await self._conn.execute(
            "UPDATE proposals SET status = ?, decided_by = ?, fact_id = ?, "
            "decided_at = (julianday('now') - 2440587.5) * 86400.0 WHERE id = ? AND status = 'pending'",
            (status, decided_by, fact_id, proposal_id))
        return cursor.rowcount > 0
