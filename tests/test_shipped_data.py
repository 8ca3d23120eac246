"""Checks on the shipped facts in data/*.csv.

These tests read the CSV files with the csv module only (no bot code), so a broken data file is caught
before the importer ever sees it.
"""

import csv
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

HEADERS: dict[str, list[str]] = {
    "festivals.csv": ["key", "name", "short_name", "kind", "aliases", "source"],
    "awards.csv": ["festival", "key", "name", "is_top", "aliases", "source"],
    "editions.csv": ["festival", "year", "number", "held", "jury_president", "note", "source"],
    "wins.csv": [
        "festival", "award", "year", "film", "original_title", "film_aliases", "directors", "recipients",
        "note", "source",
    ],
    "quotes.csv": ["speaker", "text", "film", "event", "date", "language", "source"],
}
LIST_COLUMNS: dict[str, list[str]] = {
    "festivals.csv": ["aliases"],
    "awards.csv": ["aliases"],
    "editions.csv": ["jury_president"],
    "wins.csv": ["film_aliases", "directors", "recipients"],
}
# The first year of data and the last year we ship; 2026 results are deliberately not included.
FIRST_YEAR, LAST_YEAR = 1929, 2025

Row = dict[str, str]


@cache
def load(name: str) -> tuple[Row, ...]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


def header(name: str) -> list[str]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


def wins_for(festival: str, award: str, year: int) -> list[Row]:
    return [
        w for w in load("wins.csv")
        if w["festival"] == festival and w["award"] == award and int(w["year"]) == year
    ]


def editions_for(festival: str) -> dict[int, list[Row]]:
    by_year: dict[int, list[Row]] = {}
    for e in load("editions.csv"):
        if e["festival"] == festival:
            by_year.setdefault(int(e["year"]), []).append(e)
    return by_year


def split(cell: str) -> list[str]:
    return cell.split("|") if cell else []


# ---------------------------------------------------------------- shape of every file


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_is_exactly_the_documented_columns(name: str) -> None:
    assert header(name) == HEADERS[name]


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_every_row_is_complete_and_has_a_source(name: str) -> None:
    rows = load(name)
    assert rows, f"{name} is empty"
    for row in rows:
        assert None not in row, f"{name}: row with too many cells: {row}"
        assert all(v is not None for v in row.values()), f"{name}: row with too few cells: {row}"
        source = row["source"]
        assert source.startswith(("https://", "seed:")), f"{name}: bad source {source!r} in {row}"
        for column, value in row.items():
            assert value == value.strip(), f"{name}: stray whitespace in {column} of {row}"


@pytest.mark.parametrize("name", sorted(LIST_COLUMNS))
def test_list_cells_have_no_empty_items(name: str) -> None:
    for row in load(name):
        for column in LIST_COLUMNS[name]:
            for item in split(row[column]):
                assert item and item == item.strip(), f"{name}: bad list cell {column}={row[column]!r}"


def test_files_have_no_byte_order_mark() -> None:
    for name in HEADERS:
        assert not (DATA_DIR / name).read_bytes().startswith(b"\xef\xbb\xbf"), name


# ---------------------------------------------------------------- festivals and awards


def test_festival_keys_are_unique_slugs_with_a_kind() -> None:
    keys = [f["key"] for f in load("festivals.csv")]
    assert len(keys) == len(set(keys))
    for f in load("festivals.csv"):
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", f["key"]), f["key"]
        assert f["kind"] in {"festival", "ceremony"}
        assert f["name"] and f["short_name"]
    assert {"cannes", "venice", "berlin", "oscars"} <= set(keys)


def test_short_names_are_what_users_type() -> None:
    short = {f["key"]: f["short_name"] for f in load("festivals.csv")}
    assert short["cannes"] == "Cannes"
    assert short["venice"] == "Venice"
    assert short["berlin"] == "Berlin"
    assert short["oscars"] == "Oscars"


def test_multilingual_aliases_are_present() -> None:
    aliases = {f["key"]: set(split(f["aliases"])) for f in load("festivals.csv")}
    assert {"Festival de Cannes", "Cannes Film Festival"} <= aliases["cannes"]
    assert {"Mostra", "Mostra de Venise", "Mostra del Cinema di Venezia", "Biennale"} <= aliases["venice"]
    assert {"Berlinale", "Internationale Filmfestspiele Berlin"} <= aliases["berlin"]
    assert {"Academy Awards", "Academy Award", "Oscar"} <= aliases["oscars"]
    palme = next(a for a in load("awards.csv") if a["key"] == "palme-dor")
    assert {"Palma de Oro", "Golden Palm", "Goldene Palme", "Palma d'Oro"} <= set(split(palme["aliases"]))


def test_awards_belong_to_known_festivals_and_each_festival_has_a_top_prize() -> None:
    festivals = {f["key"] for f in load("festivals.csv")}
    pairs = [(a["festival"], a["key"]) for a in load("awards.csv")]
    assert len(pairs) == len(set(pairs)), "duplicated award key within a festival"
    for a in load("awards.csv"):
        assert a["festival"] in festivals, a
        assert a["is_top"] in {"0", "1"}, a
    tops = {a["festival"] for a in load("awards.csv") if a["is_top"] == "1"}
    assert tops == festivals


