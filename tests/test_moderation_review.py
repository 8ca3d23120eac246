"""Facts proposed from articles: the seed article into /review, approve/edit/reject, per-server
queues, no duplicates of known facts, and review buttons that still work after a restart."""

# ruff: noqa: F811  (test arguments named feed_server shadow the imported pytest fixture)
from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.moderation.proposals import FactProposer
from bot.sandbox.fake_discord import FakeDiscord
from bot.sandbox.harness import Sandbox
from bot.store import Store
from tests.feedserver import FeedServer, feed_server  # noqa: F401  (fixture)
from tests.moderation_helpers import winner_text
from tests.newsfeeds import Item, rss

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "anora-palme-dor-2024.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_LINK = "https://news.example/anora-palme-dor"
PUBLISHED = dt.datetime(2024, 5, 26, 9, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Article:
    id: int
    title: str
    summary: str
    link: str | None
    published_at: float | None


SEED_ARTICLE = Article(0, "Anora wins the Palme d'Or", SEED_TEXT, SEED_LINK, PUBLISHED.timestamp())


def proposer(sandbox: Sandbox) -> FactProposer:
    assert sandbox.bot is not None
    cog: Any = sandbox.bot.get_cog("Facts")
    return cog.proposer


async def forget_the_seed_facts(sandbox: Sandbox) -> None:
    """An install whose data lacks what the seed article reports (the shipped data has it all)."""
    assert sandbox.bot is not None
    facts, store = sandbox.bot.facts, sandbox.store
    festival = facts.festival("Cannes", 0)
    award = facts.award(festival, "Palme d'Or", 0)
    assert award is not None
    win_id = await store.facts.find_known_win(award.id, 2024, "Anora", 0, include_hidden=True)
    assert win_id is not None
    await store.facts.remove_fact("win", win_id)
    for name in ("Sean Baker", "Greta Gerwig"):
        person = await facts.person(name, 0)
        for quote in await store.facts.quotes_by(person.id, 0):
            await store.facts.remove_fact("quote", quote.id)


async def test_nothing_known_is_proposed_and_the_hook_is_installed(sandbox: Sandbox) -> None:
    assert sandbox.bot is not None
    announcer: Any = sandbox.bot.news
    assert announcer.announcer.propose_facts == sandbox.bot.get_cog("Facts").propose_facts  # type: ignore[union-attr]
    guild_id = sandbox.guild.id  # type: ignore[union-attr]
    assert await proposer(sandbox).propose_facts(SEED_ARTICLE, frozenset({guild_id})) == 0
    reply = (await sandbox.command("review", {}, member="moderator")).reply
    assert "No proposals are waiting" in reply.content


async def test_seed_article_proposals_flow_into_review_and_approve_makes_a_server_fact(sandbox: Sandbox) -> None:
    await forget_the_seed_facts(sandbox)
    assert "Anora" not in await winner_text(sandbox, 2024)
    home = sandbox.guild
    assert home is not None
    queued = await proposer(sandbox).propose_facts(SEED_ARTICLE, frozenset({home.id}))
    assert queued == 4  # the winner, Greta Gerwig's quote, Sean Baker's two paragraphs
    assert await proposer(sandbox).propose_facts(SEED_ARTICLE, frozenset({home.id})) == 0  # deduplicated

    review = (await sandbox.command("review", {}, member="moderator")).reply
    text = review.text()
    assert review.ephemeral and "proposed winner" in text
    for expected in ("Cannes", "Palme d'Or", "2024", "Anora", "Sean Baker", "Anora wins the Palme d'Or", SEED_LINK,
                     "4 proposals waiting"):
        assert expected in text, expected
    assert "Parasite" not in text and "Titane" not in text
    custom_ids = [b["custom_id"] for b in review.buttons()]
    assert custom_ids == ["review:approve:1", "review:edit:1", "review:reject:1"]

    approved = (await sandbox.click(review, "Approve", member="moderator")).last
    assert "Approved P1 as W" in approved.embeds[0]["title"] and "3 more waiting" in approved.text()
    answer = await winner_text(sandbox, 2024)
    assert "**Anora** — Sean Baker ⟨server fact⟩" in answer and SEED_LINK in answer  # source: the article
    win_id = approved.embeds[0]["title"].rsplit(" ", 1)[1]
    history = (await sandbox.command("fact history", {"id": win_id}, member="moderator")).reply.text()
    assert f"approved {win_id} (approved P1)" in history

    quotes = []
    for _ in range(3):
        review = (await sandbox.command("review", {}, member="moderator")).reply
        quotes.append(review.text())
        await sandbox.click(review, "Approve", member="moderator")
    assert "Greta Gerwig" in quotes[0] and "incredibly human film" in quotes[0]
    assert "fight for cinema" in quotes[1] and "communal experiences" in quotes[2]
    assert "communal experiences" in (await sandbox.command("quote by", {"speaker": "Sean Baker"})).reply.text()

    sandbox.use_guild("Other")  # the other server got nothing and sees nothing of it
    assert "No proposals are waiting" in (await sandbox.command("review", {}, member="moderator")).reply.content
    assert "Anora" not in await winner_text(sandbox, 2024)


async def test_each_server_has_its_own_queue_and_cannot_decide_anothers(sandbox: Sandbox) -> None:
    await forget_the_seed_facts(sandbox)
    home = sandbox.guild
    other = sandbox.use_guild("Other")
    assert home is not None
    await proposer(sandbox).propose_facts(SEED_ARTICLE, frozenset({home.id, other.id}))
    sandbox.use_guild("Sandbox")
    home_review = (await sandbox.command("review", {}, member="moderator")).reply
    sandbox.use_guild("Other")
    other_review = (await sandbox.command("review", {}, member="moderator")).reply
    home_id = home_review.buttons()[0]["custom_id"].split(":")[2]
    other_id = other_review.buttons()[0]["custom_id"].split(":")[2]
    assert home_id != other_id

    # A moderator of "Other" pressing a button of the first server's proposal (Discord would never
    # deliver that; the bot must refuse it anyway): the home message, as if it were in "Other".
    other_channel = other.channel_named("general")
    assert other_channel is not None
    message = {k: v for k, v in sandbox.fake.messages[int(home_review.message["id"])].items() if not k.startswith("_")}
    message.update(channel_id=str(other_channel.id), guild_id=str(other.id))
    forged = await sandbox.fake.send_interaction(
        type_=3, guild=other, channel=other_channel, member=sandbox.member("moderator", other),
        data={"custom_id": f"review:approve:{home_id}", "component_type": 2}, message=message)
    await asyncio.wait_for(forged.responded.wait(), 10)
    body = forged.callback_body or {}
    assert f"There is no proposal P{home_id} in this server." in body["data"]["content"]
    assert (await sandbox.store.moderation.proposal(int(home_id))).status == "pending"  # type: ignore[union-attr]

    await sandbox.click(other_review, "Reject", member="moderator")
    sandbox.use_guild("Sandbox")
    assert "Anora" not in await winner_text(sandbox, 2024)
    again = (await sandbox.command("review", {}, member="moderator")).reply
    assert again.buttons()[0]["custom_id"] == f"review:approve:{home_id}"  # still pending here


async def test_edit_a_proposal_before_approving_it(sandbox: Sandbox) -> None:
    await forget_the_seed_facts(sandbox)
    guild_id = sandbox.guild.id  # type: ignore[union-attr]
    await proposer(sandbox).propose_facts(SEED_ARTICLE, frozenset({guild_id}))
    review = (await sandbox.command("review", {}, member="moderator")).reply
    edit_help = (await sandbox.click(review, "Edit", member="moderator")).reply
    assert edit_help.ephemeral and "/fact edit id:P1" in edit_help.content and "directors" in edit_help.content
    edited = (await sandbox.command("fact edit", {"id": "P1", "field": "directors", "value": "Sean Baker, Ada <@1>"},
                                    member="moderator")).reply
    assert "Ada <\u200b@1>" in edited.text() and [b["label"] for b in edited.buttons()] == ["Approve", "Edit", "Reject"]
    bad = (await sandbox.command("fact edit", {"id": "P1", "field": "speaker", "value": "x"}, member="moderator")).reply
    assert "festival, award, year, film, directors" in bad.content
    await sandbox.click(edited, "Approve", member="moderator")
    assert "Anora** — Sean Baker, Ada" in await winner_text(sandbox, 2024)


async def test_a_proposal_that_became_known_is_closed_as_a_duplicate(sandbox: Sandbox) -> None:
    await forget_the_seed_facts(sandbox)
    guild_id = sandbox.guild.id  # type: ignore[union-attr]
    await proposer(sandbox).propose_facts(SEED_ARTICLE, frozenset({guild_id}))
    preview = (await sandbox.command("fact add winner", {"festival": "Cannes", "award": "Palme d'Or", "year": 2024,
                                                         "film": "Anora"}, member="moderator")).reply
    await sandbox.click(preview, "Confirm", member="moderator")
    review = (await sandbox.command("review", {}, member="moderator")).reply
    closed = (await sandbox.click(review, "Approve", member="moderator")).last
    assert "Rejected P1" in closed.embeds[0]["title"] and "duplicate of W" in closed.text()
    [entry, *_] = await sandbox.store.moderation.guild_audit(guild_id)
    assert entry.action == "reject" and entry.reason and entry.reason.startswith("duplicate of W")
    assert entry.before and entry.before["proposal"] == "P1" and entry.before["film"] == "Anora"
    assert (await winner_text(sandbox, 2024)).count("Anora") == 1


async def test_review_buttons_still_work_after_a_restart(store: Store, settings: Settings) -> None:
    fake = FakeDiscord()
    async with Sandbox(store, settings, fake=fake) as first:
        await forget_the_seed_facts(first)
        guild = first.guild
        assert guild is not None
        await proposer(first).propose_facts(SEED_ARTICLE, frozenset({guild.id}))
        review = (await first.command("review", {}, member="moderator")).reply
    async with Sandbox(store, settings, fake=fake) as second:  # a new bot process, the same Discord
        second.guild = guild
        second.channel = guild.channel_named("general")
        assert "Anora" not in await winner_text(second, 2024)
        refused = await second.click(review, "Approve", member="member")
        assert "Only moderators" in refused.reply.content
        approved = (await second.click(review, "Approve", member="moderator")).last
        assert "Approved P1 as W" in approved.embeds[0]["title"]
        assert "**Anora** — Sean Baker ⟨server fact⟩" in await winner_text(second, 2024)


async def test_articles_from_a_followed_feed_reach_the_review_queue(sandbox: Sandbox,
                                                                    feed_server: FeedServer) -> None:
    await forget_the_seed_facts(sandbox)
    old = Item("Festival line-up announced", "https://news.example/line-up", "The line-up is out.", minutes=0)
    feed_server.set("/rss", rss([old]))
    await sandbox.command("feed add", {"url": feed_server.url("/rss"), "channel": "news"}, member="moderator")
    await sandbox.poll()
    paragraphs = "</p><p>".join(p.strip() for p in SEED_TEXT.split("\n\n") if p.strip())
    seed = Item("Anora wins the Palme d'Or", SEED_LINK, paragraphs, minutes=5)
    feed_server.set("/rss", rss([old, seed]))
    await sandbox.poll()
    review = (await sandbox.command("review", {}, member="moderator")).reply
    assert "Anora" in review.text() and SEED_LINK in review.text() and "proposed winner" in review.text()
    sandbox.use_guild("Other")  # it did not follow the feed
    assert "No proposals" in (await sandbox.command("review", {}, member="moderator")).reply.content
