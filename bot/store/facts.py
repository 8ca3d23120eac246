"""Festivals, awards, editions, films, people, wins and quotes: all of their SQL.

Visibility rule (DESIGN "Data rules"): a server sees global rows (guild_id NULL) and its own,
minus the global facts it hid. Every read takes the viewing guild id (0 outside a server).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import aiosqlite

from bot.models import Award, Edition, Festival, Film, Person, Quote, Win
from bot.names import Candidate
from bot.store.database import Database, Repository
from bot.text import fold, fold_key

RANK_WINDOW = 40  # matches of a search that are ranked (a common word matches thousands)
PREFIX_SCAN = 2000
COMMON_TRIGRAM = 1500
FUZZY_CANDIDATES = 12  # typo candidates are the costliest to score (edit distances in Python)
FUZZY_TRIGRAMS = 4  # the query's rarest trigrams that fetch typo candidates
FUZZY_ROWS = 2000  # ... as long as the names containing them, to be counted, are not more than this

# coalesce(guild_id, :guild) = :guild is "global or this guild" written so that the planner
# does not pick the guild_id index (an OR over it scans every global row: 100,000 of them).
_WIN_VISIBLE = (
    "w.removed_at IS NULL AND coalesce(w.guild_id, :guild) = :guild AND NOT EXISTS ("
    "SELECT 1 FROM hidden_facts h WHERE h.guild_id = :guild AND h.fact_kind = 'win' AND h.fact_id = w.id)"
)
_QUOTE_VISIBLE = (
    "q.removed_at IS NULL AND coalesce(q.guild_id, :guild) = :guild AND NOT EXISTS ("
    "SELECT 1 FROM hidden_facts h WHERE h.guild_id = :guild AND h.fact_kind = 'quote' AND h.fact_id = q.id)"
)
_WIN_SELECT = """
SELECT w.id, w.year, w.note, w.guild_id, w.source,
       a.id AS a_id, a.festival_id, a.key AS a_key, a.name AS a_name, a.is_top, a.guild_id AS a_guild,
       f.key AS f_key, f.name AS f_name, f.short_name, f.kind, f.guild_id AS f_guild,
       m.id AS m_id, m.title, m.original_title, m.year AS m_year, m.guild_id AS m_guild
FROM wins w
JOIN awards a ON a.id = w.award_id
JOIN festivals f ON f.id = a.festival_id
JOIN films m ON m.id = w.film_id
"""
_QUOTE_SELECT = """
SELECT q.id, p.name AS speaker, q.text, m.title AS film, q.event, q.said_on, q.source_url, q.language,
       q.guild_id, q.source