def test_cannes_grand_prix_of_1946_1954_is_distinct_from_the_modern_grand_prix() -> None:
    cannes = {a["key"]: a for a in load("awards.csv") if a["festival"] == "cannes"}
    assert cannes["grand-prix-festival"]["is_top"] == "1"
    assert "1946" in cannes["grand-prix-festival"]["name"]
    assert cannes["grand-prix"]["is_top"] == "0"
    assert cannes["palme-dor"]["is_top"] == "1"


# ---------------------------------------------------------------- wins and editions integrity


def test_every_win_references_an_existing_award() -> None:
    awards = {(a["festival"], a["key"]) for a in load("awards.csv")}
    for w in load("wins.csv"):
        assert (w["festival"], w["award"]) in awards, w


def test_years_are_in_range_and_editions_are_well_formed() -> None:
    for w in load("wins.csv"):
        assert FIRST_YEAR <= int(w["year"]) <= LAST_YEAR, w
        assert w["film"] and w["directors"], w
    for e in load("editions.csv"):
        assert 1900 <= int(e["year"]) <= LAST_YEAR, e
        assert e["held"] in {"0", "1"}, e
        assert e["number"] == "" or int(e["number"]) > 0, e
        if e["held"] == "0":
            assert e["note"], f"an edition that was not held needs a note: {e}"


def test_no_duplicated_wins_or_editions() -> None:
    wins = Counter((w["festival"], w["award"], w["year"], w["film"]) for w in load("wins.csv"))
    assert [k for k, n in wins.items() if n > 1] == []
    editions = Counter((e["festival"], e["year"], e["number"]) for e in load("editions.csv"))
    assert [k for k, n in editions.items() if n > 1] == []


def test_edition_numbers_never_repeat_within_a_festival() -> None:
    numbers = Counter((e["festival"], e["number"]) for e in load("editions.csv") if e["number"])
    assert [k for k, n in numbers.items() if n > 1] == []


def test_every_win_year_has_an_editions_row() -> None:
    edition_years = {(e["festival"], int(e["year"])) for e in load("editions.csv")}
    for w in load("wins.csv"):
        assert (w["festival"], int(w["year"])) in edition_years, w


def test_editions_cover_every_year_of_each_range() -> None:
    for festival in {e["festival"] for e in load("editions.csv")}:
        years = sorted(editions_for(festival))
        assert years == list(range(years[0], years[-1] + 1)), f"{festival} has a gap in editions.csv"


@pytest.mark.parametrize(
    ("festival", "award", "first", "last"),
    [
        ("cannes", "palme-dor", 1955, 2025),
        ("venice", "golden-lion", 1949, 2025),
        ("berlin", "golden-bear", 1951, 2025),
    ],
)
def test_every_year_has_a_winner_or_an_explanation(festival: str, award: str, first: int, last: int) -> None:
    editions = editions_for(festival)
    unexplained = [
        year for year in range(first, last + 1)
        if not wins_for(festival, award, year) and not any(e["note"] for e in editions.get(year, []))
    ]
    assert unexplained == []


def test_known_gap_years_are_explained_not_invented() -> None:
    for festival, award, year in [
        ("cannes", "palme-dor", 1968),
        ("cannes", "palme-dor", 2020),
        ("venice", "golden-lion", 1973),
        ("berlin", "golden-bear", 1970),
    ]:
        assert wins_for(festival, award, year) == []
        assert editions_for(festival)[year][0]["note"]
    cannes = editions_for("cannes")
    assert cannes[1948][0]["held"] == "0" and "budget" in cannes[1948][0]["note"]
    assert "May 1968" in cannes[1968][0]["note"]


def test_cannes_early_grand_prix_years() -> None:
    for year in (1946, 1947, 1949, 1951, 1952, 1953, 1954):
        assert wins_for("cannes", "grand-prix-festival", year), year
    assert len(wins_for("cannes", "grand-prix-festival", 1946)) == 11
    assert {w["film"] for w in wins_for("cannes", "grand-prix-festival", 1949)} == {"The Third Man"}


def test_ties_are_several_rows() -> None:
    assert {w["film"] for w in wins_for("cannes", "palme-dor", 1993)} == {"The Piano", "Farewell My Concubine"}
    assert {w["film"] for w in wins_for("cannes", "palme-dor", 1997)} == {"Taste of Cherry", "The Eel"}
    assert len(wins_for("berlin", "golden-bear", 2002)) == 2


def test_1964_to_1974_top_prize_is_labelled_as_grand_prix() -> None:
    for year in (1964, 1970, 1974):
        for w in wins_for("cannes", "palme-dor", year):
            assert "Grand Prix" in w["note"], w


# ---------------------------------------------------------------- Oscars


