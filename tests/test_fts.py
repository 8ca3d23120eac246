"""bot.fts.fts_query against a real in-memory FTS5 table."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator

import pytest

from bot.fts import MAX_TERMS, fts_query

TITLES = [
    "Fight Club",
    "Cinema Paradiso",
    "Amélie",
    "The Fighter",
    "Near Dark",
    "Or (My Treasure)",
    "Anatomy of a Fall",
    "a:b testing",
]


@pytest.fixture
def films() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE films USING fts5(title, tokenize='unicode61 remove_diacritics 2')"
    )
    connection.executemany("INSERT INTO films(title) VALUES (?)", [(title,) for title in TITLES])
    yield connection
    connection.close()


def matching(connection: sqlite3.Connection, user_text: str) -> set[str]:
    query = fts_query(user_text)
    if query is None:
        return set()
    rows = connection.execute("SELECT title FROM films WHERE films MATCH ?", (query,)).fetchall()
    return {title for (title,) in rows}


def test_query_shape() -> None:
    assert fts_query("Fight cinem") == '"Fight" "cinem"*'
    assert fts_query("  ") is None


def test_last_word_is_a_prefix(films: sqlite3.Connection) -> None:
    assert matching(films, "fight") == {"Fight Club", "The Fighter"}
    assert matching(films, "cinema para") == {"Cinema Paradiso"}
    assert matching(films, "fight club") == {"Fight Club"}


def test_words_are_anded(films: sqlite3.Connection) -> None:
    assert matching(films, "anatomy fall") == {"Anatomy of a Fall"}
    assert matching(films, "anatomy club") == set()


def test_accents_are_ignored_both_ways(films: sqlite3.Connection) -> None:
    assert matching(films, "amelie") == {"Amélie"}
    assert matching(films, "AMÉLIE") == {"Amélie"}


@pytest.mark.parametrize("text", ['"', "*", "^", "-", "()", "🎬🎞️", "___", ""])
def test_nothing_searchable_gives_none(text: str) -> None:
    assert fts_query(text) is None


@pytest.mark.parametrize(
    "text",
    ["NEAR(", 'fight" OR "x', "a:b", "title:fight", "NOT fight", "fight AND", "(fight", "fi*ght",
     "^fight", "-fight", "fight -club", 'unbalanced "quote', "x" * 300, "🎬 fight 🎞️", "OR"],
)  # fmt: skip
def test_tricky_input_never_raises(films: sqlite3.Connection, text: str) -> None:
    matching(films, text)  # an FTS5 syntax error would raise sqlite3.OperationalError


def test_operators_are_plain_words(films: sqlite3.Connection) -> None:
    assert matching(films, "near") == {"Near Dark"}
    assert matching(films, "OR") == {"Or (My Treasure)"}
    assert matching(films, 'fight" OR "x') == set()  # all three words required
    assert matching(films, "a:b") == {"a:b testing"}  # "a" AND "b*", not column "a"
    assert matching(films, "title:fight") == set()  # not a column filter


def test_long_input_is_bounded() -> None:
    query = fts_query(" ".join(f"word{i}" for i in range(300)))
    assert query is not None and query.count('"') == 2 * MAX_TERMS


def test_random_input_is_always_valid(films: sqlite3.Connection) -> None:
    rng = random.Random(11)
    alphabet = "ab \"*^:()-+NEAROTé🎬'{}[]\\/.,;"
    for _ in range(300):
        matching(films, "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))))
