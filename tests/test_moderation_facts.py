"""/fact add|edit|remove|hide|history through the fake Discord: scope, audit, mod-log, input safety."""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Any

import pytest

from bot.moderation.views import OwnerView
from bot.sandbox.harness import Sandbox, SandboxError
from tests.moderation_helpers import QUOTE, WINNER, add_quote, add_winner, fact_id_in, winner_text


async def test_preview_writes_nothing_until_confirm_and_only_this_server_sees_it(sandbox: Sandbox) -> None:
    preview = (await sandbox.command("fact add winner", WINNER, member="moderator")).reply
    assert preview.ephemeral and preview.allowed_mentions == {"parse": []}
    assert "Add this winner" in preview.text() and "Moderated Film" in preview.text()
    assert [b["label"] for b in preview.buttons()] == ["Confirm", "Cancel"]
    assert "Moderated Film" not in await winner_text(sandbox)  # nothing written yet

    done = await sandbox.click(preview, "Confirm", member="moderator")
    edited = done.last
    assert all(b["disabled"] for b in edited.buttons())  # used once
    win_id = fact_id_in(edited.embeds[0]["title"])
    assert win_id.startswith("W") and "Ada Lovelace" in edited.text()

    text = await winner_text(sandbox)
    assert "It Was Just an Accident" in text and "**Moderated Film** — Ada Lovelace ⟨server fact⟩" in text
    other = sandbox.use_guild("Other")
    assert "Moderated Film" not in await winner_text(sandbox)
    assert other is sandbox.guild


async def test_cancel_writes_nothing(sandbox: Sandbox) -> None:
    preview = (await sandbox.command("fact add quote", QUOTE, member="moderator")).reply
    cancelled = (await sandbox.click(preview, "Cancel", member="moderator")).last
    assert "nothing was saved" in cancelled.content and all(b["disabled"] for b in cancelled.buttons())
    by_baker = await sandbox.command("quote by", {"speaker": "Sean Baker"})
    assert "fight for cinema" in by_baker.text() and "strangers laugh together" not in by_baker.text()


async def test_the_same_winner_twice_is_refused_and_named(sandbox: Sandbox) -> None:
    reply = (await sandbox.command("fact add winner", {**WINNER, "film": "Anora", "year": 2024},
                                   member="moderator")).reply
    assert reply.ephemeral and "already has that fact: W" in reply.content and not reply.buttons()
    first = await add_winner(sandbox)
    again = (await sandbox.command("fact add winner", {**WINNER, "film": "moderated  FILM"}, member="moderator")).reply
    assert f"already has that fact: {first}" in again.content


async def test_new_festival_and_award_only_when_asked(sandbox: Sandbox) -> None:
    options = {**WINNER, "festival": "Sitges", "award": "Best Feature Film", "year": 2023, "film": "Moderated Film"}
    unknown = (await sandbox.command("fact add winner", options, member="moderator")).reply
    assert "I don't know the festival" in unknown.content and "new: True" in unknown.content
    preview = (await sandbox.command("fact add winner", {**options, "new": True}, member="moderator")).reply
    assert "new festival of this server" in preview.text() and "new award of this server" in preview.text()
    await sandbox.click(preview, "Confirm", member="moderator")
    text = (await sandbox.command("winner", {"festival": "Sitges", "year": 2023})).reply.text()
    assert "Moderated Film" in text
    sandbox.use_guild("Other")
    assert "I don't know the festival" in (await sandbox.command("winner", {"festival": "Sitges", "year": 2023})).reply.text()