FROM quotes q
JOIN people p ON p.id = q.speaker_id
LEFT JOIN films m ON m.id = q.film_id
"""


def _festival(row: aiosqlite.Row, aliases: tuple[str, ...] = ()) -> Festival:
    return Festival(row["id"], row["key"], row["name"], row["short_name"], row["kind"], row["guild_id"], aliases)


def _award(row: aiosqlite.Row, aliases: tuple[str, ...] = ()) -> Award:
    return Award(row["id"], row["festival_id"], row["key"], row["name"], bool(row["is_top"]), row["guild_id"], aliases)


def _quote(row: aiosqlite.Row) -> Quote:
    return Quote(row["id"], row["speaker"], row["text"], row["film"], row["event"], row["said_on"],
                 row["source_url"], row["language"], row["guild_id"], row["source"])


@dataclass(frozen=True)
class _NameTables:
    owner: str
    label: str
    aliases: str
    owner_column: str
    words: str
    trigrams: str
    vocab: str


# Our own constants, interpolated into SQL; never user input.
_NAME_TABLES = {
    "film": _NameTables("films", "title", "film_aliases", "film_id", "film_words", "film_trigrams", "film_trigram_vocab"),
    "person": _NameTables("people", "name", "person_aliases", "person_id", "person_words", "person_trigrams",
                          "person_trigram_vocab"),
}
_UPPER = "\U0010ffff"


# quotes_fts's columns in their order, with bm25's usual weights (see search_quotes).
_QUOTE_SEARCH_WEIGHTS = (("text", 4.0), ("speaker", 2.0), ("film", 1.0), ("event", 1.0))


def _marks(column: str) -> str:
    """SQL counting the char(1) marks highlight() put before each matched word of `column`."""
    return f"(length(coalesce({column}, '')) - length(replace(coalesce({column}, ''), char(1), '')))"


# Built once: the candidates' highlighted columns, then the visible ones ranked by weighted marks.
_RANKED_QUOTE_SEARCH = (
    "WITH hits AS MATERIALIZED (SELECT rowid AS id, "
    + ", ".join(f"highlight(quotes_fts, {i}, char(1), '') AS h_{name}"
                for i, (name, _) in enumerate(_QUOTE_SEARCH_WEIGHTS))
    + " FROM quotes_fts WHERE quotes_fts MATCH :match LIMIT :window) "
    + f"{_QUOTE_SELECT} JOIN hits ON hits.id = q.id WHERE {_QUOTE_VISIBLE} ORDER BY ("
    + " + ".join(f"{_marks('h_' + name)} * {weight}" for name, weight in _QUOTE_SEARCH_WEIGHTS)
    + ") / (1 + length(q.text) / 400.0) DESC, length(q.text), q.id LIMIT :limit"
)


class FactsRepository(Repository):
    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self._trigram_counts: dict[str, dict[str, int]] = {}

    # -- catalogue (small tables, loaded whole by the service) ----------------------------------

    async def all_festivals(self) -> list[Festival]:
        aliases = await self._aliases("festival_aliases", "festival_id")
        return [_festival(r, aliases.get(r["id"], ())) for r in await self._all("SELECT * FROM festivals ORDER BY id")]

    async def all_awards(self) -> list[Award]:
        aliases = await self._aliases("award_aliases", "award_id")
        return [_award(r, aliases.get(r["id"], ())) for r in await self._all("SELECT * FROM awards ORDER BY id")]

    async def _aliases(self, table: str, column: str) -> dict[int, tuple[str, ...]]:
        # table/column are our own constants.
        found: dict[int, list[str]] = {}
        for row in await self._all(f"SELECT {column}, alias FROM {table}"):
            found.setdefault(row[0], []).append(row[1])
        return {k: tuple(v) for k, v in found.items()}

    async def film_names(self) -> list[Film]:
        aliases = await self._aliases("film_aliases", "film_id")
        rows = await self._all("SELECT id, title, original_title, year, guild_id FROM films")
        return [Film(r[0], r[1], r[2], r[3], aliases.get(r[0], ()), r[4]) for r in rows]

    async def name_candidates(self, kind: str, query: str, guild_id: int, limit: int = 25) -> list[Candidate]:
        """Names (titles, aliases) of films or people visible to the guild that may match `query`.

        Exact and prefix matches on the folded key, word-prefix matches (FTS5), and only when
        those are few, typo candidates sharing the query's rarest trigrams. The caller scores
        them (bot.names.rank_candidates). Every step is an index lookup with a LIMIT.
        """
        t = _NAME_TABLES[kind]
        visible = "coalesce(o.guild_id, :g) = :g"
        select = (f"SELECT o.id, o.{t.label}, a.alias FROM {t.aliases} a JOIN {t.owner} o ON o.id = a.{t.owner_column} "
                  f"WHERE {visible}")
        key = fold_key(query)
        params: dict[str, Any] = {"g": guild_id, "lim": limit}
        if not key:
            rows = await self._all(f"SELECT o.id, o.{t.label}, o.{t.label} FROM {t.owner} o WHERE {visible} "
                                   "ORDER BY o.fold LIMIT :lim", params)
            return [Candidate(str(r[0]), r[1], r[2]) for r in rows]
        params.update(k=key, hi=key + _UPPER)
        words = [w for w in fold(query).split() if w][:6]
        # Two kinds of candidates in one round trip: the shortest names starting with the key
        # (the best prefix matches, sorted inside the index scan, before any join) and names
        # with words starting with each query word.
        prefix = (f"{select} AND a.rowid IN (SELECT rowid FROM (SELECT rowid, fold FROM {t.aliases} WHERE fold >= :k "
                  f"AND fold < :hi LIMIT {PREFIX_SCAN}) ORDER BY length(fold) LIMIT :lim)")
        if words:
            params["m"] = " ".join('"' + w.replace('"', '""') + '"*' for w in words)
            prefix += (f" UNION ALL SELECT * FROM ({select} AND a.rowid IN (SELECT rowid FROM {t.words} "
                       f"WHERE {t.words} MATCH :m LIMIT 200) LIMIT :lim)")
        found = {(r[0], r[2]): r for r in await self._all(prefix, params)}
        if not found and len(key) >= 4:
            # Nothing starts like the query: a typo. Candidates share its rarest trigrams.
            rare: list[str] = []
            rows_to_count = 0
            for tri, docs in sorted((await self._trigram_docs(t, key)).items(), key=lambda kv: kv[1]):
                if docs > COMMON_TRIGRAM or len(rare) == FUZZY_TRIGRAMS or (rare and rows_to_count + docs > FUZZY_ROWS):
                    break
                rare.append(tri)
                rows_to_count += docs
            if rare:
                # Names sharing the most of those trigrams. Counting is far cheaper than bm25's
                # ORDER BY rank, which weighs every matching row.
                params.update({f"tm{i}": f'"{tri}"' for i, tri in enumerate(rare)})
                shared = " UNION ALL ".join(f"SELECT rowid FROM {t.trigrams} WHERE {t.trigrams} MATCH :tm{i}"
                                            for i in range(len(rare)))
                rows = await self._all(
                    f"{select} AND a.rowid IN (SELECT rowid FROM ({shared}) GROUP BY rowid "
                    f"ORDER BY count(*) DESC LIMIT {FUZZY_CANDIDATES}) LIMIT :lim", params)
                found.update({(r[0], r[2]): r for r in rows})
        return [Candidate(str(r[0]), r[1], r[2]) for r in found.values()]

    async def _trigram_docs(self, t: _NameTables, key: str) -> dict[str, int]:
        """How many names contain each trigram of `key`. fts5vocab counts by walking the term's
        doclist (milliseconds for "the"), so counts are remembered: they are statistics for
        choosing candidates, and a stale one only makes a choice slightly less sharp."""
        trigrams = list(dict.fromkeys(key[i:i + 3] for i in range(len(key) - 2)))[:24]
        cache = self._trigram_counts.setdefault(t.vocab, {})
        missing = [tri for tri in trigrams if tri not in cache]
        if missing:
            params = {f"t{i}": tri for i, tri in enumerate(missing)}
            # fts5vocab answers "term = ?" with a lookup but scans for "term IN (...)".
            lookups = " UNION ALL ".join(f"SELECT term, doc FROM {t.vocab} WHERE term = :t{i}"
                                         for i in range(len(missing)))
            counts = {row[0]: int(row[1]) for row in await self._all(lookups, params)}
            if len(cache) > 50_000:
                cache.clear()
            cache.update({tri: counts.get(tri, 0) for tri in missing})
        return {tri: cache[tri] for tri in trigrams if cache[tri] > 0}

    async def film(self, film_id: int) -> Film | None:
        row = await self._one("SELECT id, title, original_title, year, guild_id FROM films WHERE id = ?", (film_id,))
        if row is None:
            return None
        aliases = tuple(r[0] for r in await self._all("SELECT alias FROM film_aliases WHERE film_id = ?", (film_id,)))
        return Film(row[0], row[1], row[2], row[3], aliases, row[4])

    async def person(self, person_id: int) -> Person | None:
        row = await self._one("SELECT id, name, guild_id FROM people WHERE id = ?", (person_id,))
        if row is None:
            return None
        aliases = tuple(r[0] for r in await self._all("SELECT alias FROM person_aliases WHERE person_id = ?", (person_id,)))
        return Person(row[0], row[1], aliases, row[2])

    # -- editions ------------------------------------------------------------------------------

    async def editions(self, festival_id: int) -> list[Edition]:
        """Every edition, by year then number (a year may hold two: the Oscars in 1930)."""
        rows = await self._all(
            "SELECT e.festival_id, e.year, e.number, e.held, e.note, p.name FROM editions e "
            "LEFT JOIN people p ON p.id = e.jury_president_id WHERE e.festival_id = ? ORDER BY e.year, e.number",
            (festival_id,))
        return [Edition(r[0], r[1], r[2], bool(r[3]), r[4], r[5]) for r in rows]

    async def juries_of(self, person_id: int) -> list[tuple[int, int]]:
        rows = await self._all("SELECT festival_id, year FROM editions WHERE jury_president_id = ? ORDER BY year",
                               (person_id,))
        return [(r[0], r[1]) for r in rows]

    # -- wins ----------------------------------------------------------------------------------

    async def _wins(self, where: str, params: dict[str, Any], order: str = "w.year, w.id",
                    limit: int | None = None) -> list[Win]:
        sql = f"{_WIN_SELECT} WHERE {where} AND {_WIN_VISIBLE} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = await self._all(sql, params)
        if not rows:
            return []
        people = await self.win_people([r["id"] for r in rows])
        wins = []
        for r in rows:
            festival = Festival(r["festival_id"], r["f_key"], r["f_name"], r["short_name"], r["kind"], r["f_guild"])
            award = Award(r["a_id"], r["festival_id"], r["a_key"], r["a_name"], bool(r["is_top"]), r["a_guild"])
            film = Film(r["m_id"], r["title"], r["original_title"], r["m_year"], (), r["m_guild"])
            directors, recipients = people.get(r["id"], ((), ()))
            wins.append(Win(r["id"], festival, award, r["year"], film, directors, recipients, r["note"],
                            r["guild_id"], r["source"]))
        return wins

    async def win_people(self, win_ids: list[int]) -> dict[int, tuple[tuple[str, ...], tuple[str, ...]]]:
        found: dict[int, tuple[list[str], list[str]]] = {}
        for start in range(0, len(win_ids), 500):
            chunk = win_ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = await self._all(
                f"SELECT wp.win_id, wp.role, p.name FROM win_people wp JOIN people p ON p.id = wp.person_id "
                f"WHERE wp.win_id IN ({marks}) ORDER BY wp.win_id, wp.position", chunk)
            for win_id, role, name in rows:
                directors, recipients = found.setdefault(win_id, ([], []))
                (directors if role == "director" else recipients).append(name)
        return {k: (tuple(d), tuple(r)) for k, (d, r) in found.items()}

    async def wins_for(self, award_ids: Iterable[int], guild_id: int, *, year: int | None = None,
                       from_year: int | None = None, to_year: int | None = None) -> list[Win]:
        ids = list(award_ids)
        if not ids:
            return []
        params: dict[str, Any] = {"guild": guild_id}
        marks = ",".join(f":a{i}" for i in range(len(ids)))
        params.update({f"a{i}": v for i, v in enumerate(ids)})
        where = f"w.award_id IN ({marks})"
        if year is not None:
            where += " AND w.year = :year"
            params["year"] = year
        if from_year is not None:
            where += " AND w.year >= :from_year"
            params["from_year"] = from_year
        if to_year is not None:
            where += " AND w.year <= :to_year"
            params["to_year"] = to_year
        return await self._wins(where, params)

    async def win_years(self, award_ids: Iterable[int], guild_id: int) -> set[int]:
        ids = list(award_ids)
        if not ids:
            return set()
        marks = ",".join(f":a{i}" for i in range(len(ids)))
        params: dict[str, Any] = {"guild": guild_id, **{f"a{i}": v for i, v in enumerate(ids)}}
        rows = await self._all(f"SELECT DISTINCT w.year FROM wins w WHERE w.award_id IN ({marks}) AND {_WIN_VISIBLE}",
                               params)
        return {r[0] for r in rows}

    async def wins_of_film(self, film_id: int, guild_id: int) -> list[Win]:
        return await self._wins("w.film_id = :film", {"film": film_id, "guild": guild_id})

    async def wins_of_person(self, person_id: int, guild_id: int) -> list[Win]:
        return await self._wins("w.id IN (SELECT win_id FROM win_people WHERE person_id = :person)",
                                {"person": person_id, "guild": guild_id})

    async def wins_in_edition(self, festival_id: int, year: int, guild_id: int) -> list[Win]:
        return await self._wins("a.festival_id = :festival AND w.year = :year",
                                {"festival": festival_id, "year": year, "guild": guild_id},
                                order="a.is_top DESC, a.id, w.id")

    async def win(self, win_id: int) -> Win | None:
        """One win regardless of visibility (the caller checks scope)."""
        rows = await self._all(f"{_WIN_SELECT} WHERE w.id = ? AND w.removed_at IS NULL", (win_id,))
        if not rows:
            return None
        guild = rows[0]["guild_id"] or 0
        wins = await self._wins("w.id = :id", {"id": win_id, "guild": guild})
        return wins[0] if wins else None

    # -- quotes ----------------------------------------------------------------------------------

    async def quotes_by(self, person_id: int, guild_id: int, limit: int = 100) -> list[Quote]:
        rows = await self._all(f"{_QUOTE_SELECT} WHERE q.speaker_id = :p AND {_QUOTE_VISIBLE} ORDER BY q.id LIMIT :lim",
                               {"p": person_id, "guild": guild_id, "lim": limit})
        return [_quote(r) for r in rows]

    async def quotes_about_film(self, film_id: int, guild_id: int, limit: int = 100) -> list[Quote]:
        rows = await self._all(f"{_QUOTE_SELECT} WHERE q.film_id = :f AND {_QUOTE_VISIBLE} ORDER BY q.id LIMIT :lim",
                               {"f": film_id, "guild": guild_id, "lim": limit})
        return [_quote(r) for r in rows]

    async def search_quotes(self, match: str, guild_id: int, limit: int, *, column: str | None = None) -> list[Quote]:
        """The best `limit` visible quotes matching an FTS5 expression, best first.

        `match` must come from bot.fts.fts_query (never raw user text). Ranked among the first
        RANK_WINDOW matches in index order, not all of them: FTS5's bm25 scans every row of every
        term it weighs, which for a word found in 40,000 quotes costs more than the whole search
        may. The score is bm25's usual column weights without the inverse document frequency:
        matched words in the text count 4, in the speaker 2, in the film and the event 1, divided
        by the text's length in units of 400 characters plus one (shorter quotes, more to the
        point, win; then the shortest; then the oldest). highlight() marks each matched word
        from the row's own position lists, so counting the marks is cheap and agrees with FTS5
        on accents, prefixes and tokenisation.
        """
        expression = f"{{{column}}} : ({match})" if column else match
        rows = await self._all(_RANKED_QUOTE_SEARCH,
                               {"match": expression, "guild": guild_id, "window": RANK_WINDOW, "limit": limit})
        return [_quote(r) for r in rows]

    async def random_quote(self, guild_id: int, *, speaker_id: int | None = None,
                           film_id: int | None = None) -> Quote | None:
        where = [_QUOTE_VISIBLE]
        params: dict[str, Any] = {"guild": guild_id}
        if speaker_id is not None:
            where.append("q.speaker_id = :speaker")
            params["speaker"] = speaker_id
        if film_id is not None:
            where.append("q.film_id = :film")
            params["film"] = film_id
        condition = " AND ".join(where)
        # ORDER BY random() scans everything; picking an offset into the id range is O(log n).
        bounds = await self._one(f"SELECT count(*) FROM quotes q WHERE {condition}", params)
        total = int(bounds[0]) if bounds else 0
        if total == 0:
            return None
        params["offset"] = random.randrange(total)
        row = await self._one(f"{_QUOTE_SELECT} WHERE {condition} ORDER BY q.id LIMIT 1 OFFSET :offset", params)
        return _quote(row) if row else None

    async def quote(self, quote_id: int) -> Quote | None:
        row = await self._one(f"{_QUOTE_SELECT} WHERE q.id = ? AND q.removed_at IS NULL", (quote_id,))
        return _quote(row) if row else None

    # -- writes (used by the importer and by moderation) ----------------------------------------

    async def upsert_festival(self, key: str, name: str, short_name: str, kind: str, aliases: Iterable[str],
                              source: str, guild_id: int | None = None) -> int:
        row = await self._one("SELECT id FROM festivals WHERE key = ? AND coalesce(guild_id, 0) = ?",
                              (key, guild_id or 0))
        if row:
            festival_id = int(row[0])
            await self._conn.execute("UPDATE festivals SET name = ?, short_name = ?, kind = ?, source = ? WHERE id = ?",
                                     (name, short_name, kind, source, festival_id))
        else:
            cursor = await self._conn.execute(
                "INSERT INTO festivals (key, name, short_name, kind, guild_id, source) VALUES (?, ?, ?, ?, ?, ?)",
                (key, name, short_name, kind, guild_id, source))
            festival_id = int(cursor.lastrowid or 0)
        await self._set_aliases("festival_aliases", "festival_id", festival_id, [name, short_name, *aliases])
        return festival_id

    async def upsert_award(self, festival_id: int, key: str, name: str, is_top: bool, aliases: Iterable[str],
                           source: str, guild_id: int | None = None) -> int:
        row = await self._one("SELECT id FROM awards WHERE festival_id = ? AND key = ? AND coalesce(guild_id, 0) = ?",
                              (festival_id, key, guild_id or 0))
        if row:
            award_id = int(row[0])
            await self._conn.execute("UPDATE awards SET name = ?, is_top = ?, source = ? WHERE id = ?",
                                     (name, int(is_top), source, award_id))
        else:
            cursor = await self._conn.execute(
                "INSERT INTO awards (festival_id, key, name, is_top, guild_id, source) VALUES (?, ?, ?, ?, ?, ?)",
                (festival_id, key, name, int(is_top), guild_id, source))
            award_id = int(cursor.lastrowid or 0)
        await self._set_aliases("award_aliases", "award_id", award_id, [name, *aliases])
        return award_id

    async def _set_aliases(self, table: str, column: str, owner_id: int, names: Iterable[str]) -> None:
        # Keep every distinct spelling (export writes them back); matching uses the fold column.
        unique = [n for n in dict.fromkeys(names) if fold_key(n)]
        await self._conn.executemany(
            f"INSERT OR IGNORE INTO {table} ({column}, alias, fold) VALUES (?, ?, ?)",
            [(owner_id, alias, fold_key(alias)) for alias in unique])

    async def upsert_edition(self, festival_id: int, year: int, number: int | None, held: bool, note: str | None,
                             jury_president_id: int | None, source: str) -> None:
        values = (int(held), note, jury_president_id, source)
        row = await self._one("SELECT id FROM editions WHERE festival_id = ? AND year = ? AND coalesce(number, 0) = ?",
                              (festival_id, year, number or 0))
        if row:
            await self._conn.execute(
                "UPDATE editions SET held = ?, note = ?, jury_president_id = ?, source = ? WHERE id = ?",
                (*values, row[0]))
        else:
            await self._conn.execute(
                "INSERT INTO editions (festival_id, year, number, held, note, jury_president_id, source) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", (festival_id, year, number, *values))

    async def ensure_person(self, name: str, guild_id: int | None, source: str = "") -> int:
        """The person with this name (or alias) visible to the scope, created in that scope if new."""
        key = fold_key(name)
        # UNION rather than OR: each branch uses its own fold index.
        row = await self._one(
            "SELECT p.id FROM people p WHERE p.id IN (SELECT id FROM people WHERE fold = :k UNION "
            "SELECT person_id FROM person_aliases WHERE fold = :k) AND (p.guild_id IS NULL OR p.guild_id = :g) "
            "ORDER BY p.guild_id IS NOT NULL, p.id LIMIT 1", {"k": key, "g": guild_id or 0})
        if row:
            return int(row[0])
        cursor = await self._conn.execute("INSERT INTO people (name, fold, guild_id, source) VALUES (?, ?, ?, ?)",
                                          (name, key, guild_id, source))
        person_id = int(cursor.lastrowid or 0)
        await self._set_aliases("person_aliases", "person_id", person_id, [name])
        return person_id

    async def ensure_film(self, title: str, original_title: str | None, aliases: Iterable[str], guild_id: int | None,
                          source: str = "", year: int | None = None) -> int:
        key = fold_key(title)
        original_key = fold_key(original_title or "")
        row = await self._one(
            "SELECT id FROM films WHERE fold = :k AND coalesce(original_title, '') = :o "
            "AND (guild_id IS NULL OR guild_id = :g) ORDER BY guild_id IS NOT NULL, id LIMIT 1",
            {"k": key, "o": original_title or "", "g": guild_id or 0})
        if row is None and not original_key:
            row = await self._one(
                "SELECT id FROM films WHERE id IN (SELECT id FROM films WHERE fold = :k UNION SELECT film_id "
                "FROM film_aliases WHERE fold = :k) AND (guild_id IS NULL OR guild_id = :g) "
                "ORDER BY guild_id IS NOT NULL, id LIMIT 1",
                {"k": key, "g": guild_id or 0})
        if row:
            film_id = int(row[0])
        else:
            cursor = await self._conn.execute(
                "INSERT INTO films (title, original_title, year, fold, guild_id, source) VALUES (?, ?, ?, ?, ?, ?)",
                (title, original_title or None, year, key, guild_id, source))
            film_id = int(cursor.lastrowid or 0)
        names = [title] + ([original_title] if original_title else []) + list(aliases)
        await self._set_aliases("film_aliases", "film_id", film_id, names)
        return film_id

    async def find_global_win(self, award_id: int, year: int, film_id: int) -> int | None:
        row = await self._one("SELECT id FROM wins WHERE award_id = ? AND year = ? AND film_id = ? "
                              "AND guild_id IS NULL AND removed_at IS NULL", (award_id, year, film_id))
        return int(row[0]) if row else None

    async def insert_win(self, award_id: int, year: int, film_id: int, directors: Sequence[int],
                         recipients: Sequence[int], note: str | None, guild_id: int | None, source: str,
                         created_by: int | None = None) -> int:
        cursor = await self._conn.execute(
            "INSERT INTO wins (award_id, year, film_id, note, guild_id, source, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (award_id, year, film_id, note, guild_id, source, created_by))
        win_id = int(cursor.lastrowid or 0)
        await self.set_win_people(win_id, directors, recipients)
        return win_id

    async def set_win_people(self, win_id: int, directors: Sequence[int], recipients: Sequence[int]) -> None:
        await self._conn.execute("DELETE FROM win_people WHERE win_id = ?", (win_id,))
        rows = [(win_id, p, "director", i) for i, p in enumerate(dict.fromkeys(directors))]
        rows += [(win_id, p, "recipient", i) for i, p in enumerate(dict.fromkeys(recipients))]
        await self._conn.executemany(
            "INSERT OR IGNORE INTO win_people (win_id, person_id, role, position) VALUES (?, ?, ?, ?)", rows)

    async def update_win(self, win_id: int, note: str | None, source: str) -> None:
        await self._conn.execute("UPDATE wins SET note = ?, source = ? WHERE id = ?", (note, source, win_id))

    async def find_global_quote(self, speaker_id: int, text: str) -> int | None:
        row = await self._one("SELECT id FROM quotes WHERE speaker_id = ? AND text = ? AND guild_id IS NULL "
                              "AND removed_at IS NULL", (speaker_id, text))
        return int(row[0]) if row else None

    async def insert_quote(self, speaker_id: int, text: str, film_id: int | None, event: str | None,
                           said_on: str | None, source_url: str | None, language: str | None, guild_id: int | None,
                           source: str, created_by: int | None = None) -> int:
        cursor = await self._conn.execute(
            "INSERT INTO quotes (speaker_id, text, film_id, event, said_on, source_url, language, guild_id, source, "
            "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (speaker_id, text, film_id, event, said_on, source_url, language, guild_id, source, created_by))
        quote_id = int(cursor.lastrowid or 0)
        await self.reindex_quote(quote_id)
        return quote_id

    async def update_quote(self, quote_id: int, film_id: int | None, event: str | None, said_on: str | None,
                           source_url: str | None, language: str | None, source: str) -> None:
        await self._conn.execute(
            "UPDATE quotes SET film_id = ?, event = ?, said_on = ?, source_url = ?, language = ?, source = ? "
            "WHERE id = ?", (film_id, event, said_on, source_url, language, source, quote_id))
        await self.reindex_quote(quote_id)

    async def reindex_quote(self, quote_id: int) -> None:
        await self._conn.execute("DELETE FROM quotes_fts WHERE rowid = ?", (quote_id,))
        await self._conn.execute(
            "INSERT INTO quotes_fts (rowid, text, speaker, film, event) SELECT q.id, q.text, p.name, "
            "coalesce(m.title, '') || ' ' || coalesce(m.original_title, ''), coalesce(q.event, '') FROM quotes q "
            "JOIN people p ON p.id = q.speaker_id LEFT JOIN films m ON m.id = q.film_id "
            "WHERE q.id = ? AND q.removed_at IS NULL", (quote_id,))

    # -- moderation (visibility-aware duplicate checks, edits, removal, promotion) ----------------

    async def find_known_win(self, award_id: int, year: int, film_title: str, guild_id: int, *,
                             include_hidden: bool) -> int | None:
        """A win of this award and year for a film of this title (or alias) that the server has.

        ``include_hidden``: count global wins the server hid as known too (the proposer must not
        offer them again; a moderator may still add a correction of one).
        """
        hidden = "" if include_hidden else (
            " AND NOT EXISTS (SELECT 1 FROM hidden_facts h WHERE h.guild_id = :guild AND h.fact_kind = 'win' "
            "AND h.fact_id = w.id)")
        row = await self._one(
            "SELECT w.id FROM wins w JOIN films m ON m.id = w.film_id WHERE w.award_id = :award AND w.year = :year "
            "AND w.removed_at IS NULL AND (w.guild_id IS NULL OR w.guild_id = :guild) "
            "AND (m.fold = :film OR m.id IN (SELECT film_id FROM film_aliases WHERE fold = :film))" + hidden +
            " ORDER BY w.id LIMIT 1",
            {"award": award_id, "year": year, "film": fold_key(film_title), "guild": guild_id})
        return int(row[0]) if row else None

    async def find_known_quote(self, speaker: str, text: str, guild_id: int, *, include_hidden: bool) -> int | None:
        """A quote by this speaker (name or alias) with the same text, ignoring case and punctuation."""
        hidden = "" if include_hidden else (
            " AND NOT EXISTS (SELECT 1 FROM hidden_facts h WHERE h.guild_id = :guild AND h.fact_kind = 'quote' "
            "AND h.fact_id = q.id)")
        rows = await self._all(
            "SELECT q.id, q.text FROM quotes q JOIN people p ON p.id = q.speaker_id WHERE q.removed_at IS NULL "
            "AND (q.guild_id IS NULL OR q.guild_id = :guild) "
            "AND (p.fold = :speaker OR p.id IN (SELECT person_id FROM person_aliases WHERE fold = :speaker))" + hidden,
            {"speaker": fold_key(speaker), "guild": guild_id})
        wanted = fold_key(text)
        return next((int(r[0]) for r in rows if fold_key(r[1]) == wanted), None)

    async def quote_refs(self, quote_id: int) -> tuple[int, int | None] | None:
        """(speaker_id, film_id) of a quote."""
        row = await self._one("SELECT speaker_id, film_id FROM quotes WHERE id = ?", (quote_id,))
        return (int(row[0]), row[1]) if row else None

    async def update_win_core(self, win_id: int, award_id: int, year: int, film_id: int, note: str | None,
                              source: str) -> None:
        await self._conn.execute("UPDATE wins SET award_id = ?, year = ?, film_id = ?, note = ?, source = ? WHERE id = ?",
                                 (award_id, year, film_id, note, source, win_id))

    async def update_quote_core(self, quote_id: int, speaker_id: int, text: str, film_id: int | None,
                                event: str | None, said_on: str | None, source_url: str | None, source: str) -> None:
        await self._conn.execute(
            "UPDATE quotes SET speaker_id = ?, text = ?, film_id = ?, event = ?, said_on = ?, source_url = ?, "
            "source = ? WHERE id = ?", (speaker_id, text, film_id, event, said_on, source_url, source, quote_id))
        await self.reindex_quote(quote_id)

    async def remove_fact(self, kind: str, fact_id: int) -> None:
        """Soft delete: the row stays for the audit trail, every read skips it."""
        table = {"win": "wins", "quote": "quotes"}[kind]
        await self._conn.execute(
            f"UPDATE {table} SET removed_at = (julianday('now') - 2440587.5) * 86400.0 WHERE id = ?", (fact_id,))
        if kind == "quote":
            await self.reindex_quote(fact_id)  # drops it from the full-text index

    async def promote_win(self, win_id: int) -> None:
        """Make a server win global, with the server-only names it uses (film, people, award, festival)."""
        await self._conn.execute(
            "UPDATE films SET guild_id = NULL WHERE id = (SELECT film_id FROM wins WHERE id = ?)", (win_id,))
        await self._conn.execute(
            "UPDATE people SET guild_id = NULL WHERE id IN (SELECT person_id FROM win_people WHERE win_id = ?)",
            (win_id,))
        await self._conn.execute(
            "UPDATE awards SET guild_id = NULL WHERE id = (SELECT award_id FROM wins WHERE id = ?)", (win_id,))
        await self._conn.execute(
            "UPDATE festivals SET guild_id = NULL WHERE id = (SELECT a.festival_id FROM wins w "
            "JOIN awards a ON a.id = w.award_id WHERE w.id = ?)", (win_id,))
        await self._conn.execute("UPDATE wins SET guild_id = NULL WHERE id = ?", (win_id,))

    async def promote_quote(self, quote_id: int) -> None:
        await self._conn.execute(
            "UPDATE people SET guild_id = NULL WHERE id = (SELECT speaker_id FROM quotes WHERE id = ?)", (quote_id,))
        await self._conn.execute(
            "UPDATE films SET guild_id = NULL WHERE id = (SELECT film_id FROM quotes WHERE id = ?)", (quote_id,))
        await self._conn.execute("UPDATE quotes SET guild_id = NULL WHERE id = ?", (quote_id,))

    # -- export ----------------------------------------------------------------------------------

    async def global_rows(self, sql_name: str) -> list[aiosqlite.Row]:
        return await self._all(_EXPORT_SQL[sql_name])


_EXPORT_SQL = {
    "festivals": "SELECT * FROM festivals WHERE guild_id IS NULL ORDER BY id",
    "awards": "SELECT a.*, f.key AS festival_key FROM awards a JOIN festivals f ON f.id = a.festival_id "
              "WHERE a.guild_id IS NULL ORDER BY a.id",
    "editions": "SELECT e.*, f.key AS festival_key, p.name AS jury_president FROM editions e "
                "JOIN festivals f ON f.id = e.festival_id LEFT JOIN people p ON p.id = e.jury_president_id "
                "WHERE f.guild_id IS NULL ORDER BY f.id, e.year",
    "wins": "SELECT w.*, a.key AS award_key, f.key AS festival_key, m.title, m.original_title, m.id AS film_id "
            "FROM wins w JOIN awards a ON a.id = w.award_id JOIN festivals f ON f.id = a.festival_id "
            "JOIN films m ON m.id = w.film_id WHERE w.guild_id IS NULL AND w.removed_at IS NULL ORDER BY w.id",
    "quotes": "SELECT q.*, p.name AS speaker, m.title AS film FROM quotes q JOIN people p ON p.id = q.speaker_id "
              "LEFT JOIN films m ON m.id = q.film_id WHERE q.guild_id IS NULL AND q.removed_at IS NULL ORDER BY q.id",
}
