"""bot.names.NameIndex: accent/case-insensitive, fuzzy, tiered and bounded."""

from __future__ import annotations

import random

import pytest

from bot.names import NameIndex, NameMatch, edit_distance_within, word_similarity


@pytest.fixture
def index() -> NameIndex:
    names = NameIndex()
    names.add("cannes", "Cannes", ["Festival de Cannes", "Cannes Film Festival"])
    names.add("berlin", "Berlin")
    names.add("venice", "Venice", ["Mostra", "Venice Film Festival"])
    names.add("palme", "Palme d'Or")
    names.add("lion", "Golden Lion", ["Leone d'Oro"])
    names.add("bear", "Golden Bear", ["Goldener Bär"])
    names.add("anatomy", "Anatomy of a Fall", ["Anatomie d'une chute"])
    names.add("parasite", "Parasite", ["Gisaengchung"])
    names.add("oppenheimer", "Oppenheimer")
    names.add("anora", "Anora")
    names.add("amelie", "Amélie", ["Le Fabuleux Destin d'Amélie Poulain"])
    names.add("baker", "Sean Baker")
    names.add("godfather", "The Godfather")
    names.add("godfather2", "The Godfather Part II")
    names.add("crash1996", "Crash")
    names.add("crash2004", "Crash")
    return names


def top(index: NameIndex, query: str) -> str | None:
    results = index.search(query, limit=5)
    return results[0].key if results else None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("canes", "cannes"),  # typo
        ("CANNES", "cannes"),
        ("palme dor", "palme"),  # spacing and apostrophe
        ("Palme d’Or", "palme"),
        ("leone d oro", "lion"),  # alias
        ("goldener bar", "bear"),  # accent
        ("anatomy fall", "anatomy"),  # missing words
        ("fall anatomy", "anatomy"),  # word order
        ("berlinale", "berlin"),  # the name is a prefix of the query word
        ("parasit", "parasite"),  # prefix
        ("oppen", "oppenheimer"),  # typing
        ("oppenhiemer", "oppenheimer"),  # transposition
        ("opennheimer", "oppenheimer"),  # two edits in a long word
        ("amelie", "amelie"),
        ("fabuleux destin", "amelie"),
        ("sean\u200bbaker", "baker"),
        ("bakr sean", "baker"),
        ("gisaengchng", "parasite"),
    ],
)
def test_search_finds(index: NameIndex, query: str, expected: str) -> None:
    assert top(index, query) == expected


def test_tiers_order_results(index: NameIndex) -> None:
    exact, prefix = index.search("the godfather", limit=2)
    assert (exact.key, exact.score) == ("godfather", 1.0)
    assert prefix.key == "godfather2" and 0.9 < prefix.score < 1.0
    word_match = index.search("fall anatomy")[0]
    assert 0.75 <= word_match.score < 0.9
    fuzzy = index.search("canes")[0]
    assert 0 < fuzzy.score <= 0.74


def test_results_are_unique_by_key_and_report_what_matched(index: NameIndex) -> None:
    results = index.search("cannes", limit=25)
    assert [match.key for match in results].count("cannes") == 1
    assert results[0] == NameMatch("cannes", "Cannes", 1.0, "Cannes")
    assert index.search("mostra")[0].matched == "Mostra"


def test_empty_query_lists_labels_alphabetically(index: NameIndex) -> None:
    labels = [match.label for match in index.search("", limit=4)]
    assert labels == ["Amélie", "Anatomy of a Fall", "Anora", "Berlin"]
    assert [match.label for match in index.search("  !? ", limit=1)] == ["Amélie"]


def test_limit_is_respected(index: NameIndex) -> None:
    assert len(index.search("a", limit=3)) == 3
    assert index.search("a", limit=0) == []


def test_nonsense_finds_nothing(index: NameIndex) -> None:
    assert index.search("zzzqqxx") == []
    assert index.suggest("zzzqqxx") == []


def test_best_is_confident_only(index: NameIndex) -> None:
    best = index.best("palme dor")
    assert best is not None and best.key == "palme"
    leone = index.best("Leone d'Oro")
    assert leone is not None and leone.key == "lion"
    assert index.best("crash") is None  # two films share the name
    assert index.best("canes") is None  # a typo is a suggestion, not a decision
    assert index.best("golden") is None  # two equally good prefixes
    near_complete = index.best("oppenheime")
    assert near_complete is not None and near_complete.key == "oppenheimer"
    assert index.best("") is None


def test_suggest_for_did_you_mean(index: NameIndex) -> None:
    assert [match.label for match in index.suggest("Canes")][:1] == ["Cannes"]
    assert len(index.suggest("golden", limit=3)) <= 3


def test_add_replaces_and_remove_forgets(index: NameIndex) -> None:
    size = len(index)
    index.add("anora", "Anora (2024)", ["Anora Baker"])
    assert len(index) == size
    assert index.search("anora")[0].label == "Anora (2024)"
    index.remove("anora")
    index.remove("anora")  # unknown keys are ignored
    assert len(index) == size - 1
    assert "anora" not in index
    assert all(match.key != "anora" for match in index.search("anora", limit=25))
    assert all(match.key != "anora" for match in index.search("", limit=25))


def test_remove_cleans_every_structure() -> None:
    names = NameIndex()
    names.add("1", "Drive My Car")
    names.add("2", "Drive")
    names.remove("1")
    names.remove("2")
    assert len(names) == 0
    assert names.search("drive") == []
    assert names.search("drv my car") == []
    names.add("3", "Drive")
    assert [match.key for match in names.search("driv")] == ["3"]


def test_edit_distance_within() -> None:
    assert edit_distance_within("cannes", "canes", 1) == 1
    assert edit_distance_within("oppenhiemer", "oppenheimer", 1) == 1  # adjacent swap
    assert edit_distance_within("kitten", "sitting", 2) is None
    assert edit_distance_within("kitten", "sitting", 3) == 3
    assert edit_distance_within("abc", "abc", 0) == 0


def test_word_similarity() -> None:
    assert word_similarity("oppen", "oppenheimer") == 1.0
    assert word_similarity("berlinale", "berlin") == 0.85
    assert word_similarity("canes", "cannes") == pytest.approx(0.85)
    assert word_similarity("xyz", "cannes") == 0.0


def test_a_large_index_still_ranks_well() -> None:
    """Budgets (candidate caps) must not push the right answer out in a crowded index."""
    rng = random.Random(1)
    words = ["night", "day", "love", "the", "of", "river", "city", "dark", "summer", "house", "red"]
    names = NameIndex()
    for number in range(5000):
        names.add(str(number), " ".join(rng.choice(words).title() for _ in range(rng.randint(1, 4))))
    names.add("target", "The Night of the Hunter")
    names.add("target2", "Cinema Paradiso")
    assert names.search("night of the hunter")[0].key == "target"
    assert names.search("hunter night")[0].key == "target"
    assert names.search("the nigth of the huntr")[0].key == "target"
    assert names.search("cinema paradisio")[0].key == "target2"
    assert names.search("parad")[0].key == "target2"
    assert len(names.search("the", limit=25)) == 25
