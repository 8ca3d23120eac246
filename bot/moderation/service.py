"""ModerationService: every change a server's moderators make to facts, scope-checked and audited.

Scope (DESIGN "Data rules"): a fact is global (guild NULL) or belongs to one server. A server's
moderators change only their own server's facts; a global fact they can only *hide* in their
server, optionally replaced by their own correction. Facts of another server are treated as
if they did not exist (the reply never reveals them). Every change and its audit entry are
written in one transaction. No Discord objects here: callers pass an ``Actor``.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, replace
from typing import Any

from bot.errors import UserError
from bot.facts.service import FactsService
from bot.models import Award, Festival, Quote, Win
from bot.moderation import validation as v
from bot.moderation.ids import FactRef, proposal_label
from bot.moderation.snapshots import quote_snapshot, win_snapshot
from bot.store import Store
from bot.store.moderation import AuditEntry, Hidden, Proposal
from bot.text import escape_markdown_safe, fold_key

logger = logging.getLogger(__name__)

WIN_FIELDS = ("award", "year", "film", "directors", "note", "source")
QUOTE_FIELDS = ("speaker", "text", "film", "event", "date", "source")
PROPOSAL_FIELDS = {"win": ("festival", "award", "year", "film", "directors"), "quote": ("speaker", "text")}
EDIT_FIELDS = tuple(dict.fromkeys(WIN_FIELDS + QUOTE_FIELDS + ("festival",)))


@dataclass(frozen=True)
class Actor:
    user_id: int
    guild_id: int


@dataclass(frozen=True)
class WinDraft:
    """A validated winner, names resolved, not yet written. ``*_id`` None: created on confirm."""

    guild_id: int
    festival_id: int | None
    festival_name: str
    award_id: int | None
    award_name: str
    year: int
    film: str
    directors: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class QuoteDraft:
    guild_id: int
    speaker: str
    text: str
    film: str | None
    event: str | None
    said_on: str | None
    source: str


@dataclass(frozen=True)
class Change:
    """What a change did: the fact it touched (if any), its audit entry, and the fact now."""

    ref: FactRef | None
    entry: AuditEntry
    snapshot: dict[str, Any] | None


@dataclass(frozen=True)
class FactHistory:
    ref: FactRef
    current: dict[str, Any] | None  # None once removed
    entries: tuple[AuditEntry, ...]
    hidden: Hidden | None  # this server hid this global fact
    corrects: FactRef | None  # this server fact is the correction of a hidden global one


class DuplicateFact(UserError):
    def __init__(self, existing: FactRef) -> None:
        super().__init__(f"This server already has that fact: {existing}.")
        self.existing = existing


def _names(festival_or_award: Festival | Award) -> set[str]:
    names = {festival_or_award.name, *festival_or_award.aliases}
    if isinstance(festival_or_award, Festival):
        names.add(festival_or_award.short_name)
    return {fold_key(n) for n in names}


class ModerationService:
    def __init__(self, store: Store, facts: FactsService) -> None:
        self.store = store
        self.facts = facts

    # -- resolving names ---------------------------------------------------------------------------

    def _festival(self, name: str, guild_id: int, create: bool) -> Festival | None:
        """The festival a moderator means; None when it is new and ``create`` allows adding it."""
        name = v.clean_name(name, "festival name")
        try:
            found = self.facts.festival(name, guild_id)
        except UserError:
            if create:
                return None
            raise UserError(
                f"I don't know the festival \u201c{escape_markdown_safe(name)}\u201d. Check the spelling, "
                "or set new: True to add it as a new festival of this server.") from None
        if create and fold_key(name) not in _names(found):
            return None  # "new" asks for exactly this name, not the nearest known one
        return found

    def _award(self, festival: Festival | None, name: str, guild_id: int, create: bool) -> Award | None:
        name = v.clean_name(name, "award name")
        if festival is None:
            return None
        try:
            found = self.facts.award(festival, name, guild_id)
        except UserError:
            if create:
                return None
            raise UserError(
                f"I don't know the award \u201c{escape_markdown_safe(name)}\u201d of {festival.short_name}. "
                "Check the spelling, or set new: True to add it as a new award of this server.") from None
        if found is None or (create and fold_key(name) not in _names(found)):
            return None
        return found

    async def _known_person(self, name: str, guild_id: int) -> str:
        """The known spelling of a person written the same way ("SeanBaker" -> "Sean Baker"), else ``name``."""
        try:
            person = await self.facts.person(name, guild_id)
        except UserError:
            return name
        same = fold_key(name) in {fold_key(n) for n in (person.name, *person.aliases)}
        return person.name if same else name

    async def _known_film(self, title: str, guild_id: int) -> str:
        try:
            film = await self.facts.film(title, guild_id)
        except UserError:
            return title
        names = (film.title, *([film.original_title] if film.original_title else []), *film.aliases)
        return film.title if fold_key(title) in {fold_key(n) for n in names} else title

    # -- adding --------------------------------------------------------------------------------------

    async def draft_win(self, guild_id: int, *, festival: str, award: str, year: int, film: str,
                        directors: str | None, source: str | None, create: bool = False) -> WinDraft:
        found_festival = self._festival(festival, guild_id, create)
        found_award = self._award(found_festival, award, guild_id, create)
        draft = WinDraft(
            guild_id=guild_id,
            festival_id=found_festival.id if found_festival else None,
            festival_name=found_festival.short_name if found_festival else v.clean_name(festival, "festival name"),
            award_id=found_award.id if found_award else None,
            award_name=found_award.name if found_award else v.clean_name(award, "award name"),
            year=v.clean_year(year), film=await self._known_film(v.clean_name(film, "film title"), guild_id),
            directors=tuple([await self._known_person(n, guild_id) for n in v.clean_directors(directors)]),
            source=v.clean_source(source))
        await self._refuse_duplicate_win(draft)
        return draft

    async def _refuse_duplicate_win(self, draft: WinDraft) -> None:
        if draft.award_id is None:
            return
        known = await self.store.facts.find_known_win(draft.award_id, draft.year, draft.film, draft.guild_id,
                                                      include_hidden=False)
        if known is not None:
            raise DuplicateFact(FactRef("win", known))

    async def add_win(self, actor: Actor, draft: WinDraft, *, action: str = "add",
                      reason: str | None = None) -> Change:
        async with self.store.db.transaction():
            change, created_names = await self._write_win(actor, draft, action, reason)
        await self._reindex(created_names)
        return change

    async def _write_win(self, actor: Actor, draft: WinDraft, action: str,
                         reason: str | None) -> tuple[Change, bool]:
        repo, guild = self.store.facts, actor.guild_id
        created_names = False
        festival_id = draft.festival_id
        if festival_id is None:
            festival_id = await repo.upsert_festival(fold_key(draft.festival_name), draft.festival_name,
                                                     draft.festival_name, "festival", (), draft.source, guild)
            created_names = True
        award_id = draft.award_id
        if award_id is None:
            # A festival new to the bot gets its first award as its top prize (the /winner default).
            award_id = await repo.upsert_award(festival_id, fold_key(draft.award_name), draft.award_name,
                                               draft.festival_id is None, (), draft.source, guild)
            created_names = True
        draft = replace(draft, festival_id=festival_id, award_id=award_id)
        await self._refuse_duplicate_win(draft)
        film_id = await repo.ensure_film(draft.film, None, (), guild, draft.source)
        director_ids = [await repo.ensure_person(name, guild, draft.source) for name in draft.directors]
        win_id = await repo.insert_win(award_id, draft.year, film_id, director_ids, [], None, guild, draft.source,
                                       created_by=actor.user_id)
        win = await repo.win(win_id)
        assert win is not None
        snapshot = win_snapshot(win)
        entry = await self.store.moderation.add_audit(
            guild_id=guild, actor_id=actor.user_id, action=action, fact_kind="win", fact_id=win_id,
            before=None, after=snapshot, reason=reason)
        return Change(FactRef("win", win_id), entry, snapshot), created_names

    async def draft_quote(self, guild_id: int, *, speaker: str, text: str, film: str | None = None,
                          event: str | None = None, said_on: str | None = None,
                          source: str | None = None) -> QuoteDraft:
        film_title = v.clean_optional(film, "film title")
        draft = QuoteDraft(guild_id, await self._known_person(v.clean_name(speaker, "speaker's name"), guild_id),
                           v.clean_quote(text), await self._known_film(film_title, guild_id) if film_title else None,
                           v.clean_optional(event, "event"),
                           v.clean_date(said_on), v.clean_source(source))
        await self._refuse_duplicate_quote(draft)
        return draft

    async def _refuse_duplicate_quote(self, draft: QuoteDraft) -> None:
        known = await self.store.facts.find_known_quote(draft.speaker, draft.text, draft.guild_id,
                                                        include_hidden=False)
        if known is not None:
            raise DuplicateFact(FactRef("quote", known))

    async def add_quote(self, actor: Actor, draft: QuoteDraft, *, action: str = "add",
                        reason: str | None = None) -> Change:
        async with self.store.db.transaction():
            change = await self._write_quote(actor, draft, action, reason)
        return change

    async def _write_quote(self, actor: Actor, draft: QuoteDraft, action: str, reason: str | None) -> Change:
        repo, guild = self.store.facts, actor.guild_id
        await self._refuse_duplicate_quote(draft)
        speaker_id = await repo.ensure_person(draft.speaker, guild, draft.source)
        film_id = await repo.ensure_film(draft.film, None, (), guild, draft.source) if draft.film else None
        source_url = draft.source if v.is_link(draft.source) else None
        quote_id = await repo.insert_quote(speaker_id, draft.text, film_id, draft.event, draft.said_on, source_url,
                                           None, guild, draft.source, created_by=actor.user_id)
        quote = await repo.quote(quote_id)
        assert quote is not None
        snapshot = quote_snapshot(quote)
        entry = await self.store.moderation.add_audit(
            guild_id=guild, actor_id=actor.user_id, action=action, fact_kind="quote", fact_id=quote_id,
            before=None, after=snapshot, reason=reason)
        return Change(FactRef("quote", quote_id), entry, snapshot)

    async def _reindex(self, created_names: bool) -> None:
        """Festivals and awards are a catalogue held in memory: reload it after adding one.

        (Films and people are searched in the store itself, so new ones are found right away.)
        """
        if created_names:
            await self.facts.load()

    # -- scope ---------------------------------------------------------------------------------------

    async def _current(self, ref: FactRef) -> dict[str, Any] | None:
        fact: Win | Quote | None = await (self.store.facts.win(ref.id) if ref.kind == "win"
                                          else self.store.facts.quote(ref.id))
        if fact is None:
            return None
        return win_snapshot(fact) if isinstance(fact, Win) else quote_snapshot(fact)

    async def _owned_by(self, guild_id: int, ref: FactRef) -> dict[str, Any]:
        """The fact as it is now, if this server may change it; a UserError saying why not otherwise."""
        owner = await self.store.moderation.fact_owner(ref.kind, ref.id)
        if owner is None or owner.removed or owner.guild_id not in (None, guild_id):
            raise UserError(f"There is no fact {ref} in this server.")
        if owner.guild_id is None:
            raise UserError(f"{ref} is a global fact, shared by every server, so it cannot be changed here. "
                            f"`/fact hide id:{ref}` hides it in this server and lets you add your correction.")
        current = await self._current(ref)
        assert current is not None
        return current

    # -- edit, remove, hide ----------------------------------------------------------------------------

    async def edit(self, actor: Actor, ref: FactRef, field: str, value: str) -> Change:
        allowed = WIN_FIELDS if ref.kind == "win" else QUOTE_FIELDS
        if field not in allowed:
            raise UserError(f"A {'winner' if ref.kind == 'win' else 'quote'} has these fields: {', '.join(allowed)}.")
        before = await self._owned_by(actor.guild_id, ref)
        async with self.store.db.transaction():
            if ref.kind == "win":
                await self._edit_win(actor, ref.id, field, value)
            else:
                await self._edit_quote(actor, ref.id, field, value)
            after = await self._current(ref)
            if after == before:
                raise UserError(f"{ref} already has that {field}.")
            entry = await self.store.moderation.add_audit(
                guild_id=actor.guild_id, actor_id=actor.user_id, action="edit", fact_kind=ref.kind, fact_id=ref.id,
                before=before, after=after, reason=f"changed {field}")
        return Change(ref, entry, after)

    async def _edit_win(self, actor: Actor, win_id: int, field: str, value: str) -> None:
        repo, guild = self.store.facts, actor.guild_id
        win = await repo.win(win_id)
        assert win is not None
        award_id, year, film_id, note, source = win.award.id, win.year, win.film.id, win.note, win.source
        if field == "award":
            festival = self.facts.festival(win.festival.short_name, guild)
            award = self._award(festival, value, guild, create=False)
            assert award is not None
            award_id = award.id
        elif field == "year":
            year = v.parse_year(value)
        elif field == "film":
            film_id = await repo.ensure_film(v.clean_name(value, "film title"), None, (), guild, source)
        elif field == "note":
            note = v.clean_optional(value, "note")
        elif field == "source":
            source = v.clean_source(value)
        elif field == "directors":
            directors = [await repo.ensure_person(n, guild, source) for n in v.clean_directors(value)]
            recipients = [await repo.ensure_person(n, guild, source) for n in win.recipients]
            await repo.set_win_people(win_id, directors, recipients)
            return
        await repo.update_win_core(win_id, award_id, year, film_id, note, source)

    async def _edit_quote(self, actor: Actor, quote_id: int, field: str, value: str) -> None:
        repo, guild = self.store.facts, actor.guild_id
        quote = await repo.quote(quote_id)
        refs = await repo.quote_refs(quote_id)
        assert quote is not None and refs is not None
        speaker_id, film_id = refs
        text, event, said_on, source = quote.text, quote.event, quote.said_on, quote.source
        source_url = quote.source_url
        if field == "speaker":
            speaker_id = await repo.ensure_person(v.clean_name(value, "speaker's name"), guild, source)
        elif field == "text":
            text = v.clean_quote(value)
        elif field == "film":
            title = v.clean_optional(value, "film title")
            film_id = await repo.ensure_film(title, None, (), guild, source) if title else None
        elif field == "event":
            event = v.clean_optional(value, "event")
        elif field == "date":
            said_on = v.clean_date(value)
        elif field == "source":
            source = v.clean_source(value)
            source_url = source if v.is_link(source) else None
        await repo.update_quote_core(quote_id, speaker_id, text, film_id, event, said_on, source_url, source)

    async def remove(self, actor: Actor, ref: FactRef, reason: str) -> Change:
        reason = v.clean_name(reason, "reason")
        before = await self._owned_by(actor.guild_id, ref)
        async with self.store.db.transaction():
            await self.store.facts.remove_fact(ref.kind, ref.id)
            entry = await self.store.moderation.add_audit(
                guild_id=actor.guild_id, actor_id=actor.user_id, action="remove", fact_kind=ref.kind, fact_id=ref.id,
                before=before, after=None, reason=reason)
        return Change(ref, entry, None)

    async def hide(self, actor: Actor, ref: FactRef, reason: str | None) -> Change:
        """Hide a global fact in this server (everyone else still sees it)."""
        reason = v.clean_optional(reason, "reason")
        owner = await self.store.moderation.fact_owner(ref.kind, ref.id)
        if owner is None or owner.removed or owner.guild_id not in (None, actor.guild_id):
            raise UserError(f"There is no fact {ref} in this server.")
        if owner.guild_id is not None:
            raise UserError(f"{ref} is this server's own fact: change it with `/fact edit` or delete it with "
                            "`/fact remove`.")
        before = await self._current(ref)
        async with self.store.db.transaction():
            if not await self.store.moderation.hide(actor.guild_id, ref.kind, ref.id, actor.user_id, reason):
                raise UserError(f"{ref} is hidden in this server already.")
            entry = await self.store.moderation.add_audit(
                guild_id=actor.guild_id, actor_id=actor.user_id, action="hide", fact_kind=ref.kind, fact_id=ref.id,
                before=before, after=None, reason=reason)
        return Change(ref, entry, before)

    async def add_correction(self, actor: Actor, hidden_ref: FactRef) -> Change:
        """Copy a global fact this server hid as a server fact, to be corrected with /fact edit."""
        hidden = await self.store.moderation.hidden(actor.guild_id, hidden_ref.kind, hidden_ref.id)
        if hidden is None:
            raise UserError(f"{hidden_ref} is not hidden in this server; hide it first.")
        if hidden.correction_id is not None:
            raise UserError(f"{hidden_ref} already has this server's correction: "
                            f"{FactRef(hidden_ref.kind, hidden.correction_id)}.")
        original = await self._current(hidden_ref)
        if original is None:
            raise UserError(f"There is no fact {hidden_ref} any more.")
        reason = f"correction of {hidden_ref}"
        async with self.store.db.transaction():
            if hidden_ref.kind == "win":
                draft = WinDraft(actor.guild_id, None, original["festival"], None, original["award"],
                                 original["year"], original["film"], tuple(original["directors"]),
                                 original["source"])
                win = await self.store.facts.win(hidden_ref.id)
                assert win is not None
                draft = replace(draft, festival_id=win.festival.id, award_id=win.award.id)
                change, _ = await self._write_win(actor, draft, "add", reason)
            else:
                change = await self._write_quote(actor, QuoteDraft(
                    actor.guild_id, original["speaker"], original["text"], original["film"], original["event"],
                    original["date"], original["source"] or ""), "add", reason)
            assert change.ref is not None
            await self.store.moderation.set_correction(actor.guild_id, hidden_ref.kind, hidden_ref.id, change.ref.id)
        return change

    # -- history and promotion -------------------------------------------------------------------------

    async def history(self, guild_id: int, ref: FactRef) -> FactHistory:
        owner = await self.store.moderation.fact_owner(ref.kind, ref.id)
        if owner is None or owner.guild_id not in (None, guild_id):
            raise UserError(f"There is no fact {ref} in this server.")
        entries = await self.store.moderation.history(ref.kind, ref.id, guild_id)
        current = None if owner.removed else await self._current(ref)
        hidden = await self.store.moderation.hidden(guild_id, ref.kind, ref.id) if owner.guild_id is None else None
        corrected = await self.store.moderation.corrected_by(guild_id, ref.kind, ref.id) \
            if owner.guild_id is not None else None
        return FactHistory(ref, current, tuple(entries), hidden,
                           FactRef(ref.kind, corrected) if corrected is not None else None)

    async def promote(self, ref: FactRef) -> AuditEntry:
        """Operator only (command line): make a server fact global, for every server."""
        owner = await self.store.moderation.fact_owner(ref.kind, ref.id)
        if owner is None or owner.removed:
            raise UserError(f"There is no fact {ref}.")
        if owner.guild_id is None:
            raise UserError(f"{ref} is global already.")
        before = await self._current(ref)
        try:
            async with self.store.db.transaction():
                if ref.kind == "win":
                    await self.store.facts.promote_win(ref.id)
                else:
                    await self.store.facts.promote_quote(ref.id)
                after = await self._current(ref)
                return await self.store.moderation.add_audit(
                    guild_id=owner.guild_id, actor_id=None, action="promote", fact_kind=ref.kind, fact_id=ref.id,
                    before=before, after=after, reason="promoted to a global fact by the operator")
        except sqlite3.IntegrityError as exc:
            # A server-only festival or award whose key a global one already uses.
            raise UserError(f"{ref} uses a festival or award name that clashes with a global one ({exc}); "
                            "edit it to use the global name first.") from None

    # -- the review queue ------------------------------------------------------------------------------

    async def next_proposal(self, guild_id: int) -> tuple[Proposal | None, int]:
        """The oldest pending proposal of this server and how many are pending in all."""
        return (await self.store.moderation.next_pending(guild_id),
                await self.store.moderation.pending_count(guild_id))

    async def pending_proposal(self, guild_id: int, proposal_id: int) -> Proposal:
        proposal = await self.store.moderation.proposal(proposal_id)
        if proposal is None or proposal.guild_id != guild_id:
            raise UserError(f"There is no proposal {proposal_label(proposal_id)} in this server.")
        if proposal.status != "pending":
            raise UserError(f"{proposal_label(proposal_id)} was {proposal.status} already.")
        return proposal

    async def approve(self, actor: Actor, proposal_id: int) -> Change:
        """Turn a proposal into a server fact whose source is the article's link."""
        proposal = await self.pending_proposal(actor.guild_id, proposal_id)
        payload = proposal.payload
        article = payload.get("article") or {}
        source = str(article.get("link") or article.get("title") or "")
        reason = f"approved {proposal_label(proposal_id)}"
        try:
            if proposal.kind == "win":
                win_draft = await self.draft_win(
                    actor.guild_id, festival=str(payload.get("festival", "")), award=str(payload.get("award", "")),
                    year=int(payload.get("year", 0)), film=str(payload.get("film", "")),
                    directors=", ".join(payload.get("directors") or []), source=source[:v.MAX_SOURCE])
            else:
                quote_draft = await self.draft_quote(
                    actor.guild_id, speaker=str(payload.get("speaker", "")), text=str(payload.get("text", "")),
                    source=source[:v.MAX_SOURCE])
        except DuplicateFact as duplicate:
            return await self.reject(actor, proposal_id, f"duplicate of {duplicate.existing}")
        created_names = False
        async with self.store.db.transaction():
            if proposal.kind == "win":
                change, created_names = await self._write_win(actor, win_draft, "approve", reason)
            else:
                change = await self._write_quote(actor, quote_draft, "approve", reason)
            assert change.ref is not None
            if not await self.store.moderation.decide(proposal_id, "approved", actor.user_id, change.ref.id):
                raise UserError(f"{proposal_label(proposal_id)} was decided by someone else a moment ago.")
        await self._reindex(created_names)
        return change

    async def reject(self, actor: Actor, proposal_id: int, reason: str | None = None) -> Change:
        proposal = await self.pending_proposal(actor.guild_id, proposal_id)
        async with self.store.db.transaction():
            if not await self.store.moderation.decide(proposal_id, "rejected", actor.user_id):
                raise UserError(f"{proposal_label(proposal_id)} was decided by someone else a moment ago.")
            entry = await self.store.moderation.add_audit(
                guild_id=actor.guild_id, actor_id=actor.user_id, action="reject", fact_kind=proposal.kind,
                fact_id=None, before={"proposal": proposal_label(proposal_id), **proposal.payload}, after=None,
                reason=reason or f"rejected {proposal_label(proposal_id)}")
        return Change(None, entry, None)

    async def edit_proposal(self, actor: Actor, proposal_id: int, field: str, value: str) -> Proposal:
        proposal = await self.pending_proposal(actor.guild_id, proposal_id)
        allowed = PROPOSAL_FIELDS[proposal.kind]
        if field not in allowed:
            raise UserError(f"A proposed {'winner' if proposal.kind == 'win' else 'quote'} has these fields: "
                            f"{', '.join(allowed)}.")
        payload = dict(proposal.payload)
        if field == "year":
            payload["year"] = v.parse_year(value)
        elif field == "directors":
            payload["directors"] = list(v.clean_directors(value))
        elif field == "text":
            payload["text"] = v.clean_quote(value)
        else:
            payload[field] = v.clean_name(value, field)
        await self.store.moderation.update_payload(proposal_id, payload)
        updated = await self.store.moderation.proposal(proposal_id)
        assert updated is not None
        return updated
