"""Moderator-facing embeds: previews, changes, /fact history, audit entries, review items.

Fact ids (W123, Q45) and proposal ids (P7) are shown here, never in the public answers. Every
value from data goes through escape_markdown_safe and every embed through fit_embed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import discord

from bot.moderation.ids import FactRef, proposal_label
from bot.moderation.service import FactHistory, QuoteDraft, WinDraft
from bot.moderation.snapshots import changed_fields
from bot.render.colors import BRAND
from bot.render.limits import FIELD_VALUE, fit_embed, truncate
from bot.store.moderation import AuditEntry, Proposal
from bot.text import escape_markdown_safe as safe

_ACTION_WORDS = {"add": "added", "edit": "edited", "remove": "removed", "hide": "hid", "approve": "approved",
                 "reject": "rejected", "promote": "promoted"}
_LABELS = {"festival": "Festival", "award": "Award", "year": "Year", "film": "Film", "directors": "Directors",
           "note": "Note", "source": "Source", "speaker": "Speaker", "text": "Text", "event": "Event",
           "date": "Date", "scope": "Scope"}
_AUDIT_FIELD_CHARS = 450


def _value(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(safe(str(v)) for v in value)
    return safe(str(value))


def snapshot_lines(snapshot: dict[str, Any], keys: Sequence[str] | None = None, *, limit: int = 300) -> str:
    shown = keys if keys is not None else [k for k in snapshot if k in _LABELS]
    return "\n".join(f"**{_LABELS.get(k, k)}:** {truncate(_value(snapshot.get(k)), limit)}" for k in shown)


def win_draft_embed(draft: WinDraft) -> discord.Embed:
    festival = safe(draft.festival_name) + (" *(new festival of this server)*" if draft.festival_id is None else "")
    award = safe(draft.award_name) + (" *(new award of this server)*" if draft.award_id is None else "")
    lines = [f"**Festival:** {festival}", f"**Award:** {award}", f"**Year:** {draft.year}",
             f"**Film:** {safe(draft.film)}", f"**Directors:** {_value(list(draft.directors))}",
             f"**Source:** {_value(draft.source)}"]
    embed = discord.Embed(title="Add this winner for this server?", description="\n".join(lines), color=BRAND)
    embed.set_footer(text="Nothing is saved until you press Confirm. Only this server will see it.")
    return fit_embed(embed)


def quote_draft_embed(draft: QuoteDraft) -> discord.Embed:
    lines = [f"**Speaker:** {safe(draft.speaker)}", f"**Film:** {_value(draft.film)}",
             f"**Event:** {_value(draft.event)}", f"**Date:** {_value(draft.said_on)}",
             f"**Source:** {_value(draft.source)}"]
    embed = discord.Embed(title="Add this quote for this server?", color=BRAND,
                          description=f"\u201c{safe(draft.text)}\u201d\n\n" + "\n".join(lines))
    embed.set_footer(text="Nothing is saved until you press Confirm. Only this server will see it.")
    return fit_embed(embed)


def fact_embed(title: str, snapshot: dict[str, Any] | None, note: str | None = None) -> discord.Embed:
    embed = discord.Embed(title=truncate(title, 256), color=BRAND)
    parts = [snapshot_lines(snapshot)] if snapshot else []
    if note:
        parts.append(note)
    embed.description = "\n\n".join(parts) or None
    return fit_embed(embed)


def _when(entry: AuditEntry) -> str:
    return f"<t:{int(entry.created_at)}:f>"


def _actor(entry: AuditEntry) -> str:
    # A mention renders the name for readers; allowed_mentions none means nobody is pinged.
    return "the operator" if entry.actor_id is None else f"<@{entry.actor_id}>"


def _subject(entry: AuditEntry) -> str:
    if entry.fact_id is not None and entry.fact_kind is not None:
        return str(FactRef(entry.fact_kind, entry.fact_id))
    proposal = (entry.before or {}).get("proposal")
    return safe(str(proposal)) if proposal else "a fact"


def audit_line(entry: AuditEntry) -> str:
    verb = _ACTION_WORDS.get(entry.action, entry.action)
    line = f"{_when(entry)} · {_actor(entry)} {verb} {_subject(entry)}"
    changed = changed_fields(entry.before, entry.after)
    if entry.action == "edit" and changed:
        line += " — " + "; ".join(
            f"{_LABELS.get(k, k).lower()}: {truncate(_value((entry.before or {}).get(k)), 60)} → "
            f"{truncate(_value((entry.after or {}).get(k)), 60)}" for k in changed)
    if entry.reason:
        line += f" ({truncate(safe(entry.reason), 120)})"
    return line


def audit_embed(entry: AuditEntry) -> discord.Embed:
    verb = _ACTION_WORDS.get(entry.action, entry.action)
    embed = discord.Embed(title=f"Fact {verb}: {_subject(entry)}", color=BRAND,
                          description=f"By {_actor(entry)} · {_when(entry)}")
    if entry.before:
        embed.add_field(name="Before", value=snapshot_lines(entry.before, limit=_AUDIT_FIELD_CHARS // 3)[:FIELD_VALUE],
                        inline=False)
    if entry.after:
        embed.add_field(name="After", value=snapshot_lines(entry.after, limit=_AUDIT_FIELD_CHARS // 3)[:FIELD_VALUE],
                        inline=False)
    if entry.reason:
        embed.add_field(name="Reason", value=safe(entry.reason), inline=False)
    return fit_embed(embed)


def history_embed(history: FactHistory) -> discord.Embed:
    ref = history.ref
    embed = discord.Embed(title=f"History of {ref}", color=BRAND)
    if history.current is not None:
        embed.description = snapshot_lines(history.current)
    else:
        embed.description = "This fact was removed."
    notes = []
    if history.hidden is not None:
        text = "Hidden in this server"
        if history.hidden.reason:
            text += f" ({safe(history.hidden.reason)})"
        if history.hidden.correction_id is not None:
            text += f"; corrected by {FactRef(ref.kind, history.hidden.correction_id)}"
        notes.append(text + ".")
    if history.corrects is not None:
        notes.append(f"This server's correction of {history.corrects}.")
    if notes:
        embed.add_field(name="In this server", value="\n".join(notes), inline=False)
    lines = [audit_line(e) for e in history.entries]
    if not lines:
        lines = ["No changes recorded (shipped with the bot)."]
    body = "\n".join(lines[-12:])
    if len(lines) > 12:
        body = f"… {len(lines) - 12} earlier changes\n" + body
    embed.add_field(name="Changes", value=truncate(body, FIELD_VALUE), inline=False)
    return fit_embed(embed)


def proposal_embed(proposal: Proposal, remaining: int) -> discord.Embed:
    payload = proposal.payload
    label = proposal_label(proposal.id)
    if proposal.kind == "win":
        title = f"{label} · proposed winner"
        body = snapshot_lines(payload, ["festival", "award", "year", "film", "directors"])
    else:
        title = f"{label} · proposed quote"
        body = f"\u201c{safe(str(payload.get('text', '')))}\u201d\n\n**Speaker:** {_value(payload.get('speaker'))}"
    embed = discord.Embed(title=title, description=body, color=BRAND)
    article = payload.get("article") or {}
    article_text = safe(str(article.get("title") or "(untitled)"))
    if article.get("link"):
        article_text += f"\n{truncate(str(article['link']), 500)}"
    embed.add_field(name="From the article", value=article_text, inline=False)
    if proposal.status != "pending":
        embed.add_field(name="Status", value=proposal.status, inline=False)
    embed.set_footer(text=f"{remaining} proposal{'s' if remaining != 1 else ''} waiting in this server")
    return fit_embed(embed)
