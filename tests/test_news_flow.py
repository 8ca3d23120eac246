"""The news feature end to end: the real bot on the fake Discord, feeds on a local HTTP server."""

# ruff: noqa: F811  (test arguments named feed_server shadow the imported pytest fixture)
from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.config import Settings
from bot.news.models import StoredArticle
from bot.news.poller import FAILING_AFTER
from bot.news.service import NewsService
from bot.sandbox.fake_discord import FakeChannel, Posted
from bot.sandbox.harness import Sandbox
from bot.store import Store
from tests.feedserver import FeedServer, feed_server  # noqa: F401  (fixture)
from tests.newsfeeds import atom, item, rss


@pytest.fixture
async def sandbox(store: Store, settings: Settings) -> AsyncIterator[Sandbox]:
    """The real bot with only the news extension: these tests do not depend on the other cogs."""
    async with Sandbox(store, settings, extensions=("cogs.news",)) as running:
        yield running


def service(sandbox: Sandbox) -> NewsService:
    assert sandbox.bot is not None and isinstance(sandbox.bot.news, NewsService)
    return sandbox.bot.news


def announcements(sandbox: Sandbox, channel: FakeChannel) -> list[Posted]:
    return [p for p in sandbox.fake.posted_in(channel) if p.kind == "message" and p.embeds]


def notices(sandbox: Sandbox, channel: FakeChannel) -> list[str]:
    return [p.content for p in sandbox.fake.posted_in(channel) if p.kind == "message" and not p.embeds]


async def add(sandbox: Sandbox, url: str, channel: str = "news", **options: Any) -> str:
    result = await sandbox.command("feed add", {"url": url, "channel": channel, **options}, member="moderator")
    return result.reply.text()


async def test_rss_add_previews_marks_seen_then_announces_only_new_items(
        sandbox: Sandbox, feed_server: FeedServer) -> None:
    feed_server.set("/rss", rss([item(1), item(2, image="https://img.example/2.jpg")]))
    result = await sandbox.command("feed add", {"url": feed_server.url("/rss"), "channel": "news"},
                                   member="moderator")
    reply = result.reply
    assert reply.ephemeral and "Film Wire" in reply.content and "2 articles" in reply.content
    assert reply.embeds[0]["title"] == "Story number 2"  # preview of the newest item
    news = sandbox.channel_named("news")

    await sandbox.poll()
    assert announcements(sandbox, news) == []  # no backlog dump

    feed_server.set("/rss", rss([item(1), item(2), item(3, summary="Big <b>news</b> &amp; more",
                                                       image="https://img.example/3.jpg")]))
    await sandbox.poll()
    [posted] = announcements(sandbox, news)
    embed = posted.embeds[0]
    assert embed["title"] == "Story number 3"
    assert embed["url"] == "https://films.example/story/3"
    assert embed["author"]["name"] == "Film Wire"
    assert embed["description"].startswith("Big news & more")
    assert f"<t:{int(item(3).published.timestamp())}:R>" in embed["description"]
    assert embed["image"]["url"] == "https://img.example/3.jpg"
    assert posted.content == "" and posted.allowed_mentions == {"parse": []}
    assert posted.body["nonce"] and posted.body["enforce_nonce"] is True
    await sandbox.poll()
    assert len(announcements(sandbox, news)) == 1  # announced once


async def test_atom_feed_end_to_end(sandbox: Sandbox, feed_server: FeedServer) -> None:
    feed_server.set("/atom", atom([item(1)]), content_type="application/atom+xml")
    assert "Atom Films" in await add(sandbox, feed_server.url("/atom"))
    feed_server.set("/atom", atom([item(1), item(2, summary="Second")]), content_type="application/atom+xml")
    await sandbox.poll()
    [posted] = announcements(sandbox, sandbox.channel_named("news"))
    assert posted.embeds[0]["title"] == "Story number 2" and posted.embeds[0]["description"].startswith("Second")


