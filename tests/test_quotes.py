"""/quote random|search|by through the fake Discord."""

from __future__ import annotations

import pytest

from bot.fts import fts_query
from bot.sandbox.harness import Sandbox
from bot.store import Store


async def test_seed_quote_by_sean_baker_finds_fight_for_cinema(sandbox: Sandbox) -> None:
    result = await sandbox.command("quote by", {"speaker": "Sean Baker"})
    text = result.reply.text()
    assert "fight for cinema" in text and "Sean Baker" in text
    assert "Cannes 2024" in text  # the event
    assert result.reply.allowed_mentions == {"parse": []}


async def test_quote_search_ranks_and_shows_speaker_event_and_source(sandbox: Sandbox) -> None:
    reply = (await sandbox.command("quote search", {"text": "incredibly human"})).reply
    text = reply.text()
    assert "Greta Gerwig" in text and "incredibly human film" in text and "closing ceremony" in text
    assert "seed:anora-palme-dor-2024" in text


@pytest.mark.parametrize("text", ['"', "*", "NEAR(", 'fight" OR "x', "a:b", "^", "((", '"unbalanced', "-cinema"])
async def test_fts_syntax_in_search_is_never_an_error(sandbox: Sandbox, text: str) -> None:
    reply = (await sandbox.command("quote search", {"text": text})).reply
    assert "Something went wrong" not in reply.content
    if reply.embeds:  # the words left after dropping the syntax found quotes
        assert not reply.ephemeral and any(name in reply.text() for name in ("Sean Baker", "Greta Gerwig", "Bong"))
    else:
        assert reply.ephemeral
        assert reply.content.startswith(("No quote contains", "Give me some words"))


async def test_search_for_operators_still_finds_words(sandbox: Sandbox) -> None:
    text = (await sandbox.command("quote search", {"text": 'fight" OR cinema*'})).reply.text()
    assert "Sean Baker" in text


async def test_search_text_over_200_characters_is_refused(sandbox: Sandbox) -> None:
    reply = (await sandbox.command("quote search", {"text": "cinema " * 40})).reply
    assert reply.ephemeral and "too long" in reply.content


async def test_random_quote_by_speaker_and_film(sandbox: Sandbox) -> None:
    for _ in range(3):
        text = (await sandbox.command("quote random", {"speaker": "Sean Baker"})).reply.text()
        assert "Sean Baker" in text and ("fight for cinema" in text or "movie theater" in text)
    text = (await sandbox.command("quote random", {"film": "Anora"})).reply.text()
    assert "Anora" in text
    reply = (await sandbox.command("quote random", {"speaker": "Mati Diop"})).reply
    assert reply.ephemeral and "no quote" in reply.content


async def test_unknown_speaker_suggests(sandbox: Sandbox) -> None:
    reply = (await sandbox.command("quote by", {"speaker": "Sean Bakr"})).reply
    assert reply.ephemeral and "Sean Baker" in reply.content


async def test_search_ranks_words_in_the_text_first_then_shorter_quotes(empty_store: Store) -> None:
    facts = empty_store.facts
    async with empty_store.db.transaction():
        nobody = await facts.ensure_person("Ana Lopez", None)
        cinema_fan = await facts.ensure_person("Cinéma Club", None)  # the word only in the speaker
        long_id = await facts.insert_quote(nobody, "We love cinema. " + "And many other things, " * 30,
                                           None, None, None, None, "en", None, "test")
        speaker_id = await facts.insert_quote(cinema_fan, "A short line about nothing in particular.",
                                              None, None, None, None, "en", None, "test")
        twice_id = await facts.insert_quote(nobody, "Le cinéma, toujours le cinéma.", None, None, None, None,
                                            "fr", None, "test")
        once_id = await facts.insert_quote(nobody, "Cinema saved my life.", None, None, None, None, "en", None,
                                           "test")
    found = await facts.search_quotes(fts_query("cinema", prefix_last=False) or "", 0, 10)
    # Accents ignored; two hits beat one; a hit in the text beats one in the speaker; a long quote
    # with one hit comes after a short one.
    assert [q.id for q in found] == [twice_id, once_id, speaker_id, long_id]
    assert [q.id for q in await facts.search_quotes(fts_query("cinema") or "", 0, 2)] == [twice_id, once_id]
