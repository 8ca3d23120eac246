"""Answers about festivals, winners, films, people and quotes, for one viewing server.

Holds the name indices (fuzzy, accent-insensitive) for autocomplete and "did you mean", turns
user words into store ids, and raises UserError with a helpful sentence for anything a user
can get wrong. No SQL here (bot/store), no Discord objects (cogs, bot/render).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from bot.errors import UserError
from bot.fts import fts_query
from bot.models import (
    Award,
    Edition,
    EditionProfile,
    Festival,
    Film,
    FilmProfile,
    NotAwarded,
    Person,
    PersonProfile,
    Quote,
    Win,
    WinnerAnswer,
)
from bot.names import NameIndex, NameMatch, best_of, rank_candidates, suggestions_of
from bot.store import Store
from bot.text import check_length, clean_user_text, escape_markdown_safe, fold, ordinal

logger = logging.getLogger(__name__)

MIN_YEAR = 1900
MAX_TEXT = 200
AUTOCOMPLETE_LIMIT = 25
SEARCH_RESULTS = 10  # two pages of quotes: the best matches, cheap to render


def max_year() -> int:
    return date.today().year + 1


def check_text(value: str, what: str) -> str:
    """Clean user text and enforce the length limit; raise UserError when it is unusable."""
    cleaned = clean_user_text(value)
    problem = check_length(cleaned, MAX_TEXT, what)
    if problem:
        raise UserError(problem)
    if not cleaned:
        raise UserError(f"The {what} is empty.")
    return cleaned


def check_year(year: int) -> int:
    if not MIN_YEAR <= year <= max_year():
        raise UserError(f"The year must be between {MIN_YEAR} and {max_year()} (you gave {year}).")
    return year


def _did_you_mean(kind: str, value: str, suggestions: list[NameMatch]) -> str:
    shown = escape_markdown_safe(value if len(value) <= 60 else value[:57] + "...")
    if not suggestions:
        return f"I don't know the {kind} \u201c{shown}\u201d."
    names = ", ".join(dict.fromkeys(escape_markdown_safe(m.label) for m in suggestions))
    return f"I don't know the {kind} \u201c{shown}\u201d. Did you mean {names}?"


@dataclass
class _ScopedIndex:
    """A global index plus one small index per server for that server's own names."""

    global_index: NameIndex = field(default_factory=NameIndex)
    by_guild: dict[int, NameIndex] = field(default_factory=dict)

    def add(self, guild_id: int | None, key: str, label: str, aliases: Iterable[str]) -> None:
        index = self.global_index if guild_id is None else self.by_guild.setdefault(guild_id, NameIndex())
        index.add(key, label, aliases)

    def _indices(self, guild_id: int) -> list[NameIndex]:
        own = self.by_guild.get(guild_id)
        return [self.global_index] + ([own] if own is not None else [])

    def search(self, query: str, guild_id: int, limit: int = AUTOCOMPLETE_LIMIT) -> list[NameMatch]:
        found = [m for index in self._indices(guild_id) for m in index.search(query, limit)]
        found.sort(key=lambda m: -m.score)
        return found[:limit]

    def best(self, query: str, guild_id: int) -> NameMatch | None:
        matches = [m for index in self._indices(guild_id) if (m := index.best(query)) is not None]
        return max(matches, key=lambda m: m.score) if matches else None

    def suggest(self, query: str, guild_id: int, limit: int = 3) -> list[NameMatch]:
        found = [m for index in self._indices(guild_id) for m in index.suggest(query, limit)]
        found.sort(key=lambda m: -m.score)
        return found[:limit]


