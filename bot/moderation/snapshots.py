"""The JSON form of a fact, kept as an audit entry's before/after and shown by /fact history."""

from __future__ import annotations

from typing import Any

from bot.models import Quote, Win
from bot.moderation.ids import FactRef


def win_snapshot(win: Win) -> dict[str, Any]:
    return {
        "id": str(FactRef("win", win.id)),
        "scope": win.scope,
        "festival": win.festival.short_name,
        "award": win.award.name,
        "year": win.year,
        "film": win.film.title,
        "directors": list(win.directors),
        "note": win.note,
        "source": win.source,
    }


def quote_snapshot(quote: Quote) -> dict[str, Any]:
    return {
        "id": str(FactRef("quote", quote.id)),
        "scope": "global" if quote.guild_id is None else "server",
        "speaker": quote.speaker,
        "text": quote.text,
        "film": quote.film,
        "event": quote.event,
        "date": quote.said_on,
        "source": quote.source_url or quote.source,
    }


def changed_fields(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[str]:
    """The keys whose values differ (ids and scope excluded), in the snapshot's order."""
    if before is None or after is None:
        return []
    return [k for k in after if k not in ("id", "scope") and before.get(k) != after.get(k)]