async def test_edit_remove_and_history_with_audit_entries(sandbox: Sandbox) -> None:
    win_id = await add_winner(sandbox)
    edited = (await sandbox.command("fact edit", {"id": win_id, "field": "film", "value": "Moderated Film II"},
                                    member="moderator")).reply
    assert f"Edited {win_id}" in edited.text() and "Moderated Film II" in edited.text()
    await sandbox.command("fact edit", {"id": win_id.lower(), "field": "directors", "value": "Ada Lovelace, Alan Turing"},
                          member="moderator")
    assert "Moderated Film II** — Ada Lovelace, Alan Turing" in await winner_text(sandbox)

    removed = (await sandbox.command("fact remove", {"id": win_id, "reason": "made up for a test"},
                                     member="moderator")).reply
    assert f"Removed {win_id}" in removed.content
    assert "Moderated Film" not in await winner_text(sandbox)

    history = (await sandbox.command("fact history", {"id": win_id}, member="moderator")).reply
    text = history.text()
    assert history.ephemeral and "This fact was removed." in text
    moderator_id = sandbox.member("moderator").user.id
    lines = [line for line in text.splitlines() if f"<@{moderator_id}>" in line]
    assert [line.split(f"<@{moderator_id}> ")[1].split(" ")[0] for line in lines] == \
        ["added", "edited", "edited", "removed"]
    assert "film: Moderated Film → Moderated Film II" in text and "(made up for a test)" in text

    entries = await sandbox.store.moderation.history("win", int(win_id[1:]), sandbox.guild.id)  # type: ignore[union-attr]
    assert [e.action for e in entries] == ["add", "edit", "edit", "remove"]
    assert all(e.actor_id == moderator_id and e.created_at > 0 for e in entries)
    assert entries[1].before and entries[1].after and entries[1].before["film"] == "Moderated Film"
    assert entries[1].after["film"] == "Moderated Film II"
    assert entries[3].after is None and entries[3].reason == "made up for a test"


async def test_another_server_cannot_edit_remove_hide_or_read_a_server_fact(sandbox: Sandbox) -> None:
    win_id = await add_winner(sandbox)
    quote_id = await add_quote(sandbox)
    sandbox.use_guild("Other")
    for fact_id in (win_id, quote_id):
        for path, options in [("fact edit", {"id": fact_id, "field": "source", "value": "hijacked"}),
                              ("fact remove", {"id": fact_id, "reason": "hijacked"}),
                              ("fact hide", {"id": fact_id}),
                              ("fact history", {"id": fact_id})]:
            reply = (await sandbox.command(path, options, member="moderator")).reply
            assert reply.ephemeral and f"There is no fact {fact_id} in this server." == reply.content, (path, reply)
    sandbox.use_guild("Sandbox")
    history = (await sandbox.command("fact history", {"id": win_id}, member="moderator")).reply.text()
    assert "hijacked" not in history and "removed" not in history
    assert "Moderated Film" in await winner_text(sandbox)


async def test_a_global_fact_is_hidden_not_edited_and_can_be_corrected(sandbox: Sandbox) -> None:
    reply = (await sandbox.command("fact add winner", {**WINNER, "film": "Anora", "year": 2024},
                                   member="moderator")).reply
    anora = fact_id_in(reply.content)
    refused = (await sandbox.command("fact edit", {"id": anora, "field": "year", "value": "2023"},
                                     member="moderator")).reply
    assert "global fact" in refused.content and "/fact hide" in refused.content

    hidden = (await sandbox.command("fact hide", {"id": anora, "reason": "we prefer our own"},
                                    member="moderator")).reply
    assert f"Hid {anora}" in hidden.text() and [b["label"] for b in hidden.buttons()] == ["Add a correction"]
    assert "Anora" not in await winner_text(sandbox, 2024)
    again = (await sandbox.command("fact hide", {"id": anora}, member="moderator")).reply
    assert "hidden in this server already" in again.content

    corrected = (await sandbox.click(hidden, "Add a correction", member="moderator")).last
    correction = fact_id_in(corrected.embeds[0]["title"].split(":")[0])
    assert correction != anora and f"correction of {anora}" in corrected.embeds[0]["title"]
    await sandbox.command("fact edit", {"id": correction, "field": "note", "value": "Our server's note"},
                          member="moderator")
    text = await winner_text(sandbox, 2024)
    assert "Anora** — Sean Baker ⟨server fact⟩" in text and "Our server's note" in text

    history = (await sandbox.command("fact history", {"id": anora}, member="moderator")).reply.text()
    assert "Hidden in this server (we prefer our own); corrected by " + correction in history
    assert "hid " + anora in history
    assert f"correction of {anora}" in (await sandbox.command("fact history", {"id": correction},
                                                              member="moderator")).reply.text()

    sandbox.use_guild("Other")  # the global fact is untouched elsewhere
    text = await winner_text(sandbox, 2024)
    assert "Anora** — Sean Baker" in text and "server fact" not in text and "Our server's note" not in text
    history = (await sandbox.command("fact history", {"id": anora}, member="moderator")).reply.text()
    assert "Hidden" not in history and "hid" not in history