class FactsService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._festivals: dict[int, Festival] = {}
        self._awards: dict[int, Award] = {}
        self._festival_index = _ScopedIndex()
        self._award_index: dict[int, _ScopedIndex] = {}
        self._editions: dict[int, dict[int, Edition]] = {}  # festival id -> year -> edition
        self._numbers: dict[int, dict[int, int]] = {}  # festival id -> ceremony number -> year
        self._data_version: int | None = None
        self.catalogue_version = 0  # bumped by every load(): lets caches built on the catalogue expire

    async def load(self) -> None:
        """(Re)build the catalogue and the name indices from the store."""
        repo = self.store.facts
        self._data_version = await self.store.db.data_version()
        self.catalogue_version += 1
        self._editions, self._numbers = {}, {}
        self._festivals = {f.id: f for f in await repo.all_festivals()}
        self._awards = {a.id: a for a in await repo.all_awards()}
        self._festival_index = _ScopedIndex()
        for festival in self._festivals.values():
            self._festival_index.add(festival.guild_id, str(festival.id), festival.short_name,
                                     (festival.name, *festival.aliases))
        self._award_index = {}
        for award in self._awards.values():
            self._award_index.setdefault(award.festival_id, _ScopedIndex()).add(
                award.guild_id, str(award.id), award.name, award.aliases)
        logger.info("facts loaded: %d festivals, %d awards", len(self._festivals), len(self._awards))

    async def refresh_if_changed(self) -> None:
        """Reload the catalogue when another process (python -m bot facts import) changed the file."""
        if await self.store.db.data_version() != self._data_version:
            await self.load()

    async def global_catalogue(self) -> tuple[list[Festival], list[Award]]:
        """The global festivals and awards, reloaded first if another process changed them."""
        await self.refresh_if_changed()
        return ([f for f in self._festivals.values() if f.guild_id is None],
                [a for a in self._awards.values() if a.guild_id is None])

    async def editions(self, festival: Festival) -> dict[int, Edition]:
        """Editions by year. Two in one year (the Oscars in 1930) merge into one without a number."""
        cached = self._editions.get(festival.id)
        if cached is None:
            cached = {}
            every = await self.store.facts.editions(festival.id)
            for edition in every:
                earlier = cached.get(edition.year)
                cached[edition.year] = edition if earlier is None else replace(earlier, number=None)
            self._editions[festival.id] = cached
            self._numbers[festival.id] = {e.number: e.year for e in every if e.number is not None}
        return cached

    # -- resolving names -------------------------------------------------------------------------

    def festival(self, name: str, guild_id: int) -> Festival:
        name = check_text(name, "festival name")
        match = self._festival_index.best(name, guild_id)
        if match is None:
            raise UserError(_did_you_mean("festival", name, self._festival_index.suggest(name, guild_id)))
        return self._festivals[int(match.key)]

    def award(self, festival: Festival, name: str | None, guild_id: int) -> Award | None:
        """The named award of this festival, or None for "the top prize"."""
        if name is None or not name.strip():
            return None
        name = check_text(name, "award name")
        index = self._award_index.get(festival.id)
        match = index.best(name, guild_id) if index else None
        if match is None:
            suggestions = index.suggest(name, guild_id) if index else []
            raise UserError(_did_you_mean(f"award of {festival.short_name}", name, suggestions))
        return self._awards[int(match.key)]

    def top_awards(self, festival: Festival, guild_id: int) -> list[Award]:
        return [a for a in self._awards.values()
                if a.festival_id == festival.id and a.is_top and a.guild_id in (None, guild_id)]

    async def film(self, title: str, guild_id: int) -> Film:
        title = check_text(title, "film title")
        candidates = await self.store.facts.name_candidates("film", title, guild_id)
        match = best_of(title, candidates)
        if match is None:
            raise UserError(_did_you_mean("film", title, suggestions_of(title, candidates)))
        film = await self.store.facts.film(int(match.key))
        if film is None:  # removed since the index was built
            raise UserError(_did_you_mean("film", title, []))
        return film

    async def person(self, name: str, guild_id: int) -> Person:
        name = check_text(name, "name")
        candidates = await self.store.facts.name_candidates("person", name, guild_id)
        match = best_of(name, candidates)
        if match is None:
            raise UserError(_did_you_mean("person", name, suggestions_of(name, candidates)))
        person = await self.store.facts.person(int(match.key))
        if person is None:
            raise UserError(_did_you_mean("person", name, []))
        return person

    async def _edition_year(self, festival: Festival, year: int) -> int:
        """Ceremonies are keyed by the year held; their ordinal number is accepted too (Oscars 96)."""
        if festival.is_ceremony and 1 <= year < MIN_YEAR:
            await self.editions(festival)
            found = self._numbers[festival.id].get(year)
            if found is None:
                raise UserError(f"I know no {ordinal(year)} {festival.short_name} ceremony.")
            return found
        return check_year(year)

    # -- answers ---------------------------------------------------------------------------------

    async def winner(self, festival_name: str, year: int, award_name: str | None, guild_id: int) -> WinnerAnswer:
        await self.refresh_if_changed()
        festival = self.festival(festival_name, guild_id)
        award = self.award(festival, award_name, guild_id)
        year = await self._edition_year(festival, year)
        awards = [award] if award else self.top_awards(festival, guild_id)
        wins = await self.store.facts.wins_for([a.id for a in awards], guild_id, year=year)
        editions = await self.editions(festival)
        if wins:
            return WinnerAnswer(festival, year, award, tuple(wins), None, editions.get(year))
        years = await self.store.facts.win_years([a.id for a in awards], guild_id)
        shown_award = award or (awards[0] if awards else None)
        if shown_award is None:
            raise UserError(f"I have no awards recorded for {festival.short_name}.")
        return WinnerAnswer(festival, year, award, (), _not_awarded(shown_award, festival, year, years, editions),
                            editions.get(year))

    async def winners(self, festival_name: str, award_name: str | None, from_year: int | None,
                      to_year: int | None, guild_id: int) -> tuple[Festival, Award | None, list[Win]]:
        await self.refresh_if_changed()
        festival = self.festival(festival_name, guild_id)
        award = self.award(festival, award_name, guild_id)
        first = await self._edition_year(festival, from_year) if from_year is not None else None
        last = await self._edition_year(festival, to_year) if to_year is not None else None
        if first is not None and last is not None and first > last:
            raise UserError(f"from_year ({first}) is after to_year ({last}).")
        awards = [award] if award else self.top_awards(festival, guild_id)
        wins = await self.store.facts.wins_for([a.id for a in awards], guild_id, from_year=first, to_year=last)
        return festival, award, wins

    async def film_profile(self, title: str, guild_id: int) -> FilmProfile:
        film = await self.film(title, guild_id)
        wins = await self.store.facts.wins_of_film(film.id, guild_id)
        quotes = await self.store.facts.quotes_about_film(film.id, guild_id, limit=10)
        return FilmProfile(film, tuple(wins), tuple(quotes))

    async def person_profile(self, name: str, guild_id: int) -> PersonProfile:
        person = await self.person(name, guild_id)
        wins = await self.store.facts.wins_of_person(person.id, guild_id)
        juries = tuple((self._festivals[f], y) for f, y in await self.store.facts.juries_of(person.id)
                       if f in self._festivals)
        quotes_by = await self.store.facts.quotes_by(person.id, guild_id, limit=10)
        about = fts_query(f'"{person.name}"')
        quotes_about = [q for q in await self.store.facts.search_quotes(about, guild_id, 20, column="text")
                        if q.speaker != person.name][:10] if about else []
        return PersonProfile(person, tuple(wins), juries, tuple(quotes_by), tuple(quotes_about))

    async def edition_profile(self, festival_name: str, year: int, guild_id: int) -> EditionProfile:
        await self.refresh_if_changed()
        festival = self.festival(festival_name, guild_id)
        year = await self._edition_year(festival, year)
        editions = await self.editions(festival)
        wins = await self.store.facts.wins_in_edition(festival.id, year, guild_id)
        if not wins and year not in editions:
            raise UserError(f"I have nothing recorded for {festival.short_name} {year}.")
        return EditionProfile(festival, year, editions.get(year), tuple(wins))

    # -- quotes ----------------------------------------------------------------------------------

    async def random_quote(self, guild_id: int, speaker: str | None, film: str | None) -> Quote:
        speaker_id = (await self.person(speaker, guild_id)).id if speaker else None
        film_id = (await self.film(film, guild_id)).id if film else None
        quote = await self.store.facts.random_quote(guild_id, speaker_id=speaker_id, film_id=film_id)
        if quote is None:
            raise UserError("I have no quote matching that yet.")
        return quote

    async def search_quotes(self, text: str, guild_id: int) -> list[Quote]:
        text = check_text(text, "search text")
        # Whole words first (cheap, and what a finished search means); then the last word as a
        # prefix ("cinem"); then any of the words, ranked.
        attempts = [fts_query(text, prefix_last=False), fts_query(text), fts_query(text, any_word=True)]
        if attempts[0] is None:
            raise UserError("Give me some words to search for (punctuation and operators are ignored).")
        quotes: list[Quote] = []
        for match in dict.fromkeys(a for a in attempts if a is not None):
            quotes = await self.store.facts.search_quotes(match, guild_id, SEARCH_RESULTS)
            if quotes:
                break
        if not quotes:
            raise UserError(f"No quote contains \u201c{escape_markdown_safe(text[:60])}\u201d.")
        return quotes

    async def quotes_by(self, speaker: str, guild_id: int) -> tuple[Person, list[Quote]]:
        person = await self.person(speaker, guild_id)
        quotes = await self.store.facts.quotes_by(person.id, guild_id, limit=100)
        if not quotes:
            raise UserError(f"I have no quotes by {person.name} yet.")
        return person, quotes

    # -- autocomplete ----------------------------------------------------------------------------

    def complete_festival(self, current: str, guild_id: int) -> list[str]:
        return _labels(self._festival_index.search(current[:MAX_TEXT], guild_id))

    def complete_award(self, current: str, festival_name: str | None, guild_id: int) -> list[str]:
        festivals: list[Festival] = []
        if festival_name:
            match = self._festival_index.best(festival_name[:MAX_TEXT], guild_id)
            if match is not None:
                festivals = [self._festivals[int(match.key)]]
        if not festivals:
            festivals = [f for f in self._festivals.values() if f.guild_id in (None, guild_id)]
        found: list[NameMatch] = []
        for festival in festivals:
            index = self._award_index.get(festival.id)
            if index is not None:
                found += index.search(current[:MAX_TEXT], guild_id)
        found.sort(key=lambda m: -m.score)
        return _labels(found)

    async def complete_film(self, current: str, guild_id: int) -> list[str]:
        return await self._complete("film", current, guild_id)

    async def complete_person(self, current: str, guild_id: int) -> list[str]:
        return await self._complete("person", current, guild_id)

    async def _complete(self, kind: str, current: str, guild_id: int) -> list[str]:
        current = clean_user_text(current)[:MAX_TEXT]
        candidates = await self.store.facts.name_candidates(kind, current, guild_id)
        if not fold(current).strip():
            return _labels([NameMatch(c.key, c.label, 0.0, c.name) for c in candidates])
        return _labels(rank_candidates(current, candidates, AUTOCOMPLETE_LIMIT))


def _labels(matches: list[NameMatch]) -> list[str]:
    return list(dict.fromkeys(m.label[:100] for m in matches))[:AUTOCOMPLETE_LIMIT]


def _not_awarded(award: Award, festival: Festival, year: int, win_years: set[int], editions: dict) -> NotAwarded:
    """The run of consecutive years without a winner around `year`, and the reason for `year`."""
    edition = editions.get(year)
    if not win_years or year > max(win_years) or year < min(win_years):
        return NotAwarded(award, festival, year, year, edition.note if edition else None,
                          edition.held if edition else False)
    first = last = year
    while first - 1 not in win_years and first - 1 >= min(win_years):
        first -= 1
    while last + 1 not in win_years and last + 1 <= max(win_years):
        last += 1
    return NotAwarded(award, festival, first, last, edition.note if edition else None,
                      edition.held if edition else False)
