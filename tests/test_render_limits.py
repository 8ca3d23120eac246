"""bot.render.limits and bot.render.pages: nothing we build may exceed Discord's limits."""

from __future__ import annotations

import random

import discord
import pytest

from bot.render import limits
from bot.render.limits import ELLIPSIS, embed_length, fit_embed, truncate
from bot.render.pages import paginate_lines


def random_text(rng: random.Random, max_length: int) -> str:
    alphabet = "ab cd\néß😀 \u200b"
    return "".join(rng.choices(alphabet, k=rng.randint(0, max_length)))


def test_truncate_leaves_short_text_alone() -> None:
    assert truncate("Anora", 5) == "Anora"
    assert truncate("", 0) == ""


def test_truncate_cuts_at_a_word_boundary_when_close() -> None:
    assert truncate("The Zone of Interest", 14) == "The Zone of…"
    assert len(truncate("The Zone of Interest", 15)) <= 15


def test_truncate_cuts_mid_word_when_the_boundary_is_far() -> None:
    assert truncate("Supercalifragilistic expialidocious", 12) == "Supercalifr…"


def test_truncate_tiny_limits() -> None:
    assert truncate("abc", 1) == ELLIPSIS
    assert truncate("abc", 0) == ""


def test_truncate_never_exceeds_the_limit() -> None:
    rng = random.Random(3)
    for _ in range(2000):
        text = random_text(rng, 80)
        limit = rng.randint(0, 60)
        result = truncate(text, limit)
        assert len(result) <= limit
        if len(text) > limit:
            assert result.endswith(ELLIPSIS) or result == ""
        else:
            assert result == text


def test_embed_length_counts_like_discord() -> None:
    embed = discord.Embed(title="t" * 3, description="d" * 5)
    embed.add_field(name="n" * 7, value="v" * 11)
    embed.set_footer(text="f" * 13)
    embed.set_author(name="a" * 17)
    assert embed_length(embed) == 3 + 5 + 7 + 11 + 13 + 17 == len(embed)


def assert_valid(embed: discord.Embed) -> None:
    data = embed.to_dict()
    assert len(data.get("title", "")) <= limits.TITLE
    assert len(data.get("description", "")) <= limits.DESCRIPTION
    assert len(data.get("fields", [])) <= limits.FIELDS
    for field in data.get("fields", []):
        assert 0 < len(field["name"]) <= limits.FIELD_NAME
        assert 0 < len(field["value"]) <= limits.FIELD_VALUE
    assert len(data.get("footer", {}).get("text", "")) <= limits.FOOTER
    assert len(data.get("author", {}).get("name", "")) <= limits.AUTHOR
    assert embed_length(embed) <= limits.TOTAL


def test_fit_embed_truncates_each_part() -> None:
    embed = discord.Embed(title="T" * 300, description="D" * 5000, colour=0x123456)
    embed.add_field(name="N" * 300, value="V" * 2000, inline=False)
    embed.add_field(name="", value="")
    embed.set_footer(text="F" * 3000)
    fitted = fit_embed(embed)
    assert_valid(fitted)
    assert fitted.colour == discord.Colour(0x123456)
    assert fitted.fields[0].inline is False
    assert fitted.fields[1].name == "\u200b" and fitted.fields[1].value == "\u200b"
    assert embed.title == "T" * 300  # the original is not modified


def test_fit_embed_shortens_the_description_first() -> None:
    embed = discord.Embed(title="Winners", description="word " * 800)  # 4000 chars
    for index in range(3):
        embed.add_field(name=f"Year {index}", value="x" * 1000)
    fitted = fit_embed(embed)
    assert_valid(fitted)
    assert len(fitted.fields) == 3
    assert fitted.description is not None and fitted.description.endswith(ELLIPSIS)


def test_fit_embed_drops_fields_beyond_25_and_beyond_the_total() -> None:
    embed = discord.Embed(title="Many")
    for index in range(30):
        embed.add_field(name=f"Field {index}", value="v" * 1000)
    fitted = fit_embed(embed)
    assert_valid(fitted)
    assert [field.name for field in fitted.fields] == [f"Field {i}" for i in range(len(fitted.fields))]
    assert len(fitted.fields) == 5  # 6000 // (1000 + len("Field N")) with the title


def test_fit_embed_keeps_a_valid_embed_unchanged() -> None:
    embed = discord.Embed(title="Anora", description="Palme d'Or 2024", url="https://example.org")
    embed.add_field(name="Director", value="Sean Baker")
    assert fit_embed(embed).to_dict() == embed.to_dict()


def test_fit_embed_random_embeds_are_always_valid() -> None:
    rng = random.Random(5)
    for _ in range(200):
        embed = discord.Embed(title=random_text(rng, 400) or None, description=random_text(rng, 6000) or None)
        for _ in range(rng.randint(0, 30)):
            embed.add_field(name=random_text(rng, 300), value=random_text(rng, 1500))
        if rng.random() < 0.5:
            embed.set_footer(text=random_text(rng, 2500))
        if rng.random() < 0.5:
            embed.set_author(name=random_text(rng, 300) or "a")
        assert_valid(fit_embed(embed))


def test_paginate_lines_respects_both_limits_and_keeps_order() -> None:
    lines = [f"{year}: Film number {year}" for year in range(1946, 2025)]
    pages = paginate_lines(lines, per_page_chars=200, max_lines=5)
    assert all(len(page) <= 200 and page.count("\n") < 5 for page in pages)
    assert "\n".join(pages).split("\n") == lines


def test_paginate_lines_truncates_an_overlong_line_on_its_own_page() -> None:
    pages = paginate_lines(["short", "x" * 500, "after"], per_page_chars=100)
    assert pages == ["short", "x" * 99 + ELLIPSIS, "after"]


def test_paginate_lines_cuts_an_entry_with_too_many_line_breaks() -> None:
    pages = paginate_lines(["a\nb\nc\nd"], max_lines=2)
    assert pages == ["a\nb" + ELLIPSIS]


def test_paginate_lines_empty_input_gives_no_pages() -> None:
    assert paginate_lines([]) == []


def test_paginate_lines_rejects_impossible_limits() -> None:
    with pytest.raises(ValueError):
        paginate_lines(["a"], max_lines=0)


def test_paginate_lines_random_input_never_exceeds_limits_or_loses_lines() -> None:
    rng = random.Random(9)
    for _ in range(300):
        lines = [random_text(rng, 120).replace("\n", " ") for _ in range(rng.randint(0, 40))]
        per_page, max_lines = rng.randint(10, 300), rng.randint(1, 10)
        pages = paginate_lines(lines, per_page_chars=per_page, max_lines=max_lines)
        assert all(len(page) <= per_page and page.count("\n") < max_lines for page in pages)
        assert len("\n".join(pages).split("\n")) == len(lines) or not lines
