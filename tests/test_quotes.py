"""/quote random|search|by through the fake Discord."""

from __future__ import annotations

import pytest

from bot.sandbox.harness import Sandbox


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
