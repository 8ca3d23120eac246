"""bot.text: cleaning, folding, mention-safe escaping, length checks."""

from __future__ import annotations

import random

import discord
import pytest

from bot.text import check_length, clean_user_text, escape_markdown, escape_markdown_safe, fold, fold_key


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("  Anora  ", "Anora"),
        ("Sean\u200bBaker", "SeanBaker"),  # zero-width space renders as nothing: removed
        ("A\u202eB\u2066C\u200fD\u061cE\ufeffF\u2060G", "ABCDEFG"),
        ("tab\tand   spaces", "tab and spaces"),
        ("line one \r\n  line two", "line one\nline two"),
        ("bell\x07 and nul\x00", "bell and nul"),
        ("ＦＵＬＬ width ﬁlm", "FULL width film"),  # NFKC
        ("a\n\n\n\nb", "a\n\nb"),
        ("\u00a0non-breaking\u00a0", "non-breaking"),
    ],
)
def test_clean_user_text(raw: str, cleaned: str) -> None:
    assert clean_user_text(raw) == cleaned


def test_fold_examples_from_the_spec() -> None:
    assert fold("Palme d’Or") == fold("palme d'or") == "palme d or"
    assert fold("Goldener Bär") == "goldener bar"


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Straße", "strasse"),
        ("Æon Ørsted œuvre", "aeon orsted oeuvre"),
        ("Łódź Đakovo", "lodz dakovo"),
        ("Amélie — Le Fabuleux Destin!", "amelie le fabuleux destin"),
        ("Y tu mamá también", "y tu mama tambien"),
        ("snake_case & co.", "snake case co"),
        ("“Quoted”", "quoted"),
        ("İstanbul", "istanbul"),
        ("东京物语", "东京物语"),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_fold_key_ignores_spacing_and_invisible_characters() -> None:
    assert fold_key("palme dor") == fold_key("Palme d'Or") == "palmedor"
    assert fold_key("Sean\u200bBaker") == fold_key("Sean Baker") == fold_key("sean  baker")
    assert fold_key("Bong Joon-ho") == fold_key("bong joon ho")
    assert fold_key("!!!") == ""


def test_escape_markdown_safe_defuses_mentions_and_markdown() -> None:
    escaped = escape_markdown_safe("**bold** @everyone @here <@123> <@!5> <@&7> <#9> </cmd:1>")
    assert "\\*\\*bold\\*\\*" in escaped
    assert "@everyone" not in escaped and "@\u200beveryone" in escaped
    assert "@here" not in escaped and "@\u200bhere" in escaped
    for mention in ("<@123>", "<@!5>", "<@&7>", "<#9>", "</cmd:1>"):
        assert mention not in escaped
    assert "<\u200b@123>" in escaped


def test_escape_markdown_safe_leaves_plain_text_alone() -> None:
    assert escape_markdown_safe("Anatomy of a Fall (2023)") == "Anatomy of a Fall (2023)"


def test_check_length() -> None:
    assert check_length("x" * 200, 200, "film title") is None
    assert check_length("x" * 230, 200, "film title") == (
        "The film title is too long (230 characters; at most 200)."
    )


def test_random_text_is_stable_under_cleaning_and_folding() -> None:
    rng = random.Random(7)
    alphabet = "aéB ß\u200b\u202e\t\n'’-_.!😀Œ\x00\u00a0ﬁ"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        cleaned = clean_user_text(text)
        assert clean_user_text(cleaned) == cleaned
        folded = fold(text)
        assert fold(folded) == folded
        assert "  " not in folded and folded == folded.strip()
        assert fold_key(text) == folded.replace(" ", "")


def test_escape_markdown_matches_discord_py_on_random_text() -> None:
    rng = random.Random(5)
    alphabet = "ab c\n\t_\\~|*`[]()>#-:/.<@&!ü"
    samples = ["plain words, nothing to escape", "https://example.com/a_b", "- list", "  - list", "> quote",
               "# title", "text\n>>> block", "[link](https://x.y)", "half-paying attention"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(5000)]
    for text in samples:
        assert escape_markdown(text) == discord.utils.escape_markdown(text), text
