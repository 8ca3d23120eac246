"""/winner, /winners, /film, /person, /festival edition through the fake Discord."""

from __future__ import annotations

from datetime import date

import pytest

from bot.sandbox.harness import Sandbox


async def test_seed_winner_cannes_2024_is_anora_by_sean_baker(sandbox: Sandbox) -> None:
    reply = (await sandbox.command("winner", {"festival": "Cannes", "year": 2024})).reply
    embed = reply.embeds[0]
    assert "Palme d'Or" in embed["title"] and "2024" in embed["title"]
    assert "**Anora** — Sean Baker" in embed["description"]
    assert not reply.ephemeral
    assert reply.allowed_mentions == {"parse": []}


@pytest.mark.parametrize(("festival", "year", "film", "director"), [
    ("Cannes", 2019, "Parasite", "Bong Joon-ho"),
    ("festival de cannes", 1994, "Pulp Fiction", "Quentin Tarantino"),
    ("Mostra", 2024, "The Room Next Door", "Pedro Almodóvar"),
    ("berlinale", 2024, "Dahomey", "Mati Diop"),
    ("Academy Awards", 2024, "Oppenheimer", "Christopher Nolan"),
    ("Oscars", 96, "Oppenheimer", "Christopher Nolan"),  # the 96th ceremony
])
async def test_winner_by_aliases_and_ceremony_number(sandbox: Sandbox, festival: str, year: int, film: str,
                                                     director: str) -> None:
    text = (await sandbox.command("winner", {"festival": festival, "year": year})).reply.text()
    assert film in text and director in text


async def test_original_title_is_shown(sandbox: Sandbox) -> None:
    text = (await sandbox.command("winner", {"festival": "Cannes", "year": 2019})).reply.text()
    assert "Gisaengchung" in text


async def test_a_tie_shows_every_winner(sandbox: Sandbox) -> None:
    text = (await sandbox.command("winner", {"festival": "Cannes", "year": 1993})).reply.text()
    assert "The Piano" in text and "Farewell My Concubine" in text and "Shared by 2 films" in text


async def test_a_named_award_other_than_the_top_prize(sandbox: Sandbox) -> None:
    text = (await sandbox.command("winner", {"festival": "Cannes", "year": 2024, "award": "Grand Prix"})).reply.text()
    assert "All We Imagine as Light" in text and "Payal Kapadia" in text
    text = (await sandbox.command("winner", {"festival": "Oscars", "year": 2024, "award": "best director"})).reply.text()
    assert "Christopher Nolan" in text


async def test_years_without_the_award_say_why(sandbox: Sandbox) -> None:
    text = (await sandbox.command("winner", {"festival": "Venice", "year": 1975})).reply.text()
    assert "The Golden Lion was not awarded 1969–1979" in text
    text = (await sandbox.command("winner", {"festival": "Cannes", "year": 1968})).reply.text()
    assert "not awarded" in text and "1968" in text and "May 1968" in text


async def test_a_year_past_the_records_is_not_invented(sandbox: Sandbox) -> None:
    year = date.today().year + 1
    reply = (await sandbox.command("winner", {"festival": "Cannes", "year": year})).reply
    assert f"no Palme d'Or winner recorded for {year}" in reply.text()


@pytest.mark.parametrize(("options", "expected"), [
    ({"festival": "Canes", "year": 2024}, "Did you mean Cannes"),
    ({"festival": "Sundanse Film", "year": 2020}, "Did you mean Sundance"),
    ({"festival": "Cannes", "year": 1850}, "between 1900 and"),
    ({"festival": "Cannes", "year": 3000}, "between 1900 and"),
    ({"festival": "Cannes", "year": 2024, "award": "Golden Bear"}, "I don't know the award of Cannes"),
    ({"festival": "x" * 250, "year": 2024}, "too long (250 characters; at most 200)"),
    ({"festival": "Oscars", "year": 150}, "I know no 150th Oscars ceremony"),
])
async def test_bad_input_gets_a_short_ephemeral_explanation(sandbox: Sandbox, options: dict, expected: str) -> None:
    reply = (await sandbox.command("winner", options)).reply
    assert reply.ephemeral and expected in reply.content
    assert "Something went wrong" not in reply.content


