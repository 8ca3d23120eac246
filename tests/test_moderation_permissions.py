"""Who may moderate: member, moderator by permission, moderator by role, admin — with the fake
Discord's own permission check (default_member_permissions) on and off, for every moderator
command and every button."""

from __future__ import annotations

from typing import Any

import pytest

from bot.sandbox.harness import Result, Sandbox, SandboxError
from tests.moderation_helpers import QUOTE, WINNER, add_winner, fact_id_in, refused

ROLE_MOD = "rolemod"  # a plain member holding the role set with /config modrole
PERSONAS = ("member", "moderator", ROLE_MOD, "admin")


async def outcome(sandbox: Sandbox, path: str, options: dict[str, Any], member: str) -> str:
    """"hidden" (Discord never delivers it), "refused" (our check) or "ok"."""
    try:
        result = await sandbox.command(path, options, member=member)
    except SandboxError as exc:
        if "hides" in str(exc):
            return "hidden"
        raise
    return "refused" if refused(result) else "ok"


async def make_role_moderator(sandbox: Sandbox) -> None:
    await sandbox.command("config modrole", {"role": "Fact keepers"}, member="admin")
    role = sandbox.role_named("Fact keepers")
    sandbox.member(ROLE_MOD).role_ids.append(role.id)


def expected(enforced: bool, persona: str, admin_command: bool) -> str:
    if persona == "admin":
        return "ok"
    if admin_command:
        return "hidden" if enforced else "refused"
    if persona == "moderator":
        return "ok"
    if persona == ROLE_MOD:
        # Discord hides it from members without Manage Server unless the server owner overrides
        # that in Integrations (which is what switching the imitation off stands for).
        return "hidden" if enforced else "ok"
    return "hidden" if enforced else "refused"


@pytest.mark.parametrize("enforced", [True, False], ids=["discord-check-on", "discord-check-off"])
async def test_every_moderator_command(sandbox: Sandbox, enforced: bool) -> None:
    await make_role_moderator(sandbox)
    sandbox.fake.enforce_default_permissions = enforced
    globals_ = iter(range(1, 20))  # shipped global wins and quotes, one per successful hide
    guild_id = sandbox.guild.id  # type: ignore[union-attr]
    for index in range(4):
        await sandbox.store.moderation.queue_proposal(guild_id, "quote", {"speaker": "Sean Baker", "text": f"T{index}"},
                                                      f"k{index}", None)
    table: dict[str, dict[str, str]] = {}
    for persona in PERSONAS:
        own = await add_winner(sandbox, "moderator", film=f"Film of {persona}")
        commands: list[tuple[str, dict[str, Any], bool]] = [
            ("fact add winner", {**WINNER, "film": f"New {persona}"}, False),
            ("fact add quote", {**QUOTE, "text": f"Quote by {persona} for the matrix test."}, False),
            ("fact edit", {"id": own, "field": "note", "value": persona}, False),
            ("fact history", {"id": own}, False),
            ("fact hide", {"id": f"W{next(globals_)}"}, False),
            ("fact remove", {"id": own, "reason": persona}, False),
            ("review", {}, False),
            ("config modlog", {"channel": "mod-log"}, True),
            ("config modrole", {"role": "Fact keepers"}, True),
        ]
        for path, options, admin_command in commands:
            got = await outcome(sandbox, path, options, persona)
            table.setdefault(path, {})[persona] = got
            assert got == expected(enforced, persona, admin_command), (path, persona, got)
    # The refusals changed nothing: every "fact remove" that was refused left its fact in place.
    assert table["fact remove"]["member"] in ("hidden", "refused")
    assert "Film of member" in (await sandbox.command("winner", {"festival": "Cannes", "year": 2025})).reply.text()


@pytest.mark.parametrize("enforced", [True, False], ids=["discord-check-on", "discord-check-off"])
async def test_every_button(sandbox: Sandbox, enforced: bool) -> None:
    await make_role_moderator(sandbox)
    sandbox.fake.enforce_default_permissions = enforced  # buttons are never filtered by Discord: our check only
    guild_id = sandbox.guild.id  # type: ignore[union-attr]
    for index in range(3):
        await sandbox.store.moderation.queue_proposal(
            guild_id, "quote", {"speaker": "Sean Baker", "text": f"A proposed sentence number {index} for review."},
            f"k{index}", None)

    # Confirm / Cancel: only the moderator who ran the command.
    preview = (await sandbox.command("fact add winner", WINNER, member="moderator")).reply
    for persona in ("member", ROLE_MOD, "admin"):
        for label in ("Confirm", "Cancel"):
            assert refused(await sandbox.click(preview, label, member=persona)), (persona, label)
    assert "Moderated Film" not in (await sandbox.command("winner", {"festival": "Cannes", "year": 2025})).reply.text()

    # A moderator by role who loses the role before confirming is refused too.
    if not enforced:
        role_preview = (await sandbox.command("fact add winner", {**WINNER, "film": "Role film"}, member=ROLE_MOD)).reply
        sandbox.member(ROLE_MOD).role_ids.clear()
        assert refused(await sandbox.click(role_preview, "Confirm", member=ROLE_MOD))
        await make_role_moderator(sandbox)

    # "Add a correction" under a hide: only its owner.
    hidden = (await sandbox.command("fact hide", {"id": "W1"}, member="moderator")).reply
    for persona in ("member", ROLE_MOD, "admin"):
        assert refused(await sandbox.click(hidden, "Add a correction", member=persona))

    # Review buttons: any moderator of this server, never a member.
    review = (await sandbox.command("review", {}, member="moderator")).reply
    for label in ("Approve", "Edit", "Reject"):
        result = await sandbox.click(review, label, member="member")
        assert refused(result), label
    assert await sandbox.store.moderation.pending_count(guild_id) == 3

    edit_help = (await sandbox.click(review, "Edit", member=ROLE_MOD)).reply
    assert "/fact edit id:P1" in edit_help.content
    approved: Result = await sandbox.click(review, "Approve", member=ROLE_MOD)
    assert "Approved P1 as Q" in approved.last.embeds[0]["title"]
    assert approved.last.buttons() == []  # decided: the buttons are gone

    # Two moderators look at the same proposal; the second decision is refused, not applied.
    review = (await sandbox.command("review", {}, member="admin")).reply
    same = (await sandbox.command("review", {}, member="moderator")).reply
    rejected = await sandbox.click(review, "Reject", member="admin")
    assert "Rejected P2" in rejected.last.embeds[0]["title"]
    assert await sandbox.store.moderation.pending_count(guild_id) == 1
    stale = await sandbox.click(same, "Approve", member="moderator")
    assert "P2 was rejected already" in stale.reply.content and stale.reply.ephemeral
    assert (await sandbox.store.moderation.proposal(2)).status == "rejected"  # type: ignore[union-attr]


async def test_the_role_check_is_per_server(sandbox: Sandbox) -> None:
    await make_role_moderator(sandbox)
    sandbox.fake.enforce_default_permissions = False
    win_id = await add_winner(sandbox, ROLE_MOD)
    assert fact_id_in(win_id).startswith("W")
    sandbox.use_guild("Other")  # the same user name, no role here
    result = await sandbox.command("fact add winner", WINNER, member=ROLE_MOD)
    assert refused(result)