async def test_changes_are_posted_to_the_modlog_without_mentions(sandbox: Sandbox) -> None:
    await sandbox.command("config modlog", {"channel": "mod-log"}, member="admin")
    modlog = sandbox.channel_named("mod-log")
    win_id = await add_winner(sandbox, directors="@everyone <@&1> Ada")
    await sandbox.command("fact edit", {"id": win_id, "field": "note", "value": "<@123> @here"}, member="moderator")
    await sandbox.command("fact remove", {"id": win_id, "reason": "@everyone gone"}, member="moderator")
    posts = sandbox.fake.posted_in(modlog)
    assert [p.embeds[0]["title"] for p in posts] == [f"Fact added: {win_id}", f"Fact edited: {win_id}",
                                                     f"Fact removed: {win_id}"]
    for post in posts:
        assert post.allowed_mentions == {"parse": []}
        text = post.text()
        assert "@everyone" not in text and "@here" not in text and "<@&" not in text and "<@123>" not in text
    assert "Before" in posts[1].text() and "After" in posts[1].text()
    sandbox.use_guild("Other")
    await add_winner(sandbox)
    assert len(sandbox.fake.posted_in(modlog)) == 3  # another server's changes never reach this log


async def test_input_limits(sandbox: Sandbox) -> None:
    cases: list[tuple[str, dict[str, Any], str]] = [
        ("fact add winner", {**WINNER, "film": "x" * 201}, "film title is too long (201 characters; at most 200)"),
        ("fact add winner", {**WINNER, "directors": "y" * 201}, "too long (201 characters; at most 200)"),
        ("fact add winner", {**WINNER, "year": 1850}, "between 1900 and"),
        ("fact add winner", {**WINNER, "festival": "Canes"}, "I don't know the festival"),
        ("fact add winner", {**WINNER, "award": "Golden Bear"}, "I don't know the award"),
        ("fact add winner", {**WINNER, "film": "\u200b\u202e "}, "film title is empty"),
        ("fact add quote", {**QUOTE, "text": "z " * 501}, "quote is too long (1001 characters; at most 1000)"),
        ("fact add quote", {**QUOTE, "date": "2024-02-30"}, "not a real date"),
        ("fact add quote", {**QUOTE, "date": "next week"}, "A date looks like"),
        ("fact add quote", {**QUOTE, "source": "s" * 501}, "source is too long"),
        ("fact edit", {"id": "X12", "field": "year", "value": "2020"}, "A fact id looks like W123"),
        ("fact edit", {"id": "W999999", "field": "year", "value": "2020"}, "There is no fact W999999"),
        ("fact remove", {"id": "Q999999", "reason": "r" * 201}, "reason is too long"),
    ]
    for path, options, expected in cases:
        reply = (await sandbox.command(path, options, member="moderator")).reply
        assert reply.ephemeral and expected in reply.content, (options, reply.content)
        assert not reply.buttons()
    ok = (await sandbox.command("fact add quote", {**QUOTE, "text": "w" * 1000}, member="moderator")).reply
    assert [b["label"] for b in ok.buttons()] == ["Confirm", "Cancel"]
    assert [r for r in sandbox.fake.requests if r.status == 400] == []