async def test_mention_injection_in_names_never_pings(sandbox: Sandbox) -> None:
    reply = (await sandbox.command("winner", {"festival": "@everyone <@&123>", "year": 2024})).reply
    assert reply.allowed_mentions == {"parse": []}
    assert "@everyone" not in reply.content.replace("@\u200beveryone", "")


async def test_winners_paginates_with_buttons_only_for_the_invoker(sandbox: Sandbox) -> None:
    result = await sandbox.command("winners", {"festival": "Oscars", "award": "Best Picture"}, member="alice")
    first = result.reply
    assert "Page 1/" in first.embeds[0]["footer"]["text"]
    labels = [b["label"] for b in first.buttons()]
    assert labels[:2] == ["First", "Previous"] and "Next" in labels and "Last" in labels
    assert "Wings" in first.text()  # 1929, the first Best Picture

    refused = await sandbox.click(first, "Next", member="bob")
    assert refused.reply.ephemeral and "belong" in refused.reply.content

    turned = await sandbox.click(first, "Last", member="alice")
    assert turned.last.kind == "edit"
    assert "Anora" in turned.last.text()  # 2025, the latest
    total = first.embeds[0]["footer"]["text"].split("/")[1].split(" ")[0]
    assert f"Page {total}/{total}" in turned.last.embeds[0]["footer"]["text"]


async def test_winners_range_and_reversed_range(sandbox: Sandbox) -> None:
    reply = (await sandbox.command("winners", {"festival": "Cannes", "from_year": 2019, "to_year": 2021})).reply
    text = reply.text()
    assert "Parasite" in text and "Titane" in text and "Anora" not in text and "Page" not in text
    reply = (await sandbox.command("winners", {"festival": "Cannes", "from_year": 2021, "to_year": 2019})).reply
    assert reply.ephemeral and "after" in reply.content


async def test_film_and_person_profiles(sandbox: Sandbox) -> None:
    text = (await sandbox.command("film", {"title": "gisaengchung"})).reply.text()
    assert "Parasite" in text and "Palme d'Or" in text and "Best Picture" in text
    text = (await sandbox.command("person", {"name": "greta gerwig"})).reply.text()
    assert "Jury president" in text and "Cannes 2024" in text and "incredibly human film" in text
    text = (await sandbox.command("person", {"name": "Sean\u200bBaker"})).reply.text()
    assert "Anora" in text and "fight for cinema" in text


async def test_festival_edition(sandbox: Sandbox) -> None:
    text = (await sandbox.command("festival edition", {"festival": "Cannes", "year": 2024})).reply.text()
    for expected in ("Greta Gerwig", "Anora", "Grand Prix", "Emilia Pérez", "Jesse Plemons", "The Substance",
                     "Armand"):
        assert expected in text


@pytest.mark.parametrize(("path", "option", "typed", "expected"), [
    ("winner", "festival", "canes", "Cannes"),
    ("winner", "festival", "berlinale", "Berlin"),
    ("film", "title", "anatomy fall", "Anatomy of a Fall"),
    ("film", "title", "oppen", "Oppenheimer"),
    ("person", "name", "almodovar", "Pedro Almodóvar"),
])
async def test_autocomplete_is_fuzzy_and_accent_insensitive(sandbox: Sandbox, path: str, option: str, typed: str,
                                                            expected: str) -> None:
    options = {option: typed} if path != "winner" else {"festival": typed, "year": 2024}
    choices = await sandbox.autocomplete(path, options, focused=option)
    assert 0 < len(choices) <= 25
    assert any(expected in c["name"] for c in choices[:3])