async def test_web_page_gets_its_feed_discovered_or_a_clear_error(sandbox: Sandbox, feed_server: FeedServer) -> None:
    feed_server.set("/feed.xml", rss([item(1)]))
    feed_server.set("/page", '<html><head><title>Film Site</title><link rel="alternate" '
                    'type="application/rss+xml" href="/feed.xml"></head><body>hi</body></html>',
                    content_type="text/html")
    feed_server.set("/plain", "<html><head><title>Just A Page</title></head><body>no feed</body></html>",
                    content_type="text/html")
    assert "Film Wire" in await add(sandbox, feed_server.url("/page"))
    error = await add(sandbox, feed_server.url("/plain"), channel="other")
    assert "web page" in error and "Just A Page" in error and "does not advertise" in error


async def test_duplicate_and_fetch_errors_are_friendly(sandbox: Sandbox, feed_server: FeedServer) -> None:
    feed_server.set("/rss", rss([item(1)]))
    feed_server.set("/broken", "<rss><channel><item>", content_type="application/rss+xml")
    await add(sandbox, feed_server.url("/rss"))
    assert "already gets this feed" in await add(sandbox, feed_server.url("/rss"))
    assert "answered 404" in await add(sandbox, feed_server.url("/missing"))
    assert "only http and https" in (await add(sandbox, "ftp://127.0.0.1/x")) or \
        "not a web address" in (await add(sandbox, "ftp://127.0.0.1/x"))


async def test_304_costs_no_parsing(sandbox: Sandbox, feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
                                    ) -> None:
    feed_server.set("/rss", rss([item(1)]), etag='"v1"')
    await add(sandbox, feed_server.url("/rss"))
    import bot.news.service as service_module

    calls: list[str] = []
    real_parse = service_module.parse_feed

    def counting_parse(*args: Any, **kwargs: Any) -> Any:
        calls.append("parse")
        return real_parse(*args, **kwargs)

    monkeypatch.setattr(service_module, "parse_feed", counting_parse)
    await sandbox.poll()
    assert feed_server.requests[-1][1].get("If-None-Match") == '"v1"'
    assert calls == []
    feed = (await sandbox.store.news.guild_subscriptions(sandbox.guild.id))[0].feed  # type: ignore[union-attr]
    assert feed.consecutive_failures == 0 and feed.last_success_at is not None