async def test_mention_injection_in_every_field_never_pings(sandbox: Sandbox) -> None:
    evil = "@everyone <@123> <@&456> <#789> @here"
    preview = (await sandbox.command("fact add winner", {**WINNER, "film": f"Film {evil}", "directors": f"Dir {evil}",
                                                         "source": f"src {evil}"}, member="moderator")).reply
    win = await sandbox.click(preview, "Confirm", member="moderator")
    quote_preview = (await sandbox.command("fact add quote", {"speaker": f"Speaker {evil}", "text": f"Words {evil} ok",
                                                              "film": f"F {evil}", "event": f"E {evil}",
                                                              "source": f"S {evil}"}, member="moderator")).reply
    quote = await sandbox.click(quote_preview, "Confirm", member="moderator")
    win_id = fact_id_in(win.last.embeds[0]["title"])
    edited = await sandbox.command("fact edit", {"id": win_id, "field": "note", "value": evil}, member="moderator")
    shown = [preview, win.last, quote_preview, quote.last, edited.reply,
             (await sandbox.command("fact history", {"id": win_id}, member="moderator")).reply,
             (await sandbox.command("winner", {"festival": "Cannes", "year": 2025})).reply]
    for posted in shown:
        assert posted.allowed_mentions == {"parse": []}
        text = posted.text()
        for raw in ("@everyone", "@here", "<@123>", "<@&456>", "<#789>"):
            assert raw not in text, (raw, text)
    assert "Film @\u200beveryone" in shown[-1].text()  # defused, still readable


async def test_unicode_tricks_resolve_to_the_same_person_and_strip_controls(sandbox: Sandbox) -> None:
    preview = (await sandbox.command("fact add quote", {"speaker": "Sean\u200bBaker", "text": QUOTE["text"]},
                                     member="moderator")).reply
    assert "**Speaker:** Sean Baker" in preview.text()
    await sandbox.click(preview, "Confirm", member="moderator")
    by_baker = (await sandbox.command("quote by", {"speaker": "Sean Baker"})).reply.text()
    assert "strangers laugh together" in by_baker  # joined the known person, no second "SeanBaker"
    assert sandbox.guild is not None
    named = await sandbox.store.facts.name_candidates("person", "Sean Baker", sandbox.guild.id)
    assert len({c.key for c in named if c.label.replace(" ", "").lower() == "seanbaker"}) == 1

    win_id = await add_winner(sandbox, film="\u202eMirror\u202c Film\u2066", directors="\uff21da Lovelace")
    text = await winner_text(sandbox)
    assert "**Mirror Film** — Ada Lovelace" in text
    assert not any(ch in text for ch in "\u202e\u202c\u2066\uff21")
    again = (await sandbox.command("fact add winner", {**WINNER, "film": "Mirror\u200b Film"}, member="moderator")).reply
    assert f"already has that fact: {win_id}" in again.content


async def test_preview_buttons_are_disabled_when_they_time_out(sandbox: Sandbox,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(OwnerView, "default_timeout", 0.2)
    preview = (await sandbox.command("fact add winner", WINNER, member="moderator")).reply
    message_id = int(preview.message["id"])
    for _ in range(250):  # wait for the view's own timeout (no assertion on how long it took)
        components = sandbox.fake.messages[message_id].get("components") or []
        if components and all(b.get("disabled") for row in components for b in row["components"]):
            break
        await asyncio.sleep(0.02)
    else:
        raise AssertionError("the buttons were never disabled")
    with pytest.raises(SandboxError, match="disabled"):
        await sandbox.click(dataclasses.replace(preview, message=sandbox.fake.messages[message_id]), "Confirm",
                            member="moderator")
    assert "Moderated Film" not in await winner_text(sandbox)