def test_oscars_ceremonies_are_numbered_1_to_97() -> None:
    held = [e for e in load("editions.csv") if e["festival"] == "oscars" and e["held"] == "1"]
    assert sorted(int(e["number"]) for e in held) == list(range(1, 98))
    by_number = {int(e["number"]): int(e["year"]) for e in held}
    assert by_number[1] == 1929
    assert by_number[96] == 2024
    assert by_number[97] == 2025


def test_every_oscar_ceremony_has_best_picture_and_best_director() -> None:
    held = [e for e in load("editions.csv") if e["festival"] == "oscars" and e["held"] == "1"]
    ceremonies_per_year = Counter(int(e["year"]) for e in held)
    picture = Counter(int(w["year"]) for w in load("wins.csv") if w["award"] == "best-picture")
    director = Counter(int(w["year"]) for w in load("wins.csv") if w["festival"] == "oscars"
                       and w["award"] == "best-director")
    assert picture == ceremonies_per_year
    assert sum(picture.values()) == 97
    # the 1st ceremony had two directing awards (dramatic and comedy)
    assert director == ceremonies_per_year + Counter({1929: 1})


def test_oscars_first_ceremony_and_recent_winners() -> None:
    assert [w["film"] for w in wins_for("oscars", "best-picture", 1929)] == ["Wings"]
    directing_1929 = {w["directors"]: w for w in wins_for("oscars", "best-director", 1929)}
    assert directing_1929["Frank Borzage"]["film"] == "7th Heaven"
    assert "Dramatic" in directing_1929["Frank Borzage"]["note"]
    assert directing_1929["Lewis Milestone"]["film"] == "Two Arabian Knights"
    assert "Comedy" in directing_1929["Lewis Milestone"]["note"]
    (oppenheimer,) = wins_for("oscars", "best-picture", 2024)
    assert oppenheimer["film"] == "Oppenheimer" and oppenheimer["directors"] == "Christopher Nolan"
    (nolan,) = wins_for("oscars", "best-director", 2024)
    assert nolan["directors"] == "Christopher Nolan"
    (anora,) = wins_for("oscars", "best-picture", 2025)
    assert anora["film"] == "Anora"


# ---------------------------------------------------------------- spot checks


def test_cannes_2024_palme_dor_is_anora_by_sean_baker() -> None:
    (win,) = wins_for("cannes", "palme-dor", 2024)
    assert win["film"] == "Anora"
    assert split(win["directors"]) == ["Sean Baker"]
    assert editions_for("cannes")[2024][0]["jury_president"] == "Greta Gerwig"


def test_cannes_2024_full_palmares() -> None:
    expected = {
        "grand-prix": ("All We Imagine as Light", "Payal Kapadia"),
        "jury-prize": ("Emilia Pérez", "Jacques Audiard"),
        "best-director": ("Grand Tour", "Miguel Gomes"),
        "best-screenplay": ("The Substance", "Coralie Fargeat"),
        "camera-dor": ("Armand", "Halfdan Ullmann Tøndel"),
    }
    for award, (film, director) in expected.items():
        (win,) = wins_for("cannes", award, 2024)
        assert (win["film"], win["directors"]) == (film, director), award
    (actress,) = wins_for("cannes", "best-actress", 2024)
    assert set(split(actress["recipients"])) == {"Adriana Paz", "Karla Sofía Gascón", "Selena Gomez", "Zoe Saldaña"}
    (actor,) = wins_for("cannes", "best-actor", 2024)
    assert (actor["film"], actor["recipients"]) == ("Kinds of Kindness", "Jesse Plemons")


def test_parasite_palme_has_its_original_title() -> None:
    (win,) = wins_for("cannes", "palme-dor", 2019)
    assert win["film"] == "Parasite"
    assert win["original_title"] == "Gisaengchung"
    assert "기생충" in split(win["film_aliases"])
    assert win["directors"] == "Bong Joon-ho"


def test_venice_and_berlin_2024() -> None:
    (lion,) = wins_for("venice", "golden-lion", 2024)
    assert (lion["film"], lion["directors"]) == ("The Room Next Door", "Pedro Almodóvar")
    (bear,) = wins_for("berlin", "golden-bear", 2024)
    assert (bear["film"], bear["directors"]) == ("Dahomey", "Mati Diop")


# ---------------------------------------------------------------- quotes


def test_quotes_from_the_anora_seed() -> None:
    rows = [q for q in load("quotes.csv") if q["source"] == "seed:anora-palme-dor-2024"]
    speakers = Counter(q["speaker"] for q in rows)
    assert speakers == Counter({"Greta Gerwig": 1, "Sean Baker": 2})
    for q in rows:
        assert (q["film"], q["event"], q["date"]) == ("Anora", "Cannes 2024 closing ceremony", "2024-05-25")
    texts = " ".join(q["text"] for q in rows)
    assert "the future of cinema is where it began, in a movie theater." in texts
    assert "we never lost sight of the truth." in texts


def test_quote_dates_are_iso_and_texts_have_no_curly_quotes() -> None:
    for q in load("quotes.csv"):
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", q["date"]), q
        assert q["text"] and not re.search("[“”‘’]", q["text"]), q