@pytest.mark.parametrize(("typed", "festival", "expected"), [
    ("palme dor", "Cannes", "Palme d'Or"),
    ("leone d oro", "Venice", "Golden Lion"),
    ("goldener bar", "Berlin", "Golden Bear"),
])
async def test_award_autocomplete_uses_the_chosen_festival(sandbox: Sandbox, typed: str, festival: str,
                                                           expected: str) -> None:
    choices = await sandbox.autocomplete("winner", {"festival": festival, "year": 2024, "award": typed},
                                         focused="award")
    assert choices and choices[0]["name"] == expected


@pytest.mark.parametrize(("typed", "expected"), [("Oppenhiemer", "Oppenheimer"), ("parasyte", "Parasite"),
                                                 ("Anatomie of a fal", "Anatomy of a Fall")])
async def test_a_misspelt_film_suggests_the_right_one(sandbox: Sandbox, typed: str, expected: str) -> None:
    reply = (await sandbox.command("film", {"title": typed})).reply
    assert expected in reply.text()


async def test_names_are_searched_in_the_store_with_its_visibility(sandbox: Sandbox) -> None:
    """A film only one server knows is offered there, never to another server."""
    assert sandbox.guild is not None
    async with sandbox.store.db.transaction():
        await sandbox.store.facts.ensure_film("Secret Local Film", None, (), sandbox.guild.id, "test")
    choices = await sandbox.autocomplete("film", {"title": "secret loc"}, focused="title")
    assert choices[0]["name"] == "Secret Local Film"
    sandbox.use_guild("Elsewhere")
    elsewhere = await sandbox.autocomplete("film", {"title": "secret loc"}, focused="title")
    assert "Secret Local Film" not in [c["name"] for c in elsewhere]


async def test_facts_imported_by_another_process_are_seen_without_a_restart(sandbox: Sandbox) -> None:
    """`python -m bot facts import` writes through its own connection while the bot runs."""
    from bot.store import Store

    async with Store.open(sandbox.store.db.path) as other, other.db.transaction():
        festival = await other.facts.upsert_festival("locarno", "Locarno Film Festival", "Locarno", "festival",
                                                     ["Festival del film Locarno"], "https://example.org")
        award = await other.facts.upsert_award(festival, "golden-leopard", "Golden Leopard", True,
                                               ["Pardo d'oro"], "https://example.org")
        film = await other.facts.ensure_film("Critical Zone", None, (), None, "https://example.org")
        director = await other.facts.ensure_person("Ali Ahmadzadeh", None, "https://example.org")
        await other.facts.insert_win(award, 2023, film, [director], [], None, None, "https://example.org")
    text = (await sandbox.command("winner", {"festival": "Festival del film Locarno", "year": 2023})).reply.text()
    assert "Critical Zone" in text and "Ali Ahmadzadeh" in text and "Golden Leopard" in text


async def test_single_year_gap_reads_as_a_sentence(sandbox: Sandbox) -> None:
    text = (await sandbox.command("winner", {"festival": "Berlin", "year": 1970})).reply.text()
    assert "The Golden Bear was not awarded in 1970." in text
    assert ".." not in text


async def test_film_profile_lists_awards_without_repeating_the_title(sandbox: Sandbox) -> None:
    embed = (await sandbox.command("film", {"title": "Parasite"})).reply.embeds[0]
    awards = next(f["value"] for f in embed["fields"] if f["name"].startswith("Awards"))
    assert "2019 · Cannes · Palme d'Or: Bong Joon-ho" in awards
    assert "Parasite" not in awards


async def test_a_year_with_two_ceremonies_shows_both_without_one_number(sandbox: Sandbox) -> None:
    """The 2nd and the 3rd Academy Awards were both held in 1930."""
    reply = (await sandbox.command("winner", {"festival": "Oscars", "year": 1930})).reply
    title, text = reply.embeds[0]["title"], reply.text()
    assert "The Broadway Melody" in text and "All Quiet on the Western Front" in text
    assert "ceremony)" not in title
    assert "All Quiet on the Western Front" in (await sandbox.command("winner", {"festival": "Oscars", "year": 3})).reply.text()
    assert "Wings" in (await sandbox.command("winner", {"festival": "Oscars", "year": 1})).reply.text()