async def test_an_unchanged_body_without_validators_is_not_parsed_again(
        sandbox: Sandbox, feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    feed_server.set("/rss", rss([item(1)]))  # no ETag, no Last-Modified
    await add(sandbox, feed_server.url("/rss"))
    await sandbox.poll()  # remembers the body's digest
    import bot.news.service as service_module

    def failing_parse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("parsed an unchanged body")

    monkeypatch.setattr(service_module, "parse_feed", failing_parse)
    await sandbox.poll()
    assert feed_server.hits["/rss"] == 3
    [view] = await service(sandbox).subscriptions(sandbox.guild.id)  # type: ignore[union-attr]
    assert view.feed.consecutive_failures == 0


async def test_500s_back_off_exponentially_and_due_polls_wait(sandbox: Sandbox, feed_server: FeedServer) -> None:
    feed_server.set("/rss", rss([item(1)]))
    await add(sandbox, feed_server.url("/rss"))
    feed_server.set("/rss", "oops", status=500)
    svc = service(sandbox)
    delays = []
    for _ in range(3):
        await svc.poll_once()
        feed = (await svc.subscriptions(sandbox.guild.id))[0].feed  # type: ignore[union-attr]
        assert feed.last_attempt_at is not None
        delays.append(feed.next_poll_at - feed.last_attempt_at)
    assert feed.consecutive_failures == 3 and feed.last_error == "the server answered 500"
    interval = feed.interval_seconds
    assert delays[0] == pytest.approx(interval * 2, rel=0.11)
    assert delays[1] == pytest.approx(interval * 4, rel=0.11)
    assert delays[2] == pytest.approx(interval * 8, rel=0.11)
    hits = feed_server.hits["/rss"]
    await svc.poll_due()  # backing off: not due yet
    assert feed_server.hits["/rss"] == hits


async def test_failing_after_ten_failures_one_notice_and_one_recovery(
        sandbox: Sandbox, feed_server: FeedServer) -> None:
    feed_server.set("/rss", rss([item(1)]))
    await add(sandbox, feed_server.url("/rss"))
    news = sandbox.channel_named("news")
    feed_server.set("/rss", "down", status=503)
    for _ in range(FAILING_AFTER - 1):
        await sandbox.poll()
    assert notices(sandbox, news) == []
    for _ in range(3):
        await sandbox.poll()
    [failing] = notices(sandbox, news)
    assert "Film Wire" in failing and "failed 10 times" in failing
    listing = (await sandbox.command("feed list", member="moderator")).reply.text()
    assert "failing" in listing
    feed_server.set("/rss", rss([item(1)]))
    await sandbox.poll()
    await sandbox.poll()
    assert len(notices(sandbox, news)) == 2 and "works again" in notices(sandbox, news)[1]


async def test_include_exclude_filters_and_why_explains(sandbox: Sandbox, feed_server: FeedServer) -> None:
    feed_server.set("/rss", rss([item(1)]))
    await add(sandbox, feed_server.url("/rss"), include="cannes, berlinale", exclude="trailer")
    wanted = item(2, title="Cannes lineup revealed")
    other = item(3, title="Venice lineup revealed")
    excluded = item(4, title="New Cannes trailer")
    feed_server.set("/rss", rss([item(1), wanted, other, excluded]))
    await sandbox.poll()
    titles = [p.embeds[0]["title"] for p in announcements(sandbox, sandbox.channel_named("news"))]
    assert titles == ["Cannes lineup revealed"]

    async def why(link: str) -> str:
        return (await sandbox.command("feed why", {"link": link}, member="moderator")).reply.text()

    delivered = await why(wanted.link + "?utm_source=x#frag")
    assert "delivered" in delivered and f"/channels/{sandbox.guild.id}/" in delivered  # type: ignore[union-attr]
    assert "none of the include keywords" in await why(other.link)
    assert "excluded keyword “trailer”" in await why(excluded.link)
    assert "already in" in await why(item(1).link)  # published before the subscription
    assert "not seen this link" in await why("https://elsewhere.example/x")


async def test_role_mention_pings_only_that_role(sandbox: Sandbox, feed_server: FeedServer) -> None:
    feed_server.set("/rss", rss([item(1)]))
    await add(sandbox, feed_server.url("/rss"), mention_role="Film Fans")
    role_id = sandbox.guild.role_named("Film Fans").id  # type: ignore[union-attr]
    feed_server.set("/rss", rss([item(1), item(2)]))
    await sandbox.poll()
    [posted] = announcements(sandbox, sandbox.channel_named("news"))
    assert posted.content == f"<@&{role_id}>"
    mentions = posted.allowed_mentions
    assert mentions is not None and mentions["parse"] == [] and [str(r) for r in mentions["roles"]] == [str(role_id)]
    assert "users" not in mentions


async def test_mentions_and_markdown_in_item_text_are_inert(sandbox: Sandbox, feed_server: FeedServer) -> None:
    feed_server.set("/rss", rss([item(1)]))
    await add(sandbox, feed_server.url("/rss"))
    evil = item(2, title="@everyone free **tickets** <@123456789012345678>", summary="@here <@&987654321098765432>")
    feed_server.set("/rss", rss([item(1), evil]))
    await sandbox.poll()
    [posted] = announcements(sandbox, sandbox.channel_named("news"))
    assert posted.allowed_mentions == {"parse": []} and posted.content == ""
    embed = posted.embeds[0]
    assert "@everyone" not in embed["title"] and "<@1234" not in embed["title"]
    assert "\\*\\*tickets\\*\\*" in embed["title"]
    assert "@here" not in embed["description"] and "<@&9876" not in embed["description"]


async def test_cap_per_channel_per_cycle_and_the_rest_next_cycle_oldest_first(
        sandbox: Sandbox, feed_server: FeedServer) -> None:
    feed_server.set("/rss", rss([item(0)]))
    await add(sandbox, feed_server.url("/rss"))
    news = sandbox.channel_named("news")
    feed_server.set("/rss", rss([item(n) for n in range(9)]))
    await sandbox.poll()
    assert [p.embeds[0]["title"] for p in announcements(sandbox, news)] == [f"Story number {n}" for n in range(1, 6)]
    await sandbox.poll()
    assert [p.embeds[0]["title"] for p in announcements(sandbox, news)] == [f"Story number {n}" for n in range(1, 9)]


async def test_same_story_in_two_feeds_posts_once_per_channel(sandbox: Sandbox, feed_server: FeedServer) -> None:
    feed_server.set("/a", rss([item(1)], title="Feed A"))
    feed_server.set("/b", rss([item(1)], title="Feed B"))
    await add(sandbox, feed_server.url("/a"))
    await add(sandbox, feed_server.url("/b"))
    shared = item(2)
    feed_server.set("/a", rss([item(1), shared], title="Feed A"))
    feed_server.set("/b", rss([item(1), item(2, link=shared.link + "?utm_campaign=rss", guid="b-2")], title="Feed B"))
    await sandbox.poll()
    await sandbox.poll()
    assert len(announcements(sandbox, sandbox.channel_named("news"))) == 1
    text = (await sandbox.command("feed why", {"link": shared.link}, member="moderator")).reply.text()
    assert "delivered" in text and "same story as" in text


async def test_deleted_channel_pauses_its_subscription_and_others_still_get_it(
        sandbox: Sandbox, feed_server: FeedServer) -> None:
    feed_server.set("/rss", rss([item(1)]))
    await add(sandbox, feed_server.url("/rss"), channel="news")
    await add(sandbox, feed_server.url("/rss"), channel="other")
    news, other = sandbox.channel_named("news"), sandbox.channel_named("other")
    news.deleted = True
    feed_server.set("/rss", rss([item(1), item(2)]))
    await sandbox.poll()
    assert len(announcements(sandbox, other)) == 1
    listing = (await sandbox.command("feed list", member="moderator")).reply.text()
    assert "Paused" in listing and "no longer exists" in listing
    feed_server.set("/rss", rss([item(1), item(2), item(3)]))
    await sandbox.poll()
    assert len(announcements(sandbox, other)) == 2
    assert [r for r in sandbox.fake.requests if r.path == f"/channels/{news.id}/messages"].__len__() == 1


async def test_a_feed_whose_parsing_raises_does_not_stop_the_others(
        sandbox: Sandbox, feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    feed_server.set("/bad", rss([item(1)], title="Bad"))
    feed_server.set("/good", rss([item(1, site="https://good.example")], title="Good"))
    await add(sandbox, feed_server.url("/bad"))
    await add(sandbox, feed_server.url("/good"))
    import bot.news.service as service_module

    real_parse = service_module.parse_feed

    def exploding(body: bytes, url: str, content_type: str | None = None) -> Any:
        if url.endswith("/bad"):
            raise RuntimeError("parser bug")
        return real_parse(body, url, content_type)

    monkeypatch.setattr(service_module, "parse_feed", exploding)
    feed_server.set("/bad", rss([item(1), item(2)], title="Bad"))
    feed_server.set("/good", rss([item(n, site="https://good.example") for n in (1, 2)], title="Good"))
    await sandbox.poll()
    [posted] = announcements(sandbox, sandbox.channel_named("news"))
    assert posted.embeds[0]["author"]["name"] == "Good"
    bad = next(v.feed for v in await service(sandbox).subscriptions(sandbox.guild.id)  # type: ignore[union-attr]
           if v.feed.title == "Bad")
    assert bad.consecutive_failures == 1 and "internal error" in (bad.last_error or "")


async def test_member_without_manage_server_is_refused_by_our_own_check(
        sandbox: Sandbox, feed_server: FeedServer) -> None:
    sandbox.fake.enforce_default_permissions = False
    feed_server.set("/rss", rss([item(1)]))
    for path, options in (("feed add", {"url": feed_server.url("/rss")}), ("feed list", {}),
                          ("feed why", {"link": "https://x.example/"})):
        reply = (await sandbox.command(path, options, member="member")).reply
        assert reply.ephemeral and "Only moderators" in reply.content
    assert feed_server.hits["/rss"] == 0
    assert await sandbox.store.news.guild_subscriptions(sandbox.guild.id) == []  # type: ignore[union-attr]


async def test_only_this_servers_subscriptions_are_visible_or_removable(
        sandbox: Sandbox, feed_server: FeedServer) -> None:
    feed_server.set("/rss", rss([item(1)]))
    await add(sandbox, feed_server.url("/rss"))
    [mine] = await sandbox.store.news.guild_subscriptions(sandbox.guild.id)  # type: ignore[union-attr]
    sandbox.use_guild("Elsewhere")
    choices = await sandbox.autocomplete("feed remove", {"feed": ""}, "feed", member="moderator")
    assert choices == []
    reply = (await sandbox.command("feed remove", {"feed": str(mine.subscription.id)}, member="moderator")).reply
    assert "no such feed" in reply.content
    assert "follows no feeds" in (await sandbox.command("feed list", member="moderator")).reply.text()


async def test_feed_test_renders_the_newest_item_ephemerally(sandbox: Sandbox, feed_server: FeedServer) -> None:
    feed_server.set("/rss", rss([item(1), item(7)]))
    reply = (await sandbox.command("feed test", {"feed": feed_server.url("/rss")}, member="moderator")).reply
    assert reply.ephemeral and reply.embeds[0]["title"] == "Story number 7"


async def test_news_latest_paginates_for_its_invoker_only(sandbox: Sandbox, feed_server: FeedServer) -> None:
    feed_server.set("/rss", rss([item(n) for n in range(1, 13)] + [item(20, title="100% _odd_ title")]))
    await add(sandbox, feed_server.url("/rss"))
    result = await sandbox.command("news latest", {"count": 13}, member="member")
    first = result.reply
    assert not first.ephemeral and "Story number 12" in first.embeds[0]["description"]
    turned = await sandbox.click(first, "Next", member="member")
    assert "Story number 7" in turned.last.embeds[0]["description"]
    refused = await sandbox.click(first, "Last", member="moderator")
    assert refused.reply.ephemeral and "belong to whoever ran" in refused.reply.content
    current = sandbox.fake.messages[int(first.message["id"])]
    assert "Story number 7" in current["embeds"][0]["description"]  # the other member changed nothing
    search = await sandbox.command("news latest", {"text": "100%"}, member="member")
    assert "odd" in search.reply.embeds[0]["description"] and "Story number" not in \
        search.reply.embeds[0]["description"]
    assert "No article" in (await sandbox.command("news latest", {"text": "%"}, member="member")).reply.text() or \
        "100" in (await sandbox.command("news latest", {"text": "%"}, member="member")).reply.text()


async def test_url_autocomplete_offers_the_curated_feeds(sandbox: Sandbox) -> None:
    choices = await sandbox.autocomplete("feed add", {"url": "variety"}, "url", member="moderator")
    assert [c["value"] for c in choices] == ["https://variety.com/feed/"]


async def test_propose_facts_hook_gets_each_article_and_the_receiving_guilds(
        sandbox: Sandbox, feed_server: FeedServer) -> None:
    feed_server.set("/rss", rss([item(1)]))
    await add(sandbox, feed_server.url("/rss"))
    seen: list[tuple[str, frozenset[int]]] = []

    async def hook(article: StoredArticle, guild_ids: frozenset[int]) -> None:
        seen.append((article.title, guild_ids))
        raise RuntimeError("hooks may fail")

    service(sandbox).announcer.propose_facts = hook
    feed_server.set("/rss", rss([item(1), item(2), item(3)]))
    await sandbox.poll()
    assert seen == [("Story number 2", frozenset({sandbox.guild.id})),  # type: ignore[union-attr]
                    ("Story number 3", frozenset({sandbox.guild.id}))]  # type: ignore[union-attr]
    assert len(announcements(sandbox, sandbox.channel_named("news"))) == 2
